import Foundation
import Testing

@testable import TarjumanKit

/// Diagnostics to a reader that has gone.
@Suite struct StandardErrorWriteTests {
    /// A write into a pipe whose reader is closed fails and raises no SIGPIPE, also with
    /// SIGPIPE's default action (which ends the process) in place (pass 61).
    @Test func aBrokenPipeFailsTheWriteAndRaisesNoSignal() {
        let previous = signal(SIGPIPE, SIG_DFL)
        defer { signal(SIGPIPE, previous) }
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        close(ends[0])
        defer { close(ends[1]) }
        #expect(!StandardErrorWrite.write(Array("gone\n".utf8), to: ends[1]))
        var pending = sigset_t()
        sigpending(&pending)
        #expect(sigismember(&pending, SIGPIPE) == 0)
    }
}
