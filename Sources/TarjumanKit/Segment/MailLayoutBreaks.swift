/// Sentence ends that the layout of mail and web text leaves without a terminator, in a
/// script with case:
/// - after a separator that opens a sentence (a word that is a run of three or more of one
///   of `- = _ * ~ #`, or ends in a run of four, right after a sentence end), before a
///   capitalised word, quoted or not, or another separator (`Graae. *** Bush also…`); not
///   inside a sentence (`made between ______ ("Buyer")`, `**** **** 1234`, `Dr. ---- Smith`);
/// - around a mail header's date stamp (`M/D/YYYY H:MM[:SS]`, `AM`/`PM` and a time zone may
///   follow) after a name of two capitalised words or an address: `Kay Mann 04/26/2001
///   07:17 AM Will you…` is three sentences; after any other stamp only before a listed
///   sentence starter (`…on 08/15/2000 06:03:48 PM The information…`), never before
///   punctuation or inside a sentence (`At 3/4/2024 10:30 AM, the server…`, `at 10:30 AM EST
///   and`).
///
/// Each look reads one word and its neighbours, each at most ``WebAddress/reach`` units, so
/// the cost stays linear in the text.
struct MailLayoutBreaks {
    /// Capitalised words that open a sentence (the pack's `sentence_starters`).
    let sentenceStarters: Set<String>

    /// `ends` (sorted sentence ends of `text`, the last at its end) with the breaks above.
    func splitting(_ text: UnsafeBufferPointer<UInt16>, ends: [Int]) -> [Int] {
        SentenceStarts.merge(sentenceStarts(in: text, ends: ends), into: ends) { $1 > $0 }
    }

    /// Where the sentences above start, sorted.
    private func sentenceStarts(in text: UnsafeBufferPointer<UInt16>, ends: [Int]) -> [Int] {
        var starts: [Int] = []
        var nextUnread = 0
        // Sixteen units at a time, looking only at the `/` of a date and a separator
        // character repeated: most text holds neither, and this pass is over every paragraph.
        typealias Units = SIMD16<UInt16>
        let slash = Units(repeating: 0x2F)
        let (dash, equals, low, star) = (
            Units(repeating: 0x2D), Units(repeating: 0x3D), Units(repeating: 0x5F),
            Units(repeating: 0x2A)
        )
        let (tilde, hash) = (Units(repeating: 0x7E), Units(repeating: 0x23))
        var index = 1
        if let base = text.baseAddress {
            while index + 16 <= text.count {
                let current = UnsafeRawPointer(base + index).loadUnaligned(as: Units.self)
                let previous = UnsafeRawPointer(base + index - 1).loadUnaligned(as: Units.self)
                let separator =
                    (current .== dash) .| (current .== equals) .| (current .== low)
                    .| (current .== star) .| (current .== tilde) .| (current .== hash)
                let found = (current .== slash) .| ((current .== previous) .& separator)
                if any(found) {
                    for lane in 0..<16 where found[lane] && index + lane >= nextUnread {
                        look(
                            at: index + lane, in: text, ends: ends, nextUnread: &nextUnread,
                            into: &starts)
                    }
                }
                index += 16
            }
        }
        while index < text.count {
            let unit = text[index]
            if index >= nextUnread
                && (unit == 0x2F || (unit == text[index - 1] && Self.separatorUnits.contains(unit)))
            {
                look(at: index, in: text, ends: ends, nextUnread: &nextUnread, into: &starts)
            }
            index += 1
        }
        return starts.sorted()
    }

    /// Adds the breaks the word around `index` makes to `starts`; words before
    /// `nextUnread` have been looked at.
    private func look(
        at index: Int, in text: UnsafeBufferPointer<UInt16>, ends: [Int], nextUnread: inout Int,
        into starts: inout [Int]
    ) {
        let word = WebAddress.token(in: text, around: index)
        nextUnread = max(word.upperBound, index + 1)
        guard !word.isEmpty else { return }
        starts.append(contentsOf: breaks(around: word, in: text, ends: ends))
    }

    /// The separator characters: `- = _ * ~ #`.
    private static let separatorUnits: [UInt16] = [0x2D, 0x3D, 0x5F, 0x2A, 0x7E, 0x23]

