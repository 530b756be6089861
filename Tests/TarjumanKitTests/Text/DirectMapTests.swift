import Testing

@testable import TarjumanKit

/// The normaliser's direct path (one walk over the bytes, for text whose characters change
/// one for one) against the slow path it stands in for.
struct DirectMapTests {
    /// Characters around which the two paths could part: every character of every rule,
    /// capitals of several scripts, digits of several scripts, marks alone and in pairs,
    /// joiners, presentation forms, Hangul jamo, a character beyond the BMP, spaces.
    private static func pool(_ pack: LocalePack) -> [Unicode.Scalar] {
        var pool: [Unicode.Scalar] = []
        for level in NormalizationLevel.allCases {
            for rule in pack.normalization.rules(for: level) {
                pool += rule.from + rule.to + rule.notAfter.sorted { $0.value < $1.value }
            }
        }
        let others =
            "AZaz ÄäΣσİıßȺⱥǅ٣۵१３9\u{0650}\u{0654}\u{0301}\u{064E}\u{0651}\u{0670}\u{0655}"
            + "\u{200C}\u{200D}\u{FEFB}\u{FB8E}\u{1100}\u{1161}\u{AC00}😀بیہهےۓك\n"
        return pool + others.unicodeScalars
    }

    @Test func theDirectPathGivesWhatTheSlowPathGives() throws {
        var random = SeededRandom(seed: 0xD1_2EC7)
        var direct = 0
        var slow = 0
        for pack in TestData.catalog.packs {
            let normalizer = Normalizer(pack: pack)
            let pool = Self.pool(pack)
            let letters = Array("abcdeفبپتچ".unicodeScalars)
            for level in NormalizationLevel.allCases {
                let map = DirectMap(normalizer, level: level)
                for _ in 0..<400 {
                    // Mostly plain letters, so that texts of one-for-one changes come up.
                    let scalars = (0..<Int.random(in: 1...10, using: &random)).map { _ in
                        Int.random(in: 0..<3, using: &random) == 0
                            ? pool[Int.random(in: 0..<pool.count, using: &random)]
                            : letters[Int.random(in: 0..<letters.count, using: &random)]
                    }
                    let text = String(String.UnicodeScalarView(scalars))
                    guard let fast = map.normalize(text) else {
                        slow += 1
                        continue
                    }
                    direct += 1
                    let expected = try normalizer.normalize(text, to: level, recordingChanges: true)
                    let place = "\(pack.tag) \(level) \(text.unicodeScalars.map(\.codePoint))"
                    #expect(fast.text == expected.text, "\(place)")
                    #expect(fast.offsets.normalizedCount == expected.offsets.normalizedCount)
                    #expect(fast.offsets.originalCount == expected.offsets.originalCount)
                    for offset in 0...expected.offsets.normalizedCount {
                        #expect(
                            fast.offsets.originalOffset(of: offset)
                                == expected.offsets.originalOffset(of: offset), "\(place)")
                    }
                    #expect(expected.changes.allSatisfy { $0.kind == .replaced }, "\(place)")
                }
            }
        }
        // Both paths are taken often enough for the comparison to mean something.
        #expect(direct > 5_000)
        #expect(slow > 1_000)
    }

    @Test func oneForOneChangesGoDirectAndTheRestDoNot() throws {
        let english = Normalizer(pack: try TestData.pack("en"))
        let key = DirectMap(english, level: .key)
        #expect(key.normalize("Hello WORLD ١٢ «Café»")?.text == "hello world 12 \"cafe\"")
        // A letter with a combining accent is NFC's business.
        #expect(key.normalize("Zu\u{0308}rich") == nil)
        let urdu = Normalizer(pack: try TestData.pack("ur"))
        let urduKey = DirectMap(urdu, level: .key)
        // A lone kasra is deleted, and the offsets after it step over it.
        let deleted = try #require(urduKey.normalize("ب\u{0650}ت“"))
        #expect(deleted.text == "بت\"")
        #expect((0...3).map(deleted.offsets.originalOffset(of:)) == [0, 2, 3, 4])
        // Two marks in a row (their order is NFC's), ی + ٔ (a rule of two characters) and
        // final Arabic heh (a rule that reads what follows) take the slow path.
        #expect(urduKey.normalize("ب\u{0651}\u{064E}") == nil)
        #expect(urduKey.normalize("ی\u{0654}") == nil)
        #expect(urduKey.normalize("ده") == nil)
        // İ's lower case is two characters (English folds it to I first, by a rule).
        #expect(urduKey.normalize("İ") == nil)
        #expect(key.normalize("İ")?.text == "i")
        // Unchanged text is handed back with the identity map.
        let same = try #require(urduKey.normalize("کتاب"))
        #expect(same.text == "کتاب" && same.offsets.isIdentity)
    }
}
