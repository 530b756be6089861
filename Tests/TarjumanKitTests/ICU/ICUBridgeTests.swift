import Foundation
import Testing

@testable import TarjumanKit

@Suite struct ICUBridgeTests {
    @Test func reportsTheLinkedICUVersion() {
        let version = ICULibrary.version
        #expect(version.split(separator: ".").count >= 2, "\(version)")
    }

    @Test(arguments: [
        ("a", "Latn"), ("ک", "Arab"), ("۵", "Arab"), ("5", "Zyyy"), ("\u{064E}", "Zinh"),
    ])
    func classifiesScripts(_ character: String, _ expected: String) throws {
        let scalar = try #require(character.unicodeScalars.first)
        #expect(ICUScript(of: scalar).description == expected)
    }

    /// Letters in and beyond the table (U+3000 on), and what belongs to no script.
    @Test(arguments: [
        ("a", "Latn"), ("ä", "Latn"), ("ک", "Arab"), ("ے", "Arab"), ("क", "Deva"),
        ("あ", "Hira"), ("中", "Hani"), ("𐌰", "Goth"), ("5", nil), ("۵", nil),
        ("\u{064E}", nil), ("\u{200C}", nil), ("!", nil), (" ", nil),
    ])
    func letterScripts(_ character: String, _ expected: String?) throws {
        let scalar = try #require(character.unicodeScalars.first)
        #expect(LetterScript.of(scalar)?.description == expected)
    }

    @Test func sentenceBreakerHonoursSuppressions() throws {
        let plain = try ICUSentenceBreaker(locale: "en", suppressions: [])
        let filtered = try ICUSentenceBreaker(locale: "en", suppressions: ["Mr."])
        let text = Array("Mr. Smith left. He came back.".utf16)
        let plainBreaks = try text.withUnsafeBufferPointer { try plain.boundaries(in: $0) }
        let filteredBreaks = try text.withUnsafeBufferPointer { try filtered.boundaries(in: $0) }
        #expect(Array(plainBreaks) == [4, 16, 29])
        #expect(Array(filteredBreaks) == [16, 29])
    }

    @Test func normalizesWithICU() throws {
        let decomposed = Array("\u{0627}\u{0653}".utf16)
        #expect(try ICUNormalizer.normalize(decomposed, form: .nfc) == Array("\u{0622}".utf16))
        #expect(
            try decomposed.withUnsafeBufferPointer {
                try ICUNormalizer.normalizedPrefix(of: $0, form: .nfc)
            } == 0)
    }

    /// Canary: Foundation's private ICU and the system ICU share a few C++ symbols; Foundation's
    /// locale-sensitive casing must still work with ours linked in.
    @Test func foundationTurkishCasingStillWorks() {
        #expect("i".uppercased(with: Locale(identifier: "tr_TR")) == "İ")
        #expect("i".uppercased(with: Locale(identifier: "en_US")) == "I")
    }

    @Test func propertyTablesFromSetsMatchCodePointByCodePointAnswers() {
        let notNFC = ICUPropertyTable.bmp(.nfcNotYes)
        let differing = (0..<0x10000).filter { unit in
            guard let scalar = Unicode.Scalar(UInt32(unit)) else { return false }
            return notNFC[unit] == ICUNormalizer.isQuickCheckYes(scalar, form: .nfc)
        }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
        #expect(notNFC[0x0344] && notNFC[0x0653] && !notNFC[0x0627] && !notNFC[0x41])
        let marks = ICUPropertyTable.bmp(.combining)
        #expect(marks[0x0301] && marks[0x064B] && marks[0x0670] && !marks[0x0627] && !marks[0x20])
        let folds = ICUPropertyTable.bmp(.changesWhenCaseFolded)
        #expect(folds[0x41] && folds[0x0130] && folds[0x00DF] && !folds[0x61] && !folds[0x06CC])
        // The standard library's own tables agree but for characters of the Unicode versions
        // after this ICU's (36 code points with ICU 72 and Swift 6.2).
        let swiftDiffers = (0..<0x10000).filter { unit in
            guard let scalar = Unicode.Scalar(UInt32(unit)) else { return false }
            return folds[unit] != scalar.properties.changesWhenCaseFolded
                || marks[unit] != (scalar.properties.canonicalCombiningClass.rawValue != 0)
        }
        #expect(swiftDiffers.count < 64, "\(swiftDiffers.prefix(5))")
    }
}

/// Lengths ICU cannot take are errors, not traps.
@Suite struct ICULengthTests {
    @Test func lengthsPastInt32AreErrors() throws {
        #expect(try ICUError.length(12, "x") == 12)
        #expect(throws: ICUError.self) { try ICUError.length(Int(Int32.max) + 1, "segmenting") }
        do {
            _ = try ICUError.length(1 << 31, "segmenting")
        } catch {
            #expect(error.description.contains("too long for ICU while segmenting"))
        }
    }

    @Test func malformedLocaleIdsAreNotWellFormed() {
        #expect(ICULocale.isWellFormed("ur"))
        #expect(ICULocale.isWellFormed("bal_Latn"))
        #expect(ICULocale.isWellFormed("fa-IR"))
        #expect(ICULocale.isWellFormed("ur_PK"))
        for malformed in ["@@@###", "ur@@@@!!", "ur@", "ur@@", "ur_", "ur--PK", "ur PK"] {
            #expect(!ICULocale.isWellFormed(malformed), "\(malformed)")
        }
        #expect(!ICULocale.isWellFormed(""))
    }
}
