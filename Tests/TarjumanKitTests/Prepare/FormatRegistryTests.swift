import Foundation
import Testing

@testable import TarjumanKit

/// Glossary and worksheet formats are found by name and extension in one list each, and
/// every format in a list reads back what it writes.
@Suite struct FormatRegistryTests {
    @Test func namesAndExtensionsNameOneFormatEach() throws {
        let glossaryExtensions = GlossaryFormat.all.flatMap(\.extensions)
        #expect(Set(glossaryExtensions).count == glossaryExtensions.count)
        #expect(GlossaryFormat.all.map(\.name) == ["tsv", "tbx", "csv", "omegat"])
        for format in GlossaryFormat.all {
            for found in format.extensions {
                #expect(try GlossaryFormat(path: "dir.tbx/g.en-ur." + found.uppercased()) == format)
            }
        }
        let worksheetExtensions = WorksheetFormat.all.flatMap(\.extensions)
        #expect(Set(worksheetExtensions).count == worksheetExtensions.count)
        for format in WorksheetFormat.all {
            #expect(WorksheetFormat(name: format.name) == format)
            #expect(try WorksheetFormat(path: "job." + format.fileExtension) == format)
        }
        #expect(WorksheetFormat(name: "xlf") == nil)
    }

    /// A prepared file is only written when its format's reader takes it back, once each
    /// sentence still to translate has room for twice its source's bytes.
    @Test func aJobLargerThanItsReaderTakesOnceTranslatedIsRefused() throws {
        let sentence = String(repeating: "a", count: 1_000)
        func job(translated: Bool) -> TranslationJob {
            TranslationJob(
                sourceLanguage: "en", targetLanguage: "ur", original: "a.txt",
                units: [
                    TranslationUnit(
                        id: "p1",
                        segments: [
                            TranslationSegment(
                                id: "p1s1", source: sentence, after: "",
                                target: translated ? "ب" : nil,
                                origin: translated ? .translator : .none, position: .start)
                        ])
                ])
        }
        let fits = String(repeating: "x", count: InputLimits.xmlBytes - 1_500)
        #expect(
            throws: ExchangeError.jobTooLarge(
                format: "xliff", bytes: InputLimits.xmlBytes + 500, limit: InputLimits.xmlBytes)
        ) { try WorksheetFormat.xliff.readable(fits, for: job(translated: false)) }
        #expect(try WorksheetFormat.xliff.readable(fits, for: job(translated: true)) == fits)
        #expect(try WorksheetFormat.tsv.readable(fits, for: job(translated: false)) == fits)
        #expect(
            ExchangeError.jobTooLarge(format: "xliff", bytes: 76_772_938, limit: 64 << 20)
                .description.hasPrefix(
                    "error: the xliff file would be about 74 MB once translated, more than the 64 MB"
                ))
    }

    @Test func anUnknownExtensionListsTheKnownOnes() {
        #expect(throws: GlossaryError.unknownFormat(file: "g.xlsx")) {
            try GlossaryFormat(path: "g.xlsx")
        }
        let message = GlossaryError.unknownFormat(file: "g.xlsx").description
        #expect(
            message
                == "g.xlsx: error: unknown glossary format; name the file .tsv or .txt (tsv), "
                + ".tbx (tbx), .csv (csv), .utf8 or .tab (omegat)")
        #expect(throws: ExchangeError.self) { try WorksheetFormat(path: "job.docx") }
        // Standard input and pipes: save them to a named file (pass 43).
        #expect(
            GlossaryError.unknownFormat(file: "-").description.hasSuffix(
                "save standard input or a pipe to such a file first"))
    }

    @Test(arguments: GlossaryFormat.all)
    func everyGlossaryFormatReadsBackWhatItWrites(_ format: GlossaryFormat) throws {
        let glossary = Glossary(
            sourceLanguage: "en", targetLanguage: "ur",
            entries: [
                GlossaryEntry(id: "1", source: "court", target: "عدالت"),
                GlossaryEntry(id: "2", source: "enforced disappearance", target: "جبری گمشدگی"),
            ])
        let back = try format.read(
            .text(format.text(glossary), name: "g.en-ur." + format.extensions[0]))
        #expect(back.entries.map(\.source) == ["court", "enforced disappearance"])
        #expect(back.entries.map(\.target) == ["عدالت", "جبری گمشدگی"])
    }
}
