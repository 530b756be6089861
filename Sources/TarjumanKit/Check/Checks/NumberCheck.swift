/// `number-mismatch`: numbers that differ between a sentence and its translation, whatever
/// digits they are written in.
extension TranslationChecker {
    /// Compares the numbers of the bead's two sides as values. The finding is placed on the
    /// first number of the translation that the source does not have, its related place on
    /// the first source number the translation lacks (else at the sentences).
    func checkNumbers(_ bead: inout BeadContext) {
        var sourceSpans: [(value: String, segment: Segment, offset: Int)] = []
        for source in bead.sources {
            for span in AnchorExtractor.numberSpans(in: source.text) {
                sourceSpans.append((span.value, source, span.offset))
            }
        }
        var targetNumbers: [(value: String, segment: Segment, offset: Int)] = []
        for target in bead.targets {
            for span in AnchorExtractor.numberSpans(in: target.text) {
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
