import Testing

@testable import TarjumanKit

/// A phrase's spellings in an orthography: the letters folded into each of its letters.
@Suite struct FoldedSpellingTests {
    @Test func urduLettersTakeTheirArabicKeyboardFormsAlong() throws {
        let ur = try TestData.pack("ur")
        let spelling = try FoldedSpelling("ٹھيک ہے", pack: ur)
        // ي folds to ی: the query's letter is read in its Urdu form, with both.
        #expect(spelling.classes[2] == ["ی", "ي", "ى"])
        #expect(spelling.classes[3] == ["ک", "ك"])
        #expect(spelling.classes[4] == [" "])
        #expect(spelling.glob == "*ٹھ[یيى][کك] [ہه]ے*")
        #expect(spelling.regularExpression == "ٹھ[یيى][کك]\\ [ہه]ے")
        let text = "كيا يہ ٹھيک ہے؟ اور ٹھیک ہے"
        #expect(spelling.ranges(in: text).map { String(text[$0]) } == ["ٹھيک ہے", "ٹھیک ہے"])
    }

    /// Digits match in every script numbers are written in, in the patterns and the marks;
    /// a source is marked where its key holds the phrase as whole words (pass 23).
    @Test func digitsAndKeysFindWhatTheStoreFinds() throws {
        let ur = try TestData.pack("ur")
        let spelling = try FoldedSpelling("۲۰۰۹", pack: ur)
        #expect(spelling.classes[0].contains("2") && spelling.classes[0].contains("٢"))
        #expect(spelling.regularExpression.hasPrefix("[۲"))
        #expect(spelling.ranges(in: "سن 2009 میں").count == 1)
        let sentence = "Built in 2009 by the Café Owner, not the cafe owners."
        let marks = { (phrase: String) throws -> [String] in
            try SearchMarks.sourceRanges(
                of: phrase, in: sentence, normalizer: Normalizer(pack: try TestData.pack("en"))
            ).map { String(sentence[$0]) }
        }
        #expect(try marks("۲۰۰۹") == ["2009"])
        #expect(try marks("cafe owner") == ["Café Owner"])
        #expect(try marks("009").isEmpty)
        #expect(try marks("...").isEmpty)
        // Words, as the store matches them: punctuation and signs between them fold away
        // (pass 24: `2009.` listed `2009!` unmarked).
        #expect(try marks("2009.") == ["2009"])
        #expect(try marks("owner 😀") == ["Owner"])
        // Marks take whole characters (pass 24: `«ب»َ` left the fatha outside).
        let target = "بَندرگاہ 👍🏽"
        let widened = SearchMarks.wholeCharacters(
            try FoldedSpelling("ب", pack: ur).ranges(in: target)
                + (try FoldedSpelling("👍", pack: ur).ranges(in: target)), in: target)
        #expect(widened.map { String(target[$0]) } == ["بَ", "👍🏽"])
    }

    @Test func signsAreLiteralInBothPatterns() throws {
        let en = try TestData.pack("en")
        let spelling = try FoldedSpelling("a*b?[c] .x", pack: en)
        #expect(spelling.glob == "*a[*]b[?][[]c] .x*")
        #expect(spelling.regularExpression == "a\\*b\\?\\[c\\]\\ \\.x")
        #expect(try FoldedSpelling("ـ", pack: try TestData.pack("ur")).glob == "")
    }
}
