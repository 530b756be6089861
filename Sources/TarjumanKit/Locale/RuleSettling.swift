extension LocalePack {
    /// Refuses a pack whose rules do not settle: text that normalising a second time still
    /// changes. The checks on `from` and `to` alone (``RuleChains``) miss rings closed
    /// across several writes or by the key's own folds (pass 52: `b` → `A` with `aa` →
    /// `bbb` grew `aa` without end through the case fold; `a` → `B` with `b` → `a` swapped
    /// letters every round, and `--report` listed every swap; `i` → `İ`, whose lower case is
    /// `i` and a combining dot, grew nine times). So the pack is run on what its rules
    /// replace: every rule's `from`, a space apart, normalised to the orthographic level and
    /// to the key, must be left as it is by a second run. The error is at the first rule
    /// whose `from` alone does not settle.
    func checkRulesSettle(_ top: YAMLFields) throws(LocalePackError) {
        let rules = NormalizationLevel.allCases.flatMap { level in
            normalization.rules(for: level).filter { $0.action == .replace }.map { (level, $0) }
        }
        guard !rules.isEmpty else { return }
        let normalizer = Normalizer(pack: self)
        let text = { (scalars: [Unicode.Scalar]) in String(String.UnicodeScalarView(scalars)) }
        // What normalising `sample` twice gives at the first level where the second run
        // changes it; nil when it settles (or ICU fails, which the run itself reports).
        // With change records: the path without them first builds a table per level, which
        // cost every command's start more than the check itself.
        let unsettled = { (sample: String) -> (once: String, twice: String)? in
            for level in [NormalizationLevel.orthographic, .key] {
                guard
                    let once = try? normalizer.normalize(sample, to: level)
                        .text,
                    let twice = try? normalizer.normalize(once, to: level)
                        .text
                else { continue }
                if once != twice { return (once, twice) }
            }
            return nil
        }
        guard unsettled(rules.map { text($0.1.from) }.joined(separator: " ")) != nil else {
            return
        }
        let fields = try top.mapping("normalization")
        for (level, rule) in rules {
            guard let (once, twice) = unsettled(text(rule.from)) else { continue }
            let entry = try fields?.mappings(level.rawValue).first { entry in
                (try? entry.string("id")) == rule.id
            }
            let field = entry?.has("from_each") == true ? "from_each" : "from"
            // Long results cut short, with their length: a growing ring's are alike at first.
            // A mark stacked on a mark is written as its code (pass 53: thirty combining dots
            // showed as one smeared letter).
            let shown = { (text: String) in
                var previousIsMark = false
                let scalars = text.unicodeScalars.prefix(40).map { scalar in
                    let category = scalar.properties.generalCategory
                    let isMark = category == .nonspacingMark || category == .enclosingMark
                    defer { previousIsMark = isMark }
                    return isMark && previousIsMark
                        ? "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                        : String(scalar).shownInMessage
                }
                let count = text.unicodeScalars.count
                return "'\(scalars.joined())'" + (count > 40 ? "… (\(count) characters)" : "")
            }
            throw (entry ?? top).invalid(
                entry == nil ? "normalization" : field, entry?.node(field),
                "\(shown(text(rule.from))) does not settle: normalised it gives \(shown(once)), "
                    + "and normalised again \(shown(twice)); rules feed each other here (with "
                    + "the key's folds of case and digits), so the text would change every "
                    + "round: break the ring")
        }
        throw top.invalid(
            "normalization", top.node("normalization"),
            "the rules do not settle: what they replace, normalised twice, still changes; rules "
                + "feed each other (with the key's folds of case and digits): break the ring")
    }
}
