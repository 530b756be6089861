import ArgumentParser
import Foundation
import TarjumanKit

/// `tarjuman prepare`: turn a source document into a file for a translator to fill in.
struct PrepareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prepare",
        abstract: "Make an XLIFF 2.0 file, TSV worksheet or Markdown worksheet to translate.",
        discussion: """
            One unit per paragraph, one segment per sentence, ids stable for the same text \
            (p3s2 = paragraph 3, sentence 2). Glossary terms of each sentence are attached \
            with their renderings; sentences found in a translation memory (--tm) are filled \
            in and marked tm-exact. The layout of the source is kept in the file, so \
            `tarjuman merge` rebuilds the document.
            Example: tarjuman prepare seeds/baloch-uprising.en.txt --to ur -o uprising.ur.xlf
            """)

    @OptionGroup var data: DataOptions

    @Option(name: .long, help: "Target locale (ur, bal-Arab-PK, …).")
    var to: String

    @Option(
        name: .long,
        help: "Source locale (default: from the file name, e.g. doc.ur.txt → ur, else en).")
    var from: String?

    @Option(
        name: .long,
        help: "xliff, tsv or md (default: from the --output extension, else xliff).")
    var format: WorksheetFormat?

    @Option(
        name: .long,
        help: "Glossary (default: glossaries/<source>-<target>.tsv when it exists).")
    var glossary: String?

    @Flag(name: .customLong("no-glossary"), help: "Attach no glossary terms.")
    var noGlossary = false

    @Option(name: .long, help: "A TMX translation memory whose exact matches are filled in.")
    var tm: [String] = []

    @Option(
        name: .customLong("tm-db"),
        help:
            "A memory store (tarjuman tm import --tm-db): its best match at or above --min-match fills each sentence, exact ones as translated, fuzzy ones as drafts to confirm."
    )
    var database: String?

    @Option(
        name: .customLong("min-match"), parsing: .unconditional,
        help: "Lowest fuzzy score filled in from --tm-db (default: 75).")
    var minimumMatch: Int?

    @Option(
        name: .customLong("matches"), parsing: .unconditional,
        help:
            "How many --tm-db matches to list with each sentence, best first: XLIFF translation candidates (mtc:matches), the worksheets' match column (default: 3)."
    )
    var matchCount: Int?

    @Option(
        name: [.short, .long], help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Argument(help: "The source document.")
    var source: String

    func validate() throws {
        if let minimumMatch, !(1...100).contains(minimumMatch) {
            throw ValidationError("--min-match is a score from 1 to 100; got \(minimumMatch)")
        }
        if let matchCount, !(1...20).contains(matchCount) {
            throw ValidationError("--matches is from 1 to 20; got \(matchCount)")
        }
        if database == nil && (minimumMatch != nil || matchCount != nil) {
            throw ValidationError(
                "--min-match and --matches apply to the fuzzy matches of a memory store; add "
                    + "--tm-db FILE (a TMX given with --tm fills exact matches only)")
        }
        if noGlossary && glossary != nil {
            throw ValidationError("--no-glossary and --glossary contradict each other; give one")
        }
        // Pass 29: the second reader found standard input empty, and said so misleadingly.
        if ([source] + tm).count(where: { $0 == "-" }) > 1 {
            throw ValidationError(
                "standard input (-) can be read once; name it once (the document or one --tm)")
        }
        if let format, let output, let named = try? WorksheetFormat(path: output), named != format {
            throw ValidationError(
                "--format \(format.name) does not fit \(output), a .\(named.fileExtension) name; "
                    + "name the file .\(format.fileExtension), or drop --format")
        }
        // A memory's or a report's name would get an XLIFF job under it (pass 47: -o job.tmx).
        if let output,
            let named = OutputExtension.foreign(
                output, own: Set(WorksheetFormat.all.flatMap(\.extensions)))
        {
            throw ValidationError(
                "\(output): prepare writes jobs, no .\(named) files; name the file .xlf, .tsv or .md"
            )
        }
    }

    func run() throws {
        try reportingFailures {
            let sourcePack = try data.pack(for: data.sourceLocale(from, file: source))
            let targetPack = try data.pack(for: to)
            guard sourcePack.tag != targetPack.tag else {
                throw CommandFailure(
                    "error: the source and the target are both \(targetPack.tag); give --to the "
                        + "translation's language (and --from the source's, if the file name "
                        + "does not say it)", status: .usage)
            }
            let chosen =
                format ?? output.flatMap { try? WorksheetFormat(path: $0) }
                ?? .xliff
            let glossaryPath =
                noGlossary
                ? nil
                : try glossary
                    ?? data.defaultGlossary(source: sourcePack, target: targetPack)
            let terms = try glossaryPath.map { path in
                try data.glossary(at: path, target: targetPack.tag)
            }
            try data.refuseOtherPair(
                terms, path: glossaryPath, option: "glossary", source: sourcePack,
                target: targetPack)
            var pairs: [TranslationPair] = []
            if !tm.isEmpty {
                let selectors = try data.selectors(sourcePack, targetPack)
                for path in tm {
                    let contents = try TMX.read(
                        path: path, source: selectors.source, target: selectors.target)
                    if contents.pairs.isEmpty {
                        StandardError.write(
                            "warning: \(path) holds no \(sourcePack.tag) → \(targetPack.tag) pairs "
                                + "(\(contents.skipped) units in other languages)")
                    }
                    pairs += contents.pairs
                }
            }
            var memoryOptions = MemoryOptions()
            memoryOptions.database = database
            let store = try database.map { _ in try memoryOptions.open(creating: false) }
            let preparer = try JobPreparer(
                sourcePack: sourcePack, targetPack: targetPack, glossary: terms,
                memory: tm.isEmpty ? nil : TranslationMemory(pairs: pairs), store: store,
                minimumMatch: minimumMatch ?? 75, candidates: matchCount ?? 3)
            let job = try preparer.prepare(
                try ByteSource.file(source), original: (source as NSString).lastPathComponent)
            let document = try chosen.readable(
                chosen.document(
                    job, sourceDirection: sourcePack.direction,
                    targetDirection: targetPack.direction,
                    glossaryName: glossaryPath.map { ($0 as NSString).lastPathComponent }),
                for: job)
            try OutputSink.write(to: output) { sink in try sink.write(document) }
            let segments = job.segments
            let filled = segments.filter { $0.origin == .memory }.count
            let fuzzy = segments.filter { $0.origin == .draft }.count
            let hinted = segments.filter { !$0.terms.isEmpty }.count
            StandardError.write(
                "prepared \(segments.count) sentences in \(job.units.count) paragraphs "
                    + "(\(hinted) with glossary terms, \(filled) filled from translation memory"
                    + (store == nil ? ")" : ", \(fuzzy) fuzzy matches to confirm)"))
        }
    }
}
