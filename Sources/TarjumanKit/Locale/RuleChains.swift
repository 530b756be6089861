/// The replace rules of a pack's layers, indexed to follow what each writes into what the
/// next replaces: a chain that comes back to where it started is a ring, and text it
/// touches would change every round.
///
/// The matching key folds what the rules wrote (case, if the pack asks, and every decimal
/// digit to ASCII) before the next round, so a ring may also close through the fold: `2` →
/// `٢٢` writes what the fold turns into `22` (pass 50: the text grew 64 times). Such a ring
/// is refused when it grows the text; one that only turns text back into itself (`2` → `۲`
/// at the orthographic level, folded back by the key) settles at once and is allowed. So is
/// a ring through a layer below that does not grow the text (`0` → `०` at the orthographic
/// level, `०` → `0` in the key: pass 52, a Hindi pack was refused), since each round ends in
/// the higher layer; whether the pack settles is then tried by running it
/// (``LocalePack/checkRulesSettle(_:)``).
struct RuleChains {
    private var rules: [NormalizationRule] = []
    /// How many of `rules` are of the layers below the one being read.
    private var below = 0
    /// Indices into `rules` by the first character of what each replaces.
    private var byFirst: [Unicode.Scalar: [Int]] = [:]
    /// Whether the key folds case.
    private let caseFolds: Bool

    /// The replace rules of `rules`, indexed; `caseFolds`: whether the key folds case.
    init(rules: [NormalizationRule], caseFolds: Bool) {
        self.caseFolds = caseFolds
        for rule in rules { add(rule) }
        below = self.rules.count
    }

    /// Adds `rule` to the index if it replaces something.
    mutating func add(_ rule: NormalizationRule) {
        guard rule.action == .replace, let first = rule.from.first else { return }
        byFirst[first, default: []].append(rules.count)
        rules.append(rule)
    }

    /// The rules, in order, that carry what a rule `from` → `to` writes back to `from`
    /// (each writes what the next replaces, the last what `from` is), or nil when none do.
    /// The chain is empty when the rule feeds itself through the key's fold.
    func ring(from: [Unicode.Scalar], to: [Unicode.Scalar]) -> [NormalizationRule]? {
        let growing = { (chain: [NormalizationRule]) in
            chain.reduce(to.count - from.count) { $0 + $1.to.count - $1.from.count } > 0
        }
        let lower = rules[..<below]
        if let ring = ring(from: from, to: to, folding: false),
            growing(ring) || !ring.contains(where: lower.contains)
        {
            return ring
        }
        if Self.holds(keyFolded(to), from), growing([]) { return [] }
        return ring(from: from, to: to, folding: true).flatMap { growing($0) ? $0 : nil }
    }

    /// ``ring(from:to:)`` over what the rules write as they write it, or also as the key
    /// folds it (`folding`).
    private func ring(from: [Unicode.Scalar], to: [Unicode.Scalar], folding: Bool)
        -> [NormalizationRule]?
    {
        let writes = { (written: [Unicode.Scalar], part: [Unicode.Scalar]) in
            Self.holds(written, part) || folding && Self.holds(self.keyFolded(written), part)
        }
        // The rule each reached rule was fed by; -1 for the rule asked about.
        var fedBy: [Int: Int] = [:]
        var pending = fed(by: to, folding: folding)
        for index in pending { fedBy[index] = -1 }
        while let index = pending.popLast() {
            if writes(rules[index].to, from) {
                var chain = [rules[index]]
                var step = fedBy[index, default: -1]
                while step >= 0 {
                    chain.append(rules[step])
                    step = fedBy[step, default: -1]
                }
                return chain.reversed()
            }
            for next in fed(by: rules[index].to, folding: folding) where fedBy[next] == nil {
                fedBy[next] = index
                pending.append(next)
            }
        }
        return nil
    }

    /// The rules whose `from` occurs in `written` (or, `folding`, in what the key makes of
    /// it), in the order they were added.
    private func fed(by written: [Unicode.Scalar], folding: Bool) -> [Int] {
        let folded = folding ? keyFolded(written) : written
        return Set(written + folded).flatMap { byFirst[$0] ?? [] }
            .filter { Self.holds(written, rules[$0].from) || Self.holds(folded, rules[$0].from) }
            .sorted()
    }

    /// `written` as the key leaves it: case folded (if the pack asks) and decimal digits as
    /// ASCII digits.
    func keyFolded(_ written: [Unicode.Scalar]) -> [Unicode.Scalar] {
        written.flatMap { scalar in
            if let digit = ScalarText.asciiDigit(
                for: scalar, bmpDigits: Normalizer.UnicodeTables.shared.decimalDigits)
            {
                return [digit]
            }
            return caseFolds ? ScalarText.caseFolded(scalar) ?? [scalar] : [scalar]
        }
    }

    /// Whether `text` holds `part` as a run of consecutive scalars.
    static func holds(_ text: [Unicode.Scalar], _ part: [Unicode.Scalar]) -> Bool {
        guard !part.isEmpty, text.count >= part.count else { return false }
        return (0...(text.count - part.count)).contains {
            text[$0..<($0 + part.count)].elementsEqual(part)
        }
    }
}
