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
        var missing: [String] = []
        var firstMissing: (segment: Segment, offset: Int)?
        for number in sourceSpans {
            if let queue = places[number.value], queue.next < queue.indices.count {
                taken[queue.indices[queue.next]] = true
                places[number.value]?.next += 1
            } else {
                missing.append(number.value)
                if firstMissing == nil { firstMissing = (number.segment, number.offset) }
            }
        }
        targetNumbers = targetNumbers.indices.filter { !taken[$0] }.map { targetNumbers[$0] }
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