    /// The sentence starts the word at `word` makes: the next word's start after a separator
    /// or a stamp, and the stamp's own start.
    private func breaks(
        around word: Range<Int>, in text: UnsafeBufferPointer<UInt16>, ends: [Int]
    ) -> [Int] {
        guard let next = Self.nextWord(after: word.upperBound, in: text) else {
            return []
        }
        let nextFirst = text[next.lowerBound]
        if let run = Self.separatorRun(ending: word, in: text),
            run == word.count ? run >= 3 : run >= 4
        {
            // Opening a sentence (pass 55: blanks and masks inside one, `between ______
            // ("Buyer")`, were split), before a capital, quoted or not, or another separator.
            let opensSentence =
                UTF16Text.isUpper(nextFirst)
                || (UTF16Text.isOpener(nextFirst) && next.count > 1
                    && UTF16Text.isUpper(text[next.lowerBound + 1]))
                || Self.separatorUnits.contains(nextFirst)
            guard opensSentence, Self.holds(ends, word.lowerBound) else { return [] }
            return [next.lowerBound]
        }
        return stampBreaks(from: word, in: text)
    }

    /// The breaks around a stamp that starts with the date `word`, if it is one.
    private func stampBreaks(from word: Range<Int>, in text: UnsafeBufferPointer<UInt16>)
        -> [Int]
    {
        guard Self.isDate(UnsafeBufferPointer(rebasing: text[word])),
            let time = Self.nextWord(after: word.upperBound, in: text),
            Self.isTime(UnsafeBufferPointer(rebasing: text[time]))
        else { return [] }
        // The stamp goes on through `AM`/`PM` and a time zone (`EST`, `(UTC)`); punctuation
        // after it (`10:30 AM, John wrote`) leaves the end to the other rules.
        var stampEnd = time.upperBound
        func endsInWord() -> Bool {
            let last = text[stampEnd - 1]
            return UTF16Text.isLetter(last) || (last >= 0x30 && last <= 0x39)
        }
        for isPart in [Self.isMeridiem, Self.isTimeZone] {
            guard endsInWord(), let part = Self.nextWord(after: stampEnd, in: text),
                isPart(UnsafeBufferPointer(rebasing: text[part]))
            else { continue }
            stampEnd = part.upperBound
        }
        let header = isHeaderLead(before: word.lowerBound, in: text)
        var breaks = header ? [word.lowerBound] : []
        guard endsInWord(), let after = Self.nextWord(after: stampEnd, in: text) else {
            return breaks
        }
        // After a header's stamp anything opens a sentence (`…11:36 AM have you heard`);
        // after another only a sentence starter (`we meet on 5/6/2024 10:30 to talk`, `at
        // 3/4/2024 10:30 AM Pacific` are one).
        if header || sentenceStarters.contains(Self.letters(of: after, in: text)) {
            breaks.append(after.lowerBound)
        }
        return breaks
    }

