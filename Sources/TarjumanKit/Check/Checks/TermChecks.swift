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
                    let inSource = rows.filter { sourceIDs.contains($0.id) }
                    if !inSource.isEmpty, inSource.allSatisfy({ !$0.status.isAccepted }) {
                        let rows = inSource
                        var listed = Set<String>()
                        // The preferred renderings of the concept the word is forbidden for,
                        // not of the first concept that has the word (pass 37: "use خود
                        // مختاری" of خود مختاری, autonomy's preferred word).
                        let preferred = (acceptedRowsByID[rows[0].id] ?? []).map {
                            glossary.entries[$0]
                        }.filter { $0.status == .preferred && listed.insert($0.target).inserted }
                            .map(\.target)
                        // Not missing too, unless this finding is turned off (pass 37: with
                        // `--disable term-forbidden` the term was then reported nowhere).
                        if bead.records("term-forbidden") { forbidden.formUnion(rows.map(\.id)) }
                        // The related place is the source term (pass 36: the sentence's start).
                        let places = sourcePlaces[rows[0].id] ?? []
                        let nth = forbiddenSoFar[rows[0].id, default: 0]
                        forbiddenSoFar[rows[0].id] = nth + 1
                        let place = places.isEmpty ? nil : places[min(nth, places.count - 1)]
                        bead.add(
                            "term-forbidden",
                            "'\(occurrence.text)' is \(rows[0].status.rawValue) for '\(rows[0].source)'; use "
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
}
