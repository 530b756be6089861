/// `number-mismatch`: numbers that differ between a sentence and its translation, whatever
/// digits they are written in.
extension TranslationChecker {
    /// Compares the numbers of the bead's two sides as values. The finding is placed on the
    /// first number of the translation that the source does not have, its related place on
    /// the first source number the translation lacks (else at the sentences).
    func checkNumbers(_ bead: inout BeadContext) {
        var sourceSpans: [NumberPlace] = []
        for source in bead.sources {
            for span in Self.signedNumbers(
                in: source.text, minusWords: sourcePack.minusWords, scales: sourcePack.scaleWords,
                wordsOf: sourcePack)
            {
                sourceSpans.append((span.value, source, span.offset, span.whole))
            }
        }
        var targetNumbers: [NumberPlace] = []
        for target in bead.targets {
            for span in Self.signedNumbers(
                in: target.text, minusWords: targetPack.minusWords, scales: targetPack.scaleWords,
                wordsOf: targetPack)
            {
                targetNumbers.append((span.value, target, span.offset, span.whole))
            }
        }
        // Each source number takes the first translated number of its value still free: the
        // places of each value in a queue, so a table of many numbers stays linear.
        var places: [String: (next: Int, indices: [Int])] = [:]
        for (index, number) in targetNumbers.enumerated() {
            places[number.value, default: (0, [])].indices.append(index)
        }
        var taken = [Bool](repeating: false, count: targetNumbers.count)
        var missingSpans: [NumberPlace] = []
        for number in sourceSpans {
            if let queue = places[number.value], queue.next < queue.indices.count {
                taken[queue.indices[queue.next]] = true
                places[number.value]?.next += 1
            } else {
                missingSpans.append(number)
            }
        }
        targetNumbers = targetNumbers.indices.filter { !taken[$0] }.map { targetNumbers[$0] }
        Self.pairWholeYears(&missingSpans, &targetNumbers)
        Self.pairClockTimes(&missingSpans, &targetNumbers)
        Self.pairClockTimes(&targetNumbers, &missingSpans)
        Self.dropSpelledCodes(&missingSpans, other: bead.targets)
        Self.dropSpelledCodes(&targetNumbers, other: bead.sources)
        Self.dropFootnoteReferences(&missingSpans, other: bead.targets)
        Self.dropFootnoteReferences(&targetNumbers, other: bead.sources)
        // A number the other side writes as a word (`3rd` and تیسرے, `twelve` and ۱۲; pass
        // 36) is there. Words only excuse: Urdu ایک is also "a", and is no number of its own.
        // Both ways in one bead (a digit missing for a word, and a word's digit unexpected)
        // is what swapped numbers look like, and excuses neither (pass 37: `fourth … 3 May`
        // against `تیسرا … ۴ مئی` passed).
        // (The words are read only for a bead whose digits differ: most beads' agree.)
        // A month put for another, or a time with its parts the other way round.
        let mixup = monthDifference(bead) ?? reversedTime(bead)
        guard !missingSpans.isEmpty || !targetNumbers.isEmpty || mixup != nil else { return }
        var targetWords =
            missingSpans.isEmpty
            ? WordValues() : Self.numberWords(in: bead.targetText, of: targetPack)
        var sourceWords =
            targetNumbers.isEmpty
            ? WordValues() : Self.numberWords(in: bead.sourceText, of: sourcePack)
        if !missingSpans.isEmpty {
            let targets = bead.targets
            let pack = targetPack
            Self.takeTimes(&missingSpans, from: &targetWords) {
                Self.prefixedNumbers(in: targets, of: pack)
            }
        }
        let keptMissing = missingSpans.filter { !targetWords.take($0.value) }
        let keptUnexpected = targetNumbers.filter { !sourceWords.take($0.value) }
        if keptMissing.count == missingSpans.count || keptUnexpected.count == targetNumbers.count {
            (missingSpans, targetNumbers) = (keptMissing, keptUnexpected)
        }
        let missing = missingSpans.map(\.value)
        let firstMissing = missingSpans.first.map { (segment: $0.segment, offset: $0.offset) }
        guard !missing.isEmpty || !targetNumbers.isEmpty || mixup != nil else { return }
        var parts: [String] = []
        if !missing.isEmpty { parts.append("missing \(missing.joined(separator: ", "))") }
        if !targetNumbers.isEmpty {
            parts.append("unexpected \(targetNumbers.map(\.value).joined(separator: ", "))")
        }
        if let mixup { parts.append(mixup.text) }
        // At the first unexpected number, else at the month put for another.
        let place =
            targetNumbers.first.map { Self.absolute($0.offset, in: $0.segment) }
            ?? mixup.map { Self.absolute($0.place.1, in: $0.place.0) }
        let related =
            firstMissing.map { Self.absolute($0.offset, in: $0.segment) }
            ?? mixup.map { Self.absolute($0.related.1, in: $0.related.0) }
        bead.add(
            "number-mismatch", "numbers differ: \(parts.joined(separator: "; "))",
            at: bead.targets.first, inTarget: true, position: place, related: bead.sources.first,
            relatedPosition: related)
    }

