/// Numbers written with words, for `number-mismatch`: a pack's `minus_words` before a
/// number (`منفی ۵`, `minus 5`) and its `number_words` (`تیسرے`, `twelve`, `five hundred`).
extension TranslationChecker {
    /// The numbers of `text` (``AnchorExtractor/numberSpans(in:)``), a number after one of
    /// `minusWords` negative (pass 36: `-5 degrees` against Urdu `منفی ۵ ڈگری` was a
    /// number mismatch) unless a number comes in the two words before the minus word: then
    /// it subtracts (`500 rupees minus 50`, `۱۰ منفی ۳`; pass 37). A number before one of
    /// `scales` (words with their powers of ten) is multiplied: `1.2 million` and `۱۲ لاکھ`
    /// are both 1200000. The short end of a range of years (`2023–24`) also stands for its
    /// whole year (`whole`, 2024), which the other side may write instead. With `pack`, its
    /// `number_joiners` and `range_words` are read too (`2 hundred and fifty`, `2 to 3
    /// million`).
    static func signedNumbers(
        in text: String, minusWords: [String], scales: [String: Int] = [:],
        wordsOf pack: LocalePack? = nil
    ) -> [(value: String, offset: Int, whole: String?)] {
        var found = AnchorExtractor.numberSpans(in: text)
        guard !found.isEmpty else { return [] }
        let scalars = text.scalarArray
        // `۳ اعشاریہ ۵`: one number, read on from its decimals (`decimalsAt`).
        var decimalsAt: [Int: Int] = [:]
        if let pack, !pack.decimalWords.isEmpty {
            found = joiningDecimalWords(found, in: scalars, of: pack, decimalsAt: &decimalsAt)
        }
        let wholes = wholeYears(of: found, in: scalars)
        var spans = zip(found, wholes).map { ($0.value, $0.offset, $1) }
        if !scales.isEmpty {
            var parts: [ScaledPart] = []
            for span in spans {
                let last = decimalsAt[span.1] ?? span.1
                var part = ScaledPart(
                    span: span, raw: span.0, exponent: nil, end: digitsEnd(last, in: scalars),
                    first: nil)
                if let (exponent, end, first) = scaleAfter(
                    last, in: scalars, scales: scales, suffixes: pack?.scaleSuffixes ?? [:]),
                    let value = scaled(span.0, byPowerOfTen: exponent)
                {
                    (part.span.0, part.exponent, part.end, part.first) = (
                        value, exponent, end, first
                    )
                    // `2 hundred and fifty`: the joined part of the pack's words is added (pass
                    // 55), and a larger multiplier after it takes the whole (`2 hundred and
                    // fifty thousand`; pass 57).
                    if let pack, let whole = Int(value),
                        let (rest, following) = joinedRemainder(
                            after: end, in: scalars, of: pack, exponent: exponent),
                        case let (sum, overflow) = whole.addingReportingOverflow(rest), !overflow,
                        case let (product, tooLarge) = sum.multipliedReportingOverflow(
                            by: following ?? 1), !tooLarge
                    {
                        part.span.0 = String(product)
                    }
                }
                parts.append(part)
            }
            parts = joiningParts(
                parts, in: scalars, monthNames: pack?.monthNames ?? [:], pack: pack)
            // The first end of a range takes the second's scale (`2 to 3 million`, `20-30 لاکھ`,
            // `۲ سے تین ملین`; pass 55: "missing 2; unexpected 20").
            let digitsAt = Dictionary(
                parts.map { ($0.span.1, $0) }, uniquingKeysWith: { first, _ in first })
            for index in parts.indices where parts[index].exponent == nil {
                guard
                    let close = rangeClose(
                        from: parts[index].span.1, to: parts[index].end, in: scalars,
                        digitsAt: digitsAt, scales: scales, pack: pack),
                    takesScale(parts[index].raw, closing: close.leading, opened: close.opened),
                    let start = scaled(parts[index].raw, byPowerOfTen: close.exponent)
                else { continue }
                parts[index].span.0 = start
            }
            spans = parts.map(\.span)
        }
        guard !minusWords.isEmpty else { return spans }
        return spans.map { span in
            guard !span.0.hasPrefix("-"),
                let word = wordBefore(span.1, in: scalars),
                isSign(word, in: scalars, minusWords: minusWords)
            else { return span }
            return ("-" + span.0, span.1, span.2)
        }
    }

