import ArgumentParser
import Foundation
import TarjumanKit

/// `tarjuman align`: pair the sentences of a source document and its translation.
struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align the sentences of a source document and its translation.",
        discussion: """
            Each side is segmented with its own locale pack; beads are 1:1, 2:1, 1:2, 1:0 \
            (omitted in the translation), 0:1 (added) or 2:2, scored by sentence length \
            (Gale–Church) and anchors: numbers in any digit script, glossary terms on both \
            sides, Latin words kept in the translation.
            Example: tarjuman align seeds/baloch-uprising.en.txt draft.ur.txt --format jsonl
            """)

    @OptionGroup var data: DataOptions

    @Option(
        name: .long, help: "Target locale (default: from the file name, e.g. draft.ur.txt → ur).")
    var locale: String?

    @Option(name: .customLong("source-locale"), help: "Source locale.")
    var sourceLocale = "en"

    @Option(
        name: .long,
        help: "Glossary whose terms anchor the alignment (default: glossaries/en-<target>.tsv).")
    var glossary: String?

    @Option(
        name: .long,
        help:
            "General word list whose words anchor sentences (default: glossaries/dictionaries/en-<target>.tsv; none to turn off)."
    )
    var dictionary: String?

    @Option(name: .long, help: "Output format: tsv, jsonl or tmx (TMX 1.4b translation memory).")
    var format: AlignmentFormat = .tsv

    @Option(
        name: [.short, .long], help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Argument(help: "The source document.")
    var source: String

    @Argument(help: "The translation.")
    var target: String

    func validate() throws {
        guard source != "-" || target != "-" else {
            throw ValidationError("only one of SOURCE and TARGET can be standard input (-)")
        }
    }

    func run() throws {
        try reportingFailures {
            guard let tag = locale ?? AlignCommand.locale(fromFileName: target) else {
                throw CommandFailure(
                    "error: cannot tell the language of \(target); name it like draft.ur.txt or pass --locale",
                    status: .usage)
            }
            let targetPack = try data.pack(for: tag)
            let sourcePack = try data.pack(for: sourceLocale)
            let glossaryPath =
                try glossary
                ?? data.directory().glossary(for: targetPack.tag)
            let terms = try glossaryPath.map { path throws(GlossaryError) in
                try GlossaryFile.read(path)
            }
            let aligner = try DocumentAligner(
                sourcePack: sourcePack, targetPack: targetPack, glossary: terms,
                dictionary: try data.dictionary(dictionary, target: targetPack.tag))
            try OutputSink.write(to: output) { sink in
                let header = format.header(
                    sourceLanguage: sourcePack.tag, targetLanguage: targetPack.tag,
                    date: TMX.now())
                if let header { try sink.write(header) }
                let write = { (result: DocumentAligner.Result) throws in
                    for bead in result.beads {
                        try sink.write(
                            format.line(
                                for: bead, in: result, sourceLanguage: sourcePack.tag,
                                targetLanguage: targetPack.tag))
                    }
                }
                // Paragraph by paragraph (memory bounded by the largest paragraph) when both
                // files have the same paragraphs; else the whole documents at once. A pipe is
                // read once and replayed from memory.
                let sourceInput = try ByteSource.replayable(source)
                let targetInput = try ByteSource.replayable(target)
                let streamed = try aligner.alignParagraphs(
                    source: sourceInput, target: targetInput, write)
                if !streamed {
                    try write(try aligner.align(source: sourceInput(), target: targetInput()))
                }
                if let footer = format.footer { try sink.write(footer) }
            }
        }
    }

    /// `draft.ur.txt` → `ur`, `x.bal-Arab-PK.txt` → `bal-Arab-PK`.
    static func locale(fromFileName path: String) -> String? {
        let parts = (path as NSString).lastPathComponent.split(separator: ".")
        guard parts.count >= 3 else { return nil }
        return String(parts[parts.count - 2])
    }
}
