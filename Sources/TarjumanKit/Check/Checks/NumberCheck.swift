/// `number-mismatch`: numbers that differ between a sentence and its translation, whatever
/// digits they are written in.
extension TranslationChecker {
    /// Compares the numbers of the bead's two sides as values. The finding is placed on the
    /// first number of the translation that the source does not have, its related place on
    /// the first source number the translation lacks (else at the sentences).
    func checkNumbers(_ bead: inout BeadContext) {
        var sourceSpans: [(value: String, segment: Segment, offset: Int)] = []
        for source in bead.sources {
            for span in Self.signedNumbers(
                in: source.text, minusWords: sourcePack.minusWords,
                rightToLeft: sourcePack.direction == .rtl, scales: sourcePack.scaleWords)
            {
                sourceSpans.append((span.value, source, span.offset))
            }
        }
        var targetNumbers: [(value: String, segment: Segment, offset: Int)] = []
        for target in bead.targets {
            for span in Self.signedNumbers(
                in: target.text, minusWords: targetPack.minusWords,
                rightToLeft: targetPack.direction == .rtl, scales: targetPack.scaleWords)
            {
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
        // Both ways in one bead (a digit missing for a word, and a word's digit unexpected)
        // is what swapped numbers look like, and excuses neither (pass 37: `fourth … 3 May`
        // against `تیسرا … ۴ مئی` passed).
        // (The words are read only for a bead whose digits differ: most beads' agree.)
        let months = monthDifference(bead)
        guard !missingSpans.isEmpty || !targetNumbers.isEmpty || months != nil else { return }
        var targetWords =
            missingSpans.isEmpty
            ? WordValues() : Self.numberWords(in: bead.targetText, of: targetPack)
        var sourceWords =
            targetNumbers.isEmpty
            ? WordValues() : Self.numberWords(in: bead.sourceText, of: sourcePack)
        let keptMissing = missingSpans.filter { !targetWords.take($0.value) }
        let keptUnexpected = targetNumbers.filter { !sourceWords.take($0.value) }
        if keptMissing.count == missingSpans.count || keptUnexpected.count == targetNumbers.count {
            (missingSpans, targetNumbers) = (keptMissing, keptUnexpected)
        }
        let missing = missingSpans.map(\.value)
        let firstMissing = missingSpans.first.map { (segment: $0.segment, offset: $0.offset) }
        guard !missing.isEmpty || !targetNumbers.isEmpty || months != nil else { return }
        var parts: [String] = []
        if !missing.isEmpty { parts.append("missing \(missing.joined(separator: ", "))") }
        if !targetNumbers.isEmpty {
            parts.append("unexpected \(targetNumbers.map(\.value).joined(separator: ", "))")
        }
        if let months { parts.append(months) }
        let place = targetNumbers.first.map { Self.absolute($0.offset, in: $0.segment) }
        bead.add(
            "number-mismatch", "numbers differ: \(parts.joined(separator: "; "))",
            at: bead.targets.first, inTarget: true, position: place, related: bead.sources.first,
            relatedPosition: firstMissing.map { Self.absolute($0.offset, in: $0.segment) })
    }

    /// `months اپریل for March` when the translation names a month the source does not
    /// and lacks one the source names: a month changed (pass 46: 14 March against ۱۴ اپریل
    /// passed, words against words being no numbers); nil otherwise. A month word more on
    /// one side alone is no finding: Urdu جون is June and John (`جون ہوپکنز`).
    private func monthDifference(_ bead: BeadContext) -> String? {
        let target = Self.monthNames(in: bead.targetText, of: targetPack)
        guard !target.isEmpty else { return nil }
        let source = Self.monthNames(in: bead.sourceText, of: sourcePack)
        let (inSource, inTarget) = (Set(source.map(\.month)), Set(target.map(\.month)))
        func named(_ months: [(word: String, month: Int)], leaving others: Set<Int>) -> String {
            var said: Set<Int> = []
            return months.filter { !others.contains($0.month) && said.insert($0.month).inserted }
                .map(\.word).joined(separator: ", ")
        }
        let (unexpected, missing) = (
            named(target, leaving: inSource), named(source, leaving: inTarget)
        )
        return unexpected.isEmpty || missing.isEmpty ? nil : "months \(unexpected) for \(missing)"
    }
}
