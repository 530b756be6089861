/// Glossary checks of a bead: `term-forbidden` (a rendering the glossary rejects),
/// `term-missing` (a source term without an accepted rendering), and the renderings used,
/// for `term-inconsistent` at the end of the document.
extension TranslationChecker {
    /// Matches the bead's terms on both sides and checks them.
    func checkTerms(_ bead: inout BeadContext, run: inout TranslationCheckRun) throws(ICUError) {
        if let glossary, let sourceMatcher, let targetMatcher {
            var found = Set<String>()
            var targetKey: TermMatcher.MatchingKey?
            var renderedConcepts: [[String]: Bool] = [:]
            var sourceIDs = Set<String>()
            var sourceOccurrences: [(Segment, [TermOccurrence])] = []
            // Where each concept is first found in the source, for a finding's related place.
            var sourcePlaces: [String: [(Segment, SourcePosition)]] = [:]
            // How many forbidden renderings of each concept were reported: the n-th is
            // related to the concept's n-th place in the source.
            var forbiddenSoFar: [String: Int] = [:]
            // Concepts reported as rendered by a forbidden word: not missing too (pass 36:
            // one mistake was two errors).
            var forbidden = Set<String>()
            // Concepts the source has only inside a longer term, with that term's concepts
            // and place (`guerrilla` in `guerrilla warfare`), worked out when first needed.
            var partsOfTerms: [String: [(outer: TermOccurrence, at: (Segment, SourcePosition))]]?
            for (sourceIndex, source) in bead.sources.enumerated() {
                let occurrences = try bead.terms(
                    inTarget: false, at: sourceIndex, matching: sourceMatcher)
                sourceOccurrences.append((source, occurrences))
                if run.keepsBeads {
                    run.markTerms(
                        occurrences, inTarget: false, sentence: sourceOccurrences.count - 1,
                        glossary: glossary)
                }
                for occurrence in occurrences {
                    for id in Set(occurrence.entries.map { glossary.entries[$0].id }) {
                        sourceIDs.insert(id)
                        sourcePlaces[id, default: []].append(
                            (source, Self.absolute(occurrence.position, in: source)))
                    }
                }
            }
            for (targetIndex, target) in bead.targets.enumerated() {
                let targetOccurrences = try bead.terms(
                    inTarget: true, at: targetIndex, matching: targetMatcher)
                if run.keepsBeads {
                    run.markTerms(
                        targetOccurrences, inTarget: true, sentence: targetIndex,
                        glossary: glossary)
                }
                for occurrence in targetOccurrences {
                    let rows = occurrence.entries.map { glossary.entries[$0] }
                    let position = Self.absolute(occurrence.position, in: target)
                    // Forbidden as the rendering of a concept the aligned source has: where
                    // it lacks the concept, the word may rightly translate another (خود
                    // مختاری, forbidden for self-determination, is autonomy); rows of other
                    // concepts that accept the word do not excuse it (اغوا is right for
                    // kidnapping, not for an enforced disappearance).
                    var inSource = rows.filter { sourceIDs.contains($0.id) }
                    // A word the glossary rejects for a concept the source has only inside a
                    // longer term (pass 70: گوریلہ for `guerrilla` in `guerrilla warfare` was
                    // reported as the longer term missing).
                    var outer: (occurrence: TermOccurrence, at: (Segment, SourcePosition))?
                    if inSource.isEmpty, !rows.isEmpty, rows.allSatisfy({ !$0.status.isAccepted }) {
                        if partsOfTerms == nil {
                            partsOfTerms = try Self.partsOfTerms(
                                sourceOccurrences, matcher: sourceMatcher, glossary: glossary)
                        }
                        // The n-th use is in the n-th longer term that holds the concept and
                        // is not rendered as it should be (a sentence with guerrilla warfare
                        // and guerrilla fighters may have the fighters right).
                        if var parts = rows.lazy.compactMap({ partsOfTerms?[$0.id] }).first {
                            inSource = rows.filter { partsOfTerms?[$0.id] != nil }
                            if targetKey == nil {
                                targetKey = try targetMatcher.matchingKey(for: bead.targetText)
                            }
                            guard let key = targetKey else { continue }
                            // Each longer term looked for once per bead, in the cache the
                            // missing-term check keeps (review: once per use was cubic).
                            let unrendered = parts.filter { part in
                                let ids = Set(part.outer.entries.map { glossary.entries[$0].id })
                                    .sorted()
                                if let known = renderedConcepts[ids] { return !known }
                                let accepted = ids.flatMap { acceptedRowsByID[$0] ?? [] }
                                let rendered = targetMatcher.contains(entries: accepted, in: key)
                                renderedConcepts[ids] = rendered
                                return !rendered
                            }
                            // Every longer term rendered: the word may be another's (review).
                            parts = unrendered
                            if parts.isEmpty {
                                inSource = []
                            } else {
                                let nth = forbiddenSoFar[inSource[0].id, default: 0]
                                let part = parts[min(nth, parts.count - 1)]
                                outer = (part.outer, part.at)
                            }
                        }
                    }
                    if !inSource.isEmpty, inSource.allSatisfy({ !$0.status.isAccepted }) {
                        let rows = inSource
                        // Within a longer term, the longer term's renderings are the ones to use.
                        let outerIDs = Set(
                            outer?.occurrence.entries.map { glossary.entries[$0].id } ?? [])
                        var listed = Set<String>()
                        // The preferred renderings of the concept the word is forbidden for,
                        // not of the first concept that has the word (pass 37: "use خود
                        // مختاری" of خود مختاری, autonomy's preferred word).
                        let preferredIDs = outerIDs.isEmpty ? [rows[0].id] : outerIDs.sorted()
                        let preferred = preferredIDs.flatMap { acceptedRowsByID[$0] ?? [] }.map {
                            glossary.entries[$0]
                        }.filter { $0.status == .preferred && listed.insert($0.target).inserted }
                            .map(\.target)
                        // Not missing too, unless this finding is turned off (pass 37: with
                        // `--disable term-forbidden` the term was then reported nowhere).
                        if bead.records("term-forbidden") {
                            forbidden.formUnion(rows.map(\.id) + outerIDs)
                        }
                        // The related place is the source term (pass 36: the sentence's start).
                        let places = outer.map { [$0.at] } ?? sourcePlaces[rows[0].id] ?? []
                        let nth = forbiddenSoFar[rows[0].id, default: 0]
                        forbiddenSoFar[rows[0].id] = nth + 1
                        let place = places.isEmpty ? nil : places[min(nth, places.count - 1)]
                        let within = outer.map { " in '\($0.occurrence.text)'" } ?? ""
                        bead.add(
                            "term-forbidden",
                            "'\(occurrence.text)' is \(rows[0].status.rawValue) for '\(rows[0].source)'\(within); use "
                                + (preferred.isEmpty
                                    ? "another rendering" : preferred.joined(separator: " / ")),
                            at: target, inTarget: true, position: position,
                            related: place?.0 ?? bead.sources.first, relatedPosition: place?.1)
                    } else {
                        for row in rows where row.status.isAccepted {
                            found.insert(row.id)
                        }
                        // Consistency is judged only where the aligned source has the term.
                        for row in rows
                        where row.status.isAccepted && sourceIDs.contains(row.id) {
                            run.rendered(
                                row.id, as: row.target,
                                at: Finding.Location(file: bead.targetFile, position: position))
                        }
                    }
                }
            }
            for (source, occurrences) in sourceOccurrences {
                for occurrence in occurrences {
                    // Entries sharing the source (military: noun and adjective) all count.
                    let ids = Set(occurrence.entries.map { glossary.entries[$0].id })
                    guard ids.isDisjoint(with: found), ids.isDisjoint(with: forbidden) else {
                        continue
                    }
                    let acceptedRows = ids.sorted().flatMap { acceptedRowsByID[$0] ?? [] }
                    var listed = Set<String>()
                    let accepted = acceptedRows.map { glossary.entries[$0].target }.filter {
                        listed.insert($0).inserted
                    }
                    guard !accepted.isEmpty else { continue }
                    // The target's matching key is computed once per bead, when first needed.
                    if targetKey == nil {
                        targetKey = try targetMatcher.matchingKey(for: bead.targetText)
                    }
                    // Once per concept: a long bead repeats its terms thousands of times, and
                    // each look scans the whole translation.
                    let key = ids.sorted()
                    let rendered =
                        renderedConcepts[key]
                        ?? targetKey.map { targetMatcher.contains(entries: acceptedRows, in: $0) }
                        ?? false
                    renderedConcepts[key] = rendered
                    if rendered { continue }
                    bead.add(
                        "term-missing",
                        "'\(occurrence.text)' (\(occurrence.id)) has no accepted rendering in the translation; expected "
                            + accepted.joined(separator: " / "),
                        at: source, inTarget: false,
                        position: Self.absolute(occurrence.position, in: source),
                        related: bead.targets.first)
                }
            }
        }
    }

