/// Any text as an XML ID (an NCName: a letter or `_` first, then letters, digits, marks,
/// `.`, `-`, `_`) and back, as .NET's `XmlConvert.EncodeName` writes names: each character
/// a name cannot hold there as `_xHHHH_` (`_xHHHHHHHH_` beyond the Basic Multilingual
/// Plane), and a `_` that would read as the start of such an escape as `_x005F_`. A glossary
/// id such as `1` or `a b` is written `_x0031_` or `a_x0020_b` in TBX, which schema-checking
/// readers accept (pass 31), and read back as it was.
enum XMLIDName {
    /// `text` as an NCName; an NCName without `_x` escapes comes back unchanged.
    static func encoded(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = ""
        for (index, scalar) in scalars.enumerated() {
            let allowed = index == 0 ? isNameStart(scalar) : isNameCharacter(scalar)
            if allowed && !(scalar == "_" && startsEscape(scalars, at: index)) {
                result.unicodeScalars.append(scalar)
            } else {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                let width = scalar.value > 0xFFFF ? 8 : 4
                result += "_x" + String(repeating: "0", count: width - hex.count) + hex + "_"
            }
        }
        return result
    }

    /// The text `encoded(_:)` made `name` from: each `_xHHHH_` or `_xHHHHHHHH_` escape as
    /// its character.
    static func decoded(_ name: String) -> String {
        let scalars = Array(name.unicodeScalars)
        guard scalars.contains("_") else { return name }
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if let (scalar, length) = escape(scalars, at: index) {
                result.append(scalar)
                index += length
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    /// The character of an escape starting at `index`, and the escape's length.
    private static func escape(_ scalars: [Unicode.Scalar], at index: Int)
        -> (Unicode.Scalar, Int)?
    {
        guard index + 1 < scalars.count, scalars[index] == "_", scalars[index + 1] == "x" else {
            return nil
        }
        for width in [4, 8] {
            let end = index + 2 + width
            guard end < scalars.count, scalars[end] == "_" else { continue }
            let digits = String(String.UnicodeScalarView(scalars[(index + 2)..<end]))
            guard digits.unicodeScalars.allSatisfy(\.properties.isASCIIHexDigit),
                let value = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(value)
            else { continue }
            return (scalar, width + 3)
        }
        return nil
    }

    private static func startsEscape(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        escape(scalars, at: index) != nil
    }

    private static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic
    }

    private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        isNameStart(scalar) || scalar == "-" || scalar == "." || scalar == "\u{B7}"
            || scalar.properties.numericType == .decimal || ScalarText.isMark(scalar)
    }
}
