/// Sentences that open after one with no terminator, as web text writes them (`I will be
/// vacationing there Yes. There are several…`, `any and all info If you cannot wait…`): a
/// listed opener, capitalised right after a word that ends in a lower-case letter and
/// followed by a comma or a lower-case word, starts a sentence. In a run of Title Case
/// (`Thanks For A Great Job`) the word after it is capitalised too, and nothing is split;
/// nor after a word no sentence ends with (`and The`) or a verb of saying (`said Hello,`).
struct SentenceOpeners {
    /// The openers as code units, longest first, by their first unit.
    private let byFirst: [UInt16: [[UInt16]]]
    /// For each ASCII unit, whether an opener starts with it (the scan asks at every space).
    private let asciiFirst: [Bool]
    /// Words (lower-cased) after which no opener starts a sentence.
    private let notAfter: Set<String>

    /// The pack's `openers` (written capitalised, as they open a sentence), none after a
    /// word of `notAfter` (lower-cased).
    init(_ words: [String], notAfter: Set<String>) {
        self.notAfter = notAfter
        let units = words.map { Array($0.utf16) }.filter { !$0.isEmpty }
        byFirst = Dictionary(grouping: units) { $0[0] }.mapValues {
            $0.sorted { $0.count > $1.count }
        }
        var ascii = [Bool](repeating: false, count: 128)
        for first in byFirst.keys where first < 128 { ascii[Int(first)] = true }
        asciiFirst = ascii
    }

    /// Whether the pack lists none.
    var isEmpty: Bool { byFirst.isEmpty }

    /// `ends` (sorted sentence ends of `text`, the last at its end) with a boundary before
    /// each opener that starts a sentence.
    func splitting(_ text: UnsafeBufferPointer<UInt16>, ends: [Int]) -> [Int] {
        var starts: [Int] = []
        var index = 1
        while index < text.count {
            let unit = text[index]
            if text[index - 1] == 0x20,
                unit < 128 ? asciiFirst[Int(unit)] : byFirst[unit] != nil,
                opensSentence(text, at: index)
            {
                starts.append(index)
            }
            index += 1
        }
        guard !starts.isEmpty else { return ends }
        var merged: [Int] = []
        merged.reserveCapacity(ends.count + starts.count)
        var next = 0
        for end in ends {
            while next < starts.count && starts[next] < end {
                if merged.last != starts[next] { merged.append(starts[next]) }
                next += 1
            }
            if merged.last != end { merged.append(end) }
        }
        return merged
    }

    /// Whether an opener at `index` (after a space) starts a sentence: a word ending in a
    /// lower-case letter before it, and a comma or a lower-case word after it.
    private func opensSentence(_ text: UnsafeBufferPointer<UInt16>, at index: Int) -> Bool {
        var before = index - 1
        while before > 0 && text[before] == 0x20 { before -= 1 }
        guard UTF16Text.isLower(text[before]), let candidates = byFirst[text[index]] else {
            return false
        }
        var first = before
        while first > 0 && UTF16Text.isLetter(text[first - 1]) { first -= 1 }
        let word = String(
            decoding: UnsafeBufferPointer(rebasing: text[first...before]), as: UTF16.self)
        guard !notAfter.contains(word.lowercased()) else { return false }
        guard
            let opener = candidates.first(where: { opener in
                index + opener.count < text.count
                    && opener.indices.allSatisfy { text[index + $0] == opener[$0] }
                    && !UTF16Text.isLetter(text[index + opener.count])
            })
        else { return false }
        var after = index + opener.count
        if text[after] == 0x2C { return true }
        guard text[after] == 0x20 else { return false }
        while after < text.count && text[after] == 0x20 { after += 1 }
        return after < text.count && UTF16Text.isLower(text[after])
    }
}
