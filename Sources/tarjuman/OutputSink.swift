import Foundation
import TarjumanKit

/// Where a command's main output goes: standard output, or a file written atomically
/// (complete or not at all). Output is buffered and written in large blocks.
final class OutputSink {
    private let file: AtomicFile?
    private var buffer = Data()

    /// Standard output when `path` is `nil`, else an atomic file at `path`.
    init(path: String?) throws(InputError) {
        file = try path.map { path throws(InputError) in try AtomicFile(path: path) }
        buffer.reserveCapacity(1 << 16)
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

    /// Appends text.
    func write(_ text: String) throws(InputError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Writes everything and, for a file, moves it into place.
    func finish() throws(InputError) {
        try flush()
        try file?.commit()
    }

    /// Drops a file output: nothing is left behind.
    func abandon() {
        file?.discard()
    }

    private func flush() throws(InputError) {
        guard !buffer.isEmpty else { return }
        if let file {
            try file.write(buffer)
        } else {
            FileHandle.standardOutput.write(buffer)
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
