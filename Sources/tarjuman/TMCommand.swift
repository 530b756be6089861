import ArgumentParser
import Foundation
import TarjumanKit

/// `tarjuman tm`: translation memories in TMX 1.4b.
struct TMCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tm",
        abstract:
            "Translation memories: TMX 1.4b files, and an indexed store with fuzzy matches.",
        subcommands: [
            TMExportCommand.self, TMImportCommand.self, TMLookupCommand.self,
            TMSearchCommand.self, TMStatsCommand.self, TMDeleteCommand.self,
            TMCalibrateCommand.self,
        ])
}

/// `tarjuman tm export`: the translated sentences of filled files as TMX.
struct TMExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract:
            "Write the translated sentences of filled XLIFF/TSV/Markdown files, or a memory store, as TMX 1.4b.",
        discussion: """
            One tu per translated sentence (tuid = file name and sentence id; drafts left \
            out), srclang and \
            xml:lang from the files, creation tool and date in the header. To make a memory \
            from an existing document and its translation, use `tarjuman align --format tmx`.
            With --tm-db, every unit of the store for --from → --to, with its provenance \
            (creationdate, creationid, <prop type="x-origin">), which tm import keeps.
            Examples: tarjuman tm export uprising.ur.xlf -o memory.tmx
                      tarjuman tm export --tm-db team.sqlite --to ur -o team.tmx
            """)

    @OptionGroup var data: DataOptions

    @Option(
        name: [.short, .long], help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Option(
        name: .customLong("tm-db"),
        help: "Export this memory store (an SQLite file from tm import --tm-db) instead of files.")
    var database: String?

    @Option(name: .long, help: "With --tm-db: the target language tag.")
    var to: String?

    @Option(name: .long, help: "With --tm-db: the source language tag (default: en).")
    var from: String?

    @Argument(help: "Filled files (.xlf, .tsv, .md) of one language pair.")
    var files: [String] = []

    func validate() throws {
        // TMX only: a name for another format would get TMX under it (pass 46).
        if let output, let named = OutputExtension.foreign(output, own: ["tmx"]) {
            throw ValidationError(
                "\(output): tm export writes TMX, no .\(named) files; name the file .tmx (or .xml)")
        }
        if database != nil {
            guard files.isEmpty else {
                throw ValidationError(
                    "export either a memory store (--tm-db) or filled files, not both")
            }
            guard to != nil else {
                throw ValidationError(
                    "--tm-db needs --to: the target language of the units to export")
            }
        } else if files.isEmpty {
            throw ValidationError("name at least one filled file, or a memory store with --tm-db")
        } else if to != nil || from != nil {
            throw ValidationError(
                "--to and --from are for --tm-db; filled files say their own languages")
        }
    }

    func run() throws {
        if let database, let to {
            try reportingFailures { try exportStore(database, source: from ?? "en", target: to) }
            return
        }
        try reportingFailures {
            var jobs: [TranslationJob] = []
            for file in files {
                // Each translation as merge writes it (final punctuation in the language's
                // style), where a pack says the style.
                let job = try TranslationJob.forMemory(file)
                jobs.append(
                    (try? data.pack(for: job.targetLanguage)).map {
                        DocumentMerger(targetPack: $0).finished(job)
                    } ?? job)
            }
            guard let first = jobs.first else {
                throw CommandFailure("error: name at least one filled file", status: .usage)
            }
            for (job, file) in zip(jobs, files)
            where job.sourceLanguage != first.sourceLanguage
                || job.targetLanguage != first.targetLanguage
            {
                throw CommandFailure(
                    "error: \(file) is \(job.shownLanguages), not \(first.shownLanguages); export "
                        + "one pair at a time", status: .usage)
            }
            // Drafts (not confirmed in the CAT tool) stay out of the memory.
            let translated = zip(jobs, files).flatMap { job, file in
                job.segments.filter(\.isTranslated).map { (job, $0, file) }
            }
            let units = translated.filter { $0.1.origin != .draft }
            // A unit twice, under one id with one translation (the same file twice, or a job's
            // XLIFF and its worksheet, pass 54), is refused; a job split between translators,
            // or documents of one name in two folders, are not (pass 55).
            var exported: [String: String] = [:]
            for (job, segment, file) in units {
                let key =
                    "\(job.original)#\(segment.id)\u{0}\(segment.source)\u{0}"
                    + (segment.target ?? "")
                if let earlier = exported[key] {
                    throw CommandFailure(
                        "error: \(file) holds unit \(job.original)#\(segment.id) with the same "
                            + "translation as "
                            + (earlier == file ? "itself, given twice" : earlier)
                            + "; export each job once", status: .usage)
                }
                exported[key] = file
            }
            let drafts = translated.count - units.count
            // An empty memory is no memory: a job exported before it was filled, or one of
            // drafts only, fails the run rather than writing a TMX without units.
            guard !units.isEmpty else {
                throw CommandFailure(
                    "error: nothing to export: \(files.joined(separator: ", ")) "
                        + (files.count > 1 ? "hold" : "holds")
                        + (drafts > 0
                            ? " only drafts (\(drafts)); confirm the translations first"
                            : " no translation; fill \(files.count > 1 ? "them" : "it") first"),
                    status: .findings)
            }
            try OutputSink.write(to: output) { sink in
                try sink.write(
                    TMX.header(sourceLanguage: first.sourceLanguage, date: try TMX.now()))
                for (job, segment, _) in units {
                    try sink.write(
                        TMX.unit(
                            id: "\(job.original)#\(segment.id)", source: segment.source,
                            target: segment.target ?? "", sourceLanguage: job.sourceLanguage,
                            targetLanguage: job.targetLanguage))
                }
                try sink.write(TMX.footer)
            }
            StandardError.write(
                "exported \(units.count) translation units"
                    + (drafts > 0 ? "; \(drafts) drafts left out" : ""))
        }
    }

    /// Writes the store's units of one pair, page by page (any size in bounded memory).
    private func exportStore(_ path: String, source given: String, target named: String) throws {
        // The store keeps pairs by pack tag (imports resolve them so): UR, urd and ur-PK
        // are ur here too, and an unknown tag is an error, not an empty export.
        let source = try data.pack(for: given).tag
        let target = try data.pack(for: named).tag
        var options = MemoryOptions()
        options.database = path
        let store = try options.open(creating: false)
        var count = 0
        let penalties = try store.penalties()
        // No units of the pair: no memory, as for filled files (pass 47: an empty TMX, exit 0).
        guard !(try store.units(source: source, target: target, after: 0, limit: 1)).isEmpty
        else {
            throw CommandFailure(
                "error: nothing to export: \(store.path) holds no \(source) → \(target) units "
                    + "(see tarjuman tm stats)", status: .findings)
        }
        try OutputSink.write(to: output) { sink in
            try sink.write(TMX.header(sourceLanguage: source, date: try TMX.now()))
            var after: Int64 = 0
            while true {
                let page = try store.units(
                    source: source, target: target, after: after, limit: 10_000)
                for (number, unit) in page {
                    try sink.write(
                        TMX.unit(
                            unit, id: String(number), sourceLanguage: source,
                            targetLanguage: target, penalty: penalties[unit.origin] ?? 0))
                }
                count += page.count
                guard let last = page.last else { break }
                after = last.number
            }
            try sink.write(TMX.footer)
        }
        StandardError.write("exported \(count) translation units of \(store.path)")
    }
}

