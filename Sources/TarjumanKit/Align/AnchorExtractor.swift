/// Anchors: what two sentences share that says they translate each other — numbers (in
/// any digit script), sentence punctuation, quotations, Latin words kept in a translation, and
/// transliterated names — extracted per sentence for the aligner (``DocumentAligner``) and,
/// for numbers, the `number-mismatch` check. Glossary and word-list terms come from the
/// ``TermMatcher``.
public enum AnchorExtractor {
    /// Long source words whose consonant skeleton appears in a target sentence written in
    /// another script (transliterated technical terms and names) become anchors on both
    /// sides. `source` holds the words of each source sentence (``latinWords(in:)`` or
    /// ``words(in:)``); `tables` reduce each side to its consonant classes; `key` is the
    /// fewest letters and classes a word needs (``AlignmentModel/transliterationKey``).
    static func addTransliterationAnchors(
        source: [[String]], target: [Segment],
        tables: (source: Transliteration, target: Transliteration),
        key: (letters: Int, classes: Int),
        sourceUnits: inout [SentenceAligner.Unit], targetUnits: inout [SentenceAligner.Unit]
    ) {
        // Words long enough with enough consonant classes (up to twelve kept), packed five
        // bits each into a UInt64.
        func pack(_ codes: ArraySlice<UInt8>) -> UInt64 { codes.reduce(0) { $0 << 5 | UInt64($1) } }
        let shortest = max(1, key.classes)
        let sourceKeys: [Set<UInt64>] = source.map { words in
            var keys = Set<UInt64>()
            for word in words where word.unicodeScalars.count >= key.letters {
                let codes = tables.source.codes(word)
                if codes.count >= shortest { keys.insert(pack(codes.prefix(12))) }
            }
            return keys
        }
        // Which key lengths occur (bit n = n classes), and a 64 Ki-bit filter over the keys so
        // that most windows of the target never reach the set.
        var lengths: UInt16 = 0
        var all = Set<UInt64>()
        var filter = [UInt64](repeating: 0, count: 1024)
        func slot(_ key: UInt64) -> Int {
            Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 48)
        }
        for keys in sourceKeys {
            for key in keys {
                all.insert(key)
                lengths |= 1 << ((64 - key.leadingZeroBitCount + 4) / 5)
                filter[slot(key) >> 6] |= 1 << UInt64(slot(key) & 63)
            }
        }
        guard !all.isEmpty else { return }
        var found = Set<UInt64>()
        for (index, segment) in target.enumerated() {
            let codes = tables.target.codes(segment.text)
            var keys = Set<UInt64>()
            for start in codes.indices {
                var key: UInt64 = 0
                for length in 1...min(12, codes.count - start) {
                    key = key << 5 | UInt64(codes[start + length - 1])
                    guard length >= shortest, lengths & (1 << length) != 0 else { continue }
                    let bit = slot(key)
                    if filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 && all.contains(key) {
                        keys.insert(key)
                    }
                }
            }
            found.formUnion(keys)
            targetUnits[index] = SentenceAligner.Unit(
                length: targetUnits[index].length,
                anchors: targetUnits[index].anchors + keys.sorted().map { "tr:\($0)" })
        }
        for (index, keys) in sourceKeys.enumerated() {
            let shared = keys.intersection(found).sorted().map { "tr:\($0)" }
            sourceUnits[index] = SentenceAligner.Unit(
                length: sourceUnits[index].length, anchors: sourceUnits[index].anchors + shared)
        }
    }

    /// Punctuation that translations keep: brackets, percent signs, question marks, colons.
    static func punctuationAnchors(in text: String) -> [String] {
        var anchors: [String] = []
        for scalar in text.unicodeScalars {
            switch scalar {
            case "(": anchors.append("p:(")
            case "%", "٪": anchors.append("p:%")
            case "?", "؟": anchors.append("p:?")
            case ":": anchors.append("p::")
            default: break
            }
        }
        return anchors
    }

    /// A pack's double quotation marks as UTF-8, for ``quoteAnchors(in:marks:)``: the
    /// opening mark, and whether it also closes (so that quotations are half its count).
    /// Single quotes are left out (they are also apostrophes), and so are marks outside
    /// ASCII, Latin-1 and General Punctuation (the fast scan looks only for those).
    static func quoteMarks(_ quotes: [QuotePair]) -> [(mark: [UInt8], halve: Bool)] {
        quotes.filter { !["‘", "’", "'"].contains($0.open) }.map {
            (Array($0.open.utf8), $0.open == $0.close)
        }.filter { [0x22, 0xC2, 0xE2].contains($0.mark.first) }
    }

    /// One anchor per quotation in `text` (“…” in English, ’’…‘‘ or ”…“ in Urdu).
    static func quoteAnchors(in text: String, marks: [(mark: [UInt8], halve: Bool)]) -> [String] {
        var found = [Int](repeating: 0, count: marks.count)
        // Native strings are contiguous UTF-8; others have no quotation anchors.
        _ = text.utf8.withContiguousStorageIfAvailable { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                // Every mark starts with ", « (C2) or a general-punctuation quote (E2).
                guard byte == 0x22 || byte == 0xC2 || byte == 0xE2 else { continue }
                for (number, entry) in marks.enumerated()
                where entry.mark[0] == byte
                    && bytes[(index - 1)...].starts(with: entry.mark)
                {
                    found[number] += 1
                    index += entry.mark.count - 1
                    break
                }
            }
        }
        let count = zip(found, marks).reduce(0) { $0 + ($1.1.halve ? $1.0 / 2 : $1.0) }
        return Array(repeating: "p:q", count: count)
    }

    /// The words of `text` in any script: runs of letters and combining marks.
    static func words(in text: String) -> [String] {
        text.unicodeScalars.split { !($0.properties.isAlphabetic || ScalarText.isMark($0)) }
            .map { String(scalars: $0) }
    }

    /// Latin-script words of three letters or more, lower-cased.
    static func latinWords(in text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        var hasLetter = false
        func flush() {
            if current.count >= 3 && hasLetter {
                words.append(String(decoding: current, as: UTF8.self))
            }
            current.removeAll(keepingCapacity: true)
            hasLetter = false
        }
        for byte in text.utf8 {
            let lower = byte | 0x20
            if lower >= 0x61 && lower <= 0x7A {
                current.append(lower)
                hasLetter = true
            } else if byte >= 0x30 && byte <= 0x39 {
                current.append(byte)
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// The numbers in `text` as values written in ASCII, whatever digits they are written in:
    /// - a group separator (`,`, Arabic `٬` and `،`) followed by a group of three digits (or
    ///   of two before another separator: lakh grouping) is dropped, so `2,500`, `2500` and
    ///   `۲٬۵۰۰` are one number, and `2,50,000` is `250000`; before anything else it ends
    ///   the number (`1,5` is 1 and 5; `1,2,3` three numbers);
    /// - a decimal point (`.`, Arabic `٫`) between digits is kept, so `1.5` is not `15`, and
    ///   `.5` is `0.5`; leading zeros and a fraction's trailing zeros do not count (`05` is
    ///   `5`, `0.50` is `0.5`);
    /// - a minus sign (`-`, `−`) directly before the digits, after a space or the start, is
    ///   part of the value (`-5` is not `5`; `1990-95` and `COVID-19` hold no sign), also
    ///   with the bidi marks CLDR puts around it (Arabic ALM `؜-٥`, Persian LRM `‎−۵`, Urdu
    ///   and Pashto `‎-‎۵`; pass 33: they read as 5, and failed `number-mismatch`);
    /// - a vulgar fraction (`½`) is a number of its own (`0.5`).
    ///
    /// ASCII, Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹) digits without property
    /// lookups, other scripts' digits through Unicode properties.
    public static func numbers(in text: String) -> [String] {
        numberSpans(in: text).map(\.value)
    }

    /// ``numbers(in:)`` with the scalar offset where each number starts in `text`.
    public static func numberSpans(in text: String) -> [(value: String, offset: Int)] {
        guard mayHoldNumber(text) else { return [] }
        let scalars = Array(text.unicodeScalars)
        var numbers: [(value: String, offset: Int)] = []
        var current: [UInt8] = []
        var start = 0
        func flush() {
            if current.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) {
                numbers.append((canonical(current), start))
            }
            current.removeAll(keepingCapacity: true)
        }
        func digits(from index: Int) -> Int {
            var count = 0
            while index + count < scalars.count, digit(scalars[index + count]) != nil {
                count += 1
            }
            return count
        }
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let value = scalar.value
            if let digit = digit(scalar) {
                if current.isEmpty { start = index }
                current.append(UInt8(0x30 + digit))
                index += 1
                continue
            }
            let nextIsDigit = index + 1 < scalars.count && digit(scalars[index + 1]) != nil
            let isPoint = value == 0x2E || value == 0x066B
            let isMinus = value == 0x2D || value == 0x2212
            // Bidi marks between a sign and its digits belong to the sign.
            if current == [UInt8(ascii: "-")], Self.isBidiMark(scalar) {
                index += 1
                continue
            }
            if !current.isEmpty, isPoint, nextIsDigit {
                // A second point (1.2.3, a version or a date) is part of the token too.
                current.append(UInt8(ascii: "."))
            } else if !current.isEmpty, value == 0x2C || value == 0x066C || value == 0x060C {
                let group = digits(from: index + 1)
                let next = index + 1 + group
                let lakh =
                    group == 2 && next < scalars.count && scalars[next] == scalar
                    && digits(from: next + 1) >= 2
                if group == 3 || lakh {
                    // Dropped: the digits after it continue the number.
                } else {
                    flush()
                }
            } else if current.isEmpty,
                isPoint
                    ? nextIsDigit
                    : isMinus && Self.digitFollows(scalars, after: index)
                        && !Self.followsCapitalName(scalars, before: index),
                Self.opensNumber(scalars, before: index)
            {
                start = index
                current = isPoint ? Array("0.".utf8) : [UInt8(ascii: "-")]
            } else {
                flush()
                if value >= 0x80, !(0x0600...0x06FF).contains(value),
                    scalar.properties.numericType == .numeric,
                    let fraction = scalar.properties.numericValue, fraction > 0, fraction < 1
                {
                    numbers.append((String(fraction), index))
                }
            }
            index += 1
        }
        flush()
        return numbers
    }

    /// Whether `text` holds a character with a numeric value (a digit or a fraction): most
    /// sentences hold none, and this scan is far cheaper than ``numberSpans(in:)``'s.
    private static func mayHoldNumber(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if value &- 0x30 < 10 { return true }
            } else if (0x0600...0x06FF).contains(value) {
                if (0x0660...0x0669).contains(value) || (0x06F0...0x06F9).contains(value) {
                    return true
                }
            } else if scalar.properties.numericType != nil {
                return true
            }
        }
        return false
    }

    /// The value of a digit in any script, `nil` for other characters.
    static func digit(_ scalar: Unicode.Scalar) -> UInt32? {
        let value = scalar.value
        switch value {
        case 0x30...0x39: return value - 0x30
        case 0x0660...0x0669: return value - 0x0660
        case 0x06F0...0x06F9: return value - 0x06F0
        case 0...0x7F, 0x0600...0x06FF: return nil
        default:
            return scalar.properties.numericType == .decimal
                ? scalar.properties.numericValue.map { UInt32($0) } : nil
        }
    }

    /// Whether a sign or a leading point after `scalar` starts a number: after white space
    /// or an opening bracket or quote, not after a letter or digit (`COVID-19`, `1990-95`).
    private static func opensNumber(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || "([{\"'“‘«".unicodeScalars.contains(scalar)
    }

    /// Whether a number may start at `index`: at the start, or after a space or an opening
    /// mark, bidi marks before it passed over.
    private static func opensNumber(_ scalars: [Unicode.Scalar], before index: Int) -> Bool {
        var previous = index - 1
        while previous >= 0 && isBidiMark(scalars[previous]) { previous -= 1 }
        return previous < 0 || opensNumber(scalars[previous])
    }

    /// Whether a space and before it a word of two capitals or more (`COVID`, `SARS-CoV`)
    /// come just before `index`: a hyphen there joins the name to its number (`COVID -19`),
    /// no minus sign (pass 66: "unexpected -19").
    private static func followsCapitalName(_ scalars: [Unicode.Scalar], before index: Int)
        -> Bool
    {
        guard index >= 2, scalars[index - 1] == " " else { return false }
        var capitals = 0
        var previous = index - 2
        while previous >= 0, !scalars[previous].properties.isWhitespace {
            if scalars[previous].properties.isUppercase { capitals += 1 }
            previous -= 1
        }
        return capitals >= 2
    }

    /// Whether a digit follows `index`, bidi marks between passed over.
    private static func digitFollows(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
        var next = index + 1
        while next < scalars.count && isBidiMark(scalars[next]) { next += 1 }
        return next < scalars.count && digit(scalars[next]) != nil
    }

    /// LRM, RLM and the Arabic letter mark: what CLDR writes around a minus sign.
    static func isBidiMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x200E || scalar.value == 0x200F || scalar.value == 0x061C
    }

    /// Whether the bidi mark at `index` is part of a number's sign (`‎-‎۵`): next to a minus
    /// sign that a digit follows, marks passed over.
    static func isSignMark(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard isBidiMark(scalars[index]) else { return false }
        var next = index + 1
        while next < scalars.count && isBidiMark(scalars[next]) { next += 1 }
        // A minus sign that opens a number (not the hyphen of `COVID‎-19`), a digit after it.
        let isSign = { (minus: Int) in
            (scalars[minus] == "-" || scalars[minus] == "\u{2212}")
                && opensNumber(scalars, before: minus) && digitFollows(scalars, after: minus)
        }
        if next < scalars.count, isSign(next) { return true }
        var previous = index - 1
        while previous >= 0 && isBidiMark(scalars[previous]) { previous -= 1 }
        return previous >= 0 && isSign(previous)
    }

    /// `number` without leading zeros (`05` → `5`) and, with one point, without a
    /// fraction's trailing zeros (`0.50` → `0.5`, `1.0` → `1`).
    private static func canonical(_ number: [UInt8]) -> String {
        var text = String(decoding: number, as: UTF8.self)
        var sign = ""
        if text.hasPrefix("-") {
            sign = "-"
            text.removeFirst()
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        var whole = String(parts[0].drop { $0 == "0" })
        if whole.isEmpty { whole = "0" }
        guard parts.count == 2 else {
            return sign + ([whole] + parts.dropFirst().map(String.init)).joined(separator: ".")
        }
        let fraction = parts[1].reversed().drop { $0 == "0" }.reversed()
        return sign + whole + (fraction.isEmpty ? "" : "." + String(fraction))
    }
}
