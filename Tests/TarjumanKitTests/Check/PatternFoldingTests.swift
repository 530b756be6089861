import Foundation
import Testing

@testable import TarjumanKit

@Suite struct PatternFoldingTests {
    /// Folds as the key level does for these tests: lower case, and the fullwidth full stop
    /// to an ASCII one (which is regex syntax and must come out escaped).
    static func fold(_ pattern: String) -> String {
        PatternFolding.fold(pattern) { $0.lowercased().replacingOccurrences(of: "．", with: ".") }
    }

    @Test func escapesKeepTheirLettersAndCase() {
        #expect(Self.fold(#"\D+ AND \W"#) == #"\D+ and \W"#)
        #expect(Self.fold(#"\p{Lu}X\P{Nd}"#) == #"\p{Lu}x\P{Nd}"#)
        #expect(
            Self.fold(#"\x{0628}A\x41B\u0041C\N{LATIN SMALL LETTER A}"#)
                == #"\x{0628}a\x41b\u0041c\N{LATIN SMALL LETTER A}"#)
        #expect(Self.fold(#"(?<Year>\d{4})-\k<Year>"#) == #"(?<Year>\d{4})-\k<Year>"#)
        #expect(Self.fold(#"(?i:ABC)(?<=X)"#) == #"(?i:abc)(?<=x)"#)
    }

    @Test func literalTextIsFoldedAndSyntaxItMakesIsEscaped() {
        #expect(Self.fold("[A-Z]{2,3}|Mr．") == #"[a-z]{2,3}|mr\."#)
        #expect(Self.fold(#"\QA.B\E C\QD"#) == #"\Qa.b\E c\Qd"#)
        #expect(PatternFolding.fold(#"\QA\E"#) { _ in #"\E"# } == #"\\E"#)
        #expect(Self.fold(#"trailing \"#) == #"trailing \"#)
    }

    /// Folding that changes nothing gives the pattern back exactly, whatever its syntax
    /// (10,000 random patterns of escapes, groups, sets, quotes and letters, some unfinished).
    @Test func anIdentityFoldGivesEveryPatternBack() {
        let pieces = [
            "\\", "\\Q", "\\E", "\\p{", "\\x", "\\u00", "\\k<", "(?", "(?<", "(", ")", "[", "]",
            "{", "}", "-", "a", "B", "ی", "ي", "0", "7", ":", "=", "!", ">", "<", " ", "．",
            "\u{0C}",
        ]
        var random = SeededRandom(seed: 29)
        for _ in 0..<10_000 {
            let pattern = (0..<Int.random(in: 0...12, using: &random)).map { _ in
                pieces[Int.random(in: 0..<pieces.count, using: &random)]
            }.joined()
            #expect(PatternFolding.fold(pattern) { $0 } == pattern, "\(pattern)")
        }
    }
}