/// `tarjuman tm import`: read a TMX file from another tool.
struct TMImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read TMX (or filled files) into the memory store, or list a TMX file's pairs.",
        discussion: """
            With --tm-db, adds every sentence pair of the files (TMX from any tool or from \
            `tarjuman align --format tmx`, filled XLIFF/TSV/Markdown: confirmed sentences only) \
            to the store, with its origin (the file name, or --origin), date, creator and \
            context (the sentences before and after it: a filled file's, or what a TMX unit \
            states in x-context-pre/x-context-post; none from a TMX's order, so another \
            tool's units score at most 100); pairs already stored are skipped; \
            --penalty ranks a less trusted memory lower. Without --tm-db, lists the pairs of one \
            TMX file (units with both languages, tags read as the packs read them: EN-US \
            and urd are en and ur, ur-Latn is not ur; inline codes dropped) as \
            TSV, JSON Lines or clean TMX 1.4b.
            Example: tarjuman tm import --to ur --tm-db memory.sqlite omegat-project-save.tmx
            """)

    /// Output formats, named by their extensions (`-o list.tmx` lists as TMX).
    enum Format: String, ExpressibleByArgument, NamedByExtension {
        case tsv, jsonl, tmx

        var fileExtensions: [String] { [rawValue] }
    }

    @OptionGroup var data: DataOptions
    @OptionGroup var memory: MemoryOptions
    @OptionGroup var languages: MemoryLanguages

    @Option(
        name: .long,
        help:
            "tsv, jsonl or tmx (listing without --tm-db; default: the one -o is named for, else tsv)."
    )
    var format: Format?

    @Option(name: .long, help: "Origin recorded for the units (default: each file's name).")
    var origin: String?

    // Unconditional: `--penalty -5` is a value to refuse as such, not a missing one.
    @Option(
        name: .long, parsing: .unconditional,
        help:
            "Points taken off every match from this origin (0–100; default: what the origin has, 0 for a new one)."
    )
    var penalty: Int?

    @Option(
        name: [.short, .long], help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Argument(help: "TMX files (with --tm-db also filled .xlf, .tsv or .md files).")
    var files: [String]

    func validate() throws {
        if let penalty, !(0...100).contains(penalty) {
            throw ValidationError("--penalty is 0 to 100")
        }
        if memory.database == nil && files.count != 1 {
            throw ValidationError("list one TMX file at a time, or store several with --tm-db")
        }
        if memory.database != nil && (output != nil || format != nil) {
            throw ValidationError(
                "-o and --format are for listing a TMX file's pairs; with --tm-db the pairs go "
                    + "into the store (tm export writes them out)")
        }
        _ = try Format.checked(format, output: output, fallback: .tsv)
        if memory.database == nil && (origin != nil || penalty != nil) {
            throw ValidationError(
                "--origin and --penalty are recorded in a store; add --tm-db FILE")
        }
        if let origin, origin.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("--origin needs a name (it is shown with every match)")
        }
        // Shown with every match on one line, and given back to tm delete (pass 22: a line
        // break in it was written raw into TMX and folded to a space on the next import).
        if let origin, Self.holdsControls(origin) {
            throw ValidationError(
                "--origin is a name on one line; it may not hold a line break, tab or other "
                    + "control character")
        }
        if files.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("standard input (-) can be read once; name it once")
        }
        // A unit's origin is its file's name by default; an unnamed pipe's (`<(…)` is
        // `/dev/fd/63`) or standard input's says nothing (pass 16: matches came "from 63").
        // A named pipe (mkfifo) has its name.
        if memory.database != nil, origin == nil,
            let unnamed = files.first(where: Paths.isUnnamedStream)
        {
            throw ValidationError(
                "\(unnamed == "-" ? "standard input" : unnamed) is not a file with a name the "
                    + "memory could keep as the units' origin; name it with --origin")
        }
        // The same holds for a file's name standing in for --origin (review of pass 22).
        if memory.database != nil, origin == nil,
            let file = files.first(where: { Self.holdsControls(($0 as NSString).lastPathComponent) }
            )
        {
            throw ValidationError(
                "the name of \(file.shownInMessage) holds a line break, tab or other control "
                    + "character and would be the units' origin; give --origin NAME")
        }
    }

    /// Whether `name` holds a control character or a line or paragraph separator.
    private static func holdsControls(_ name: String) -> Bool {
        name.unicodeScalars.contains(where: \.isControlOrLineSeparator)
    }

    func run() throws {
        try reportingFailures {
            let (source, target) = try languages.packs(data)
            if memory.database != nil {
                try store(source: source, target: target)
                return
            }
            let (from, to) = (languages.from, languages.to)
            let format = Format.chosen(format, output: output, fallback: .tsv) ?? .tsv
            let selectors = try data.selectors(source, target)
            if Self.isRegularFile(files[0]) && !Self.opensAsXML(files[0]) {
                throw CommandFailure(
                    "\(files[0]): error: not a TMX file; tm import lists the pairs of a TMX (align "
                        + "--format tmx writes one)", status: .usage)
            }
            let contents = try TMX.read(
                path: files[0], source: selectors.source, target: selectors.target)
            // What an import with --tm-db would store: not a pair without words in the source
            // or without a translation.
            let pairs = contents.pairs.filter(\.isStorable)
            // A memory of other languages is refused as the store refuses it (pass 43: a
            // header and exit 0 here, an error with --tm-db).
            guard !pairs.isEmpty else {
                throw CommandFailure(
                    "\(files[0]): error: holds no \(from) → \(to) pairs; nothing written "
                        + "(another pair? name it with --from and --to)", status: .usage)
            }
            try OutputSink.write(to: output) { sink in
                if format == .tsv { try sink.write("source\ttarget\n") }
                if format == .tmx {
                    try sink.write(TMX.header(sourceLanguage: from, date: try TMX.now()))
                }
                for (index, pair) in pairs.enumerated() {
                    switch format {
                    case .tsv:
                        try sink.write(
                            SegmentFormat.tsvEscaped(pair.source) + "\t"
                                + SegmentFormat.tsvEscaped(pair.target) + "\n")
                    case .jsonl:
                        // The stated context, when the unit has one (what --format tmx keeps).
                        let context =
                            pair.context.map {
                                ",\"context_pre\":\(JSONText.quoted($0.previous)),"
                                    + "\"context_post\":\(JSONText.quoted($0.next))"
                            } ?? ""
                        try sink.write(
                            "{\"source\":\(JSONText.quoted(pair.source)),\"target\":\(JSONText.quoted(pair.target))\(context)}\n"
                        )
                    case .tmx:
                        try sink.write(
                            TMX.unit(
                                id: "\(index + 1)", source: pair.source, target: pair.target,
                                sourceLanguage: from, targetLanguage: to, context: pair.context))
                    }
                }
                if format == .tmx { try sink.write(TMX.footer) }
            }
            let empty = contents.pairs.count - pairs.count
            StandardError.write(
                "\(pairs.count) pairs \(from) → \(to)"
                    + (contents.skipped > 0
                        ? "; \(contents.skipped) units without both languages skipped" : "")
                    + (empty > 0
                        ? "; \(empty) without words in the source or a translation skipped" : ""))
        }
    }

    /// Adds the files' pairs to the store, each with its neighbours as context. With several
    /// files, every one is checked whole before anything is stored (a pipe, which cannot be
    /// read twice, only at its turn). The whole import is one transaction: a file that turns
    /// out bad, a full disk or a signal leaves the store as it was (and a store the run made
    /// is removed).
    private func store(source: LocalePack, target: LocalePack) throws {
        // Every file is known before the store is touched: it exists, it is TMX (by its
        // name, or a pipe) or a filled file, and with several files each reads whole and
        // holds pairs of the two languages.
        let kinds = try files.map(Self.kind)
        let selectors = try data.selectors(source, target)
        // Filled files checked here are kept for the import (a TMX, of any size, is read
        // again as a stream).
        var checkedJobs: [Int: TranslationJob] = [:]
        if files.count > 1 {
            for (index, (file, kind)) in zip(files, kinds).enumerated()
            where Self.canBeReadTwice(file) {
                var pairs = 0
                if kind == nil {
                    pairs = try TMX.check(
                        path: file, source: selectors.source, target: selectors.target)
                } else {
                    let job = try job(of: file, source: source, target: target)
                    pairs = job.memoryUnits(origin: "", created: "", creator: "").count
                    checkedJobs[index] = job
                }
                if pairs == 0 {
                    throw Self.noPairs(file, source: source, target: target, filled: kind != nil)
                }
            }
        }
        let adding = StoreForAdding(memory)
        let date = try TMX.now()
        // What each file added, said once the transaction has committed: a later file that
        // fails rolls every file back, and "30000 pairs added" would not be true.
        var summary: [String] = []
        func importFiles() throws {
            var total = 0
            // The penalties the units of each origin state (x-penalty), across the files of
            // the import: more than one for an origin is said once (pass 39: the last was
            // kept unsaid; pass 41: across two files only a note said so).
            var stated: [String: Set<Int>] = [:]
            var warned: Set<String> = []
            for (index, (file, kind)) in zip(files, kinds).enumerated() {
                let name = (file as NSString).lastPathComponent
                var added = 0
                var count = 0
                var empty = 0
                if kind == nil {
                    // Any size, a batch at a time, each batch keyed here while the store
                    // writes the one before. A unit's context is what the file states
                    // (a Tarjuman TMX's context properties), else unknown: a memory's order
                    // is no document's, so its neighbours in the file are not its context.
                    let store = try adding.store()
                    // The origins' penalties before: one the file sets anew is said (review
                    // of pass 33: an import lowered an origin's penalty unsaid).
                    let before = try store.penalties()
                    let writer = MemoryWriter(store)
                    // The store is never left to the writer's thread when reading fails.
                    defer { _ = try? writer.finish() }
                    let skipped = try TMX.stream(
                        path: file, source: selectors.source, target: selectors.target
                    ) {
                        (pairs: [TranslationPair]) throws(ExchangeError) in
                        // A unit's own provenance (a TMX's creationdate, creationid and
                        // x-origin) is kept; the file's name and the import date stand in.
                        let units = pairs.map { pair in
                            MemoryUnit(
                                source: pair.source, target: pair.target,
                                origin: origin ?? (pair.origin.isEmpty ? name : pair.origin),
                                created: pair.created.isEmpty ? date : pair.created,
                                creator: pair.creator, previous: pair.context?.previous ?? "",
                                next: pair.context?.next ?? "", contextKnown: pair.context != nil)
                        }
                        // The units by the penalty they come with: --penalty, else the one a
                        // memory Tarjuman exported states for their origin (x-penalty); of
                        // several stated for one origin, the highest, which ranks its matches
                        // lowest (pass 46: the lowest was kept).
                        var byPenalty: [(penalty: Int?, units: [MemoryUnit])] = []
                        for (pair, unit) in zip(pairs, units) where unit.isStorable {
                            if penalty == nil, let own = pair.penalty {
                                stated[unit.origin, default: []].insert(own)
                            }
                            let wanted = penalty ?? stated[unit.origin]?.max() ?? pair.penalty
                            if let group = byPenalty.firstIndex(where: { $0.penalty == wanted }) {
                                byPenalty[group].units.append(unit)
                            } else {
                                byPenalty.append((wanted, [unit]))
                            }
                        }
                        empty += units.count - byPenalty.reduce(0) { $0 + $1.units.count }
                        // The most trusted first (no penalty stated, then the lowest): a unit
                        // the batch gives under two origins is stored once, under the more
                        // trusted, and counted once (pass 51: stored under the less trusted
                        // first, then taken over, it was counted twice, "2 of 2 added").
                        byPenalty.sort { ($0.penalty ?? -1) < ($1.penalty ?? -1) }
                        do throws(MemoryError) {
                            for group in byPenalty {
                                try writer.add(
                                    store.keyed(group.units, source: source, target: target),
                                    penalty: group.penalty)
                            }
                        } catch {
                            throw .memory(error)
                        }
                        count += units.count
                    }
                    added = try writer.finish()
                    let after = try store.penalties()
                    for (origin, penalties) in stated.sorted(by: { $0.key < $1.key })
                    where penalties.count > 1 && warned.insert(origin).inserted {
                        StandardError.write(
                            "warning: \(file): the units of origin \(origin.shownInMessage) state "
                                + "different penalties ("
                                + penalties.sorted().map(String.init).joined(separator: ", ")
                                + "); an origin has one, and the highest, \(after[origin] ?? 0), is "
                                + "kept: give the one meant with --penalty")
                    }
                    for (origin, penalty) in after.sorted(by: { $0.key < $1.key })
                    where before[origin].map({ $0 != penalty }) ?? (penalty > 0) {
                        StandardError.write(
                            "note: \(file): the origin \(origin.shownInMessage) now ranks its "
                                + "matches \(penalty) points lower"
                                + (before[origin].map { " (was \($0))" } ?? ""))
                    }
                    if skipped > 0 {
                        StandardError.write(
                            "warning: \(file): \(skipped) units without both \(source.tag) and "
                                + "\(target.tag) skipped (another pair? name it with --from and --to)"
                        )
                    }
                } else {
                    let job =
                        try checkedJobs.removeValue(forKey: index)
                        ?? job(of: file, source: source, target: target)
                    let units = job.memoryUnits(origin: origin ?? name, created: date)
                    let storable = units.filter(\.isStorable)
                    empty = units.count - storable.count
                    if !storable.isEmpty {
                        added = try adding.store().add(
                            storable, source: source, target: target, penalty: penalty)
                    }
                    count = units.count
                }
                if count == 0 {
                    throw Self.noPairs(file, source: source, target: target, filled: kind != nil)
                }
                total += added
                summary.append(
                    "\(file): \(added) of \(count) pairs added (\(count - empty - added) already "
                        + "stored\(empty > 0 ? ", \(empty) without words in the source or a translation skipped" : ""))"
                )
            }
            summary.append("\(total) unit(s) added to \(try adding.store().path)")
        }
        // One transaction for the whole run: a failure or a signal in the middle leaves a
        // store that was there as it was.
        try adding.run { try adding.store().atomically(importFiles) }
        summary.forEach(StandardError.write)
    }

    /// The filled file's job, which must be of the memory's two languages.
    private func job(of file: String, source: LocalePack, target: LocalePack) throws
        -> TranslationJob
    {
        let job = try TranslationJob.forMemory(file)
        guard job.sourceLanguage == source.tag, job.targetLanguage == target.tag else {
            throw CommandFailure(
                "error: \(file) is \(job.shownLanguages), not \(source.tag) → \(target.tag)",
                status: .usage)
        }
        // Each translation as merge writes it into the document.
        return DocumentMerger(targetPack: target).finished(job)
    }

    /// What `file` holds: the filled file's format when its name or opening says one, else
    /// `nil`, TMX (as the import without a store reads any file: pass 20 found a TMX saved
    /// as `.txt` listed there but refused here). A missing file or a folder is an error.
    private static func kind(_ file: String) throws -> WorksheetFormat? {
        var status = stat()
        if file != "-" && stat(file, &status) != 0 {
            throw CommandFailure(
                "\(file): error: \(String(cString: strerror(errno)))", status: .usage)
        }
        if file != "-" && status.st_mode & S_IFMT == S_IFDIR {
            throw CommandFailure("\(file): error: is a folder; name the files", status: .usage)
        }
        if file.lowercased().hasSuffix(".tmx") || !isRegularFile(file) { return nil }
        if let format = try? WorksheetFormat.of(file: file) { return format }
        // Read as TMX only what opens as XML does (pass 22: align's JSON lines were said
        // to be "malformed XML").
        guard opensAsXML(file) else {
            throw CommandFailure(
                "\(file): error: not a TMX, XLIFF or worksheet file; tm import reads TMX (align "
                    + "--format tmx writes one), filled XLIFF (.xlf) and worksheets (.tsv, .md)",
                status: .usage)
        }
        return nil
    }

    /// Whether the regular file at `path` opens as XML does: with `<` after white space and
    /// a UTF-8 byte-order mark, or with a UTF-16 byte-order mark.
    private static func opensAsXML(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return true }
        defer { try? handle.close() }
        let bytes = [UInt8]((try? handle.read(upToCount: 4096)) ?? Data())
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return true }
        let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        let first = text.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        return first == nil || first == 0x3C
    }

    /// The error for a file with no pair of the memory's languages (nothing is stored): a
    /// TMX of other languages, or a `filled` file with no confirmed translation.
    private static func noPairs(
        _ file: String, source: LocalePack, target: LocalePack, filled: Bool
    ) -> CommandFailure {
        CommandFailure(
            filled
                ? "\(file): error: holds no confirmed translation to store; nothing stored "
                    + "(sentences left empty and drafts stay out of the memory: translate or "
                    + "confirm them first)"
                : "\(file): error: holds no \(source.tag) → \(target.tag) pairs to store; nothing "
                    + "stored (another pair? name it with --from and --to)", status: .usage)
    }

    /// Whether `path` can be read twice: a regular file, or a device that is not a terminal
    /// (`/dev/null`); not standard input, a pipe or a socket.
    private static func canBeReadTwice(_ path: String) -> Bool {
        var status = stat()
        guard path != "-", stat(path, &status) == 0 else { return false }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return true
        case S_IFCHR, S_IFBLK:
            let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
            guard descriptor >= 0 else { return false }
            defer { close(descriptor) }
            return isatty(descriptor) == 0
        default: return false
        }
    }

    /// Whether `path` names a regular file.
    private static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return path != "-" && stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }
}

