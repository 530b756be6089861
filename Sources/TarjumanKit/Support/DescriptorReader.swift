import Foundation

/// Reads an open file descriptor in chunks with `read(2)`, retrying on interruption and
/// closing the descriptor it owns when released.
final class DescriptorReader {
    private let descriptor: Int32
    private let owned: Bool
    private let name: String

    init(descriptor: Int32, owned: Bool, name: String) {
        self.descriptor = descriptor
        self.owned = owned
        self.name = name
    }

    deinit {
        if owned { close(descriptor) }
    }

    /// Up to `count` bytes, or `nil` at the end of the input.
    func read(upTo count: Int) throws(InputError) -> [UInt8]? {
        while true {
            var failure: Int32 = 0
            let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
                let got = Foundation.read(descriptor, buffer.baseAddress, count)
                if got < 0 { failure = errno }
                initialized = max(got, 0)
            }
            if failure == EINTR { continue }
            guard failure == 0 else {
                throw .unreadable(file: name, reason: String(cString: strerror(failure)))
            }
            return bytes.isEmpty ? nil : bytes
        }
    }
}
