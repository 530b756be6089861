/// The hashes and pair names every memory store keeps, the same in every backend so that
/// they find the same units.
package enum MemoryHash {
    /// The stored name of a language pair.
    package static func pair(_ source: String, _ target: String) -> String {
        source + "\u{1F}" + target
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
