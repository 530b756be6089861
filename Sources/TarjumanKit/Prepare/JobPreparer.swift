/// Turns a source document into a ``TranslationJob``: paragraphs and sentences from the
/// source pack's segmenter, glossary terms of each sentence with the renderings to use, and
/// translation-memory matches filled in: exact ones (from a TMX memory or a store) as
/// translated, fuzzy ones from a store as drafts the translator must confirm.
public struct JobPreparer {
    private let segmenter: SentenceSegmenter
    private let conceptRows: [String: [GlossaryEntry]]
    /// The glossary's rows, which term occurrences point into.
    private let entries: [GlossaryEntry]
    private let matcher: TermMatcher?
    private let memory: TranslationMemory?
    private let store: (any MemoryStore)?
    private let minimumMatch: Int
    private let candidates: Int
    private let sourcePack: LocalePack
    private let sourceLanguage: String
    private let targetLanguage: String

    /// A preparer from `sourcePack` to `targetPack`, with optional glossary and memory: a
    /// TMX memory read whole (exact matches only), or an indexed store whose best match at
    /// or above `minimumMatch` fills each sentence, and whose best `candidates` matches are
    /// kept with the sentence for the translator to choose from.
    public init(
        sourcePack: LocalePack, targetPack: LocalePack, glossary: Glossary? = nil,
        memory: TranslationMemory? = nil, store: (any MemoryStore)? = nil, minimumMatch: Int = 75,
        candidates: Int = 3
    ) throws(ICUError) {
        segmenter = try SentenceSegmenter(pack: sourcePack)
        conceptRows = glossary?.rowsByConcept() ?? [:]
        entries = glossary?.entries ?? []
        matcher = try glossary.map { glossary throws(ICUError) in
            try TermMatcher(glossary: glossary, side: .source, pack: sourcePack)
        }
        self.memory = memory
        self.store = store
        self.minimumMatch = minimumMatch
        self.candidates = max(1, candidates)
        self.sourcePack = sourcePack
        sourceLanguage = sourcePack.tag
        targetLanguage = targetPack.tag
    }

    /// The job for `source`; `original` is the file name recorded in exchange files.
    public func prepare(_ source: ByteSource, original: String) throws(ExchangeError)
        -> TranslationJob
    {
        let text: String
        do {
            text = try source.readAllText()
        } catch {
            throw .input(error)
        }
        let found: [Segment]
        do {
            found = try segmenter.segments(in: text)
        } catch {
            switch error {
            case .icu(let icu): throw .icu(icu)
            case .input(let input), .output(let input): throw .input(input)
            }
        }
        guard let first = found.first else { throw .emptySource(file: source.name) }
        let bytes = Array(text.utf8)
        let slice = { (range: Range<Int>) in String(decoding: bytes[range], as: UTF8.self) }
        var units: [TranslationUnit] = []
        // Paragraphs are numbered as the job holds them: one of only invisible marks has no
        // sentence and no unit, and must not leave a gap in the ids (p1, p3) that a merge
        // then reads as a deleted unit.
        var lastParagraph: Int?
        for (index, segment) in found.enumerated() {
            if segment.paragraph != lastParagraph {
                lastParagraph = segment.paragraph
                units.append(TranslationUnit(id: "p\(units.count + 1)", segments: []))
            }
            let next = index + 1 < found.count ? found[index + 1].byteStart : bytes.count
            var remembered = memory?.exactMatch(for: segment.text)
            var origin: TargetOrigin = remembered == nil ? .none : .memory
            var matches: [MemoryMatch] = []
            // The store's matches are listed also when the TMX memory filled the sentence
            // (pass 68: with --tm and --tm-db, the match column was empty).
            if let store {
                let context = (
                    index > 0 ? found[index - 1].text : "",
                    index + 1 < found.count ? found[index + 1].text : ""
                )
                do {
                    // A blank translation (stored by an older Tarjuman) fills nothing.
                    matches = try store.lookup(
                        segment.text, source: sourcePack, target: targetLanguage,
                        minimum: minimumMatch, limit: candidates, context: context
                    ).filter { $0.unit.target.hasVisibleContent }
                    if remembered == nil, let best = matches.first {
                        remembered = best.unit.target
                        origin = best.isExact ? .memory : .draft
                    }
                } catch {
                    throw .memory(error)
                }
            }
            let prepared = TranslationSegment(
                id: "\(units[units.count - 1].id)s\(units[units.count - 1].segments.count + 1)",
                source: segment.text, after: slice(segment.byteEnd..<next),
                target: remembered, origin: origin,
                terms: try hints(in: segment.text), matches: matches, position: segment.start)
            units[units.count - 1].segments.append(prepared)
        }
        return TranslationJob(
            sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, original: original,
            leading: slice(0..<first.byteStart), units: units)
    }

    /// The glossary terms of one sentence, with accepted and avoided renderings.
    private func hints(in sentence: String) throws(ExchangeError) -> [TermHint] {
        guard let matcher else { return [] }
        let occurrences: [TermOccurrence]
        do {
            occurrences = try matcher.occurrences(in: sentence)
        } catch {
            throw .icu(error)
        }
        // One hint per term, with the renderings of every concept it is a term of
        // (`military` the noun and the adjective: pass 35, only the first concept's
        // renderings reached the translator).
        return occurrences.map { occurrence in
            var ids: [String] = []
            for row in occurrence.entries.map({ entries[$0] }) where !ids.contains(row.id) {
                ids.append(row.id)
            }
            var renderings: [String] = []
            var avoid: [String] = []
            var notes: [String] = []
            var senses: [TermSense] = []
            for id in ids {
                let rows = conceptRows[id] ?? []
                let accepted =
                    rows.filter { $0.status == .preferred } + rows.filter { $0.status == .admitted }
                renderings += accepted.map(\.target).filter { !renderings.contains($0) }
                let avoided = rows.filter { !$0.status.isAccepted }
                avoid += avoided.map(\.target).filter { !avoid.contains($0) }
                let note = rows.first { $0.status == .preferred }?.note ?? rows.first?.note ?? ""
                if !note.isEmpty { notes.append(ids.count > 1 ? "\(id): \(note)" : note) }
                senses.append(
                    TermSense(
                        concept: id, renderings: accepted.map(\.target),
                        avoid: avoided.map {
                            $0.note.isEmpty ? $0.target : "\($0.target) (\($0.note))"
                        },
                        note: note))
            }
            var hint = TermHint(
                concept: occurrence.id, text: occurrence.text, range: occurrence.range,
                renderings: renderings, avoid: avoid, note: notes.joined(separator: "; "))
            if senses.count > 1 { hint.senses = senses }
            return hint
        }
    }
}
