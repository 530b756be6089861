/// How a fuzzy lookup narrows and ranks its candidates, shared by the stores so that they
/// find the same matches in the same order.
package enum CandidateRanking {
    /// The query tokens to probe in the index, rarest first, and how many of them a unit
    /// must hold. A unit scoring `minimum` misses at most `allowed` of the query's distinct
    /// tokens, so of any k probed tokens it holds at least k − allowed; probing a few more
    /// than the pigeonhole minimum (allowed + 1) of the rarest tokens and requiring that
    /// many hits keeps the candidates few and misses none. `counts` are the query's distinct
    /// tokens with their ids (negative for tokens the memory never saw) and unit counts.
    package static func probes(
        _ counts: [String: (id: Int64, units: Int)], queryLength: Int, minimum: Int
    ) -> (ids: [Int64], required: Int) {
        let allowed = MemoryKey.probeCount(for: queryLength, minimum: minimum) - 1
        let probes = counts.sorted { ($0.value.units, $0.key) < ($1.value.units, $1.key) }
            .prefix(allowed + 1 + MemoryKey.extraProbes)
        return (probes.map(\.value.id), probes.count - allowed)
    }

    /// A candidate's score from its token similarity: 100 (101 in the same context) only
    /// when its source is spelled as the sentence (see ``spelling(of:normalizer:)``); a
    /// source whose tokens match but whose text differs (letter case, punctuation) scores
    /// 99, as CAT tools take a point off, so that it is filled as a draft for a translator to
    /// confirm. `sameSpelling` is asked only for token-exact units.
    package static func score<Failure: Error>(
        tokens: Int, sameSpelling: () throws(Failure) -> Bool, sameContext: Bool
    ) throws(Failure) -> Int {
        guard tokens >= 100 else { return tokens }
        guard try sameSpelling() else { return 99 }
        return sameContext ? 101 : 100
    }

    /// How a sentence is spelled for an exact match: the pack's orthographic form (L1, so
    /// an Arabic-keyboard `ي` is Urdu `ی`), each run of white space one space, ends trimmed,
    /// without the characters a memory does not keep (those XML cannot carry: a sentence
    /// with a BEL finds its unit stored without it at 100).
    package static func spelling(of text: String, normalizer: Normalizer) throws(ICUError)
        -> String
    {
        try normalizer.normalize(XMLText.carried(text), to: .orthographic, recordingChanges: false)
            .text.collapsingWhiteSpace()
    }

    /// Scores candidates in growing batches, those with the highest bound (the most they
    /// can score) first, until no candidate left can reach the `limit`-th best score so far
    /// (an equal bound still can: ties go to the most recent unit). `scoring` gives a
    /// batch's scores; the result holds those of at least `minimum`, best first, and among
    /// equals the most recent first.
    package static func best<Failure: Error>(
        _ bounds: [Int64: Int], limit: Int, minimum: Int,
        scoring: ([Int64]) throws(Failure) -> [(id: Int64, score: Int)]
    ) throws(Failure) -> [(id: Int64, score: Int)] {
        let ordered = bounds.sorted { ($0.value, $0.key) > ($1.value, $1.key) }
        var scored: [(id: Int64, score: Int)] = []
        var start = 0
        var batch = 16
        while start < ordered.count {
            if scored.count >= limit, limit > 0 {
                let kth = scored.map(\.score).sorted(by: >)[limit - 1]
                if ordered[start].value < kth { break }
            }
            let ids = ordered[start..<min(start + batch, ordered.count)].map(\.key).sorted()
            start += ids.count
            batch = min(batch * 2, 512)
            scored += try scoring(ids).filter { $0.score >= minimum }
        }
        scored.sort { ($0.score, $0.id) > ($1.score, $1.id) }
        return scored
    }
}
