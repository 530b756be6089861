import Foundation
import Testing

@testable import TarjumanKit

@Suite struct SentenceSegmenterTests {
    static let seedPath = TestData.root.appendingPathComponent("seeds/baloch-uprising.en.txt").path

    @Test func segmentsTheSampleDocument() throws {
        let segments = try SentenceSegmenter(pack: TestData.pack("en")).segments(
            of: .file(Self.seedPath))
        #expect(segments.count == 88)
        #expect(segments.first?.text.hasPrefix("The mass mobilisations") == true)
        // A heading without a terminator is its own segment and paragraph.
        let heading = try #require(
            segments.first { $0.text == "The Roots of Colonial Exploitation" })
        #expect(heading.id == "p3s1")
        #expect(heading.start == SourcePosition(line: 5, column: 1))
        // "regions.What": the missing space does not hide the boundary.
        #expect(segments.contains { $0.text.hasSuffix("and other key regions.") })
        #expect(segments.contains { $0.text.hasPrefix("What distinguished these protests") })
        // Lines holding a single no-break space separate paragraphs and produce nothing.
        #expect(!segments.contains { $0.text.unicodeScalars.allSatisfy(\.properties.isWhitespace) })
        // Trailing no-break spaces after a full stop stay in the gaps.
        #expect(
            segments.allSatisfy { !($0.text.unicodeScalars.last?.properties.isWhitespace ?? true) })
    }

    /// Numbers that end phrases in turn are no list (pass 9 split `room` / `1. Then …`);
    /// a list opened at a line start or after a colon still splits at each item.
    @Test(arguments: [
        (
            "en", "We met in room 1. Then we went to room 2. Finally we reached room 3.",
            ["We met in room 1.", "Then we went to room 2.", "Finally we reached room 3."]
        ),
        ("en", "Line 1.\nLine 2.\nLine 3.", ["Line 1.", "Line 2.", "Line 3."]),
        (
            "ur", "ہم کمرہ ۱۔ پھر ہم کمرہ ۲۔ پھر ہم کمرہ ۳۔",
            ["ہم کمرہ ۱۔", "پھر ہم کمرہ ۲۔", "پھر ہم کمرہ ۳۔"]
        ),
        ("en", "You need: 1. A box 2. A lid", ["You need:", "1. A box", "2. A lid"]),
        (
            "en", "1. The first item 2. The second item",
            ["1. The first item", "2. The second item"]
        ),
    ])
    func numbersEndingPhrasesOpenNoList(_ tag: String, _ text: String, _ expected: [String])
        throws
    {
        let segments = try SentenceSegmenter(pack: TestData.pack(tag)).segments(in: text)
        #expect(segments.map(\.text) == expected)
    }

    /// A hard-wrapped line ending in a word no sentence ends with goes on into the next, even
    /// before a capital (pass 36: cut before `Tuesday`); a line ending in another word before
    /// a capital stays apart.
    @Test func aLineEndingInAFunctionWordIsUnwrapped() throws {
        let segmenter = try SentenceSegmenter(pack: TestData.pack("en"))
        #expect(
            try segmenter.segments(
                in:
                    "The court has fixed the hearing of Case No. 214 for\nTuesday, 14 April. All must attend."
            ).map(\.text) == [
                "The court has fixed the hearing of Case No. 214 for\nTuesday, 14 April.",
                "All must attend.",
            ])
        #expect(
            try segmenter.segments(in: "The court has fixed the hearing today\nTuesday is the day.")
                .count == 2)
        // A short line is a heading, whatever word it ends in (pass 37).
        #expect(
            try segmenter.segments(in: "What we stand for\nOur mission is to help people.")
                .count == 2)
        // A bullet without a number splits nothing inside a line (pass 37).
        #expect(
            try segmenter.segments(in: "We need • water • food • shelter. Also go.").map(\.text)
                == ["We need • water • food • shelter.", "Also go."])
    }

    /// Initials in a row are one name though `A` and `I` open sentences (pass 36: `Dr. M.`
    /// | `A. Khan`); a capital letter alone before a sentence still ends one.
    @Test(arguments: [
        ("Dr. M. A. Khan examined 20 patients.", ["Dr. M. A. Khan examined 20 patients."]),
        (
            "Dr. M. I. Khan came. I met J. A. Smith.",
            ["Dr. M. I. Khan came.", "I met J. A. Smith."]
        ),
        ("He got a B. The next day he left.", ["He got a B.", "The next day he left."]),
        ("Plan A. I think so.", ["Plan A.", "I think so."]),
    ])
    func initialsInARowAreOneName(_ text: String, _ expected: [String]) throws {
        let segments = try SentenceSegmenter(pack: TestData.pack("en")).segments(in: text)
        #expect(segments.map(\.text) == expected)
    }

    @Test func sampleSegmentsPointAtTheirBytesAndPositions() throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.seedPath)))
        let segments = try SentenceSegmenter(pack: TestData.pack("en")).segments(of: .memory(bytes))
        let lines = String(decoding: bytes, as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false)
        for segment in segments {
            #expect(String(decoding: bytes[segment.byteRange], as: UTF8.self) == segment.text)
            let line = Array(lines[segment.start.line - 1].unicodeScalars)
            let fromPosition = String(String.UnicodeScalarView(line[(segment.start.column - 1)...]))
            #expect(fromPosition.hasPrefix(segment.text.prefix(20)))
        }
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func lineEndingsAllWork(_ newline: String) throws {
        let text = ["Heading", "", "First sentence. Second", "sentence here."].joined(
            separator: newline)
        let segments = try SentenceSegmenter(pack: TestData.pack("en"), unwrap: .always).segments(
            in: text)
        #expect(
            segments.map(\.text) == [
                "Heading", "First sentence.", "Second\(newline)sentence here.",
            ])
        #expect(
            segments.map(\.start) == [
                .init(line: 1, column: 1), .init(line: 3, column: 1), .init(line: 3, column: 17),
            ])
        #expect(segments.last?.end == SourcePosition(line: 4, column: 15))
    }

    @Test func byteOrderMarkStaysInTheGap() throws {
        let segments = try SentenceSegmenter(pack: TestData.pack("en")).segments(
            in: "\u{FEFF}One. Two.")
        #expect(segments.map(\.text) == ["One.", "Two."])
        #expect(segments.first?.byteStart == 3)
        // The mark takes no column: editors and GitHub annotations put "One" at 1:1.
        #expect(segments.first?.start == SourcePosition(line: 1, column: 1))
        #expect(segments.last?.start == SourcePosition(line: 1, column: 6))
    }

    @Test func emptyAndBlankInputsHaveNoSegments() throws {
        let segmenter = try SentenceSegmenter(pack: TestData.pack("en"))
        #expect(try segmenter.segments(in: "").isEmpty)
        #expect(try segmenter.segments(in: " \n\u{00A0}\n\t\n").isEmpty)
    }

    /// Lossless: on random input, the segments are the input's bytes at their ranges, in
    /// order, and everything between them is white space or invisible format characters.
    @Test(arguments: ["en", "ur", "bal-Arab-IR", "bal-Latn"])
    func segmentsAndGapsReproduceAnyInput(_ locale: String) throws {
        let segmenter = try SentenceSegmenter(pack: TestData.pack(locale))
        var random = SeededRandom(seed: 0x7A4A_0000 + UInt64(locale.utf8.count))
        for _ in 0..<300 {
            let bytes = Array(random.text(maxLength: 120).utf8)
            let segments = try segmenter.segments(
                of: .memory(bytes, chunkSize: 1 + Int(random.next() % 17)))
            var cursor = 0
            for segment in segments {
                #expect(segment.byteStart >= cursor)
                let gap = String(decoding: bytes[cursor..<segment.byteStart], as: UTF8.self)
                #expect(
                    gap.unicodeScalars.allSatisfy(Self.isGapScalar),
                    "gap \(Array(gap.unicodeScalars))")
                #expect(Array(segment.text.utf8) == Array(bytes[segment.byteRange]))
                cursor = segment.byteEnd
            }
            let tail = String(decoding: bytes[cursor...], as: UTF8.self)
            #expect(tail.unicodeScalars.allSatisfy(Self.isGapScalar))
        }
    }

    @Test func streamingInSmallChunksGivesTheSameSegments() throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.seedPath)))
        let segmenter = try SentenceSegmenter(pack: TestData.pack("en"))
        let whole = try segmenter.segments(of: .memory(bytes))
        for size in [1, 2, 3, 7, 64, 4096] {
            #expect(try segmenter.segments(of: .memory(bytes, chunkSize: size)) == whole)
        }
    }

    /// Text written without spaces (Chinese with `。`, merged Urdu dates) is segmented in
    /// linear time: each boundary reads a bounded stretch of its token (hostile pass 11: 32 KB
    /// of `a。` took 46 s, 96 KB of dates did not end). At these sizes the old code took
    /// over ten seconds each in a release build, so a return of it stalls this test.
    @Test(arguments: [
        ("en", "a。", 4_000, 4_000), ("ur", "这是一个句子。", 4_000, 4_000),
        ("en", "۱۴۔۰۸۔", 4_000, 8_000), ("ur", "۱۴۔۰۸۔", 4_000, 1),
        ("hi", "۱۴۔۰۸۔", 4_000, 8_000), ("en", "ab.Cd", 4_000, 4_001),
        // A separator run was read back to its start at every look.
        ("en", "-", 400_000, 1),
    ])
    func textWithoutSpacesIsSegmentedInOnePass(
        _ tag: String, _ piece: String, _ repeats: Int, _ sentences: Int
    ) throws {
        let text = String(repeating: piece, count: repeats)
        let segments = try SentenceSegmenter(pack: TestData.pack(tag)).segments(in: text)
        #expect(segments.count == sentences)
        #expect(segments.map(\.text).joined() == text)
    }

    /// Mail layout read in one pass too: 4,000 header stamps, each a sentence after its name.
    @Test func stampsInARowAreSegmentedInOnePass() throws {
        let text = String(repeating: "Ann Lee 1/1/11 1:11 ", count: 4_000)
        let segments = try SentenceSegmenter(pack: TestData.pack("en")).segments(in: text)
        #expect(segments.count == 8_000)
        #expect(segments.allSatisfy { $0.text == "Ann Lee" || $0.text == "1/1/11 1:11" })
    }

    /// Mail layout acts only in a script with case (pass 55: stamps and blanks split Urdu,
    /// Arabic and Hindi sentences).
    @Test func mailLayoutLeavesScriptsWithoutCaseAlone() throws {
        for (tag, text) in [
            ("ur", "اجلاس Ali Khan 3/4/2024 10:30 کو ہوگا۔ میرا نام ______ (پورا نام) ہے۔"),
            ("hi", "बैठक 3/4/2024 10:30 AM को होगी। मेरा नाम ___ (पूरा नाम) है।"),
        ] {
            let segments = try SentenceSegmenter(pack: TestData.pack(tag)).segments(in: text)
            #expect(segments.count == 2, "\(tag): \(segments.map(\.text))")
        }
    }

    @Test func aFiftyMegabyteSingleLineIsOneParagraph() throws {
        let sentence = Array("Gwadar is a port on the Makran coast. ".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(50 << 20)
        while bytes.count < 50 << 20 { bytes.append(contentsOf: sentence) }
        var count = 0
        var last: Segment?
        try SentenceSegmenter(pack: TestData.pack("en")).forEachSegment(
            of: .memory(bytes, chunkSize: 1 << 20)
        ) {
            count += 1
            last = $0
        }
        #expect(count == bytes.count / sentence.count + (bytes.count % sentence.count == 0 ? 0 : 1))
        #expect(last?.paragraph == 1)
        #expect(last?.start.line == 1)
    }

    static func isGapScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar.properties.generalCategory == .format
    }
}

