/// Numbers inside codes written in Latin letters (`H1N1`, `R0`, `MP3`, `N95`): a translation
/// may spell such a code out in its own script (`ایچ ون این ون`), and then has no digit for
/// it (pass 66: "missing 1, 1").
extension TranslationChecker {
    /// Takes out of `numbers` each one inside a code (``isInCode(_:in:)``) when
    /// `other`, the other side's segments, writes no code at all: the code was spelled out.
    /// Where the other side keeps codes in Latin letters, their digits are compared as any
    /// (`H1N1` against `H1N2` is a changed number).
    static func dropSpelledCodes(_ numbers: inout [NumberPlace], other: [Segment]) {
        guard !numbers.isEmpty, !other.contains(where: { holdsCode($0.text) }) else { return }
        var scalarsOf: [String: [Unicode.Scalar]] = [:]
        numbers.removeAll { number in
            let scalars =
                scalarsOf[number.segment.id]
                ?? {
                    let made = number.segment.text.scalarArray
                    scalarsOf[number.segment.id] = made
                    return made
                }()
            return isInCode(number.offset, in: scalars)
        }
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
