import Testing

@testable import TarjumanKit

/// Web addresses are recognised by one pass over the token's UTF-16 units; the answers must
/// be those of a plain reading of the token as text.
@Suite struct WebAddressTests {
    /// The plain reading: `://`, `www.` (any case) or `@` anywhere; else a dotted name
    /// between its first and last letters, no part empty, ending in a common domain.
    static func plainlyAnAddress(_ token: String) -> Bool {
        let lower = token.lowercased()
        if lower.contains("://") || lower.contains("www.") || token.contains("@") { return true }
        guard token.contains(where: { $0 == "." || $0 == ":" }) else { return false }
        let scalars = Array(token.unicodeScalars)
        guard let first = scalars.firstIndex(where: \.properties.isAlphabetic),
            let last = scalars.lastIndex(where: \.properties.isAlphabetic)
        else { return false }
        let parts = String(String.UnicodeScalarView(scalars[first...last]))
            .split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty }), let domain = parts.last
        else { return false }
        return ["com", "org", "net", "pk", "info"].contains(domain.lowercased())
    }

    @Test func oneReadingAgreesWithThePlainOne() {
        var state: UInt64 = 11
        let pieces = ["w", "W", ".", ":", "/", "@", "com", "Org", "pk", "a", "ا", "۔", "x1"]
        for _ in 0..<5_000 {
            var token = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1
            for _ in 0..<(Int(state >> 60) % 9) {
                state = state &* 6_364_136_223_846_793_005 &+ 1
                token += pieces[Int(state >> 33) % pieces.count]
            }
            let units = Array(token.utf16)
            let found = units.withUnsafeBufferPointer {
                WebAddress.isAddress($0, around: $0.count / 2)
            }
            #expect(found == Self.plainlyAnAddress(token), "\(token)")
        }
    }

    @Test(arguments: [
        ("https://x.org/a", true), ("WWW.example", true), ("ann@x", true), ("Newsfeed.Com", true),
        ("a..com", false), ("end.", false), ("ا.ا.ا", false), ("file:name", false),
    ])
    func addresses(_ token: String, _ expected: Bool) {
        let units = Array(token.utf16)
        #expect(units.withUnsafeBufferPointer { WebAddress.isAddress($0, around: 0) } == expected)
    }
}
