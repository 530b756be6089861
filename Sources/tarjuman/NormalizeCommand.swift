import ArgumentParser
import TarjumanKit

/// `tarjuman normalize`: rewrite a text in a pack's normal form.
struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Normalise a text: canonical (L0), orthographic (L1) or matching key (L2).",
        discussion: """
            Without --report the normalised text goes to standard output (or --output). With \
            --report, standard output lists every change as file:line:column, the code points \
            before and after, and the rule id; spellings the pack cannot decide (Urdu \
            non-final ه) are listed as ambiguous and left unchanged.
            Example: tarjuman normalize --locale ur --level orthographic --report draft.ur.txt
            """)

    @OptionGroup var language: FileLanguageOptions

    @Option(name: .long, help: "canonical (L0), orthographic (L1, default) or key (L2).")
    var level: NormalizationLevel = .orthographic

    @Flag(name: .long, help: "List the changes instead of printing the text.")
    var report = false

    @Option(name: [.short, .long], help: "Write the normalised text to this file (atomically).")
    var output: String?

    @Argument(help: "The text file to normalise, or - for standard input.")
    var file = "-"

    func validate() throws {
        if let output, let message = OutputExtension.misnamedText(output, command: "normalize") {
            throw ValidationError(message)
        }
    }

    func run() throws {
        try reportingFailures {
            let normalizer = Normalizer(pack: try language.pack(for: file))
            let source = try ByteSource.file(file)
            let textSink = report && output == nil ? nil : try OutputSink(path: output)
            let reportSink = report ? try OutputSink(path: nil) : nil
            var ambiguous = 0
            do {
                var reader = LineChunkReader(source: source)
                while let chunk = try reader.next() {
                    // A piece at a time: a long line's change records never pile up.
                    do {
                        try normalize(chunk)
                    } catch let error as Normalizer.PieceError {
                        let place = SourcePosition(
                            line: chunk.line + error.position.line - 1,
                            column: error.position.column)
                        throw CommandFailure(
                            "\(source.name):\(place): error: \(error.message)", status: .usage)
                    }
                }
                func normalize(_ chunk: LineChunkReader.Chunk) throws {
                    // Without --report only the ambiguities are counted: no record is kept
                    // of each change (a case-folded key changes every capital).
                    try normalizer.normalize(
                        chunk.text, to: level, recordingChanges: report, piecesOf: 1 << 16
                    ) {
                        result, start in
                        try textSink?.write(result.text)
                        let inFile = Normalizer.PieceStart(
                            scalarOffset: start.scalarOffset,
                            position: SourcePosition(
                                line: chunk.line + start.position.line - 1,
                                column: start.position.column))
                        for change in result.changes {
                            if change.kind == .ambiguous { ambiguous += 1 }
                            try reportSink?.write(
                                NormalizationReport.line(
                                    for: change.shifted(to: inFile), file: source.name))
                        }
                    }
                }
                // The report (standard output) first: when it cannot be written, the -o file
                // is left as it was (pass 30: it was replaced, then the run exited 2).
                try reportSink?.finish()
                try textSink?.finish()
            } catch {
                textSink?.abandon()
                throw error
            }
            if ambiguous > 0 && !report {
                StandardError.write(
                    "note: \(ambiguous) ambiguous spelling(s) left unchanged; run with --report to list them"
                )
            }
        }
    }
}