/// A small deterministic generator (SplitMix64) for property tests.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Random text mixing the characters that matter to segmentation.
    mutating func text(maxLength: Int) -> String {
        let pieces = [
            "a", "B", "word", "Mr", "U.S", "۱", "2", "۔", ".", "?", "!", "؟", " ", " ", "  ", "\n",
            "\r\n", "\r", "\n\n",
            "\u{00A0}", "\u{FEFF}", "\u{200F}", "\u{200C}", "”", "“", "’’", "(", ")", "[...]",
            "...", "۔۔۔", "•", "ک",
            "ہے", "اے", "😀", "e\u{0301}", "\t", "1.", "a)",
        ]
        let length = Int(next() % UInt64(maxLength))
        return (0..<length).map { _ in pieces[Int(next() % UInt64(pieces.count))] }.joined()
    }
}

/// The segmenter's vector steps (eight units at a time) skip only what a unit-by-unit look
/// would pass over, and every segment's line:column is what counting the input's scalars
/// gives.
@Suite struct SegmenterFastPathTests {
    @Test(arguments: ["en", "ur"])
    func positionsAreTheScalarCountsOfTheInput(_ locale: String) throws {
        let segmenter = try SentenceSegmenter(pack: TestData.pack(locale))
        var random = SeededRandom(seed: 0x9051_7105 + UInt64(locale.utf8.count))
        for _ in 0..<300 {
            let bytes = Array(random.text(maxLength: 160).utf8)
            for segment in try segmenter.segments(of: .memory(bytes)) {
                #expect(segment.start == Self.position(of: segment.byteStart, in: bytes))
                #expect(segment.end == Self.position(of: segment.byteEnd, in: bytes))
            }
        }
    }

