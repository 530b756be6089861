internal import CICU

/// A regular expression compiled by ICU (the syntax and engine of `NSRegularExpression`),
/// matched with a time limit: a pattern that backtracks without end stops with an error
/// instead of hanging the run.
final class ICURegex: @unchecked Sendable {
    // The compiled pattern is only read: every match works on its own clone (ICU's
    // `uregex_clone` is thread-safe), so one regex serves every thread.
    private let handle: OpaquePointer

    /// Steps of ICU's match engine one match may take (each about a millisecond): far
    /// beyond any sentence a sane pattern reads, and a few seconds at most.
    static let timeLimit: Int32 = 3_000

    /// Compiles `pattern`; an invalid one is an ``ICUError`` with ICU's `U_REGEX_*` code.
    init(_ pattern: String) throws(ICUError) {
        let units = Array(pattern.utf16)
        var status: Int32 = 0
        let length = try ICUError.length(units.count, "compiling a regular expression")
        let opened = units.withUnsafeBufferPointer { buffer in
            cicu_regex_open(buffer.baseAddress, length, &status)
        }
        try ICUError.check(status, "compiling the regular expression \(pattern)")
        guard let opened else {
            throw ICUError(status: CICU_ILLEGAL_ARGUMENT_ERROR, operation: "compiling \(pattern)")
        }
        handle = opened
    }

    deinit { cicu_regex_close(handle) }

    /// Whether the expression matches anywhere in `text`. Throws when the match runs past
    /// ``timeLimit`` or ICU's backtracking stack (``ICUError/isRunaway``).
    func matches(_ text: String, _ operation: @autoclosure () -> String) throws(ICUError)
        -> Bool
    {
        let units = Array(text.utf16)
        var status: Int32 = 0
        let length = try ICUError.length(units.count, operation())
        let found = units.withUnsafeBufferPointer { buffer in
            cicu_regex_find(handle, buffer.baseAddress, length, Self.timeLimit, &status)
        }
        try ICUError.check(status, operation())
        return found == 1
    }
}
