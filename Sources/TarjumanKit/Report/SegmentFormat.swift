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
        var output = OutputBytes(capacity: segment.text.utf8.count + 128)
        append(
            paragraph: segment.paragraph, sentence: segment.sentence,
            bytes: segment.byteStart..<segment.byteEnd, start: segment.start, end: segment.end,
            text: segment.text.utf8, to: &output)
        return output.text
    }

    /// Appends the sentences of `paragraph` in `sentences` (indices into its spans) as lines
    /// of output, the text copied straight from the paragraph's bytes; a long paragraph can
    /// be written a piece at a time.
    public func append(
        _ paragraph: SegmentedParagraph, sentences: Range<Int>, to output: inout OutputBytes
    ) {
        let source = paragraph.paragraph
        for span in paragraph.spans[sentences] {
            append(
                paragraph: source.number, sentence: span.sentence,
                bytes: (source.byteOffset + span.bytes.lowerBound)..<(source.byteOffset
                    + span.bytes.upperBound),
                start: span.start, end: span.end, text: source.bytes[span.bytes], to: &output)
        }
    }

    private func append(
        paragraph: Int, sentence: Int, bytes: Range<Int>, start: SourcePosition,
        end: SourcePosition, text: some Collection<UInt8>, to output: inout OutputBytes
    ) {
        switch self {
        case .text:
            Self.appendID(paragraph, sentence, to: &output)
            output.append(byte: 0x09)
            output.append(position: start)
            output.append(byte: 0x09)
            output.appendFlattened(text)
        case .tsv:
            Self.appendID(paragraph, sentence, to: &output)
            output.append(byte: 0x09)
            output.append(decimal: paragraph)
            output.append(byte: 0x09)
            output.append(decimal: sentence)
            output.append(byte: 0x09)
            output.append(decimal: bytes.lowerBound)
            output.append(byte: 0x09)
            output.append(decimal: bytes.upperBound)
            output.append(byte: 0x09)
            output.append(position: start)
            output.append(byte: 0x09)
            output.append(position: end)
            output.append(byte: 0x09)
            output.appendTSVEscaped(text)
        case .jsonl:
            output.append("{\"id\":\"")
            Self.appendID(paragraph, sentence, to: &output)
            output.append("\",\"paragraph\":")
            output.append(decimal: paragraph)
            output.append(",\"sentence\":")
            output.append(decimal: sentence)
            output.append(",\"byte_start\":")
            output.append(decimal: bytes.lowerBound)
            output.append(",\"byte_end\":")
            output.append(decimal: bytes.upperBound)
            output.append(",\"start\":")
            output.appendJSON(position: start)
            output.append(",\"end\":")
            output.appendJSON(position: end)
            output.append(",\"text\":")
            output.appendJSONQuoted(text)
            output.append(byte: UInt8(ascii: "}"))
        }
        output.append(byte: 0x0A)
    }

    /// `p<paragraph>s<sentence>`, as ``Segment/id``.
    private static func appendID(_ paragraph: Int, _ sentence: Int, to output: inout OutputBytes) {
        output.append(byte: UInt8(ascii: "p"))
        output.append(decimal: paragraph)
        output.append(byte: UInt8(ascii: "s"))
        output.append(decimal: sentence)
    }

    /// Escapes backslash, tab, LF and CR as `\\`, `\t`, `\n`, `\r`.
    public static func tsvEscaped(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
        else { return text }
        var output = OutputBytes(capacity: text.utf8.count + 8)
        output.appendTSVEscaped(text.utf8)
        return output.text
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
