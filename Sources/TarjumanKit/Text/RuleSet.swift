/// The rules of one normalisation layer, indexed by their first scalar for a single
/// left-to-right pass (longest match first).
struct RuleSet: Sendable {
    private let byFirst: [Unicode.Scalar: [NormalizationRule]]
    /// Which BMP code units start a rule (a 64 Ki-entry bitmap, for the fast pre-check).
    private let firstUnits: [Bool]

    init(rules: [NormalizationRule]) {
        var byFirst: [Unicode.Scalar: [(order: Int, rule: NormalizationRule)]] = [:]
        var firstUnits = [Bool](repeating: false, count: 0x10000)
        for (order, rule) in rules.enumerated() {
            guard let first = rule.from.first else { continue }
            byFirst[first, default: []].append((order, rule))
            if first.value < 0x10000 { firstUnits[Int(first.value)] = true }
        }
        // Longest match first; among equal lengths, the pack's order.
        self.byFirst = byFirst.mapValues { candidates in
            candidates.sorted { ($1.rule.from.count, $0.order) < ($0.rule.from.count, $1.order) }
                .map(\.rule)
        }
        self.firstUnits = firstUnits
    }

    /// Whether a rule may start at this UTF-16 unit.
    func triggers(_ unit: UInt16) -> Bool { firstUnits[Int(unit)] }

    /// Applies the rules to `text` in one pass.
    func apply(to text: inout ScalarText) {
        guard !byFirst.isEmpty else { return }
        // Most texts give most layers nothing to do: look before rewriting.
        let triggered = text.scalars.contains { scalar in
            scalar.value < 0x10000 ? firstUnits[Int(scalar.value)] : byFirst[scalar] != nil
        }
        guard triggered else { return }
        text.rewrite { scalars, index in
            let value = scalars[index].value
            if value < 0x10000 && !firstUnits[Int(value)] { return nil }
            guard let candidates = byFirst[scalars[index]] else { return nil }
            for rule in candidates where Self.matches(rule, in: scalars, at: index) {
                return rule
            }
            return nil
        }
    }

    private static func matches(
        _ rule: NormalizationRule, in scalars: [Unicode.Scalar], at index: Int
    ) -> Bool {
        let end = index + rule.from.count
        guard end <= scalars.count else { return false }
        for offset in 1..<max(rule.from.count, 1) where scalars[index + offset] != rule.from[offset]
        {
            return false
        }
        if index > 0 && rule.notAfter.contains(scalars[index - 1]) { return false }
        switch rule.position {
        case .any: return true
        case .final: return !letterFollows(scalars, from: end)
        case .nonfinal: return letterFollows(scalars, from: end)
        case .initial: return !letterPrecedes(scalars, before: index)
        case .isolated:
            return !letterFollows(scalars, from: end) && !letterPrecedes(scalars, before: index)
        }
    }

    /// Whether the next character after any combining marks (or a ZWJ) is a letter.
    private static func letterFollows(_ scalars: [Unicode.Scalar], from start: Int) -> Bool {
        var index = start
        while index < scalars.count {
            let scalar = scalars[index]
            if ScalarText.isMark(scalar) || scalar.value == 0x200D {
                index += 1
                continue
            }
            return scalar.properties.isAlphabetic
        }
        return false
    }

    /// Whether the character before `index`, skipping combining marks, is a letter.
    private static func letterPrecedes(_ scalars: [Unicode.Scalar], before index: Int) -> Bool {
        var cursor = index - 1
        while cursor >= 0 {
            let scalar = scalars[cursor]
            if ScalarText.isMark(scalar) || scalar.value == 0x200D {
                cursor -= 1
                continue
            }
            return scalar.properties.isAlphabetic
        }
        return false
    }
}
