import Foundation
import Testing

@testable import TarjumanKit

/// Reading and writing XLIFF 2.0, TMX and the worksheets, including files from other tools
/// and hostile ones.
@Suite struct ExchangeFormatTests {
    static func job(glossary: Bool = true) throws -> TranslationJob {
        let rows = [
            GlossaryEntry(id: "1", source: "court", target: "عدالت"),
            GlossaryEntry(id: "1", source: "court", target: "کچہری", status: .forbidden),
        ]
        return try JobPreparer(
            sourcePack: TestData.pack("en"), targetPack: TestData.pack("ur"),
            glossary: glossary
                ? Glossary(sourceLanguage: "en", targetLanguage: "ur", entries: rows) : nil
        ).prepare(
            .text("The court & the \"bar\" met.  Then <it> adjourned.\n"), original: "a&b.txt")
    }

    /// A memory match whose numbers differ from the sentence's says which, in the XLIFF as in
    /// the worksheets (pass 68: only the worksheets said it), and the file still merges.
    @Test func xliffMatchesSayWhichNumbersDiffer() throws {
        var job = try Self.job()
        let unit = MemoryUnit(
            source: "The court met in 2023.", target: "عدالت کا اجلاس 2023ء میں ہوا۔",
            origin: "old & new.tmx")
        job.units[0].segments[0].matches = [
            MemoryMatch(unit: unit, score: 80, sentenceNumbers: ["2024"])
        ]
        let xml = XLIFF.document(job, sourceDirection: .ltr, targetDirection: .rtl)
        #expect(
            xml.contains(
                "origin=\"old &amp; new.tmx\">\n          <mda:metadata><mda:metaGroup "
                    + "category=\"tarjuman\"><mda:meta type=\"tarjuman:numbers\">numbers: only the "
                    + "sentence has 2024; only the match has 2023</mda:meta></mda:metaGroup>"
                    + "</mda:metadata>\n          <source>The court met in 2023.</source>"))
        let read = try XLIFF.read(Data(xml.utf8), file: "x.xlf")
        #expect(read.segments.map(\.source) == job.segments.map(\.source))
    }

    @Test func xliffCarriesTermsDirectionsAndEscapes() throws {
        let xml = XLIFF.document(
            try Self.job(), sourceDirection: .ltr, targetDirection: .rtl, glossaryName: "en-ur.tsv")
        #expect(
            xml.contains(
                "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" xmlns:gls=\"urn:oasis:names:tc:xliff:glossary:2.0\" xmlns:mtc=\"urn:oasis:names:tc:xliff:matches:2.0\" xmlns:mda=\"urn:oasis:names:tc:xliff:metadata:2.0\" xmlns:tj=\"urn:tarjuman:xliff:1\" version=\"2.0\" srcLang=\"en\" trgLang=\"ur\">"
            ))
        #expect(xml.contains("original=\"a&amp;b.txt\" srcDir=\"ltr\" trgDir=\"rtl\""))
        #expect(
            xml.contains(
                "<source>The <mrk id=\"m1\" type=\"term\">court</mrk> &amp; the &quot;bar&quot; met.</source>"
            ))
        #expect(xml.contains("<gls:glossEntry ref=\"#m1\">"))
        #expect(xml.contains("<gls:translation>عدالت</gls:translation>"))
        #expect(xml.contains("<gls:definition>Avoid: کچہری.</gls:definition>"))
        #expect(xml.contains("<ignorable>\n        <source>  </source>"))
        let read = try XLIFF.read(Data(xml.utf8), file: "x.xlf")
        #expect(read.sourceText == "The court & the \"bar\" met.  Then <it> adjourned.\n")
        #expect(read.original == "a&b.txt")
    }

    /// In a worksheet's fields a backslash starts `\t`, `\n`, `\r` or `\\`; before anything
    /// else, or at the end, it is kept as typed (pass 63: the README did not say).
    @Test func worksheetEscapesKeepAnUnknownOneAsTyped() {
        #expect(SegmentFormat.tsvUnescaped(#"a\tb\nc\rd\\e"#) == "a\tb\nc\rd\\e")
        #expect(SegmentFormat.tsvUnescaped(#"C:\fix\"#) == #"C:\fix\"#)
    }

    /// A filled file's format comes from its name, else from its opening, as `prepare`
    /// writes each format under any name: XLIFF, the TSV and the Markdown worksheet (pass
    /// 18 and 19); a TMX or anything else is an unknown format.
    @Test func aFilledFileUnderAnotherNameIsKnownByItsOpening() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sniff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func format(_ text: String, named name: String = "job.txt") throws -> WorksheetFormat {
            let file = folder.appendingPathComponent(name)
            try Data(text.utf8).write(to: file)
            return try WorksheetFormat.of(file: file.path)
        }
        #expect(
            try format("\u{FEFF}\n  <?xml version=\"1.0\"?>\n<xliff version=\"2.0\"/>") == .xliff)
        #expect(try format("<!-- tarjuman worksheet {} -->\n") == .md)
        #expect(try format("# Tarjuman worksheet: translate…\nid\tsource\n") == .tsv)
        #expect(try format("<", named: "job.TSV") == .tsv)
        let notes = folder.appendingPathComponent("job.txt").path
        // A root past a long comment, a document type or under a prefix (pass 20: a comment
        // of over a kilobyte hid it); an `<xliff` inside a comment of a TMX is no root.
        let licence = "<!-- " + String(repeating: "licence ", count: 300) + "-->"
        #expect(
            try format("<?xml version=\"1.0\"?>\n\(licence)\n<xliff version=\"2.0\"/>") == .xliff)
        #expect(try format("<!DOCTYPE x [<!ENTITY a \"]\">]>\n<x:xliff xmlns:x=\"u\"/>") == .xliff)
        // A processing instruction in the subset may hold `]>` (pass 22).
        #expect(try format("<!DOCTYPE x [<?pi ]> ?>]>\n<xliff/>") == .xliff)
        #expect(throws: ExchangeError.unknownFormat(file: notes)) {
            try format("<!DOCTYPE x [<?pi ]> ?>]>\n<tmx/>")
        }
        // A root past the 64 KB read is said as such, not as an unknown format (pass 22).
        let long = "<!-- " + String(repeating: "x", count: 70_000) + " -->\n<xliff/>"
        #expect(throws: ExchangeError.rootBeyondOpening(file: notes, bytes: 65_536)) {
            try format(long)
        }
        // UTF-16 with a byte-order mark, as XML may be (pass 21).
        let utf16 = folder.appendingPathComponent("u16.txt")
        for bytes in [[0xFF, 0xFE] as [UInt8], [0xFE, 0xFF]] {
            let little = bytes[0] == 0xFF
            let units = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><xliff/>".utf16.flatMap {
                little ? [UInt8($0 & 0xFF), UInt8($0 >> 8)] : [UInt8($0 >> 8), UInt8($0 & 0xFF)]
            }
            try Data(bytes + units).write(to: utf16)
            #expect(try WorksheetFormat.of(file: utf16.path) == .xliff)
        }
        for other in [
            "id\tsource\n", "<?xml version=\"1.0\"?><tmx version=\"1.4\"/>", "<!-- a -->",
            "<!-- <xliff> --><tmx version=\"1.4\"/>", "<!DOCTYPE tmx [<!-- <xliff -->]><tmx/>",
            "<xliffs/>", "<?xml version=\"1.0\"?>",
        ] {
            #expect(throws: ExchangeError.unknownFormat(file: notes)) { try format(other) }
        }
        // A filled file whose opening says another format than its name is refused with the
        // name to give it (pass 46: a TSV worksheet named .xlf was "malformed XML").
        for (text, name, named, holds, rename) in [
            ("# Tarjuman worksheet: x\n", "w.xlf", "xliff", "tsv", "w.tsv"),
            ("<?xml version=\"1.0\"?><xliff/>", "w.md", "md", "xliff", "w.xlf"),
            ("<!-- tarjuman worksheet {} -->\n", "w.TSV", "tsv", "md", "w.md"),
        ] {
            let file = folder.appendingPathComponent(name)
            try Data(text.utf8).write(to: file)
            #expect(
                throws: ExchangeError.misnamed(
                    file: file.path, named: named, holds: holds,
                    rename: folder.appendingPathComponent(rename).path)
            ) { try WorksheetFormat.readFilled(file.path) }
        }
        // A folder is said as one, as under a known name (pass 20).
        #expect(
            throws: ExchangeError.input(
                .unreadable(file: folder.path, reason: "is a folder, not a text file"))
        ) { try WorksheetFormat.of(file: folder.path) }
    }

    /// A filled file in a pipe is known by its opening too, and read whole: the opening
    /// read to tell its format is put back in front of the rest.
    @Test func aFilledFileIsReadFromAPipe() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "pipe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let job = try Self.job(glossary: false)
        let sheet = folder.appendingPathComponent("job.xlf")
        // Longer than the opening read, so the rest comes after it.
        let notes = String(repeating: "x", count: 70_000)
        try Data((WorksheetFormat.xliff.document(job) + "<!-- \(notes) -->\n").utf8).write(
            to: sheet)
        let pipe = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(pipe, 0o600) == 0)
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/bin/sh")
        writer.arguments = ["-c", "cat \"$0\" > \"$1\"", sheet.path, pipe]
        try writer.run()
        defer { writer.waitUntilExit() }
        let read = try WorksheetFormat.readFilled(pipe)
        #expect(read.segments.map(\.source) == job.segments.map(\.source))
        #expect(read.segments.count == 2)
    }

    @Test func xliffFromACATToolIsRead() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en-US" trgLang="ur">
              <file id="f1" original="judgment.txt">
                <unit id="u1">
                  <segment id="s1" state="final">
                    <source>The <mrk id="m1" type="term">court</mrk> issued 25 orders.</source>
                    <target>عدالت نے <mrk id="m1" type="term">25</mrk> احکامات<ph id="p1"/> جاری کیے۔</target>
                  </segment>
                  <ignorable><source> </source></ignorable>
                  <segment id="s2"><source>Then it adjourned.</source><target/></segment>
                  <ignorable><source> </source></ignorable>
                  <segment id="s3" state="initial"><source>It met again.</source><target>اس کا دوبارہ اجلاس ہوا۔</target></segment>
                </unit>
              </file>
            </xliff>
            """
        let job = try XLIFF.read(Data(xml.utf8), file: "cat.xlf")
        #expect(job.sourceLanguage == "en-US")
        #expect(
            job.segments.map(\.target) == [
                "عدالت نے 25 احکامات جاری کیے۔", "", "اس کا دوبارہ اجلاس ہوا۔",
            ])
        #expect(job.segments.map(\.origin) == [.translator, .none, .draft])
        let merged = DocumentMerger(targetPack: try TestData.pack("ur")).merge(job)
        #expect(merged.drafts.map(\.id) == ["s3"])
        #expect(merged.untranslated.map(\.id) == ["s2"])
        // Only the confirmed translation goes into a memory, with its neighbours as context.
        #expect(
            job.memoryUnits(origin: "cat.xlf", created: "2026-12-03T00:00:00Z") == [
                MemoryUnit(
                    source: "The court issued 25 orders.", target: "عدالت نے 25 احکامات جاری کیے۔",
                    origin: "cat.xlf", created: "2026-12-03T00:00:00Z", previous: "",
                    next: "Then it adjourned.")
            ])
        #expect(job.segments[0].after == " ")
        #expect(job.segments[1].position.line == 10)
    }

    /// Hostile pass 11: a target without `state` is `initial` (XLIFF 2.0's default), a
    /// draft; a target moved by `order` is refused at its line; the layout record is found by
    /// its namespace, under any prefix, and not under `tj:` bound elsewhere.
    @Test func stateOrderAndLayoutAreReadAsXLIFFDefinesThem() throws {
        func file(_ root: String, _ file: String, _ targets: (String, String)) -> Data {
            Data(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" \(root) version="2.0" srcLang="en" trgLang="ur">
                  <file id="f1" original="a.txt" \(file)>
                    <unit id="p1">
                      <segment id="p1s1"><source>One.</source>\(targets.0)</segment>
                      <ignorable><source> </source></ignorable>
                      <segment id="p1s2" state="translated"><source>Two.</source>\(targets.1)</segment>
                    </unit>
                  </file>
                </xliff>
                """.utf8)
        }
        let tj = "xmlns:tj=\"urn:tarjuman:xliff:1\""
        let plain = ("<target>ایک</target>", "<target>دو</target>")
        let job = try XLIFF.read(file(tj, "tj:layout=\"2\"", plain), file: "a.xlf")
        #expect(job.segments.map(\.origin) == [.draft, .translator])
        #expect(job.layout == [2])
        let renamed = try XLIFF.read(
            file("xmlns:ns1=\"urn:tarjuman:xliff:1\"", "ns1:layout=\"2\"", plain), file: "b.xlf")
        #expect(renamed.layout == [2])
        let onFile = try XLIFF.read(
            file("", "xmlns:x=\"urn:tarjuman:xliff:1\" x:layout=\"2\"", plain), file: "c.xlf")
        #expect(onFile.layout == [2])
        let foreign = try XLIFF.read(
            file("xmlns:tj=\"urn:other\"", "tj:layout=\"2\"", plain), file: "d.xlf")
        #expect(foreign.layout == nil)
        #expect(
            try XLIFF.read(
                file(
                    tj, "tj:layout=\"2\"",
                    ("<target order=\"1\">ایک</target>", "<target order=\"3\">دو</target>")),
                file: "e.xlf"
            ).segments.count == 2)
        #expect {
            try XLIFF.read(
                file(
                    tj, "tj:layout=\"2\"",
                    ("<target order=\"3\">ایک</target>", "<target order=\"1\">دو</target>")),
                file: "f.xlf")
        } throws: { error in
            "\(error)".hasPrefix("f.xlf:5:")
                && "\(error)".contains("this <target> has order=\"3\" but is part 1 of its unit")
        }
    }

    /// `<cp hex>` stands for a character XML cannot carry; one that names no character is an
    /// error at the element.
    @Test func codePointElementsAreReadAndCheckedForXLIFF() throws {
        #expect(
            XMLText.xliffContent("a\u{0C}b\u{1}<") == "a<cp hex=\"000C\"/>b<cp hex=\"0001\"/>&lt;")
        func xliff(_ target: String) -> Data {
            Data(
                """
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ur">
                  <file id="f1"><unit id="p1">
                    <segment id="p1s1"><source>Page<cp hex="c"/>two.</source><target>\(target)</target></segment>
                  </unit></file>
                </xliff>
                """.utf8)
        }
        let job = try XLIFF.read(xliff("صفحہ<cp hex=\"000C\"/>دو۔"), file: "j.xlf")
        #expect(job.segments[0].source == "Page\u{0C}two.")
        #expect(job.segments[0].target == "صفحہ\u{0C}دو۔")
        for bad in [
            "<cp hex=\"D800\"/>", "<cp hex=\"xyz\"/>", "<cp hex=\"\"/>", "<cp hex=\"1100000\"/>",
            "<cp hex=\"0000\"/>",
        ] {
            #expect {
                try XLIFF.read(xliff(bad), file: "j.xlf")
            } throws: { error in
                "\(error)".hasPrefix("j.xlf:3:") && "\(error)".contains("is not a character")
            }
        }
        // Pass 54: `<cp/>` was `<cp hex="">`, an attribute it does not have.
        #expect {
            try XLIFF.read(xliff("<cp/>"), file: "j.xlf")
        } throws: { error in
            "\(error)".hasPrefix("j.xlf:3:") && "\(error)".contains("<cp/> has no hex attribute")
        }
        // An inline code in a translation is left out and its place kept for a warning;
        // markers and paired codes keep their text (pass 23: dropped without a word).
        for code in ["<ph id=\"1\"/>", "<sc id=\"1\"/>", "<ec startRef=\"1\"/>"] {
            let coded = try XLIFF.read(xliff("صفحہ " + code + "دو۔"), file: "j.xlf")
            #expect(coded.segments[0].target == "صفحہ دو۔")
            #expect(coded.segments[0].codesLeftOut.map(\.line) == [3], "\(code)")
        }
        // Two targets are refused at the second (review of pass 23: at the segment).
        #expect {
            try XLIFF.read(xliff("ایک</target>\n<target>دو"), file: "j.xlf")
        } throws: { error in
            "\(error)".hasPrefix("j.xlf:4:")
                && "\(error)".contains("more than one <source> or <target>")
        }
        let marked = try XLIFF.read(
            xliff("صفحہ <pc id=\"1\">دو</pc><mrk id=\"m\">۔</mrk>"), file: "j.xlf")
        #expect(marked.segments[0].target == "صفحہ دو۔")
    }

    /// A worksheet with two records of one key (two layouts) is refused at the second.
    @Test func aWorksheetRecordGivenTwiceIsAnError() throws {
        let job = try PrepareMergeTests.prepare("One. Two.\n")
        let sheet = WorksheetTSV.document(job)
        let doubled = sheet.replacingOccurrences(
            of: "# layout: 2\n", with: "# layout: 2\n# layout: 1\n")
        #expect(doubled != sheet)
        #expect {
            try WorksheetTSV.read(doubled, file: "j.tsv")
        } throws: { error in
            "\(error)".contains("a second '# layout:' line")
        }
    }

    /// Text in a cell past the header's columns is an error at the cell; empty padding cells
    /// are not (pass 35: a translation typed one cell too far was dropped, exit 0).
    @Test func textPastTheLastColumnIsAnError() throws {
        let job = try PrepareMergeTests.prepare("One.\n")
        let sheet = WorksheetTSV.document(job)
        let row = try #require(sheet.split(separator: "\n").last { $0.hasPrefix("p1s1\t") })
        let padded = sheet.replacingOccurrences(of: row, with: row + "\t\t")
        #expect(try WorksheetTSV.read(padded, file: "j.tsv").segments.count == 1)
        let typed = sheet.replacingOccurrences(of: row, with: row + "\tایک۔")
        #expect {
            try WorksheetTSV.read(typed, file: "j.tsv")
        } throws: { error in
            "\(error)".contains("p1s1 has text in cell 9, past the header's 8 columns")
        }
    }

    /// `align`'s TSV is said to be align output, not a worksheet missing a column (pass 22).
    @Test func alignOutputIsNoWorksheet() throws {
        #expect(
            throws: ExchangeError.malformed(
                file: "al.tsv", position: SourcePosition(line: 1, column: 1),
                message: "this is `tarjuman align` output, not a worksheet; for a memory, write "
                    + "the alignment as TMX (align --format tmx)")
        ) {
            try WorksheetTSV.read(
                "bead\tkind\tsource_ids\ttarget_ids\tsource_start\n[0]:[0]\t1:1\tp1s1\tp1s1\t1:1\n",
                file: "al.tsv")
        }
    }

    /// A state XLIFF 2.0 does not have is an error at its segment, not read as confirmed.
    /// Said at the `<` of its element (pass 39: at the end of its start tag), also for a
    /// start tag over two lines, after letters of two bytes, and a self-closing one.
    @Test func anUnknownSegmentStateIsAnError() throws {
        let xml = """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ur">
              <file id="f1"><unit id="p1">
                <segment id="p1s1" state="bogus"><source>Yes.</source><target>ہاں۔</target></segment>
              </unit></file>
            </xliff>
            """
        #expect {
            try XLIFF.read(Data(xml.utf8), file: "j.xlf")
        } throws: { error in
            "\(error)".contains(
                "j.xlf:3:5: error: segment p1s1 has state 'bogus'; XLIFF 2.0 states")
        }
        let spread = xml.replacingOccurrences(
            of: "<segment id=\"p1s1\" state=\"bogus\">",
            with: "<x:note xmlns:x=\"urn:x\">ہاں</x:note> <segment id=\"p1s1\"\n  state=\"bogus\">")
        #expect {
            try XLIFF.read(Data(spread.utf8), file: "j.xlf")
        } throws: { error in
            "\(error)".contains("j.xlf:3:42: error: segment p1s1 has state 'bogus'")
        }
    }

    /// The cursor that finds where start tags begin: columns in scalars, across lines.
    @Test func tagStartsAreFoundFromTheirEnds() {
        var starts = XMLTagStarts(
            Data("<a>\n  <b>اردو <ph id=\"x\"/> z</b>\n  <c\n   k=\"v\">x</c></a>".utf8))
        #expect(
            starts.start(ofTagEndingAt: SourcePosition(line: 1, column: 3))
                == SourcePosition(line: 1, column: 1))
        #expect(
            starts.start(ofTagEndingAt: SourcePosition(line: 2, column: 5))
                == SourcePosition(line: 2, column: 3))
        #expect(
            starts.start(ofTagEndingAt: SourcePosition(line: 2, column: 21))
                == SourcePosition(line: 2, column: 11))
        #expect(
            starts.start(ofTagEndingAt: SourcePosition(line: 4, column: 9))
                == SourcePosition(line: 3, column: 3))
        // Not the end of a start tag, or behind the cursor: the position as given.
        #expect(
            starts.start(ofTagEndingAt: SourcePosition(line: 4, column: 11))
                == SourcePosition(line: 4, column: 11))
        #expect(
            starts.start(ofTagEndingAt: SourcePosition(line: 1, column: 3))
                == SourcePosition(line: 1, column: 3))
    }

    @Test func xliff12AndForeignDocumentsAreNamed() throws {
        let old =
            "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file/></xliff>"
        #expect {
            try XLIFF.read(Data(old.utf8), file: "old.xlf")
        } throws: { error in
            guard case .malformed(_, _, let message) = error as? ExchangeError else { return false }
            return message.contains("XLIFF 1.2") && message.contains("export XLIFF 2.0")
        }
        #expect(throws: ExchangeError.self) {
            try XLIFF.read(Data("<html/>".utf8), file: "page.xlf")
        }
    }

    @Test(arguments: [
        (
            "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]>\n<xliff>&b;</xliff>",
            2, "refused"
        ),
        (
            "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><xliff>&xxe;</xliff>",
            2, "refused"
        ),
        ("<xliff version=\"2.0\">\n  <file>\n    <unit></file>\n</xliff>", 3, "malformed"),
    ])
    func hostileOrBrokenXLIFFIsRefusedWithAPosition(_ xml: String, _ line: Int, _ word: String) {
        #expect {
            try XLIFF.read(Data(xml.utf8), file: "evil.xlf")
        } throws: { error in
            guard case .malformed(_, let position, let message) = error as? ExchangeError else {
                return false
            }
            return position.line == line && message.contains(word)
        }
    }

    /// Text typed into a segment, unit, file or the root outside any source or target is
    /// refused at its element: merge would drop it (pass 66: lost, exit 0).
    @Test(arguments: [
        ("</source>", "</source> یہ بھی۔", "holds 'یہ بھی۔'"),
        ("</segment>", "</segment> note", "<unit> holds 'note'"),
        ("</unit>", "</unit> stray", "<file> holds 'stray'"),
        ("</file>", "</file> after", "<xliff> holds 'after'"),
    ])
    func textOutsideSourceAndTargetIsRefused(_ from: String, _ to: String, _ message: String)
        throws
    {
        let xml = XLIFF.document(try Self.job(), sourceDirection: .ltr, targetDirection: .rtl)
        #expect(xml.contains(from))
        let edited = xml.replacingOccurrences(of: from, with: to)
        #expect {
            try XLIFF.read(Data(edited.utf8), file: "j.xlf")
        } throws: { error in
            "\(error)".contains(message) && "\(error)".contains("which merge would drop")
        }
        #expect(try XLIFF.read(Data(xml.utf8), file: "j.xlf").segments.count > 0)
    }

    @Test func anExternalDTDIsNeverLoaded() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tarjuman-dtd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let dtd = folder.appendingPathComponent("tmx14.dtd")
        try Data("<!ENTITY secret \"LEAKED\">".utf8).write(to: dtd)
        let tmx = """
            <?xml version="1.0"?>
            <!DOCTYPE tmx SYSTEM "\(dtd.path)">
            <tmx version="1.4"><header srclang="en"/><body>
            <tu><tuv xml:lang="en"><seg>a &secret;</seg></tuv><tuv xml:lang="ur"><seg>ب</seg></tuv></tu>
            </body></tmx>
            """
        #expect {
            try TMX.read(Data(tmx.utf8), file: "omegat.tmx", source: "en", target: "ur")
        } throws: { error in
            guard case .malformed(_, let position, let message) = error as? ExchangeError else {
                return false
            }
            return position.line == 4 && !message.contains("LEAKED")
        }
        let plain = tmx.replacingOccurrences(of: " &secret;", with: "")
        let contents = try TMX.read(
            Data(plain.utf8), file: "omegat.tmx", source: "en", target: "ur")
        #expect(contents.pairs == [TranslationPair(source: "a", target: "ب")])
    }

    @Test func tmxFromOtherToolsMatchesLanguagesAndDropsInlineCodes() throws {
        let tmx = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header creationtool="OmegaT" srclang="EN-US" adminlang="EN-US" segtype="sentence" o-tmf="x" datatype="plaintext"/>
            <body>
              <tu><tuv xml:lang="EN-US"><seg>The <bpt i="1">&lt;b&gt;</bpt>court<ept i="1">&lt;/b&gt;</ept> met.</seg></tuv>
                  <tuv xml:lang="UR-PK"><seg><hi>عدالت</hi> کا اجلاس ہوا۔</seg></tuv></tu>
              <tu><tuv lang="en"><seg>Old style.</seg></tuv><tuv lang="ur"><seg>پرانا انداز۔</seg></tuv></tu>
              <tu><tuv xml:lang="en"><seg>Only English.</seg></tuv><tuv xml:lang="fr"><seg>Seulement.</seg></tuv></tu>
              <tu><tuv xml:lang="en"><seg>See <ph>&lt;img/&gt;</ph> the map.</seg></tuv><tuv xml:lang="ur"><seg>نقشہ <ph x="1"/> <it pos="begin">&lt;i&gt;</it> دیکھیے۔</seg></tuv></tu>
              <tu><tuv xml:lang="en"><seg>Bold <ut>&lt;b&gt;</ut>text.</seg></tuv><tuv xml:lang="ur"><seg>گہرا <ut>&lt;b&gt;</ut>متن۔</seg></tuv></tu>
            </body></tmx>
            """
        let contents = try TMX.read(Data(tmx.utf8), file: "x.tmx", source: "en", target: "ur")
        // A code left out between spaces leaves one space (pass 22: "See  the map.").
        #expect(
            contents.pairs == [
                TranslationPair(source: "The court met.", target: "عدالت کا اجلاس ہوا۔"),
                TranslationPair(source: "Old style.", target: "پرانا انداز۔"),
                TranslationPair(source: "See the map.", target: "نقشہ دیکھیے۔"),
                TranslationPair(source: "Bold text.", target: "گہرا متن۔"),
            ])
        #expect(contents.skipped == 1)
    }

    /// Provenance is read as one line and dates as TMX dates: a wrapped or blank origin,
    /// a creator over lines, an impossible or foreign date (kept as written, then dropped
    /// on export) are normalised or left out.
    @Test func tmxProvenanceIsOneLineAndDatesAreChecked() throws {
        let tmx = """
            <tmx version="1.4"><header srclang="en"/><body>
              <tu creationdate="20261399T999999Z" creationid="ann&#10;b"><prop type="x-origin">
                team
                memory</prop><tuv xml:lang="en"><seg>One.</seg></tuv><tuv xml:lang="ur"><seg>ایک۔</seg></tuv></tu>
              <tu creationdate="2026-01-02T03:04:05.25Z"><prop type="x-origin"> </prop><tuv xml:lang="en"><seg>Two.</seg></tuv><tuv xml:lang="ur"><seg>دو۔</seg></tuv></tu>
              <tu creationdate="yesterday"><tuv xml:lang="en"><seg>Three.</seg></tuv><tuv xml:lang="ur"><seg>تین۔</seg></tuv></tu>
            </body></tmx>
            """
        let pairs = try TMX.read(Data(tmx.utf8), file: "p.tmx", source: "en", target: "ur").pairs
        #expect(pairs.map(\.origin) == ["team memory", "", ""])
        #expect(pairs.map(\.creator) == ["ann b", "", ""])
        #expect(pairs.map(\.created) == ["", "20260102T030405Z", ""])
    }

    /// An origin's penalty is written with its units and read back; a value that is no whole
    /// number from 0 to 100 is none (pass 33: an export dropped it).
    @Test func tmxCarriesAnOriginsPenalty() throws {
        let unit = MemoryUnit(source: "One.", target: "ایک۔", origin: "mt")
        let written = TMX.unit(
            unit, id: "1", sourceLanguage: "en", targetLanguage: "ur", penalty: 20)
        #expect(written.contains(#"<prop type="x-penalty">20</prop>"#))
        #expect(
            !TMX.unit(unit, id: "1", sourceLanguage: "en", targetLanguage: "ur").contains(
                "x-penalty"))
        let tmx = """
            <tmx version="1.4"><header srclang="en"/><body>
            \(written)
              <tu><tuv xml:lang="en"><seg>Two.</seg></tuv><tuv xml:lang="ur"><seg>دو۔</seg></tuv></tu>
            </body></tmx>
            """
        let pairs = try TMX.read(Data(tmx.utf8), file: "p.tmx", source: "en", target: "ur").pairs
        #expect(pairs.map(\.penalty) == [20, nil])
        // Anything but a whole number from 0 to 100 is refused at its place (review of pass
        // 33: read as no penalty).
        for odd in ["101", "-5", "abc", "15.5", ""] {
            let bad = tmx.replacingOccurrences(
                of: "<tu><tuv", with: "<tu><prop type=\"x-penalty\">\(odd)</prop><tuv")
            #expect(throws: ExchangeError.self) {
                try TMX.read(Data(bad.utf8), file: "p.tmx", source: "en", target: "ur")
            }
        }
    }

    /// A unit's context is what its properties state, both sides or none; what the writer
    /// puts there reads back.
    @Test func tmxContextIsReadOnlyWhereStated() throws {
        let written = TMX.unit(
            id: "p1s2", source: "Two.", target: "دو۔", sourceLanguage: "en", targetLanguage: "ur",
            context: SentenceContext(previous: "One & a half.", next: ""))
        let tmx = """
            <tmx version="1.4"><header srclang="en"/><body>
            \(written)
              <tu><prop type="x-context-pre">One.</prop><tuv xml:lang="en"><seg>Three.</seg></tuv><tuv xml:lang="ur"><seg>تین۔</seg></tuv></tu>
              <tu><tuv xml:lang="en"><seg>Four.</seg></tuv><tuv xml:lang="ur"><seg>چار۔</seg></tuv></tu>
            </body></tmx>
            """
        let pairs = try TMX.read(Data(tmx.utf8), file: "c.tmx", source: "en", target: "ur").pairs
        #expect(
            pairs.map(\.context) == [
                SentenceContext(previous: "One & a half.", next: ""), nil, nil,
            ])
        // A memory keeps a pair with a word in its source and a visible translation.
        #expect(pairs.allSatisfy { $0.isStorable })
        #expect(!TranslationPair(source: " ", target: "ایک").isStorable)
        #expect(!TranslationPair(source: "One.", target: "\u{200B}").isStorable)
    }

    @Test(arguments: [true, false])
    func utf16TMXAsTradosWritesItIsRead(_ littleEndian: Bool) throws {
        let tmx = """
            <?xml version="1.0" encoding="UTF-16"?>
            <tmx version="1.4"><header srclang="en-US"/><body>
            <tu><tuv xml:lang="en-US"><seg>The court met.</seg></tuv><tuv xml:lang="ur-PK"><seg>عدالت 𝟙</seg></tuv></tu>
            </body></tmx>
            """
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in tmx.utf16 {
            let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
            bytes += littleEndian ? [low, high] : [high, low]
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tarjuman-\(UUID().uuidString).tmx")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let contents = try TMX.read(path: file.path, source: "en", target: "ur")
        #expect(contents.pairs == [TranslationPair(source: "The court met.", target: "عدالت 𝟙")])
    }

    /// UTF-16 is decoded strictly: a lone or reversed surrogate, or half a unit at the end,
    /// stops the read at its byte offset and line:column (it used to become U+FFFD and reach
    /// documents and memories).
    @Test(arguments: [
        ([0x0A, 0x00, 0x61, 0x00, 0x00, 0xD8, 0x62, 0x00], 6, "2:2"),
        ([0x61, 0x00, 0x00, 0xDC, 0x00, 0xD8], 4, "1:2"),
        ([0x61, 0x00, 0x62], 4, "1:2"),
    ])
    func invalidUTF16IsAnError(_ body: [UInt8], _ offset: Int, _ position: String) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tarjuman-\(UUID().uuidString).tmx")
        try Data([0xFF, 0xFE] + body).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(throws: InputError.self) { try ByteSource.file(file.path).readAllXML() }
        do {
            _ = try ByteSource.file(file.path).readAllXML()
        } catch {
            #expect(
                error.description.contains(
                    ":\(position): error: invalid UTF-16 at byte offset \(offset) "))
        }
    }

    /// A variant without a <seg> is no variant (its unit lacks the language and is counted
    /// as skipped); a second <seg> is an error at its place (pass 43: the first stopped the
    /// import, the second was dropped without a word).
    @Test func tmxVariantsHoldOneSeg() throws {
        let head = "<tmx version=\"1.4\"><header srclang=\"en\"/><body>\n"
        let empty =
            head + "<tu><tuv xml:lang=\"en\"></tuv><tuv xml:lang=\"ur\"><seg>دو۔</seg></tuv></tu>\n"
            + "<tu><tuv xml:lang=\"en\"><seg>One.</seg></tuv><tuv xml:lang=\"ur\"><seg>ایک۔</seg>"
            + "</tuv></tu></body></tmx>"
        let contents = try TMX.read(Data(empty.utf8), file: "e.tmx", source: "en", target: "ur")
        #expect(contents.pairs.map(\.source) == ["One."] && contents.skipped == 1)
        let two =
            head + "<tu><tuv xml:lang=\"en\"><seg>Two.</seg><seg>Two b.</seg></tuv>"
            + "<tuv xml:lang=\"ur\"><seg>دو۔</seg></tuv></tu></body></tmx>"
        do {
            _ = try TMX.read(Data(two.utf8), file: "t.tmx", source: "en", target: "ur")
            Issue.record("a second <seg> was read")
        } catch {
            #expect(error.description.hasPrefix("t.tmx:2:39: error: a <tuv> holds one <seg>"))
        }
        // An empty second <seg> loses nothing; text outside any <seg> would be lost (pass 45).
        let blank =
            head + "<tu><tuv xml:lang=\"en\"><seg/><seg>Two.</seg></tuv>"
            + "<tuv xml:lang=\"ur\"><seg>دو۔</seg></tuv></tu></body></tmx>"
        #expect(
            try TMX.read(Data(blank.utf8), file: "b.tmx", source: "en", target: "ur").pairs.map(
                \.source) == ["Two."])
        let outside =
            head + "<tu><tuv xml:lang=\"en\">One.</tuv>"
            + "<tuv xml:lang=\"ur\"><seg>ایک۔</seg></tuv></tu></body></tmx>"
        #expect(throws: ExchangeError.self) {
            try TMX.read(Data(outside.utf8), file: "o.tmx", source: "en", target: "ur")
        }
    }

    /// A NUL in a UTF-16 file is reported at its offset on disk, as a NUL of that file (pass
    /// 43: the offset was the converted text's and the file was called "UTF-16, not UTF-8");
    /// UTF-32's byte-order mark is named as such.
    @Test func aNulInUTF16AndUTF32AreNamed() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tarjuman-\(UUID().uuidString).tmx")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data([0xFF, 0xFE, 0x3C, 0x00, 0x0A, 0x00, 0x78, 0x00, 0x00, 0x00]).write(to: file)
        #expect(
            throws: InputError.nulInUTF16(
                file: file.path, byteOffset: 8, position: SourcePosition(line: 2, column: 2))
        ) {
            try ByteSource.file(file.path).readAllXML()
        }
        for mark: [UInt8] in [[0xFF, 0xFE, 0x00, 0x00], [0x00, 0x00, 0xFE, 0xFF]] {
            try Data(mark + [0x3C, 0x00, 0x00, 0x00]).write(to: file)
            do {
                _ = try ByteSource.file(file.path).readAllXML()
                Issue.record("UTF-32 was read")
            } catch {
                #expect(error.description.contains("this is UTF-32"))
            }
        }
    }

    @Test func tmxUnitsAreEscapedAndOneLine() {
        let unit = TMX.unit(
            id: "a\"b", source: "x < y\nz", target: "ی & ک", sourceLanguage: "en",
            targetLanguage: "ur")
        #expect(unit.contains("tuid=\"a&quot;b\""))
        #expect(unit.contains("<seg>x &lt; y z</seg>"))
        #expect(unit.contains("<seg>ی &amp; ک</seg>"))
        // A memory unit holds a sentence as TMX writes it: CR LF is one space, as LF is.
        let stored = MemoryUnit(source: "a\r\nb\rc", target: "ایک\nدو", origin: "o")
        #expect(stored.source == "a b c" && stored.target == "ایک دو")
        // Page breaks and the other line breaks keep the words apart too (VT joined them).
        let paged = MemoryUnit(source: "a\u{B}b\u{C}c\u{85}d\u{2028}e", target: "ب", origin: "o")
        #expect(paged.source == "a b c d e")
        let written = TMX.unit(
            id: "1", source: "a\r\nb", target: "ایک\r\nدو", sourceLanguage: "en",
            targetLanguage: "ur")
        #expect(written.contains("<seg>a b</seg>") && written.contains("<seg>ایک دو</seg>"))
    }

    @Test func worksheetRowsMayBeSortedAndQuotedBySpreadsheets() throws {
        let sheet = WorksheetTSV.document(try Self.job())
        var lines = sheet.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = try #require(lines.firstIndex { $0.hasPrefix("id\t") })
        lines.swapAt(header + 1, header + 2)
        lines[header + 1] = lines[header + 1].replacingOccurrences(
            of: "Then <it> adjourned.\t", with: "Then <it> adjourned.\t\"پھر \"\"ملتوی\"\" ہوا۔\"")
        let job = try WorksheetTSV.read(lines.joined(separator: "\n"), file: "w.tsv")
        #expect(job.segments.map(\.id) == ["p1s1", "p1s2"])
        #expect(job.segments.map(\.target) == [nil, "پھر \"ملتوی\" ہوا۔"])
        #expect(job.sourceText == (try Self.job()).sourceText)
    }

    /// A status the worksheet does not define is refused at its cell; known ones are read in
    /// any letter case (a misspelt `draft` merged as confirmed).
    @Test func aWorksheetStatusIsReadOrRefused() throws {
        let sheet = "id\tsource\ttarget\tstatus\tafter\np1s1\tA.\tا\t"
        let job = try WorksheetTSV.read(sheet + " Draft \t\n", file: "w.tsv")
        #expect(job.segments.map(\.origin) == [.draft])
        #expect(
            try WorksheetTSV.read(sheet + "\t\n", file: "w.tsv").segments[0].origin == .translator)
        #expect {
            try WorksheetTSV.read(sheet + "drfat\t\n", file: "w.tsv")
        } throws: { error in
            "\(error)".contains("w.tsv:2:11: error: p1s1 has status 'drfat'; write 'translated'")
        }
        // Shown escaped and short (review of pass 22: an escape sequence went raw).
        #expect {
            try WorksheetTSV.read(sheet + "x\u{1B}y\t\n", file: "w.tsv")
        } throws: { error in
            "\(error)".contains("p1s1 has status 'x\\u{1B}y'")
        }
        let markdown = WorksheetMarkdown.document(try Self.job()).replacingOccurrences(
            of: "\"status\":\"\"", with: "\"status\":\"done\"")
        #expect {
            try WorksheetMarkdown.read(markdown, file: "w.md")
        } throws: { error in
            "\(error)".contains("p1s1 has status 'done'")
        }
        // A status that is no text is an error, not left out (pass 22: read as confirmed).
        let number = WorksheetMarkdown.document(try Self.job()).replacingOccurrences(
            of: "\"status\":\"\"", with: "\"status\":5")
        #expect {
            try WorksheetMarkdown.read(number, file: "w.md")
        } throws: { error in
            "\(error)".contains("error: field 'status' of this comment line is not text")
        }
        // A field given twice is an error, not its last copy (pass 46: a draft merged as
        // confirmed); a name's text inside a value is no second name.
        let doubled = WorksheetMarkdown.document(try Self.job()).replacingOccurrences(
            of: "\"status\":\"\"", with: "\"status\":\"draft\",\"status\":\"tm-exact\"")
        #expect {
            try WorksheetMarkdown.read(doubled, file: "w.md")
        } throws: { error in
            "\(error)".contains("error: field 'status' is given twice in this comment line")
        }
        // Also when one copy is spelt with an escape (pass 47).
        let escaped = WorksheetMarkdown.document(try Self.job()).replacingOccurrences(
            of: "\"status\":\"\"", with: "\"status\":\"draft\",\"st\\u0061tus\":\"\"")
        #expect {
            try WorksheetMarkdown.read(escaped, file: "w.md")
        } throws: { error in
            "\(error)".contains("error: field 'status' is given twice in this comment line")
        }
        let quoted = WorksheetMarkdown.document(try Self.job()).replacingOccurrences(
            of: "\"status\":\"\"", with: "\"status\":\"\",\"note\":\"\\\"status\\\": x\"")
        #expect(throws: Never.self) { try WorksheetMarkdown.read(quoted, file: "w.md") }
    }

    /// Cells a spreadsheet would run as formulas are written after an apostrophe and read
    /// back as they were, so that the source still meets its hash (pass 39).
    @Test func worksheetCellsThatLookLikeFormulasAreDefused() throws {
        var job = try PrepareMergeTests.prepare("=HYPERLINK(\"http://x\") is here.\n")
        job.units[0].segments[0].target = "-5 ڈگری"
        let sheet = WorksheetTSV.document(job)
        #expect(sheet.contains("\"'=HYPERLINK(\"\"http://x\"\") is here.\"\t'-5 ڈگری\t"))
        let read = try WorksheetTSV.read(sheet, file: "w.tsv")
        #expect(read.segments.map(\.source) == ["=HYPERLINK(\"http://x\") is here."])
        #expect(read.segments.map(\.target) == ["-5 ڈگری"])
        let merged = DocumentMerger(targetPack: try TestData.pack("ur")).merge(read)
        #expect(merged.text.hasPrefix("-5 ڈگری"))
    }

    /// A target typed as a quotation (`'-5 فیصد' کمی`) loses its opening apostrophe as the
    /// spreadsheet's text mark, and the segment says where (pass 67); a target Tarjuman
    /// defused itself, with no apostrophe after, does not.
    @Test func aQuotationThatLosesItsOpeningApostropheIsNamed() throws {
        var job = try PrepareMergeTests.prepare("It fell by -5 percent. It rose.\n")
        job.units[0].segments[1].target = "-5 ڈگری"
        let lines = WorksheetTSV.document(job).split(
            separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(lines.firstIndex { $0.hasPrefix("p1s1\t") })
        var fields = lines[row].split(separator: "\t", omittingEmptySubsequences: false)
        fields[2] = "'-5 فیصد' کمی ہوئی۔"
        var typed = lines
        typed[row] = fields.joined(separator: "\t")[...]
        let read = try WorksheetTSV.read(typed.joined(separator: "\n"), file: "w.tsv")
        #expect(read.segments.map(\.target) == ["-5 فیصد' کمی ہوئی۔", "-5 ڈگری"])
        let place = fields[0].count + fields[1].count + 3
        #expect(read.segments[0].droppedApostrophe == SourcePosition(line: row + 1, column: place))
        #expect(read.segments[1].droppedApostrophe == nil)
    }

    /// A column named twice is an error at its second name (pass 41: a second `target`
    /// column was merged unsaid).
    @Test func aColumnNamedTwiceIsAnError() throws {
        let sheet = WorksheetTSV.document(try Self.job())
        let doubled = sheet.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasPrefix("id\t") ? $0 + "\ttarget" : String($0)
        }.joined(separator: "\n")
        #expect {
            try WorksheetTSV.read(doubled, file: "w.tsv")
        } throws: { error in
            "\(error)".contains("error: the column 'target' is named twice in the header row")
        }
    }

    /// A worksheet prepared with source hashes keeps its status column (TSV) or field
    /// (Markdown): deleted, every draft would merge as a confirmed translation (pass 39).
    @Test func aDeletedStatusIsAnError() throws {
        let sheet = WorksheetTSV.document(try Self.job())
        let withoutStatus = sheet.split(separator: "\n", omittingEmptySubsequences: false).map {
            line -> String in
            guard !line.hasPrefix("#") else { return String(line) }
            var cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            if cells.count > 3 { cells.remove(at: 3) }
            return cells.joined(separator: "\t")
        }.joined(separator: "\n")
        #expect {
            try WorksheetTSV.read(withoutStatus, file: "w.tsv")
        } throws: { error in
            "\(error)".contains("the header row has no 'status' column")
                && "\(error)".contains("a draft would be merged as a confirmed translation")
        }
        let markdown = WorksheetMarkdown.document(try Self.job()).replacingOccurrences(
            of: "\"status\":\"\",", with: "")
        #expect {
            try WorksheetMarkdown.read(markdown, file: "w.md")
        } throws: { error in
            "\(error)".contains("p1s1 has no \"status\" in its record")
        }
    }

    @Test func worksheetWithALostIDOrHeaderSaysWhere() {
        #expect {
            try WorksheetTSV.read("id\tsource\ttarget\tafter\nrow1\tA.\tا\t\n", file: "w.tsv")
        } throws: { error in
            guard case .malformed(_, let position, let message) = error as? ExchangeError else {
                return false
            }
            return position.line == 2 && message.contains("'row1'")
        }
        #expect {
            try WorksheetTSV.read("source\ttarget\n", file: "w.tsv")
        } throws: { error in
            guard case .malformed(_, _, let message) = error as? ExchangeError else { return false }
            return message.contains("'id'")
        }
    }

    /// Only LF, CR LF and CR end a worksheet line: a LINE SEPARATOR or a vertical tab a
    /// translator typed stays in the translation (they used to become a space).
    @Test func markdownKeepsOtherLineBreakCharactersInATranslation() throws {
        let text = WorksheetMarkdown.document(try Self.job())
        let filled = text.replacingOccurrences(
            of: "ur: \n\n<!-- p1s2", with: "ur: عدالت\u{2028}اور\u{0B}بار\n\n<!-- p1s2")
        let job = try WorksheetMarkdown.read(filled, file: "w.md")
        #expect(job.segments.first?.target == "عدالت\u{2028}اور\u{0B}بار")
    }

    /// A memory target or file name holding line breaks or `-->` cannot forge worksheet
    /// structure: each break the reader splits at is written as a space, `>` in a record is
    /// escaped, and the untouched worksheet reads back (hostile pass 11).
    @Test func markdownWritesOtherToolsTextOnOneLine() throws {
        var job = try Self.job()
        job.original = "we-->ird\n# name.txt"
        job.units[0].segments[0].target = "ایک\nur: دو\r> تین\r\n<!-- p1s2 {} -->"
        job.units[0].segments[0].origin = .memory
        let text = WorksheetMarkdown.document(job)
        #expect(text.split(separator: "\n").first?.contains("-->ird") == false)
        #expect(text.contains("# we-->ird # name.txt: en → ur"))
        let read = try WorksheetMarkdown.read(text, file: "w.md")
        #expect(read.original == job.original)
        #expect(read.segments.map(\.id) == job.segments.map(\.id))
        #expect(read.segments[0].target == "ایک ur: دو > تین <!-- p1s2 {} -->")
    }

    /// Text a translator typed where the worksheet does not read it is an error at its line,
    /// not dropped: a quoted line under the translation, a line above the `ur:` line.
    @Test(arguments: [
        (
            "ur: \n\n<!-- p1s2", "ur: عدالت\n> اقتباس\n\n<!-- p1s2",
            "a '>' line after the translation"
        ),
        (
            "\nur: \n\n<!-- p1s2", "\nعدالت کا\nur: اجلاس\n\n<!-- p1s2",
            "text before the 'ur:' line of p1s1"
        ),
        // The prefix indented or in capitals is named as that (pass 60).
        ("\nur: \n\n<!-- p1s2", "\n  ur: عدالت\n\n<!-- p1s2", "'  ur:' should read 'ur:'"),
        ("\nur: \n\n<!-- p1s2", "\nUR: عدالت\n\n<!-- p1s2", "'UR:' should read 'ur:'"),
        // So is a record line indented (pass 63: "text after a blank line").
        ("\nur: \n\n<!-- p1s2", "\nur: عدالت\n\n  <!-- p1s2", "this record line is indented"),
    ])
    func markdownTextOutsideTheTranslationIsRefused(_ from: String, _ to: String, _ message: String)
        throws
    {
        let text = WorksheetMarkdown.document(try Self.job())
        let edited = text.replacingOccurrences(of: from, with: to)
        #expect(edited != text)
        #expect {
            try WorksheetMarkdown.read(edited, file: "w.md")
        } throws: { error in
            "\(error)".contains(message)
        }
    }

    /// A Markdown worksheet an editor saved with a byte-order mark is still a worksheet.
    @Test func aMarkdownWorksheetWithAByteOrderMarkIsRead() throws {
        let text = WorksheetMarkdown.document(try Self.job())
        let job = try WorksheetMarkdown.read("\u{FEFF}" + text, file: "w.md")
        #expect(job.sourceText == (try Self.job()).sourceText)
    }

    @Test func markdownTargetsMayWrapAndEditedCommentsAreCaught() throws {
        let text = WorksheetMarkdown.document(try Self.job())
        #expect(text.contains("> Terms: court → عدالت (avoid: کچہری)"))
        let filled = text.replacingOccurrences(
            of: "ur: \n\n<!-- p1s2", with: "ur: عدالت اور\nبار کا اجلاس ہوا۔\n\n<!-- p1s2")
        let job = try WorksheetMarkdown.read(filled, file: "w.md")
        #expect(job.segments.map(\.target) == ["عدالت اور بار کا اجلاس ہوا۔", nil])
        #expect(job.segments.map(\.origin) == [.translator, .none])
        #expect(job.sourceText == (try Self.job()).sourceText)
        let broken = filled.replacingOccurrences(
            of: "<!-- p1s2 {\"after\"", with: "<!-- p1s2 {after")
        #expect {
            try WorksheetMarkdown.read(broken, file: "w.md")
        } throws: { error in
            guard case .malformed(_, let position, _) = error as? ExchangeError else {
                return false
            }
            return position.line > 5
        }
        // A translation typed among the hints, quoted, is an error at its line, not dropped
        // with them (pass 25).
        let hinted = filled.replacingOccurrences(
            of: "> Terms: court → عدالت (avoid: کچہری)\n",
            with: "> Terms: court → عدالت (avoid: کچہری)\n> عدالت کا ترجمہ\n")
        #expect(hinted != filled)
        #expect {
            try WorksheetMarkdown.read(hinted, file: "w.md")
        } throws: { error in
            "\(error)".contains("is neither '> Terms:' nor '> Memory:' and would be lost")
        }
    }

    /// A worksheet record whose key was recapitalised is named at its line (pass 25).
    @Test func aRecapitalisedRecordIsNamedAtItsLine() throws {
        let sheet = WorksheetTSV.document(try Self.job())
        let edited = sheet.replacingOccurrences(of: "# layout:", with: "# Layout:")
        #expect(edited != sheet)
        #expect {
            try WorksheetTSV.read(edited, file: "w.tsv")
        } throws: { error in
            "\(error)".contains("'# Layout:' should read '# layout:'")
                && !"\(error)".contains("w.tsv:1:1")
        }
    }

    @Test func omegatGlossariesKeepOnlyAcceptedRenderings() throws {
        let glossary = Glossary(
            sourceLanguage: "en", targetLanguage: "ur",
            entries: [
                GlossaryEntry(id: "1", source: "court", target: "عدالت", note: "law\tcourt"),
                GlossaryEntry(id: "1", source: "court", target: "کچہری", status: .forbidden),
            ])
        let text = GlossaryOmegaT.write(glossary)
        #expect(text.hasSuffix("court\tعدالت\tpreferred; law court; avoid: کچہری\n"))
        let read = try GlossaryOmegaT.read(text, file: "en-ur.utf8")
        #expect(read.entries.map(\.target) == ["عدالت"])
        #expect(read.targetLanguage == "ur")
        // Its own status and header read back as such: a second round trip changes nothing
        // (pass 24: each added a status and a header).
        #expect(read.entries.map(\.status) == [.preferred])
        #expect(read.entries.map(\.note) == ["law court; avoid: کچہری"])
        #expect(read.comments.isEmpty)
        #expect(GlossaryOmegaT.write(read) == text)
        // A byte-order mark is no part of the first line (review of pass 22).
        for opening in ["# note\n", ""] {
            let marked = try GlossaryOmegaT.read(
                "\u{FEFF}" + opening + "port\tبندرگاہ\n", file: "en-ur.utf8")
            #expect(marked.entries.map(\.source) == ["port"])
        }
        // Columns after the comment go into the note, not away (pass 22).
        let wide = try GlossaryOmegaT.read(
            "port\tبندرگاہ\tsea\tmaritime\t \tdraft\nbay\tخلیج\n", file: "en-ur.utf8")
        #expect(wide.entries.map(\.note) == ["sea; maritime; draft", ""])
    }

    /// A rendering's other forms, a case-sensitive term and its match go into the comment,
    /// before the note
    /// (pass 39: dropped unsaid, 22 false term-missing on the sample).
    @Test func omegatGlossariesCarryFormsCaseAndMatchInTheirComments() throws {
        let glossary = Glossary(
            sourceLanguage: "en", targetLanguage: "ur",
            entries: [
                GlossaryEntry(
                    id: "1", source: "student", target: "طالب علم", variants: ["طلبہ", "طلباء"],
                    note: "a learner"),
                GlossaryEntry(
                    id: "2", source: "CPEC", target: "سی پیک", caseSensitive: true, match: .exact),
                GlossaryEntry(id: "2", source: "CPEC", target: "سیپیک", status: .forbidden),
            ])
        let text = GlossaryOmegaT.write(glossary)
        #expect(text.contains("student\tطالب علم\tpreferred; forms: طلبہ|طلباء; a learner\n"))
        #expect(text.contains("CPEC\tسی پیک\tpreferred; case: yes; match: exact; avoid: سیپیک\n"))
        let read = try GlossaryOmegaT.read(text, file: "en-ur.utf8")
        #expect(read.entries.map(\.variants) == [["طلبہ", "طلباء"], []])
        #expect(read.entries.map(\.caseSensitive) == [false, true])
        #expect(read.entries.map(\.match) == [.inflected, .exact])
        #expect(read.entries.map(\.note) == ["a learner", "avoid: سیپیک"])
        #expect(GlossaryOmegaT.write(read) == text)
        // A note that reads like a field stays a note (pass 41: `case: yes` came back as
        // a case-sensitive term, `forms: …` as a variant).
        let notes = ["case: yes", "forms: see the style guide", "match: exact", "note: x"]
        let odd = Glossary(
            sourceLanguage: "en", targetLanguage: "ur",
            entries: notes.enumerated().map {
                GlossaryEntry(id: "\($0.offset)", source: "army", target: "فوج", note: $0.element)
            })
        let back = try GlossaryOmegaT.read(GlossaryOmegaT.write(odd), file: "en-ur.utf8")
        #expect(back.entries.map(\.note) == notes)
        #expect(back.entries.allSatisfy { !$0.caseSensitive && $0.variants.isEmpty })
        #expect(back.entries.allSatisfy { $0.match == .inflected })
    }
}

/// XML line numbers count the lines an editor shows, whatever the line ends.
@Suite struct XMLPositionTests {
    @Test func aBrokenTagIsReportedOnItsLine() throws {
        let lines = ["<?xml version=\"1.0\"?>", "<tmx version=\"1.4\">", "<body><tu>", "</tux>"]
        do {
            _ = try SafeXML.parse(
                Data(
                    (lines + Array(repeating: "<!-- -->", count: 3000)).joined(separator: "\n").utf8
                ))
            Issue.record("parsed")
        } catch {
            #expect(error.position.line == 4)
        }
    }

    /// One root: text or another element after it is an error where it starts; white
    /// space, comments and processing instructions are not.
    @Test func contentAfterTheRootIsRefused() throws {
        for after in ["\njunk", "\n<a/>", "\n<b>x</b>"] {
            #expect {
                try SafeXML.parse(Data(("<a><b/></a>" + after).utf8))
            } throws: { error in
                (error as? XMLFailure)?.position.line == 2
                    && (error as? XMLFailure)?.message.contains("after the root element <a>")
                        == true
            }
        }
        #expect(try SafeXML.parse(Data("<a/>\n  <!-- end -->\n<?done yes?>\n".utf8)).name == "a")
    }

    @Test func aDeclaredEncodingOtherThanUTF8IsRefused() {
        let xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><tmx version=\"1.4\"/>"
        #expect(throws: XMLFailure.self) { try SafeXML.parse(Data(xml.utf8)) }
        #expect(throws: Never.self) {
            try SafeXML.parse(Data("<?xml version='1.0' encoding='utf-8'?><a/>".utf8))
        }
    }

    @Test func detachedElementsArriveInOrderAndLeaveTheTree() throws {
        let xml = """
            <r a="1"><h/><body><e n="1"/><g><e n="2"/></g><e n="3"/></body></r>
            """
        var seen: [String] = []
        let root = try #require(
            try SafeXML.parse(Data(xml.utf8), detaching: ["e"]) { element, root in
                #expect(root.attributes["a"] == "1")
                seen.append(element.attributes["n"] ?? "")
                return true
            })
        #expect(seen == ["1", "2", "3"])
        #expect(root.descendants("e").isEmpty && root.child("h") != nil)
        var underBody: [String] = []
        let kept = try SafeXML.parse(Data(xml.utf8), detaching: ["e"], under: "body") {
            element, _ in
            underBody.append(element.attributes["n"] ?? "")
            return element.attributes["n"] != "3"
        }
        #expect(underBody == ["1", "3"])
        #expect(kept == nil, "stopped by the handler")
        // Entries do not nest: one inside another is an error at its place.
        #expect {
            try SafeXML.parse(Data("<r>\n<e n=\"1\">\n<e n=\"2\"/></e></r>".utf8), detaching: ["e"])
            {
                _, _ in true
            }
        } throws: { error in
            let failure = error as? XMLFailure
            return failure?.position.line == 3 && failure?.message.contains("inside <e>") == true
        }
    }

    @Test func xliffUnitsInGroupsAreRead() throws {
        let xml = """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ur">
              <file id="f1"><group id="g1">
                <unit id="u1"><segment id="s1"><source>One.</source><target>ایک۔</target></segment></unit>
              </group>
              <unit id="u2"><segment id="s2"><source>Two.</source><target>دو۔</target></segment></unit>
              </file>
            </xliff>
            """
        let job = try XLIFF.read(Data(xml.utf8), file: "g.xlf")
        #expect(job.segments.map(\.id) == ["s1", "s2"])
        #expect(job.targetLanguage == "ur")
        #expect(throws: ExchangeError.self) {
            try XLIFF.read(Data("<xliff version='2.0'><file/></xliff>".utf8), file: "e.xlf")
        }
        // One document per file: a second <file> is refused, not merged into the first.
        let two = xml.replacingOccurrences(of: "</file>", with: "</file><file id=\"f2\"></file>")
        #expect {
            try XLIFF.read(Data(two.utf8), file: "two.xlf")
        } throws: { error in
            "\(error)".contains("a second <file>")
        }
        // A slice of a larger Data reads as well as a whole one.
        let sliced = Data(("junk" + xml).utf8).dropFirst(4)
        #expect(try XLIFF.read(sliced, file: "g.xlf").segments.map(\.id) == ["s1", "s2"])
    }

    @Test func longTextArrivesWhole() throws {
        let text = String(repeating: "بلوچستان ", count: 20000)
        let root = try SafeXML.parse(Data("<a>\(text)<b/>\(text)</a>".utf8))
        #expect(root.innerText() == text + text)
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func errorsAreReportedOnTheirLine(_ end: String) throws {
        let lines = [
            "<?xml version=\"1.0\"?>", "<tmx version=\"1.4\">", "<header/>",
            "<body><!ENTITY x \"y\">", "</body></tmx>",
        ]
        let data = Data(lines.joined(separator: end).utf8)
        #expect(throws: XMLFailure.self) { try SafeXML.parse(data) }
        do {
            _ = try SafeXML.parse(data)
        } catch {
            #expect(error.position == SourcePosition(line: 4, column: 7))
        }
    }
}

/// Text a worksheet would not read as meant is an error at its line (pass 31).
@Suite struct WorksheetNoteTests {
    @Test func notesOutsideATranslationAndShortRowsAreRefused() throws {
        let job = try ExchangeFormatTests.job()
        let markdown = WorksheetMarkdown.document(job)
        let preamble = markdown.replacingOccurrences(
            of: "\n\nWrite each", with: "\nA note of mine\n\nWrite each")
        #expect(throws: ExchangeError.self) { try WorksheetMarkdown.read(preamble, file: "a.md") }
        let filled = markdown.replacingOccurrences(of: "\nur: \n", with: "\nur: ترجمہ\n")
        #expect(try WorksheetMarkdown.read(filled, file: "b.md").segments.count == 2)
        let noted = filled.replacingOccurrences(
            of: "\nur: ترجمہ\n", with: "\nur: ترجمہ\n\nTODO\n")
        #expect(throws: ExchangeError.self) { try WorksheetMarkdown.read(noted, file: "c.md") }
        var lines = WorksheetTSV.document(job).split(separator: "\n").map(String.init)
        lines[lines.count - 1] = lines[lines.count - 1].split(separator: "\t").prefix(3)
            .joined(separator: "\t")
        let short = lines.map { $0.split(separator: "\t").prefix(7).joined(separator: "\t") }
            .joined(separator: "\n")
        #expect(throws: ExchangeError.self) { try WorksheetTSV.read(short, file: "d.tsv") }
    }
}
