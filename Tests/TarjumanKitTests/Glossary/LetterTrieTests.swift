import Testing

@testable import TarjumanKit

/// The letter trie applies a pack's inflection while matching; it must find exactly what a
/// trie of every spelt-out form (``InflectionProfile/forms(of:)``) would.
@Suite struct LetterTrieTests {
    static let profile = InflectionProfile(
        stemmer: nil, suffixes: ["c", "cd", "e"], finals: ["e": ["ec", "d"], "b": ["bb", "a"]],
        prefixes: ["a", "ab", "d"])

    /// A seeded generator, so that a failure comes back on every run.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11 ^ state << 13
        }
    }

    static func word(_ count: Int, _ generator: inout Seeded) -> [Unicode.Scalar] {
        let alphabet = Array("abcde".unicodeScalars)
        return (0..<count).map { _ in alphabet[Int.random(in: 0..<5, using: &generator)] }
    }

    /// Every spelt-out form of each row's renderings, as a brute-force oracle.
    static func spelt(_ rows: [[[Unicode.Scalar]]]) -> [(form: [Unicode.Scalar], row: Int)] {
        rows.enumerated().flatMap { row, renderings in
            renderings.flatMap { rendering in
                profile.forms(of: String(String.UnicodeScalarView(rendering))).map {
                    (Array($0.unicodeScalars), row)
                }
            }
        }
    }

    @Test func matchesWhatEverySpeltOutFormWould() {
        var generator = Seeded(state: 7)
        for _ in 0..<200 {
            let rows = (0..<12).map { _ in
                (0..<Int.random(in: 1...2, using: &generator)).map { _ in
                    Self.word(Int.random(in: 1...4, using: &generator), &generator)
                }
            }
            var trie = LetterTrie(profile: Self.profile)
            for (row, renderings) in rows.enumerated() {
                for rendering in renderings { trie.insert(rendering, entry: row) }
            }
            let forms = Self.spelt(rows)
            let text = Self.word(14, &generator)
            for start in text.indices {
                for limit in [Int.max, 6] {
                    let accept = { (end: Int) in end % 3 != 1 }
                    let fits = forms.filter {
                        $0.row < limit && text[start...].starts(with: $0.form)
                            && accept(start + $0.form.count)
                    }
                    let length = fits.map(\.form.count).max()
                    let expected = length.map { length in
                        (length, Set(fits.filter { $0.form.count == length }.map(\.row)).sorted())
                    }
                    let found = trie.longest(in: text, from: start, below: limit, accept: accept)
                    #expect(
                        found?.0 == expected?.0 && found?.1 == expected?.1, "\(text) at \(start)")
                }
                let wanted: Set<Int> = [0, 5, 11]
                let anyForm = forms.contains {
                    wanted.contains($0.row) && text[start...].starts(with: $0.form)
                }
                #expect(trie.hasForm(of: wanted, in: text, at: start) == anyForm)
            }
        }
    }
}
