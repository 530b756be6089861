import Testing

@testable import TarjumanKit

/// The source of a glossary may be any language: a pack without a stemmer is matched by
/// letters on its matching key, with its own inflection, on either side.
@Suite struct AnySourceLanguageTests {
    static let glossary = Glossary(
        sourceLanguage: "ur", targetLanguage: "bal-Arab-PK",
        entries: [
            GlossaryEntry(id: "region", source: "علاقہ", target: "دمگ", status: .preferred),
            GlossaryEntry(
                id: "teachers", source: "استاد", target: "استاد", status: .preferred,
                sourceVariants: ["اساتذہ"]),
        ])

    @Test func urduSourceTermsAreFoundInflectedAndWithArabicLetters() throws {
        let matcher = try TermMatcher(
            glossary: Self.glossary, side: .source, pack: try TestData.pack("ur"))
        // علاقوں: ہ → وں from ur.yaml; ك/ي typed on an Arabic keyboard match on the key.
        let found = try matcher.occurrences(in: "بلوچ علاقوں میں اساتذہ اور استاد آئے")
        #expect(found.map(\.id) == ["region", "teachers", "teachers"])
        #expect(found.map(\.text) == ["علاقوں", "اساتذہ", "استاد"])
    }

    @Test func balochiTargetsUseTheBalochiInflection() throws {
        let matcher = try TermMatcher(
            glossary: Self.glossary, side: .target, pack: try TestData.pack("bal-Arab-PK"))
        // دمگءَ: the object particle ءَ from bal-Arab-PK.yaml.
        #expect(try matcher.occurrences(in: "آ دمگءَ شت").map(\.text) == ["دمگءَ"])
    }

    @Test func anEnglishTargetIsMatchedByStem() throws {
        let glossary = Glossary(
            sourceLanguage: "ur", targetLanguage: "en",
            entries: [GlossaryEntry(id: "protest", source: "احتجاج", target: "protest")])
        let matcher = try TermMatcher(
            glossary: glossary, side: .target, pack: try TestData.pack("en"))
        #expect(try matcher.occurrences(in: "Protests spread.").map(\.text) == ["Protests"])
    }

    @Test func packsNameTheirStemmer() throws {
        #expect(try TestData.pack("en").inflection.stemmer == .porter2)
        #expect(try TestData.pack("ur").inflection.stemmer == nil)
        let broken = "tag: xx\nname: X\nscript: Latn\ninflection:\n  stemmer: snowball-xx\n"
        #expect {
            try LocalePack(yaml: broken, file: "xx.yaml")
        } throws: { error in
            "\(error)".contains("xx.yaml:5:12") && "\(error)".contains("porter2")
        }
    }
}
