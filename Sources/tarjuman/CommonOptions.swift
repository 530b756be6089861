import ArgumentParser
import Foundation
import Synchronization
import TarjumanKit

/// The data folder and the `--locale` of a command that reads one text file (segment,
/// normalize).
struct FileLanguageOptions: ParsableArguments {
    @OptionGroup var data: DataOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Locale pack tag, e.g. en, ur, bal, bal-Arab-IR, bal-Latn (default: the tag the "
                + "file's name carries, doc.ur.txt → ur, else en)."))
    var locale: String?

    /// The pack for `file`: `--locale`'s, else the one its name carries, else English.
    func pack(for file: String) throws(CommandFailure) -> LocalePack {
        try data.pack(for: data.sourceLocale(locale, file: file))
    }
}

/// Options shared by every command that reads Tarjuman's data.
struct DataOptions: ParsableArguments {
    @Option(
        name: .customLong("data-dir"),
        help:
            "Folder holding locales/, glossaries/ and seeds/ (default: $TARJUMAN_DATA, then the installation or package checkout)."
    )
    var dataDirectory: String?

    /// The located data folder, found once a run (the search lists and checks folders);
    /// the first time, a warning for each one passed over because another user could have
    /// written it.
    func directory() throws(CommandFailure) -> DataDirectory {
        if let found = Self.located.withLock({ $0[dataDirectory] }) { return found }
        let directory: DataDirectory
        do {
            directory = try DataDirectory.locate(
                explicit: dataDirectory, environment: ProcessInfo.processInfo.environment,
                executable: Self.executablePath())
        } catch {
            throw CommandFailure(error.description, status: .usage)
        }
        let first = Self.located.withLock { located in
            defer { located[dataDirectory] = directory }
            return located.isEmpty
        }
        if first {
            for (path, reason) in directory.passedOver {
                StandardError.write(
                    "warning: \(path) is not used as the data folder: \(reason); pass "
                        + "--data-dir \(path) to use it")
            }
        }
        return directory
    }

    /// The data folder located and its `locales/` holding packs, before any file pair runs:
    /// a fault of the data is the run's, said once, not each pair's (pass 57: "error:
    /// arguments 1–2 (…): … error: no locale packs", once per pair).
    func requireLocales() throws(CommandFailure) {
        let folder = try directory().locales
        let names = (try? PathNames.listing(of: folder)) ?? []
        guard names.contains(where: { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }) else {
            throw CommandFailure(
                LocalePackError.noPacks(folder: folder).description, status: .usage)
        }
    }

    /// The data folders located so far in this run, by the `--data-dir` they were found for.
    private static let located = Mutex<[String?: DataDirectory]>([:])

