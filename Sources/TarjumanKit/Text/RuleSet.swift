/// The rules of one normalisation layer, indexed by their first scalar for a single
/// left-to-right pass (longest match first).
struct RuleSet: Sendable {
    /// The rules starting with each scalar, longest first; a BMP scalar finds its list
    /// through `listOfUnit`, any other through `beyondBMP`.
    private let lists: [[NormalizationRule]]
    /// For each BMP code unit, 1 + the index in `lists` of the rules it starts, or 0 (a
    /// 64 Ki-entry table: no hashing for the letters of the text).
    private let listOfUnit: [UInt32]
    private let beyondBMP: [Unicode.Scalar: Int]

    init(rules: [NormalizationRule]) {
        var byFirst: [Unicode.Scalar: [(order: Int, rule: NormalizationRule)]] = [:]
        for (order, rule) in rules.enumerated() {
            guard let first = rule.from.first else { continue }
            byFirst[first, default: []].append((order, rule))
        }
        var lists: [[NormalizationRule]] = []
        var listOfUnit = [UInt32](repeating: 0, count: 0x10000)
        var beyondBMP: [Unicode.Scalar: Int] = [:]
        for (first, candidates) in byFirst.sorted(by: { $0.key.value < $1.key.value }) {
            // Longest match first; among equal lengths, the pack's order.
            lists.append(
                candidates.sorted {
                    ($1.rule.from.count, $0.order) < ($0.rule.from.count, $1.order)
                }.map(\.rule))
            if first.value < 0x10000 {
                listOfUnit[Int(first.value)] = UInt32(lists.count)
            } else {
                beyondBMP[first] = lists.count - 1
            }
        }
        self.lists = lists
        self.listOfUnit = listOfUnit
        self.beyondBMP = beyondBMP
    }

    /// Whether a rule may start at this UTF-16 unit.
    func triggers(_ unit: UInt16) -> Bool { listOfUnit[Int(unit)] != 0 }

    /// The rules that start with `scalar`, longest first.
    func candidates(for scalar: Unicode.Scalar) -> [NormalizationRule]? {
        guard scalar.value < 0x10000 else { return beyondBMP[scalar].map { lists[$0] } }
        let list = listOfUnit[Int(scalar.value)]
        return list == 0 ? nil : lists[Int(list) - 1]
    }

    /// Applies the rules to `text` in one pass.
    func apply(to text: inout ScalarText) {
        guard !lists.isEmpty else { return }
        // Most texts give most layers nothing to do: look before rewriting.
        let triggered = text.scalars.contains { scalar in
            scalar.value < 0x10000
                ? listOfUnit[Int(scalar.value)] != 0 : beyondBMP[scalar] != nil
        }
        guard triggered else { return }
        text.rewrite { scalars, index in
            guard let candidates = candidates(for: scalars[index]) else { return nil }
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
