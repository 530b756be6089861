/// XML escaping for everything Tarjuman writes (reports, TBX, TMX, XLIFF).
public enum XMLText {
    /// `text` as element content or a quoted attribute value: `& < > " '` escaped, a carriage
    /// return written as `&#13;` (a parser would otherwise turn CR LF into LF), characters
    /// XML 1.0 cannot carry dropped. Use ``xliffContent(_:)`` where nothing may be lost.
    public static func escaped(_ text: String) -> String {
        escape(text, inAttribute: false)
    }

    /// `text` as a quoted attribute value that keeps tabs and line breaks (parsers turn raw
    /// ones into spaces).
    public static func attribute(_ text: String) -> String {
        escape(text, inAttribute: true)
    }

    /// `text` as XLIFF 2.0 inline content: escaped as ``escaped(_:)``, and each character
    /// XML 1.0 cannot carry (a form feed, say) written as the XLIFF code point element
    /// `<cp hex="000C"/>` instead of dropped.
    public static func xliffContent(_ text: String) -> String {
        escape(text, inAttribute: false) { scalar in
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "<cp hex=\"\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex)\"/>"
        }
    }

    /// Whether XML 1.0 can carry every character of `text` (``escaped(_:)`` drops the
    /// others: most control characters, U+FFFE, U+FFFF).
    public static func canCarry(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy(isAllowed)
    }

    /// `text` without the characters XML 1.0 cannot carry: what a reader gets back.
    public static func carried(_ text: String) -> String {
        canCarry(text)
            ? text : String(String.UnicodeScalarView(text.unicodeScalars.filter(isAllowed)))
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value == 0x09 || value == 0x0A || value == 0x0D }
        return value != 0xFFFE && value != 0xFFFF
    }

    private static func escape(
        _ text: String, inAttribute: Bool,
        unrepresentable: (Unicode.Scalar) -> String = { _ in "" }
    ) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\r": result += "&#13;"
            case "\n" where inAttribute: result += "&#10;"
            case "\t" where inAttribute: result += "&#9;"
            default:
                if isAllowed(scalar) {
                    result.unicodeScalars.append(scalar)
                } else {
                    result += unrepresentable(scalar)
                }
            }
        }
        return result
    }
}
