/// Numbers with scale words, for `number-mismatch`: a scale word multiplies the digits
/// before it (`1.2 million`, `۱۲ لاکھ`), the parts of one sum add up (`۲ کروڑ ۵۰ لاکھ`), and
/// the first end of a range takes the second's scale (`2 to 3 million`, `دو سے تین ہزار`).
extension TranslationChecker {
    /// The power of ten of the scale word right after the number at `offset` (white space
    /// between, or none), or of one of `suffixes` written on its digits (`$3bn`), if one
    /// follows.
    static func scaleAfter(
        _ offset: Int, in scalars: [Unicode.Scalar], scales: [String: Int],
        suffixes: [String: Int] = [:]
    ) -> (exponent: Int, end: Int, first: Int)? {
        let end = digitsEnd(offset, in: scalars)
        var start = end
        while start < scalars.count && ScalarText.isWhitespace(scalars[start]) { start += 1 }
        // Written on the digits too (`۱۲لاکھ`; pass 57).
        var wordEnd = start
        while wordEnd < scalars.count && isLetter(scalars[wordEnd]) { wordEnd += 1 }
        // A capitalised one after a year names something (`2018 Thousand Oaks`, `1995
        // Million Man March`; pass 49); after another number it is a headline's (`$2 Million
        // Grant`; pass 57).
        let number = scalars[offset..<end].compactMap(AnchorExtractor.digit)
        let afterYear =
            end - offset == 4 && number.count == 4
            && (1800...2100).contains(number.reduce(0) { $0 * 10 + Int($1) })
        guard wordEnd > start, !afterYear || !scalars[start].properties.isUppercase,
            case let word = String(scalars: scalars[start..<wordEnd]).lowercased(),
            var exponent = scales[word]
                ?? (start == end || isAfterMoney(offset, in: scalars) ? suffixes[word] : nil)
        else { return nil }
        let first = exponent
        // Scale words in a row multiply, the larger after the smaller (`۱۴ ہزار ارب`, 14
        // trillion; `۱۲ لاکھ کروڑ`; pass 57).
        while true {
            var next = wordEnd
            while next < scalars.count && ScalarText.isWhitespace(scalars[next]) { next += 1 }
            var nextEnd = next
            while nextEnd < scalars.count && isLetter(scalars[nextEnd]) { nextEnd += 1 }
            guard next > wordEnd, nextEnd > next,
                let larger = scales[String(scalars: scalars[next..<nextEnd]).lowercased()],
                larger > exponent, exponent + larger <= 36
            else { break }
            exponent += larger
            wordEnd = nextEnd
        }
        return (exponent, wordEnd, first)
    }

    /// Whether a currency sign or `Rs` comes right before the number at `offset` (white
    /// space between): there a scale suffix apart from the digits is one (`$3 bn`, `Rs 500
    /// mn`; pass 59).
    static func isAfterMoney(_ offset: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var end = offset
        while end > 0, ScalarText.isWhitespace(scalars[end - 1]) { end -= 1 }
        guard end > 0 else { return false }
        if scalars[end - 1].properties.generalCategory == .currencySymbol { return true }
        let word = wordsBefore(end, in: scalars, count: 1).first
        let touches = scalars[end - 1] == "." || isLetter(scalars[end - 1])
        return touches && (word == "rs" || word == "pkr" || word == "usd")
    }

    /// A number in digits as the scale reading sees it: its span (value, offset, whole
    /// year), its value before any scale, the power of ten of the scale words after it, and
    /// where it ends (past those words).
    struct ScaledPart {
        var span: (String, Int, String?)
        var raw: String
        var exponent: Int?
        var end: Int
        /// The power of ten of the first of its scale words (`سو` of `۵ سو کروڑ`).
        var first: Int?
    }

