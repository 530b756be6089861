/// Builds machine output (JSON Lines, TSV, text lines) directly as UTF-8 bytes: numbers as
/// digits, escaping done on bytes with untouched runs copied whole. Streaming commands write
/// through this instead of building a `String` per line.
///
/// The bytes live in one buffer of its own (copied on write, as an array's), so that the many
/// small appends of a record are a store each, without an array's checks around every one.
public struct OutputBytes: Sendable {
    private var storage: ByteStorage

    /// An empty buffer with room for `capacity` bytes.
    public init(capacity: Int = 1 << 16) {
        storage = ByteStorage(capacity: capacity)
    }

    /// The bytes built so far (a copy).
    public var bytes: [UInt8] { withUnsafeBytes { Array($0) } }

    /// The bytes built so far as text, decoded straight from the buffer.
    public var text: String { withUnsafeBytes { String(decoding: $0, as: UTF8.self) } }

    /// Calls `body` with the bytes built so far, without copying them.
    public func withUnsafeBytes<Result, Failure>(
        _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try body(UnsafeBufferPointer(start: storage.base, count: storage.count))
    }

    /// The number of bytes held.
    public var count: Int { storage.count }

    /// Forgets the bytes, keeping the memory for the next round.
    public mutating func removeAll() {
        _ = reserve(0)
        storage.count = 0
    }

    /// Appends `text` as it is. (Disfavoured, so that a literal is taken as `StaticString`
    /// and copied without going through `String`.)
    @_disfavoredOverload
    public mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }

    /// Appends `text` (ASCII literal) as it is.
    @inline(__always)
    public mutating func append(_ text: StaticString) {
        guard text.hasPointerRepresentation else {
            text.withUTF8Buffer { append(contentsOf: $0) }
            return
        }
        append(
            contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends one byte.
    @inline(__always)
    public mutating func append(byte: UInt8) {
        reserve(1).initialize(to: byte)
        storage.count += 1
    }

    /// Appends the bytes of `other`.
    public mutating func append(_ other: OutputBytes) {
        other.withUnsafeBytes { append(contentsOf: $0) }
    }

    /// Appends `buffer` as it is.
    @inline(__always)
    mutating func append(contentsOf buffer: UnsafeBufferPointer<UInt8>) {
        guard let source = buffer.baseAddress, !buffer.isEmpty else { return }
        reserve(buffer.count).initialize(from: source, count: buffer.count)
        storage.count += buffer.count
    }

    /// Where the next `extra` bytes go: the storage made this value's own and large enough.
    @inline(__always)
    private mutating func reserve(_ extra: Int) -> UnsafeMutablePointer<UInt8> {
        if !isKnownUniquelyReferenced(&storage) {
            storage = storage.copy(capacity: storage.count + extra)
        } else if storage.capacity - storage.count < extra {
            storage.grow(toHold: storage.count + extra)
        }
        return storage.base + storage.count
    }

    /// Runs `body` with room for up to `capacity` bytes reserved at the end, and keeps what it
    /// wrote there (see ``Room``).
    public mutating func withRoom(_ capacity: Int, _ body: (inout Room) -> Void) {
        let start = reserve(capacity)
        var room = Room(start, capacity: capacity)
        body(&room)
        storage.count += room.position - start
    }

    /// Appends `value` in decimal.
    public mutating func append(decimal value: Int) {
        withRoom(Room.decimalWidth) { $0.append(decimal: value) }
    }

    /// Appends `position` as `line:column`.
    public mutating func append(position: SourcePosition) {
        withRoom(2 * Room.decimalWidth + 1) { $0.append(position: position) }
    }

    /// Appends `position` as the JSON object `{"line":L,"column":C}`.
    public mutating func appendJSON(position: SourcePosition) {
        withRoom(2 * Room.decimalWidth + 20) { $0.appendJSON(position: position) }
    }

    /// Appends UTF-8 `text` as a quoted JSON string: quotes, backslashes, control characters
    /// and U+2028/U+2029 escaped, everything else copied.
    public mutating func appendJSONQuoted(_ text: some Collection<UInt8>) {
        append(byte: UInt8(ascii: "\""))
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
        append(byte: UInt8(ascii: "\""))
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
        return output.text
    }

    /// What to write instead of a byte (and possibly the bytes after it).
    private enum Replacement {
        case text(StaticString)
        case unicodeEscape(UInt32, skip: Int = 0)
        /// `\u{1B}`, as Swift writes a scalar.
        case bracedEscape(UInt32, skip: Int = 0)
    }

    /// The bytes each kind of escaping looks at; all others are copied unseen.
    private static let jsonWatched = WatchedBytes(
        below: 0x20, exactly: [0x22, 0x5C, 0x7F, 0xC2, 0xE2])
    private static let tsvWatched = WatchedBytes(below: 0, exactly: [0x09, 0x0A, 0x0D, 0x5C])
    private static let controls = WatchedBytes(below: 0x20, exactly: [0x7F, 0xC2, 0xE2])

    /// Copies `text`, replacing the bytes `replacement` names among those `watched` marks;
    /// runs of other bytes are copied whole.
    private mutating func appendEscaped(
        _ text: some Collection<UInt8>, watching watched: WatchedBytes,
        _ replacement: (UInt8, UInt8?, UInt8?) -> Replacement?
    ) {
        let copied: Void? = text.withContiguousStorageIfAvailable { buffer in
            appendEscaped(buffer, watching: watched, replacement)
        }
        guard copied == nil else { return }
        Array(text).withUnsafeBufferPointer { appendEscaped($0, watching: watched, replacement) }
    }

    private mutating func appendEscaped(
        _ text: UnsafeBufferPointer<UInt8>, watching watched: WatchedBytes,
        _ replacement: (UInt8, UInt8?, UInt8?) -> Replacement?
    ) {
        var runStart = 0
        var index = 0
        while true {
            index = watched.first(in: text, from: index)
            guard index < text.count else { break }
            let byte = text[index]
            let next = index + 1 < text.count ? text[index + 1] : nil
            let nextButOne = index + 2 < text.count ? text[index + 2] : nil
            guard let replaced = replacement(byte, next, nextButOne) else {
                index += 1
                continue
            }
            append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index]))
            switch replaced {
            case .text(let literal):
                append(literal)
                index += 1
            case .unicodeEscape(let value, let skip):
                append("\\u")
                for shift in stride(from: 12, through: 0, by: -4) {
                    append(byte: Self.hexDigits[Int((value >> UInt32(shift)) & 0xF)])
                }
                index += 1 + skip
            case .bracedEscape(let value, let skip):
                append("\\u{")
                append(String(value, radix: 16, uppercase: true))
                append("}")
                index += 1 + skip
            }
            runStart = index
        }
        append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<text.count]))
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
