/// Where a concordance search's phrase stands in a memory unit, found as the store finds
/// it and marked on whole characters. On the source side: the phrase's words as whole
/// consecutive words of the matching key (case, diacritics, digit scripts and punctuation
/// folded), mapped back to the source as written, so `۲۰۰۹` marks `2009` and `2009.` marks
/// `2009!` (passes 23 and 24: units were listed with nothing marked).
public enum SearchMarks {
    /// The ranges of `sentence` holding the words of `phrase`, one after another, as the
    /// store's source search matches them under `normalizer`; left to right, not
    /// overlapping, on whole characters.
    public static func sourceRanges(
        of phrase: String, in sentence: String, normalizer: Normalizer
    ) throws(ICUError) -> [Range<String.Index>] {
        let wanted = try MemoryKey(phrase, normalizer: normalizer).tokens
        guard !wanted.isEmpty else { return [] }
        let key = try normalizer.normalize(sentence, to: .key, recordingChanges: false)
        let words = tokens(of: key.text)
        let original = Array(sentence.unicodeScalars.indices) + [sentence.unicodeScalars.endIndex]
        var found: [Range<String.Index>] = []
        var index = 0
        while index + wanted.count <= words.count {
            guard words[index..<index + wanted.count].map(\.text).elementsEqual(wanted) else {
                index += 1
                continue
            }
            let span = words[index].start..<words[index + wanted.count - 1].end
            let range = key.offsets.originalRange(of: span)
            found.append(original[range.lowerBound]..<original[range.upperBound])
            index += wanted.count
        }
        return wholeCharacters(found, in: sentence)
    }

    /// The words of a key as ``MemoryKey`` cuts them, with their scalar offsets.
    private static func tokens(of key: String) -> [(text: String, start: Int, end: Int)] {
        var words: [(text: String, start: Int, end: Int)] = []
        var current = String.UnicodeScalarView()
        var start = 0
        for (offset, scalar) in key.unicodeScalars.enumerated() {
            if MemoryKey.isTokenScalar(scalar) {
                if current.isEmpty { start = offset }
                current.append(scalar)
            } else if !current.isEmpty {
                words.append((String(current), start, offset))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append((String(current), start, key.unicodeScalars.count)) }
        return words
    }

    /// `ranges` of `text` widened to whole characters, so that a mark never stands between
    /// a letter and its combining mark or an emoji and its modifier (pass 24: `«ب»َ`).
    public static func wholeCharacters(_ ranges: [Range<String.Index>], in text: String)
        -> [Range<String.Index>]
    {
        guard !ranges.isEmpty else { return [] }
        var boundaries = Array(text.indices) + [text.endIndex]
        boundaries.sort()
        func down(_ index: String.Index) -> String.Index {
            let at = boundaries.partitionPoint { $0 > index }
            return boundaries[max(0, at - 1)]
        }
        func up(_ index: String.Index) -> String.Index {
            boundaries[boundaries.partitionPoint { $0 >= index }]
        }
        var widened: [Range<String.Index>] = []
        for range in ranges {
            let next = down(range.lowerBound)..<up(range.upperBound)
            if let last = widened.last, last.upperBound > next.lowerBound {
                widened[widened.count - 1] = last.lowerBound..<max(last.upperBound, next.upperBound)
            } else {
                widened.append(next)
            }
        }
        return widened
    }
}

extension Array {
    /// The first index whose element satisfies `belongs`, for an array in which the
    /// elements that do all come after those that do not.
    fileprivate func partitionPoint(where belongs: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if belongs(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
