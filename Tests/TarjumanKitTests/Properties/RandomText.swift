import Foundation

/// Random documents in one orthography: words of its letters, its sentence marks, spaces,
/// line breaks (LF, CR LF, CR) and blank lines between paragraphs, digits in its script.
struct RandomText {
    /// Letters, sentence ends and digits of each orthography the tests cover.
    static let alphabets: [String: (letters: String, ends: [String], digits: String)] = [
        "en": ("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ", [".", "?", "!"], "0123456789"),
        "ur": ("ابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنوہھیےں", ["۔", "؟"], "۰۱۲۳۴۵۶۷۸۹"),
        "bal-Arab-PK": ("ابپتٹجچدڈرڑزژسشکگلمنوہیےءں", ["۔", "؟"], "0123456789"),
        "bal-Arab-IR": ("ابپتجچدرزژسشکگلمنوهیےء", [".", "؟"], "۰۱۲۳۴۵۶۷۸۹"),
        "bal-Latn": ("abcčdḍeēghijklmnoprsštṭuūwyzž", [".", "?"], "0123456789"),
    ]

    var random: SeededRandom

    /// One word of 1–8 letters of `tag`, sometimes a number.
    mutating func word(_ tag: String) -> String {
        let alphabet = Self.alphabets[tag] ?? ("abc", ["."], "0123456789")
        if Int.random(in: 0..<12, using: &random) == 0 {
            return pick(Array(alphabet.digits), count: Int.random(in: 1...4, using: &random))
        }
        return pick(Array(alphabet.letters), count: Int.random(in: 1...8, using: &random))
    }

    /// `count` random characters of `characters`.
    private mutating func pick(_ characters: [Character], count: Int) -> String {
        String(
            (0..<count).map { _ in characters[Int.random(in: 0..<characters.count, using: &random)]
            })
    }

    /// One sentence of 1–12 words with its end mark.
    mutating func sentence(_ tag: String) -> String {
        let words = (0..<Int.random(in: 1...12, using: &random)).map { _ in word(tag) }
        let end = Self.alphabets[tag]?.ends.randomElement(using: &random) ?? "."
        return words.joined(separator: " ") + end
    }

    /// A document of 1–6 paragraphs of 1–5 sentences; sentences of a paragraph are separated
    /// by a space or a line break, paragraphs by a blank line.
    mutating func document(_ tag: String) -> String {
        let lineEnd = ["\n", "\r\n", "\r"][Int.random(in: 0..<3, using: &random)]
        var paragraphs: [String] = []
        for _ in 0..<Int.random(in: 1...6, using: &random) {
            var text = ""
            for index in 0..<Int.random(in: 1...5, using: &random) {
                if index > 0 { text += Bool.random(using: &random) ? " " : lineEnd }
                text += sentence(tag)
            }
            paragraphs.append(text)
        }
        return paragraphs.joined(separator: lineEnd + lineEnd) + lineEnd
    }
}
