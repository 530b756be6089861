import Foundation
import Testing

@testable import TarjumanKit

/// XML read from a file or pipe: small sources whole, large ones parsed as they are read.
@Suite struct XMLSourceTests {
    /// `<r>` holding `count` entries `<e n="i">…</e>`, one a line, with `end` as line end.
    static func document(entries count: Int, end: String = "\r\n", tail: String = "") -> [UInt8] {
        var text = "<?xml version=\"1.0\"?>\(end)<r>\(end)"
        for index in 0..<count {
            text += "<e n=\"\(index)\">entry \(index) بلوچستان</e>\(end)"
        }
        return Array((text + tail + "</r>\(end)").utf8)
    }

    /// The entries of `input` as (n, line, text), and the root's name.
    static func entries(_ input: XMLInput) throws(XMLReadFailure) -> ([String], String?) {
        var seen: [String] = []
        let root = try SafeXML.parse(input, detaching: ["e"]) { element, _ in
            seen.append(
                "\(element.attributes["n"] ?? "") \(element.position.line) \(element.allText)")
            return true
        }
        return (seen, root?.name)
    }

    /// Over 9 MB, in chunks whose ends split CR LF pairs and UTF-8 sequences: the same
    /// entries, lines and text as the bytes parsed in memory, without holding the source.
    @Test func aLargeSourceIsParsedAsItIsRead() throws {
        let bytes = Self.document(entries: 260_000)
        #expect(bytes.count > SafeXML.wholeBytes)
        let streamed = try Self.entries(
            .source(.memory(bytes, name: "big.xml", chunkSize: 1_000_003)))
        #expect(streamed.0.count == 260_000 && streamed.1 == "r")
        #expect(streamed.0.first == "0 3 entry 0 بلوچستان")
        #expect(streamed.0.last == "259999 260002 entry 259999 بلوچستان")
        #expect(try Self.entries(.bytes(Data(bytes))).0 == streamed.0)
    }

