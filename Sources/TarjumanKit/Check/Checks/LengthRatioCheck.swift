/// `length-ratio`: a 1:1 pair far outside the language pair's length model.
extension TranslationChecker {
    /// Scores a 1:1 bead under the length model.
    func checkLength(_ bead: inout BeadContext) {
        if bead.sources.count == 1 && bead.targets.count == 1 {
            let cost = model.lengthCost(
                source: bead.sourceText.scalarCount,
                target: bead.targetText.scalarCount
            )
            // −log p > 6: a pair less likely than about 1 in 400 under the length model.
            if cost > 6 {
                bead.add(
                    "length-ratio",
                    "the translation is \(bead.targetText.count) characters for \(bead.sourceText.count) in the source",
                    at: bead.targets.first, inTarget: true, related: bead.sources.first)
            }
        }
    }
}
