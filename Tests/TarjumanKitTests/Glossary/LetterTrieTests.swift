import Testing

@testable import TarjumanKit

/// The letter trie applies a pack's inflection while matching; it must find exactly what a
/// trie of every spelt-out form would, with each prefix, suffix and ending written together
/// with the rendering (not across a space) and the form ending at a word's end.
@Suite struct LetterTrieTests {
    static let profile = InflectionProfile(
        stemmer: nil, suffixes: ["c", "cd", "e"],
        finals: ["e": ["ec", "d"], "b": ["bb", "a"], "ab": ["c"]],
        prefixes: ["a", "ab", "d"])

    /// A seeded generator, so that a failure comes back on every run.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11 ^ state << 13
        }
    }

    static func word(_ count: Int, _ alphabet: String, _ generator: inout Seeded)
        -> [Unicode.Scalar]
    {
        let scalars = Array(alphabet.unicodeScalars)
        return (0..<count).map { _ in scalars[Int.random(in: 0..<scalars.count, using: &generator)]
        }
    }

    /// One spelt-out form: its letters, its row, where its rendering starts and ends inside
    /// it (after the prefix; before the suffix or ending), and the positions where the
    /// rendering's words are apart (a space before that letter).
    struct Form {
        let letters: [Unicode.Scalar]
        let row: Int
        let core: Range<Int>
        let apart: Set<Int>
    }

    /// A rendering as the trie takes it (spaces between its words).
    static func compact(_ rendering: [Unicode.Scalar]) -> CompactText {
        CompactText(key: rendering, isWordCharacter: { $0 != " " })
    }

    static func spelt(_ rows: [[[Unicode.Scalar]]]) -> [Form] {
        rows.enumerated().flatMap { row, renderings in
            renderings.flatMap { written -> [Form] in
                let compact = compact(written)
                let rendering = compact.letters
                let apart = Set(rendering.indices.filter { compact.isApart($0) })
                var bodies = [(rendering, rendering.count)]
                bodies += profile.suffixes.map { (rendering + $0.unicodeScalars, rendering.count) }
                // Finals of one or two letters, written together with the rest.
                for (final, endings) in profile.finals {
                    let letters = Array(final.unicodeScalars)
                    guard rendering.count >= letters.count,
                        rendering.suffix(letters.count).elementsEqual(letters),
                        !(rendering.count - letters.count..<rendering.count).contains(
                            where: apart.contains)
                    else { continue }
                    bodies += endings.map {
                        (
                            rendering.dropLast(letters.count) + $0.unicodeScalars,
                            rendering.count - letters.count
                        )
                    }
                }
                return ([""] + profile.prefixes).flatMap { prefix in
                    bodies.map { body, coreLength in
                        let prefixLength = prefix.unicodeScalars.count
                        return Form(
                            letters: Array(prefix.unicodeScalars) + body, row: row,
                            core: prefixLength..<(prefixLength + coreLength),
                            apart: Set(apart.map { $0 + prefixLength }))
                    }
                }
            }
        }
    }

    @Test func matchesWhatEverySpeltOutFormWould() {
        var generator = Seeded(state: 7)
        for _ in 0..<200 {
            // Renderings of one or two words.
            let rows = (0..<12).map { _ in
                (0..<Int.random(in: 1...2, using: &generator)).map { _ in
                    let words = (0..<Int.random(in: 1...2, using: &generator)).map { _ in
                        Self.word(Int.random(in: 1...3, using: &generator), "abcde", &generator)
                    }
                    return Array(words.joined(separator: [" "]))
                }
            }
            let trie = LetterTrie(
                profile: Self.profile,
                renderings: rows.enumerated().flatMap { row, renderings in
                    renderings.map { (rendering: Self.compact($0), entry: row) }
                })
            let forms = Self.spelt(rows)
            // Spaces, a character that is no word character, and dropped ZWNJs in the text.
            let key = Self.word(18, "abcdeaabbc -", &generator)
            let text = CompactText(
                key: key, isWordCharacter: { $0 != "-" },
                separated: Set(
                    key.indices.filter { _ in Int.random(in: 0..<8, using: &generator) == 0 }))
            let letters = text.letters
            func fits(_ form: Form, at start: Int) -> Bool {
                let end = start + form.letters.count
                guard end <= letters.count, letters[start..<end].elementsEqual(form.letters),
                    text.wordEnd[end]
                else { return false }
                // The prefix, suffix or ending written together with the rendering.
                let together = { (position: Int) in
                    start + position == start || text.joined[start + position]
                }
                // Words apart in the text (a space or a ZWNJ) where the rendering's are, or
                // inside a word of it with two of its letters on each side, counted to the
                // word's ends and to the text's other spaces in it.
                let inside = form.core.dropFirst()
                let spaces = inside.filter {
                    text.isApart(start + $0) && !form.apart.contains($0)
                }
                let cuts = ([form.core.lowerBound, form.core.upperBound] + form.apart + spaces)
                    .sorted()
                let spaceable = spaces.allSatisfy { space in
                    let index = cuts.firstIndex(of: space)!
                    return space - cuts[index - 1] >= LetterTrie.apartLetters
                        && cuts[index + 1] - space >= LetterTrie.apartLetters
                }
                return (form.core.lowerBound == 0 || together(form.core.lowerBound))
                    && (form.core.upperBound == form.letters.count
                        || form.core.isEmpty || together(form.core.upperBound))
                    && spaceable
            }
            for start in letters.indices {
                for limit in [Int.max, 6] {
                    let found = forms.filter { $0.row < limit && fits($0, at: start) }
                    let length = found.map(\.letters.count).max()
                    let expected = length.map { length in
                        (
                            length,
                            Set(found.filter { $0.letters.count == length }.map(\.row)).sorted()
                        )
                    }
                    let got = trie.longest(in: text, from: start, below: limit)
                    #expect(
                        got?.0 == expected?.0 && got?.1 == expected?.1, "\(letters) at \(start)")
                }
                let wanted: Set<Int> = [0, 5, 11]
                let anyForm = forms.contains { wanted.contains($0.row) && fits($0, at: start) }
                #expect(trie.hasForm(of: wanted, in: text, at: start) == anyForm)
            }
        }
    }

    /// A suffix across a space is another word (حق أن is no form of حق); a rendering inside
    /// a longer word is not found (حق in حقیقت).
    @Test func formsStayInsideTheirWord() {
        let trie = LetterTrie(
            profile: Self.profile, renderings: [(Self.compact(Array("ab".unicodeScalars)), 0)])
        let spaced = CompactText(key: Array("ab c".unicodeScalars), isWordCharacter: { $0 != " " })
        #expect(trie.longest(in: spaced, from: 0, below: .max)?.0 == 2)
        let longer = CompactText(key: Array("abd".unicodeScalars), isWordCharacter: { _ in true })
        #expect(trie.longest(in: longer, from: 0, below: .max) == nil)
        #expect(!trie.hasForm(of: [0], in: longer, at: 0))
    }
}
