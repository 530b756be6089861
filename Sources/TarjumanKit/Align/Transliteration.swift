/// Consonant skeletons that let a word meet its transliteration in another script
/// ("lymphopenia" ~ "لیمفو پینیا", "pathogenic" ~ "پیتھوجینک"): both sides are reduced to
/// classes of consonants by their packs' `transliteration` tables; vowels and letters the
/// table leaves out are dropped, and a class repeated at once counts once. Used only as
/// alignment anchors.
struct Transliteration: Sendable {
    /// A letter sequence after its first letter, and its classes (1…26 for A…Z).
    private typealias Rule = (rest: [Unicode.Scalar], codes: [UInt8])
    /// The rules of each first letter, longest first.
    private let rules: [[Rule]]
    /// For each BMP letter, 1 + the index of its rules in `rules` (0: it starts none): a
    /// table look-up, not a hash, for every letter of every sentence.
    private let slots: [UInt32]
    /// The same for letters outside the BMP.
    private let astralSlots: [Unicode.Scalar: Int]

    /// The table of `pack`, or nil when the pack has none.
    init?(pack: LocalePack) {
        guard !pack.transliteration.isEmpty else { return nil }
        var byFirst: [Unicode.Scalar: [Rule]] = [:]
        for (letters, classes) in pack.transliteration {
            let scalars = Array(letters.unicodeScalars)
            guard let first = scalars.first else { continue }
            byFirst[first, default: []].append(
                (Array(scalars.dropFirst()), classes.utf8.map { $0 - 0x40 }))
        }
        var rules: [[Rule]] = []
        var slots = [UInt32](repeating: 0, count: 0x10000)
        var astralSlots: [Unicode.Scalar: Int] = [:]
        for first in byFirst.keys.sorted(by: { $0.value < $1.value }) {
            rules.append(byFirst[first, default: []].sorted { $0.rest.count > $1.rest.count })
            if first.value < 0x10000 {
                slots[Int(first.value)] = UInt32(rules.count)
            } else {
                astralSlots[first] = rules.count
            }
        }
        self.rules = rules
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
        let scalars = Array((caseless ? text : text.lowercased()).unicodeScalars)
        var result: [UInt8] = []
        var index = 0
        while index < scalars.count {
            let value = scalars[index].value
            let slot =
                value < 0x10000 ? Int(slots[Int(value)]) : astralSlots[scalars[index]] ?? 0
            guard slot > 0,
                let rule = rules[slot - 1].first(where: {
                    index + 1 + $0.rest.count <= scalars.count
                        && scalars[(index + 1)...].starts(with: $0.rest)
                })
            else {
                index += 1
                continue
            }
            for code in rule.codes where result.last != code { result.append(code) }
            index += 1 + rule.rest.count
        }
        return result
    }
}
