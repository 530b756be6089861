/// One paragraph of a text file: a run of lines that are not blank.
public struct SourceParagraph: Sendable {
    /// 1-based paragraph number in the file.
    public let number: Int
    /// Byte offset in the file of the paragraph's first byte (the start of its first line).
    public let byteOffset: Int
    /// 1-based line number of the paragraph's first line.
    public let line: Int
    /// The UTF-8 bytes, from the start of the first line to the end of the last line's
    /// text (its line terminator excluded). Validated UTF-8 without NUL bytes.
    public let bytes: [UInt8]

    /// A paragraph made by the caller. `bytes` are checked: invalid UTF-8 or a NUL byte
    /// throws (the segmenter and normaliser rely on valid text), with its position.
    public init(number: Int, byteOffset: Int, line: Int, bytes: [UInt8]) throws(InputError) {
        try TextCheck.validate(
            bytes, name: "paragraph \(number)", baseOffset: byteOffset, baseLine: line)
        self.init(unchecked: number, byteOffset: byteOffset, line: line, bytes: bytes)
    }

    /// A paragraph of bytes already checked as UTF-8 without NUL.
    init(unchecked number: Int, byteOffset: Int, line: Int, bytes: [UInt8]) {
        self.number = number
        self.byteOffset = byteOffset
        self.line = line
        self.bytes = bytes
    }
}

/// Splits a byte stream into paragraphs without holding more than one paragraph in memory.
///
/// A paragraph ends at a blank line: an empty line, or one holding only white space
/// (spaces, tabs, no-break spaces…). Lines end at LF, CR LF or CR. Every chunk is checked
/// as UTF-8 on the way, so invalid input stops the reader at the first bad byte.
public struct ParagraphReader {
    private let source: ByteSource
    private var buffer: [UInt8] = []
    /// File offset of `buffer[0]`.
    private var bufferOffset = 0
    /// Where unprocessed lines start inside `buffer`.
    private var scan = 0
    /// How far `buffer` has been checked as UTF-8.
    private var validated = 0
    private var scanLine = 1
    /// The open paragraph: its start in `buffer`, its line, and the end of its last line.
    private var open: (start: Int, line: Int, end: Int)?
    private var finished = false
    private var emitted = 0

    /// The longest paragraph (or line) read; a longer one is an error.
    private let limit: Int

    /// A reader over `source`, refusing paragraphs over `limit` bytes.
    public init(source: ByteSource, limit: Int = InputLimits.paragraphBytes) {
        self.source = source
        self.limit = limit
    }

    /// The name of the source, for messages.
    public var sourceName: String { source.name }

    /// The next paragraph, or `nil` at the end of the input.
    public mutating func next() throws(InputError) -> SourceParagraph? {
        while true {
            if let paragraph = try takeLines() { return paragraph }
            if finished { return closeParagraph() }
            // Judged once the complete lines are taken: a chunk may hold many paragraphs (a
            // text in memory comes as one chunk, and was called one paragraph of 75 MB).
            if buffer.count - (open?.start ?? scan) > limit {
                throw .blockTooLarge(file: source.name, line: open?.line ?? scanLine, limit: limit)
            }
            if let chunk = try source.next() {
                compact()
                buffer.append(contentsOf: chunk)
            } else {
                finished = true
            }
            try validate()
        }
    }

    /// Processes complete lines in the buffer; returns a paragraph when a blank line ends one.
    private mutating func takeLines() throws(InputError) -> SourceParagraph? {
        while scan < buffer.count {
            guard let (contentEnd, nextLine) = lineEnd(from: scan) else { return nil }
            let blank = isBlank(scan..<contentEnd)
            let lineStart = scan
            let line = scanLine
            scan = nextLine
            scanLine += 1
            if blank {
                if let paragraph = closeParagraph() { return paragraph }
            } else if open == nil {
                open = (lineStart, line, contentEnd)
            } else {
                open?.end = contentEnd
            }
        }
        return nil
    }

