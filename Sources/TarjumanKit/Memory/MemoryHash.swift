import Foundation

/// The hashes and pair names every memory store keeps, the same in every backend so that
/// they find the same units.
package enum MemoryHash {
    /// The stored name of a language pair.
    package static func pair(_ source: String, _ target: String) -> String {
        source + "\u{1F}" + target
    }

    /// What a store keeps as the context hash of a unit whose context is unknown: no
    /// lookup's context has it, so such a unit never scores 101.
    package static let unknownContext = Int64.min

    /// The hash of a neighbour's key as stores keep and lookups compare it: ``unknownContext``
    /// when the context is not `known`, and never that value otherwise.
    package static func context(_ key: String, known: Bool = true) -> Int64 {
        guard known else { return unknownContext }
        let value = of(key)
        return value == unknownContext ? value + 1 : value
    }

    /// What makes a unit one: the hash of its pair and key (`keyHash`), its source as
    /// written (each run of white space one space) and its translation. Sources with the
    /// same words but other punctuation, letter case or digits are other units (pass 23:
    /// hashed by key alone, `Room 12 is open!` was called "already stored" beside
    /// `Room 12 is open.` and dropped, and the sentence itself then scored 99).
    /// Both texts are compared in NFC (pass 24: `Café` typed with a combining accent was
    /// a second unit).
    package static func unit(keyHash: Int64, source: String, target: String) -> Int64 {
        of(String(keyHash), comparable(source), composed(target))
    }

    /// What a unit added again does to the one stored (the same source and translation):
    /// it takes the unit over (`origin`) when its origin's penalty is lower, so that a
    /// translation a translator confirmed is no longer ranked as the machine translation it
    /// matched, nor deleted with that origin (pass 43: it was dropped as "already stored");
    /// and it gives the unit its context (`context`) when the stored one has none.
    package static func claim(
        storedPenalty: Int, newPenalty: Int, storedContext: Int64, newContext: Int64
    ) -> (origin: Bool, context: Bool) {
        (
            newPenalty < storedPenalty,
            storedContext == unknownContext && newContext != unknownContext
        )
    }

    /// `text` as sources are compared: each run of white space one space, in NFC.
    package static func comparable(_ text: String) -> String {
        composed(text.collapsingWhiteSpace())
    }

    /// `text` in NFC; text already in NFC (ICU's check, far cheaper than composing) as it is.
    private static func composed(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0xCC }) else { return text }
        var text = text
        let normalized = text.withUTF8 { try? ICUNormalizer.isNormalized(utf8: $0, form: .nfc) }
        return normalized == true ? text : text.precomposedStringWithCanonicalMapping
    }

    /// FNV-1a, 64 bits, as a signed integer (what SQL integers hold).
    package static func of(_ parts: String...) -> Int64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for (index, part) in parts.enumerated() {
            if index > 0 {
                value ^= 0x1F
                value &*= 0x100_0000_01b3
            }
            for byte in part.utf8 {
                value ^= UInt64(byte)
                value &*= 0x100_0000_01b3
            }
        }
        return Int64(bitPattern: value)
    }
}