    /// The mistakes an edited file makes are said in words at their place (pass 46: a
    /// doubled attribute, `&nbsp;`, a bare `<` and `AT&T` were all "check that every tag is
    /// closed").
    /// A stray `<` or `&` and a wrong closing tag are placed at their first character, where
    /// the parser reported them after it (pass 51).
    @Test(
        arguments: [
            ("<a id=\"1\" id=\"1\"/>", "an attribute given twice", nil),
            ("<a>x&nbsp;y</a>", "an entity XML does not define", 5),
            ("<a>x < y</a>", "a < or & that starts no tag or reference", 6),
            ("<a>Tom & Jerry</a>", "a < or & that starts no tag or reference", 8),
            ("<r>\n<a>بلوچ & y</a></r>", "a < or & that starts no tag or reference", 9),
            ("<a>AT&T b</a>", "an & that starts no character reference", 6),
            ("<a><b></a>", "a closing tag that is not the one", 7),
            ("<a b=1/>", "an attribute whose value is not in quotes", nil),
            // Pass 60: a file cut short and an undeclared prefix.
            ("<a><b>x</b>", "the file ends before its elements are closed", nil),
            ("<a tj:layout=\"1\"/>", "a prefix (such as tj:) used without", nil),
        ] as [(String, String, Int?)])
    func editingMistakesAreSaidInWords(_ xml: String, _ problem: String, _ column: Int?) {
        #expect {
            _ = try SafeXML.parse(Data(xml.utf8))
        } throws: { error in
            guard let failure = error as? XMLFailure else { return false }
            #expect(column == nil || failure.position.column == column, "\(failure.position)")
            return failure.message.hasPrefix("malformed XML: \(problem)")
        }
    }

    /// An empty file says it holds no element (pass 60: "check that every tag is closed").
    @Test func anEmptyFileHoldsNoElement() {
        #expect {
            _ = try SafeXML.parse(Data())
        } throws: { error in
            (error as? XMLFailure)?.message == "no XML element here: the file is empty or not XML"
        }
    }

    /// A large source is checked chunk by chunk before the parser sees it: a bad byte far
    /// into it is refused at its line, not parsed or reported as some other error.
    @Test func aLargeSourceIsCheckedAsItIsRead() throws {
        var bytes = Self.document(entries: 260_000, end: "\n", tail: "<e n=\"x\">bad ")
        bytes.insert(0xFF, at: bytes.count - 12)
        #expect {
            try Self.entries(.source(.memory(bytes, chunkSize: 1 << 20)))
        } throws: { error in
            guard case .xml(let failure) = error as? XMLReadFailure else { return false }
            return failure.message.contains("invalid UTF-8") && failure.position.line == 260_003
        }
        let declared =
            Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n".utf8)
            + Self.document(entries: 260_000).dropFirst(23)
        #expect {
            try Self.entries(.source(.memory(declared, chunkSize: 1 << 20)))
        } throws: { error in
            guard case .xml(let failure) = error as? XMLReadFailure else { return false }
            return failure.message.contains("declares encoding=\"ISO-8859-1\"")
        }
        // XML 1.1 is named as such (pass 35: "malformed XML (XMLParser error 97)").
        let eleven =
            Array("<?xml version=\"1.1\"?>\n".utf8) + Self.document(entries: 2).dropFirst(23)
        #expect {
            try Self.entries(.source(.memory(eleven, chunkSize: 1 << 20)))
        } throws: { error in
            guard case .xml(let failure) = error as? XMLReadFailure else { return false }
            return failure.message.contains("declares XML version=\"1.1\"")
        }
        // Behind a byte-order mark too (pass 37).
        #expect {
            try Self.entries(.source(.memory([0xEF, 0xBB, 0xBF] + eleven, chunkSize: 1 << 20)))
        } throws: { error in
            guard case .xml(let failure) = error as? XMLReadFailure else { return false }
            return failure.message.contains("declares XML version=\"1.1\"")
        }
    }

    /// Parsed in chunks of any size, the parser sees only bytes the safety scan has passed:
    /// a name with bad UTF-8 a few bytes before its tag's `>` is refused, not handed to the
    /// parser (Foundation's parser dies on it; found by fuzzing).
    @Test(arguments: 1...9)
    func theParserNeverReadsPastTheChecks(_ chunk: Int) throws {
        let bytes = Array("<r>\n<tra".utf8) + [0xD2] + Array("slation>x</translation></r>".utf8)
        #expect {
            try SafeXML.parse(
                .source(.memory(bytes, chunkSize: chunk)), detaching: [], wholeUpTo: 0
            ) { _, _ in true }
        } throws: { error in
            guard case .xml(let failure) = error as? XMLReadFailure else { return false }
            return failure.message.contains("invalid UTF-8") && failure.position.line == 2
        }
    }

    /// A run of continuation bytes is checked as it comes, not held back to the end (a UTF-8
    /// sequence has at most three; millions were held and copied with every chunk).
    @Test func aRunOfContinuationBytesIsRefusedAtOnce() throws {
        var scan = XMLSafetyScan()
        try scan.feed(Array("<a>".utf8))
        #expect {
            try scan.feed([UInt8](repeating: 0x80, count: 1 << 16))
        } throws: { error in
            (error as? XMLFailure)?.message.contains("invalid UTF-8") == true
        }
    }

    /// Markup the XML parser stops on with "internal error" (a comment, an attribute value,
    /// a CDATA section or an instruction over 10,000,000 bytes) is refused where it opens;
    /// a text that long between tags, a `>` in a comment or a quote in an instruction before
    /// it is not.
    @Test(arguments: [
        ("<r>\n  <!-- a > b ", " -->", true), ("<r>\n  <e a=\"x>", "\"/>", true),
        ("<r>\n  <![CDATA[ ]> ", "]]>", true), ("<r>\n  <?pi ", "?>", true),
        ("<r><?pi don't?><!-- > --><e a='>'>", "</e>", false),
        // Comments may start with `>` or `->`: the opening's dashes end nothing, and the
        // quote inside is no tag's (review of pass 30).
        ("<r><!--> old: <tu tuid='1 --><!---> x --><t>", "</t>", false),
    ])
    func markupTheParserCannotReadIsRefusedWhereItOpens(
        _ head: String, _ tail: String, _ refused: Bool
    ) throws {
        var scan = XMLSafetyScan()
        let run = [UInt8](repeating: 0x61, count: 1 << 20)
        let check = { () throws(XMLFailure) in
            try scan.feed(Array(head.utf8))
            for _ in 0..<10 { try scan.feed(run) }
            try scan.feed(Array((tail + "</r>").utf8), final: true)
        }
        if refused {
            #expect {
                try check()
            } throws: { error in
                let failure = error as? XMLFailure
                return failure?.position == SourcePosition(line: 2, column: 3)
                    && failure?.message.contains("about 10000000 bytes or more") == true
            }
        } else {
            try check()
        }
    }

    /// A CDATA section is read by the parser up to 10,000,000 bytes of content: that many
    /// pass, one more is refused.
    @Test func aCDATASectionIsRefusedOnlyPastTheParsersLimit() throws {
        let body = { (count: Int) throws(XMLFailure) in
            var scan = XMLSafetyScan()
            try scan.feed(Array("<r><![CDATA[".utf8))
            try scan.feed([UInt8](repeating: 0x61, count: count))
            try scan.feed(Array("]]></r>".utf8), final: true)
        }
        try body(InputLimits.xmlMarkupBytes)
        #expect(throws: XMLFailure.self) { try body(InputLimits.xmlMarkupBytes + 1) }
    }

    /// A filled file told by its opening keeps its size: one over the XML limit is refused
    /// by it, before any of it is read as XML.
    @Test func aSniffedFileOverTheLimitIsRefusedByItsSize() throws {
        let folder = try TemporaryFolder()
        let path = (folder.path as NSString).appendingPathComponent("job.txt")
        try Data("<?xml version=\"1.0\"?>\n<xliff version=\"2.0\">".utf8).write(
            to: URL(fileURLWithPath: path))
        #expect(truncate(path, off_t(SafeXML.maximumBytes + 1)) == 0)
        #expect(throws: ExchangeError.input(.tooLarge(file: path, limit: SafeXML.maximumBytes))) {
            try WorksheetFormat.readFilled(path)
        }
    }

    /// A small source is read whole and checked as text first, so a bad byte is an input
    /// error at its exact place; UTF-16 with a byte-order mark is read whole at any size.
    @Test func aSmallOrUTF16SourceIsReadWhole() throws {
        let bad = Array("<r>\n<e n=\"1\">a".utf8) + [0xC3] + Array("</e></r>".utf8)
        #expect {
            try Self.entries(.source(.memory(bad, name: "bad.xml")))
        } throws: { error in
            guard case .input(let input) = error as? XMLReadFailure else { return false }
            return input.position?.line == 2
        }
        let text = String(decoding: Self.document(entries: 200_000, end: "\n"), as: UTF8.self)
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(utf16.count > SafeXML.wholeBytes)
        let read = try Self.entries(.source(.memory(utf16, chunkSize: 1 << 20)))
        #expect(read.0.count == 200_000 && read.0.last == "199999 200002 entry 199999 بلوچستان")
    }
}
