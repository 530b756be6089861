/// Minimal, fast JSON string escaping for line-oriented reports (JSON Lines).
public enum JSONText {
    /// `text` as a quoted JSON string (control characters, quotes and backslashes escaped;
    /// everything else kept as UTF-8).
    public static func quoted(_ text: String) -> String {
        var output = OutputBytes(capacity: text.utf8.count + 2)
        output.appendJSONQuoted(text.utf8)
        return output.text
    }

    /// A position as `{"line":L,"column":C}`.
    public static func position(_ position: SourcePosition) -> String {
        "{\"line\":\(position.line),\"column\":\(position.column)}"
    }
}
