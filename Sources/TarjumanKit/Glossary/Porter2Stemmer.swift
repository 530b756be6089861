/// The Snowball English ("Porter2") stemmer, written from the published algorithm and
/// checked against its official test vocabulary (Tests/Fixtures/snowball-english).
///
/// `stem(_:)` runs every step; `inflectionalStem(_:)` runs only the steps that remove
/// inflections (plurals, -ed, -ing, possessives, final -e/-y), so "disappearances" meets
/// "disappearance" but "mobilisation" stays apart from "mobilise".
public enum Porter2Stemmer {
    /// The full Porter2 stem of a lower-case English word. Words with characters outside
    /// a–z and the apostrophe are returned unchanged.
    public static func stem(_ word: String) -> String {
        run(word, full: true)
    }

    /// The stem after Porter2's inflectional steps only (0, 1a, 1b, 1c and 5).
    public static func inflectionalStem(_ word: String) -> String {
        run(word, full: false)
    }

    private static func run(_ word: String, full: Bool) -> String {
        var letters = Array(word.utf8)
        guard letters.count > 2, letters.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x27 })
        else {
            return word
        }
        if let exception = exceptions[word] { return exception }
        var stemmer = StemmerState(letters: &letters)
        stemmer.prepare()
        if !stemmer.step0and1a() { return stemmer.result }
        stemmer.step1b()
        stemmer.step1c()
        if full {
            stemmer.step2()
            stemmer.step3()
            stemmer.step4()
        }
        stemmer.step5()
        return stemmer.result
    }

    private static let exceptions: [String: String] = [
        "skis": "ski", "skies": "sky", "idly": "idl", "gently": "gentl", "ugly": "ugli",
        "early": "earli",
        "only": "onli", "singly": "singl", "sky": "sky", "news": "news", "howe": "howe",
        "atlas": "atlas",
        "cosmos": "cosmos", "bias": "bias", "andes": "andes", "dying": "die", "lying": "lie",
        "tying": "tie",
    ]
}

/// The working state of one word.
private struct StemmerState {
    var w: [UInt8]
    var r1 = 0
    var r2 = 0

    init(letters: inout [UInt8]) {
        w = letters
    }

    var result: String {
        String(decoding: w.map { $0 == 0x59 ? 0x79 : $0 }, as: UTF8.self)
    }

    // MARK: Letters

    static func isVowel(_ c: UInt8) -> Bool {
        c == 0x61 || c == 0x65 || c == 0x69 || c == 0x6F || c == 0x75 || c == 0x79
    }

    func ends(_ suffix: String) -> Bool {
        let count = suffix.utf8.count
        guard count <= w.count else { return false }
        var index = w.count - count
        for byte in suffix.utf8 {
            if w[index] != byte { return false }
            index += 1
        }
        return true
    }

    func containsVowel(before end: Int) -> Bool {
        w[0..<end].contains(where: StemmerState.isVowel)
    }

    /// A short syllable ending at `end` (exclusive).
    func isShortSyllable(endingAt end: Int) -> Bool {
        if end == 2 { return StemmerState.isVowel(w[0]) && !StemmerState.isVowel(w[1]) }
        guard end >= 3 else { return false }
        let (a, b, c) = (w[end - 3], w[end - 2], w[end - 1])
        return !StemmerState.isVowel(a) && StemmerState.isVowel(b) && !StemmerState.isVowel(c)
            && c != 0x77
            && c != 0x78
            && c != 0x59
    }

    var isShortWord: Bool { r1 >= w.count && isShortSyllable(endingAt: w.count) }

    mutating func replace(_ count: Int, with suffix: String) {
        w.removeLast(count)
        w.append(contentsOf: Array(suffix.utf8))
    }

    /// The longest of `suffixes` the word ends with.
    func longest(_ suffixes: [String]) -> String? {
        var best: String?
        for suffix in suffixes where suffix.utf8.count > (best?.utf8.count ?? -1) && ends(suffix) {
            best = suffix
        }
        return best
    }

    // MARK: Steps

    mutating func prepare() {
        if w.first == 0x27 { w.removeFirst() }
        if w.first == 0x79 { w[0] = 0x59 }
        for i in 1..<w.count where w[i] == 0x79 && StemmerState.isVowel(w[i - 1]) {
            w[i] = 0x59
        }
        r1 = w.count
        let text = String(decoding: w, as: UTF8.self)
        if let prefix = ["gener", "commun", "arsen", "inter", "univers", "later", "emerg", "organ"]
            .first(where: {
                text.hasPrefix($0)
            })
        {
            r1 = prefix.utf8.count
        } else {
            r1 = region(after: 0)
        }
        r2 = region(after: r1)
    }

    func region(after start: Int) -> Int {
        var i = start + 1
        while i < w.count {
            if !StemmerState.isVowel(w[i]) && StemmerState.isVowel(w[i - 1]) { return i + 1 }
            i += 1
        }
        return w.count
    }

