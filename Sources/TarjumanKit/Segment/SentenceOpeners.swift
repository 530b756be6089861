/// Sentences that open after one with no terminator, as web text writes them (`I will be
/// vacationing there If you know one…`, `any and all info If you cannot wait…`): a
/// listed opener, capitalised right after a word that ends in a lower-case letter, two
/// words or more into its sentence and followed by a lower-case word, starts a sentence. In a run of Title Case
/// (`Thanks For A Great Job`) the word after it is capitalised too, and nothing is split;
/// nor after a word no sentence ends with (`and The`) or a verb of saying (`said Hello to`);
/// and only in a paragraph that ends without a terminator.
struct SentenceOpeners {
    /// The openers as code units, longest first, by their first unit.
    private let byFirst: [UInt16: [[UInt16]]]
    /// For each pair of ASCII units (128 × first + second), whether an opener starts with
    /// them: most capitals after a space start names, told apart here without a look-up.
    private let asciiPairs: [Bool]
    /// Whether an opener starts with a unit beyond ASCII (the scan then looks at every
    /// such unit after a space, not only capitals A to Z).
    private let nonASCIIFirst: Bool
    /// Words (lower-cased) after which no opener starts a sentence.
    private let notAfter: Set<String>
    /// The pack's terminators and the quotes and brackets that close a sentence after one.
    private let closers: Set<UInt16>

    /// The pack's `openers` (written capitalised, as they open a sentence), none after a
    /// word of `notAfter` (lower-cased), and none in a paragraph that ends on one of
    /// `terminators` (or a closing quote or bracket).
    init(_ words: [String], notAfter: Set<String>, terminators: [UInt16]) {
        self.notAfter = notAfter
        closers = Set(terminators + [0x22, 0x27, 0x29, 0x5D, 0x2019, 0x201D, 0xBB])
        let units = words.map { Array($0.utf16) }.filter { !$0.isEmpty }
        byFirst = Dictionary(grouping: units) { $0[0] }.mapValues {
            $0.sorted { $0.count > $1.count }
        }
        var pairs = [Bool](repeating: false, count: 128 * 128)
        for opener in units where opener[0] < 128 {
            let first = Int(opener[0]) * 128
            if opener.count == 1 {
                for second in 0..<128 { pairs[first + second] = true }
            } else if opener[1] < 128 {
                pairs[first + Int(opener[1])] = true
            }
        }
        asciiPairs = pairs
        nonASCIIFirst = byFirst.keys.contains { $0 >= 128 }
    }

    /// Whether the pack lists none.
    var isEmpty: Bool { byFirst.isEmpty }

    /// `ends` (sorted sentence ends of `text`, the last at its end) with a boundary before
    /// each opener that starts a sentence.
    func splitting(_ text: UnsafeBufferPointer<UInt16>, ends: [Int]) -> [Int] {
        // Only in a paragraph that itself ends without a terminator, as text written
        // without them does: in edited prose a capitalised word after a lower-case one is a
        // title or a name (pass 51: `Stephen King's It was first published in 1986.`).
        var last = text.count
        while last > 0 && UTF16Text.isSpace(text[last - 1]) { last -= 1 }
        guard last > 0, !closers.contains(text[last - 1]) else { return ends }
        var starts: [Int] = []
        // Sixteen units at a time, looking only where a capital (or, for a pack with such
        // openers, any unit beyond ASCII) follows a space: a unit-by-unit walk cost English
        // `segment` 15% of its time.
        typealias Units = SIMD16<UInt16>
        let (space, capitalA, capitalZ) = (
            Units(repeating: 0x20), Units(repeating: 0x41), Units(repeating: 0x5A)
        )
        let beyondASCII = Units(repeating: nonASCIIFirst ? 0x80 : 0xFFFF)
        var index = 1
        if let base = text.baseAddress {
            while index + 16 <= text.count {
                let current = UnsafeRawPointer(base + index).loadUnaligned(as: Units.self)
                let previous = UnsafeRawPointer(base + index - 1).loadUnaligned(as: Units.self)
                let found =
                    (previous .== space)
                    .& (((current .>= capitalA) .& (current .<= capitalZ))
                        .| (current .>= beyondASCII))
                if any(found) {
                    for lane in 0..<16 where found[lane] && isCandidate(text, index + lane) {
                        starts.append(index + lane)
                    }
                }
                index += 16
            }
        }
        while index < text.count {
            if isCandidate(text, index) { starts.append(index) }
            index += 1
        }
        // Two words or more before it in its sentence: `Oh This is it` is one (pass 50).
        return SentenceStarts.merge(starts, into: ends) { previous, start in
            previous != start && Self.words(in: text, from: previous, to: start) >= 2
        }
    }

    /// The words (runs without white space) of `text` from `start` to `end`.
    private static func words(in text: UnsafeBufferPointer<UInt16>, from start: Int, to end: Int)
        -> Int
    {
        var count = 0
        var inWord = false
        for index in start..<end {
            let space = UTF16Text.isSpace(text[index])
            if !space && !inWord { count += 1 }
            inWord = !space
        }
        return count
    }

    /// Whether an opener after a space at `index` starts a sentence.
    private func isCandidate(_ text: UnsafeBufferPointer<UInt16>, _ index: Int) -> Bool {
        let unit = text[index]
        guard text[index - 1] == 0x20 else { return false }
        if unit < 128 {
            let next = index + 1 < text.count ? text[index + 1] : 0
            guard next < 128, asciiPairs[Int(unit) * 128 + Int(next)] else { return false }
        }
        return opensSentence(text, at: index)
    }

    /// Whether an opener at `index` (after a space) starts a sentence: a word ending in a
    /// lower-case letter before it, and a comma or a lower-case word after it.
    private func opensSentence(_ text: UnsafeBufferPointer<UInt16>, at index: Int) -> Bool {
        var before = index - 1
        while before > 0 && text[before] == 0x20 { before -= 1 }
        guard UTF16Text.isLower(text[before]), let candidates = byFirst[text[index]],
            let opener = candidates.first(where: { opener in
                index + opener.count < text.count
                    && opener.indices.allSatisfy { text[index + $0] == opener[$0] }
                    && !UTF16Text.isLetter(text[index + opener.count])
            })
        else { return false }
        // A lower-case word after it (a comma after it was as often a title's: `the
        // band Yes, formed in 1968`, `Kipling's poem If,`; pass 50).
        var after = index + opener.count
        guard text[after] == 0x20 else { return false }
        while after < text.count && text[after] == 0x20 { after += 1 }
        guard after < text.count && UTF16Text.isLower(text[after]) else { return false }
        // The word before is built last: most capitals after a space are names, no opener.
        var first = before
        while first > 0 && UTF16Text.isLetter(text[first - 1]) { first -= 1 }
        let word = String(
            decoding: UnsafeBufferPointer(rebasing: text[first...before]), as: UTF16.self)
        return !notAfter.contains(word.lowercased())
    }
}
