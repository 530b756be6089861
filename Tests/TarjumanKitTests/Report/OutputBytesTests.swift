import Testing

@testable import TarjumanKit

/// Plain-text fields are one line, apart from the other fields, and carry no control
/// character to the terminal.
@Suite struct OutputBytesTests {
    @Test(arguments: [
        ("a\tb", "a b"), ("one\r\ntwo\rthree\nfour", "one two three four"),
        ("\u{1B}[31mred", "\\u{1B}[31mred"), ("csi\u{9B}2J", "csi\\u{9B}2J"),
        ("no-break\u{A0}space, اردو", "no-break\u{A0}space, اردو"), ("\u{7F}", "\\u{7F}"),
        ("vt\u{0B}ff\u{0C}", "vt ff "),
    ])
    func flattenedTextIsOneSafeLine(_ text: String, _ expected: String) {
        #expect(OutputBytes.flattened(text) == expected)
    }
}

/// The buffer behind the bytes: copied on write, grown as needed, and the escapings' fast
/// search (sixteen bytes at a time) stopping where a byte-by-byte look would.
@Suite struct OutputBytesStorageTests {
    @Test func aCopyIsItsOwnBufferOnceEitherIsWritten() {
        var first = OutputBytes(capacity: 1)
        first.append("ab")
        var second = first
        second.append(byte: UInt8(ascii: "c"))
        first.removeAll()
        first.append("x")
        #expect(first.bytes == Array("x".utf8))
        #expect(second.bytes == Array("abc".utf8))
    }

    @Test func growingKeepsEveryByteInOrder() {
        var output = OutputBytes(capacity: 1)
        var expected: [UInt8] = []
        for value in 0..<5_000 {
            output.append(decimal: value - 2_500)
            output.append(byte: 0x2C)
            expected += Array("\(value - 2_500),".utf8)
        }
        #expect(output.count == expected.count)
        #expect(output.bytes == expected)
        #expect(output.withUnsafeBytes { Array($0) } == expected)
    }

    /// Decimals written two digits at a time read as Swift writes them: every width, the
    /// ends of `Int`, random values; several into one reserved room.
    @Test func decimalsAreWrittenAsSwiftWritesThem() {
        var values = [0, 9, 10, 99, 100, 101, 999, 1_000, Int.max, Int.min, Int.min + 1]
        var power = 1
        for _ in 0..<18 {
            power *= 10
            values += [power - 1, power, power + 1, -power]
        }
        var random = SeededRandom(seed: 0xD161)
        values += (0..<2_000).map { _ in
            Int(truncatingIfNeeded: random.next()) >> Int(random.next() % 64)
        }
        for value in values {
            var output = OutputBytes(capacity: 1)
            output.append(decimal: value)
            #expect(output.text == String(value), "\(value)")
        }
        var output = OutputBytes()
        output.withRoom(3 * OutputBytes.Room.decimalWidth + 2) { room in
            room.append(decimal: Int.min)
            room.append(position: SourcePosition(line: 12, column: 345))
        }
        #expect(output.text == "\(Int.min)12:345")
    }

    @Test func theWatchedByteFoundIsTheFirstOne() {
        let exactly: [UInt8] = [0x22, 0x5C, 0xC2, 0xE2]
        let watched = WatchedBytes(below: 0x20, exactly: exactly)
        var random = SeededRandom(seed: 0x0B17E5)
        for _ in 0..<2_000 {
            // Mostly bytes nobody watches, so that the sixteen-byte steps are taken.
            let count = Int(random.next() % 80)
            let bytes = (0..<count).map { _ -> UInt8 in
                random.next() % 23 == 0 ? UInt8(truncatingIfNeeded: random.next()) : 0x61
            }
            let start = count == 0 ? 0 : Int(random.next() % UInt64(count))
            let expected =
                bytes[start...].firstIndex { $0 < 0x20 || exactly.contains($0) } ?? count
            #expect(
                bytes.withUnsafeBufferPointer { watched.first(in: $0, from: start) } == expected)
        }
    }
}
