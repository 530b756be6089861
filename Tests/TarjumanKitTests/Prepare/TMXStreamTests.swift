import Foundation
import Testing

@testable import TarjumanKit

/// A TMX larger than Tarjuman reads whole (64 MB) is read as a stream, unit by unit, with the
/// same safety checks and the same pairs.
@Suite struct TMXStreamTests {
    static let units = (1...7).map { number in
        """
        <tu creationdate="20260101T000000Z"><tuv xml:lang="en"><seg>Sentence \(number).</seg></tuv>\
        <tuv xml:lang="ur"><seg>جملہ \(number)۔</seg></tuv></tu>
        """
    }

    /// Writes `text` to a new temporary file and returns its path.
    static func file(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tarjuman-stream-\(UUID().uuidString).tmx"
        ).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func tmx(_ body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE tmx SYSTEM "tmx14.dtd">
        <tmx version="1.4"><header srclang="en"/><body>
        \(body)
        </body></tmx>
        """
    }

    @Test func aStreamedFileGivesTheSamePairsInBatches() throws {
        let body =
            Self.units.joined(separator: "\n")
            + #"<tu><tuv xml:lang="en"><seg>Only English.</seg></tuv></tu>"#
        let path = try Self.file(Self.tmx(body))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let whole = try TMX.read(path: path, source: "en", target: "ur")
        for limit in [0, Int.max] {
            var batches: [[TranslationPair]] = []
            let skipped = try TMX.stream(
                path: path, source: "en", target: "ur", batch: 3, wholeUpTo: limit
            ) { (pairs: [TranslationPair]) throws(ExchangeError) in batches.append(pairs) }
            #expect(batches.map(\.count) == [3, 3, 1], "limit \(limit)")
            #expect(batches.flatMap { $0 } == whole.pairs)
            #expect(skipped == 1)
        }
        #expect(whole.pairs.last?.target == "جملہ 7۔")
        #expect(whole.pairs.first?.created == "20260101T000000Z")
    }

    /// Every distinct source variant and translation of a unit is a pair, the first two's
    /// last (pass 21 kept the first English variant only); variants differing in white
    /// space alone are one.
    @Test func everySourceVariantOfAUnitGivesPairs() throws {
        let path = try Self.file(
            Self.tmx(
                """
                <tu><tuv xml:lang="en"><seg>Colour.</seg></tuv><tuv xml:lang="en-US"><seg>Color.</seg></tuv>\
                <tuv xml:lang="en"><seg>Colour. </seg></tuv><tuv xml:lang="ur"><seg>رنگ۔</seg></tuv>\
                <tuv xml:lang="ur-PK"><seg>رنگت۔</seg></tuv></tu>
                """))
        defer { try? FileManager.default.removeItem(atPath: path) }
        for limit in [0, Int.max] {
            var pairs: [TranslationPair] = []
            _ = try TMX.stream(path: path, source: "en", target: "ur", wholeUpTo: limit) {
                (batch: [TranslationPair]) throws(ExchangeError) in pairs += batch
            }
            #expect(
                pairs.map { "\($0.source) \($0.target)" } == [
                    "Color. رنگت۔", "Color. رنگ۔", "Colour. رنگت۔", "Colour. رنگ۔",
                ], "limit \(limit)")
        }
    }

    @Test func aStreamedFileIsCheckedLikeASmallOne() throws {
        let cases: [(text: String, message: String)] = [
            (
                "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [\n<!ENTITY x \"y\">]>\n<tmx/>",
                "refused: the XML declares entities"
            ),
            (
                Self.tmx("<tu><tuv><seg>no language</seg></tuv></tu>"),
                "needs an xml:lang attribute naming its language: add one"
            ),
            // An empty language is none either (pass 68: skipped as a unit without Urdu).
            (
                Self.tmx("<tu><tuv xml:lang=\" \"><seg>no language</seg></tuv></tu>"),
                "or delete this <tu>"
            ),
            (Self.tmx("<tu><tuv xml:lang=\"en\"><seg>open"), "malformed XML"),
            // A <tu> outside <body> is an error, whichever way the file is read.
            (
                Self.tmx("").replacingOccurrences(
                    of: "</tmx>",
                    with: #"<tu><tuv xml:lang="en"><seg>Out.</seg></tuv></tu></tmx>"#),
                "<tu> outside <body>"
            ),
            ("<?xml version=\"1.0\"?><html><body>\n</body></html>", "is this a TMX file?"),
            (
                "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><tmx/>",
                "declares encoding=\"ISO-8859-1\""
            ),
        ]
        for (text, message) in cases {
            // Good units first, in more than one batch: none is handed over when the file
            // turns out bad further on.
            let path = try Self.file(
                text.replacingOccurrences(
                    of: "<body>\n", with: "<body>\n" + Self.units.joined(separator: "\n")))
            defer { try? FileManager.default.removeItem(atPath: path) }
            var handedOver = 0
            #expect {
                _ = try TMX.stream(
                    path: path, source: "en", target: "ur", batch: 2, wholeUpTo: 0
                ) { (pairs: [TranslationPair]) throws(ExchangeError) in handedOver += pairs.count }
            } throws: { error in
                "\(error)".contains(message) && "\(error)".hasPrefix(path)
            }
            #expect(handedOver == 0, "\(message)")
            // Read whole, the same file gives the same error.
            #expect {
                _ = try TMX.read(path: path, source: "en", target: "ur")
            } throws: { error in
                "\(error)".contains(message)
            }
        }
    }

    @Test func sourceDateEpochFixesTheDate() throws {
        #expect(try TMX.now(environment: ["SOURCE_DATE_EPOCH": "0"]) == "19700101T000000Z")
        #expect(
            try TMX.now(environment: ["SOURCE_DATE_EPOCH": "253402300799"]) == "99991231T235959Z")
        #expect(try TMX.now(environment: ["SOURCE_DATE_EPOCH": ""]).count == 16)
        #expect(try TMX.now(environment: [:]).count == 16)
    }

    /// Reproducible builds ask a tool to fail on a malformed `SOURCE_DATE_EPOCH`, not to
    /// fall back to the clock; a year past 9999 cannot be written as a TMX date.
    /// The value is echoed short, with control characters escaped (it may hold anything).
    @Test func aMalformedSourceDateEpochIsShownSafely() {
        let message = ExchangeError.sourceDateEpoch(
            "\u{1B}[31m" + String(repeating: "9", count: 5000)
        )
        .description
        #expect(message.contains("'\\u{1B}[31m999"))
        #expect(!message.contains("\u{1B}"))
        #expect(message.count < 300)
    }

    @Test(arguments: ["soon", "-1", "+5", " 5", "1.5", "253402300800", "99999999999999999999"])
    func malformedSourceDateEpochIsAnError(_ value: String) {
        #expect(throws: ExchangeError.sourceDateEpoch(value)) {
            try TMX.now(environment: ["SOURCE_DATE_EPOCH": value])
        }
    }

    /// What the scan finds does not depend on where the chunks end.
    @Test func theSafetyScanFindsTheSameProblemsWhateverTheChunks() throws {
        // Each text and the start of what it is refused for (nil: accepted).
        let texts: [(String, String?)] = [
            ("<a>\nطلبہ\n<!DOCTYPE x [ ]><b/>", "refused: the XML declares entities"),
            ("<a>\n\n  <!entity x 'y'>", "refused: the XML declares entities"),
            ("<a>جملہ\u{0}</a>", "NUL byte"),
            ("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx>ٹھیک</tmx>", nil),
            (
                "<?xml version=\"1.0\"?>\n<tmx>\n  <?xml-stylesheet href=\"a\"?><?x ?><?target-name?>",
                "refused: a processing instruction"
            ),
            // A refusal before a bad byte is found first, whatever the chunks.
            ("<?x?>0123456789\u{0}", "refused: a processing instruction"),
            ("<!ENTITY a 'b'>\u{0}", "refused: the XML declares entities"),
            // A comment opener in a processing instruction's data or a DOCTYPE literal hides
            // nothing from the scan.
            (
                "<?xml version=\"1.0\"?><?a <!--?><!DOCTYPE t [<!ENTITY a \"x\">]><t>&a;</t>",
                "refused: the XML declares entities"
            ),
            (
                "<!DOCTYPE t SYSTEM \"<!--\" [<!ENTITY a \"x\">]><t>&a;</t>",
                "refused: the XML declares entities"
            ),
        ]
        for (text, refusal) in texts {
            let bytes = Array(text.utf8)
            var whole = XMLSafetyScan()
            let expected = Result { () throws(XMLFailure) in try whole.feed(bytes, final: true) }
            let refusedAsExpected =
                if let failure = expected.failure {
                    refusal.map { failure.message.hasPrefix($0) } ?? false
                } else {
                    refusal == nil
                }
            #expect(refusedAsExpected, "\(text)")
            for size in 1...bytes.count {
                var scan = XMLSafetyScan()
                let result = Result { () throws(XMLFailure) in
                    for start in stride(from: 0, to: bytes.count, by: size) {
                        try scan.feed(Array(bytes[start..<min(start + size, bytes.count)]))
                    }
                    try scan.feed([], final: true)
                }
                #expect(
                    result.failure?.position == expected.failure?.position,
                    "\(text) in chunks of \(size)")
                #expect(result.failure?.message == expected.failure?.message)
            }
        }
        // Attributes are counted per start tag at their `=`, not in values, text or
        // comments, whatever the chunks (pass 22: 200,000 took the parser 24 s).
        let counted =
            "<t " + (1...256).map { "a\($0)='=\"'" }.joined(separator: " ") + "><u b=\"=\"/>"
            + String(repeating: "=", count: 300) + "<!-- " + String(repeating: "c=1 ", count: 300)
            + "--></t>"
        // An open quote after a `<` in a comment or CDATA does not hide the next tag's
        // attributes (pass 22).
        let hidden = [
            "<t><!--- <x don't -->\n <ب ", "<t><s><![CDATA[Press <Enter\" on]]></s>\n <ب ",
        ].map { $0 + String(repeating: "a=\"1\" ", count: 257) + "/></t>" }
        let crowded = "<t>\n <ب " + String(repeating: "a=\"1\"\n", count: 257) + "/></t>"
        for size in [1, 2, 7, 64, 1 << 20] {
            func scan(_ text: String) throws(XMLFailure) {
                var scan = XMLSafetyScan()
                let bytes = Array(text.utf8)
                for start in stride(from: 0, to: bytes.count, by: size) {
                    try scan.feed(Array(bytes[start..<min(start + size, bytes.count)]))
                }
                try scan.feed([], final: true)
            }
            try scan(counted)
            for text in [crowded] + hidden {
                #expect {
                    try scan(text)
                } throws: { error in
                    (error as? XMLFailure)?.position == SourcePosition(line: 2, column: 2)
                        && (error as? XMLFailure)?.message.hasPrefix(
                            "an element with more than 256 attributes") == true
                }
            }
        }
        // A processing instruction without data is refused where it starts; with data, or
        // with white space after its target, it passes.
        var refused = XMLSafetyScan()
        #expect {
            try refused.feed(Array("<?xml version=\"1.0\"?>\n<a>ب <?x?></a>".utf8), final: true)
        } throws: { error in
            (error as? XMLFailure)?.position == SourcePosition(line: 2, column: 6)
                && (error as? XMLFailure)?.message.contains("processing instruction") == true
        }
        var passed = XMLSafetyScan()
        try passed.feed(
            Array("<?xml version=\"1.0\"?><?s href='a'?><a><?x ?>?></a>".utf8), final: true)
        // LF, CR LF and a lone CR each end a line.
        for breaks in ["\n", "\r\n", "\r"] {
            var scan = XMLSafetyScan()
            let text = "<a>" + breaks + "ب" + breaks + "  <!entity x 'y'>"
            #expect {
                for byte in Array(text.utf8) { try scan.feed([byte]) }
                try scan.feed([], final: true)
            } throws: { error in
                (error as? XMLFailure)?.position == SourcePosition(line: 3, column: 3)
            }
        }
    }
}

extension Result {
    /// The error, if this is a failure.
    fileprivate var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
