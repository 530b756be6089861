import CSignalCleanup
import Foundation

/// Writing to standard error as a diagnostic channel: best effort, never the end of the run.
public enum StandardErrorWrite {
    /// Writes `bytes` to standard error (descriptor 2, or `descriptor`); a closed, full or broken one is
    /// ignored. A reader that has gone (`2>&1 | head`) raises no SIGPIPE (pass 61: the run
    /// died by it, some outputs unwritten). Returns whether every byte was written.
    @discardableResult
    public static func write(_ bytes: [UInt8], to descriptor: Int32 = 2) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = tarjuman_write_without_sigpipe(
                    descriptor, base + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return false }
                offset += written
            }
            return true
        }
    }
}
