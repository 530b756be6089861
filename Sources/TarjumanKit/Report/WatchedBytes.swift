/// A set of bytes an escaping looks at (every byte below a bound, plus a few named ones),
/// found sixteen bytes at a time: the text between them is copied without a look at each
/// byte.
struct WatchedBytes: Sendable {
    private let below: SIMD16<UInt8>
    private let exactly: [SIMD16<UInt8>]
    private let table: [Bool]

    /// Every byte less than `below` and each byte of `exactly`.
    init(below: UInt8, exactly: [UInt8]) {
        self.below = SIMD16(repeating: below)
        self.exactly = exactly.map { SIMD16(repeating: $0) }
        self.table = (0...255).map { UInt8($0) < below || exactly.contains(UInt8($0)) }
    }

    /// The offset of the first watched byte of `text` at or after `start`; `text.count` when
    /// there is none.
    func first(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = text.baseAddress else { return text.count }
        var index = start
        while index + 16 <= text.count {
            let block = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
            var hit = block .< below
            // Vector against vector: Swift's forms with a scalar operand are not vectorised.
            for byte in exactly {
                hit .|= block .== byte
            }
            // Two words tested instead of `any(hit)`, which compiles to a slow reduction.
            let words = unsafeBitCast(hit, to: SIMD2<UInt64>.self)
            if words[0] | words[1] != 0 { break }
            index += 16
        }
        while index < text.count && !table[Int(text[index])] { index += 1 }
        return index
    }
}