    /// Takes out of `numbers` each time of day written `H:MM` whose hour and fraction
    /// `words` has, as Urdu says the time (`10:30` = `ساڑھے دس بجے`, 10.5; `3:15` = `سوا تین`;
    /// `3:45` = `پونے چار`; `3:00` = `تین بجے`): quarter hours only, each word taken once; and
    /// the `00` of a whole hour whose hour is there (`8:00` = `۸ بجے`). A whole hour is not
    /// there when the words give it a fraction (`8:00` against `ساڑھے آٹھ`, 8.5; pass 58).
    /// Pass 57: the minutes were reported missing.
    /// `prefixed` gives the numbers after a fraction prefix (``prefixedNumbers(in:of:)``),
    /// asked only when a whole hour is met.
    static func takeTimes(
        _ numbers: inout [NumberPlace], from words: inout WordValues,
        prefixed: () -> Set<String>
    ) {
        var prefixedValues: Set<String>?
        /// The numbers after a fraction prefix, read once when first asked.
        func prefixes() -> Set<String> {
            if let known = prefixedValues { return known }
            let made = prefixed()
            prefixedValues = made
            return made
        }
        // Each segment's scalars once (pass 58: once per number made a line of 50,000 times
        // quadratic).
        var scalarsOf: [String: [Unicode.Scalar]] = [:]
        func scalars(_ segment: Segment) -> [Unicode.Scalar] {
            if let known = scalarsOf[segment.id] { return known }
            let made = segment.text.scalarArray
            scalarsOf[segment.id] = made
            return made
        }
        /// The hour written before the minutes at `offset`, when `H:MM` is a time there.
        func hour(before minutes: NumberPlace) -> Int? {
            let text = scalars(minutes.segment)
            guard minutes.offset >= 2, minutes.offset + 2 <= text.count,
                text[minutes.offset - 1] == ":",
                digitsEnd(minutes.offset, in: text) == minutes.offset + 2
            else { return nil }
            var start = minutes.offset - 1
            while start > 0, AnchorExtractor.digit(text[start - 1]) != nil { start -= 1 }
            let digits = text[start..<(minutes.offset - 1)].compactMap(AnchorExtractor.digit)
            guard (1...2).contains(digits.count), start == 0 || text[start - 1] != ":" else {
                return nil
            }
            let value = digits.reduce(0) { $0 * 10 + Int($1) }
            return value <= 24 ? value : nil
        }
        func hasFraction(_ hours: Int) -> Bool {
            let values = prefixes()
            return clockHours(hours).contains { hours in
                [50, 25, -25].contains {
                    let time = decimal(hundredths: hours * 100 + $0)
                    return values.contains(time) || (words.counts[time] ?? 0) > 0
                }
            }
        }
        /// Whether the words say `hours:minute` on a twelve-hour clock, taking the word.
        func said(_ hours: Int, _ minute: Int) -> Bool {
            guard minute % 15 == 0, minute < 60, minute > 0 || !hasFraction(hours) else {
                return false
            }
            return clockHours(hours).contains {
                words.take(decimal(hundredths: $0 * 100 + minute * 100 / 60))
            }
        }
        var kept: [NumberPlace] = []
        var index = 0
        while index < numbers.count {
            let number = numbers[index]
            // The hour and its minutes both missing: said with words. A whole hour the words
            // give a fraction is one time missing (pass 58: "missing 0").
            if index + 1 < numbers.count, case let minutes = numbers[index + 1],
                minutes.segment.id == number.segment.id, let hours = hour(before: minutes),
                Int(number.value) == hours,
                digitsEnd(number.offset, in: scalars(number.segment)) == minutes.offset - 1,
                let minute = Int(minutes.value)
            {
                if said(hours, minute) {
                    index += 2
                    continue
                }
                // One time missing, when its numbers are not said apart (`دس بج کر بیس منٹ`).
                if minute == 0 && hasFraction(hours)
                    || (minute % 15 == 0 && (15..<60).contains(minute)
                        && (words.counts[String(hours)] ?? 0) == 0
                        && (words.counts[String(minute)] ?? 0) == 0)
                {
                    kept.append(
                        (time(hours, minute), number.segment, number.offset, number.whole))
                    index += 2
                    continue
                }
            }
            // `10.30am`: a time written with a point (pass 57: "missing 10.3"), said as a
            // time when missing (pass 71: "missing 3.3" for 3.30pm).
            if let (hours, minute) = dottedTime(number, in: scalars(number.segment)) {
                if !said(hours, minute) {
                    kept.append(
                        (time(hours, minute), number.segment, number.offset, number.whole))
                }
                index += 1
                continue
            }
            // The minutes alone missing of an hour in digits after a fraction prefix: the
            // time said (`10:30` = `ساڑھے ۱۰ بجے`), or else that time missing (`7:30` against
            // `سوا ۷`).
            if let hours = hour(before: number), let minute = Int(number.value),
                minute % 15 == 0, (15..<60).contains(minute), hasFraction(hours)
            {
                let values = prefixes()
                if !clockHours(hours).contains(where: {
                    values.contains(decimal(hundredths: $0 * 100 + minute * 100 / 60))
                }) {
                    kept.append(
                        (time(hours, minute), number.segment, number.offset, number.whole))
                }
                index += 1
                continue
            }
            // The minutes of a whole hour alone missing: the hour is there, unless the words
            // give it a fraction: then the time is missing (pass 58: "missing 0").
            if number.value == "0", let hours = hour(before: number) {
                if hasFraction(hours) {
                    kept.append((time(hours, 0), number.segment, number.offset, number.whole))
                }
                index += 1
                continue
            }
            kept.append(number)
            index += 1
        }
        numbers = kept
    }

