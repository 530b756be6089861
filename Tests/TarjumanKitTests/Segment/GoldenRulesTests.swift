import Foundation
import Testing

@testable import TarjumanKit

/// The English "golden rules" (pragmatic_segmenter / pySBD): the score is printed and must
/// stay at or above pySBD's 50 of 52.
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

    @Test func englishGoldenRulesScoreAtLeastFiftyOfFiftyTwo() throws {
        let cases = SegmentationCase.load("golden_en.json")
        var failures: [String] = []
        for golden in cases {
            let found = try TestData.sentences(golden.input, locale: "en")
            if !Self.matches(found, golden) {
                failures.append("\(golden.id): expected \(golden.expected) got \(found)")
            }
        }
        let score = cases.count - failures.count
        print("English golden rules: \(score)/\(cases.count) exact")
        for failure in failures { print("  FAIL \(failure)") }
        #expect(cases.count == 52)
        #expect(score >= 50, "\(failures.joined(separator: "\n"))")
    }

    @Test func urduGoldenRule() throws {
        for golden in SegmentationCase.load("golden_ur.json") {
            #expect(try TestData.sentences(golden.input, locale: "ur") == golden.expected)
        }
    }
}
