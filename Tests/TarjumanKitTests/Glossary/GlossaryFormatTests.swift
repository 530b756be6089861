import Foundation
import Testing

@testable import TarjumanKit

@Suite struct GlossaryFormatTests {
    static let projectGlossary = TestData.root.appendingPathComponent("glossaries/en-ur.tsv").path

    /// A glossary whose terms together outgrow what its matchers can hold is refused at the
    /// row where it does, not matched until memory runs out.
    @Test func aGlossaryOfTooMuchTermTextIsRefusedAtItsRow() throws {
        let folder = try TemporaryFolder()
        let path = (folder.path as NSString).appendingPathComponent("big.en-ur.tsv")
        let term = String(repeating: "b", count: 1_000)
        let rows = (1...8_100).map { "c\($0)\tword\($0)\t\(term)\n" }.joined()
        try ("id\tsource\ttarget\n" + rows).write(toFile: path, atomically: false, encoding: .utf8)
        #expect(throws: GlossaryError.self) { try GlossaryFile.read(path) }
        do {
            _ = try GlossaryFile.read(path)
        } catch {
            // Row n holds 1,000 + the source's characters; the limit falls in row 7,9xx.
            #expect(error.description.contains("more than 8000000 characters"))
            #expect(error.description.contains("big.en-ur.tsv:79"))
        }
    }

    /// A TBX variant holding `|` is refused at its entry: TSV and CSV split variant lists
    /// there, so a converted copy would have held two variants.
    /// Every source term of a concept is matched (synonyms were dropped: only the first
    /// was kept); blank terms are left out and a concept without an id is named by its line.
    @Test func tbxSynonymsAreSourceVariantsAndBlankTermsAreDropped() throws {
        let tbx = """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX" xml:lang="en"><text><body>
            <termEntry id="port"><langSet xml:lang="en"><tig><term>harbour</term></tig>
            <tig><term>port</term></tig><tig><term>seaport</term></tig></langSet>
            <langSet xml:lang="ur"><tig><term>بندرگاہ</term></tig><tig><term> </term></tig></langSet></termEntry>
            <termEntry><langSet xml:lang="en"><tig><term>city</term></tig></langSet>
            <langSet xml:lang="ur"><tig><term>شہر</term></tig></langSet></termEntry>
            <termEntry id="blank"><langSet xml:lang="en"><tig><term> </term></tig></langSet>
            <langSet xml:lang="ur"><tig><term>خالی</term></tig></langSet></termEntry>
            </body></text></martif>
            """
        let glossary = try TBX.read(Data(tbx.utf8), file: "en-ur.tbx")
        #expect(glossary.entries.map(\.id) == ["port", "line-6"])
        #expect(glossary.entries[0].source == "harbour")
        #expect(glossary.entries[0].sourceVariants == ["port", "seaport"])
        #expect(glossary.entries.map(\.target) == ["بندرگاہ", "شہر"])
    }

    /// Language tags are read as the caller reads them (a pack's aliases: `bcc` and `eng`),
    /// the target too (pass 33: `--target bal` found no `bcc` terms).
    @Test func tbxLanguageTagsAreReadThroughTheCallersNames() throws {
        let tbx = """
            <martif type="TBX" xml:lang="eng"><text><body>
            <termEntry id="port"><langSet xml:lang="eng"><tig><term>port</term></tig></langSet>
            <langSet xml:lang="hin"><tig><term>बंदरगाह</term></tig></langSet>
            <langSet xml:lang="bcc"><tig><term>بندر</term></tig></langSet></termEntry>
            </body></text></martif>
            """
        let names = ["eng": "en", "hin": "hi", "bcc": "bal-Arab-PK", "bal": "bal-Arab-PK"]
        let glossary = try TBX.read(
            Data(tbx.utf8), file: "g.tbx", target: "bal", language: { names[$0] ?? $0 })
        #expect(glossary.sourceLanguage == "en" && glossary.targetLanguage == "bal-Arab-PK")
        #expect(glossary.entries.map(\.target) == ["بندر"])
        #expect(try TBX.read(Data(tbx.utf8), file: "g.tbx", target: "bal").entries.isEmpty)
    }

    /// Two packs are two languages, whatever subtags their tags share (pass 48: Iranian
    /// Balochi terms were read into a Pakistani Balochi glossary); a longer tag naming the
    /// pack's script is the pack (`bcc-Arab-PK`), a tag naming no script stays as written.
    @Test func twoPacksTagsAreTwoLanguages() throws {
        let tbx = """
            <martif type="TBX" xml:lang="en"><text><body><termEntry id="gov">
            <langSet xml:lang="en"><tig><term>government</term></tig></langSet>
            <langSet xml:lang="bal-Arab-PK"><tig><term>حکومت</term></tig></langSet>
            <langSet xml:lang="bcc-Arab-PK"><tig><term>سرکار</term></tig></langSet>
            <langSet xml:lang="bal-IR"><tig><term>هکومت</term></tig></langSet>
            </termEntry></body></text></martif>
            """
        let catalog = TestData.catalog
        func targets(_ target: String) throws -> [String] {
            try TBX.read(
                Data(tbx.utf8), file: "g.tbx", target: target, language: catalog.tbxTag,
                packs: Set(catalog.tags)
            ).entries.map(\.target)
        }
        #expect(try targets("bal-Arab-PK") == ["حکومت", "سرکار"])
        #expect(try targets("bal-Arab-IR") == ["هکومت"])
        #expect(catalog.tbxTag("bcc-Arab-PK") == "bal-Arab-PK")
        #expect(catalog.tbxTag("sd-IN") == "sd-IN")
        #expect(catalog.tbxTag("bal-Latn-PK") != "bal-Arab-PK")
    }

    /// Terms are taken in document order whatever their element (`ntig` before `tig`: the
    /// first term written is the main one), and a term wrapped over lines in indented XML is
    /// one line (hostile pass 11).
    @Test func tbxTermsComeInDocumentOrderAndWrappedTermsAreOneLine() throws {
        let tbx = """
            <martif type="TBX"><text><body><termEntry id="e1"><langSet xml:lang="en">
            <ntig><termGrp><term>alpha</term></termGrp></ntig><tig><term>beta</term></tig>
            </langSet><langSet xml:lang="ur"><tig><term>
                  پریس
                  کلب
                </term></tig></langSet></termEntry></body></text></martif>
            """
        let glossary = try TBX.read(Data(tbx.utf8), file: "f.en-ur.tbx")
        #expect(glossary.entries.map(\.source) == ["alpha"])
        #expect(glossary.entries.map(\.sourceVariants) == [["beta"]])
        #expect(glossary.entries.map(\.target) == ["پریس کلب"])
    }

