/// The line and column reached in a text read from the start, one byte or scalar at a time:
/// the one rule every reader that reports a ``SourcePosition`` follows. LF, CR LF and a lone
/// CR each end one line; a column counts Unicode scalars (UTF-8 continuation bytes take
/// none), so a CR LF's LF stays at column 1 of the new line; a byte-order mark at the very
/// start takes none either, as editors do not show it.
struct LineCounter: Sendable {
    /// Where the next byte or scalar is.
    private(set) var position: SourcePosition
    /// Whether the last byte or scalar was a CR, so that an LF now would take no place: it
    /// shares the position of what follows it.
    private(set) var afterCR = false

    /// A counter at `position` (by default the start of a file).
    init(at position: SourcePosition = .start) {
        self.position = position
    }

    /// A counter at the start of a line, as a paragraph or a chunk starts.
    init(line: Int) {
        self.init(at: SourcePosition(line: line, column: 1))
    }

    /// The current line.
    var line: Int { position.line }

    /// The current column.
    var column: Int { position.column }

    /// How many bytes of a byte-order mark at line 1, column 1 have been read (3: all).
    private var markBytes = 0

    /// Moves past one byte of UTF-8.
    @inline(__always)
    mutating func advance(byte: UInt8) {
        if byte == 0x0D || (byte == 0x0A && !afterCR) {
            position.line += 1
            position.column = 1
        } else if byte & 0xC0 != 0x80 && byte != 0x0A {
            position.column += 1
        }
        afterCR = byte == 0x0D
        if position.line == 1 && markBytes < 3 { noteMark(byte) }
    }

    /// Follows a byte-order mark (EF BB BF) at the very start, which takes no column: editors
    /// do not show it, so the first letter after it is at column 1.
    private mutating func noteMark(_ byte: UInt8) {
        switch (markBytes, byte) {
        case (0, 0xEF) where position.column == 2: markBytes = 1
        case (1, 0xBB): markBytes = 2
        case (2, 0xBF):
            markBytes = 3
            position.column -= 1
        default: markBytes = 3
        }
    }

    /// Moves past every byte of `bytes`.
    mutating func advance<Bytes: Sequence<UInt8>>(bytes: Bytes) {
        let done: Void? = bytes.withContiguousStorageIfAvailable { advance(buffer: $0) }
        if done == nil {
            for byte in bytes { advance(byte: byte) }
        }
    }

    /// Moves past every byte of `buffer`, eight at a time where none of them ends a line.
    private mutating func advance(buffer: UnsafeBufferPointer<UInt8>) {
        guard let base = buffer.baseAddress else { return }
        var index = 0
        while index < buffer.count {
            // No line break nor mark to follow: each byte but a continuation is a column.
            while index + 8 <= buffer.count && !(position.line == 1 && markBytes < 3) {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                // A byte below 0x0E sets its high bit in (word - 0x0E…) & ~word.
                guard (word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word & 0x8080_8080_8080_8080 == 0
                else { break }
                // A continuation byte has its top bit set and the next one clear.
                let continuations = (word & ~(word << 1) & 0x8080_8080_8080_8080)
                position.column += 8 - continuations.nonzeroBitCount
                afterCR = false
                index += 8
            }
            guard index < buffer.count else { break }
            advance(byte: buffer[index])
            index += 1
        }
    }

    /// Moves past one scalar. A byte-order mark as the first scalar takes no column; a
    /// second one after it does.
    @inline(__always)
    mutating func advance(scalar: Unicode.Scalar) {
        let value = scalar.value
        if markBytes < 3 && position.line == 1 {
            let isMark = value == 0xFEFF && markBytes == 0 && position == .start
            markBytes = 3
            if isMark { return }
        }
        if value == 0x0D || (value == 0x0A && !afterCR) {
            position.line += 1
            position.column = 1
        } else if value != 0x0A {
            position.column += 1
        }
        afterCR = value == 0x0D
    }
}

extension StringProtocol where SubSequence == Substring {
    /// The lines of the text, split where ``LineCounter`` ends a line: LF, CR LF and CR, and
    /// no other character (a U+2028 LINE SEPARATOR or a vertical tab inside a line is text).
    /// Terminators are left out; a text ending in one has an empty last line.
    func splitLines() -> [Substring] {
        linesWithEnds().map(\.line)
    }

    /// The lines as ``splitLines()`` cuts them, each with the terminator that ended it (`\n`,
    /// `\r\n`, `\r`, or empty for the last), so that joined they give the text back.
    func linesWithEnds() -> [(line: Substring, end: Substring)] {
        var lines: [(line: Substring, end: Substring)] = []
        let scalars = unicodeScalars
        var start = startIndex
        var index = startIndex
        while index < endIndex {
            let scalar = scalars[index]
            guard scalar == "\n" || scalar == "\r" else {
                index = scalars.index(after: index)
                continue
            }
            let lineEnd = index
            index = scalars.index(after: index)
            if scalar == "\r" && index < endIndex && scalars[index] == "\n" {
                index = scalars.index(after: index)
            }
            lines.append((self[start..<lineEnd], self[lineEnd..<index]))
            start = index
        }
        lines.append((self[start..<endIndex], self[endIndex..<endIndex]))
        return lines
    }
}
