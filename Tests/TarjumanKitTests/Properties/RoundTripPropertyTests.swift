import Foundation
import Testing

@testable import TarjumanKit

/// Promises that must hold on any text, checked on seeded random documents in every
/// orthography (the same cases on every run).
@Suite struct RoundTripPropertyTests {
    static let tags = ["en", "ur", "bal-Arab-PK", "bal-Arab-IR", "bal-Latn"]
    static let cases = 25

    @Test(arguments: tags)
    func normalisingIsIdempotentWithMonotonicOffsetMaps(_ tag: String) throws {
        var text = RandomText(random: SeededRandom(seed: 1))
        let normalizer = Normalizer(pack: try TestData.pack(tag))
        for _ in 0..<Self.cases {
            let document = text.document(tag)
            for level in NormalizationLevel.allCases {
                let once = try normalizer.normalize(document, to: level)
                #expect(try normalizer.normalize(once.text, to: level).text == once.text)
                let offsets = (0...once.offsets.normalizedCount).map {
                    once.offsets.originalOffset(of: $0)
                }
                #expect(offsets == offsets.sorted())
                #expect(offsets.last == once.offsets.originalCount)
            }
        }
    }

    @Test(arguments: tags.dropFirst())
    func beadsCoverEverySentenceOnceInOrder(_ tag: String) throws {
        var text = RandomText(random: SeededRandom(seed: 2))
        let aligner = try DocumentAligner(
            sourcePack: TestData.pack("en"), targetPack: TestData.pack(tag))
        for _ in 0..<Self.cases {
            let result = try aligner.align(
                sourceText: text.document("en"), targetText: text.document(tag))
            #expect(result.beads.flatMap { Array($0.source) } == Array(result.source.indices))
            #expect(result.beads.flatMap { Array($0.target) } == Array(result.target.indices))
            #expect(result.beads.allSatisfy { !$0.source.isEmpty || !$0.target.isEmpty })
        }
    }

    @Test(arguments: tags.dropFirst())
    func glossariesSurviveTSVToTBXToTSV(_ tag: String) throws {
        var text = RandomText(random: SeededRandom(seed: 3))
        for _ in 0..<Self.cases {
            let entries = (0..<Int.random(in: 1...20, using: &text.random)).map { index in
                GlossaryEntry(
                    id: "c\(index)", source: text.word("en") + " " + text.word("en"),
                    target: text.word(tag) + " " + text.word(tag),
                    status: TermStatus.allCases[index % TermStatus.allCases.count],
                    note: text.sentence("en") + " \"quoted\"\t& <b>")
            }
            let glossary = Glossary(sourceLanguage: "en", targetLanguage: tag, entries: entries)
            for version in [TBX.Version.v2, .v3] {
                let tbx = TBX.write(glossary, version: version)
                let back = try TBX.read(Data(tbx.utf8), file: "g.tbx")
                let tsv = GlossaryTSV.read(GlossaryTSV.write(back), file: "g.en-\(tag).tsv")
                #expect(tsv.findings.isEmpty)
                #expect(tsv.glossary.entries.map(\.target) == entries.map(\.target))
                #expect(tsv.glossary.entries.map(\.source) == entries.map(\.source))
                #expect(tsv.glossary.entries.map(\.status) == entries.map(\.status))
                #expect(tsv.glossary.entries.map(\.note) == entries.map(\.note))
            }
        }
    }

    @Test(arguments: WorksheetFormat.all)
    func prepareFillMergeGivesEveryTranslationInOrder(_ format: WorksheetFormat) throws {
        var text = RandomText(random: SeededRandom(seed: 4))
        for tag in Self.tags.dropFirst() {
            let preparer = try JobPreparer(
                sourcePack: TestData.pack("en"), targetPack: TestData.pack(tag), glossary: nil)
            for _ in 0..<5 {
                let source = text.document("en")
                var job = try preparer.prepare(.text(source), original: "doc.en.txt")
                #expect(job.sourceText == source)
                var translations: [String] = []
                for unit in job.units.indices {
                    for segment in job.units[unit].segments.indices {
                        let translation = text.sentence(tag)
                        translations.append(translation)
                        job.units[unit].segments[segment].target = translation
                        job.units[unit].segments[segment].origin = .translator
                    }
                }
                let written = format.document(job)
                let filled = try format.read(
                    .text(written, name: "doc.\(tag).\(format.fileExtension)"))
                #expect(filled.structureProblems().isEmpty)
                #expect(filled.sourceText == source)
                let merged = DocumentMerger(targetPack: try TestData.pack(tag)).merge(filled)
                #expect(merged.untranslated.isEmpty)
                var rest = Substring(merged.text)
                for translation in translations {
                    let core = String(translation.dropLast())
                    guard let found = rest.range(of: core) else {
                        Issue.record("\(format) \(tag): '\(core)' missing or out of order")
                        break
                    }
                    rest = rest[found.upperBound...]
                }
            }
        }
    }
}