    /// `spans` with each number, a decimal word and a number of digits alone after it read as
    /// one (`۳ اعشاریہ ۵`, 3.5; `۲ اعشاریہ ۰۵`, 2.05), white space between; `decimalsAt` maps
    /// where each such number starts to where its decimals do.
    static func joiningDecimalWords(
        _ spans: [(value: String, offset: Int)], in scalars: [Unicode.Scalar], of pack: LocalePack,
        decimalsAt: inout [Int: Int]
    ) -> [(value: String, offset: Int)] {
        var joined: [(value: String, offset: Int)] = []
        var index = 0
        while index < spans.count {
            let span = spans[index]
            index += 1
            guard index < spans.count, !span.value.contains("."), !span.value.hasPrefix("-"),
                case let next = spans[index],
                let word = wordBefore(next.offset, in: scalars),
                pack.decimalWords.contains(String(scalars: scalars[word]).lowercased()),
                scalars[digitsEnd(span.offset, in: scalars)..<word.lowerBound].allSatisfy(
                    ScalarText.isWhitespace),
                scalars[word.upperBound..<next.offset].allSatisfy(ScalarText.isWhitespace),
                case let decimals = scalars[next.offset..<digitsEnd(next.offset, in: scalars)],
                case let digits = decimals.compactMap(AnchorExtractor.digit),
                digits.count == decimals.count
            else {
                joined.append(span)
                continue
            }
            var value = span.value + "." + digits.map(String.init).joined()
            while value.hasSuffix("0") { value.removeLast() }
            if value.hasSuffix(".") { value.removeLast() }
            joined.append((value, span.offset))
            decimalsAt[span.offset] = next.offset
            index += 1
        }
        return joined
    }

    /// For each of `spans`, the whole year it stands for when it is the two digits that
    /// close a range of years after a dash or slash (`2023–24`, `۲۰۲۳ء-۲۴ء`, `1999/00`),
    /// else nil (pass 46: "missing 24; unexpected 2024" against a translation that wrote
    /// the year whole). Two digits below the first year's (`2024-05`, a month) or followed
    /// by more of a date (`2024-05-12`) are none.
    private static func wholeYears(
        of spans: [(value: String, offset: Int)], in scalars: [Unicode.Scalar]
    ) -> [String?] {
        let dashes = "-/\u{2010}\u{2011}\u{2012}\u{2013}\u{2014}".unicodeScalars
        let yearSign: Unicode.Scalar = "\u{0621}"
        func digit(_ index: Int) -> Int? {
            index < scalars.count ? AnchorExtractor.digit(scalars[index]).map(Int.init) : nil
        }
        var wholes = [String?](repeating: nil, count: spans.count)
        for index in spans.indices.dropFirst() {
            let year = spans[index - 1]
            guard year.value.count == 4, let first = Int(year.value), (1000...2999).contains(first)
            else { continue }
            // The year, its sign (ء) if written, a dash, two digits and their sign.
            var dash = year.offset + 4
            if dash < scalars.count && scalars[dash] == yearSign { dash += 1 }
            guard dash < scalars.count, dashes.contains(scalars[dash]),
                spans[index].offset == dash || spans[index].offset == dash + 1,
                let tens = digit(dash + 1), let ones = digit(dash + 2), digit(dash + 3) == nil
            else { continue }
            var after = dash + 3
            if after < scalars.count && scalars[after] == yearSign { after += 1 }
            let moreOfADate =
                after < scalars.count && (dashes.contains(scalars[after]) || scalars[after] == ".")
                && digit(after + 1) != nil
            let last = tens * 10 + ones
            guard !moreOfADate, last > first % 100 || (first % 100 == 99 && last == 0) else {
                continue
            }
            wholes[index] = String(first / 100 * 100 + last + (last == 0 ? 100 : 0))
        }
        return wholes
    }

    /// The letters of the word that ends just before `offset` (white space and bidi marks
    /// between), as a range; nil when none does.
    static func wordBefore(_ offset: Int, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        var end = offset
        while end > 0,
            ScalarText.isWhitespace(scalars[end - 1])
                || AnchorExtractor.isBidiMark(scalars[end - 1])
        {
            end -= 1
        }
        var start = end
        while start > 0, isLetter(scalars[start - 1]) { start -= 1 }
        return start < end ? start..<end : nil
    }

