import Testing

@testable import TarjumanKit

/// Alignment output that names its pair when several pairs share one output.
@Suite struct AlignmentFormatTests {
    /// TMX unit ids carry the translation's path as given: two folders holding the same file
    /// names give distinct ids.
    @Test func tmxUnitIdsCarryTheTranslationsPath() throws {
        let result = try DocumentAligner(
            sourcePack: try TestData.pack("en"), targetPack: try TestData.pack("ur")
        ).align(sourceText: "The port is large.\n", targetText: "بندرگاہ بڑی ہے۔\n")
        let bead = try #require(result.beads.first)
        let ids = ["x", "y"].map { folder in
            AlignmentFormat.tmx.line(
                for: bead, in: result, targetLanguage: "ur",
                files: ("\(folder)/c.en.txt", "\(folder)/c.ur.txt"))
        }
        #expect(ids[0].contains("tuid=\"x/c.ur.txt#p1s1\""))
        #expect(ids[1].contains("tuid=\"y/c.ur.txt#p1s1\""))
    }

    /// Aligned paragraph by paragraph, each TMX unit states its neighbours in the document:
    /// across paragraphs before it, and "" after the document's last sentence; only the
    /// last sentence of a paragraph before the last has no stated context (its next
    /// sentence is not read yet).
    @Test func tmxUnitsStateTheirContextAcrossParagraphs() throws {
        let aligner = try DocumentAligner(
            sourcePack: try TestData.pack("en"), targetPack: try TestData.pack("ur"))
        var lines: [String] = []
        let write = { (result: DocumentAligner.Result) in
            for bead in result.beads {
                lines.append(AlignmentFormat.tmx.line(for: bead, in: result, targetLanguage: "ur"))
            }
        }
        let streamed = try aligner.alignParagraphs(
            source: { .text("The port is large. It was built in 2007.\n\nThe road came later.\n") },
            target: { .text("بندرگاہ بڑی ہے۔ یہ 2007ء میں بنی۔\n\nسڑک بعد میں آئی۔\n") },
            write)
        #expect(streamed)
        #expect(lines.count == 3)
        #expect(lines[0].contains(#"<prop type="x-context-pre"></prop>"#))
        #expect(lines[0].contains(#"<prop type="x-context-post">It was built in 2007.</prop>"#))
        #expect(!lines[1].contains("x-context"))
        #expect(lines[2].contains(#"<prop type="x-context-pre">It was built in 2007.</prop>"#))
        #expect(lines[2].contains(#"<prop type="x-context-post"></prop>"#))
    }
}
