import Foundation
import Testing

@testable import TarjumanKit

/// The committed draft Balochi (Pakistani Arabic script) sample passes every check; copies
/// with planted faults are caught at the right place.
@Suite struct BalochiSampleCheckTests {
    static var balochi: String {
        get throws { try TestData.seed("baloch-uprising.bal-Arab-PK.txt") }
    }

    static func findings(_ target: String) throws -> [Finding] {
        try TranslationCheckTests.findings(target, tag: "bal-Arab-PK")
    }

    static func planted(_ old: String, _ new: String) throws -> String {
        let balochi = try balochi
        #expect(balochi.contains(old), "fixture text changed: \(old)")
        return balochi.replacingOccurrences(of: old, with: new)
    }

    @Test func theCommittedDraftHasNoFindings() throws {
        #expect(try Self.balochi.unicodeScalars.count > 9_000)
        #expect(try !Self.balochi.unicodeScalars.contains("\u{0647}"))
        let found = try Self.findings(try Self.balochi)
        #expect(found.isEmpty, "\(found.map { "\($0.position) \($0.rule) \($0.message)" })")
    }

    @Test func inflectedTermsCountAndAMissingOneIsFound() throws {
        // قومی زلمءِ (genitive) satisfies "national oppression" in p1s1; without it, the term
        // is missing at its place in the English.
        let changed = try Self.planted("قومی زلمءِ ہلاپءَ بازیں", "ہلاپءَ بازیں")
        let found = try Self.findings(changed)
        let missing = try #require(found.first { $0.rule == "term-missing" })
        #expect(missing.file == "en.txt")
        #expect(
            missing.position
                == (try TranslationCheckTests.position(
                    of: "national oppression", in: try TranslationCheckTests.english)))
        #expect(missing.position == SourcePosition(line: 1, column: 138))
        #expect(missing.message.contains("قومی زلم"))
    }

    @Test func anArabicHehAndAWrongYearAreFound() throws {
        let found = try Self.findings(
            try Self.planted("پاکستانءَ زوراکی کنگ بوت۔", "پاکستانءَ زوراکی کنگ بوت ه۔")
                .replacingOccurrences(of: "1948ءَ", with: "۱۹۴۹ءَ"))
        #expect(found.contains { $0.rule == "not-normalised" && $0.file == "bal-Arab-PK.txt" })
        let number = try #require(found.first { $0.rule == "number-mismatch" })
        #expect(number.message.contains("1948"))
    }
}
