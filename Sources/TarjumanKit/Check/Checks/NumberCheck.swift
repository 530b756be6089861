/// `number-mismatch`: numbers that differ between a sentence and its translation, whatever
/// digits they are written in.
extension TranslationChecker {
    /// Compares the numbers of the bead's two sides as values.
    func checkNumbers(_ bead: inout BeadContext) {
        let sourceNumbers = AnchorExtractor.numbers(in: bead.sourceText)
        var targetNumbers = AnchorExtractor.numbers(in: bead.targetText)
        var missing: [String] = []
        for number in sourceNumbers {
            if let index = targetNumbers.firstIndex(of: number) {
                targetNumbers.remove(at: index)
            } else {
                missing.append(number)
            }
        }
        if !missing.isEmpty || !targetNumbers.isEmpty {
            var parts: [String] = []
            if !missing.isEmpty { parts.append("missing \(missing.joined(separator: ", "))") }
            if !targetNumbers.isEmpty {
                parts.append("unexpected \(targetNumbers.joined(separator: ", "))")
            }
            bead.add(
                "number-mismatch", "numbers differ: \(parts.joined(separator: "; "))",
                at: bead.targets.first, inTarget: true,
                related: bead.sources.first)
        }
    }
}