    /// A blank first term does not drop its concept (the next term is the main one), and
    /// a sourceDesc paragraph wrapped over lines is one comment per line, each a `#` line
    /// in TSV (the continuation lines were rows without a `#`: an unreadable file).
    @Test func tbxBlankFirstTermsAndWrappedDescriptionsConvert() throws {
        let tbx = """
            <martif type="TBX" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>Draft
              termbase,
              not reviewed</p></sourceDesc></fileDesc></martifHeader><text><body>
            <termEntry id="e1"><langSet xml:lang="en"><tig><term> </term></tig>
            <tig><term>port</term></tig></langSet><langSet xml:lang="ur"><tig><term>بندرگاہ</term>
            </tig></langSet></termEntry></body></text></martif>
            """
        let glossary = try TBX.read(Data(tbx.utf8), file: "f.en-ur.tbx")
        #expect(glossary.entries.map(\.source) == ["port"])
        #expect(glossary.comments == ["Draft", "termbase,", "not reviewed"])
        var edited = glossary
        edited.comments = ["one\ntwo"]
        let text = GlossaryTSV.write(edited)
        #expect(text.hasPrefix("# one\n# two\n"))
        #expect(try GlossaryTSV.parse(text, file: "f.en-ur.tsv").comments == ["one", "two"])
    }

