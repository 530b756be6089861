import ArgumentParser
import Foundation
import TarjumanKit

/// `tarjuman glossary`: lint, convert and measure glossaries.
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Check, convert and measure termbases.",
        subcommands: [
            GlossaryLintCommand.self, GlossaryConvertCommand.self, GlossaryCoverageCommand.self,
        ])
}

/// `tarjuman glossary lint`.
struct GlossaryLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check glossary files (TSV) for errors a translator or CI should catch.",
        discussion: """
            Exit codes: 0 no findings at or above --fail-on; 1 findings at or above it; 2 unreadable \
            input or bad arguments.
            Example: tarjuman glossary lint --format junit glossaries/ > lint.xml
            """)

    @OptionGroup var data: DataOptions

    @OptionGroup var report: ReportOptions

    @Flag(
        name: .long,
        help: "Apply the safe fixes (normal form, spaces, invisible characters) in place.")
    var fix = false

    @Argument(
        help:
            "Glossary files or folders (default: the data folder's glossaries/ and glossaries/dictionaries/)."
    )
    var paths: [String] = []

    func validate() throws {
        if report.explain != nil && !paths.isEmpty {
            throw ValidationError("--explain prints one rule's documentation; give it no files")
        }
        try report.refuseExplainWith([("--fix", fix ? "" : nil)], what: "rule")
    }

    func run() throws {
        try reportingFailures {
            if try report.explainIfAsked(.glossary) { return }
            let directory = try data.directory()
            let linter = GlossaryLinter(catalog: try data.catalog())
            let defaults = [directory.glossaries, directory.dictionaries].filter {
                FileManager.default.fileExists(atPath: $0)
            }
            let (files, refused, skipped) = try GlossaryPaths.files(
                in: paths.isEmpty ? defaults : paths)
            var findings: [Finding] = []
            var unread = refused
            var linted: [String] = []
            // Fixes are written once the report is: a report that cannot be written leaves
            // every glossary as it was (pass 30: `--fix G.tsv >&-` rewrote G.tsv, then exited
            // 2).
            var fixes: [(file: String, text: String, fixed: [Finding])] = []
            for file in refused {
                StandardError.write(file.description)
            }
            for file in files {
                // A file that cannot be read is reported, and the others are still linted
                // (pass 22: one unreadable file in a folder hid the findings of the rest).
                let text: String
                do throws(InputError) {
                    text = try ByteSource.file(file).readAllText(
                        limit: InputLimits.lintedGlossaryBytes)
                } catch {
                    StandardError.write(error.description)
                    unread.append(UnreadFile(error))
                    continue
                }
                linted.append(file)
                var found = try linter.lint(text, file: file)
                if fix {
                    let (fixedText, fixed) = linter.fix(text, findings: found)
                    let unapplied = found.filter { $0.fix != nil }.count - fixed.count
                    if unapplied > 0 {
                        StandardError.write(
                            "warning: \(file): \(unapplied) fix(es) not applied (a field spread "
                                + "over several lines?); the findings below say what to change")
                    }
                    if !fixed.isEmpty {
                        fixes.append((file, fixedText, fixed))
                        found = try linter.lint(fixedText, file: file)
                    }
                }
                findings += found
            }
            // Every fix is written to its temporary file before the report, so that a report
            // never shows fixes that could not be written (review of pass 30); each is moved
            // into place after it.
            var staged: [(file: String, output: OutputFile, fixed: [Finding])] = []
            var findingsFound: ExitCode?
            do {
                for (file, text, fixed) in fixes {
                    let output = try OutputFile(path: file, replacingInput: true)
                    staged.append((file, output, fixed))
                    try output.write(Data(text.utf8))
                }
                do {
                    try report.emit(
                        findings, files: linted, rules: GlossaryRules.all,
                        tool: "tarjuman glossary lint", unread: unread, skipped: skipped)
                } catch let code as ExitCode where code == ExitStatus.findings.code {
                    findingsFound = code
                }
                for (file, output, fixed) in staged {
                    try output.commit()
                    for finding in fixed {
                        // Spellings that look alike (ي + ٔ and ئ) are told apart by code point;
                        // a fix whose field an earlier one had already made right is named
                        // too (pass 50: the rules it repairs went unsaid).
                        let change =
                            finding.fix.map { fix in
                                let points = { (text: String) in
                                    text.unicodeScalars.map(\.codePoint).joined(separator: " ")
                                }
                                if fix.original.unicodeScalars.elementsEqual(
                                    fix.replacement.unicodeScalars)
                                {
                                    return "(made by the fix above)"
                                }
                                return fix.original == fix.replacement
                                    ? "\(points(fix.original)) → \(points(fix.replacement))"
                                    : "'\(fix.original)' → '\(fix.replacement)'"
                            } ?? ""
                        StandardError.write(
                            "fixed \(file):\(finding.position): [\(finding.rule)] \(change)")
                    }
                }
            } catch {
                for (_, output, _) in staged { output.discard() }
                throw error
            }
            if let findingsFound, unread.isEmpty { throw findingsFound }
            if !unread.isEmpty {
                // Pass 55: "the report covers the 0 other(s)".
                throw CommandFailure(
                    linted.isEmpty
                        ? "error: no glossary file could be read (above)"
                        : "error: \(unread.count) glossary file(s) could not be read (above); the "
                            + "report covers the \(linted.count) other(s)",
                    status: .usage)
            }
        }
    }
}