/// `tarjuman tm calibrate`: fit the aligner's length model to a memory.
struct TMCalibrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate",
        abstract: "Compute a locale pack's alignment: section from the pairs of a TMX memory.",
        discussion: """
            Gale and Church's estimates over the memory's sentence pairs (characters without \
            spaces): length_ratio = target / source characters, variance = Σ (target − ratio \
            × source)² / Σ source. Paste the printed lines into locales/<tag>.yaml, replacing \
            length_ratio and variance if it has an alignment: section already.
            Example: tarjuman align --format tmx old.en.txt old.ur.txt -o m.tmx && \
            tarjuman tm calibrate --to ur m.tmx
            """)

    @OptionGroup var data: DataOptions

    @Option(name: .long, help: "Target language tag.")
    var to: String

    @Option(name: .long, help: "Source language tag.")
    var from = "en"

    @Argument(help: "The TMX file.")
    var file: String

    func run() throws {
        try reportingFailures {
            let packs = try [from, to].map { tag throws(CommandFailure) in try data.pack(for: tag) }
            guard packs[0].tag != packs[1].tag else {
                throw CommandFailure(
                    "error: --from and --to are both \(packs[0].tag) (--from is en when not given); "
                        + "name the memory's two languages",
                    status: .usage)
            }
            let selectors = try data.selectors(packs[0], packs[1])
            let contents = try TMX.read(
                path: file, source: selectors.source, target: selectors.target)
            guard let profile = AlignmentProfile.calibrated(from: contents.pairs) else {
                throw CommandFailure(
                    "error: \(file) has fewer than 20 \(from) → \(to) pairs with text on both "
                        + "sides (\(contents.pairs.count) pairs in all); at least 20 are needed to "
                        + "calibrate", status: .usage)
            }
            guard AlignmentProfile.plausibleLengthRatios.contains(profile.lengthRatio) else {
                throw CommandFailure(
                    "error: \(file): the \(to) sides are \(String(format: "%.3g", profile.lengthRatio)) "
                        + "times as long as the \(from) sides, outside what translations have "
                        + "(0.05 to 20); are the pairs translations of each other, in the "
                        + "languages named?", status: .usage)
            }
            // Printed so that the pack reads it back: within what a pack accepts (text whose
            // sentences keep their lengths exactly is no reason to refuse every other 1:1).
            let variance = String(
                format: "%.4g",
                min(
                    max(profile.variance, AlignmentProfile.plausibleVariances.lowerBound),
                    AlignmentProfile.plausibleVariances.upperBound))
            try OutputSink.standardOutput(
                """
                # \(contents.pairs.count) sentence pairs \(from) → \(to) from \(file)
                # in place of the pack's own lengths if it has an alignment: section already
                alignment:
                  length_ratio: \(String(format: "%.3f", profile.lengthRatio))
                  variance: \(variance)

                """)
        }
    }
}

