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
            glossaries/en-<tag>.tsv, and every other pair a glossary names (ur-bal-Arab-PK.tsv: \
            seeds/<name>.ur.txt → seeds/<name>.bal-Arab-PK.txt). Checks: \
            \(TranslationChecks.all.map(\.id).joined(separator: ", ")).
            Exit codes: 0 no findings at or above --fail-on; 1 findings at or above it; 2 bad \
            arguments or unreadable input.
            Example: tarjuman check seeds/baloch-uprising.en.txt draft.ur.txt --format sarif
            """)

    @OptionGroup var data: DataOptions

    @Option(
        name: .long, help: "Target locale (default: from the file name, e.g. draft.ur.txt → ur).")
    var locale: String?

    @Option(
        name: .customLong("source-locale"),
        help:
            "Source locale (default: the project's, else from the file name, e.g. doc.ur.txt → ur, else en)."
    )
    var sourceLocale: String?

    @Option(name: .long, help: "Glossary (default: glossaries/<source>-<target>.tsv).")
    var glossary: String?

    @Option(
        name: .long,
        help:
            "General word list that anchors the alignment (default: glossaries/dictionaries/<source>-<target>.tsv; none to turn off)."
    )
    var dictionary: String?

    @OptionGroup var report: ReportOptions

    @Option(name: .long, help: "Check ids to skip (repeatable).")
    var disable: [String] = []

    @Flag(
        name: .long,
        help:
            "Line-aligned files: each line is one segment (empty lines too); report every place the files drift out of step (check line-drift) and a summary."
    )
    var lines = false

    @Option(
        name: .long,
        help:
            "Project settings (default: the nearest tarjuman.yaml in this folder or above; none to ignore it)."
    )
    var config: String?

    @Option(
        name: .long,
        help:
            "Report and fail only on findings not recorded in this baseline (see --write-baseline)."
    )
    var baseline: String?

    @Option(
        name: .customLong("write-baseline"),
        help: "Record this run's findings as the accepted baseline in FILE (JSON) and exit 0.")
    var writeBaseline: String?

    @Option(
        name: .long,
        help:
            "Findings accepted one by one: a TSV file with columns check, source, target, reason (and optionally file). Entries matching nothing are listed as stale."
    )
    var suppressions: String?

    @OptionGroup var batch: BatchOptions

    @Argument(help: "SOURCE TARGET (repeat for more pairs), or nothing to check the seeds.")
    var files: [String] = []

    func validate() throws {
        if report.explain != nil && (!files.isEmpty || batch.batch != nil) {
            throw ValidationError("--explain prints one check's documentation; give it no files")
        }
        try report.refuseExplainWith(
            [
                ("--baseline", baseline), ("--write-baseline", writeBaseline),
                ("--suppressions", suppressions),
            ], what: "check")
        // A baseline is JSON: a name saying another format would be read as that format by
        // whoever opens it (pass 57: `--write-baseline x.tsv` wrote JSON).
        if let path = writeBaseline, !Paths.isStandardOutput(path),
            let name = path.split(separator: "/").last, let dot = name.lastIndex(of: "."),
            Self.otherFormats.contains(name[name.index(after: dot)...].lowercased())
        {
            throw ValidationError(
                "--write-baseline \(path): a baseline is written as JSON; give it a name "
                    + "ending in .json (\(name[..<dot]).json)")
        }
        for pair in FilePairs.fromArguments(files)
        where FilePair.isStandardInput(pair.source) && FilePair.isStandardInput(pair.target) {
            throw ValidationError("only one of SOURCE and TARGET can be standard input (-)")
        }
        // A list read from standard input leaves none for a document (review of pass 22:
        // `--suppressions -` beside `-` read the document empty, and passed).
        let lists = [
            ("--glossary", glossary), ("--baseline", baseline), ("--suppressions", suppressions),
        ]
        if let (option, _) = lists.first(where: { $0.1.map(FilePair.isStandardInput) == true }),
            files.contains(where: FilePair.isStandardInput)
                || batch.batch.map(FilePair.isStandardInput) == true
        {
            throw ValidationError(
                "\(option) and a document both read standard input, which can be read only once")
        }
        try batch.validate(files, allowNone: true)
    }

    /// File name extensions of formats other than JSON, refused for a baseline.
    private static let otherFormats: Set = [
        "tsv", "csv", "xml", "sarif", "html", "md", "yaml", "yml", "xlsx", "ods", "tmx", "xlf",
    ]

    func run() throws {
        try reportingFailures {
            // Before anything is read or said (pass 57: the glossary note came first).
            try Self.refuseStandardInput(baseline: baseline)
            // --explain reads the project only for its own checks: a project whose pairs do
            // not resolve yet (a fresh `init`) still explains the built-in ones (pass 20).
            if report.explain != nil {
                let checks = ((try? projectConfig()) ?? nil)?.checks ?? []
                _ = try report.explainIfAsked(.translation, also: checks.map(\.rule))
                return
            }
            let project = try projectConfig()
            var (pairs, problems) = try batch.pairs(files, mainOutput: report.output)
            // A pair's own report goes in the format its name says: --format may not say
            // another, nor may the name be another command's format (pass 45).
            for output in pairs.compactMap(\.output) { try report.out.checkPairOutput(output) }
            if let path = writeBaseline,
                let clash = ([report.output] + pairs.map(\.output)).compactMap({ $0 }).first(
                    where: { $0 == path || Paths.sameFile($0, path) })
            {
                throw CommandFailure(
                    "error: --write-baseline \(path) is also an output of this run (\(clash)); "
                        + "name another file; nothing was written", status: .usage)
            }
            if pairs.isEmpty && problems.isEmpty {
                if let project {
                    // A project without pairs checks nothing of Tarjuman's own (a CI job
                    // passed on the shipped sample).
                    guard !project.pairs.isEmpty else {
                        throw CommandFailure(
                            "\(project.file): error: the project lists no pairs to check; add "
                                + "them under pairs: (target: \"*.ur.txt\"), or name the files",
                            status: .usage)
                    }
                    pairs = project.pairs
                } else {
                    pairs = try seedPairs()
                }
            }
            // The baseline and the report in one stream would make neither readable (pass
            // 32: `--format json --write-baseline -` wrote two JSON documents), the project's
            // or the sample's pairs too (review of pass 33).
            if let path = writeBaseline, report.output.map(Paths.isStandardOutput) ?? true,
                pairs.contains(where: { $0.output == nil }), Paths.isStandardOutput(path)
            {
                throw CommandFailure(
                    "error: --write-baseline \(path) is standard output, where the report goes; "
                        + "name a file, or the report's with -o; nothing was written",
                    status: .usage)
            }
            try data.requireLocales()
            let disabled = disable + (project?.disabled ?? [])
            let customChecks = project?.checks ?? []
            // Before the tools, whose notes on glossaries would come first (pass 68).
            do {
                try RuleCatalog.checkKnown(
                    disabled, scope: .translation, custom: customChecks.map(\.id))
            } catch {
                throw CommandFailure("error: \(error)", status: .usage)
            }
            let tools = PairTools(
                data: data, sourceLocale: sourceLocale ?? project?.sourceLanguage, locale: locale,
                glossary: try glossary ?? project?.readableGlossary(),
                dictionary: try dictionary ?? project?.readableDictionary(), pairs: pairs,
                checking: disabled,
                customChecks: customChecks)
            let failOn = report.failOnOption ?? project?.failOn ?? .error
            let rules = TranslationChecks.all + customChecks.map(\.rule)
            // Writing a baseline replaces it: the old one is not read.
            let accepted = try acceptedFindings(
                baseline: writeBaseline == nil ? try baseline ?? project?.readableBaseline() : nil,
                suppressions: try suppressions ?? project?.readableSuppressions(),
                customChecks: Set(customChecks.map(\.id)))
            var findings: [Finding] = []
            var reported: [String] = []
            var suppressed: [Finding] = []
            var recorded: [Finding] = []
            var known = 0
            var consistency = ProjectConsistency(disabled: Set(disabled))
            var reviews: [ReviewDocument] = []
            var failures = problems
            // A batch line that names no pair is a pair not checked, in every report (pass 42:
            // only standard error said so, and SARIF called the run successful).
            var unreadPairs = problems.map {
                UnreadFile(reported: $0.message, file: batch.batch ?? "<stdin>")
            }
            for problem in problems { StandardError.write(problem.message) }
            var failing = false
            var baselineLeft = accepted.baseline?.counts ?? [:]
            // Pairs with a report of their own, written once the findings across files are
            // known (pass 30: those about a file with its own report were lost from it).
            var ownReports: [(pair: FilePair, outcome: PairOutcome)] = []
            // The pairs checked, in order: a finding across files goes to one of these (a
            // failed pair has no report to take it; review of pass 30).
            var checked: [FilePair] = []
            OrderedParallel.forEach(pairs, width: batch.width) { pair in
                PairOutcome.running(pair) { outcome throws in
                    let (aligner, sourcePack, targetPack, checker) = try tools.tools(for: pair)
                        .get()
                    guard let checker else { return }
                    var beads: [ReviewBead] = []
                    if lines {
                        let result = try aligner.alignLines(
                            source: try ByteSource.file(pair.source),
                            target: try ByteSource.file(pair.target))
                        let checked = try checker.checkLines(
                            result, sourceFile: pair.source, targetFile: pair.target,
                            keepingBeads: report.out.format(of: pair.output) == .html)
                        outcome.findings = checked.findings
                        outcome.notes = ["\(pair.target): \(checked.drift.summary)"]
                        beads = checked.beads
                    } else {
                        var run = try check(
                            pair, aligner: aligner, checker: checker,
                            keepingBeads: report.out.format(of: pair.output) == .html)
                        outcome.findings = run.finish()
                        outcome.pairs = run.pairs
                        outcome.renderings = run.firstTermRenderings
                        beads = run.beads
                    }
                    if report.out.format(of: pair.output) == .html {
                        outcome.review = ReviewDocument(
                            sourceFile: pair.source, targetFile: pair.target,
                            sourceLanguage: sourcePack.tag, targetLanguage: targetPack.tag,
                            sourceDirection: sourcePack.direction.rawValue,
                            targetDirection: targetPack.direction.rawValue, beads: beads)
                    }
                    if let suppressions = accepted.suppressions {
                        let applied = suppressions.apply(outcome.findings)
                        outcome.findings = applied.kept
                        outcome.suppressed = applied.suppressed
                    }
                    outcome.recorded = outcome.findings
                }
            } then: { pair, finished in
                var outcome = finished
                for note in outcome.notes { StandardError.write(note) }
                // The baseline is taken from in pair order, one budget for the run.
                if outcome.failure == nil, accepted.baseline != nil {
                    let split = Baseline.split(outcome.findings, remaining: &baselineLeft)
                    outcome.findings = split.new
                    outcome.known = split.known.count
                }
                if let failure = outcome.failure {
                    StandardError.write(failure.message)
                    failures.append(failure)
                    // The machine reports say which pair was not checked (SARIF: the run
                    // not successful).
                    unreadPairs += [outcome.unread].compactMap { $0 }
                    return
                }
                checked.append(pair)
                consistency.add(outcome.pairs, renderings: outcome.renderings)
                suppressed += outcome.suppressed
                known += outcome.known
                recorded += outcome.recorded
                failing = failing || outcome.findings.contains { $0.severity >= failOn }
                guard pair.output == nil else {
                    ownReports.append((pair, outcome))
                    return
                }
                findings += outcome.findings
                reported.append(pair.target)
                if let review = outcome.review { reviews.append(review) }
            }
            // Across all pairs: recurring sentences and terms translated differently.
            var acrossFiles = consistency.findings
            if let suppressions = accepted.suppressions {
                let applied = suppressions.apply(acrossFiles)
                acrossFiles = applied.kept
                suppressed += applied.suppressed
            }
            recorded += acrossFiles
            if accepted.baseline != nil {
                let split = Baseline.split(acrossFiles, remaining: &baselineLeft)
                acrossFiles = split.new
                known += split.known.count
            }
            failing = failing || acrossFiles.contains { $0.severity >= failOn }
            // After the pairs' own findings, in the order the places were met: each in the
            // report of the first pair that has its file as translation (else as source).
            let ownReportOf = Self.reportIndex(of: ownReports.map(\.pair), among: checked)
            for finding in acrossFiles {
                if let index = ownReportOf[finding.file] {
                    ownReports[index].outcome.findings.append(finding)
                } else {
                    findings.append(finding)
                }
            }
            for (pair, outcome) in ownReports {
                guard let path = pair.output else { continue }
                let written = PairOutcome.running(pair) { _ throws in
                    // The pair's own report, in the format its name says (else the run's); as
                    // a page, with its sentences side by side.
                    let format = report.out.format(of: pair.output)
                    let text =
                        format == .html
                        ? HTMLReport.render(
                            documents: outcome.review.map { [$0] } ?? [],
                            findings: outcome.findings)
                        : format.report(
                            outcome.findings, files: [pair.target], rules: rules,
                            tool: "tarjuman check", failOn: failOn)
                    try OutputSink.write(to: path) { try $0.write(text) }
                }
                if let failure = written.failure {
                    StandardError.write(failure.message)
                    failures.append(failure)
                    unreadPairs += [written.unread].compactMap { $0 }
                }
            }
            if let suppressions = accepted.suppressions {
                let unused = suppressions.apply(suppressed)
                StandardError.write(
                    "\(suppressed.count) finding(s) suppressed by \(suppressions.file)")
                for (line, message) in suppressions.unusedWarnings(
                    stale: unused.stale, redundant: unused.redundant)
                {
                    StandardError.write("\(suppressions.file):\(line):1: warning: \(message)")
                }
            }
            if let path = writeBaseline, !failures.isEmpty {
                // A run that could not check every pair knows too little to accept its
                // findings (pass 32: a pair's findings were dropped from the baseline, and
                // failed CI again once the pair could be read).
                StandardError.write(
                    "the baseline \(path) was left as it was: not every pair was checked")
            } else if let path = writeBaseline {
                // Its folder (.tarjuman/) is made when missing.
                let folder = PathNames.folder(of: path)
                if !folder.isEmpty {
                    try? FileManager.default.createDirectory(
                        atPath: folder, withIntermediateDirectories: true)
                }
                try OutputSink.write(to: path) { sink in
                    try sink.write(
                        String(decoding: Baseline(recording: recorded).encoded(), as: UTF8.self)
                            + "\n")
                }
                StandardError.write("wrote \(recorded.count) finding(s) to the baseline \(path)")
                failing = false
            }
            if accepted.baseline != nil {
                // Named by the project file too (pass 38: blank then).
                StandardError.write(
                    "\(known) finding(s) already in the baseline \(baseline ?? project?.baseline ?? "")"
                )
            }
            // The main report covers the pairs without their own output (none: no report).
            if pairs.contains(where: { $0.output == nil }) {
                do {
                    try report.emit(
                        findings, files: reported, rules: rules, tool: "tarjuman check",
                        failOn: failOn,
                        page: report.format == .html
                            ? HTMLReport.render(
                                documents: reviews, findings: findings, unread: unreadPairs) : nil,
                        unread: unreadPairs)
                } catch let status as ExitCode where status == ExitStatus.findings.code {
                    failing = writeBaseline == nil
                }
            }
            if let worst = failures.max(by: { $0.status.rawValue < $1.status.rawValue }) {
                StandardError.write(
                    "\(failures.count) of \(pairs.count + problems.count) pair(s) failed")
                throw worst.status.code
            }
            if failing { throw ExitStatus.findings.code }
        }
    }

    /// For each file of the pairs with a report of their own (`own`), the index in `own` of
    /// the report a finding about it goes to: the first pair checked (`pairs`, in order) that
    /// has the file as its translation, else as its source, when that pair has its own
    /// report.
    private static func reportIndex(of own: [FilePair], among pairs: [FilePair]) -> [String: Int] {
        var owner: [String: FilePair] = [:]
        for pair in pairs where owner[pair.target] == nil { owner[pair.target] = pair }
        for pair in pairs where owner[pair.source] == nil { owner[pair.source] = pair }
        // Each own report by its output file, which no two pairs share.
        var byOutput: [String: Int] = [:]
        for (position, pair) in own.enumerated() {
            if let output = pair.output, byOutput[output] == nil { byOutput[output] = position }
        }
        var index: [String: Int] = [:]
        for (file, pair) in owner {
            if let output = pair.output, let found = byOutput[output] { index[file] = found }
        }
        return index
    }

    /// The project file: `--config FILE`, else the nearest `tarjuman.yaml` (none with
    /// `--config none`).
    private func projectConfig() throws -> ProjectConfig? {
        guard config != "none" else { return nil }
        if config == nil {
            for (path, owner) in ProjectConfig.passedOver(
                from: FileManager.default.currentDirectoryPath)
            {
                StandardError.write(
                    "warning: \(path) belongs to another user (uid \(owner)) and is not read; "
                        + "pass --config \(path) to use it")
            }
        }
        guard
            let path = config
                ?? ProjectConfig.find(from: FileManager.default.currentDirectoryPath)
        else { return nil }
        // Found by searching upwards, not named: only a regular file is read.
        if config == nil, let reason = PathNames.whyNotListable(path) {
            throw CommandFailure("\(path): error: \(reason)", status: .usage)
        }
        do {
            return try ProjectConfig(
                yaml: try ByteSource.file(path).readAllText(limit: InputLimits.settingsBytes),
                file: path,
                whyNoLanguage: { tag in
                    do throws(CommandFailure) {
                        _ = try data.pack(for: tag)
                        return nil
                    } catch {
                        return error.message.hasPrefix("error: ")
                            ? String(error.message.dropFirst(7)) : error.message
                    }
                })
        } catch let error as ProjectConfigError {
            throw CommandFailure(error.description, status: .usage)
        }
    }

    /// Standard input holds no baseline (pass 55: it was "no such baseline", with advice to
    /// write one to `-`, which is refused).
    private static func refuseStandardInput(baseline: String?) throws(CommandFailure) {
        guard baseline == "-" else { return }
        throw CommandFailure(
            "error: --baseline - : a baseline is read from a file, not standard input; name the "
                + "file (--write-baseline FILE makes one)",
            status: .usage)
    }

    private func acceptedFindings(
        baseline: String?, suppressions: String?, customChecks: Set<String>
    ) throws -> (baseline: Baseline?, suppressions: Suppressions?) {
        var result: (baseline: Baseline?, suppressions: Suppressions?) = (nil, nil)
        do {
            if let baseline {
                try Self.refuseStandardInput(baseline: baseline)
                // A baseline not made yet: say how to make one (pass 43).
                guard FileManager.default.fileExists(atPath: baseline) else {
                    throw CommandFailure(
                        "\(baseline): error: no such baseline; make it by running this check "
                            + "once with --write-baseline \(baseline) in place of --baseline (or "
                            + "of the project's baseline field)", status: .usage)
                }
                let data = Data(
                    try ByteSource.file(baseline).readAllText(
                        limit: InputLimits.acceptedFindingsBytes
                    ).utf8)
                result.baseline = try Baseline(json: data, file: baseline)
            }
            if let suppressions {
                result.suppressions = try Suppressions(
                    tsv: try ByteSource.file(suppressions).readAllText(
                        limit: InputLimits.acceptedFindingsBytes),
                    file: suppressions,
                    customChecks: customChecks)
            }
        } catch let error as BaselineError {
            throw CommandFailure(error.description, status: .usage)
        } catch let error as SuppressionsError {
            throw CommandFailure(error.description, status: .usage)
        }
        return result
    }

    /// Every `seeds/<name>.<tag>.txt` with its `seeds/<name>.en.txt`.
    private func seedPairs() throws -> [FilePair] {
        let directory = try data.directory()
        let seeds = directory.seeds as NSString
        // Files only: a folder named like a translation (sub.ur.txt) is not one.
        let names = ((try? PathNames.listing(of: directory.seeds)) ?? [])
            .filter { name in
                var folder: ObjCBool = false
                return !FileManager.default.fileExists(
                    atPath: seeds.appendingPathComponent(name), isDirectory: &folder)
                    || !folder.boolValue
            }
        var pairs: [FilePair] = []
        // Every translation of the English source…
        for name in names.sorted() where name.hasSuffix(".txt") && !name.hasSuffix(".en.txt") {
            let parts = name.split(separator: ".")
            guard parts.count >= 3 else { continue }
            let source = parts.dropLast(2).joined(separator: ".") + ".en.txt"
            pairs.append(
                FilePair(
                    source: seeds.appendingPathComponent(source),
                    target: seeds.appendingPathComponent(name), origin: "seeds"))
        }
        // …and every other pair a glossary names (ur-bal-Arab-PK.tsv: Urdu → Balochi).
        let glossaries =
            (try? PathNames.listing(of: directory.glossaries)) ?? []
        for glossary in glossaries.sorted() where glossary.lowercased().hasSuffix(".tsv") {
            guard let (from, to) = Glossary.languagePair(fromFileName: glossary), from != "en"
            else { continue }
            for name in names.sorted() where name.hasSuffix(".\(to).txt") {
                let source = String(name.dropLast(to.count + 4)) + "\(from).txt"
                guard names.contains(source) else { continue }
                pairs.append(
                    FilePair(
                        source: seeds.appendingPathComponent(source),
                        target: seeds.appendingPathComponent(name), origin: "seeds"))
            }
        }
        guard !pairs.isEmpty else {
            throw CommandFailure(
                "error: no translations in \(directory.seeds) (seeds/<name>.<tag>.txt)",
                status: .usage)
        }
        for path in pairs.flatMap({ [$0.source, $0.target] }) {
            if let reason = PathNames.whyNotListable(path) {
                throw CommandFailure("\(path): error: \(reason)", status: .usage)
            }
        }
        return pairs
    }

    /// The check of one pair, its aligned sentences kept for the project-wide checks:
    /// aligned paragraph by paragraph when both files have the same paragraphs, else as
    /// whole documents.
    private func check(
        _ pair: FilePair, aligner: DocumentAligner, checker: TranslationChecker,
        keepingBeads: Bool
    ) throws -> TranslationCheckRun {
        var run = checker.start(sourceFile: pair.source, targetFile: pair.target)
        run.keepsPairs = true
        run.keepsBeads = keepingBeads
        let sourceInput = try ByteSource.replayable(pair.source)
        let targetInput = try ByteSource.replayable(pair.target)
        let streamed = try aligner.alignParagraphs(source: sourceInput, target: targetInput) {
            try run.add($0)
        }
        if !streamed {
            try run.add(try aligner.align(source: sourceInput(), target: targetInput()))
        }
        return run
    }
}