/// `tarjuman glossary convert`.
struct GlossaryConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract:
            "Convert a glossary between TSV, TBX, CSV and OmegaT .utf8 (chosen by extension).",
        discussion: """
            TBX is read in both layouts (v2 martif, TBX-Basic v3) and written as v2 unless \
            --tbx-version v3. XML with a DOCTYPE or entities is refused.
            Example: tarjuman glossary convert glossaries/en-ur.tsv en-ur.tbx
            """)

    @OptionGroup var data: DataOptions

    @Option(
        name: .customLong("tbx-version"),
        help: "TBX layout to write: v2 (martif) or v3 (TBX-Basic).")
    var tbxVersion: TBX.Version = .v2

    @Option(
        name: .long,
        help:
            ArgumentHelp(
                "Target language to take from a TBX holding several (default: the first that "
                    + "is not the source)."))
    var target: String?

    @Argument(help: "Input glossary (.tsv, .tbx, .csv).")
    var input: String

    @Argument(help: "Output glossary (.tsv, .tbx, .csv), written atomically.")
    var output: String

    func run() throws {
        try reportingFailures {
            guard !Paths.sameFile(input, output) else {
                throw CommandFailure(
                    "\(output): error: the output would overwrite the input (\(input)); name "
                        + "another file", status: .usage)
            }
            // Checked as every other language option is (review of pass 22: anything was
            // taken, and echoed raw in the warning).
            if let target { try LocaleCatalog.refuseMalformed(target) }
            // The output's name says the target when --target does not (pass 33: a TBX of
            // five languages gave its Urdu terms to m.en-hi.tsv).
            // (Only a language a pack knows: `en-ur-old.tsv` names no `old`.)
            var glossary = try data.glossary(
                at: input,
                target: target
                    ?? Glossary.languagePair(fromFileName: output).flatMap {
                        data.packTag($0.target)
                    }, advice: "name the target language with --target")
            if glossary.conceptsWithoutTarget > 0 {
                StandardError.write(
                    "warning: \(input): \(glossary.conceptsWithoutTarget) concept(s) have no "
                        + "\(glossary.targetLanguage.isEmpty ? "target-language" : glossary.targetLanguage) "
                        + "term and were left out (another language? name it with --target)")
            }
            if let first = glossary.renamedOnReading.first {
                let lines = glossary.renamedOnReading.prefix(10).map {
                    "\($0.line) as \($0.newID.shownInMessage)"
                }
                StandardError.write(
                    "warning: \(input):\(first.line): \(glossary.renamedOnReading.count) row(s) "
                        + "belong to an entry whose id an earlier entry has ('\(first.id.shownInMessage)'); "
                        + "they are read as another concept under a new id: line(s) "
                        + lines.joined(separator: ", ")
                        + (glossary.renamedOnReading.count > 10 ? ", …" : ""))
            }
            try takeLanguages(fromOutputName: &glossary)
            let format = try GlossaryFormat(path: output)
            if format == .tbx && glossary.targetLanguage.isEmpty {
                throw CommandFailure(
                    "\(output): error: cannot tell the glossary's target language for TBX; name "
                        + "the input or the output after its languages (en-ur.tsv, en-ur.tbx)",
                    status: .usage)
            }
            let uncarried = format == .tbx ? glossary.rowsXMLCannotCarry : []
            if let first = uncarried.first {
                // The rows named here: lint reports such characters in terms only (review of
                // pass 22: it was pointed to for ids and notes too).
                let lines = uncarried.prefix(10).map { "\($0.line)" }.joined(separator: ", ")
                StandardError.write(
                    "warning: \(input):\(first.line): \(uncarried.count) row(s) hold characters "
                        + "TBX (XML) cannot carry (control characters, U+FFFE, U+FFFF); those "
                        + "characters are left out of \(output): line(s) \(lines)"
                        + (uncarried.count > 10 ? ", …" : ""))
            }
            let renamed = format == .tbx ? glossary.rowsTBXRenames : []
            if let first = renamed.first {
                let lines = renamed.prefix(10).map { "\($0.row.line) as \($0.id.shownInMessage)" }
                StandardError.write(
                    "warning: \(input):\(first.row.line): \(renamed.count) row(s) are written "
                        + "as another concept under a new id (TBX ids are unique, and a concept "
                        + "has one set of source terms): they share an id with another concept, "
                        + "stand apart from their concept's other rows, or differ from the rows "
                        + "before them in source, source_variants, case or match: line(s) "
                        + lines.joined(separator: ", ") + (renamed.count > 10 ? ", …" : "")
                        + "; give each concept its own id, keep its rows together, with one "
                        + "source side")
            }
            let text = Data(
                format.text(glossary, options: GlossaryFormat.Options(tbxVersion: tbxVersion))
                    .utf8)
            // A TBX larger than Tarjuman reads back is not written (pass 54: a 17 MB glossary
            // made a 153 MB TBX that every command then refused).
            if format == .tbx && text.count > InputLimits.xmlBytes {
                throw CommandFailure(
                    "\(output): error: the TBX would be \((text.count + (1 << 20) - 1) >> 20) MB, more than the "
                        + "\(InputLimits.xmlBytes >> 20) MB of XML Tarjuman reads back; split the "
                        + "glossary, or convert it to .tsv or .csv; nothing written",
                    status: .usage)
            }
            try OutputFile.write(text, to: output)
            let accepted = glossary.entries.count(where: \.status.isAccepted)
            // Concepts with no accepted rendering have no line at all, so no comment names
            // their forbidden ones.
            let withAccepted = Set(glossary.entries.lazy.filter(\.status.isAccepted).map(\.id))
            let leftOut = Set(glossary.entries.map(\.id)).subtracting(withAccepted).count
            StandardError.write(
                !format.keepsEveryRow
                    ? "wrote the \(accepted) accepted of \(glossary.entries.count) rows to \(output) "
                        + "(OmegaT offers every line as a suggestion; deprecated and forbidden "
                        + "renderings are named in the comments of their concept's line, and so "
                        + "are a rendering's other forms, a case-sensitive term and its match, "
                        + "which Tarjuman reads back from there"
                        + (leftOut > 0
                            ? "; \(leftOut) concept(s) with no accepted rendering have no line)"
                            : ")")
                    : "wrote \(glossary.entries.count) rows to \(output)")
        }
    }

    /// The languages the output's name states, where the input named none (`terms.tsv` to
    /// `ur-bal-Arab-PK.tbx`); a name stating other languages than the glossary's is refused
    /// (review: `en-ur.tsv` converted to `en-bal-Arab-PK.tsv` labelled Urdu terms Balochi).
    /// Only a target a pack knows counts (`en-ur-old.tsv` names no `old`); a source no pack
    /// knows is compared by its language (`fr-ur.tbx` is not `en` → `ur`).
    private func takeLanguages(fromOutputName glossary: inout Glossary) throws {
        guard let pair = Glossary.languagePair(fromFileName: output),
            let target = data.packTag(pair.target)
        else { return }
        if glossary.targetLanguage.isEmpty {
            glossary.sourceLanguage = pair.source
            glossary.targetLanguage = pair.target
            return
        }
        let stated = [glossary.sourceLanguage, glossary.targetLanguage]
        let language = { (tag: String) in tag.split(separator: "-").first?.lowercased() }
        let sameSource =
            data.packTag(pair.source).map { $0 == data.packTag(stated[0]) }
            ?? (language(pair.source) == language(stated[0]))
        guard !sameSource || data.packTag(stated[1]) != target else { return }
        throw CommandFailure(
            "\(output): error: the name says \(pair.source) → \(pair.target), but the glossary "
                + "is \(stated[0]) → \(stated[1]) (from \(input)); a glossary's languages are read "
                + "from its name, so name the output after them ("
                + "\(stated[0])-\(stated[1]).\(URL(fileURLWithPath: output).pathExtension)); "
                + "nothing written",
            status: .usage)
    }
}

