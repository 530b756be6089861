import Foundation
import TarjumanKit

/// Where a command's main output goes: standard output (`nil` or `-`), a device or pipe
/// written in place, or a file written atomically (complete or not at all). Output is
/// buffered and written in large blocks; every write error is reported.
final class OutputSink {
    private let file: OutputFile
    private var buffer = OutputBytes(capacity: 1 << 17)

    /// Standard output when `path` is `nil` or `-`, else `path` (see ``OutputFile``).
    init(path: String?) throws(InputError) {
        file = try OutputFile(path: path)
    }

    /// Runs `body` with a sink for `path` (standard output when `nil`), then commits it; if
    /// `body` throws, a file output is dropped and nothing is left behind.
    static func write(to path: String?, _ body: (OutputSink) throws -> Void) throws {
        let sink = try OutputSink(path: path)
        do {
            try body(sink)
            try sink.finish()
        } catch {
            sink.abandon()
            throw error
        }
    }

    /// Writes `text` to standard output at once, reporting a write failure.
    static func standardOutput(_ text: String) throws {
        try write(to: nil) { try $0.write(text) }
    }

    /// Appends text.
    func write(_ text: String) throws(InputError) {
        buffer.append(text)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Appends what `body` builds (bytes, without a `String` in between).
    func append(_ body: (inout OutputBytes) -> Void) throws(InputError) {
        body(&buffer)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Appends `bytes` (a block built elsewhere, such as on a worker thread).
    func write(bytes: OutputBytes) throws(InputError) {
        guard bytes.count > 0 else { return }
        guard buffer.count + bytes.count >= 1 << 16 else {
            buffer.append(bytes)
            return
        }
        try flush()
        try bytes.withUnsafeBytes { bytes throws(InputError) in
            try file.write(UnsafeRawBufferPointer(bytes))
        }
    }

    /// Writes everything buffered and checks that the output may be put in place, without
    /// doing so yet: what follows can rely on the output being complete.
    func written() throws(InputError) {
        try flush()
        try file.checkDestination()
    }

    /// Writes everything and, for a file, moves it into place.
    func finish() throws(InputError) {
        try flush()
        try file.commit()
    }

    /// Drops a file output: nothing is left behind.
    func abandon() {
        file.discard()
    }

    private func flush() throws(InputError) {
        guard buffer.count > 0 else { return }
        try buffer.withUnsafeBytes { bytes throws(InputError) in
            try file.write(UnsafeRawBufferPointer(bytes))
        }
        buffer.removeAll()
    }
}
