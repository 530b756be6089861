/// Any text as an XML ID (an NCName, by XML 1.0's NameStartChar and NameChar ranges, no
/// colon) and back, as .NET's `XmlConvert.EncodeName` writes names: each character a name
/// cannot hold there as `_xHHHH_` (`_xHHHHHHHH_` beyond the Basic Multilingual Plane), and
/// every `_` followed by `x` as `_x005F_`, so that each `_x` written starts an escape. A glossary
/// id such as `1` or `a b` is written `_x0031_` or `a_x0020_b` in TBX, which schema-checking
/// readers accept (pass 31), and read back as it was.
enum XMLIDName {
    /// `text` as an NCName; an NCName without `_x` escapes comes back unchanged.
    static func encoded(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = ""
        for (index, scalar) in scalars.enumerated() {
            let allowed = index == 0 ? isNameStart(scalar) : isNameCharacter(scalar)
            let startsX = scalar == "_" && index + 1 < scalars.count && scalars[index + 1] == "x"
            if allowed && !startsX {
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

    /// XML 1.0's NameStartChar, without the colon an NCName may not hold.
    private static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x5F, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D,
            0x37F...0x1FFF, 0x200C...0x200D, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF,
            0xF900...0xFDCF, 0xFDF0...0xFFFD, 0x10000...0xEFFFF:
            true
        default: false
        }
    }

    /// XML 1.0's NameChar, without the colon.
    private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2D, 0x2E, 0x30...0x39, 0xB7, 0x300...0x36F, 0x203F...0x2040: true
        default: isNameStart(scalar)
        }
    }
}
