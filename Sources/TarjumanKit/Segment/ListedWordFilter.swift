/// An allocation-free "certainly not listed" test for the words the refiner looks up in a
/// pack's lists, so that the common case (an ordinary word before a full stop) builds no
/// string and hashes nothing.
///
/// Only words of plain units are judged: ASCII, and Arabic-script letters, digits and marks
/// of punctuation that have no canonical decomposition and are not combining. Such a word is
/// canonically equal to a listed string only when their units are the same, so its hash
/// (after ASCII lower-casing, as the look-up lower-cases) missing from the filter proves it is
/// in no list. Any other word answers "maybe" and takes the exact look-up.
struct ListedWordFilter {
    /// 16,384 bits: about 1% false "maybe" for a few hundred listed words.
    private var bits = [UInt64](repeating: 0, count: 256)

    /// A filter holding `words` as written (the look-up lower-cases the text, not the list).
    init(_ words: some Sequence<String>) {
        for word in words {
            let units = Array(word.utf16)
            guard units.allSatisfy(Self.isPlain) else { continue }
            let hash = units.withUnsafeBufferPointer { Self.hash($0, lowerCasing: false) }
            bits[hash >> 6] |= 1 << UInt64(hash & 63)
        }
    }

    /// Whether `units`, lower-cased, may be one of the words; `false` only when certain.
    func mayContain(_ units: UnsafeBufferPointer<UInt16>) -> Bool {
        guard units.allSatisfy(Self.isPlain) else { return true }
        let hash = Self.hash(units, lowerCasing: true)
        return bits[hash >> 6] & (1 << UInt64(hash & 63)) != 0
    }

    /// A code unit that never decomposes, never combines, and lower-cases as ASCII does (or
    /// not at all).
    @inline(__always)
    static func isPlain(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return true }
        switch unit {
        case 0x0622...0x0626, 0x06C0, 0x06C2, 0x06D3: return false  // decompose with a mark
        case 0x060C...0x0615, 0x061B...0x064A, 0x0660...0x066F, 0x0671...0x06D5, 0x06EE...0x06FF:
            return !(0x0610...0x0615).contains(unit)  // the honorific marks combine
        default: return false
        }
    }

    /// FNV-1a over the units, folded to 14 bits.
    private static func hash(_ units: UnsafeBufferPointer<UInt16>, lowerCasing: Bool) -> Int {
        var hash: UInt32 = 2_166_136_261
        for unit in units {
            let folded = lowerCasing && unit >= 0x41 && unit <= 0x5A ? unit | 0x20 : unit
            hash = (hash ^ UInt32(folded)) &* 16_777_619
        }
        return Int((hash ^ hash >> 14) & 0x3FFF)
    }
}
