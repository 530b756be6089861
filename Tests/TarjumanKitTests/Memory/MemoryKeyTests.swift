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
