/// The script of letters, for the checks that compare a text's letters with its pack's
/// script (untranslated text, words mixing scripts, Latin punctuation after native letters).
///
/// Letters are alphabetic characters (ICU's Alphabetic property) whose ICU script is not
/// Common or Inherited; digits, punctuation and combining marks belong to no script here.
/// The first 12,288 code points (Latin to Devanagari, Arabic, Bengali… up to the Unicode
/// blocks before CJK) are looked up in a table built once; the rest ask ICU.
public enum LetterScript {
    /// The script of `scalar` when it is a letter of one.
    public static func of(_ scalar: Unicode.Scalar) -> ICUScript? {
        let value = scalar.value
        if value < 0x80 {
            return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A ? .latin : nil
        }
        if value < UInt32(table.count) {
            let index = table[Int(value)]
            return index == 0 ? nil : scripts[Int(index) - 1]
        }
        return classify(scalar)
    }

    /// The script of a pack's ISO 15924 code (`Arab`, `Deva`), matched against ICU's short
    /// names; nil when ICU does not know the code.
    public static func script(named code: String) -> ICUScript? {
        if code == "Latn" { return .latin }
        if code == "Arab" { return .arabic }
        return scripts.first { $0.description == code }
    }

    /// The share of the letters of `text` that are in `script` (0 without letters).
    public static func share(of script: ICUScript, in text: String) -> Double {
        var letters = 0
        var inScript = 0
        for scalar in text.unicodeScalars {
            guard let found = of(scalar) else { continue }
            letters += 1
            if found == script { inScript += 1 }
        }
        return letters == 0 ? 0 : Double(inScript) / Double(letters)
    }

    /// The script more than half of the letters of `text` are in; nil when none is.
    public static func main(of text: String) -> ICUScript? {
        var counts: [ICUScript: Int] = [:]
        var letters = 0
        for scalar in text.unicodeScalars {
            guard let found = of(scalar) else { continue }
            letters += 1
            counts[found, default: 0] += 1
        }
        return counts.first { $0.value * 2 > letters }?.key
    }

    private static func classify(_ scalar: Unicode.Scalar) -> ICUScript? {
        ICUScript.ofLetter(scalar)
    }

    /// The scripts met in the table, in order of first code point.
    private static let scripts: [ICUScript] = built.scripts
    /// For each code point below the table's end: 0, or 1 + its index in `scripts`.
    private static let table: [UInt8] = built.table

    private static let built: (scripts: [ICUScript], table: [UInt8]) = {
        var scripts: [ICUScript] = []
        var table = [UInt8](repeating: 0, count: 0x3000)
        for value in 0..<UInt32(table.count) {
            guard let scalar = Unicode.Scalar(value), let script = classify(scalar) else {
                continue
            }
            if let index = scripts.firstIndex(of: script) {
                table[Int(value)] = UInt8(index + 1)
            } else if scripts.count < 254 {
                scripts.append(script)
                table[Int(value)] = UInt8(scripts.count)
            }
        }
        return (scripts, table)
    }()
}
