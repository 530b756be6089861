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

    /// A name for another command's format is no name for this one's (`segment -o
    /// memory.tmx` wrote text into it, exit 0); a name no command writes leaves the choice
    /// to `--format` and the fallback.
    @Test func aNameForAnotherCommandsFormatChoosesNone() {
        #expect(SegmentFormat.chosen(nil, output: "memory.tmx", fallback: .text) == nil)
        #expect(SegmentFormat.chosen(.tsv, output: "memory.TMX", fallback: .text) == nil)
        #expect(FindingFormat.chosen(nil, output: "report.tsv", fallback: .text) == nil)
        #expect(AlignmentFormat.chosen(nil, output: "beads.sarif", fallback: .tsv) == nil)
        #expect(SegmentFormat.chosen(.jsonl, output: "s.out", fallback: .text) == .jsonl)
        #expect(FindingFormat.chosen(nil, output: "report.log", fallback: .text) == .text)
        // A job, a worksheet or a glossary is another command's (pass 51: `segment -o x.md`
        // wrote lines under a worksheet's name); XML is no one format (TMX is XML), and .txt
        // names any text.
        #expect(SegmentFormat.chosen(nil, output: "job.xlf", fallback: .text) == nil)
        #expect(FindingFormat.chosen(nil, output: "report.md", fallback: .text) == nil)
        #expect(SegmentFormat.chosen(nil, output: "terms.csv", fallback: .text) == nil)
        #expect(AlignmentFormat.chosen(nil, output: "glossary.utf8", fallback: .tsv) == nil)
        #expect(SegmentFormat.chosen(nil, output: "s.txt", fallback: .text) == .text)
        #expect(AlignmentFormat.chosen(.tmx, output: "corpus.xml", fallback: .tsv) == .tmx)
        #expect(SegmentFormat.chosen(nil, output: "s.xml", fallback: .text) == .text)
        // A document's text is no job, memory or glossary (pass 52); Markdown is a document.
        #expect(OutputExtension.misnamedText("out.XLF", command: "merge") != nil)
        #expect(OutputExtension.misnamedText("out.csv", command: "normalize") != nil)
        #expect(OutputExtension.misnamedText("out.md", command: "merge") == nil)
        #expect(OutputExtension.misnamedText("out.ur.txt", command: "merge") == nil)
        #expect(OutputExtension.of("dir.v2/Report.SARIF") == "sarif")
        #expect(OutputExtension.of("dir.v2/.sarif") == "")
    }
}
