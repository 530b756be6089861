import Testing

@testable import TarjumanKit

/// A command writes the format its `-o` file is named for, and `--format` must agree with
/// the name (pass 43: `align -o memory.tmx` wrote TSV into it).
struct OutputFormatNamesTests {
    @Test func theNameOfTheOutputChoosesTheFormat() {
        #expect(AlignmentFormat.chosen(nil, output: "out/memory.TMX", fallback: .tsv) == .tmx)
        #expect(AlignmentFormat.chosen(nil, output: "beads.txt", fallback: .tsv) == .tsv)
        #expect(AlignmentFormat.chosen(nil, output: nil, fallback: .tsv) == .tsv)
        #expect(AlignmentFormat.chosen(.jsonl, output: "beads", fallback: .tsv) == .jsonl)
        #expect(AlignmentFormat.chosen(.tmx, output: "m.tmx", fallback: .tsv) == .tmx)
        // --format against the name: no format.
        #expect(AlignmentFormat.chosen(.tsv, output: "memory.tmx", fallback: .tsv) == nil)
        #expect(FindingFormat.chosen(nil, output: "report.sarif", fallback: .text) == .sarif)
        #expect(FindingFormat.chosen(nil, output: "junit.xml", fallback: .text) == .junit)
        #expect(FindingFormat.chosen(nil, output: "review.htm", fallback: .text) == .html)
        // .txt names any text: GitHub annotations fit it.
        #expect(FindingFormat.chosen(.github, output: "r.txt", fallback: .text) == .github)
        #expect(SegmentFormat.chosen(nil, output: "s.jsonl", fallback: .text) == .jsonl)
        // A dot at the start of a name, or in a folder's name, is no extension.
        #expect(SegmentFormat.chosen(nil, output: ".tsv", fallback: .text) == .text)
        #expect(SegmentFormat.chosen(nil, output: "a.tsv/out", fallback: .text) == .text)
    }
}
