import Testing

@testable import TarjumanKit

/// The byte-level scalar helpers agree with the standard library's scalar view.
@Suite struct StringScalarsTests {
    @Test(arguments: [
        "", "abc", "بلوچستان میں۔", "a\r\nb\rc", "😀 emoji 👍🏽", "e\u{0301}", "\u{FEFF}x",
        "تحریک\u{200C}کے", String(repeating: "ب", count: 10_000),
    ])
    func scalarCountAndArrayMatchTheScalarView(_ text: String) {
        #expect(text.scalarCount == text.unicodeScalars.count)
        #expect(text.scalarArray == Array(text.unicodeScalars))
    }

    /// Bidi controls go, everything else stays (ZWNJ, emoji, letters).
    @Test func bidiControlsAreTakenOut() {
        #expect("\u{200F}ٹھیک\u{061C} \u{2067}x\u{2069}".withoutBidiControls == "ٹھیک x")
        #expect("تحریک\u{200C}کے 😀".withoutBidiControls == "تحریک\u{200C}کے 😀")
    }
}
