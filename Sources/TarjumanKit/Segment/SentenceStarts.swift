/// Sentence starts that a rule finds, merged into a paragraph's sentence ends.
enum SentenceStarts {
    /// `ends` (sorted, the last at the text's end) with each of `starts` (sorted) that comes
    /// before the last end and that `accept` takes as a sentence end too; `accept` is given
    /// the end before it (0 at the paragraph's start).
    static func merge(
        _ starts: [Int], into ends: [Int], accepting accept: (_ previous: Int, _ start: Int) -> Bool
    ) -> [Int] {
        guard !starts.isEmpty else { return ends }
        var merged: [Int] = []
        merged.reserveCapacity(ends.count + starts.count)
        var next = 0
        for end in ends {
            while next < starts.count && starts[next] < end {
                if accept(merged.last ?? 0, starts[next]) { merged.append(starts[next]) }
                next += 1
            }
            if merged.last != end { merged.append(end) }
        }
        return merged
    }
}