/// `tarjuman glossary coverage`.
struct GlossaryCoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "List recurring phrases of an English text that no glossary entry covers.",
        discussion:
            "Example: tarjuman glossary coverage seeds/baloch-uprising.en.txt --glossary glossaries/en-ur.tsv"
    )

    @OptionGroup var data: DataOptions

    @Option(
        name: .long,
        help: "Glossary file (default: the one glossary in glossaries/ with the text's language).")
    var glossary: String?

    @Option(name: .customLong("min-count"), help: "Least number of occurrences (acronyms: any).")
    var minimumCount = 2

    @Argument(help: "English text file.")
    var file: String

    func run() throws {
        try reportingFailures {
            let path = try data.glossaryPath(
                glossary,
                language: try AlignCommand.locale(fromFileName: file).map {
                    try data.pack(for: $0).tag
                })
            let loaded = try data.glossary(at: path, target: nil)
            let sourcePack = try data.pack(for: loaded.sourceLanguage)
            if let named = AlignCommand.locale(fromFileName: file),
                data.packTag(named) != sourcePack.tag
            {
                throw CommandFailure(
                    "\(path): error: this glossary's source language is \(loaded.sourceLanguage), "
                        + "the text is \(named); name one from its language with --glossary",
                    status: .usage)
            }
            let matcher = try TermMatcher(glossary: loaded, side: .source, pack: sourcePack)
            let text = try ByteSource.file(file).readAllText(limit: InputLimits.coverageBytes)
            let candidates = try TermCoverage(minimumCount: minimumCount).candidates(
                in: text, matcher: matcher)
            // Standard input as every other command names it (pass 54: `-:11:62`).
            let shown = file == "-" ? "<stdin>" : file
            try OutputSink.write(to: nil) { sink in
                for candidate in candidates {
                    try sink.write(
                        "\(shown):\(candidate.position): \(candidate.count)× \(candidate.phrase)\n")
                }
            }
            StandardError.write("\(candidates.count) candidate term(s) without an entry in \(path)")
        }
    }
}

