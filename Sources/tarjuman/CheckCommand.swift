import ArgumentParser
import Foundation
import TarjumanKit

/// `tarjuman check`: align a source and its translation and report what looks wrong.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract:
            "Check a translation against its source: terms, numbers, omissions, punctuation, script.",
        discussion: """
            With no files, checks every seeds/<name>.<tag>.txt against seeds/<name>.en.txt with \
            glossaries/en-<tag>.tsv. Checks: \
            \(TranslationChecks.all.map(\.id).joined(separator: ", ")).
            Exit codes: 0 no findings at or above --fail-on; 1 findings at or above it; 2 bad \
            arguments or unreadable input.
            Example: tarjuman check seeds/baloch-uprising.en.txt draft.ur.txt --format sarif
            """)

    @OptionGroup var data: DataOptions

    @Option(
        name: .long, help: "Target locale (default: from the file name, e.g. draft.ur.txt → ur).")
    var locale: String?

    @Option(name: .long, help: "Glossary (default: glossaries/en-<target>.tsv).")
    var glossary: String?

    @Option(
        name: .long,
        help:
            "General word list that anchors the alignment (default: glossaries/dictionaries/en-<target>.tsv; none to turn off)."
    )
    var dictionary: String?

    @OptionGroup var report: ReportOptions

    @Option(name: .long, help: "Check ids to skip (repeatable).")
    var disable: [String] = []

    @Argument(help: "SOURCE TARGET, or nothing to check the seeds.")
    var files: [String] = []

    func validate() throws {
        guard files.count != 2 || files[0] != "-" || files[1] != "-" else {
            throw ValidationError("only one of SOURCE and TARGET can be standard input (-)")
        }
        guard files.isEmpty || files.count == 2 else {
            throw ValidationError("give SOURCE and TARGET, or no files to check the seeds")
        }
    }

    func run() throws {
        try reportingFailures {
            if try report.explainIfAsked(.translation) { return }
            let directory = try data.directory()
            var pairs: [(String, String)] = []
            if files.isEmpty {
                let names =
                    (try? FileManager.default.contentsOfDirectory(atPath: directory.seeds)) ?? []
                for name in names.sorted()
                where name.hasSuffix(".txt") && !name.hasSuffix(".en.txt") {
                    let parts = name.split(separator: ".")
                    guard parts.count >= 3 else { continue }
                    let source = parts.dropLast(2).joined(separator: ".") + ".en.txt"
                    let seeds = directory.seeds as NSString
                    pairs.append(
                        (seeds.appendingPathComponent(source), seeds.appendingPathComponent(name)))
                }
                guard !pairs.isEmpty else {
                    throw CommandFailure(
                        "error: no translations in \(directory.seeds) (seeds/<name>.<tag>.txt)",
                        status: .usage)
                }
            } else {
                pairs = [(files[0], files[1])]
            }
            var findings: [Finding] = []
            for (source, target) in pairs {
                guard let tag = locale ?? AlignCommand.locale(fromFileName: target) else {
                    throw CommandFailure(
                        "error: cannot tell the language of \(target); pass --locale",
                        status: .usage)
                }
                let targetPack = try data.pack(for: tag)
                let sourcePack = try data.pack(for: "en")
                let path =
                    glossary ?? directory.glossary(for: targetPack.tag)
                let terms = try path.map { path throws(GlossaryError) in try GlossaryFile.read(path)
                }
                let aligner = try DocumentAligner(
                    sourcePack: sourcePack, targetPack: targetPack, glossary: terms,
                    dictionary: try data.dictionary(dictionary, target: targetPack.tag))
                var checker = try TranslationChecker(
                    sourcePack: sourcePack, targetPack: targetPack, glossary: terms)
                do {
                    try checker.disable(disable)
                } catch {
                    throw CommandFailure("error: \(error)", status: .usage)
                }
                // Paragraph by paragraph when both files have the same paragraphs (memory
                // bounded by the largest paragraph); else the whole documents.
                var run = checker.start(sourceFile: source, targetFile: target)
                let sourceInput = try ByteSource.replayable(source)
                let targetInput = try ByteSource.replayable(target)
                let streamed = try aligner.alignParagraphs(
                    source: sourceInput, target: targetInput
                ) { try run.add($0) }
                if !streamed {
                    try run.add(try aligner.align(source: sourceInput(), target: targetInput()))
                }
                findings += run.finish()
            }
            try report.emit(
                findings, files: pairs.map(\.1), rules: TranslationChecks.all,
                tool: "tarjuman check")
        }
    }
}
