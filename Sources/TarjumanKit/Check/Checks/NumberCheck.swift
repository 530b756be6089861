/// `number-mismatch`: numbers that differ between a sentence and its translation, whatever
/// digits they are written in.
extension TranslationChecker {
    /// The numbers of `text` (``AnchorExtractor/numberSpans(in:)``), a number after one of
    /// `minusWords` negative (pass 36: `-5 degrees` against Urdu `منفی ۵ ڈگری` was a
    /// number mismatch).
    static func signedNumbers(in text: String, minusWords: [String]) -> [(
        value: String, offset: Int
    )] {
        let spans = AnchorExtractor.numberSpans(in: text)
        guard !minusWords.isEmpty, !spans.isEmpty else { return spans }
        let scalars = text.scalarArray
        return spans.map { span in
            guard !span.value.hasPrefix("-") else { return span }
            var end = span.offset
            while end > 0,
                ScalarText.isWhitespace(scalars[end - 1])
                    || AnchorExtractor.isBidiMark(scalars[end - 1])
            {
                end -= 1
            }
            guard end < span.offset else { return span }
            var start = end
            while start > 0,
                scalars[start - 1].properties.isAlphabetic
                    || scalars[start - 1].properties.isGraphemeExtend
            {
                start -= 1
            }
            let word = String(scalars: scalars[start..<end])
            return minusWords.contains { $0.lowercased() == word.lowercased() }
                ? ("-" + span.value, span.offset) : span
        }
    }

    /// The values of the number words of `pack` in `text`, each as many times as written.
    static func numberWords(in text: String, of pack: LocalePack) -> WordValues {
        var values = WordValues()
        guard !pack.numberWords.isEmpty else { return values }
        let words = text.unicodeScalars.split {
            !$0.properties.isAlphabetic && !$0.properties.isGraphemeExtend
        }
        for word in words {
            if let value = pack.numberWords[String(String.UnicodeScalarView(word)).lowercased()] {
                values.counts[String(value), default: 0] += 1
            }
        }
        return values
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

    /// Compares the numbers of the bead's two sides as values. The finding is placed on the
    /// first number of the translation that the source does not have, its related place on
    /// the first source number the translation lacks (else at the sentences).
    func checkNumbers(_ bead: inout BeadContext) {
        var sourceSpans: [(value: String, segment: Segment, offset: Int)] = []
        for source in bead.sources {
            for span in Self.signedNumbers(in: source.text, minusWords: sourcePack.minusWords) {
                sourceSpans.append((span.value, source, span.offset))
            }
        }
        var targetNumbers: [(value: String, segment: Segment, offset: Int)] = []
        for target in bead.targets {
            for span in Self.signedNumbers(in: target.text, minusWords: targetPack.minusWords) {
                targetNumbers.append((span.value, target, span.offset))
            }
        }
        // Each source number takes the first translated number of its value still free: the
        // places of each value in a queue, so a table of many numbers stays linear.
        var places: [String: (next: Int, indices: [Int])] = [:]
        for (index, number) in targetNumbers.enumerated() {
            places[number.value, default: (0, [])].indices.append(index)
        }
        var taken = [Bool](repeating: false, count: targetNumbers.count)
        var missingSpans: [(value: String, segment: Segment, offset: Int)] = []
        for number in sourceSpans {
            if let queue = places[number.value], queue.next < queue.indices.count {
                taken[queue.indices[queue.next]] = true
                places[number.value]?.next += 1
            } else {
                missingSpans.append(number)
            }
        }
        targetNumbers = targetNumbers.indices.filter { !taken[$0] }.map { targetNumbers[$0] }
        // A number the other side writes as a word (`3rd` and تیسرے, `twelve` and ۱۲; pass
        // 36) is there. Words only excuse: Urdu ایک is also "a", and is no number of its own.
        if !missingSpans.isEmpty {
            var words = Self.numberWords(in: bead.targetText, of: targetPack)
            missingSpans = missingSpans.filter { !words.take($0.value) }
        }
        if !targetNumbers.isEmpty {
            var words = Self.numberWords(in: bead.sourceText, of: sourcePack)
            targetNumbers = targetNumbers.filter { !words.take($0.value) }
        }
        let missing = missingSpans.map(\.value)
        let firstMissing = missingSpans.first.map { (segment: $0.segment, offset: $0.offset) }
        guard !missing.isEmpty || !targetNumbers.isEmpty else { return }
        var parts: [String] = []
        if !missing.isEmpty { parts.append("missing \(missing.joined(separator: ", "))") }
        if !targetNumbers.isEmpty {
            parts.append("unexpected \(targetNumbers.map(\.value).joined(separator: ", "))")
        }
        let place = targetNumbers.first.map { Self.absolute($0.offset, in: $0.segment) }
        bead.add(
            "number-mismatch", "numbers differ: \(parts.joined(separator: "; "))",
            at: bead.targets.first, inTarget: true, position: place, related: bead.sources.first,
            relatedPosition: firstMissing.map { Self.absolute($0.offset, in: $0.segment) })
    }
}