    /// `parts` with the parts of one number added up: parts in digits each with its scale
    /// word, largest first, white space between (`۲ کروڑ ۵۰ لاکھ`, 25000000; `۲۴ کروڑ ۱۴ لاکھ
    /// ۹۰ ہزار`; `۳ ہزار ۵ سو`, 3500), and after a thousand, a last part of three digits
    /// without one (`۳۵ ہزار ۵۰۰`, 35500; not before a month or another number: `۵۰ ہزار ۱۲۰
    /// مئی`); after a hundred or a thousand, a part before a crore or more multiplies both
    /// (`۱۴ ہزار ۴۶۰ ارب`, 14460 billion; `۲ سو ۵۰ ارب`; `۲ ہزار ۵ سو کروڑ`, 2500 crore). Pass 57: each part was a number of its own, so Urdu's usual way
    /// of writing large sums was reported against the source's one number. Pass 58: a shorter
    /// last part is the next quantity's (`۳۰ لاکھ ۱۸ سالہ`, `۵ ہزار ۱۰ روپے کے نوٹ`), and a part
    /// before a larger scale after another scale a list's (`30 thousand 7 million`).
    static func joiningParts(
        _ parts: [ScaledPart], in scalars: [Unicode.Scalar], monthNames: [String: Int],
        pack: LocalePack? = nil
    ) -> [ScaledPart] {
        var joined: [ScaledPart] = []
        var index = 0
        while index < parts.count {
            var number = parts[index]
            index += 1
            guard var total = Int(number.span.0), var last = number.exponent else {
                joined.append(number)
                continue
            }
            while true {
                // A part in words (`۲۷ لاکھ پچاس ہزار`, 2750000).
                if let pack, let word = wordPart(after: number.end, in: scalars, of: pack),
                    word.exponent < last, word.value < power(last - word.exponent),
                    case let (sum, overflow) = total.addingReportingOverflow(
                        word.value * power(word.exponent)), !overflow
                {
                    (total, last, number.end) = (sum, word.exponent, word.end)
                    continue
                }
                guard index < parts.count, case let next = parts[index],
                    next.span.1 > number.end,
                    scalars[number.end..<next.span.1].allSatisfy(ScalarText.isWhitespace),
                    let raw = Int(next.raw), raw < power(last)
                else { break }
                if let exponent = next.exponent, exponent < last, let value = Int(next.span.0) {
                    guard case let (sum, overflow) = total.addingReportingOverflow(value),
                        !overflow
                    else { break }
                    (total, last) = (sum, exponent)
                } else if let exponent = next.exponent, let first = next.first, first < last,
                    exponent - first >= 7, raw < power(last - first),
                    case let (sum, overflow) = total.addingReportingOverflow(raw * power(first)),
                    !overflow,
                    let value = scaled(String(sum), byPowerOfTen: exponent - first),
                    let whole = Int(value)
                {
                    // `۲ ہزار ۵ سو کروڑ`: the parts up to سو, then crores of them.
                    (total, last) = (whole, 0)
                } else if let exponent = next.exponent, exponent >= 7, next.first == exponent,
                    [2, 3].contains(number.exponent), last == number.exponent,
                    case let (sum, overflow) = total.addingReportingOverflow(raw), !overflow,
                    let value = scaled(String(sum), byPowerOfTen: exponent), let whole = Int(value)
                {
                    (total, last) = (whole, 0)
                } else if next.exponent == nil, last == 3, next.raw.count == 3,
                    next.end - next.span.1 == 3,
                    !isFollowedByDateOrNumber(next.end, in: scalars, monthNames: monthNames),
                    case let (sum, overflow) = total.addingReportingOverflow(raw), !overflow
                {
                    (total, last) = (sum, 0)
                } else {
                    break
                }
                number.end = next.end
                index += 1
            }
            number.span.0 = String(total)
            joined.append(number)
        }
        return joined
    }

