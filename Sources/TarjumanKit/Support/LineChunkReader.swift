/// Reads a byte stream as blocks of whole lines, so that line-local work (normalisation)
/// streams through files of any size. Each block is checked as UTF-8.
public struct LineChunkReader {
    /// A block of complete lines (line terminators included) and the number of its first line.
    public struct Chunk: Sendable {
        /// The text of the lines.
        public let text: String
        /// The 1-based number of the first line.
        public let line: Int
        /// The byte offset of the block in the source.
        public let byteOffset: Int
    }

    private let source: ByteSource
    private var pending: [UInt8] = []
    /// Counts the lines of the blocks handed out (a CR LF split between two blocks is one
    /// line end).
    private var lines = LineCounter()
    private var line: Int { lines.line }
    private var byteOffset = 0
    private var finished = false
    /// How far `pending` has been checked as UTF-8.
    private var checked = 0

    /// A reader over `source`.
    public init(source: ByteSource) {
        self.source = source
    }

    /// The next block, or `nil` at the end.
    public mutating func next() throws(InputError) -> Chunk? {
        while !finished {
            guard let chunk = try source.next() else {
                finished = true
                break
            }
            let start = pending.count
            pending.append(contentsOf: chunk)
            try checkNewBytes()
            // Keep a final CR back: it may be the first half of CR LF; so is a CR followed
            // only by invisible characters, which normalising may take out from between it
            // and a LF still to come (pass 50: a ZWSP cut off from its LF by a pipe's read
            // was taken out, and the two line ends became one).
            var end = pending.count
            while let cut = pending[max(0, start - 1)..<end].lastIndex(where: {
                $0 == 0x0A || $0 == 0x0D
            }) {
                if pending[cut] == 0x0A || !onlyInvisible(after: cut) {
                    return try take(upTo: cut + 1)
                }
                end = cut
            }
            if pending.count > InputLimits.lineBytes {
                throw .blockTooLarge(file: source.name, line: line, limit: InputLimits.lineBytes)
            }
        }
        return pending.isEmpty ? nil : try take(upTo: pending.count)
    }

    /// Whether the bytes of `pending` after `index` are all invisible format characters (or
    /// tatweel), none at all, or the start of one not yet read whole.
    private func onlyInvisible(after index: Int) -> Bool {
        var position = index + 1
        while position < pending.count {
            let lead = pending[position]
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            guard position + length <= pending.count else { return true }
            let scalar = String(decoding: pending[position..<(position + length)], as: UTF8.self)
                .unicodeScalars.first
            guard let scalar, scalar.properties.generalCategory == .format || scalar == "\u{0640}"
            else { return false }
            position += length
        }
        return true
    }

    /// Checks the bytes that arrived since the last call as UTF-8, so that binary or endless
    /// input (`/dev/zero`) stops at its first bad byte.
    private mutating func checkNewBytes() throws(InputError) {
        let found = pending.withUnsafeBufferPointer { all in
            UTF8Validator.firstProblem(
                in: UnsafeBufferPointer(rebasing: all[checked...]), allowTruncatedEnd: true)
        }
        if found != nil {
            try TextCheck.validate(
                pending, name: source.name, baseOffset: byteOffset, baseLine: line)
        }
        checked = UTF8Validator.completeEnd(of: pending, from: checked)
    }

    private mutating func take(upTo end: Int) throws(InputError) -> Chunk {
        let bytes = Array(pending[0..<end])
        // Only a sequence cut off at the very end of the input is not checked yet.
        if end > checked {
            try TextCheck.validate(bytes, name: source.name, baseOffset: byteOffset, baseLine: line)
        }
        pending.removeSubrange(0..<end)
        checked = max(0, checked - end)
        let chunk = Chunk(
            text: String(decoding: bytes, as: UTF8.self), line: line, byteOffset: byteOffset)
        byteOffset += end
        lines.advance(bytes: bytes)
        return chunk
    }
}