    /// The concepts found inside the longer terms of `occurrences` (a source's terms, with
    /// their sentences), each with the longer terms that hold it and their places, in order:
    /// `guerrilla` inside `guerrilla warfare`, which longest-match finding never reports on
    /// its own. Terms of more than ``partsWordLimit`` words are not taken apart.
    static func partsOfTerms(
        _ occurrences: [(Segment, [TermOccurrence])], matcher: TermMatcher, glossary: Glossary
    ) throws(ICUError) -> [String: [(outer: TermOccurrence, at: (Segment, SourcePosition))]] {
        var parts: [String: [(outer: TermOccurrence, at: (Segment, SourcePosition))]] = [:]
        for (source, found) in occurrences {
            for occurrence in found {
                let words = occurrence.text.split(whereSeparator: \.isWhitespace)
                guard words.count > 1, words.count <= partsWordLimit else { continue }
                let outerIDs = Set(occurrence.entries.map { glossary.entries[$0].id })
                // Every term of the words without the first, or without the last: the
                // matcher finds the longest terms of each, and so every shorter one in turn.
                var pending = [words.dropFirst(), words.dropLast()]
                var seen = Set<String>()
                var held = outerIDs
                while let next = pending.popLast() {
                    let text = next.joined(separator: " ")
                    guard !next.isEmpty, seen.insert(text).inserted else { continue }
                    for part in try matcher.occurrences(in: text) {
                        for id in Set(part.entries.map { glossary.entries[$0].id })
                        where held.insert(id).inserted {
                            parts[id, default: []].append(
                                (occurrence, (source, absolute(occurrence.position, in: source))))
                        }
                    }
                    if next.count > 1 { pending += [next.dropFirst(), next.dropLast()] }
                }
            }
        }
        return parts
    }

    /// The most words a term may have for ``partsOfTerms(_:matcher:glossary:)`` to look
    /// inside it (a hostile glossary's 1,000-word term is not taken apart).
    static let partsWordLimit = 12
}