    /// A part of a sum written in words after `end` (white space between): a number word of
    /// `pack` under a hundred, then a scale word (`پچاس ہزار`, `fifty thousand`) not followed
    /// by another. Its value before the scale, the scale's power of ten, and where the scale
    /// word ends.
    static func wordPart(after end: Int, in scalars: [Unicode.Scalar], of pack: LocalePack)
        -> (value: Int, exponent: Int, end: Int)?
    {
        var index = end
        func nextWord() -> String? {
            let gap = index
            while index < scalars.count && ScalarText.isWhitespace(scalars[index]) { index += 1 }
            let start = index
            while index < scalars.count && isLetter(scalars[index]) { index += 1 }
            guard start > gap, index > start else { return nil }
            return String(scalars: scalars[start..<index]).lowercased()
        }
        guard let word = nextWord(), let value = pack.numberWords[word], (1..<100).contains(value),
            pack.monthNames[word] == nil, let scale = nextWord(),
            let exponent = pack.scaleWords[scale]
        else { return nil }
        let end = index
        // Not a multiplier of what follows (`2 million five hundred thousand`).
        if let following = nextWord(), pack.scaleWords[following] != nil { return nil }
        return (value, exponent, end)
    }

    /// The numbers in digits of `text`, each with the power of ten of the scale words after
    /// it, by where each starts.
    static func digitParts(
        in text: String, _ scalars: [Unicode.Scalar], scales: [String: Int],
        suffixes: [String: Int]
    ) -> [Int: ScaledPart] {
        var parts: [Int: ScaledPart] = [:]
        for span in AnchorExtractor.numberSpans(in: text) where parts[span.offset] == nil {
            let scale = scaleAfter(span.offset, in: scalars, scales: scales, suffixes: suffixes)
            parts[span.offset] = ScaledPart(
                span: (span.value, span.offset, nil), raw: span.value, exponent: scale?.exponent,
                end: digitsEnd(span.offset, in: scalars), first: scale?.first)
        }
        return parts
    }

    /// Whether a month name, a year sign (ء), a date or time separator or another number
    /// comes right after `end` (white space between).
    static func isFollowedByDateOrNumber(
        _ end: Int, in scalars: [Unicode.Scalar], monthNames: [String: Int]
    ) -> Bool {
        guard end < scalars.count else { return false }
        if "/:-.\u{0621}\u{2013}".unicodeScalars.contains(scalars[end]) { return true }
        var start = end
        while start < scalars.count && ScalarText.isWhitespace(scalars[start]) { start += 1 }
        guard start < scalars.count else { return false }
        if AnchorExtractor.digit(scalars[start]) != nil { return true }
        var wordEnd = start
        while wordEnd < scalars.count && isLetter(scalars[wordEnd]) { wordEnd += 1 }
        return monthNames[String(scalars: scalars[start..<wordEnd]).lowercased()] != nil
    }

    /// Ten to `exponent`; past `Int`, the largest `Int`.
    static func power(_ exponent: Int) -> Int {
        exponent >= 19 ? Int.max : (0..<exponent).reduce(1) { value, _ in value * 10 }
    }