    /// The hours a clock's `hours` may be said as: itself, and on a twelve-hour clock
    /// (`14:30` = `ڈھائی بجے`, 2.5; `12:45` = `پونے ایک`, 0.75; `00:30` = `ساڑھے بارہ`).
    static func clockHours(_ hours: Int) -> [Int] {
        switch hours {
        case 0, 24: [hours, 12]
        case 12: [12, 0]
        case 13...23: [hours, hours - 12]
        default: [hours]
        }
    }

    /// `hours:minute` as a time is written: `8:00`, `10:30`.
    static func time(_ hours: Int, _ minute: Int) -> String {
        "\(hours):\(minute < 10 ? "0" : "")\(minute)"
    }

    /// The hour and minutes of a time written with a point before `am` or `pm` (`10.30am`,
    /// `7.15 p.m.`), when `number` is one.
    static func dottedTime(_ number: NumberPlace, in text: [Unicode.Scalar]) -> (Int, Int)? {
        let end = digitsEnd(number.offset, in: text)
        guard end - number.offset >= 4, text[end - 3] == ".",
            case let digits = text[number.offset..<end].compactMap(AnchorExtractor.digit),
            digits.count == end - number.offset - 1, (3...4).contains(digits.count)
        else { return nil }
        var index = end
        if index < text.count, text[index] == " " { index += 1 }
        let marker = text[index..<min(index + 4, text.count)].filter { $0 != "." }
        guard marker.count >= 2, ["a", "p"].contains(Character(marker[0]).lowercased()),
            Character(marker[1]).lowercased() == "m",
            marker.count == 2 || !isLetter(marker[2])
        else { return nil }
        let hours = digits.dropLast(2).reduce(0) { $0 * 10 + Int($1) }
        let minute = digits.suffix(2).reduce(0) { $0 * 10 + Int($1) }
        guard (1...12).contains(hours) else { return nil }
        return (hours, minute)
    }