    /// A folder given as a glossary is an input error saying so, before its format.
    @Test func aFolderIsNotAGlossary() {
        #expect {
            _ = try GlossaryFile.read(FileManager.default.temporaryDirectory.path)
        } throws: { error in
            "\(error)".contains("is a folder")
        }
    }

    /// Rows with characters XML cannot carry are named (TBX drops the characters); tabs,
    /// line breaks and every other letter are carried.
    @Test func rowsXMLCannotCarryAreFound() throws {
        let glossary = try GlossaryTSV.parse(
            "id\tsource\ttarget\tpos\tstatus\nport\tpo\u{1}rt\tبندرگاہ\tnoun\tpreferred\n"
                + "city\tcity\tشہر\tnoun\tpreferred\n", file: "c.en-ur.tsv")
        #expect(glossary.rowsXMLCannotCarry.map(\.id) == ["port"])
        #expect(XMLText.canCarry("a\tb\nپ") && !XMLText.canCarry("\u{FFFF}"))
        #expect(!TBX.write(glossary).contains("\u{1}"))
    }

    /// TBX statuses in the spellings tools write are read; one TBX does not define is an
    /// error at its term (they all became preferred: a forbidden rendering passed check).
    @Test func tbxStatusesAreReadAndUnknownOnesRefused() throws {
        func tbx(_ status: String) -> Data {
            Data(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <martif type="TBX" xml:lang="en" xmlns:basic="http://www.tbxinfo.net/ns/basic"><text><body>
                <termEntry id="c"><langSet xml:lang="en"><tig><term>court</term></tig></langSet>
                <langSet xml:lang="ur"><tig><term>عدالت</term>\(status)</tig></langSet></termEntry>
                </body></text></martif>
                """.utf8)
        }
        let cases: [(String, TermStatus)] = [
            (
                "<termNote type=\"administrativeStatus\">DeprecatedTerm-admn-sts</termNote>",
                .deprecated
            ),
            ("<termNote type=\"administrativeStatus\">forbidden</termNote>", .forbidden),
            ("<termNote type=\"normativeAuthorization\">deprecatedTerm</termNote>", .deprecated),
            // The authorities' values of normativeAuthorization (review of pass 22).
            ("<termNote type=\"normativeAuthorization\">standardizedTerm</termNote>", .preferred),
            ("<termNote type=\"normativeAuthorization\">legalTerm</termNote>", .preferred),
            ("<termNote type=\"normativeAuthorization\">regulatedTerm</termNote>", .preferred),
            (
                "<basic:administrativeStatus>admittedTerm-admn-sts</basic:administrativeStatus>",
                .admitted
            ),
            ("", .preferred),
        ]
        for (status, expected) in cases {
            #expect(
                try TBX.read(tbx(status), file: "g.tbx").entries.first?.status == expected,
                "\(status)")
        }
        #expect {
            try TBX.read(
                tbx("<termNote type=\"administrativeStatus\">bogus</termNote>"), file: "g.tbx")
        } throws: { error in
            "\(error)".hasPrefix("g.tbx:4:")
                && "\(error)".contains("administrativeStatus 'bogus' is not one TBX defines")
        }
        #expect {
            try TBX.read(
                tbx("<termNote type=\"normativeAuthorization\">bogus</termNote>"), file: "g.tbx")
        } throws: { error in
            "\(error)".contains("normativeAuthorization 'bogus' is not one TBX defines")
        }
        // A note's type in another letter case is read (review of pass 22: dropped).
        #expect(
            try TBX.read(tbx("<termNote type=\"PartOfSpeech\">noun</termNote>"), file: "g.tbx")
                .entries.first?.partOfSpeech == "noun")
    }

    @Test func aTBXVariantHoldingTheListSeparatorIsRefused() throws {
        let folder = try TemporaryFolder()
        let path = (folder.path as NSString).appendingPathComponent("en-ur.tbx")
        let tbx = """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX" xml:lang="en"><text><body>
            <termEntry id="state"><langSet xml:lang="en"><tig><term>state</term></tig>
            <tig><term>AC|DC</term><termNote type="termType">variant</termNote></tig></langSet>
            <langSet xml:lang="ur"><tig><term>ریاست</term></tig></langSet></termEntry>
            </body></text></martif>
            """
        try tbx.write(toFile: path, atomically: false, encoding: .utf8)
        #expect {
            try GlossaryFile.read(path)
        } throws: { error in
            (error as? GlossaryError)?.description.contains(
                "en-ur.tbx:5:1: error: entry 'state' has a variant holding '|'") == true
        }
    }

    /// Ids and languages are attributes in TBX: a tab or line break in one is written as a
    /// character reference, since a parser turns raw ones into spaces.
    @Test(arguments: [TBX.Version.v2, .v3])
    func attributesKeepTabsAndLineBreaks(_ version: TBX.Version) throws {
        let glossary = Glossary(
            sourceLanguage: "en", targetLanguage: "ur",
            entries: [GlossaryEntry(id: "a\tb\nc\rd", source: "state", target: "ریاست")])
        let back = try TBX.read(Data(TBX.write(glossary, version: version).utf8), file: "x.tbx")
        #expect(back.entries.map(\.id) == ["a\tb\nc\rd"])
    }

    @Test func readsTheProjectGlossary() throws {
        let glossary = try GlossaryTSV.load(Self.projectGlossary)
        #expect(glossary.sourceLanguage == "en")
        #expect(glossary.targetLanguage == "ur")
        #expect(Set(glossary.entries.map(\.id)).count >= 150)
        let forbidden = try #require(glossary.entries.first { $0.status == .forbidden })
        #expect(forbidden.id == "self-determination")
        #expect(forbidden.target == "خود مختاری")
        #expect(glossary.comments.first?.contains("English → Urdu") == true)
    }

    @Test(arguments: [TBX.Version.v2, .v3])
    func tsvToTBXAndBackIsLossless(_ version: TBX.Version) throws {
        for name in ["en-ur.tsv", "en-bal-Arab-PK.tsv", "en-bal-Latn.tsv"] {
            let path = TestData.root.appendingPathComponent("glossaries/\(name)").path
            let original = try GlossaryTSV.load(path)
            let tbx = TBX.write(original, version: version)
            var back = try TBX.read(Data(tbx.utf8), file: "x.tbx")
            #expect(back.sourceLanguage == original.sourceLanguage)
            #expect(back.targetLanguage == original.targetLanguage)
            #expect(back.comments == original.comments)
            back.entries = back.entries.map {
                var entry = $0
                entry.line = 0
                return entry
            }
            let expected = original.entries.map {
                var entry = $0
                entry.line = 0
                return entry
            }
            #expect(back.entries == expected)
            #expect(GlossaryTSV.write(back) == GlossaryTSV.write(original))
        }
    }

    /// A TBX's descriptions at every level reach the note: the term's, its language
    /// group's, the entry's, named by type where not a definition, and the source term's
    /// under its language (pass 35: all but an entry's definition were dropped unsaid).
    @Test func tbxDescriptionsReachTheNote() throws {
        let tbx = """
            <martif type="TBX-Basic" xml:lang="en"><text><body>
            <termEntry id="e2"><descrip type="definition">entry def</descrip>
             <langSet xml:lang="en"><tig><term>port</term><note>source note</note></tig><tig><term>harbour</term><note>variant note</note></tig></langSet>
             <langSet xml:lang="ur"><descrip type="definition">group def</descrip><tig><term>بندرگاہ</term><descrip type="definition">term def</descrip><descripGrp><descrip type="context">a context</descrip></descripGrp><note>term note</note></tig><ntig><termGrp><term>بندر</term></termGrp><note>ntig note</note></ntig></langSet>
            </termEntry></body></text></martif>
            """
        let glossary = try TBX.read(Data(tbx.utf8), file: "d.tbx", target: "ur")
        // An ntig's notes beside its term group, and a second source term's, too (pass 37).
        #expect(
            glossary.entries.map(\.note) == [
                "term note; term def; context: a context; group def; entry def; en: source note; "
                    + "en: variant note",
                "ntig note; group def; entry def; en: source note; en: variant note",
            ])
    }

    @Test func readsBothTBXLayoutsFromOtherTools() throws {
        let v2 = try TBX.read(
            Data(contentsOf: TestData.fixture("glossary/glossary-tbx-v2-martif.tbx")),
            file: "v2.tbx")
        #expect(v2.targetLanguage == "ur")
        #expect(v2.entries.map(\.target) == ["عدالت", "کورٹ"])
        #expect(v2.entries.map(\.status) == [.preferred, .deprecated])
        #expect(v2.entries.first?.partOfSpeech == "noun")
        #expect(v2.entries.first?.note == "A body that hears and decides legal cases.")
        let v3 = try TBX.read(
            Data(contentsOf: TestData.fixture("glossary/glossary-tbx-basic-v3.tbx")),
            file: "v3.tbx", target: "bal")
        #expect(v3.entries.map(\.target) == ["دیوان"])
        #expect(v3.entries.first?.status == .admitted)
        let urdu = try TBX.read(
            Data(contentsOf: TestData.fixture("glossary/glossary-tbx-basic-v3.tbx")), file: "v3.tbx"
        )
        #expect(
            urdu.entries.first?.note
                == "Oblique plural: عدالتوں; A body that hears and decides legal cases.")
    }

    /// Language tags are compared as tags: `en` under `xml:lang="en-US"`, and `ur-PK` and
    /// `UR` in one file, are one language (such concepts were dropped, pass 9); `bal` and
    /// `bal-Latn` side by side stay two.
    @Test func tbxLanguageTagsMatchAcrossSpellings() throws {
        func tbx(_ root: String, _ entries: [(String, String, String, String)]) -> Data {
            let body = entries.map { id, source, target, term in
                "<termEntry id=\"\(id)\"><langSet xml:lang=\"\(source)\"><tig><term>port \(id)</term></tig>"
                    + "</langSet><langSet xml:lang=\"\(target)\"><tig><term>\(term)</term></tig></langSet></termEntry>"
            }.joined()
            return Data(
                "<martif type=\"TBX\" xml:lang=\"\(root)\"><text><body>\(body)</body></text></martif>"
                    .utf8)
        }
        let mixed = try TBX.read(
            tbx("en-US", [("a", "en", "ur-PK", "بندرگاہ"), ("b", "EN_us", "UR", "گودی")]),
            file: "m.tbx")
        #expect(mixed.entries.map(\.target) == ["بندرگاہ", "گودی"])
        #expect(mixed.conceptsWithoutTarget == 0)
        // Two spellings of the target's tag in one concept: both terms are rows.
        let both = try TBX.read(
            Data(
                ("<martif type=\"TBX\" xml:lang=\"en\"><text><body><termEntry id=\"a\">"
                    + "<langSet xml:lang=\"en\"><tig><term>army</term></tig></langSet>"
                    + "<langSet xml:lang=\"ur-PK\"><tig><term>فوج</term></tig></langSet>"
                    + "<langSet xml:lang=\"UR\"><tig><term>لشکر</term></tig></langSet>"
                    + "</termEntry></body></text></martif>").utf8), file: "b.tbx")
        #expect(both.entries.map(\.target) == ["فوج", "لشکر"])
        let scripts = try TBX.read(
            tbx("bal", [("a", "bal", "bal-Latn", "bandar")]), file: "s.tbx")
        #expect(scripts.targetLanguage == "bal-Latn")
        #expect(scripts.entries.map(\.source) == ["port a"])
        #expect(scripts.entries.map(\.target) == ["bandar"])
        // A target in one script takes the terms in that script only (review of pass 22:
        // bal-Latn and bal-Arab-PK, or bal and bal-Latn, were merged).
        let threeWays = Data(
            ("<martif type=\"TBX\" xml:lang=\"en\"><text><body><termEntry id=\"a\">"
                + "<langSet xml:lang=\"en\"><tig><term>port</term></tig></langSet>"
                + "<langSet xml:lang=\"bal-Latn\"><tig><term>bandar</term></tig></langSet>"
                + "<langSet xml:lang=\"bal-Arab-PK\"><tig><term>بندر</term></tig></langSet>"
                + "<langSet xml:lang=\"bal\"><tig><term>بندرگاہ</term></tig></langSet>"
                + "</termEntry></body></text></martif>").utf8)
        // `bal` is written in Arabic (CLDR's likely script): with `bal-Arab-PK` it is one
        // writing, regions aside.
        for (target, terms) in [
            ("bal-Latn", ["bandar"]), ("bal-Arab-PK", ["بندر", "بندرگاہ"]),
            ("bal", ["بندر", "بندرگاہ"]), ("bal-Arab", ["بندر", "بندرگاہ"]),
            ("bal-PK", ["بندر", "بندرگاہ"]),
        ] {
            #expect(
                try TBX.read(threeWays, file: "t.tbx", target: target).entries.map(\.target)
                    == terms, "\(target)")
        }
        // `ur-Arab` and `ur` are one writing (review of pass 22: split); `sd` is Arabic, no
        // term of a Devanagari Sindhi glossary.
        func concept(_ groups: [(String, String)]) -> Data {
            Data(
                ("<martif type=\"TBX\" xml:lang=\"en\"><text><body><termEntry id=\"a\">"
                    + "<langSet xml:lang=\"en\"><tig><term>port</term></tig></langSet>"
                    + groups.map {
                        "<langSet xml:lang=\"\($0)\"><tig><term>\($1)</term></tig></langSet>"
                    }
                    .joined() + "</termEntry></body></text></martif>").utf8)
        }
        let urdu = concept([("ur-Arab", "بندر"), ("ur", "بندرگاہ")])
        for target in ["ur", "ur-PK", "ur-Arab"] {
            #expect(
                try TBX.read(urdu, file: "u.tbx", target: target).entries.map(\.target)
                    == ["بندر", "بندرگاہ"], "\(target)")
        }
        let sindhi = try TBX.read(concept([("sd", "بندر")]), file: "s.tbx", target: "sd-Deva")
        #expect(sindhi.entries.isEmpty)
        #expect(sindhi.conceptsWithoutTarget == 1)
    }

    @Test(arguments: ["f_en-ur_PK.csv", "g_en_ur.csv"])
    func readsTheTICO19TermbasesAsTheyAre(_ name: String) throws {
        let text = try String(contentsOf: TestData.fixture("glossary/\(name)"), encoding: .utf8)
        let glossary = try GlossaryCSV.read(text, file: name)
        #expect(glossary.entries.count > 300)
        #expect(glossary.sourceLanguage == "en")
        #expect(glossary.targetLanguage.hasPrefix("ur"))
        #expect(glossary.entries.allSatisfy { !$0.source.isEmpty && !$0.target.isEmpty })
        if name == "g_en_ur.csv" {
            #expect(glossary.entries.first?.target == "متعدی")
            #expect(glossary.entries.first?.partOfSpeech == "adjective")
            #expect(
                glossary.entries[3].note.contains("\"Centers for Disease Control and Prevention\""))
        }
    }

    /// A column read twice (two target columns) is an error at the second; a column the
    /// reader does not use may repeat.
    @Test func aCSVColumnReadTwiceIsAnError() throws {
        #expect {
            try GlossaryCSV.read("source,target,Target\nport,A,بندرگاہ\n", file: "d.csv")
        } throws: { error in
            "\(error)" == "d.csv:1:15: error: column 'Target' appears twice in the header; keep one"
        }
        let extra = try GlossaryCSV.read("source,x,target,x\nport,1,بندرگاہ,2\n", file: "e.csv")
        #expect(extra.entries.map(\.target) == ["بندرگاہ"])
    }

    /// A header without the columns read names what it has and what is read, in any letter
    /// case (pass 48: the message hid that case does not matter).
    @Test func aCSVHeaderWithoutItsColumnsIsShown() throws {
        #expect {
            try GlossaryCSV.read("word,meaning\nport,بندرگاہ\n", file: "w.csv")
        } throws: { error in
            "\(error)"
                == "w.csv:1:1: error: the CSV header (word, meaning) needs a source column named "
                + "source, sourceString, term or en and a target column named target, "
                + "targetString or translation, in any letter case"
        }
        // A file of blank lines has no header to show (pass 50: "the CSV header ()").
        #expect {
            try GlossaryCSV.read("\n\n", file: "b.csv")
        } throws: { error in
            "\(error)".hasPrefix("b.csv:1:1: error: empty CSV or an empty first line")
        }
    }

    /// A spreadsheet's glossary reads as it saves one (pass 48): header names in any letter
    /// case, rows of empty cells skipped as blank lines (TSV and CSV), a TSV glossary saved
    /// with commas named so, and no row read under a header without its required columns.
    @Test func spreadsheetHeadersAndEmptyRowsRead() throws {
        let tsv = GlossaryTSV.read(
            "ID\t Source\tTarget\tStatus\nbook\tbook\tکتاب\tPREFERRED\n\t\t\t\nlaw\tlaw\tقانون\t\n",
            file: "g.en-ur.tsv")
        #expect(tsv.findings.isEmpty, "\(tsv.findings)")
        #expect(tsv.glossary.entries.map(\.target) == ["کتاب", "قانون"])
        let csv = try GlossaryCSV.read(
            "id,source,target\nbook,book,کتاب\n,,\nlaw,law,قانون\n", file: "c.csv")
        #expect(csv.entries.map(\.target) == ["کتاب", "قانون"])
        let commas = GlossaryTSV.read("id,source,target\nbook,book,کتاب\n", file: "c.en-ur.tsv")
        #expect(
            commas.findings.map(\.message) == [
                "the glossary was saved with commas between its cells; Tarjuman reads it "
                    + "tab-separated: save it again as text with the tab as the field separator (or "
                    + "name it .csv)"
            ])
        let renamed = GlossaryTSV.read("id\tterm\ttarget\nbook\tbook\tکتاب\n", file: "r.en-ur.tsv")
        #expect(!renamed.findings.contains { $0.message.contains("empty") })
    }

    /// Excel's first line `sep=X` names the separator and is no row (pass 54: it was read as
    /// the header); positions still count it.
    @Test func excelsSeparatorLineIsTheSeparator() throws {
        let semicolons = try GlossaryCSV.read(
            "\u{FEFF}sep=;\r\nsource;target\r\ncolony;\"نوآبادی، بستی\"\r\n", file: "s.csv")
        #expect(semicolons.entries.map(\.target) == ["نوآبادی، بستی"])
        let commas = try GlossaryCSV.read("SEP=,\nsource,target\nport,بندرگاہ\n", file: "c.csv")
        #expect(commas.entries.map(\.source) == ["port"])
        #expect {
            try GlossaryCSV.read("sep=;\nsource;target\nport;\"x\n", file: "q.csv")
        } throws: { error in
            "\(error)".hasPrefix("q.csv:3:")
        }
        // Tarjuman's own columns too, and after a cell holding a line break (pass 57: a
        // line early).
        for (text, line) in [
            ("sep=;\nid;source;target\na;apple;سیب\nb;cat;بلی;x\n", 4),
            ("id,source,target,note\na,apple,سیب,\"two\nlines\"\nb,book\n", 4),
        ] {
            #expect {
                try GlossaryCSV.read(text, file: "o.csv")
            } throws: { error in
                "\(error)".hasPrefix("o.csv:\(line):1: error: row has")
            }
        }
        // A byte-order mark after the line is no part of the first name (pass 57).
        let marked = try GlossaryCSV.read(
            "sep=,\n\u{FEFF}source,target\nport,بندرگاہ\n", file: "m.csv")
        #expect(marked.entries.map(\.target) == ["بندرگاہ"])
        let markedTSV = GlossaryTSV.read(
            "sep=\t\n\u{FEFF}id\tsource\ttarget\np\tport\tبندرگاہ\n", file: "m.tsv")
        #expect(markedTSV.findings.isEmpty && markedTSV.glossary.entries.map(\.id) == ["p"])
        // A line naming a separator the cells do not use says so, at the header (pass 57:
        // "needs a source column", at the line before).
        #expect {
            try GlossaryCSV.read("sep=;\nsource,target\nport,بندرگاہ\n", file: "w.csv")
        } throws: { error in
            "\(error)".hasPrefix("w.csv:2:1: error: the first line 'sep=;' says")
                && "\(error)".contains("separated by ','")
        }
        // Anything else on the line is the header it was.
        for text in ["sep=;x\nsource,target\n", "sep=\nsource,target\n"] {
            #expect(GlossaryCSV.separatorHint(text) == nil)
        }
    }

    /// A TSV glossary reads Excel's `sep=\t` line as no row, and says what another `sep=`
    /// means; empty cells that end the header are padding (pass 57: four and three findings
    /// about the header).
    @Test func aTSVGlossaryReadsExcelsNotesAndPadding() {
        let tab = GlossaryTSV.read("sep=\t\nid\tsource\ttarget\np\tport\tبندرگاہ\n", file: "t.tsv")
        #expect(tab.findings.isEmpty && tab.glossary.entries.map(\.id) == ["p"])
        #expect(tab.glossary.entries.first?.line == 3)
        let semicolons = GlossaryTSV.read("sep=;\nid;source;target\n", file: "s.tsv")
        #expect(
            semicolons.findings.map(\.message).first?.hasPrefix("the first line 'sep=;' is") == true
        )
        #expect(semicolons.findings.count == 1)
        let padded = GlossaryTSV.read(
            "id\tsource\ttarget\t\t\np\tport\tبندرگاہ\t\t\nq\tcity\tشہر\nr\tx\n", file: "p.tsv")
        #expect(padded.glossary.entries.map(\.id) == ["p", "q"])
        #expect(padded.findings.map(\.position.line) == [4])
    }

    /// A CSV or worksheet saved with semicolons between its cells says so (pass 35: "needs a
    /// source column", "the header row has no 'id' column").
    @Test func aFileSavedWithSemicolonsSaysSo() throws {
        #expect {
            try GlossaryCSV.read("id;source;target\n1;colony;نوآبادی\n", file: "s.csv")
        } throws: { error in
            "\(error)".contains("the CSV was saved with semicolons between its cells")
        }
        // A TSV glossary so saved: one finding that says so (pass 37: seven).
        let tsv = GlossaryTSV.read("id;source;target\n1;colony;نوآبادی\n", file: "s.en-ur.tsv")
        #expect(tsv.findings.count == 1)
        #expect(tsv.findings.first?.message.contains("saved with semicolons") == true)
        // A worksheet so saved without its record lines (pass 37).
        #expect {
            try WorksheetTSV.read(
                "id;source;target;status;match;terms;after;source_hash\np1s1;The camp.;x;;;; ;h1\n",
                file: "s.tsv")
        } throws: { error in
            "\(error)".contains("the worksheet was saved with semicolons between its cells")
        }
        // With commas, the record lines not padded (pass 39: "no 'id' column").
        let commas = WorksheetTSV.document(try PrepareMergeTests.prepare("One.\n"))
            .replacingOccurrences(of: "\t", with: ",")
        #expect {
            try WorksheetTSV.read(commas, file: "c.tsv")
        } throws: { error in
            "\(error)".contains("the worksheet was saved with commas between its cells")
        }
        let job = try PrepareMergeTests.prepare("One.\n")
        let sheet = WorksheetTSV.document(job).split(
            separator: "\n", omittingEmptySubsequences: false
        )
        .map { $0.replacingOccurrences(of: "\t", with: ";") + ($0.hasPrefix("#") ? ";;;;;;;" : "") }
        .joined(separator: "\n")
        #expect {
            try WorksheetTSV.read(sheet, file: "s.tsv")
        } throws: { error in
            "\(error)".contains("the worksheet was saved with semicolons between its cells")
        }
    }

    /// Cells a spreadsheet would run as formulas are written after an apostrophe and read
    /// back as they were.
    @Test func csvCellsThatLookLikeFormulasAreDefused() throws {
        let entries = [
            GlossaryEntry(id: "1", source: "=cmd|'/c calc'!A1", target: "+SUM(1)", note: "@x"),
            GlossaryEntry(id: "2", source: "-wala", target: "-والا", note: "'quoted'"),
            GlossaryEntry(id: "3", source: "'=1 is a note", target: "''+x", note: "'"),
            // `=` carrying a combining mark is one character (review of pass 22: written as is).
            GlossaryEntry(id: "4", source: "port", target: "=\u{034F}cmd|x", note: ""),
        ]
        let glossary = Glossary(sourceLanguage: "en", targetLanguage: "ur", entries: entries)
        let csv = GlossaryCSV.write(glossary)
        #expect(csv.contains("2,'-wala,'-والا,") && csv.contains("'+SUM(1)"))
        #expect(!csv.contains(",=") && !csv.contains(",+") && !csv.contains(",@"))
        let back = try GlossaryCSV.read(csv, file: "g.csv")
        #expect(csv.contains(",'=\u{034F}cmd|x"))
        #expect(
            back.entries.map(\.source) == ["=cmd|'/c calc'!A1", "-wala", "'=1 is a note", "port"])
        #expect(back.entries.map(\.target) == ["+SUM(1)", "-والا", "''+x", "=\u{034F}cmd|x"])
        #expect(back.entries.map(\.note) == ["@x", "'quoted'", "'", ""])
    }

    @Test func csvRoundTrip() throws {
        let original = try GlossaryTSV.load(Self.projectGlossary)
        let back = try GlossaryCSV.read(GlossaryCSV.write(original), file: "en-ur.csv")
        #expect(back.entries.map(\.target) == original.entries.map(\.target))
        #expect(back.entries.map(\.status) == original.entries.map(\.status))
        #expect(back.entries.map(\.note) == original.entries.map(\.note))
    }

    /// The advice for a stray quote reads back as the text meant (pass 39: "double it" gave
    /// two quotes, as quotes in pairs in an unquoted field are kept).
    @Test func aStrayQuoteIsMendedAsTheMessageSays() {
        let header = "id\tsource\ttarget\tnote\n"
        let stray = GlossaryTSV.read(header + "k1\tscreen\tاسکرین\t5\" wide\n", file: "en-ur.tsv")
        #expect(stray.findings.first?.message.contains("\"5\"\" wide\" reads as 5\" wide") == true)
        let mended = GlossaryTSV.read(
            header + "k1\tscreen\tاسکرین\t\"5\"\" wide\"\n", file: "en-ur.tsv")
        #expect(mended.findings.isEmpty)
        #expect(mended.glossary.entries.map(\.note) == ["5\" wide"])
    }

    @Test func strayQuotesAndShortRowsAreFoundWithTheirPlace() {
        let text = "id\tsource\ttarget\n1\tcourt\t\"عدالت\n2\tjudge\n3\t\"\"\"quoted\"\"\"\tجج\n"
        let result = GlossaryTSV.read(text, file: "en-ur.tsv")
        #expect(result.findings.map(\.rule) == ["malformed-row", "malformed-row"])
        #expect(result.findings.map(\.position.line) == [2, 3])
        #expect(result.findings[0].message.contains("stray double quote"))
        #expect(result.glossary.entries.map(\.source) == ["\"quoted\""])
        let comment = GlossaryTSV.read(
            "id\tsource\ttarget\n# more below\n1\tcourt\tعدالت\n", file: "en-ur.tsv")
        #expect(comment.findings.map(\.position.line) == [2])
        #expect(comment.findings.first?.message.contains("comment only above the header") == true)
    }

    @Test(arguments: [
        (
            "<?xml version=\"1.0\"?>\n<!DOCTYPE martif [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;\">]>\n<martif/>",
            2
        ),
        (
            "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><martif>&xxe;</martif>",
            2
        ),
        (
            "<?xml version=\"1.0\"?>\n\n<!doctype martif SYSTEM \"x.dtd\" [\n<!-- -->]><martif/>",
            3
        ),
    ])
    func hostileXMLIsRefused(_ xml: String, _ line: Int) {
        #expect(throws: GlossaryError.self) { try TBX.read(Data(xml.utf8), file: "evil.tbx") }
        do {
            _ = try TBX.read(Data(xml.utf8), file: "evil.tbx")
        } catch {
            guard case .unsafeXML(_, let position, let message) = error else {
                Issue.record("wrong error \(error)")
                return
            }
            #expect(position.line == line)
            #expect(message.contains("refused"))
        }
    }

    @Test func brokenXMLReportsLineAndColumn() {
        let xml = "<?xml version=\"1.0\"?>\n<martif>\n  <text><body></text>\n</martif>"
        do {
            _ = try TBX.read(Data(xml.utf8), file: "broken.tbx")
            Issue.record("accepted broken XML")
        } catch {
            guard case .unsafeXML(_, let position, let message) = error else {
                Issue.record("wrong error \(error)")
                return
            }
            #expect(position.line >= 3)
            #expect(message.contains("malformed XML"))
        }
    }

    @Test func aHundredThousandRowGlossaryReadsAndMatches() throws {
        var text = "id\tsource\ttarget\tpos\tstatus\n"
        for index in 0..<100_000 {
            text += "t\(index)\tterm\(index) word\tلفظ\(index)\tnoun\tpreferred\n"
        }
        let result = GlossaryTSV.read(text, file: "en-ur.tsv")
        #expect(result.findings.isEmpty)
        #expect(result.glossary.entries.count == 100_000)
        let matcher = try TermMatcher(
            glossary: result.glossary, side: .source, pack: TestData.pack("en"))
        #expect(try matcher.occurrences(in: "See term99999 words here.").map(\.id) == ["t99999"])
    }
}

/// Glossaries as spreadsheet programs save them.
@Suite struct SpreadsheetGlossaryTests {
    static let rows = [
        "id\tsource\ttarget\tnote", "court\tcourt\tعدالت\t\"a note\twith a tab\"",
        "judge\tjudge\tجج\t\"two\nlines, \"\"quoted\"\"\"", "law\tlaw\tقانون\t",
    ]

    @Test(arguments: ["\n", "\r\n", "\r"])
    func lineEndsAndAByteOrderMarkRead(_ end: String) throws {
        let text = "\u{FEFF}" + Self.rows.joined(separator: end) + end
        let result = GlossaryTSV.read(text, file: "en-ur.tsv")
        #expect(result.findings.isEmpty, "\(result.findings)")
        #expect(result.glossary.entries.map(\.id) == ["court", "judge", "law"])
        #expect(result.glossary.entries[0].note == "a note\twith a tab")
        #expect(result.glossary.entries[1].note == "two\nlines, \"quoted\"")
        // Positions count lines across the quoted line break.
        #expect(result.fieldColumns.count == 3)
    }

    @Test func positionsAfterAQuotedLineBreakStayRight() {
        let text = "id\tsource\ttarget\nx\t\"a\nb\"\tب\ny\tc\t\"unclosed\n"
        let result = GlossaryTSV.read(text, file: "en-ur.tsv")
        #expect(result.findings.map(\.position) == [SourcePosition(line: 4, column: 5)])
        #expect(result.glossary.entries.map(\.source) == ["a\nb"])
    }

    @Test func writtenFieldsWithTabsAndLineBreaksReadBack() throws {
        let original = GlossaryTSV.read(Self.rows.joined(separator: "\n"), file: "en-ur.tsv")
        let back = GlossaryTSV.read(GlossaryTSV.write(original.glossary), file: "en-ur.tsv")
        #expect(back.findings.isEmpty)
        #expect(back.glossary.entries == original.glossary.entries)
    }

    @Test func csvFromASpreadsheetReads() throws {
        let text =
            "\u{FEFF}source,target\r\ncourt,عدالت\r\n\"judge, high court\",\"جج\r\n(عدالت عالیہ)\"\r\n"
        let glossary = try GlossaryCSV.read(text, file: "en-ur.csv")
        #expect(glossary.entries.map(\.source) == ["court", "judge, high court"])
        #expect(glossary.entries.last?.target == "جج\r\n(عدالت عالیہ)")
    }

    @Test func tarjumansOwnCSVKeepsEveryColumn() throws {
        let original = try GlossaryTSV.load(GlossaryFormatTests.projectGlossary)
        let back = try GlossaryCSV.read(GlossaryCSV.write(original), file: "en-ur.csv")
        #expect(back.entries.map(\.variants) == original.entries.map(\.variants))
        #expect(back.entries.map(\.sourceVariants) == original.entries.map(\.sourceVariants))
        #expect(back.entries.map(\.match) == original.entries.map(\.match))
        #expect(back.entries.map(\.caseSensitive) == original.entries.map(\.caseSensitive))
        #expect(back.entries.map(\.sourceReference) == original.entries.map(\.sourceReference))
    }

    /// Notes with CR LF, and a comma or quote carrying a combining mark, are quoted and
    /// come back as written, in CSV and TSV (pass 22: the CSV had its columns shifted).
    @Test func fieldsThatAreOneCharacterWithTheirMarksAreQuoted() throws {
        let tsv =
            "id\tsource\ttarget\tnote\nx\tport\tبندرگاہ\t\"c\r\nd\"\n"
            + "y\tstate\tریاست\tx,\u{301}y\nz\tcity\tشہر\t\"q\"\"\u{301}z\"\n"
        let original = GlossaryTSV.read(tsv, file: "en-ur.tsv")
        #expect(original.findings.isEmpty)
        #expect(original.glossary.entries.map(\.note) == ["c\r\nd", "x,\u{301}y", "q\"\u{301}z"])
        let csv = try GlossaryCSV.read(GlossaryCSV.write(original.glossary), file: "en-ur.csv")
        #expect(csv.entries.map(\.note) == original.glossary.entries.map(\.note))
        let again = GlossaryTSV.read(GlossaryTSV.write(original.glossary), file: "en-ur.tsv")
        #expect(again.glossary.entries.map(\.note) == original.glossary.entries.map(\.note))
    }

    /// A blank id in another tool's CSV is refused at its cell, and a blank TBX id is no
    /// id (the concept is named by its line), as lint would have it (review of pass 22).
    @Test func aBlankIdIsRefusedOrNamedByItsLine() throws {
        #expect(
            throws: GlossaryError.malformed(
                file: "t.csv", position: SourcePosition(line: 2, column: 1),
                message: "the id is empty; give every row an id (rows of one concept share it)")
        ) {
            try GlossaryCSV.read(
                "stringID,sourceString,targetString\n ,port,بندرگاہ\n", file: "t.csv")
        }
        let tbx = """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX" xml:lang="en"><text><body>
            <termEntry id="  "><langSet xml:lang="en"><tig><term>port</term></tig></langSet>
            <langSet xml:lang="ur"><tig><term>بندرگاہ</term></tig></langSet></termEntry>
            </body></text></martif>
            """
        let read = try TBX.read(Data(tbx.utf8), file: "g.en-ur.tbx")
        #expect(read.entries.map(\.id) == ["line-3"])
    }

    /// Entries without an id are named after their line, and never with an id another entry
    /// has: its own `id="line-3"`, or an entry without an id on the same line (pass 22:
    /// such entries were read as one concept).
    @Test func tbxEntriesWithoutAnIdGetIdsNoOtherEntryHas() throws {
        func entry(_ id: String?, _ source: String, _ target: String) -> String {
            "<termEntry\(id.map { " id=\"\($0)\"" } ?? "")><langSet xml:lang=\"en\"><tig><term>"
                + "\(source)</term></tig></langSet><langSet xml:lang=\"ur\"><tig><term>\(target)"
                + "</term></tig></langSet></termEntry>"
        }
        let tbx =
            "<?xml version=\"1.0\"?>\n<martif type=\"TBX\" xml:lang=\"en\"><text><body>\n"
            + entry(nil, "court", "عدالت") + entry(nil, "judge", "جج") + "\n"
            + entry("line-3", "law", "قانون") + entry("line-3.2", "bail", "ضمانت")
            + "\n</body></text></martif>\n"
        let read = try TBX.read(Data(tbx.utf8), file: "g.en-ur.tbx")
        #expect(read.entries.map(\.id) == ["line-3.3", "line-3.4", "line-3", "line-3.2"])
    }

    /// Every entry a TBX copy writes has its own id: a second concept under one id, or rows
    /// of one concept apart, get `ID.2`, `ID.3`… as no row has it, and are listed so the
    /// converting command can say so (pass 22: `id="c1"` was written twice).
    @Test func tbxIdsAreWrittenOnceEach() throws {
        let tsv = GlossaryTSV.read(
            "id\tsource\ttarget\nc1\tcourt\tعدالت\nc2\tjudge\tجج\nc1\tcourt\tکورٹ\n"
                + "c1.2\tlaw\tقانون\nc1\tbail\tضمانت\n", file: "en-ur.tsv")
        let glossary = tsv.glossary
        let xml = TBX.write(glossary)
        let ids = xml.components(separatedBy: "<termEntry id=\"").dropFirst().map {
            String($0.prefix { $0 != "\"" })
        }
        #expect(ids == ["c1", "c2", "c1.3", "c1.2", "c1.4"])
        #expect(glossary.rowsTBXRenames.map { "\($0.row.line):\($0.id)" } == ["4:c1.3", "6:c1.4"])
        let back = try TBX.read(Data(xml.utf8), file: "en-ur.tbx")
        #expect(back.entries.map(\.target) == glossary.entries.map(\.target))
        #expect(Set(back.entries.map(\.id)).count == 5)
        // Ids are compared as XML carries them: a control character is dropped (review of
        // pass 23: `a` was written twice).
        let control = GlossaryTSV.read(
            "id\tsource\ttarget\na\u{1B}\tone\tایک\na\ttwo\tدو\n", file: "en-ur.tsv"
        ).glossary
        #expect(TBX.entryIDs(control.entries) == ["a", "a.2"])
        #expect(control.rowsTBXRenames.map(\.id) == ["a.2"])
        // Many concepts under one id each get the next free suffix.
        let many = (0..<3000).map {
            GlossaryEntry(id: $0 == 1 ? "c.3" : "c", source: "w\($0)", target: "ل")
        }
        let manyIDs = TBX.entryIDs(many)
        #expect(Set(manyIDs).count == 3000)
        #expect(Array(manyIDs.prefix(4)) == ["c", "c.3", "c.2", "c.4"])
    }

    /// A TBX entry whose id an earlier entry has is another concept: its rows are read under
    /// `ID.2` and listed, not merged into the first concept (review of pass 23).
    @Test func aTBXIdTwiceIsReadAsTwoConcepts() throws {
        let entry = { (source: String, target: String) in
            "<termEntry id=\"dup\"><langSet xml:lang=\"en\"><tig><term>\(source)</term></tig>"
                + "</langSet><langSet xml:lang=\"ur\"><tig><term>\(target)</term></tig>"
                + "</langSet></termEntry>\n"
        }
        let tbx =
            "<?xml version=\"1.0\"?>\n<martif type=\"TBX\" xml:lang=\"en\"><text><body>\n"
            + entry("court", "عدالت") + entry("law", "قانون") + "</body></text></martif>\n"
        let read = try TBX.read(Data(tbx.utf8), file: "g.en-ur.tbx")
        #expect(read.entries.map(\.id) == ["dup", "dup.2"])
        #expect(read.renamedOnReading == [.init(line: 4, id: "dup", newID: "dup.2")])
    }

    @Test func aColumnTwiceIsAnError() {
        let result = GlossaryTSV.read(
            "id\tsource\ttarget\ttarget\nx\ta\tب\tXXX\n", file: "en-ur.tsv")
        #expect(result.findings.contains { $0.message.contains("column 'target' appears twice") })
    }

    @Test func sarifURIsArePercentEncoded() {
        #expect(FindingFormat.uriReference("dir/a b,c:d%ü.txt") == "dir/a%20b%2Cc%3Ad%25%C3%BC.txt")
        #expect(FindingFormat.uriReference("/tmp/a b.txt") == "file:///tmp/a%20b.txt")
    }
}

/// Only an OmegaT comment's first word is read as the status (pass 31).
@Suite struct OmegaTCommentTests {
    @Test func aNoteThatIsAStatusWordStaysTheNote() throws {
        let glossary = try GlossaryOmegaT.read(
            "ship\tجہاز\tpreferred; admitted\nboat\tکشتی\tadmitted; admitted; rare\n",
            file: "g.en-ur.utf8")
        #expect(glossary.entries.map(\.status) == [.preferred, .admitted])
        #expect(glossary.entries.map(\.note) == ["admitted", "admitted; rare"])
    }
}

/// TBX ids are XML IDs: any glossary id is written as one and read back as it was (pass 31:
/// `1` and `a b` were written as they are, which schema-checking TBX readers refuse).
@Suite struct TBXIDTests {
    @Test(arguments: [
        ("1", "_x0031_"), ("a b", "a_x0020_b"), ("court", "court"), ("c-court.2", "c-court.2"),
        ("_x0020_", "_x005F_x0020_"), ("a:b", "a_x003A_b"), ("بندرگاہ", "بندرگاہ"),
        ("😀", "😀"), ("a\u{FFFF}b", "a_xFFFF_b"),
        // Review of pass 31: a literal `_x…` before an escaped character, characters
        // Unicode calls alphabetic that XML names do not take.
        ("_x0041 ", "_x005F_x0041_x0020_"), (" x0020_", "_x0020_x0020_"),
        ("µg", "_x00B5_g"), ("nº1", "n_x00BA_1"), ("\u{345}a", "_x0345_a"),
    ])
    func anyIdIsAnXMLIDAndComesBack(_ id: String, _ written: String) {
        #expect(XMLIDName.encoded(id) == written)
        #expect(XMLIDName.decoded(written) == id)
    }

    /// Any id comes back from its XML name, and two ids never share one.
    @Test func encodingRoundTripsOnRandomIds() {
        let pieces = ["_", "x", "0", "4", "1", "F", " ", "A", "µ", ":", "é", "😀", "-", "."]
        var random = SeededRandom(seed: 0x1D5)
        var seen: [String: String] = [:]
        for _ in 0..<5_000 {
            let id = (0..<Int(random.next() % 10)).map { _ in
                pieces[Int(random.next() % UInt64(pieces.count))]
            }.joined()
            let name = XMLIDName.encoded(id)
            #expect(XMLIDName.decoded(name) == id, "\(id) → \(name)")
            if let other = seen[name] { #expect(other == id, "\(other) and \(id) → \(name)") }
            seen[name] = id
        }
    }

    @Test func aGlossaryConvertedToTBXAndBackKeepsItsIds() throws {
        let entries = ["1", "a b", "_x0031_"].enumerated().map { index, id in
            GlossaryEntry(id: id, source: "term\(index)", target: "اصطلاح\(index)")
        }
        let glossary = Glossary(sourceLanguage: "en", targetLanguage: "ur", entries: entries)
        let tbx = TBX.write(glossary)
        #expect(tbx.contains("id=\"_x0031_\"") && tbx.contains("id=\"a_x0020_b\""))
        let back = try TBX.read(Data(tbx.utf8), file: "g.tbx")
        #expect(back.entries.map(\.id) == ["1", "a b", "_x0031_"])
    }
}
