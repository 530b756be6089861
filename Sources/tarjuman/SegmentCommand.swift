import ArgumentParser
import TarjumanKit

/// `tarjuman segment`: split a document into sentences.
struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split a text into sentences with exact source positions.",
        discussion: """
            Each segment gets a stable id (p<paragraph>s<sentence>), its byte range and \
            line:column (columns count Unicode scalars). Segments plus the white space between \
            them reproduce the input byte for byte.
            Example: tarjuman segment --locale ur --format jsonl seeds/baloch-uprising.ur.txt
            """)

    @OptionGroup var language: FileLanguageOptions

    @Option(
        name: .long,
        help:
            "Treat single line breaks as hard wrapping: never, auto or always (default: the pack's)."
    )
    var unwrap: UnwrapPolicy?

    @OptionGroup var out: FormatAndOutput<SegmentFormat>

    @Argument(help: "The text file to segment, or - for standard input.")
    var file = "-"

    func run() throws {
        try reportingFailures {
            // Resolved once: per paragraph it cost a generic look-up and a path split.
            let format = out.format
            let pack = try language.pack(for: file)
            let segmenter = try SentenceSegmenter(pack: pack, unwrap: unwrap)
            let source = try ByteSource.file(file)
            try OutputSink.write(to: out.output) { sink in
                // The header goes before the first segment: an empty input gives no output
                // in any format (pass 30: TSV gave its header alone).
                var header = format.header
                try segmenter.forEachParagraph(of: source) { paragraph throws(SegmentationError) in
                    do throws(InputError) {
                        if let pending = header, !paragraph.spans.isEmpty {
                            try sink.write(pending)
                            header = nil
                        }
                        // A piece at a time, so that the output of one long paragraph is
                        // never held whole.
                        let spans = paragraph.spans.indices
                        for start in stride(from: spans.lowerBound, to: spans.upperBound, by: 1024)
                        {
                            let piece = start..<min(start + 1024, spans.upperBound)
                            try sink.append {
                                format.append(paragraph, sentences: piece, to: &$0)
                            }
                        }
                    } catch {
                        throw .output(error)
                    }
                }
            }
        }
    }
}