    /// The values of the whole numbers in digits of `segments` that follow one of `pack`'s
    /// fraction prefixes, with the fraction (`ساڑھے ۸`, 8.5): no whole hour (pass 59: `8:00`
    /// against `سوا ۸ بجے` passed), and the time said.
    static func prefixedNumbers(in segments: [Segment], of pack: LocalePack) -> Set<String> {
        guard !pack.fractionPrefixes.isEmpty else { return [] }
        var values: Set<String> = []
        for segment in segments {
            let spans = AnchorExtractor.numberSpans(in: segment.text)
            guard !spans.isEmpty else { continue }
            let scalars = segment.text.scalarArray
            for span in spans {
                if let word = wordBefore(span.offset, in: scalars),
                    let fraction = pack.fractionPrefixes[
                        String(scalars: scalars[word]).lowercased()],
                    let whole = Int(span.value), (0...24).contains(whole)
                {
                    values.insert(decimal(hundredths: whole * 100 + fraction))
                }
            }
        }
        return values
    }

    /// A number's value, where it is written, and the whole year it also stands for (the
    /// short end of a range of years).
    typealias NumberPlace = (value: String, segment: Segment, offset: Int, whole: String?)

    /// Pairs the numbers left on both sides where one is the short end of a range of years
    /// and the other its whole year (`2023–24` against `۲۰۲۳ سے ۲۰۲۴`), either way round,
    /// so each side may write the range as it likes (`۲۰۲۳ - ۲۴`, `۱۱-۲۰۱۰`; pass 47: the
    /// year alone was compared, and such forms became errors).
    private static func pairWholeYears(
        _ missing: inout [NumberPlace], _ unexpected: inout [NumberPlace]
    ) {
        pairShortEnds(of: &missing, with: &unexpected)
        pairShortEnds(of: &unexpected, with: &missing)
    }

    /// Takes out of `shorts` each short end of a range whose whole year `others` has, and
    /// that year out of `others`.
    private static func pairShortEnds(
        of shorts: inout [NumberPlace], with others: inout [NumberPlace]
    ) {
        for index in shorts.indices.reversed() {
            guard let whole = shorts[index].whole,
                let other = others.firstIndex(where: { $0.value == whole })
            else { continue }
            shorts.remove(at: index)
            others.remove(at: other)
        }
    }

    /// `months اپریل for March` when the translation names a month more often than the
    /// source and lacks one the source names: a month changed (pass 46: 14 March against
    /// ۱۴ اپریل passed, words against words being no numbers; pass 47: counted, not as
    /// sets, so `1 March and 8 April` against `یکم مارچ اور ۸ مارچ` is one), with the first
    /// such month on each side; nil otherwise. A month word more on one side alone is no
    /// finding: Urdu جون is June and John.
    private func monthDifference(_ bead: BeadContext) -> (
        text: String, place: (Segment, Int), related: (Segment, Int)
    )? {
        // The source first: a finding needs a month it names, and most sentences name none.
        let source = bead.sources.flatMap { segment in
            Self.monthNames(in: segment.text, of: sourcePack).map { ($0, segment) }
        }
        guard !source.isEmpty else { return nil }
        let target = bead.targets.flatMap { segment in
            Self.monthNames(in: segment.text, of: targetPack).map { ($0, segment) }
        }
        /// The months of `months` beyond what `other` has of each, in order.
        func beyond(
            _ months: [(MonthName, Segment)], _ other: [(MonthName, Segment)]
        ) -> [(MonthName, Segment)] {
            var left = Dictionary(other.map { ($0.0.month, 1) }, uniquingKeysWith: +)
            return months.filter { month in
                guard let count = left[month.0.month], count > 0 else { return true }
                left[month.0.month] = count - 1
                return false
            }
        }
        // More of a month than the source has is unexpected; a month is missing only when
        // the translation names it nowhere (pass 49: `1 March to 31 March` against one مارچ
        // and a name جون was a changed month).
        let unexpected = beyond(target, source)
        let named = Set(target.map(\.0.month))
        let missing = source.filter { !named.contains($0.0.month) }
        guard let first = unexpected.first, let lacking = missing.first else { return nil }
        func words(_ months: [(MonthName, Segment)]) -> String {
            var said: Set<String> = []
            return months.map(\.0.word).filter { said.insert($0).inserted }
                .joined(separator: ", ")
        }
        return (
            "months \(words(unexpected)) for \(words(missing))", (first.1, first.0.offset),
            (lacking.1, lacking.0.offset)
        )
    }
}
