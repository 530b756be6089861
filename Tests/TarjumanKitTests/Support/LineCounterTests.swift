import Testing

@testable import TarjumanKit

/// One rule for line:column everywhere: LF, CR LF and a lone CR end a line; columns count
/// Unicode scalars, whether a reader walks bytes or scalars.
@Suite struct LineCounterTests {
    private static let text = "ab\r\ncé\rد\nx\u{2028}y\u{0B}z"

    @Test func bytesAndScalarsReachTheSamePlaces() {
        var bytes = LineCounter()
        var scalars = LineCounter()
        var byBytes: [SourcePosition] = []
        var byScalars: [SourcePosition] = []
        for scalar in Self.text.unicodeScalars {
            byScalars.append(scalars.position)
            scalars.advance(scalar: scalar)
            byBytes.append(bytes.position)
            bytes.advance(bytes: String(scalar).utf8)
        }
        #expect(byBytes == byScalars)
        #expect(scalars.position == bytes.position)
        // a b CR LF | c é CR | د LF | x U+2028 y VT z
        let lines = byScalars.map(\.line)
        let columns = byScalars.map(\.column)
        #expect(lines == [1, 1, 1, 2, 2, 2, 2, 3, 3, 4, 4, 4, 4, 4])
        #expect(columns == [1, 2, 3, 1, 1, 2, 3, 1, 2, 1, 2, 3, 4, 5])
        #expect(scalars.position == SourcePosition(line: 4, column: 6))
    }

    /// A byte-order mark at the start of a file takes no column, read by bytes, scalars,
    /// the segmenter's walker or the line index; anywhere else it is a character.
    @Test func aByteOrderMarkAtTheStartTakesNoColumn() {
        let text = "\u{FEFF}ab\u{FEFF}c\n\u{FEFF}d"
        var bytes = LineCounter()
        var scalars = LineCounter()
        var byBytes: [SourcePosition] = []
        var byScalars: [SourcePosition] = []
        for scalar in text.unicodeScalars {
            scalars.advance(scalar: scalar)
            byScalars.append(scalars.position)
            bytes.advance(bytes: String(scalar).utf8)
            byBytes.append(bytes.position)
        }
        // After: BOM a b BOM c LF BOM d
        #expect(byScalars.map(\.column) == [1, 2, 3, 4, 5, 1, 2, 3])
        #expect(byBytes == byScalars)
        let lines = LinePositions(Array(text.unicodeScalars))
        #expect((1...4).map { lines.position(of: $0).column } == [1, 2, 3, 4])
        // Bytes that only start like a mark (EF BB BE: U+FEFE) count as a character.
        var other = LineCounter()
        other.advance(bytes: "\u{FEFE}a".utf8)
        #expect(other.position == SourcePosition(line: 1, column: 3))
    }

    @Test func aCRLFSplitBetweenTwoReadsIsOneLineEnd() {
        var counter = LineCounter(line: 7)
        counter.advance(bytes: Array("a\r".utf8))
        counter.advance(bytes: Array("\nb".utf8))
        #expect(counter.position == SourcePosition(line: 8, column: 2))
    }

    @Test func linesSplitOnlyWhereTheCounterEndsThem() {
        #expect(Self.text.splitLines() == ["ab", "cé", "د", "x\u{2028}y\u{0B}z"])
        #expect("a\n".splitLines() == ["a", ""])
        #expect("".splitLines() == [""])
        #expect("\r\r\n\n".splitLines() == ["", "", "", ""])
        #expect("x\r\ny"[...].splitLines() == ["x", "y"])
    }

    @Test func aBadByteIsPlacedByTheSameRule() {
        let bytes = Array("ab\rc\r\nد".utf8) + [0xFF]
        #expect(
            TextCheck.position(ofByte: bytes.count - 1, in: bytes, baseLine: 1)
                == SourcePosition(line: 3, column: 2))
    }

    /// A buffer is counted eight bytes at a time where no byte ends a line; on random text in
    /// random pieces it reaches what one byte at a time reaches.
    @Test func countingABufferIsCountingItsBytes() {
        let pieces = ["a", " ", "د", "é", "€", "😀", "\r", "\n", "\r\n", "\u{FEFF}", "\t", "\u{0B}"]
        var random = SeededRandom(seed: 0x11E5_C0DE)
        for _ in 0..<2_000 {
            let text = (0..<Int(random.next() % 60)).map { _ in
                random.next() % 3 == 0 ? pieces[Int(random.next() % UInt64(pieces.count))] : "word"
            }.joined()
            let bytes = Array(text.utf8)
            var whole = LineCounter()
            var byByte = LineCounter()
            var cut = 0
            while cut < bytes.count {
                let end = min(bytes.count, cut + 1 + Int(random.next() % 24))
                whole.advance(bytes: bytes[cut..<end])
                for byte in bytes[cut..<end] { byByte.advance(byte: byte) }
                #expect(whole.position == byByte.position && whole.afterCR == byByte.afterCR)
                cut = end
            }
        }
    }
}