    /// The running binary's own path, also when it was started through `PATH` (as
    /// pre-commit and installed copies run it): the kernel's `/proc/self/exe`, else the
    /// first argument as given.
    static func executablePath() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return CommandLine.arguments[0] }
        return String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The source language of `file`: `explicit`, else the tag its name carries when that
    /// names a pack (`doc.ur.txt` → `ur`), else English.
    func sourceLocale(_ explicit: String?, file: String) -> String {
        if let explicit { return explicit }
        if let named = AlignCommand.locale(fromFileName: file), (try? pack(for: named)) != nil {
            return named
        }
        return "en"
    }

    /// `explicit`, else the one glossary in `glossaries/` whose file name puts `language`
    /// on either side (`en-ur.tsv` for Urdu when no other glossary has Urdu). Without a
    /// language, or with none or several such glossaries, the user must name one.
    func glossaryPath(_ explicit: String?, language: String?) throws(CommandFailure) -> String {
        if let explicit { return explicit }
        let folder = try directory().glossaries
        let names = ((try? PathNames.listing(of: folder)) ?? []).filter {
            $0.lowercased().hasSuffix(".tsv")
        }
        let candidates = names.filter { name in
            guard let language, let pair = Glossary.languagePair(fromFileName: name) else {
                return false
            }
            // A language named by an alias too (`en-bal.tsv` for bal-Arab-PK).
            return pair.source == language || pair.target == language
                || packTag(pair.source) == language || packTag(pair.target) == language
        }
        if candidates.count == 1,
            let chosen = try found((folder as NSString).appendingPathComponent(candidates[0]))
        {
            return chosen
        }
        let offered = (candidates.isEmpty ? names : candidates).joined(separator: ", ")
        throw CommandFailure(
            "error: name the glossary with --glossary (in \(folder): \(offered.isEmpty ? "none" : offered))",
            status: .usage)
    }

    /// Refuses a glossary or word list whose file name or content gives another language
    /// pair than the documents' `source` → `target` (a CI job checking with the wrong
    /// glossary passed, or failed with hundreds of unexplained findings; `prepare` wrote
    /// Balochi hints into an Urdu job). A glossary that names no target language passes.
    func refuseOtherPair(
        _ glossary: Glossary?, path: String?, option: String, source: LocalePack,
        target: LocalePack
    ) throws(CommandFailure) {
        guard let glossary, let path, path != "none", !glossary.targetLanguage.isEmpty else {
            return
        }
        guard
            packTag(glossary.sourceLanguage) != source.tag
                || packTag(glossary.targetLanguage) != target.tag
        else { return }
        throw CommandFailure(
            "\(path): error: this \(option) is for \(glossary.sourceLanguage) → "
                + "\(glossary.targetLanguage), the documents are \(source.tag) → \(target.tag); name "
                + "one for their languages with --\(option)",
            status: .usage)
    }

    /// The tag of the pack `tag` resolves to, if any.
    func packTag(_ tag: String) -> String? {
        (try? pack(for: tag))?.tag
    }

    /// The general word list to anchor alignment from `source` into `target`: `explicit`,
    /// else `glossaries/dictionaries/<source>-<target>.tsv` when it exists; `none` turns it
    /// off.
    func dictionary(_ explicit: String?, source: LocalePack, target: LocalePack) throws
        -> Glossary?
    {
        if explicit == "none" { return nil }
        guard
            let path =
                try explicit
                ?? onlyOne(
                    directory().dictionaries(source: source, target: target), option: "dictionary",
                    source: source, target: target)
        else { return nil }
        return try glossary(at: path, target: target.tag)
    }

    /// The data folder's glossary for `source` → `target`, if any (see ``onlyOne(_:option:source:target:)``).
    func defaultGlossary(source: LocalePack, target: LocalePack) throws(CommandFailure) -> String? {
        try onlyOne(
            directory().glossaries(source: source, target: target), option: "glossary",
            source: source, target: target)
    }

    /// The one file of `candidates` (the data folder's files for `source` → `target`, its
    /// packs named by tag or alias), refused when there are several: which is read must not
    /// hang on the order aliases are listed in (pass 54: one was picked silently).
    private func onlyOne(
        _ candidates: [String], option: String, source: LocalePack, target: LocalePack
    ) throws(CommandFailure) -> String? {
        guard candidates.count > 1 else { return try found(candidates.first) }
        throw CommandFailure(
            "error: \(candidates.count) files could be the \(option) for \(source.tag) → "
                + "\(target.tag): \(candidates.joined(separator: ", ")); keep one (merge them), or "
                + "name one with --\(option)",
            status: .usage)
    }

    /// `path`, a file found in the data folder rather than named by the user, refused when
    /// it is no regular file (pass 54: a FIFO there blocked `check`, `align` and `prepare`).
    func found(_ path: String?) throws(CommandFailure) -> String? {
        if let path, let reason = PathNames.whyNotListable(path) {
            throw CommandFailure("\(path): error: \(reason)", status: .usage)
        }
        return path
    }

    /// The glossary at `path`; from a TBX file, the terms in `target` when it names one, its
    /// language tags read as the packs name them (an alias is its pack: `bcc` is
    /// `bal-Arab-PK`, pass 33; other tags as written, so `sd-IN` stays Devanagari). A TBX
    /// with concepts but none in the target language is an error (review of pass 33: check
    /// ran without terms, unsaid).
    func glossary(
        at path: String, target: String?,
        advice: String = "name one for these languages with --glossary"
    ) throws -> Glossary {
        // Every pack is read only for a TBX, whose tags need them (a run reads only the
        // packs it needs).
        let catalog = (try? GlossaryFormat(path: path)) == .tbx ? try? catalog() : nil
        let glossary = try GlossaryFile.read(
            path, tbxTarget: target, tbxLanguage: { tag in catalog?.tbxTag(tag) ?? tag },
            tbxPackTags: Set(catalog?.tags ?? []))
        if glossary.entries.isEmpty && glossary.conceptsWithoutTarget > 0 {
            let language =
                glossary.targetLanguage.isEmpty ? "target-language" : glossary.targetLanguage
            throw CommandFailure(
                "\(path): error: none of its \(glossary.conceptsWithoutTarget) concept(s) has a "
                    + "\(language) term; \(advice); nothing written",
                status: .usage)
        }
        return glossary
    }

    /// All locale packs.
    func catalog() throws(CommandFailure) -> LocaleCatalog {
        let folder = try directory().locales
        do {
            return try LocaleCatalog(folder: folder)
        } catch {
            throw CommandFailure(error.description, status: .usage)
        }
    }

    /// What stands for the languages of `source` and `target` among a memory file's language
    /// tags: the tags the catalog resolves to each pack (aliases yes, another script no).
    func selectors(_ source: LocalePack, _ target: LocalePack) throws(CommandFailure) -> (
        source: LanguageSelector, target: LanguageSelector
    ) {
        // A broken pack elsewhere in locales/ must not stop a memory read that needs only
        // these two: a catalog of the two then decides.
        guard let catalog = (try? catalog()) ?? (try? LocaleCatalog(packs: [source, target]))
        else {
            return (LanguageSelector(source.tag), LanguageSelector(target.tag))
        }
        return (
            LanguageSelector(pack: source, catalog: catalog),
            LanguageSelector(pack: target, catalog: catalog)
        )
    }

    /// The pack for `tag` (read alone when its file is named after it), read once per run.
    func pack(for tag: String) throws(CommandFailure) -> LocalePack {
        let folder = try directory().locales
        let key = folder + "\u{0}" + tag
        if let pack = Self.packsRead.withLock({ $0[key] }) { return pack }
        do {
            let pack = try LocaleCatalog.pack(for: tag, inFolder: folder)
            Self.packsRead.withLock { $0[key] = pack }
            return pack
        } catch {
            throw CommandFailure(error.description, status: .usage)
        }
    }

    /// The packs this run has read, by folder and tag as asked: a run asks for a pack to
    /// name a file's language, then to build its tools, and reads its YAML once.
    private static let packsRead = Mutex<[String: LocalePack]>([:])
}

