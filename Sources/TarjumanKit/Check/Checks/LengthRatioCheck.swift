/// `length-ratio`: a 1:1 pair far outside the language pair's length model; `truncated`: one
/// whose translation is under a third of the length expected.
extension TranslationChecker {
    /// Scores a 1:1 bead under the length model.
    func checkLength(_ bead: inout BeadContext) {
        if bead.sources.count == 1 && bead.targets.count == 1 {
            let (source, target) = (bead.sourceText.scalarCount, bead.targetText.scalarCount)
            // Most of the sentence missing (pass 60: a sentence against one word was
            // information only).
            if bead.records("truncated"), source >= 40,
                Double(target) * 3 < Double(source) * model.lengthRatio
            {
                bead.add(
                    "truncated",
                    "the translation is \(bead.targetText.count) characters for "
                        + "\(bead.sourceText.count) in the source, under a third of the length "
                        + "expected: is most of the sentence missing?",
                    at: bead.targets.first, inTarget: true, related: bead.sources.first)
                return
            }
            let cost = model.lengthCost(source: source, target: target)
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
