import Testing

@testable import TarjumanKit

/// The ASCII shortcut of memory tokens answers as Unicode's properties do.
@Suite struct MemoryTokenScalarTests {
    @Test func asciiIsCutAsTheUnicodePropertiesCutIt() {
        for value in UInt32(0)..<0x80 {
            let scalar = Unicode.Scalar(value)!
            let slow =
                scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || ScalarText.isMark(scalar)
            #expect(MemoryKey.isTokenScalar(scalar) == slow, "U+\(String(value, radix: 16))")
        }
        #expect(MemoryKey.isTokenScalar("ی") && MemoryKey.isTokenScalar("\u{064E}"))
        #expect(!MemoryKey.isTokenScalar("۔"))
    }
}

/// A memory keeps what TMX can carry: a unit holds no character XML cannot (a BEL), and a
/// sentence with one is spelled as its unit is for an exact match (pass 31).
@Suite struct MemoryUnitCarriedTests {
    @Test func controlCharactersAreLeftOutAsTMXLeavesThemOut() throws {
        let unit = MemoryUnit(source: "Bell\u{7} here.", target: "گھنٹی\u{1B}۔", origin: "x")
        #expect(unit.source == "Bell here." && unit.target == "گھنٹی۔")
        let normalizer = Normalizer(pack: try TestData.pack("en"))
        #expect(
            try CandidateRanking.spelling(of: "Bell\u{7} here.", normalizer: normalizer)
                == CandidateRanking.spelling(of: "Bell here.", normalizer: normalizer))
    }
}

/// A control character inside a word keys as the unit stored without it (review of pass 31:
/// `Hel\u{7}lo` was two tokens in a lookup, one in the store).
@Suite struct MemoryKeyCarriedTests {
    @Test func aControlCharacterInsideAWordDoesNotSplitIt() throws {
        let normalizer = Normalizer(pack: try TestData.pack("en"))
        #expect(
            try MemoryKey("Hel\u{7}lo world.", normalizer: normalizer)
                == MemoryKey("Hello world.", normalizer: normalizer))
    }
}