    /// Steps 0 and 1a; returns false when the word is one of the invariant forms.
    mutating func step0and1a() -> Bool {
        if let suffix = longest(["'s'", "'s", "'"]) { w.removeLast(suffix.utf8.count) }
        if let suffix = longest(["sses", "ied", "ies", "us", "ss", "s"]) {
            switch suffix {
            case "sses":
                w.removeLast(2)
            case "ied", "ies":
                replace(3, with: w.count > 4 ? "i" : "ie")
            case "s":
                if w.count >= 3 && containsVowel(before: w.count - 2) { w.removeLast() }
            default:
                break
            }
        }
        let word = String(decoding: w, as: UTF8.self)
        let invariant = [
            "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed",
            "evening",
        ]
        return !invariant.contains(word)
    }

    mutating func step1b() {
        guard let suffix = longest(["eed", "eedly", "ed", "edly", "ing", "ingly"]) else { return }
        let start = w.count - suffix.utf8.count
        if suffix == "eed" || suffix == "eedly" {
            if start >= r1 { replace(suffix.utf8.count, with: "ee") }
            return
        }
        guard containsVowel(before: start) else { return }
        if (suffix == "ing" || suffix == "ingly") && start == 2 && w[1] == 0x79
            && !StemmerState.isVowel(w[0])
        {
            // hying, vying → hie, vie
            replace(suffix.utf8.count + 1, with: "ie")
            return
        }
        w.removeLast(suffix.utf8.count)
        if ends("at") || ends("bl") || ends("iz") {
            w.append(0x65)
        } else if let last = w.last, w.count >= 2, last == w[w.count - 2],
            [0x62, 0x64, 0x66, 0x67, 0x6D, 0x6E, 0x70, 0x72, 0x74].contains(last),
            !(w.count == 3 && [0x61, 0x65, 0x6F].contains(w[0]))
        {
            w.removeLast()
        } else if isShortWord {
            w.append(0x65)
        }
    }

    mutating func step1c() {
        guard let last = w.last, last == 0x79 || last == 0x59, w.count > 2,
            !StemmerState.isVowel(w[w.count - 2])
        else {
            return
        }
        w[w.count - 1] = 0x69
    }

    mutating func step2() {
        let rules: [(String, String)] = [
            ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("abli", "able"),
            ("entli", "ent"),
            ("izer", "ize"), ("ization", "ize"), ("ational", "ate"), ("ation", "ate"),
            ("ator", "ate"),
            ("alism", "al"), ("aliti", "al"), ("alli", "al"), ("fulness", "ful"), ("ousli", "ous"),
            ("ousness", "ous"), ("iveness", "ive"), ("iviti", "ive"), ("biliti", "ble"),
            ("bli", "ble"),
            ("ogi", "og"), ("ogist", "og"), ("fulli", "ful"), ("lessli", "less"), ("li", ""),
        ]
        guard let suffix = longest(rules.map(\.0)) else { return }
        let start = w.count - suffix.utf8.count
        guard start >= r1 else { return }
        switch suffix {
        case "ogi":
            if start > 0 && w[start - 1] == 0x6C { replace(3, with: "og") }
        case "ogist":
            replace(5, with: "og")
        case "li":
            if start > 0
                && [0x63, 0x64, 0x65, 0x67, 0x68, 0x6B, 0x6D, 0x6E, 0x72, 0x74].contains(
                    w[start - 1])
            {
                w.removeLast(2)
            }
        default:
            if let rule = rules.first(where: { $0.0 == suffix }) {
                replace(suffix.utf8.count, with: rule.1)
            }
        }
    }

    mutating func step3() {
        let rules: [(String, String)] = [
            ("tional", "tion"), ("ational", "ate"), ("alize", "al"), ("icate", "ic"),
            ("iciti", "ic"),
            ("ical", "ic"), ("ful", ""), ("ness", ""), ("ative", ""),
        ]
        guard let suffix = longest(rules.map(\.0)) else { return }
        let start = w.count - suffix.utf8.count
        guard start >= r1 else { return }
        if suffix == "ative" {
            if start >= r2 { w.removeLast(5) }
        } else if let rule = rules.first(where: { $0.0 == suffix }) {
            replace(suffix.utf8.count, with: rule.1)
        }
    }

    mutating func step4() {
        let suffixes = [
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism",
            "ate", "iti",
            "ous", "ive", "ize", "ion",
        ]
        guard let suffix = longest(suffixes) else { return }
        let start = w.count - suffix.utf8.count
        guard start >= r2 else { return }
        if suffix == "ion" {
            if start > 0 && (w[start - 1] == 0x73 || w[start - 1] == 0x74) { w.removeLast(3) }
        } else {
            w.removeLast(suffix.utf8.count)
        }
    }

    mutating func step5() {
        guard let last = w.last else { return }
        let start = w.count - 1
        if last == 0x65 {
            if start >= r2 || (start >= r1 && !isShortSyllable(endingAt: start)) { w.removeLast() }
        } else if last == 0x6C {
            if start >= r2 && start > 0 && w[start - 1] == 0x6C { w.removeLast() }
        }
    }
}
