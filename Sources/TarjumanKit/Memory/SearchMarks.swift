/// Where a concordance search's phrase stands in a memory unit's source, found as the
/// store finds it: whole words of the matching key (case, diacritics and digit scripts
/// folded), mapped back to the source as written. A search for `۲۰۰۹` finds `Built in
/// 2009.` and must mark `2009` (pass 23: the unit was listed with nothing marked).
public enum SearchMarks {
    /// The ranges of `sentence` that hold `phrase` as whole words of their matching keys
    /// under `normalizer`, left to right, not overlapping.
    public static func sourceRanges(
        of phrase: String, in sentence: String, normalizer: Normalizer
    ) throws(ICUError) -> [Range<String.Index>] {
        let wanted = Array(
            try normalizer.normalize(phrase, to: .key, recordingChanges: false).text
                .unicodeScalars)
        guard wanted.contains(where: MemoryKey.isTokenScalar) else { return [] }
        let key = try normalizer.normalize(sentence, to: .key, recordingChanges: false)
        let scalars = Array(key.text.unicodeScalars)
        let original = Array(sentence.unicodeScalars.indices) + [sentence.unicodeScalars.endIndex]
        var found: [Range<String.Index>] = []
        var start = 0
        while start + wanted.count <= scalars.count {
            let end = start + wanted.count
            let whole =
                (start == 0 || !MemoryKey.isTokenScalar(scalars[start - 1]))
                && (end == scalars.count || !MemoryKey.isTokenScalar(scalars[end]))
            guard whole, scalars[start..<end].elementsEqual(wanted) else {
                start += 1
                continue
            }
            let range = key.offsets.originalRange(of: start..<end)
            found.append(original[range.lowerBound]..<original[range.upperBound])
            start = end
        }
        return found
    }
}
