/// A unit's source tokens as the store keeps them: token ids, each a LEB128 varint, in
/// order (a few bytes per word instead of the word).
package enum TokenList {
    /// The bytes of `ids`.
    package static func encode(_ ids: [Int64]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(ids.count * 2)
        for id in ids { append(id, to: &bytes) }
        return bytes
    }

    /// Appends the bytes of `id` to `bytes`.
    package static func append(_ id: Int64, to bytes: inout [UInt8]) {
        var value = UInt64(bitPattern: id)
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// The ids in `bytes` (a truncated last id is dropped).
    package static func decode(_ bytes: some Collection<UInt8>) -> [Int64] {
        var ids: [Int64] = []
        var value: UInt64 = 0
        var shift: UInt64 = 0
        for byte in bytes {
            value |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 {
                ids.append(Int64(bitPattern: value))
                value = 0
                shift = 0
            } else {
                shift += 7
                if shift > 63 { return ids }
            }
        }
        return ids
    }

    /// Whether `tokens` holds `phrase` as consecutive tokens (a concordance hit).
    package static func contains(_ tokens: [Int64], phrase: [Int64]) -> Bool {
        guard tokens.count >= phrase.count else { return false }
        return (0...(tokens.count - phrase.count)).contains {
            tokens[$0..<($0 + phrase.count)].elementsEqual(phrase)
        }
    }
}
