/// Consonant skeletons that let a word meet its transliteration in another script
/// ("lymphopenia" ~ "لیمفو پینیا", "pathogenic" ~ "پیتھوجینک"): both sides are reduced to
/// classes of consonants by their packs' `transliteration` tables; vowels and letters the
/// table leaves out are dropped, and a class repeated at once counts once. Used only as
/// alignment anchors.
struct Transliteration: Sendable {
    /// For each first letter, the letter sequences it starts, longest first, and their
    /// classes (1…26 for the class letters A…Z).
    private let rules: [Unicode.Scalar: [(rest: [Unicode.Scalar], codes: [UInt8])]]
    /// BMP letters that start a rule (a quick no without a hash lookup for the others).
    private let starts: [Bool]

    /// The table of `pack`, or nil when the pack has none.
    init?(pack: LocalePack) {
        guard !pack.transliteration.isEmpty else { return nil }
        var rules: [Unicode.Scalar: [(rest: [Unicode.Scalar], codes: [UInt8])]] = [:]
        for (letters, classes) in pack.transliteration {
            let scalars = Array(letters.unicodeScalars)
            guard let first = scalars.first else { continue }
            rules[first, default: []].append(
                (Array(scalars.dropFirst()), classes.utf8.map { $0 - 0x40 }))
        }
        var starts = [Bool](repeating: false, count: 0x10000)
        for key in rules.keys {
            rules[key]?.sort { $0.rest.count > $1.rest.count }
            if key.value < 0x10000 { starts[Int(key.value)] = true }
        }
        self.rules = rules
        self.starts = starts
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
            guard value >= 0x10000 || starts[Int(value)],
                let candidates = rules[scalars[index]],
                let rule = candidates.first(where: {
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
