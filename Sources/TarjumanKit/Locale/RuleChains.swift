/// The replace rules of a pack's layers, indexed to follow what each writes into what the
/// next replaces: a chain that comes back to where it started is a ring, and text it
/// touches would change every round.
struct RuleChains {
    private var rules: [NormalizationRule] = []
    /// Indices into `rules` by the first character of what each replaces.
    private var byFirst: [Unicode.Scalar: [Int]] = [:]

    /// The replace rules of `rules`, indexed.
    init(rules: [NormalizationRule]) {
        for rule in rules { add(rule) }
    }

    /// Adds `rule` to the index if it replaces something.
    mutating func add(_ rule: NormalizationRule) {
        guard rule.action == .replace, let first = rule.from.first else { return }
        byFirst[first, default: []].append(rules.count)
        rules.append(rule)
    }

    /// The rules, in order, that carry what a rule `from` → `to` writes back to `from`
    /// (each writes what the next replaces, the last what `from` is), or nil when none do.
    func ring(from: [Unicode.Scalar], to: [Unicode.Scalar]) -> [NormalizationRule]? {
        // The rule each reached rule was fed by; -1 for the rule asked about.
        var fedBy: [Int: Int] = [:]
        var pending = fed(by: to)
        for index in pending { fedBy[index] = -1 }
        while let index = pending.popLast() {
            if Self.holds(rules[index].to, from) {
                var chain = [rules[index]]
                var step = fedBy[index, default: -1]
                while step >= 0 {
                    chain.append(rules[step])
                    step = fedBy[step, default: -1]
                }
                return chain.reversed()
            }
            for next in fed(by: rules[index].to) where fedBy[next] == nil {
                fedBy[next] = index
                pending.append(next)
            }
        }
        return nil
    }

    /// The rules whose `from` occurs in `written`, in the order they were added.
    private func fed(by written: [Unicode.Scalar]) -> [Int] {
        Set(written).flatMap { byFirst[$0] ?? [] }.filter { Self.holds(written, rules[$0].from) }
            .sorted()
    }

    /// Whether `text` holds `part` as a run of consecutive scalars.
    static func holds(_ text: [Unicode.Scalar], _ part: [Unicode.Scalar]) -> Bool {
        guard !part.isEmpty, text.count >= part.count else { return false }
        return (0...(text.count - part.count)).contains {
            text[$0..<($0 + part.count)].elementsEqual(part)
        }
    }
}
