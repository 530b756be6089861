/// How `tarjuman segment` writes segments.
public enum SegmentFormat: String, Sendable, CaseIterable {
    /// One segment per line: id, position and text (line breaks inside shown as spaces).
    case text
    /// Tab-separated with a header row; tabs, line breaks and backslashes escaped.
    case tsv
    /// One JSON object per line.
    case jsonl

    /// The header to write before the first segment, if the format has one.
    public var header: String? {
        self == .tsv ? "id\tparagraph\tsentence\tbyte_start\tbyte_end\tstart\tend\ttext\n" : nil
    }

    /// One segment as a line of output (newline included).
    public func line(for segment: Segment) -> String {
        switch self {
        case .text:
            let hasBreak = segment.text.utf8.contains { $0 == 0x0A || $0 == 0x0D }
            let flat =
                hasBreak
                ? String(
                    scalars: segment.text.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }
                )
                : segment.text
            return "\(segment.id)\t\(segment.start)\t\(flat)\n"
        case .tsv:
            return [
                segment.id, "\(segment.paragraph)", "\(segment.sentence)", "\(segment.byteStart)",
                "\(segment.byteEnd)", "\(segment.start)", "\(segment.end)",
                Self.tsvEscaped(segment.text),
            ].joined(separator: "\t") + "\n"
        case .jsonl:
            return
                "{\"id\":\"\(segment.id)\",\"paragraph\":\(segment.paragraph),\"sentence\":\(segment.sentence),"
                + "\"byte_start\":\(segment.byteStart),\"byte_end\":\(segment.byteEnd),"
                + "\"start\":\(JSONText.position(segment.start)),\"end\":\(JSONText.position(segment.end)),"
                + "\"text\":\(JSONText.quoted(segment.text))}\n"
        }
    }

    /// Escapes backslash, tab, LF and CR as `\\`, `\t`, `\n`, `\r`.
    public static func tsvEscaped(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
        else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Undoes ``tsvEscaped(_:)``: `\\`, `\t`, `\n`, `\r` back to the characters; any other
    /// backslash is kept.
    public static func tsvUnescaped(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var result = ""
        var escaping = false
        for scalar in text.unicodeScalars {
            if escaping {
                switch scalar {
                case "t": result += "\t"
                case "n": result += "\n"
                case "r": result += "\r"
                case "\\": result += "\\"
                default: result += "\\" + String(scalar)
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return escaping ? result + "\\" : result
    }
}