    /// Whether the word at `range` is a minus word standing as a sign: no number in the two
    /// words before it.
    private static func isSign(
        _ range: Range<Int>, in scalars: [Unicode.Scalar], minusWords: [String]
    ) -> Bool {
        let word = String(scalars: scalars[range]).lowercased()
        guard minusWords.contains(where: { $0.lowercased() == word }) else { return false }
        var index = range.lowerBound
        var words = 0
        // Back over the white space before each word: the third ends the two words.
        while index > 0 && words < 3 {
            index -= 1
            let scalar = scalars[index]
            if scalar.properties.numericType != nil { return false }
            if ScalarText.isWhitespace(scalar), index > 0,
                !ScalarText.isWhitespace(scalars[index - 1])
            {
                words += 1
            }
        }
        return true
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII without the property tables, which are slow to ask.
        if scalar.isASCII { return (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A }
        return scalar.properties.isAlphabetic || scalar.properties.isGraphemeExtend
    }

    /// The values of the number words of `pack` in `text`, each as many times as written:
    /// words in a row make one number (`twenty-one`, `five hundred`, `پانچ سو`, `دو ہزار`),
    /// and a minus word standing as a sign before them makes it negative (`minus twelve`,
    /// `منفی بارہ`; pass 37: compounds and signed words were not read). Fractions count:
    /// a fraction word (`ڈیڑھ لاکھ`, 150000) and a fraction prefix before a number word
    /// (`ساڑھے تین ارب`, 3500000000; `سوا لاکھ`, 125000; `پونے دو سو`, 175).
    static func numberWords(in text: String, of pack: LocalePack) -> WordValues {
        var values = WordValues()
        guard !pack.numberWords.isEmpty else { return values }
        let scalars = text.scalarArray
        let words = letterRuns(in: scalars)
        let spelled = { (range: Range<Int>) in String(scalars: scalars[range]).lowercased() }
        // The numbers in digits, by where each starts, read when a range needs them.
        var digitsAt: [Int: ScaledPart]?
        // Values in hundredths, so that fractions add and multiply exactly.
        let value = { (word: String) in
            pack.numberWords[word].map { $0 * 100 } ?? pack.fractionWords[word]
        }
        // Only white space or a hyphen between two words of one number.
        let joined = { (left: Range<Int>, right: Range<Int>) in
            scalars[left.upperBound..<right.lowerBound].allSatisfy {
                ScalarText.isWhitespace($0) || $0 == "-"
            }
        }
        /// A bound number word's value in hundredths, when the word at `next` makes it one.
        func boundValue(_ word: String, before next: Int) -> Int? {
            guard let bound = pack.boundNumberWords[word], next < words.count,
                joined(words[next - 1], words[next])
            else { return nil }
            let after = spelled(words[next])
            let binds =
                pack.bindingWords.contains(after) || pack.scaleWords[after] != nil
                || [100, 1000].contains(pack.numberWords[after])
            return binds ? bound * 100 : nil
        }
        var index = 0
        while index < words.count {
            var end = index + 1
            let first = spelled(words[index])
            var start: Int?
            if let fraction = pack.fractionPrefixes[first], end < words.count,
                joined(words[index], words[end])
            {
                let made = Self.withFraction(fraction, before: spelled(words[end]), of: pack)
                start = made?.hundredths
                if made?.takesWord == true { end += 1 }
            } else {
                start = value(first) ?? boundValue(first, before: end)
            }
            guard let number = start else {
                // A part word is its denominator, and one part when no number word before
                // it says how many (pass 71: `ایک تہائی` against 1/3 was "missing 3").
                if let parts = pack.partWords[first] {
                    values.counts[String(parts), default: 0] += 1
                    let counted =
                        index > 0 && joined(words[index - 1], words[index])
                        && value(spelled(words[index - 1])) != nil
                    if !counted { values.counts["1", default: 0] += 1 }
                }
                index += 1
                continue
            }
            // The words after it as numbers are said: a unit or ten fills the places left
            // (`twenty-one`, `تین سو پینتیس`, 335), a hundred multiplies the part before it,
            // and a thousand or a scale word closes that part (`دو ہزار پانچ سو`, 2500; `دو لاکھ
            // پچاس ہزار`, 250000; pass 49: only digits were multiplied by a scale word).
            var total = 0
            var current = number
            var lastScale = Int.max
            var afterMultiplier = Self.multiplier(of: first, in: pack) != nil
            var multiplied = afterMultiplier
            if let scale = Self.multiplier(of: first, in: pack), scale >= 1000 {
                (total, current, lastScale) = (number, 0, scale)
            }
            while end < words.count, joined(words[end - 1], words[end]) {
                var word = spelled(words[end])
                // Scale words in a row multiply (`چودہ ہزار ارب`, 14 trillion), as after digits.
                if afterMultiplier, current == 0, total > 0,
                    let scale = pack.scaleWords[word].map(Self.power), scale >= 1000,
                    scale >= lastScale,
                    case let (product, overflow) = total.multipliedReportingOverflow(by: scale),
                    !overflow
                {
                    (total, lastScale) = (product, scale)
                    end += 1
                    continue
                }
                // A joiner after a multiplier, before a number word under a hundred (`one
                // hundred and five`, 105; `a thousand and one`), is read over; not before a
                // month (`a thousand and June paid`) or a number with a multiplier of its own
                // (pass 55: `one hundred and two hundred` read 102).
                // A larger multiplier after it takes the whole (`two hundred and fifty
                // thousand`, 250000; pass 57).
                if afterMultiplier, pack.numberJoiners.contains(word), end + 1 < words.count,
                    joined(words[end], words[end + 1]),
                    case let after = spelled(words[end + 1]),
                    let value = pack.numberWords[after], value < 100, pack.monthNames[after] == nil,
                    !(end + 2 < words.count && joined(words[end + 1], words[end + 2])
                        && (Self.multiplier(of: spelled(words[end + 2]), in: pack) ?? .max)
                            <= (Self.multiplier(of: spelled(words[end - 1]), in: pack) ?? 0))
                {
                    end += 1
                    word = after
                }
                let multiplier = Self.multiplier(of: word, in: pack)
                afterMultiplier = multiplier != nil
                multiplied = multiplied || afterMultiplier
                if let scale = multiplier {
                    guard current > 0, current / 100 < min(scale, 1000), scale < lastScale,
                        case let (product, overflow) = current.multipliedReportingOverflow(
                            by: scale),
                        !overflow
                    else { break }
                    if scale < 1000 {
                        current = product
                    } else {
                        guard case let (sum, overflow) = total.addingReportingOverflow(product),
                            !overflow
                        else { break }
                        (total, current, lastScale) = (sum, 0, scale)
                    }
                } else if let next = pack.numberWords[word], next < 100, current % 100 == 0,
                    case let whole = current / 100,
                    whole % 100 == 0 || (whole % 100 >= 20 && whole % 10 == 0 && next < 10)
                {
                    current += next * 100
                } else {
                    break
                }
                end += 1
            }
            // A decimal word and a digit's word after a number under a thousand (`تین اعشاریہ
            // پانچ`, 3.5), and a scale word after them (`تین اعشاریہ پانچ ارب`).
            if !multiplied, current < 100_000, current % 100 == 0, end + 1 < words.count,
                joined(words[end - 1], words[end]), joined(words[end], words[end + 1]),
                pack.decimalWords.contains(spelled(words[end])),
                let digit = pack.numberWords[spelled(words[end + 1])], digit < 10
            {
                current += digit * 10
                end += 2
                if end < words.count, joined(words[end - 1], words[end]),
                    let scale = pack.scaleWords[spelled(words[end])].map(Self.power),
                    case let (product, overflow) = current.multipliedReportingOverflow(by: scale),
                    !overflow
                {
                    current = product
                    multiplied = true
                    end += 1
                }
            }
            guard case var (number, overflow) = total.addingReportingOverflow(current), !overflow
            else {
                index = end
                continue
            }
            // The first end of a range takes the second's scale, as digits do (`دو سے تین
            // ہزار`, `two to 3 million`, `ڈیڑھ سے ڈھائی لاکھ`; pass 57).
            if !multiplied, !pack.scaleWords.isEmpty {
                let digits =
                    digitsAt
                    ?? digitParts(
                        in: text, scalars, scales: pack.scaleWords, suffixes: pack.scaleSuffixes)
                digitsAt = digits
                if let close = rangeClose(
                    from: words[index].lowerBound, to: words[end - 1].upperBound, in: scalars,
                    digitsAt: digits, scales: pack.scaleWords, pack: pack),
                    takesScale(
                        decimal(hundredths: number), closing: close.leading, opened: close.opened),
                    let value = scaled(decimal(hundredths: number), byPowerOfTen: close.exponent),
                    let whole = Int(value),
                    case let (hundredths, overflow) = whole.multipliedReportingOverflow(by: 100),
                    !overflow
                {
                    number = hundredths
                }
            }
            let signed =
                index > 0 && joined(words[index - 1], words[index])
                && isSign(words[index - 1], in: scalars, minusWords: pack.minusWords)
            values.counts[Self.decimal(hundredths: signed ? -number : number), default: 0] += 1
            // After a fraction prefix the words are read again without it, as a second
            // reading: `سوا` is also "except" (`اس کے سوا دو لوگ`, two people) and `پونے` the
            // city Pune (pass 50: both were reported against the source's 2).
            index = pack.fractionPrefixes[first] != nil ? index + 1 : end
        }
        return values
    }

    /// What `word` multiplies the number before it by: a scale word's power of ten, or a
    /// number word of a hundred or a thousand; nil for any other word.
    static func multiplier(of word: String, in pack: LocalePack) -> Int? {
        if let exponent = pack.scaleWords[word] { return power(exponent) }
        let value = pack.numberWords[word]
        return value == 100 || value == 1000 ? value : nil
    }

    /// The number a fraction prefix makes with the word after it, in hundredths: a number
    /// word under 100 with the fraction added, the word taken (`ساڑھے تین`, 350), or one and
    /// the fraction before a scale word or a hundred or thousand, which multiplies it next
    /// (`سوا لاکھ`: 125, then 12500000); nil before anything else (`سوا` is also "but").
    private static func withFraction(_ fraction: Int, before word: String, of pack: LocalePack)
        -> (hundredths: Int, takesWord: Bool)?
    {
        if pack.scaleWords[word] != nil || [100, 1000].contains(pack.numberWords[word]) {
            return (100 + fraction, false)
        }
        guard let whole = pack.numberWords[word] ?? pack.boundNumberWords[word],
            (1..<100).contains(whole)
        else { return nil }
        return (whole * 100 + fraction, true)
    }

    /// `hundredths` as the check writes numbers: `150000`, `3.5`, `2.25`, `-1.5`.
    static func decimal(hundredths: Int) -> String {
        let sign = hundredths < 0 ? "-" : ""
        let whole = hundredths.magnitude / 100
        let rest = hundredths.magnitude % 100
        guard rest > 0 else { return sign + String(whole) }
        return sign + "\(whole)."
            + (rest % 10 == 0 ? String(rest / 10) : (rest < 10 ? "0" : "") + String(rest))
    }

    /// A month name as written, its number and the scalar offset where it starts.
    typealias MonthName = (word: String, month: Int, offset: Int)

    /// The month names of `pack` in `text`; in a script with case, capitalised ones only (a
    /// protest march is no month); a dated month name only with a number in digits before
    /// or after it, white space between (`12 May`, `May 2024`; you may 5 times is none).
    static func monthNames(in text: String, of pack: LocalePack) -> [MonthName] {
        guard !pack.monthNames.isEmpty || !pack.datedMonthNames.isEmpty else { return [] }
        let hasCase = pack.segmentation.hasCase
        var found: [MonthName] = []
        var scalars: [Unicode.Scalar]?
        // Whether the first scalar past white space from `index` by `step` is a digit.
        func digit(from index: Int, by step: Int) -> Bool {
            let all = scalars ?? Array(text.unicodeScalars)
            scalars = all
            var at = index
            while all.indices.contains(at), ScalarText.isWhitespace(all[at]) { at += step }
            return all.indices.contains(at) && all[at].properties.numericType == .decimal
        }
        // One walk over the text; a word is built only when its first letter can start a
        // month (the check reads every sentence pair: building each word cost 11% of it).
        var word: String.UnicodeScalarView?
        var inWord = false
        var start = 0
        func close() {
            guard let letters = word else { return }
            let written = String(letters)
            let lowered = written.lowercased()
            if let month = pack.monthNames[lowered] {
                found.append((written, month, start))
            } else if let month = pack.datedMonthNames[lowered],
                digit(from: start - 1, by: -1)
                    || digit(from: start + letters.count, by: 1)
            {
                found.append((written, month, start))
            }
        }
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            guard isLetter(scalar) else {
                if inWord { close() }
                inWord = false
                continue
            }
            if !inWord {
                inWord = true
                start = offset
                let opens =
                    pack.monthNameStarts.contains(scalar)
                    && (!hasCase || scalar.properties.isUppercase)
                word = opens ? String.UnicodeScalarView() : nil
            }
            word?.append(scalar)
        }
        if inWord { close() }
        return found
    }

    /// The runs of letters of `scalars`, each with where it starts and ends.
    private static func letterRuns(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var start: Int?
        for index in 0...scalars.count {
            if index < scalars.count, isLetter(scalars[index]) {
                if start == nil { start = index }
            } else if let first = start {
                words.append(first..<index)
                start = nil
            }
        }
        return words
    }

    /// Values of number words, each counted, to be taken once each.
    struct WordValues {
        var counts: [String: Int] = [:]

        /// Whether a word of `value` is left, taking it.
        mutating func take(_ value: String) -> Bool {
            guard let count = counts[value], count > 0 else { return false }
            counts[value] = count - 1
            return true
        }
    }
}