    /// The end of the text of the line starting at `start` and the start of the next line,
    /// or `nil` if the line is not complete yet.
    private func lineEnd(from start: Int) -> (Int, Int)? {
        buffer.withUnsafeBufferPointer { bytes in
            var index = start
            let count = bytes.count
            while index < count {
                index = Self.skipAboveCR(bytes, from: index)
                guard index < count else { break }
                let byte = bytes[index]
                if byte == 0x0A { return (index, index + 1) }
                if byte == 0x0D {
                    if index + 1 < count {
                        return (index, bytes[index + 1] == 0x0A ? index + 2 : index + 1)
                    }
                    return finished ? (index, index + 1) : nil
                }
                index += 1
            }
            return finished ? (count, count) : nil
        }
    }

    /// The first index at or after `start` whose byte is at most CR (0x0D), eight bytes at a
    /// time, or `bytes.count`.
    private static func skipAboveCR(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        let count = bytes.count
        if let base = bytes.baseAddress {
            while index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                // A byte below 0x0E sets its high bit in (word - 0x0E…) & ~word.
                let low = (word &- 0x0E0E_0E0E_0E0E_0E0E) & ~word & 0x8080_8080_8080_8080
                if low != 0 { break }
                index += 8
            }
        }
        while index < count && bytes[index] > 0x0D { index += 1 }
        return index
    }

    /// Checks the newly read bytes as UTF-8 (a sequence cut by the chunk end waits for the
    /// next chunk).
    private mutating func validate() throws(InputError) {
        guard validated < buffer.count else { return }
        let found = buffer.withUnsafeBufferPointer { all in
            UTF8Validator.firstProblem(
                in: UnsafeBufferPointer(rebasing: all[validated...]), allowTruncatedEnd: !finished)
        }
        guard let (offset, _) = found else {
            validated =
                finished ? buffer.count : UTF8Validator.completeEnd(of: buffer, from: validated)
            return
        }
        let from = min(scan, validated)
        try TextCheck.validate(
            Array(buffer[from..<min(buffer.count, validated + offset + 4)]), name: source.name,
            baseOffset: bufferOffset + from, baseLine: scanLine)
    }

    /// Whether the line holds only white space.
    /// Stops at the first character that is not white space, decoding nothing past it.
    private func isBlank(_ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            let lead = buffer[index]
            // Space, tab, vertical tab, form feed (pass 30: a line of one form feed joined
            // the paragraphs around it).
            if lead == 0x20 || lead == 0x09 || lead == 0x0B || lead == 0x0C {
                index += 1
                continue
            }
            // White space beyond ASCII starts with C2 (U+0085, U+00A0), E1 (U+1680), E2
            // (U+2000–U+205F) or E3 (U+3000): any other lead byte is text.
            if lead < 0x80 || (lead != 0xC2 && lead < 0xE1) || lead > 0xE3 { return false }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            guard index + length <= range.upperBound else { return false }
            var value = UInt32(lead & (0xFF >> (length + 1)))
            for offset in 1..<length { value = value << 6 | UInt32(buffer[index + offset] & 0x3F) }
            guard let scalar = Unicode.Scalar(value), scalar.properties.isWhitespace else {
                return false
            }
            index += length
        }
        return true
    }

    /// Emits the open paragraph, if any.
    private mutating func closeParagraph() -> SourceParagraph? {
        guard let paragraph = open else { return nil }
        open = nil
        emitted += 1
        return SourceParagraph(
            unchecked: emitted, byteOffset: bufferOffset + paragraph.start, line: paragraph.line,
            bytes: Array(buffer[paragraph.start..<paragraph.end]))
    }

    /// Drops processed bytes that no open paragraph needs.
    private mutating func compact() {
        let keep = open?.start ?? scan
        guard keep > 0 else { return }
        buffer.removeSubrange(0..<keep)
        bufferOffset += keep
        scan -= keep
        validated -= keep
        if var paragraph = open {
            paragraph.start -= keep
            paragraph.end -= keep
            open = paragraph
        }
    }
}
