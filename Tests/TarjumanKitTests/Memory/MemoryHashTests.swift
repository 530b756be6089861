import Testing

@testable import TarjumanKit

/// The white space and normal form a unit's identity ignores, and nothing more.
@Suite struct MemoryHashTests {
    /// Each run of White_Space scalars is one space, ends trimmed, every other scalar kept;
    /// checked against splitting at those scalars on seeded random text of spaces, marks,
    /// line breaks and letters.
    @Test func collapsingSpaceMatchesSplittingAtWhiteSpaceScalars() {
        let pieces: [String] = [
            "a", "ب", " ", "  ", "\t", "\r\n", "\n", "\u{A0}", "\u{2009}", "\u{3000}", "\u{301}",
            "\u{200C}", "\u{0600}", "\u{1F3FB}", "é", "۔",
        ]
        var random = SeededRandom(seed: 7)
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...12, using: &random)).map { _ in
                pieces[Int.random(in: 0..<pieces.count, using: &random)]
            }.joined()
            let expected = text.unicodeScalars
                .split(whereSeparator: { $0.properties.isWhitespace })
                .map { String(String.UnicodeScalarView($0)) }
                .joined(separator: " ")
            #expect(text.collapsingWhiteSpace() == expected, "\(text.debugDescription)")
        }
    }

    /// A combining mark after a space is kept: `a \u{301}` is not `a` (splitting at
    /// white-space characters dropped the mark with the space it follows).
    @Test func aMarkAfterASpaceIsKept() {
        #expect("a \u{301}".collapsingWhiteSpace() == "a \u{301}")
        #expect(
            MemoryHash.unit(keyHash: 1, source: "a \u{301}", target: "x")
                != MemoryHash.unit(keyHash: 1, source: "a", target: "x"))
    }

    /// The source hash prepared files carry is fixed: a change to it would make every file
    /// already prepared fail as edited. (The value: FNV-1a 64 of `p1s1`, U+001F and the NFC
    /// source with its spaces collapsed, its halves XORed; checked by hand in Python.)
    @Test func theSourceHashOfPreparedFilesIsFixed() {
        let segment = TranslationSegment(id: "p1s1", source: "Cafe\u{301}  one.", after: "")
        #expect(segment.sourceHash == "hdcaad20c")
        #expect(
            TranslationSegment(id: "p1s2", source: segment.source, after: "").sourceHash
                != segment.sourceHash)
    }

    /// Texts in NFC and out of it give one hash, Urdu with its marks included.
    @Test func normalFormsGiveOneHash() {
        let pairs = [
            ("Caf\u{E9}", "Cafe\u{301}"), ("\u{622}ج", "\u{627}\u{653}ج"),
            ("\u{6C2}", "\u{6C1}\u{654}"),
        ]
        for (composed, decomposed) in pairs {
            #expect(
                MemoryHash.unit(keyHash: 1, source: composed, target: composed)
                    == MemoryHash.unit(keyHash: 1, source: decomposed, target: decomposed))
        }
    }
}
