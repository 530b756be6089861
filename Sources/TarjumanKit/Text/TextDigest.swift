/// A 128-bit digest of some bytes, to tell texts apart without keeping them.
///
/// Two SipHash values of the bytes, each after its own prefix, under the process's random
/// seed (Swift's `Hasher`): two different texts share a digest by chance alone (about one in
/// 2^128 for a given pair), and without the seed no input can be made to collide. A digest
/// is only ever compared within one run; its value changes from run to run.
struct TextDigest: Hashable, Sendable {
    private let first: Int
    private let second: Int

    /// The digest of `bytes`.
    init(_ bytes: UnsafeRawBufferPointer) {
        var first = Hasher()
        first.combine(UInt8(1))
        first.combine(bytes: bytes)
        var second = Hasher()
        second.combine(UInt8(2))
        second.combine(bytes: bytes)
        self.first = first.finalize()
        self.second = second.finalize()
    }

    /// The digest of `parts` as they stand (not normalised), each after its length, so that
    /// `("ab", "c")` and `("a", "bc")` differ.
    init(exactly parts: String...) {
        var first = Hasher()
        first.combine(UInt8(1))
        var second = Hasher()
        second.combine(UInt8(2))
        for var part in parts {
            part.withUTF8 { utf8 in
                let bytes = UnsafeRawBufferPointer(utf8)
                first.combine(bytes.count)
                first.combine(bytes: bytes)
                second.combine(bytes.count)
                second.combine(bytes: bytes)
            }
        }
        self.first = first.finalize()
        self.second = second.finalize()
    }
}
