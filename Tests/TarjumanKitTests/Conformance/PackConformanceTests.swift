import Foundation
import Testing

@testable import TarjumanKit

/// Every pack in `locales/`, and one written at run time for a language the code has never
/// heard of, through every stage on a small parallel text (`Tests/Fixtures/conformance/`:
/// the English `en.txt` and its translation `<tag>.txt`, three paragraphs of two sentences):
/// segmentation is lossless and positioned, normalisation keeps its offset maps, glossary
/// terms are found where they are, alignment pairs the sentences, the check finds no
/// errors, and a prepared job merges back into the translation.
@Suite struct PackConformanceTests {
    /// The packs shipped, with their texts.
    static let shipped: [String] = [
        "ar", "bal-Arab-IR", "bal-Arab-PK", "bal-Latn", "fa", "hi", "ps", "sd", "ur",
    ]

    /// A pack for a language Tarjuman has no code for (the private-use tag `qaa`): Arabic
    /// script, its own full stop, one plural ending.
    static let unknownPackYAML = """
        tag: qaa
        name: Test language (private use)
        script: Arab
        direction: rtl
        digits: "۰۱۲۳۴۵۶۷۸۹"
        punctuation: {full_stop: "۔", question: "؟", comma: "،", semicolon: "؛"}
        segmentation:
          terminators: ["۔", "؟", "!"]
          unwrap: auto
        normalization:
          canonical:
            - {id: L0-qaa-01, from: "\\u0640", to: "", note: "tatweel"}
          orthographic:
            - {id: L1-qaa-01, from: "\\u0643", to: "\\u06A9", note: "Arabic kaf"}
          key:
            - {id: L2-qaa-01, from_each: "۰۱۲۳۴۵۶۷۸۹", to_each: "0123456789", note: "digits"}
        inflection:
          suffixes: ["وں"]
        """

    /// Its glossary, written next to it.
    static let unknownGlossary = """
        id\tsource\ttarget\tpos\tstatus\tvariants\tsource_variants\tcase\tmatch\tnote\tsource_ref
        balochistan\tBalochistan\tبلوچستان\tpropn\tpreferred\t\t\t\t\ttest\ttest
        gwadar\tGwadar\tگوادر\tpropn\tpreferred\t\t\t\t\ttest\ttest
        protest\tprotest\tاحتجاج\tnoun\tpreferred\t\t\t\t\ttest\ttest

        """

    /// What one language needs for the run: its pack, translation and glossary.
    struct Language: CustomTestStringConvertible, Sendable {
        let pack: LocalePack
        let text: String
        let glossary: Glossary?
        var testDescription: String { pack.tag }
    }

    static func shippedLanguage(_ tag: String) throws -> Language {
        let pack = try TestData.pack(tag)
        let text = try String(
            contentsOf: TestData.fixture("conformance/\(tag).txt"), encoding: .utf8)
        let path = TestData.root.appendingPathComponent("glossaries/en-\(tag).tsv").path
        let glossary =
            FileManager.default.fileExists(atPath: path)
            ? try GlossaryFile.read(path) : nil
        return Language(pack: pack, text: text, glossary: glossary)
    }

    /// The unknown language, loaded from files written into a temporary folder the way a user
    /// adds one: `locales/qaa.yaml` and `glossaries/en-qaa.tsv`.
    static func unknownLanguage() throws -> Language {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tarjuman-conformance-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let locales = folder.appendingPathComponent("locales")
        let glossaries = folder.appendingPathComponent("glossaries")
        try FileManager.default.createDirectory(at: locales, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: glossaries, withIntermediateDirectories: true)
        try unknownPackYAML.write(
            to: locales.appendingPathComponent("qaa.yaml"), atomically: true, encoding: .utf8)
        let glossaryFile = glossaries.appendingPathComponent("en-qaa.tsv")
        try unknownGlossary.write(to: glossaryFile, atomically: true, encoding: .utf8)
        let pack = try LocaleCatalog(folder: locales.path).pack(for: "qaa")
        // The Urdu text, with a tatweel and an Arabic kaf for the pack's own rules to meet.
        let text = try String(
            contentsOf: TestData.fixture("conformance/ur.txt"), encoding: .utf8
        ).replacingOccurrences(of: "بلوچستان", with: "بلوچـستان")
        return Language(pack: pack, text: text, glossary: try GlossaryFile.read(glossaryFile.path))
    }

    static func languages() throws -> [Language] {
        try shipped.map(shippedLanguage) + [unknownLanguage()]
    }

