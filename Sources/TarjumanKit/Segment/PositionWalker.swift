/// Walks forward through a paragraph's UTF-16 text keeping the matching UTF-8 byte
/// offset and line:column (columns in Unicode scalars; LF, CR LF and CR end a line; a
/// byte-order mark as the first character of the file takes no column).
struct PositionWalker {
    private(set) var index = 0
    /// The UTF-8 offset reached, from the paragraph's first byte.
    private(set) var byteOffset = 0
    private(set) var position: SourcePosition
    private var afterCR = false
    /// Whether the paragraph is the file's first byte on, where a byte-order mark may be.
    private let atFileStart: Bool

    /// Starts at the first byte of a paragraph at line `line` (always at column 1), which
    /// is the start of the file if `atFileStart`.
    init(line: Int, atFileStart: Bool) {
        self.position = SourcePosition(line: line, column: 1)
        self.atFileStart = atFileStart
    }

    /// Moves to UTF-16 offset `target` (never backwards).
    mutating func advance(to target: Int, in text: UnsafeBufferPointer<UInt16>) {
        var bytes = byteOffset
        var line = position.line
        var column = position.column
        var cr = afterCR
        var cursor = index
        while cursor < target {
            // Runs of ASCII other than CR and LF (one byte) and of two-byte letters (Arabic,
            // Latin with accents): one column each; a run of Urdu words is one loop.
            let runStart = cursor
            var wide = Self.skipBlocks(in: text, from: &cursor, to: target)
            while cursor < target {
                let unit = text[cursor]
                guard unit > 0x0D && unit < 0x800 else { break }
                wide &+= unit < 0x80 ? 0 : 1
                cursor += 1
            }
            if cursor > runStart {
                bytes += cursor - runStart + wide
                column += cursor - runStart
                cr = false
                continue
            }
            let unit = text[cursor]
            if unit < 0x80 {
                bytes += 1
                if unit == 0x0A {
                    if !cr { line += 1 }
                    column = 1
                    cr = false
                } else if unit == 0x0D {
                    line += 1
                    column = 1
                    cr = true
                } else {
                    column += 1
                    cr = false
                }
                cursor += 1
                continue
            }
            cr = false
            if unit == 0xFEFF && atFileStart && bytes == 0 {
                // A byte-order mark at the start of a file takes no column (editors hide it);
                // a second one is a character (pass 30: every one at the start took none).
                bytes += 3
                cursor += 1
                continue
            }
            column += 1
            if unit >= 0xD800 && unit <= 0xDBFF {
                bytes += 4
                cursor += 2
            } else {
                bytes += unit < 0x800 ? 2 : 3
                cursor += 1
            }
        }
        index = cursor
        byteOffset = bytes
        position = SourcePosition(line: line, column: column)
        afterCR = cr
    }

    /// Moves `cursor` over blocks of eight units that are each one column of one or two UTF-8
    /// bytes (no line break, nothing above U+07FF) and returns how many of them take two.
    private static func skipBlocks(
        in text: UnsafeBufferPointer<UInt16>, from cursor: inout Int, to target: Int
    ) -> Int {
        guard let base = text.baseAddress else { return 0 }
        // Vectors on both sides: Swift's forms with a scalar operand are not vectorised.
        typealias Units = SIMD8<UInt16>
        let (lineEnds, nonASCII, threeBytes) = (
            Units(repeating: 0x0D), Units(repeating: 0x80), Units(repeating: 0x800)
        )
        let one = Units(repeating: 1)
        var wide = 0
        while cursor + 8 <= target {
            let block = UnsafeRawPointer(base + cursor).loadUnaligned(as: Units.self)
            if any((block .<= lineEnds) .| (block .>= threeBytes)) { break }
            wide &+= Int(Units.zero.replacing(with: one, where: block .>= nonASCII).wrappedSum())
            cursor += 8
        }
        return wide
    }
}
