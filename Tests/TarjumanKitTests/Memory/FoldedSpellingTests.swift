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

    @Test func signsAreLiteralInBothPatterns() throws {
        let en = try TestData.pack("en")
        let spelling = try FoldedSpelling("a*b?[c] .x", pack: en)
        #expect(spelling.glob == "*a[*]b[?][[]c] .x*")
        #expect(spelling.regularExpression == "a\\*b\\?\\[c\\]\\ \\.x")
        #expect(try FoldedSpelling("ـ", pack: try TestData.pack("ur")).glob == "")
    }
}
