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
        // The text through one pointer for the whole paragraph (a slice of the array per
        // sentence was a retain and a release each).
        source.bytes.withUnsafeBufferPointer { bytes in
            for span in paragraph.spans[sentences] {
                append(
                    paragraph: source.number, sentence: span.sentence,
                    bytes: (source.byteOffset + span.bytes.lowerBound)..<(source.byteOffset
                        + span.bytes.upperBound),
                    start: span.start, end: span.end,
                    text: UnsafeBufferPointer(rebasing: bytes[span.bytes]), to: &output)
            }
        }
    }

    private func append(
        paragraph: Int, sentence: Int, bytes: Range<Int>, start: SourcePosition,
        end: SourcePosition, text: some Collection<UInt8>, to output: inout OutputBytes
    ) {
        // The fields before the text in room reserved once: ten numbers at most, and the
        // JSON names (under 130 bytes).
        output.withRoom(10 * OutputBytes.Room.decimalWidth + 160) { room in
            switch self {
            case .text:
                Self.appendID(paragraph, sentence, to: &room)
                room.append(byte: 0x09)
                room.append(position: start)
                room.append(byte: 0x09)
            case .tsv:
                Self.appendID(paragraph, sentence, to: &room)
                room.append(byte: 0x09)
                room.append(decimal: paragraph)
                room.append(byte: 0x09)
                room.append(decimal: sentence)
                room.append(byte: 0x09)
                room.append(decimal: bytes.lowerBound)
                room.append(byte: 0x09)
                room.append(decimal: bytes.upperBound)
                room.append(byte: 0x09)
                room.append(position: start)
                room.append(byte: 0x09)
                room.append(position: end)
                room.append(byte: 0x09)
            case .jsonl:
                room.append("{\"id\":\"")
                Self.appendID(paragraph, sentence, to: &room)
                room.append("\",\"paragraph\":")
                room.append(decimal: paragraph)
                room.append(",\"sentence\":")
                room.append(decimal: sentence)
                room.append(",\"byte_start\":")
                room.append(decimal: bytes.lowerBound)
                room.append(",\"byte_end\":")
                room.append(decimal: bytes.upperBound)
                room.append(",\"start\":")
                room.appendJSON(position: start)
                room.append(",\"end\":")
                room.appendJSON(position: end)
                room.append(",\"text\":")
            }
        }
        switch self {
        case .text: output.appendFlattened(text)
        case .tsv: output.appendTSVEscaped(text)
        case .jsonl:
            output.appendJSONQuoted(text)
            output.append(byte: UInt8(ascii: "}"))
        }
        output.append(byte: 0x0A)
    }

    /// `p<paragraph>s<sentence>`, as ``Segment/id``.
    private static func appendID(_ paragraph: Int, _ sentence: Int, to room: inout OutputBytes.Room)
    {
        room.append(byte: UInt8(ascii: "p"))
        room.append(decimal: paragraph)
        room.append(byte: UInt8(ascii: "s"))
        room.append(decimal: sentence)
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