    /// Only the first of several byte-order marks at the start takes no column (pass 30:
    /// all of them took none, and `terms` counted them).
    @Test func onlyTheFirstByteOrderMarkTakesNoColumn() throws {
        let segments = try SentenceSegmenter(pack: TestData.pack("en")).segments(
            in: "\u{FEFF}\u{FEFF}The struggle.")
        #expect(segments.first?.start == SourcePosition(line: 1, column: 2))
        #expect(segments.first?.end == SourcePosition(line: 1, column: 15))
        var lines = LineCounter()
        for scalar in "\u{FEFF}\u{FEFF}a".unicodeScalars { lines.advance(scalar: scalar) }
        #expect(lines.position == SourcePosition(line: 1, column: 3))
    }

    @Test func unitsSkippedInBlocksAreOnesTheRefinerPassesOver() {
        let pieces: [UInt16] = [
            0x61, 0x20, 0x41, 0x0628, 0x06CC, 0x06D4, 0x2E, 0x21, 0x3F, 0x29, 0x2F, 0x3A, 0x3B,
            0x30, 0x39, 0x2C, 0x22, 0x0A, 0x0663, 0x06F4, 0x2022, 0xFF0E, 0x00E9, 0x200C,
        ]
        var random = SeededRandom(seed: 0x5EB1_0C55)
        for _ in 0..<3_000 {
            let count = Int(random.next() % 64)
            let units = (0..<count).map { _ in
                random.next() % 6 == 0 ? pieces[Int(random.next() % UInt64(pieces.count))] : 0x61
            }
            let start = count == 0 ? 0 : Int(random.next() % UInt64(count))
            let found = units.withUnsafeBufferPointer {
                UTF16Text.firstUnitThatMayMatter(in: $0, from: start)
            }
            #expect(units[start..<found].allSatisfy { !Self.mayMatter($0) })
            let block = units[found..<min(found + 8, count)]
            #expect(block.count < 8 || block.contains(where: Self.mayMatter))
        }
    }

    /// What the refiner's scan looks at, written out plainly.
    private static func mayMatter(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return "!).:;/?0123456789".utf16.contains(unit) }
        let arabicLetter = (0x0600..<0x0660).contains(unit) || (0x066A..<0x06F0).contains(unit)
        return !arabicLetter
    }

    /// The line:column of byte `offset`, counted from the start (LF, CR LF and CR end lines;
    /// a byte-order mark as the very first character takes no column).
    private static func position(of offset: Int, in bytes: [UInt8]) -> SourcePosition {
        let scalars = String(decoding: bytes[..<offset], as: UTF8.self).unicodeScalars
        var line = 1
        var column = 1
        var previous: Unicode.Scalar?
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\n" {
                if previous != "\r" { line += 1 }
                column = 1
            } else if scalar == "\r" {
                line += 1
                column = 1
            } else if !(scalar == "\u{FEFF}" && index == 0) {
                column += 1
            }
            previous = scalar
        }
        return SourcePosition(line: line, column: column)
    }
}
