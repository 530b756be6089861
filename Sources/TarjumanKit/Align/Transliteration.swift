/// Consonant skeletons that let a word meet its transliteration in another script
/// ("lymphopenia" ~ "لیمفو پینیا", "pathogenic" ~ "پیتھوجینک"): both sides are reduced to
/// classes of consonants by their packs' `transliteration` tables; vowels and letters the
/// table leaves out are dropped, and a class repeated at once counts once. Used only as
/// alignment anchors.
struct Transliteration: Sendable {
    /// A letter sequence after its first letter and its classes (1…26 for A…Z), as ranges
    /// of ``letters`` and ``classes``: flat arrays, read in place for every letter of every
    /// sentence.
    private struct Rule {
        let rest: Range<Int>
        let codes: Range<Int>
    }
    private let letters: [Unicode.Scalar]
    private let classes: [UInt8]
    /// The rules, grouped by first letter, longest first within a group.
    private let rules: [Rule]
    /// Each first letter's group of ``rules``.
    private let groups: [Range<Int>]
    /// For each BMP letter, 1 + the index of its group in `groups` (0: it starts none): a
    /// table look-up, not a hash, for every letter of every sentence.
    private let slots: [UInt32]
    /// The same for letters outside the BMP.
    private let astralSlots: [Unicode.Scalar: Int]

    /// The table of `pack`, or nil when the pack has none.
    init?(pack: LocalePack) {
        guard !pack.transliteration.isEmpty else { return nil }
        var byFirst: [Unicode.Scalar: [(rest: [Unicode.Scalar], codes: [UInt8])]] = [:]
        for (letters, classes) in pack.transliteration {
            let scalars = Array(letters.unicodeScalars)
            guard let first = scalars.first else { continue }
            byFirst[first, default: []].append(
                (Array(scalars.dropFirst()), classes.utf8.map { $0 - 0x40 }))
        }
        var letters: [Unicode.Scalar] = []
        var classes: [UInt8] = []
        var rules: [Rule] = []
        var groups: [Range<Int>] = []
        var slots = [UInt32](repeating: 0, count: 0x10000)
        var astralSlots: [Unicode.Scalar: Int] = [:]
        for first in byFirst.keys.sorted(by: { $0.value < $1.value }) {
            let start = rules.count
            for rule in byFirst[first, default: []].sorted(by: { $0.rest.count > $1.rest.count }) {
                rules.append(
                    Rule(
                        rest: letters.count..<(letters.count + rule.rest.count),
                        codes: classes.count..<(classes.count + rule.codes.count)))
                letters += rule.rest
                classes += rule.codes
            }
            groups.append(start..<rules.count)
            if first.value < 0x10000 {
                slots[Int(first.value)] = UInt32(groups.count)
            } else {
                astralSlots[first] = groups.count
            }
        }
        (self.letters, self.classes, self.rules, self.groups) = (letters, classes, rules, groups)
        self.slots = slots
        self.astralSlots = astralSlots
    }

    /// The classes of `text` (words run together), lower-cased first.
    func codes(_ text: String) -> [UInt8] {
        // Text in caseless scripts (Arabic, Indic) or lower-case ASCII is taken as it is;
        // anything else is lower-cased by the standard library.
        let caseless = text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x41...0x5A: false
            case 0...0x7F, 0x0600...0x08FF, 0x0900...0x0DFF, 0x200C, 0x200D, 0xFB50...0xFEFF: true
            default: false
            }
        }
        let scalars = (caseless ? text : text.lowercased()).scalarArray
        var result: [UInt8] = []
        var index = 0
        while index < scalars.count {
            let value = scalars[index].value
            let slot =
                value < 0x10000 ? Int(slots[Int(value)]) : astralSlots[scalars[index]] ?? 0
            guard slot > 0, let rule = longestRule(in: groups[slot - 1], at: index, of: scalars)
            else {
                index += 1
                continue
            }
            for code in classes[rule.codes] where result.last != code { result.append(code) }
            index += 1 + rule.rest.count
        }
        return result
    }

    /// The first (longest) rule of `group` whose letters follow `scalars[index]`.
    private func longestRule(in group: Range<Int>, at index: Int, of scalars: [Unicode.Scalar])
        -> Rule?
    {
        for rule in rules[group] where index + 1 + rule.rest.count <= scalars.count {
            var matched = 0
            while matched < rule.rest.count,
                letters[rule.rest.lowerBound + matched] == scalars[index + 1 + matched]
            {
                matched += 1
            }
            if matched == rule.rest.count { return rule }
        }
        return nil
    }
}
