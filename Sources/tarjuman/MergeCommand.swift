import ArgumentParser
import Foundation
import TarjumanKit

/// `tarjuman merge`: rebuild the translated document from a filled file.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Rebuild the translated document from a filled XLIFF, TSV or Markdown file.",
        discussion: """
            Same paragraphs in the same order; sentences joined with the target pack's \
            spacing; a final Latin . or ? after target-script letters becomes the pack's own \
            mark (each change is listed). Untranslated sentences are errors (exit 1, nothing \
            written) unless --allow-partial, which keeps them in the source language marked \
            ⟦en: …⟧. With --tm-db, the confirmed translations (not drafts) go into the \
            translation memory, each with its neighbours as context. Then run `tarjuman check` \
            on the pair.
            Example: tarjuman merge uprising.ur.xlf -o uprising.ur.txt --tm-db memory.sqlite
            """)

    @OptionGroup var data: DataOptions

    @OptionGroup var memory: MemoryOptions

    @Option(name: .long, help: "Target locale (default: the file's target language).")
    var locale: String?

    @Flag(
        name: .customLong("allow-partial"),
        help: "Write the document even when sentences are untranslated (marked ⟦en: …⟧).")
    var allowPartial = false

    @Option(
        name: [.short, .long],
        help: "Write to this file (atomically) instead of standard output; never the input.")
    var output: String?

    @Argument(help: "The filled file (.xlf, .tsv or .md).")
    var filled: String

    /// The filled file as messages name it: standard input as `<stdin>`, as its reader
    /// names it (pass 29: a run said both `-:` and `<stdin>:`).
    private var shownName: String { filled == "-" ? "<stdin>" : filled }

    func validate() throws {
        if let output, Paths.sameFile(output, filled) {
            throw ValidationError(
                "--output is the input file \(filled); merge never overwrites its input")
        }
        if let output, let message = OutputExtension.misnamedText(output, command: "merge") {
            throw ValidationError(message)
        }
        // The filled file's name is the origin of the translations a memory takes; a pipe's
        // says nothing (pass 29: stored from "-" and "63").
        if memory.database != nil, Paths.isUnnamedStream(filled) {
            throw ValidationError(
                "\(filled == "-" ? "standard input" : filled) has no file name for the memory "
                    + "to keep as the translations' origin; merge the saved file by name to "
                    + "add them to --tm-db")
        }
    }

    func run() throws {
        try reportingFailures {
            let job = try WorksheetFormat.readFilled(filled)
            // The document the job was prepared from, named as prepare recorded it (from the
            // current folder or beside the filled file): one typo from losing the source.
            if let output, !job.original.isEmpty {
                let beside = (PathNames.folder(of: filled) as NSString)
                    .appendingPathComponent(job.original)
                for original in [job.original, beside]
                where FileManager.default.fileExists(atPath: original)
                    && Paths.sameFile(output, original)
                {
                    throw CommandFailure(
                        "error: --output \(output) is the source document \(original) the job was "
                            + "prepared from; name another file for the translation",
                        status: .usage)
                }
            }
            guard let tag = locale ?? (job.targetLanguage.isEmpty ? nil : job.targetLanguage) else {
                throw CommandFailure(
                    "error: \(shownName) does not say its target language; pass --locale",
                    status: .usage)
            }
            let problems = job.structureProblems()
            for problem in problems { StandardError.write("\(shownName):\(problem)") }
            if !problems.isEmpty {
                throw CommandFailure(
                    "\(problems.count) problem(s) with the sentences of \(shownName); nothing written",
                    status: .findings)
            }
            // The languages come from the file (unless --locale names the target): an unknown
            // one is the file's problem, and the message says which file.
            func pack(_ tag: String, from file: Bool) throws(CommandFailure) -> LocalePack {
                do {
                    return try data.pack(for: tag)
                } catch {
                    guard file else { throw error }
                    throw CommandFailure("\(shownName): \(error.message)", status: error.status)
                }
            }
            let targetPack = try pack(tag, from: locale == nil)
            // --locale is for files that do not say; one that says another language is a
            // mistake (merge --tm-db stored Urdu as another pair's units).
            if locale != nil, !job.targetLanguage.isEmpty,
                data.packTag(job.targetLanguage) != targetPack.tag
            {
                throw CommandFailure(
                    "\(shownName): error: the file is a translation into \(job.targetLanguage), not "
                        + "\(locale ?? ""); drop --locale (it is for files that do not say)",
                    status: .usage)
            }
            let sourcePack = try pack(
                job.sourceLanguage.isEmpty ? "en" : job.sourceLanguage, from: true)
            let created = memory.database == nil ? "" : try TMX.now()
            let adding = StoreForAdding(memory)
            try adding.run {
                // Opened first, so that a memory that cannot be used stops the run before it
                // writes; a store this run made is removed if the run then fails.
                let store = memory.database == nil ? nil : try adding.store()
                // Held as one transaction from here: no other run can store into a new store
                // that a signal might then remove.
                let merge = {
                    try write(
                        job, tag: tag, packs: (sourcePack, targetPack), store: store,
                        created: created)
                }
                if let store { try store.atomically(merge) } else { try merge() }
            }
        }
    }

    /// Merges `job` into the output, and its confirmed translations into `store`.
    private func write(
        _ job: TranslationJob, tag: String, packs: (source: LocalePack, target: LocalePack),
        store: (any MemoryStore)?, created: String
    ) throws {
        let (sourcePack, targetPack) = packs
        let result = DocumentMerger(targetPack: targetPack).merge(job)
        let severity = allowPartial ? "warning" : "error"
        for segment in result.untranslated {
            StandardError.write(
                "\(shownName):\(segment.position): \(severity): \(segment.id) is not translated: "
                    + segment.source.shownInMessage)
        }
        for segment in result.drafts {
            StandardError.write(
                "\(shownName):\(segment.position): warning: \(segment.id): the translation is "
                    + "marked as a draft (not confirmed in the CAT tool); merged, review it")
        }
        for segment in job.segments where segment.isTranslated {
            for place in segment.codesLeftOut {
                StandardError.write(
                    "\(shownName):\(place): warning: \(segment.id): an inline code in the "
                        + "translation is left out (the document is plain text; the prepared "
                        + "source has no codes): check that nothing it stood for is missing")
            }
        }
        for segment in job.segments {
            guard let place = segment.droppedApostrophe else { continue }
            StandardError.write(
                "\(shownName):\(place): note: \(segment.id): the apostrophe that "
                    + "began the translation was read as a spreadsheet's text mark and dropped; "
                    + "if it opens a quotation, type it twice ('') to keep it")
        }
        for segment in result.lineBroken {
            StandardError.write(
                "\(shownName):\(segment.position): warning: \(segment.id): the translation holds "
                    + "a line break, merged as one: the line ends inside its paragraph (in a TSV "
                    + "worksheet, \\n or Alt+Enter in a cell; to write a backslash there, type "
                    + "two: C:\\\\new)")
        }
        for segment in result.punctuationFixed {
            StandardError.write(
                "\(shownName):\(segment.position): note: \(segment.id): final Latin punctuation "
                    + "written in the \(tag) style")
        }
        if !result.untranslated.isEmpty && !allowPartial {
            throw CommandFailure(
                "\(result.untranslated.count) of \(job.segments.count) sentences are not translated; "
                    + "nothing written (translate them, or pass --allow-partial)",
                status: .findings)
        }
        // The document is written whole first, then the memory takes its translations,
        // then the document is put in place: a document that cannot be written stores
        // nothing, and a memory that cannot take them leaves no document.
        try OutputSink.write(to: output) { sink in
            try sink.write(result.text)
            try sink.written()
            guard let store else { return }
            let units = result.job.memoryUnits(
                origin: (filled as NSString).lastPathComponent, created: created
            ).filter(\.isStorable)
            let added = try store.add(
                units, source: sourcePack, target: targetPack, penalty: nil)
            StandardError.write(
                "\(added) of \(units.count) confirmed translations added to \(store.path) "
                    + "(\(units.count - added) already stored)")
        }
    }
}
