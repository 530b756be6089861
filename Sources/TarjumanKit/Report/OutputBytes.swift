/// Builds machine output (JSON Lines, TSV, text lines) directly as UTF-8 bytes: numbers as
/// digits, escaping done on bytes with untouched runs copied whole. Streaming commands write
/// through this instead of building a `String` per line.
public struct OutputBytes: Sendable {
    /// The bytes built so far.
    public private(set) var bytes: [UInt8] = []

    /// An empty buffer with room for `capacity` bytes.
    public init(capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
    }

    /// The number of bytes held.
    public var count: Int { bytes.count }

    /// Forgets the bytes, keeping the memory for the next round.
    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    /// Appends `text` as it is.
    public mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends `text` (ASCII literal) as it is.
    public mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends one byte.
    public mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    /// Appends `value` in decimal.
    public mutating func append(decimal value: Int) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            append(magnitude: value.magnitude)
        } else {
            append(magnitude: UInt(value))
        }
    }

    private mutating func append(magnitude value: UInt) {
        if value < 10 {
            bytes.append(0x30 + UInt8(value))
            return
        }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 20 digits
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            while rest > 0 {
                count += 1
                buffer[24 - count] = 0x30 + UInt8(rest % 10)
                rest /= 10
            }
            bytes.append(contentsOf: buffer[(24 - count)...])
        }
    }

    /// Appends `position` as `line:column`.
    public mutating func append(position: SourcePosition) {
        append(decimal: position.line)
        bytes.append(UInt8(ascii: ":"))
        append(decimal: position.column)
    }

    /// Appends `position` as the JSON object `{"line":L,"column":C}`.
    public mutating func appendJSON(position: SourcePosition) {
        append("{\"line\":")
        append(decimal: position.line)
        append(",\"column\":")
        append(decimal: position.column)
        bytes.append(UInt8(ascii: "}"))
    }

    /// Appends UTF-8 `text` as a quoted JSON string: quotes, backslashes, control characters
    /// and U+2028/U+2029 escaped, everything else copied.
    public mutating func appendJSONQuoted(_ text: some Collection<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        appendEscaped(text, watching: Self.jsonWatched) { byte, next, nextButOne in
            switch byte {
            case UInt8(ascii: "\""): return .text("\\\"")
            case UInt8(ascii: "\\"): return .text("\\\\")
            case 0x0A: return .text("\\n")
            case 0x0D: return .text("\\r")
            case 0x09: return .text("\\t")
            case 0..<0x20, 0x7F: return .unicodeEscape(UInt32(byte))
            // C1 controls and the bidi embeddings, overrides and isolates too, so that a
            // report read in a terminal neither drives it nor reorders its lines (pass 23);
            // a JSON reader decodes them as they were.
            case 0xC2:
                if let next, (0x80...0x9F).contains(next) {
                    return .unicodeEscape(UInt32(next), skip: 1)
                }
                return nil
            case 0xE2:
                guard let next, let nextButOne, next & 0xFE == 0x80, nextButOne & 0xC0 == 0x80
                else { return nil }
                let value = 0x2000 | UInt32(next & 1) << 6 | UInt32(nextButOne & 0x3F)
                return value == 0x2028 || value == 0x2029 || Self.isBidiFormatting(value)
                    ? .unicodeEscape(value, skip: 2) : nil
            default: return nil
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends UTF-8 `text` with backslash, tab, LF and CR written as `\\`, `\t`, `\n`, `\r`
    /// (the TSV convention of `tarjuman segment` and the worksheets).
    public mutating func appendTSVEscaped(_ text: some Collection<UInt8>) {
        appendEscaped(text, watching: Self.tsvWatched) { byte, _, _ in
            switch byte {
            case UInt8(ascii: "\\"): return .text("\\\\")
            case 0x09: return .text("\\t")
            case 0x0A: return .text("\\n")
            case 0x0D: return .text("\\r")
            default: return nil
            }
        }
    }

    /// Appends UTF-8 `text` as one field of a line of plain text: each line break (LF, CR
    /// LF, CR), tab, vertical tab and form feed as one space (one line per record, fields
    /// apart), any other control character and the bidi embeddings, overrides and isolates
    /// as `\u{1B}` (an escape sequence is not sent to the terminal, an override does not
    /// reorder the line), as the text reports of `check` show them.
    public mutating func appendFlattened(_ text: some Collection<UInt8>) {
        appendEscaped(text, watching: Self.controls) { byte, next, nextButOne in
            switch byte {
            case 0x0D where next == 0x0A: .text("")
            case 0x09...0x0D: .text(" ")
            // A C1 control (U+0080–U+009F, such as the one-byte CSI), written C2 80–9F.
            case 0xC2:
                next.map { (0x80...0x9F).contains($0) ? .bracedEscape(UInt32($0), skip: 1) : nil }
                    ?? nil
            // U+2000–U+207F, written E2 80–81 xx.
            case 0xE2:
                if let next, let nextButOne, next & 0xFE == 0x80, nextButOne & 0xC0 == 0x80,
                    case let value = 0x2000 | UInt32(next & 1) << 6 | UInt32(nextButOne & 0x3F),
                    Self.isBidiFormatting(value)
                {
                    .bracedEscape(value, skip: 2)
                } else {
                    nil
                }
            default: .bracedEscape(UInt32(byte))
            }
        }
    }

    /// Whether `value` is a bidi embedding, override or isolate (U+202A–U+202E,
    /// U+2066–U+2069), which reorder the text after them up to the line's end.
    static func isBidiFormatting(_ value: UInt32) -> Bool {
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// `text` as ``appendFlattened(_:)`` writes it: one line, fields apart, no control
    /// characters.
    public static func flattened(_ text: String) -> String {
        var output = OutputBytes(capacity: text.utf8.count)
        output.appendFlattened(text.utf8)
        return String(decoding: output.bytes, as: UTF8.self)
    }

    /// What to write instead of a byte (and possibly the bytes after it).
    private enum Replacement {
        case text(StaticString)
        case unicodeEscape(UInt32, skip: Int = 0)
        /// `\u{1B}`, as Swift writes a scalar.
        case bracedEscape(UInt32, skip: Int = 0)
    }

    /// The bytes each kind of escaping looks at (`true`); all others are copied unseen.
    private static let jsonWatched = watchTable {
        $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2
    }
    private static let tsvWatched = watchTable {
        $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x5C
    }
    private static let controls = watchTable {
        $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2
    }

    private static func watchTable(_ watched: (UInt8) -> Bool) -> [Bool] {
        (0...255).map { watched(UInt8($0)) }
    }

    /// Copies `text`, replacing the bytes `replacement` names among those `watched` marks;
    /// runs of other bytes are copied whole.
    private mutating func appendEscaped(
        _ text: some Collection<UInt8>, watching watched: [Bool],
        _ replacement: (UInt8, UInt8?, UInt8?) -> Replacement?
    ) {
        let copied: Void? = text.withContiguousStorageIfAvailable { buffer in
            watched.withUnsafeBufferPointer { appendEscaped(buffer, watching: $0, replacement) }
        }
        guard copied == nil else { return }
        Array(text).withUnsafeBufferPointer { buffer in
            watched.withUnsafeBufferPointer { appendEscaped(buffer, watching: $0, replacement) }
        }
    }

    private mutating func appendEscaped(
        _ text: UnsafeBufferPointer<UInt8>, watching watched: UnsafeBufferPointer<Bool>,
        _ replacement: (UInt8, UInt8?, UInt8?) -> Replacement?
    ) {
        var runStart = 0
        var index = 0
        while index < text.count {
            let byte = text[index]
            if !watched[Int(byte)] {
                index += 1
                continue
            }
            let next = index + 1 < text.count ? text[index + 1] : nil
            let nextButOne = index + 2 < text.count ? text[index + 2] : nil
            guard let replaced = replacement(byte, next, nextButOne) else {
                index += 1
                continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index]))
            switch replaced {
            case .text(let literal):
                append(literal)
                index += 1
            case .unicodeEscape(let value, let skip):
                append("\\u")
                for shift in stride(from: 12, through: 0, by: -4) {
                    bytes.append(Self.hexDigits[Int((value >> UInt32(shift)) & 0xF)])
                }
                index += 1 + skip
            case .bracedEscape(let value, let skip):
                append("\\u{")
                bytes.append(contentsOf: Array(String(value, radix: 16, uppercase: true).utf8))
                append("}")
                index += 1 + skip
            }
            runStart = index
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<text.count]))
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
