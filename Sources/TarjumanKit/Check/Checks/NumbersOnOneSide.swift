/// Numbers one side may have without the other: inside codes written in Latin letters
/// (`H1N1`, `R0`, `MP3`, `N95`), which a translation may spell out in its own script
/// (`ایچ ون این ون`, pass 66: "missing 1, 1"), and footnote references (`[3]`).
extension TranslationChecker {
    /// Takes out of `numbers` each one inside a code (``isInCode(_:in:)``) when
    /// `other`, the other side's segments, writes no code at all: the code was spelled out.
    /// Where the other side keeps codes in Latin letters, their digits are compared as any
    /// (`H1N1` against `H1N2` is a changed number).
    static func dropSpelledCodes(_ numbers: inout [NumberPlace], other: [Segment]) {
        guard !numbers.isEmpty, !other.contains(where: { holdsCode($0.text) }) else { return }
        removeNumbers(&numbers, where: isInCode)
    }

    /// Takes out of `numbers` each footnote reference (``isFootnoteReference(_:in:)``, `[3]`)
    /// when `other`, the other side's segments, has none: a translation may leave a
    /// source's references out, or add a translator's note `[۱]` (pass 67: "unexpected 1").
    static func dropFootnoteReferences(_ numbers: inout [NumberPlace], other: [Segment]) {
        guard !numbers.isEmpty,
            !other.contains(where: { holdsFootnoteReference($0.text.scalarArray) })
        else { return }
        removeNumbers(&numbers, where: isFootnoteReference)
    }

    /// Removes from `numbers` those for which `test` holds, given the number's offset and its
    /// segment's scalars (read once per segment).
    private static func removeNumbers(
        _ numbers: inout [NumberPlace], where test: (Int, [Unicode.Scalar]) -> Bool
    ) {
        var scalarsOf: [String: [Unicode.Scalar]] = [:]
        numbers.removeAll { number in
            let scalars =
                scalarsOf[number.segment.id]
                ?? {
                    let made = number.segment.text.scalarArray
                    scalarsOf[number.segment.id] = made
                    return made
                }()
            return test(number.offset, scalars)
        }
    }

    /// Whether the number at `offset` is a footnote reference: digits alone in square
    /// brackets (`[3]`, `[۱۲]`).
    static func isFootnoteReference(_ offset: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard offset > 0, offset < scalars.count, scalars[offset - 1] == "[" else { return false }
        let end = scalars[offset...].firstIndex { $0.properties.numericType != .decimal }
        return end.map { $0 > offset && scalars[$0] == "]" } ?? false
    }

    /// Whether `scalars` hold a footnote reference anywhere.
    static func holdsFootnoteReference(_ scalars: [Unicode.Scalar]) -> Bool {
        scalars.indices.contains { isFootnoteReference($0 + 1, in: scalars) }
    }

    /// Whether the number at `offset` follows a Latin letter directly: a code such as `H1`,
    /// `MP3`, `COVID19`, not `3rd`, `5km` or `1990s` (letters after the digits are units,
    /// ordinals and plurals, which translations keep as digits).
    static func isInCode(_ offset: Int, in scalars: [Unicode.Scalar]) -> Bool {
        offset > 0 && offset <= scalars.count && isLatinLetter(scalars[offset - 1].value)
    }

    /// Whether `text` holds a Latin letter directly before an ASCII digit.
    static func holdsCode(_ text: String) -> Bool {
        var previousIsLetter = false
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 && previousIsLetter { return true }
            previousIsLetter = isLatinLetter(UInt32(byte))
        }
        return false
    }

    /// Whether `value` is an ASCII letter (a UTF-8 byte of another character never is).
    private static func isLatinLetter(_ value: UInt32) -> Bool {
        let lower = value | 0x20
        return lower >= 0x61 && lower <= 0x7A
    }
}
