/// Minimal, fast JSON string escaping for line-oriented reports (JSON Lines).
public enum JSONText {
    /// `text` as a quoted JSON string (control characters, quotes and backslashes escaped;
    /// everything else kept as UTF-8).
    public static func quoted(_ text: String) -> String {
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// A position as `{"line":L,"column":C}`.
    public static func position(_ position: SourcePosition) -> String {
        "{\"line\":\(position.line),\"column\":\(position.column)}"
    }
}
