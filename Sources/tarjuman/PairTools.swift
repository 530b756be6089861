import Foundation
import TarjumanKit

/// What a run needs for each language pair among its file pairs — the two packs, the
/// glossary and an aligner — built once before the pairs run and shared by them (across
/// threads).
struct PairTools: Sendable {
    /// The tools for one language pair.
    typealias Tools = (
        aligner: DocumentAligner, sourcePack: LocalePack, pack: LocalePack,
        checker: TranslationChecker?
    )

    private let built: [String: Result<Tools, CommandFailure>]
    private let fixedLocale: String?
    private let sourceTags: [String: String]

    /// Tools for every language pair of `pairs`. The target language is `locale`, else each
    /// target's file name (`draft.ur.txt`); the source language is `sourceLocale`, else the
    /// source's file name when it names a pack (`doc.ur.txt`), else English. The glossary is
    /// `glossary`, else `glossaries/<source>-<target>.tsv`. With a checker skipping
    /// `disabled` when `checking`.
    init(
        data: DataOptions, sourceLocale: String?, locale: String?, glossary: String?,
        dictionary: String?, pairs: [FilePair], checking disabled: [String]? = nil,
        customChecks: [CustomCheck] = []
    ) {
        fixedLocale = locale
        var sourceTags: [String: String] = [:]
        var byName: [String: String] = [:]
        for pair in pairs where sourceTags[pair.source] == nil {
            let named = AlignCommand.locale(fromFileName: pair.source) ?? ""
            if byName[named] == nil {
                byName[named] = data.sourceLocale(sourceLocale, file: pair.source)
            }
            sourceTags[pair.source] = byName[named]
        }
        self.sourceTags = sourceTags
        var built: [String: Result<Tools, CommandFailure>] = [:]
        // Language pairs told they have no glossary: once each, however their tags are
        // spelled (review of pass 33: `bal` and `bal-Arab-PK` were told twice).
        var noted: Set<String> = []
        for pair in pairs {
            guard let target = locale ?? AlignCommand.locale(fromFileName: pair.target),
                let source = sourceTags[pair.source]
            else { continue }
            let key = Self.key(source, target)
            guard built[key] == nil else { continue }
            built[key] = Result { () throws(CommandFailure) -> Tools in
                do {
                    let sourcePack = try data.pack(for: source)
                    let pack = try data.pack(for: target)
                    let path =
                        try glossary
                        ?? data.defaultGlossary(source: sourcePack, target: pack)
                    if path == nil && disabled != nil,
                        noted.insert(Self.key(sourcePack.tag, pack.tag)).inserted
                    {
                        // Term checks off without a word said hid a misnamed glossary.
                        StandardError.write(
                            "note: no glossary \(try data.directory().glossaries)/"
                                + "\(sourcePack.tag)-\(pack.tag).tsv: the term checks do not run "
                                + "(name one with --glossary, or --glossary none)")
                    } else if glossary == nil, let path, disabled != nil,
                        noted.insert(Self.key(sourcePack.tag, pack.tag)).inserted
                    {
                        // The default glossary was applied unsaid to any document (pass 36:
                        // the sample's `people` → عوام asked of a recipe).
                        StandardError.write(
                            "note: checking terms with \(path), the glossary for "
                                + "\(sourcePack.tag) → \(pack.tag) (name another with --glossary, "
                                + "or --glossary none)")
                    }
                    // The glossary and the word list are read at the same time.
                    let (terms, words) = try Concurrently.both(
                        { () throws(CommandFailure) in
                            try Self.read { () throws in
                                try path.flatMap { path in
                                    path == "none"
                                        ? nil : try data.glossary(at: path, target: pack.tag)
                                }
                            }
                        },
                        { () throws(CommandFailure) in
                            try Self.read { () throws in
                                try data.dictionary(dictionary, source: sourcePack, target: pack)
                            }
                        })
                    try data.refuseOtherPair(
                        terms, path: path, option: "glossary", source: sourcePack, target: pack)
                    try data.refuseOtherPair(
                        words, path: dictionary, option: "dictionary", source: sourcePack,
                        target: pack)
                    // A glossary of a header alone passes every translation (pass 64: no
                    // word said).
                    if disabled != nil, let terms, terms.entries.isEmpty, let path {
                        StandardError.write(
                            "warning: \(path) has no entries, so the term checks find nothing "
                                + "(glossary lint reports it as no-entries)")
                    }
                    let aligner = try DocumentAligner(
                        sourcePack: sourcePack, targetPack: pack, glossary: terms,
                        dictionary: words)
                    var checker: TranslationChecker?
                    if let disabled {
                        checker = TranslationChecker(sharingMatchersOf: aligner)
                        try checker?.addCustomChecks(customChecks)
                        try checker?.disable(disabled)
                    }
                    return (aligner, sourcePack, pack, checker)
                } catch let error as UnknownRuleError {
                    throw CommandFailure("error: \(error)", status: .usage)
                } catch let error as CustomCheckError {
                    throw CommandFailure("error: \(error)", status: .usage)
                } catch {
                    throw CommandFailure(error)
                        ?? CommandFailure("internal error: \(error)", status: .internalError)
                }
            }
        }
        self.built = built
    }

    /// `body`'s glossary, its errors made the command's.
    private static func read(_ body: () throws -> Glossary?) throws(CommandFailure) -> Glossary? {
        do {
            return try body()
        } catch {
            throw CommandFailure(error)
                ?? CommandFailure("internal error: \(error)", status: .internalError)
        }
    }

    private static func key(_ source: String, _ target: String) -> String {
        source + "\u{1F}" + target
    }

    /// The tools for `pair`'s languages.
    func tools(for pair: FilePair) -> Result<Tools, CommandFailure> {
        guard let target = fixedLocale ?? AlignCommand.locale(fromFileName: pair.target) else {
            // A folder is said to be one before its name is judged (pass 54).
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: pair.target, isDirectory: &isFolder),
                isFolder.boolValue
            {
                return .failure(
                    CommandFailure(InputError.folder(pair.target).description, status: .usage))
            }
            return .failure(
                CommandFailure(
                    "error: cannot tell the language of \(pair.target); name it like draft.ur.txt or pass --locale",
                    status: .usage))
        }
        return built[Self.key(sourceTags[pair.source] ?? "en", target)]
            ?? .failure(
                CommandFailure("internal error: no tools for \(target)", status: .internalError))
    }
}
