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
}