    /// Whether the words before `index` lead into a mail header's stamp: an address
    /// (`Griffith@ENRON`, `<ann@x.org>`) or a name of two capitalised words (`Kay Mann`,
    /// `Jeffrey T Hodge`), not one (`At 3/4/2024`, `Updated 3/4/2024`).
    private func isHeaderLead(before index: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool {
        guard let previous = Self.previousWord(before: index, in: text) else { return false }
        let units = UnsafeBufferPointer(rebasing: text[previous])
        if units.contains(0x40) || units.last == 0x3E { return true }
        func isName(_ word: Range<Int>) -> Bool {
            UTF16Text.isUpper(text[word.lowerBound])
                && UTF16Text.isLetter(text[word.upperBound - 1])
        }
        guard isName(previous),
            let before = Self.previousWord(before: previous.lowerBound, in: text)
        else { return false }
        return isName(before) && !sentenceStarters.contains(Self.letters(of: before, in: text))
    }

    /// The word at `word` without punctuation at its ends.
    private static func letters(of word: Range<Int>, in text: UnsafeBufferPointer<UInt16>)
        -> String
    {
        var start = word.lowerBound
        var end = word.upperBound
        while start < end && !UTF16Text.isLetter(text[start]) { start += 1 }
        while end > start && !UTF16Text.isLetter(text[end - 1]) { end -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF16.self)
    }

    /// Whether `units` is a time zone written short: two to five capitals, in brackets or
    /// not (`EST`, `(UTC)`).
    private static func isTimeZone(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
        let letters =
            units.first == 0x28 && units.last == 0x29 ? units.dropFirst().dropLast() : units[...]
        return (2...5).contains(letters.count) && letters.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// Whether `ends` (sorted) holds `position`, found by halving.
    private static func holds(_ ends: [Int], _ position: Int) -> Bool {
        var low = 0
        var high = ends.count
        while low < high {
            let middle = (low + high) / 2
            if ends[middle] < position { low = middle + 1 } else { high = middle }
        }
        return low < ends.count && ends[low] == position
    }

    /// Whether `units` is a date `M/D/YYYY` or `M/D/YY` (a comma may follow).
    private static func isDate(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
        let count = units.last == 0x2C ? units.count - 1 : units.count
        guard let parts = digitGroups(units[..<count], between: 0x2F) else { return false }
        return parts.count == 3 && (1...2).contains(parts[0]) && (1...2).contains(parts[1])
            && (parts[2] == 2 || parts[2] == 4)
    }

    /// How many ASCII digits each group of `units` holds, the groups cut at `separator`;
    /// `nil` when anything else is among them.
    private static func digitGroups(
        _ units: Slice<UnsafeBufferPointer<UInt16>>, between separator: UInt16
    )
        -> [Int]?
    {
        var groups: [Int] = [0]
        for unit in units {
            if unit == separator {
                groups.append(0)
            } else if unit >= 0x30 && unit <= 0x39 {
                groups[groups.count - 1] += 1
            } else {
                return nil
            }
        }
        return groups
    }

    /// Whether `units` is a time `H:MM` or `H:MM:SS`, `am`/`pm` written on or not.
    private static func isTime(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
        var digits = units.count
        while digits > 0 && !(units[digits - 1] >= 0x30 && units[digits - 1] <= 0x39) {
            digits -= 1
        }
        guard digits == units.count || isMeridiem(UnsafeBufferPointer(rebasing: units[digits...]))
        else { return false }
        guard let parts = digitGroups(units[..<digits], between: 0x3A) else { return false }
        return (2...3).contains(parts.count) && (1...2).contains(parts[0])
            && parts.dropFirst().allSatisfy { $0 == 2 }
    }

    /// Whether `units` is `AM` or `PM`, in any case, with full stops or without, punctuation
    /// after it or not (`AM,`, `PM)`).
    private static func isMeridiem(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
        var end = units.count
        while end > 0 && [0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29].contains(units[end - 1]) { end -= 1 }
        let letters = units[..<end].filter { $0 != 0x2E }.map { $0 | 0x20 }
        return letters.count == 2 && (letters[0] == 0x61 || letters[0] == 0x70)
            && letters[1] == 0x6D
    }

    /// How many units of one separator character end `word` (read no further back than
    /// its start: a run of millions is looked at every ``WebAddress/reach`` units).
    private static func separatorRun(ending word: Range<Int>, in text: UnsafeBufferPointer<UInt16>)
        -> Int?
    {
        let last = text[word.upperBound - 1]
        guard separatorUnits.contains(last) else { return nil }
        var start = word.upperBound - 1
        while start > word.lowerBound && text[start - 1] == last { start -= 1 }
        return word.upperBound - start
    }

    /// The word after the white space at `index`, within reach; `nil` at the text's end.
    private static func nextWord(after index: Int, in text: UnsafeBufferPointer<UInt16>)
        -> Range<Int>?
    {
        var start = index
        let last = min(text.count, index + WebAddress.reach)
        while start < last && UTF16Text.isSpace(text[start]) { start += 1 }
        guard start < last, start > index else { return nil }
        return WebAddress.token(in: text, around: start)
    }

    /// The word before the white space that ends at `index`, within reach.
    private static func previousWord(before index: Int, in text: UnsafeBufferPointer<UInt16>)
        -> Range<Int>?
    {
        var end = index
        let first = max(0, index - WebAddress.reach)
        while end > first && UTF16Text.isSpace(text[end - 1]) { end -= 1 }
        guard end > first, end < index else { return nil }
        return WebAddress.token(in: text, around: end - 1)
    }
}
