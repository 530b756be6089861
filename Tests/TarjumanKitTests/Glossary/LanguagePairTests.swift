import Testing

@testable import TarjumanKit

/// The language pair of a glossary comes from its file name, whatever prefix it has.
@Suite struct LanguagePairTests {
    @Test(arguments: [
        ("en-ur.tsv", "en", "ur"), ("glossaries/en-bal-Arab-PK.tsv", "en", "bal-Arab-PK"),
        ("x.en-ur.tsv", "en", "ur"), ("my-en-ur.tsv", "en", "ur"),
        ("ur-bal-Arab-PK.tbx", "ur", "bal-Arab-PK"), ("terms.en-ur-PK.csv", "en", "ur-PK"),
        ("project-2024-en-hi.tsv", "en", "hi"), ("en-ur (1).tsv", "en", "ur"),
        ("en-ur.v2.tsv", "en", "ur"), ("bal-Arab-PK-ur.tsv", "bal-Arab-PK", "ur"),
        ("en-US-ur.tsv", "en-US", "ur"), ("hi-Deva-ur.tsv", "hi-Deva", "ur"),
        ("bal-Latn-en.tsv", "bal-Latn", "en"),
        // A name in capitals reads as the tags in their usual case.
        ("EN-UR.tsv", "en", "ur"), ("X.EN-BAL-ARAB-PK.TSV", "en", "bal-Arab-PK"),
        // So does one in mixed case: tags are case-insensitive (pass 37).
        ("En-UR.tsv", "en", "ur"), ("en-Bal-Arab-PK.tsv", "en", "bal-Arab-PK"),
        ("en-BAL.tbx", "en", "bal"),
        // A word of the file's own after the pair (pass 48: no languages were read, and
        // check took the glossary for any pair).
        ("en-ur-v2.tsv", "en", "ur"), ("en-ur-final.tsv", "en", "ur"),
        ("en-bal-Arab-PK-2024.tsv", "en", "bal-Arab-PK"),
    ])
    func pairsComeFromTheLastTwoTags(_ name: String, _ source: String, _ target: String) {
        let pair = Glossary.languagePair(fromFileName: name)
        #expect(pair?.source == source)
        #expect(pair?.target == target)
    }

    @Test(arguments: ["weird.tsv", "en.tsv", "Report-Final.tsv", "en-ur-xyz-q.tsv"])
    func namesWithoutAPairSayNothing(_ name: String) {
        #expect(Glossary.languagePair(fromFileName: name) == nil)
    }
}