    /// What closes a range opened by a number from `start` to `end`: a dash, or one of the
    /// pack's `range_words` with white space on both sides, or the joiner of one of its
    /// `range_pairs` whose opener comes in the two words before the number (`between 14 and
    /// 22 million`), or of one of its `range_closers` whose closer comes in the three words
    /// after the range (`۱۴ اور ۲۲ ملین کے درمیان`), then a number, in digits (`digitsAt`, by where each starts) or a pack's
    /// number word, with a scale word after it. Its value before the scale and the scale's
    /// power of ten; nil when no such number follows.
    static func rangeClose(
        from start: Int, to end: Int, in scalars: [Unicode.Scalar],
        digitsAt: [Int: ScaledPart], scales: [String: Int], pack: LocalePack?
    ) -> (leading: String, exponent: Int, opened: Bool)? {
        var opened = false
        var closer: String?
        var index = end
        while index < scalars.count && ScalarText.isWhitespace(scalars[index]) { index += 1 }
        guard index < scalars.count else { return nil }
        if "-\u{2010}\u{2011}\u{2012}\u{2013}\u{2014}".unicodeScalars.contains(scalars[index]) {
            index += 1
        } else {
            let wordStart = index
            while index < scalars.count && isLetter(scalars[index]) { index += 1 }
            guard wordStart > end, index > wordStart, index < scalars.count,
                ScalarText.isWhitespace(scalars[index]), let pack,
                case let word = String(scalars: scalars[wordStart..<index]).lowercased(),
                case let opener = wordsBefore(start, in: scalars, count: 2).contains(where: {
                    pack.rangePairs[$0] == word
                }),
                pack.rangeWords.contains(word) || opener || pack.rangeClosers[word] != nil
            else { return nil }
            opened = opener
            closer = pack.rangeWords.contains(word) || opener ? nil : pack.rangeClosers[word]
        }
        while index < scalars.count && ScalarText.isWhitespace(scalars[index]) { index += 1 }
        /// Whether the closer the joiner needs, if any, comes in the three words after `end`.
        func closed(after end: Int) -> Bool {
            guard let closer else { return true }
            return wordsAfter(end, in: scalars, count: 3).contains(closer)
        }
        if let digits = digitsAt[index] {
            guard closed(after: digits.end) else { return nil }
            return digits.exponent.map { (digits.raw, $0, opened) }
        }
        guard let pack else { return nil }
        // Words: a number word under a hundred (a ten and a unit too) or a fraction word,
        // then a scale word (`three million`, `تین ملین`, `ڈھائی لاکھ`).
        var words: [String] = []
        var ends: [Int] = []
        while words.count < 3 && index < scalars.count {
            let wordStart = index
            while index < scalars.count && isLetter(scalars[index]) { index += 1 }
            guard index > wordStart else { break }
            words.append(String(scalars: scalars[wordStart..<index]).lowercased())
            ends.append(index)
            while index < scalars.count,
                ScalarText.isWhitespace(scalars[index]) || scalars[index] == "-"
            {
                index += 1
            }
        }
        guard let first = words.first else { return nil }
        var leading: String
        var next = 1
        if let value = pack.numberWords[first], value < 100, pack.monthNames[first] == nil {
            var whole = value
            if value >= 20, value % 10 == 0, words.count > 2, let unit = pack.numberWords[words[1]],
                unit < 10
            {
                whole += unit
                next = 2
            }
            leading = String(whole)
        } else if let hundredths = pack.fractionWords[first] {
            leading = decimal(hundredths: hundredths)
        } else {
            return nil
        }
        guard next < words.count, let exponent = scales[words[next]], closed(after: ends[next])
        else { return nil }
        return (leading, exponent, opened)
    }

    /// The next `count` words after `offset`, lower-cased (white space and other signs
    /// between; stopping at a digit).
    static func wordsAfter(_ offset: Int, in scalars: [Unicode.Scalar], count: Int) -> [String] {
        var words: [String] = []
        var start = offset
        while words.count < count {
            while start < scalars.count, !isLetter(scalars[start]),
                AnchorExtractor.digit(scalars[start]) == nil
            {
                start += 1
            }
            var end = start
            while end < scalars.count, isLetter(scalars[end]) { end += 1 }
            guard start < end else { break }
            words.append(String(scalars: scalars[start..<end]).lowercased())
            start = end
        }
        return words
    }

    /// The last `count` words before `offset`, lower-cased, nearest first (white space and
    /// other signs, `Rs` or `$`, between).
    static func wordsBefore(_ offset: Int, in scalars: [Unicode.Scalar], count: Int) -> [String] {
        var words: [String] = []
        var end = offset
        while words.count < count {
            while end > 0, !isLetter(scalars[end - 1]),
                AnchorExtractor.digit(scalars[end - 1]) == nil
            {
                end -= 1
            }
            var start = end
            while start > 0, isLetter(scalars[start - 1]) { start -= 1 }
            guard start < end else { break }
            words.append(String(scalars: scalars[start..<end]).lowercased())
            end = start
        }
        return words
    }

    /// Whether the first end of a range (`raw`) takes the scale of the second (`closing`,
    /// before its scale): when it is smaller (`2 to 3 million`; `۲۰۱۹ سے ۲۰ لاکھ`, since 2019,
    /// keeps its year), and in a range a pair's opener begins (`opened`), also when larger
    /// but under ten times the second and no year (`from 3 to 2 million`). Pass 58: any
    /// falling range was read, and a label before Urdu سے, "from", became one (`این اے ۱۲۰
    /// سے ۶۰ ہزار ووٹ`).
    static func takesScale(_ raw: String, closing: String, opened: Bool) -> Bool {
        guard let first = Double(raw), let second = Double(closing) else { return false }
        if first < second { return true }
        let yearLike = raw.count == 4 && Int(raw).map { (1000...2999).contains($0) } == true
        return opened && !yearLike && first < second * 10
    }

