/// Consonant skeletons that let an English word meet its transliteration in Urdu or
/// Balochi script ("lymphopenia" ~ "لیمفو پینیا", "pathogenic" ~ "پیتھوجینک"): both sides are
/// reduced to classes of consonants; vowels, h, w/v and و (vowel or consonant) are dropped.
/// Used only as alignment anchors.
enum Transliteration {
    /// The classes as small integers (1…31), for packing.
    static func codes(english word: String) -> [UInt8] { numbered(skeleton(english: word)) }

    /// The classes of an Arabic-script text as small integers.
    static func codes(arabic text: String) -> [UInt8] { numbered(skeleton(arabic: text)) }

    private static func numbered(_ skeleton: String) -> [UInt8] {
        skeleton.utf8.map { $0 - 0x40 }
    }

    /// The skeleton of an English word (lower-case letters only), e.g. "lymphopenia" → "LMFPN".
    static func skeleton(english word: String) -> String {
        let letters = Array(word.lowercased().unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        func push(_ code: Unicode.Scalar) {
            if result.last != code { result.append(code) }
        }
        while index < letters.count {
            let letter = letters[index]
            let next = index + 1 < letters.count ? letters[index + 1] : " "
            switch letter {
            case "p" where next == "h":
                push("F")
                index += 1
            case "s" where next == "h":
                push("X")
                index += 1
            case "c" where next == "h":
                push("C")
                index += 1
            case "t" where next == "h":
                push("T")
                index += 1
            case "b": push("B")
            case "p": push("P")
            case "t": push("T")
            case "d": push("D")
            case "k", "q": push("K")
            case "c": push(["e", "i", "y"].contains(next) ? "S" : "K")
            case "g": push(["e", "i", "y"].contains(next) ? "J" : "G")
            case "f": push("F")
            case "s", "z": push("S")
            case "x":
                push("K")
                push("S")
            case "j": push("J")
            case "l": push("L")
            case "m": push("M")
            case "n": push("N")
            case "r": push("R")
            default: break
            }
            index += 1
        }
        return String(result)
    }

    /// The skeleton of a text in Arabic script, words run together.
    static func skeleton(arabic text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let code: Unicode.Scalar?
            switch scalar {
            case "ب": code = "B"
            case "پ": code = "P"
            case "ت", "ٹ", "ط": code = "T"
            case "د", "ڈ": code = "D"
            case "ک", "ق", "ك": code = "K"
            case "گ": code = "G"
            case "ف": code = "F"
            case "س", "ص", "ث", "ز", "ذ", "ض", "ظ": code = "S"
            case "ش": code = "X"
            case "چ": code = "C"
            case "ج", "ژ": code = "J"
            case "ل": code = "L"
            case "م": code = "M"
            case "ن", "ں": code = "N"
            case "ر", "ڑ": code = "R"
            default: code = nil
            }
            if let code, result.last != code { result.append(code) }
        }
        return String(result)
    }
}
