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

    // `.unconditional`: `--jobs -1` reaches validate() ("at least 1") instead of being read
    // as an option named -1.
    @Option(
        parsing: .unconditional,
        help:
            "Threads that segment at once, at most one per processor (the default); the output is the same at any number."
    )
    var jobs: Int?

    @Argument(help: "The text file to segment, or - for standard input.")
    var file = "-"

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        try reportingFailures {
            // Resolved once: per paragraph it cost a generic look-up and a path split.
            let format = out.format
            let pack = try language.pack(for: file)
            let segmentation = try ParallelSegmentation(pack: pack, unwrap: unwrap, width: jobs)
            let source = try ByteSource.file(file)
            try OutputSink.write(to: out.output) { sink in
                // The header goes before the first segment: an empty input gives no output
                // in any format (pass 30: TSV gave its header alone).
                var header = format.header
                try segmentation.forEachRendered(of: source) { paragraph, sentences, output in
                    format.append(paragraph, sentences: sentences, to: &output)
                } write: { bytes throws(SegmentationError) in
                    do throws(InputError) {
                        guard bytes.count > 0 else { return }
                        if let pending = header {
                            try sink.write(pending)
                            header = nil
                        }
                        try sink.write(bytes: bytes)
                    } catch {
                        throw .output(error)
                    }
                }
            }
        }
    }
}