/// A failure to report on standard error with a given exit status.
struct CommandFailure: Error, Sendable {
    let message: String
    let status: ExitStatus

    init(_ message: String, status: ExitStatus) {
        self.message = message
        self.status = status
    }
}

/// Runs `body`, printing any failure on standard error and exiting with its status.
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch {
        guard let failure = CommandFailure(error) else { throw error }
        StandardError.write(failure.message)
        throw failure.status.code
    }
}

extension CommandFailure {
    /// The message and exit status for a library error (`nil` for errors that are not
    /// Tarjuman's, such as ArgumentParser's own exit codes).
    init?(_ error: any Error) {
        switch error {
        case let failure as CommandFailure: self = failure
        case let error as InputError: self.init(error.description, status: .usage)
        case let error as SegmentationError:
            if case .icu = error {
                self.init(error.description, status: .internalError)
            } else {
                self.init(error.description, status: .usage)
            }
        case let error as AlignmentError:
            if case .segmentation(.icu) = error {
                self.init(error.description, status: .internalError)
            } else {
                self.init(error.description, status: .usage)
            }
        case let error as GlossaryError: self.init(error.description, status: .usage)
        case let error as LocalePackError: self.init(error.description, status: .usage)
        case let error as ExchangeError:
            if case .icu = error {
                self.init(error.description, status: .internalError)
            } else {
                self.init(error.description, status: .usage)
            }
        case let error as FilePairsError: self.init(error.description, status: .usage)
        case let error as ProjectConfigError: self.init(error.description, status: .usage)
        case let error as MemoryError: self.init(error.description, status: .usage)
        case let error as ICUError where error.isRunaway:
            // A project check's pattern, not Tarjuman, is at fault.
            self.init("error: \(error)", status: .usage)
        case let error as ICUError: self.init("internal error: \(error)", status: .internalError)
        default: return nil
        }
    }
}

/// Messages for people, on standard error.
enum StandardError {
    /// Best effort: a closed or full standard error is ignored (never a crash), since there
    /// is nowhere left to report it. Control characters and bidi overrides in a message (a
    /// file's name, a value from a file) are written escaped, as reports write them (pass
    /// 22: an escape sequence in a file name reached the terminal).
    static func write(_ message: String) {
        let message = FindingFormat.terminalSafe(NamesWithControls.escaped(in: message))
        StandardErrorWrite.write(Array((message.hasSuffix("\n") ? message : message + "\n").utf8))
    }
}
