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
        let blocks = PlainBlocks()
        // Where blocks are tried again after one held another kind of letter (Devanagari,
        // say): not at every sequence.
        var retryAt = 1
        while index < count {
            if index >= retryAt {
                while index + 16 <= count, let step = blocks.step(base + index) { index += step }
                retryAt = index + 16
                if index == count { break }
            }
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == 0 { return (index, .nul) }
                index += 1
                continue
            }
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

    /// Sixteen bytes of ASCII (no NUL) and two-byte letters (Arabic script, Latin accents:
    /// each lead C2–DF followed by a continuation 80–BF), checked at once, vector against
    /// vector (Swift's forms with a scalar operand are not vectorised).
    private struct PlainBlocks {
        private let zero = SIMD16<UInt8>(repeating: 0)
        private let threeByteLead = SIMD16<UInt8>(repeating: 0xE0)
        private let firstLead = SIMD16<UInt8>(repeating: 0xC2)
        private let overlong = SIMD16<UInt8>(repeating: 0xC0)
        private let topBits = SIMD16<UInt8>(repeating: 0xC0)
        private let continuation = SIMD16<UInt8>(repeating: 0x80)
        private let allButLowBit = SIMD16<UInt8>(repeating: 0xFE)

        /// How far the block at `start` (a sequence boundary, with a byte before it) is
        /// valid: 16, or 15 when it ends on a lead (its continuation then opens the next
        /// block); nil when it holds anything else or a sequence is broken.
        @inline(__always)
        func step(_ start: UnsafePointer<UInt8>) -> Int? {
            let bytes = UnsafeRawPointer(start).loadUnaligned(as: SIMD16<UInt8>.self)
            let before = UnsafeRawPointer(start - 1).loadUnaligned(as: SIMD16<UInt8>.self)
            typealias Mask = SIMDMask<SIMD16<Int8>>
            let nul: Mask = bytes .== zero
            let longer: Mask = bytes .>= threeByteLead
            let lowBitCleared: SIMD16<UInt8> = bytes & allButLowBit
            let overlongLead: Mask = lowBitCleared .== overlong
            // Leads are C2–DF: at least C2, and below E0 (E0 and up are bad already).
            let leadBefore: Mask = before .>= firstLead
            let leadBeforeShort: Mask = before .< threeByteLead
            let topBitsOnly: SIMD16<UInt8> = bytes & topBits
            let isContinuation: Mask = topBitsOnly .== continuation
            // A continuation exactly where the byte before is a two-byte lead.
            let misplaced: Mask = isContinuation .^ (leadBefore .& leadBeforeShort)
            let bad: Mask = nul .| longer .| overlongLead .| misplaced
            // Two words tested instead of `any(bad)`, which compiles to a slow reduction.
            let words = unsafeBitCast(bad, to: SIMD2<UInt64>.self)
            guard words[0] | words[1] == 0 else { return nil }
            return bytes[15] >= 0xC2 ? 15 : 16
        }
    }
}
