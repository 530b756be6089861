/// Sentence ends that the layout of mail and web text leaves without a terminator, told by
/// their shape in any script:
/// - after a separator: a word that is a run of three or more of one of `- = _ * ~ #`, or
///   ends in a run of four, before a capitalised word, a quote or bracket or another
///   separator (`Graae. *** Bush also…`; not `CPS --- do you`, nor a blank in a script
///   without case); and before a separator word after a terminator;
/// - before a date stamp (`M/D/YYYY H:MM`, `AM` or `PM` may follow) unless a lower-case
///   word or a comma leads into it, as in a mail header; after a header's stamp, and after
///   any other before a word not in lower case: `Kay Mann 04/26/2001 07:17 AM Will you…` is
///   three sentences, `posted at 3/9/2005 11:16:00 PM` one.
///
/// Each look reads one word and its neighbours, each at most ``WebAddress/reach`` units, so
/// the cost stays linear in the text.
enum MailLayoutBreaks {
    /// `ends` (sorted sentence ends of `text`, the last at its end) with the breaks above.
    static func splitting(_ text: UnsafeBufferPointer<UInt16>, ends: [Int]) -> [Int] {
        SentenceStarts.merge(sentenceStarts(in: text), into: ends) { $1 > $0 }
    }

    /// Where the sentences above start, sorted.
    private static func sentenceStarts(in text: UnsafeBufferPointer<UInt16>) -> [Int] {
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
                        look(at: index + lane, in: text, nextUnread: &nextUnread, into: &starts)
                    }
                }
                index += 16
            }
        }
        while index < text.count {
            let unit = text[index]
            if index >= nextUnread
                && (unit == 0x2F || (unit == text[index - 1] && separatorUnits.contains(unit)))
            {
                look(at: index, in: text, nextUnread: &nextUnread, into: &starts)
            }
            index += 1
        }
        return starts.sorted()
    }

    /// Adds the breaks the word around `index` makes to `starts`; words before
    /// `nextUnread` have been looked at.
    private static func look(
        at index: Int, in text: UnsafeBufferPointer<UInt16>, nextUnread: inout Int,
        into starts: inout [Int]
    ) {
        let word = WebAddress.token(in: text, around: index)
        nextUnread = max(word.upperBound, index + 1)
        guard !word.isEmpty else { return }
        starts.append(contentsOf: breaks(around: word, in: text))
    }

    /// The separator characters: `- = _ * ~ #`.
    private static let separatorUnits: [UInt16] = [0x2D, 0x3D, 0x5F, 0x2A, 0x7E, 0x23]

    /// The sentence starts the word at `word` makes: the next word's start after a separator
    /// or a stamp, and the stamp's own start.
    private static func breaks(around word: Range<Int>, in text: UnsafeBufferPointer<UInt16>)
        -> [Int]
    {
        guard let next = nextWord(after: word.upperBound, in: text) else {
            return []
        }
        let nextFirst = text[next.lowerBound]
        if let run = separatorRun(ending: word, in: text),
            run == word.count ? run >= 3 : run >= 4
        {
            // Before a capital, a quote or bracket, or another separator (in a script
            // without case, never: `میرا نام ___ ہے۔` fills in a blank).
            guard
                UTF16Text.isUpper(nextFirst) || UTF16Text.isOpener(nextFirst)
                    || separatorUnits.contains(nextFirst)
            else { return [] }
            // A separator standing alone after a sentence's terminator is a line of its own.
            if run == word.count, let previous = previousWord(before: word.lowerBound, in: text),
                [0x2E, 0x21, 0x3F].contains(text[previous.upperBound - 1])
            {
                return [word.lowerBound, next.lowerBound]
            }
            return [next.lowerBound]
        }
        return stampBreaks(from: word, in: text)
    }

    /// The breaks around a stamp that starts with the date `word`, if it is one.
    private static func stampBreaks(from word: Range<Int>, in text: UnsafeBufferPointer<UInt16>)
        -> [Int]
    {
        guard isDate(UnsafeBufferPointer(rebasing: text[word])),
            let time = nextWord(after: word.upperBound, in: text),
            isTime(UnsafeBufferPointer(rebasing: text[time]))
        else { return [] }
        var stampEnd = time.upperBound
        if let meridiem = nextWord(after: stampEnd, in: text),
            isMeridiem(UnsafeBufferPointer(rebasing: text[meridiem]))
        {
            stampEnd = meridiem.upperBound
        }
        var breaks: [Int] = []
        if let previous = previousWord(before: word.lowerBound, in: text) {
            let first = text[previous.lowerBound]
            let last = text[previous.upperBound - 1]
            if !UTF16Text.isLower(first) && last != 0x2C && last != 0x3A && last != 0x3B {
                breaks.append(word.lowerBound)
            }
        }
        // After a header's stamp anything opens a sentence (`…11:36 AM have you heard`);
        // after a stamp inside a sentence only a word that is not in lower case (`we meet on
        // 5/6/2024 10:30 to talk` is one).
        if let after = nextWord(after: stampEnd, in: text),
            !breaks.isEmpty || !UTF16Text.isLower(text[after.lowerBound])
        {
            breaks.append(after.lowerBound)
        }
        return breaks
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

    /// Whether `units` is `AM` or `PM`, in any case, with full stops or without.
    private static func isMeridiem(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
        let letters = units.filter { $0 != 0x2E }.map { $0 | 0x20 }
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