    @Test func everyShippedPackHasAConformanceText() throws {
        let tags = TestData.catalog.tags.filter { $0 != "en" }
        #expect(tags == Self.shipped)
    }

    @Test(arguments: try languages())
    func segmentationIsLosslessAndPositioned(_ language: Language) throws {
        let segments = try SentenceSegmenter(pack: language.pack).segments(in: language.text)
        let bytes = Array(language.text.utf8)
        #expect(segments.count == 6)
        #expect(segments.map(\.paragraph) == [1, 1, 2, 2, 3, 3])
        let lines = language.text.split(separator: "\n", omittingEmptySubsequences: false)
        for segment in segments {
            #expect(String(decoding: bytes[segment.byteRange], as: UTF8.self) == segment.text)
            let line = lines[segment.start.line - 1]
            let column = line.unicodeScalars.dropFirst(segment.start.column - 1)
            #expect(String(String.UnicodeScalarView(column)).hasPrefix(segment.text))
        }
    }

    @Test(arguments: try languages())
    func normalisationKeepsItsOffsetMaps(_ language: Language) throws {
        let normalizer = Normalizer(pack: language.pack)
        let original = Array(language.text.unicodeScalars)
        for level in NormalizationLevel.allCases {
            let result = try normalizer.normalize(language.text, to: level)
            let count = result.text.unicodeScalars.count
            var previous = 0
            for offset in 0..<count {
                let back = result.offsets.originalOffset(of: offset)
                #expect(back >= previous && back < original.count)
                previous = back
            }
            for change in result.changes {
                #expect(change.originalRange.upperBound <= original.count)
            }
            let again = try normalizer.normalize(result.text, to: level)
            #expect(again.text == result.text, "\(level) is not idempotent")
        }
    }

    @Test(arguments: try languages().filter { $0.glossary != nil })
    func glossaryTermsAreFoundWhereTheyAre(_ language: Language) throws {
        let glossary = try #require(language.glossary)
        let matcher = try TermMatcher(glossary: glossary, side: .target, pack: language.pack)
        let found = try matcher.occurrences(in: language.text)
        let scalars = Array(language.text.unicodeScalars)
        #expect(found.count >= 3)
        for occurrence in found {
            #expect(String(String.UnicodeScalarView(scalars[occurrence.range])) == occurrence.text)
        }
        // The runtime pack's tatweel and plural ending are honoured.
        if language.pack.tag == "qaa" {
            #expect(found.contains { $0.id == "balochistan" && $0.text == "بلوچـستان" })
        }
    }

    @Test(arguments: try languages())
    func alignmentPairsTheSentencesAndTheCheckFindsNoErrors(_ language: Language) throws {
        let english = try String(
            contentsOf: TestData.fixture("conformance/en.txt"), encoding: .utf8)
        let aligner = try DocumentAligner(
            sourcePack: TestData.pack("en"), targetPack: language.pack, glossary: language.glossary)
        let result = try aligner.align(source: .text(english), target: .text(language.text))
        #expect(result.beads.flatMap { Array($0.source) } == Array(0..<6))
        #expect(result.beads.flatMap { Array($0.target) } == Array(0..<6))
        #expect(result.beads.allSatisfy { $0.source.count == 1 && $0.target.count == 1 })
        let checker = try TranslationChecker(
            sourcePack: TestData.pack("en"), targetPack: language.pack, glossary: language.glossary)
        let findings = try checker.check(result, sourceFile: "en.txt", targetFile: "t.txt")
        #expect(findings.filter { $0.severity == .error }.isEmpty, "\(findings)")
    }

    @Test(arguments: try languages())
    func aPreparedJobMergesBackIntoTheTranslation(_ language: Language) throws {
        let english = try String(
            contentsOf: TestData.fixture("conformance/en.txt"), encoding: .utf8)
        var job = try JobPreparer(
            sourcePack: TestData.pack("en"), targetPack: language.pack, glossary: language.glossary
        ).prepare(.text(english), original: "en.txt")
        let sentences = try SentenceSegmenter(pack: language.pack).segments(in: language.text)
        var next = 0
        for unit in job.units.indices {
            for segment in job.units[unit].segments.indices {
                job.units[unit].segments[segment].target = sentences[next].text
                next += 1
            }
        }
        let merged = DocumentMerger(targetPack: language.pack).merge(job)
        #expect(merged.untranslated.isEmpty)
        let space = language.pack.punctuation.sentenceSpace
        let paragraphs = [0, 2, 4].map {
            sentences[$0].text + space + sentences[$0 + 1].text
        }
        #expect(merged.text == paragraphs.joined(separator: "\n\n") + "\n")
    }
}