/// Expands folders into their glossary files.
enum GlossaryPaths {
    /// The glossary files `paths` name, a message for each file that is not read (a name
    /// that is nothing, a FIFO or device found in a folder), and one for each glossary of
    /// another format in a folder, which lint leaves out.
    static func files(in paths: [String]) throws(CommandFailure) -> (
        files: [String], refused: [UnreadFile], skipped: [UnreadFile]
    ) {
        var files: [String] = []
        var refused: [UnreadFile] = []
        var skipped: [UnreadFile] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            // Standard input has no name to give its languages (pass 55: "-: cannot read: no
            // such file or folder").
            guard path != "-" else {
                refused.append(
                    UnreadFile(
                        file: path,
                        message:
                            "lint reads glossary files, not standard input (a glossary's name "
                            + "gives its languages); name the file"))
                continue
            }
            // A missing file is named as unread and the others are still linted (pass 54: one
            // wrong name wrote no report at all).
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                refused.append(
                    UnreadFile(file: path, message: "cannot read: no such file or folder"))
                continue
            }
            if isDirectory.boolValue {
                let names = (try? PathNames.listing(of: path)) ?? []
                let found = names.filter { $0.lowercased().hasSuffix(".tsv") }
                // Other glossaries there are not linted: said, so that a clean report is
                // not taken for theirs (pass 48).
                let others = names.filter {
                    [".csv", ".tbx", ".utf8"].contains(where: $0.lowercased().hasSuffix)
                }
                if !others.isEmpty {
                    StandardError.write(
                        "\(path): note: not linted: \(others.joined(separator: ", ")); lint "
                            + "checks TSV glossaries (tarjuman glossary convert FILE NAME.tsv)")
                }
                // In the machine reports too (pass 51: on standard error alone).
                skipped += others.map { name in
                    UnreadFile(
                        file: (path as NSString).appendingPathComponent(name),
                        message: "not linted: lint checks TSV glossaries; convert it to lint it "
                            + "(tarjuman glossary convert FILE NAME.tsv)")
                }
                guard !found.isEmpty else {
                    throw CommandFailure(
                        "\(path): error: no glossary (.tsv) files here; lint checks TSV glossaries",
                        status: .usage)
                }
                for name in found {
                    let file = (path as NSString).appendingPathComponent(name)
                    if let reason = PathNames.whyNotListable(file) {
                        refused.append(UnreadFile(file: file, message: reason))
                    } else {
                        files.append(file)
                    }
                }
            } else {
                guard path.lowercased().hasSuffix(".tsv") else {
                    throw CommandFailure(
                        "\(path): error: lint checks TSV glossaries; convert it first "
                            + "(tarjuman glossary convert \(path) NAME.tsv)", status: .usage)
                }
                files.append(path)
            }
        }
        return (files, refused, skipped)
    }
}
