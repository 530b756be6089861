import Testing

@testable import TarjumanKit

/// A long text normalised a piece at a time gives what normalising it whole gives: the same
/// text, and the same changes at the same places.
@Suite struct NormalizerPiecesTests {
    /// Words of several scripts with what the packs' rules touch: Arabic kaf, yeh and heh,
    /// tatweel, ZWSP, marks, presentation forms, capitals; CR LF, CR and LF line ends.
    private static let text = {
        let words = [
            "كتاب", "ها", "ہے", "بچّہ", "ـکـ", "ي\u{200B}ك", "ﻻ", "ه\u{0654}", "Straße", "ΣΊΣΥΦΟΣ",
            "नमस्ते", "ٹھیک", "a\u{0301}\u{0316}", "۱۲۳", "١٢٣",
        ]
        let breaks = [" ", " ", "  ", "\r\n", "\n", "\r", " \n", "\r\u{200B}\u{FEFF}\n"]
        var text = ""
        for index in 0..<600 {
            text += words[(index * 7) % words.count] + breaks[(index * 5) % breaks.count]
        }
        return text
    }()

    @Test(arguments: TestData.catalog.tags, [NormalizationLevel.canonical, .orthographic, .key])
    func piecesJoinToTheWhole(_ tag: String, _ level: NormalizationLevel) throws {
        let normalizer = Normalizer(pack: try TestData.pack(tag))
        let whole = try normalizer.normalize(Self.text, to: level)
        var text = ""
        var changes: [NormalizationChange] = []
        var pieces = 0
        var read = 0
        try normalizer.normalize(Self.text, to: level, piecesOf: 50) { piece, start in
            #expect(start.scalarOffset == read)
            read += piece.offsets.originalCount
            text += piece.text
            changes += piece.changes.map { $0.shifted(to: start) }
            pieces += 1
        }
        #expect(normalizer.splitsAtBreaks)
        #expect(pieces > 20 && read == Self.text.unicodeScalars.count)
        #expect(text == whole.text)
        #expect(changes == whole.changes)
    }

    /// An invisible between CR and LF stays, by every path (whole, in pieces, direct): taken
    /// out, it joined two line ends into one (pass 48); elsewhere it goes.
    @Test func anInvisibleBetweenCRAndLFIsKept() throws {
        let normalizer = Normalizer(pack: try TestData.pack("en"))
        let kept = "a\r\u{200B}\u{FEFF}\nb\u{200B}\r\n"
        // The last invisible before the LF stays (the ZWSP goes before the BOM).
        let expected = "a\r\u{FEFF}\nb\r\n"
        let long = String(repeating: "word " + kept, count: 400)
        for recording in [true, false] {
            #expect(try normalizer.normalize(kept, to: .canonical).text == expected)
            var text = ""
            try normalizer.normalize(
                long, to: .canonical, recordingChanges: recording, piecesOf: 50
            ) { piece, _ in text += piece.text }
            #expect(text == String(repeating: "word " + expected, count: 400))
        }
        #expect(try normalizer.normalize(expected, to: .key).text == expected)
    }

    @Test func aPackWhoseRulesReadASpaceIsNormalisedWhole() throws {
        let pack = try TestData.pack("ur")
        let spaced = try LocalePack(
            yaml: """
                tag: xx
                name: Spaced
                script: Arab
                icu_locale: ur
                normalization:
                  nfc: true
                  orthographic:
                    - {id: L1-xx-01, from: "\\u0643 ", to: "\\u06A9 ", note: "kaf before a space"}
                """, file: "xx.yaml")
        #expect(Normalizer(pack: pack).splitsAtBreaks)
        #expect(!Normalizer(pack: spaced).splitsAtBreaks)
        var pieces = 0
        try Normalizer(pack: spaced).normalize(Self.text, to: .orthographic, piecesOf: 50) { _, _ in
            pieces += 1
        }
        #expect(pieces == 1)
    }

    /// A run longer than four pieces with no space or line break is an error at the place it
    /// passes the limit, not a whole-line normalisation that can exhaust memory.
    @Test func aRunWithoutBreaksIsAnError() throws {
        let normalizer = Normalizer(pack: try TestData.pack("ur"))
        let text = "ok\n" + String(repeating: "ه", count: 300)
        #expect(
            throws: Normalizer.PieceError(
                position: SourcePosition(line: 2, column: 201), limit: 200)
        ) {
            try normalizer.normalize(text, to: .orthographic, piecesOf: 50) { _, _ in }
        }
        // At the start of the text the same limit: 200 letters pass, 201 do not.
        try normalizer.normalize(
            String(repeating: "ه", count: 200), to: .orthographic, piecesOf: 50
        ) { _, _ in }
        #expect(
            throws: Normalizer.PieceError(
                position: SourcePosition(line: 1, column: 201), limit: 200)
        ) {
            try normalizer.normalize(
                String(repeating: "ه", count: 201), to: .orthographic, piecesOf: 50
            ) { _, _ in }
        }
        // A long run with nothing to change (a base64 blob, minified JSON) passes whole.
        let blob = "ok\n" + String(repeating: "QUJD", count: 300)
        var pieces: [String] = []
        try normalizer.normalize(blob, to: .orthographic, piecesOf: 50) { piece, _ in
            pieces.append(piece.text)
        }
        #expect(pieces == [blob])
    }
}
