import TarjumanKit

/// What a run needs for each target language among its pairs — the pack, the glossary and
/// an aligner — built once before the pairs run and shared by them (across threads).
struct PairTools: Sendable {
    /// The tools for one target language.
    typealias Tools = (
        aligner: DocumentAligner, pack: LocalePack, checker: TranslationChecker?
    )

    private let built: [String: Result<Tools, CommandFailure>]
    private let fixedLocale: String?

    /// Tools for every target language of `pairs` (`locale`, else each target's file name);
    /// with a checker skipping `disabled` when `checking`.
    init(
        data: DataOptions, locale: String?, glossary: String?, dictionary: String?,
        sourcePack: LocalePack, pairs: [FilePair], checking disabled: [String]? = nil,
        customChecks: [CustomCheck] = []
    ) {
        fixedLocale = locale
        var built: [String: Result<Tools, CommandFailure>] = [:]
        let tags = Set(pairs.compactMap { locale ?? AlignCommand.locale(fromFileName: $0.target) })
        for tag in tags {
            built[tag] = Result { () throws(CommandFailure) -> Tools in
                do {
                    let pack = try data.pack(for: tag)
                    let path = try glossary ?? data.directory().glossary(for: pack.tag)
                    let terms = try path.flatMap { path throws(GlossaryError) in
                        path == "none" ? nil : try GlossaryFile.read(path)
                    }
                    let aligner = try DocumentAligner(
                        sourcePack: sourcePack, targetPack: pack, glossary: terms,
                        dictionary: try data.dictionary(dictionary, target: pack.tag))
                    var checker: TranslationChecker?
                    if let disabled {
                        checker = try TranslationChecker(
                            sourcePack: sourcePack, targetPack: pack, glossary: terms)
                        try checker?.addCustomChecks(customChecks)
                        try checker?.disable(disabled)
                    }
                    return (aligner, pack, checker)
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

    /// The tools for `pair`'s target language.
    func tools(for pair: FilePair) -> Result<Tools, CommandFailure> {
        guard let tag = fixedLocale ?? AlignCommand.locale(fromFileName: pair.target) else {
            return .failure(
                CommandFailure(
                    "error: cannot tell the language of \(pair.target); name it like draft.ur.txt or pass --locale",
                    status: .usage))
        }
        return built[tag]
            ?? .failure(
                CommandFailure("internal error: no tools for \(tag)", status: .internalError))
    }
}
