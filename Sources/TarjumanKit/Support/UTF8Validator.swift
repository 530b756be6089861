/// Finds the first byte that makes a buffer invalid UTF-8 text for Tarjuman.
///
/// Rejects malformed sequences, overlong forms, surrogates, code points above U+10FFFF and
/// NUL bytes (a sign of binary or UTF-16 input).
enum UTF8Validator {
    /// What is wrong at a byte offset.
    enum Problem: Equatable {
        case invalid(length: Int)
        case nul
    }

    /// Where the complete UTF-8 sequences of `bytes` end, given that `bytes[from...]` is
    /// valid except possibly for one sequence cut off at the end: the start of that cut
    /// sequence, or `bytes.count` when there is none. Checking can resume there once more
    /// bytes arrive.
    static func completeEnd(of bytes: [UInt8], from: Int) -> Int {
        var lead = bytes.count - 1
        while lead > from && bytes.count - lead < 4 && bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        guard lead >= from else { return bytes.count }
        let byte = bytes[lead]
        let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
        return lead + length <= bytes.count ? bytes.count : lead
    }

    /// The offset and kind of the first problem in `bytes`, or `nil` when the bytes are clean.
    /// A sequence cut off by the end of the buffer counts as invalid unless `allowTruncatedEnd`,
    /// in which case the caller is expected to supply the rest.
    static func firstProblem(
        in bytes: UnsafeBufferPointer<UInt8>, allowTruncatedEnd: Bool = false
    ) -> (offset: Int, problem: Problem)? {
        var index = 0
        let count = bytes.count
        guard let base = bytes.baseAddress else { return nil }
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == 0 { return (index, .nul) }
                index += 1
                // Then eight ASCII bytes without NUL at a time.
                while index + 8 <= count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    let hasZero = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
                    guard word & 0x8080_8080_8080_8080 == 0 && hasZero == 0 else { break }
                    index += 8
                }
                continue
            }
            // Two-byte letters (Arabic script, Latin accents): the common case, four at a time
            // where they run on (each lead C2–DF, each continuation 80–BF).
            let runStart = index
            while index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                // A lead's bits 1–4 are not all zero (not C0 or C1): adding 7FFF to its lane
                // then sets the lane's top bit.
                let leadBits = (word & 0x001E_001E_001E_001E) &+ 0x7FFF_7FFF_7FFF_7FFF
                guard word & 0xC0E0_C0E0_C0E0_C0E0 == 0x80C0_80C0_80C0_80C0,
                    leadBits & 0x8000_8000_8000_8000 == 0x8000_8000_8000_8000
                else { break }
                index += 8
            }
            if index > runStart { continue }
            if lead >= 0xC2 && lead <= 0xDF && index + 1 < count && bytes[index + 1] & 0xC0 == 0x80
            {
                index += 2
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                upper = 0x9F
            case 0xF0:
                length = 4
                lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                upper = 0x8F
            default: return (index, .invalid(length: 1))
            }
            if index + length > count {
                if allowTruncatedEnd && validPrefix(bytes, from: index, lower: lower, upper: upper)
                {
                    return nil
                }
                return (index, .invalid(length: count - index))
            }
            let second = bytes[index + 1]
            if second < lower || second > upper { return (index, .invalid(length: 1)) }
            for k in 2..<length where bytes[index + k] & 0xC0 != 0x80 {
                return (index, .invalid(length: k))
            }
            index += length
        }
        return nil
    }

    /// Whether the bytes from `start` to the end could begin a valid sequence.
    private static func validPrefix(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, lower: UInt8, upper: UInt8
    ) -> Bool {
        guard start + 1 < bytes.count else { return true }
        let second = bytes[start + 1]
        guard second >= lower && second <= upper else { return false }
        return bytes[(start + 2)...].allSatisfy { $0 & 0xC0 == 0x80 }
    }
}