extension TranslationJob {
    /// The filled file at `file`, refused (its problems written to standard error, exit 2,
    /// as for any input the command cannot use) when a sentence in it is paired with a
    /// translation or neighbours not its own: a duplicated, unknown, moved or reordered id, or
    /// an edited source (``TranslationJob/memoryProblems()``), would put a stray translation,
    /// a wrong context or a wrong source in the memory as confirmed.
    static func forMemory(_ file: String) throws -> TranslationJob {
        let job = try WorksheetFormat.readFilled(file)
        let problems = job.memoryProblems()
        for problem in problems { StandardError.write("\(file):\(problem)") }
        guard problems.isEmpty else {
            throw CommandFailure(
                "\(problems.count) problem(s) with the sentences of \(file), which merge "
                    + "refuses too; nothing written or stored", status: .usage)
        }
        return job
    }
}

extension TranslationJob {
    /// `en → ur`, or what a file that records no languages lacks (pass 43: "is  → ").
    fileprivate var shownLanguages: String {
        guard !sourceLanguage.isEmpty, !targetLanguage.isEmpty else {
            return "a file that does not say its languages (its '# source_language:' and "
                + "'# target_language:' records, or XLIFF's srcLang and trgLang, are gone; restore "
                + "them from the prepared file)"
        }
        return "\(sourceLanguage) → \(targetLanguage)"
    }
}
