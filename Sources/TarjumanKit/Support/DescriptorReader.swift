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
        var bytes = [UInt8](repeating: 0, count: count)
        while true {
            let got = bytes.withUnsafeMutableBytes {
                Foundation.read(descriptor, $0.baseAddress, count)
            }
            if got < 0 && errno == EINTR { continue }
            guard got >= 0 else {
                throw .unreadable(file: name, reason: String(cString: strerror(errno)))
            }
            guard got > 0 else { return nil }
            bytes.removeSubrange(got...)
            return bytes
        }
    }
}
