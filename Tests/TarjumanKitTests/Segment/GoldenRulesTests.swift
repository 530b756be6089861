import Foundation
import Testing

@testable import TarjumanKit

/// The English "golden rules" (pragmatic_segmenter / pySBD): the score is printed and must
/// stay at or above pySBD's 50 of 52 (Tarjuman: all 52).
@Suite struct GoldenRulesTests {
    /// Compares sentences; cases whose expected output is not a strict partition of the
    /// input (unwrapped lines) compare with runs of white space collapsed.
    static func matches(_ found: [String], _ golden: SegmentationCase) -> Bool {
        let squash = { (text: String) in
            text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        if golden.strictPartition == false {
            return found.map(squash) == golden.expected.map(squash)
        }
        return found == golden.expected
    }

    @Test func englishGoldenRulesScoreFiftyOneOfFiftyTwoAsTheREADMESays() throws {
        let cases = SegmentationCase.load("golden_en.json")
        var failures: [String] = []
        for golden in cases {
            let found = try TestData.sentences(golden.input, locale: "en")
            if !Self.matches(found, golden) {
                failures.append("\(golden.id): expected \(golden.expected) got \(found)")
            }
        }
        let score = cases.count - failures.count
        let plain = try cases.filter { Self.matches(try Self.plainICUSentences($0.input), $0) }
            .count
        print(
            "English golden rules: Tarjuman \(score)/\(cases.count) exact; plain ICU \(plain)/\(cases.count)"
        )
        for failure in failures { print("  FAIL \(failure)") }
        #expect(cases.count == 52)
        #expect(score == 52, "\(failures.joined(separator: "\n"))")
    }

    /// ICU's own sentence iterator with no rules of ours, for comparison.
    static func plainICUSentences(_ text: String) throws -> [String] {
        let breaker = try ICUSentenceBreaker(locale: "en", suppressions: [])
        let units = Array(text.utf16)
        let ends = try units.withUnsafeBufferPointer { Array(try breaker.boundaries(in: $0)) }
        var start = 0
        var sentences: [String] = []
        for end in ends.map(Int.init) {
            let piece = String(decoding: units[start..<end], as: UTF16.self)
            let trimmed = piece.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty { sentences.append(trimmed) }
            start = end
        }
        return sentences
    }

    @Test func urduGoldenRule() throws {
        for golden in SegmentationCase.load("golden_ur.json") {
            #expect(try TestData.sentences(golden.input, locale: "ur") == golden.expected)
        }
    }
}
