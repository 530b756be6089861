extension String {
    /// The string as an error message shows a value the user typed or a file held, which
    /// may be anything: its first 40 characters, then `…`, with control and invisible
    /// format characters written as `\u{1b}` (pass 22: a 100 KB `--locale` was printed
    /// twice in full, an escape sequence in it raw to the terminal).
    public var shownInMessage: String {
        var shown = unicodeScalars.prefix(40).map { scalar in
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator:
                "\\u{\(String(scalar.value, radix: 16))}"
            default: String(scalar)
            }
        }.joined()
        if unicodeScalars.count > 40 { shown += "…" }
        return shown
    }
}

extension Unicode.Scalar {
    /// A control character (Cc) or a line or paragraph separator (U+2028, U+2029): what
    /// breaks a line or drives a terminal, refused in names and in what rules write.
    public var isControlOrLineSeparator: Bool {
        [.control, .lineSeparator, .paragraphSeparator].contains(properties.generalCategory)
    }
}
