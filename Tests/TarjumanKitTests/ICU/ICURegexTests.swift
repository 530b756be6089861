import Foundation
import Testing

@testable import TarjumanKit

/// Project-check patterns run on ICU's engine with a time limit: the same answers as
/// `NSRegularExpression` for ordinary patterns, an error instead of a hang for runaway ones.
@Suite struct ICURegexTests {
    @Test(arguments: [
        ("[a-z]{4,}", "ایک turning point ہے", true), ("[a-z]{4,}", "ایک فیصلہ کن موڑ", false),
        ("\\b1948\\b", "in 1948.", true), ("^جبری", "جبری گمشدگی", true),
        ("گمشدگی$", "گمشدگی ہے", false),
        ("\\p{Arabic}+", "abc د", true), ("(?i)GWADAR", "gwadar", true), ("x|y", "", false),
    ])
    func answersAsNSRegularExpressionDoes(_ pattern: String, _ text: String, _ expected: Bool)
        throws
    {
        #expect(try ICURegex(pattern).matches(text, "a test") == expected)
        let foundation = try NSRegularExpression(pattern: pattern)
        let range = NSRange(text.startIndex..., in: text)
        #expect((foundation.firstMatch(in: text, range: range) != nil) == expected)
    }

    @Test func anInvalidPatternIsRefused() {
        #expect(throws: ICUError.self) { try ICURegex("(unclosed") }
        #expect(CustomCheck.problem(in: "(unclosed") != nil)
        #expect(CustomCheck.problem(in: "[a-z]+") == nil)
    }

    /// Exponential backtracking stops at the limit with an error that says so.
    @Test func aRunawayPatternStopsWithAnError() throws {
        let regex = try ICURegex("(a|a)+$|hello")
        #expect {
            try regex.matches(String(repeating: "a", count: 60) + "! Hello there.", "checking x")
        } throws: { error in
            guard let error = error as? ICUError else { return false }
            return error.isRunaway && error.description.contains("while checking x")
        }
    }

    /// A runaway source pattern names the source sentence, a target pattern the translation.
    @Test func aRunawayProjectCheckNamesTheSideItRanOn() throws {
        let pack = try TestData.pack("en")
        let runaway = "(a|a)+$|hello"
        for (source, must, place) in [(runaway, "x", "en.txt:1:1"), (nil, runaway, "ur.txt:2:3")] {
            let check = try CompiledCustomCheck(
                CustomCheck(
                    id: "redos", severity: .warning, message: "m", source: source,
                    targetMust: must, targetMustNot: nil),
                source: Normalizer(pack: pack), target: Normalizer(pack: pack))
            let text = String(repeating: "a", count: 60) + "! hello there."
            #expect {
                _ = try check.fails(
                    sourceKey: text, targetKey: text, at: "en.txt:1:1", "ur.txt:2:3")
            } throws: { error in
                "\(error)".contains("matching project check 'redos' on the sentence at \(place)")
            }
        }
    }
}
