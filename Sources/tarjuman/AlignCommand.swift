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

    @Option(
        name: .customLong("source-locale"),
        help: "Source locale (default: from the file name, e.g. doc.ur.txt → ur, else en).")
    var sourceLocale: String?

    @Option(
        name: .long,
        help:
            "Glossary whose terms anchor the alignment (default: glossaries/<source>-<target>.tsv)."
    )
    var glossary: String?

    @Option(
        name: .long,
        help:
            "General word list whose words anchor sentences (default: glossaries/dictionaries/<source>-<target>.tsv; none to turn off)."
    )
    var dictionary: String?

    @OptionGroup var out: FormatAndOutput<AlignmentFormat>

    @Flag(
        name: .long,
        help:
            "Line-aligned files: each line is one segment (empty lines too); report where the files drift out of step and exit 1 if they do."
    )
    var lines = false

    @OptionGroup var batch: BatchOptions

    @Argument(
        help: "SOURCE TARGET: the source document and its translation (repeat for more pairs).")
    var files: [String] = []

    func validate() throws {
        for pair in FilePairs.fromArguments(files)
        where FilePair.isStandardInput(pair.source) && FilePair.isStandardInput(pair.target) {
            throw ValidationError("only one of SOURCE and TARGET can be standard input (-)")
        }
        try batch.validate(files)
    }

    func run() throws {
        try reportingFailures {
            let (pairs, problems) = try batch.pairs(files, mainOutput: out.output)
            // The output opens before the pairs are read: an output over one of them (`align
            // a.en.txt a.ur.txt >> a.ur.txt`) is refused all the same (pass 54).
            for path in pairs.flatMap({ [$0.source, $0.target] }) { FilesRead.note(path: path) }
            // A pair's own output goes in the format its name says: --format may not say
            // another, nor may the name be another command's format (pass 45).
            for output in pairs.compactMap(\.output) { try out.checkPairOutput(output) }
            let format = out.format
            let formats = pairs.map { out.format(of: $0.output) }
            // TMX carries its creation date: a malformed SOURCE_DATE_EPOCH stops the run here.
            let date = formats.contains(.tmx) || format == .tmx ? try TMX.now() : ""
            try data.requireLocales()
            let aligners = PairTools(
                data: data, sourceLocale: sourceLocale, locale: locale, glossary: glossary,
                dictionary: dictionary, pairs: pairs)
            // One pair given on the command line streams straight to the output.
            if pairs.count == 1 && problems.isEmpty && batch.batch == nil {
                let (aligner, sourcePack, targetPack, _) = try aligners.tools(for: pairs[0]).get()
                var drift: LineDriftReport?
                try OutputSink.write(to: out.output) { sink in
                    drift = try align(
                        pairs[0], aligner, sourcePack, targetPack, date: date, framed: true,
                        format: formats[0]
                    ) {
                        try sink.write($0)
                    }
                }
                if let drift {
                    for line in Self.describe(drift, of: pairs[0]) { StandardError.write(line) }
                    if drift.drifts { throw ExitStatus.findings.code }
                }
                return
            }
            var failures = problems
            var drifted = false
            for problem in problems { StandardError.write(problem.message) }
            // Runs every pair; what goes to the main output is handed to `main` in pair order.
            func runPairs(_ main: (String) throws -> Void) throws {
                try OrderedParallel.forEach(pairs, width: batch.width) { pair in
                    PairOutcome.running(pair) { outcome throws in
                        let (aligner, sourcePack, targetPack, _) = try aligners.tools(for: pair)
                            .get()
                        var drift: LineDriftReport?
                        if let path = pair.output {
                            try OutputSink.write(to: path) { pairSink in
                                drift = try align(
                                    pair, aligner, sourcePack, targetPack, date: date, framed: true,
                                    format: out.format(of: path)
                                ) { try pairSink.write($0) }
                            }
                        } else {
                            drift = try align(
                                pair, aligner, sourcePack, targetPack, date: date, framed: false,
                                format: format, labelled: true
                            ) { outcome.output += $0 }
                        }
                        if let drift {
                            outcome.notes = Self.describe(drift, of: pair)
                            outcome.drifted = drift.drifts
                        }
                    }
                } then: { _, outcome throws in
                    for note in outcome.notes { StandardError.write(note) }
                    drifted = drifted || outcome.drifted
                    if let failure = outcome.failure {
                        StandardError.write(failure.message)
                        failures.append(failure)
                    }
                    if !outcome.output.isEmpty { try main(outcome.output) }
                }
            }
            if let mainPair = pairs.first(where: { $0.output == nil }) {
                let mainTools = try? aligners.tools(for: mainPair).get()
                // Pairs of several source languages in one TMX: its header says `*all*`, as
                // TMX has it, and each unit's languages are its own (review: a ur → bal pair's
                // units were under srclang="en").
                let sources = Set(
                    pairs.filter { $0.output == nil }.compactMap {
                        try? aligners.tools(for: $0).get().sourcePack.tag
                    })
                let sourceTag =
                    sources.count > 1 && format == .tmx
                    ? "*all*" : mainTools?.sourcePack.tag ?? "en"
                try OutputSink.write(to: out.output) { sink in
                    if let header = format.header(
                        sourceLanguage: sourceTag, targetLanguage: mainTools?.pack.tag ?? sourceTag,
                        date: date, files: true)
                    {
                        try sink.write(header)
                    }
                    try runPairs { try sink.write($0) }
                    if let footer = format.footer { try sink.write(footer) }
                }
            } else {
                // Every pair has its own output file: nothing goes to the main output.
                try runPairs { _ in }
            }
            if let worst = failures.max(by: { $0.status.rawValue < $1.status.rawValue }) {
                StandardError.write(
                    "\(failures.count) of \(pairs.count + problems.count) pair(s) failed")
                throw worst.status.code
            }
            if drifted { throw ExitStatus.findings.code }
        }
    }

    /// Aligns one pair, handing the output text to `write` piece by piece (with the format's
    /// header and footer when `framed`). With `--lines`, returns where the files drift.
    @discardableResult
    private func align(
        _ pair: FilePair, _ aligner: DocumentAligner, _ sourcePack: LocalePack,
        _ targetPack: LocalePack, date: String, framed: Bool, format: AlignmentFormat,
        labelled: Bool = false, write: (String) throws -> Void
    ) throws -> LineDriftReport? {
        if framed,
            let header = format.header(
                sourceLanguage: sourcePack.tag, targetLanguage: targetPack.tag, date: date)
        {
            try write(header)
        }
        func lines(_ result: DocumentAligner.Result) throws {
            for bead in result.beads {
                try write(
                    format.line(
                        for: bead, in: result, sourceLanguage: sourcePack.tag,
                        targetLanguage: targetPack.tag,
                        files: labelled ? (pair.source, pair.target) : nil))
            }
        }
        if self.lines {
            let result = try aligner.alignLines(
                source: try ByteSource.file(pair.source), target: try ByteSource.file(pair.target))
            try lines(result)
            if framed, let footer = format.footer { try write(footer) }
            return LineDrift.report(
                result, sourceFile: pair.source, targetFile: pair.target,
                languages: (sourcePack.tag, targetPack.tag))
        }
        // Paragraph by paragraph (memory bounded by the largest paragraph) when both files
        // have the same paragraphs; else the whole documents at once. A pipe is read once
        // and replayed from memory.
        let sourceInput = try ByteSource.replayable(pair.source)
        let targetInput = try ByteSource.replayable(pair.target)
        let streamed = try aligner.alignParagraphs(
            source: sourceInput, target: targetInput, lines)
        if !streamed {
            try lines(try aligner.align(source: sourceInput(), target: targetInput()))
        }
        if framed, let footer = format.footer { try write(footer) }
        return nil
    }

    /// Where a pair's lines drift, for standard error: one line per place, then the summary.
    static func describe(_ drift: LineDriftReport, of pair: FilePair) -> [String] {
        drift.findings.map { finding in
            "\(finding.file):\(finding.position): \(finding.message)"
                + (finding.related.map { " (\($0.file):\($0.position))" } ?? "")
        } + ["\(pair.target): \(drift.summary)"]
    }

    /// `draft.ur.txt` → `ur`, `x.bal-Arab-PK.txt` → `bal-Arab-PK`.
    static func locale(fromFileName path: String) -> String? {
        let parts = (path as NSString).lastPathComponent.split(separator: ".")
        guard parts.count >= 3 else { return nil }
        return String(parts[parts.count - 2])
    }
}