    /// Where the number starting at `offset` ends: past a sign, digits, and separators
    /// between digits (1,200.5; ۱٬۲۰۰٫۵).
    static func digitsEnd(_ offset: Int, in scalars: [Unicode.Scalar]) -> Int {
        var end = offset
        while end < scalars.count, scalars[end] == "-" || AnchorExtractor.isBidiMark(scalars[end]) {
            end += 1
        }
        // Digits, and a separator only between digits (1,200.5; ۱٬۲۰۰٫۵).
        while end < scalars.count {
            if AnchorExtractor.digit(scalars[end]) != nil {
                end += 1
            } else if end + 1 < scalars.count,
                ".,\u{066B}\u{066C}\u{060C}".unicodeScalars.contains(scalars[end]),
                AnchorExtractor.digit(scalars[end + 1]) != nil
            {
                end += 2
            } else {
                break
            }
        }
        return end
    }

    /// The number under a hundred that a joiner adds after a multiplier of ten to
    /// `exponent` ending at `offset` (`2 hundred and fifty`, 250; `3 thousand and
    /// twenty-one`, 3021), as the word reading does: the joiner, then a number word under a
    /// hundred (or a ten and a unit), not a month, and the multiplier after it when there is
    /// one, which must be larger (`2 hundred and fifty thousand`; not `2 hundred and five
    /// hundred`). Nil when there is none.
    static func joinedRemainder(
        after offset: Int, in scalars: [Unicode.Scalar], of pack: LocalePack, exponent: Int
    ) -> (rest: Int, multiplier: Int?)? {
        guard !pack.numberJoiners.isEmpty else { return nil }
        // Four words at most are read: the joiner, a ten, a unit, and the word after.
        var words: [Range<Int>] = []
        var index = offset
        while words.count < 4 && index < scalars.count {
            let start = index
            while index < scalars.count,
                ScalarText.isWhitespace(scalars[index]) || (!words.isEmpty && scalars[index] == "-")
            {
                index += 1
            }
            guard index > start || words.isEmpty, index < scalars.count, isLetter(scalars[index])
            else { break }
            let wordStart = index
            while index < scalars.count && isLetter(scalars[index]) { index += 1 }
            words.append(wordStart..<index)
        }
        let spelled = words.map { String(scalars: scalars[$0]).lowercased() }
        guard spelled.count >= 2, words[0].lowerBound > offset,
            pack.numberJoiners.contains(spelled[0]), let first = pack.numberWords[spelled[1]],
            first < 100, pack.monthNames[spelled[1]] == nil
        else { return nil }
        var value = first
        var next = 2
        if first >= 20, first % 10 == 0, spelled.count > 2, let unit = pack.numberWords[spelled[2]],
            unit < 10
        {
            value += unit
            next = 3
        }
        guard next < spelled.count, let following = multiplier(of: spelled[next], in: pack) else {
            return (value, nil)
        }
        return following > power(exponent) ? (value, following) : nil
    }

    /// `value` (a canonical number: `1.2`, `-12`) times ten to `exponent`, canonical; nil
    /// for a value with two points (a version, a date).
    static func scaled(_ value: String, byPowerOfTen exponent: Int) -> String? {
        let sign = value.hasPrefix("-") ? "-" : ""
        let parts = value.dropFirst(sign.count).split(
            separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        let moved = fraction.prefix(exponent)
        var whole = String(parts[0] + moved + String(repeating: "0", count: exponent - moved.count))
        whole = String(whole.drop { $0 == "0" })
        let rest = fraction.dropFirst(exponent).reversed().drop { $0 == "0" }.reversed()
        return sign + (whole.isEmpty ? "0" : whole) + (rest.isEmpty ? "" : "." + String(rest))
    }
}
