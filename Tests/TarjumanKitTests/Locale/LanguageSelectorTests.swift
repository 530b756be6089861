import Foundation
import Testing

@testable import TarjumanKit

@Suite struct LanguageSelectorTests {
    private func selector(_ tag: String) throws -> LanguageSelector {
        LanguageSelector(pack: try TestData.catalog.pack(for: tag), catalog: TestData.catalog)
    }

    @Test(arguments: [
        ("ur", "ur"), ("ur", "UR-pk"), ("ur", "urd"), ("ur", "ur_Arab_IN"),
        ("bal", "bal-Arab-PK"), ("bal", "bcc"), ("bal-Arab-IR", "bal-IR"), ("en", "en-US"),
    ])
    func aPackTakesItsTagsAliasesAndLongerForms(_ asked: String, _ found: String) throws {
        #expect(try selector(asked).accepts(found))
    }

    @Test(arguments: [
        ("ur", "ur-Latn"), ("ur", "urr"), ("ur", ""), ("bal", "bal-Latn"), ("bal", "bal-IR"),
        ("bal-Arab-IR", "bal"), ("en", "enm"), ("en", "ur"),
    ])
    func anotherScriptOrPackIsNotTheLanguage(_ asked: String, _ found: String) throws {
        #expect(try !selector(asked).accepts(found))
    }

    @Test func aTagAloneTakesLongerAndShorterForms() {
        let selector = LanguageSelector("bal-Arab-PK")
        #expect(selector.tag == "bal-Arab-PK")
        #expect(selector.accepts("bal") && selector.accepts("BAL_arab_pk"))
        #expect(selector.accepts("bal-Arab-PK-x-old"))
        #expect(selector.accepts("bal-Arab") && !selector.accepts("bal-Latn"))
        #expect(!LanguageSelector("ur").accepts("urd"))
    }

    @Test func aTMXVariantInAnotherScriptIsNotTheTarget() throws {
        let tmx = """
            <tmx version="1.4"><header srclang="en"/><body>
            <tu><tuv xml:lang="en"><seg>Water.</seg></tuv><tuv xml:lang="ur-Latn"><seg>Pani.</seg></tuv>
            <tuv xml:lang="urd"><seg>پانی۔</seg></tuv></tu>
            <tu><tuv xml:lang="en-GB"><seg>Bread.</seg></tuv><tuv xml:lang="ur-Latn"><seg>Roti.</seg></tuv></tu>
            </body></tmx>
            """
        let contents = try TMX.read(
            Data(tmx.utf8), file: "m.tmx", source: try selector("en"), target: try selector("ur"))
        #expect(contents.pairs == [TranslationPair(source: "Water.", target: "پانی۔")])
        #expect(contents.skipped == 1)
    }

    /// Each translation of a unit counts: a `ur` and a `ur-PK` variant that differ are two
    /// pairs (the second was dropped without a word, hostile pass 20), the same text once.
    @Test func everyTranslationOfAUnitIsAPair() throws {
        let tmx = """
            <tmx version="1.4"><header srclang="en"/><body>
            <tu><tuv xml:lang="en"><seg>Water.</seg></tuv><tuv xml:lang="ur"><seg>پانی۔</seg></tuv>
            <tuv xml:lang="ur-PK"><seg>آب۔</seg></tuv><tuv xml:lang="UR"><seg>پانی۔</seg></tuv>
            <tuv xml:lang="ur-IN"><seg> پانی۔  </seg></tuv></tu>
            </body></tmx>
            """
        let contents = try TMX.read(
            Data(tmx.utf8), file: "m.tmx", source: try selector("en"), target: try selector("ur"))
        #expect(contents.pairs.map(\.target) == ["آب۔", "پانی۔"])
        #expect(contents.pairs.allSatisfy { $0.source == "Water." } && contents.skipped == 0)
    }
}
