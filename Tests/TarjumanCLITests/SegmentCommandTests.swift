import Foundation
import Testing

@Suite struct SegmentCommandTests {
    /// An English title kept in Latin letters in Urdu ends no sentence (pass 65: `Dr.` did,
    /// and the sentence after it was an addition).
    @Test func aLatinTitleInUrduEndsNoSentence() throws {
        let result = try CLIRunner.run(
            ["segment", "--locale", "ur", "-"],
            input: Data("Dr. Anthony Fauci نے ملاقات کی۔\n".utf8))
        #expect(result.stdout == "p1s1\t1:1\tDr. Anthony Fauci نے ملاقات کی۔\n", "\(result.stderr)")
    }

    /// A footnote mark after an Urdu full stop stays with its sentence, and no sentence ends
    /// at an opening bracket (pass 67: `![` and `<![CDATA[` were split, and a merge put a
    /// space inside them).
    @Test func footnoteMarksAndBracketsEndNoSentence() throws {
        let result = try CLIRunner.run(
            ["segment", "--locale", "ur", "-"],
            input: Data("وہ چلا گیا۔* پھر وہ آیا۔ نقشہ ![Map](map.png) دیکھیں۔\n".utf8))
        #expect(
            result.stdout
                == "p1s1\t1:1\tوہ چلا گیا۔*\np1s2\t1:14\tپھر وہ آیا۔\n"
                + "p1s3\t1:26\tنقشہ ![Map](map.png) دیکھیں۔\n", "\(result.stderr)")
    }

    /// Dotted initials in Arabic script are one word, in Persian, Arabic and Urdu; two
    /// words joined by a full stop stay two sentences (pass 23).
    @Test func dottedArabicScriptInitialsAreOneWord() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'ج.ا.ا. بیانیه داد.\\n' | "$TARJUMAN" segment --locale fa - | cut -f3
            printf 'x ا.ب.پ y\\n' | "$TARJUMAN" segment --locale ar - | cut -f3
            printf 'دا لومړۍ جمله ده.دا دویمه جمله ده.\\n' | "$TARJUMAN" segment --locale ps - | wc -l
            """)
        #expect(result.stdout == "ج.ا.ا. بیانیه داد.\nx ا.ب.پ y\n2\n", "\(result.stderr)")
    }

    /// A line ending in `for` is unwrapped into the capitalised line after it (pass 36).
    @Test func aLineEndingInForIsUnwrapped() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'The court has fixed the hearing of Case No. 214 for\\nTuesday, 14 April. All must attend.\\n' \\
                | "$TARJUMAN" segment - | cut -f1,2
            """)
        #expect(result.stdout == "p1s1\t1:1\np1s2\t2:20\n", "\(result.stderr)")
    }

    /// English initials in a row stay one name (pass 36: split before `A.` and `I.`).
    @Test func initialsInARowStayOneName() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'Dr. M. A. Khan examined 20 patients. The report by M. I. Jinnah was read.\\n' \\
                | "$TARJUMAN" segment - | cut -f3
            """)
        #expect(
            result.stdout
                == "Dr. M. A. Khan examined 20 patients.\nThe report by M. I. Jinnah was read.\n",
            "\(result.stderr)")
    }

    /// Without --locale, the file's name gives the language, as for the other commands
    /// (pass 33: `segment sg.hi.txt` split after डॉ. as English would).
    @Test func theFileNameGivesTheLanguage() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'डॉ. शर्मा आए। वे बोले।\n' > sg.hi.txt; cp sg.hi.txt sg.txt
            "$TARJUMAN" segment sg.hi.txt | wc -l
            "$TARJUMAN" segment sg.txt | wc -l
            printf 'كتاب\n' > n.ur.txt
            "$TARJUMAN" normalize n.ur.txt
            """)
        #expect(result.stdout == "2\n3\nکتاب\n", "\(result.stderr)")
    }

    /// An inline numbered list opens after a pack's own terminator, Hindi's danda too (pass
    /// 33: `2.` was cut from its item).
    @Test func anInlineListOpensAfterADanda() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'यह हुआ। 1. पहला 2. दूसरा।\n' | "$TARJUMAN" segment --locale hi - | cut -f3
            """)
        #expect(result.stdout == "यह हुआ।\n1. पहला\n2. दूसरा।\n", "\(result.stderr)")
    }

    /// A byte-order mark takes no column: positions are where an editor shows the text.
    /// A number ending a phrase before the next sentence is not a list item.
    @Test func numbersEndingPhrasesAreNoListItems() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'We met in room 1. Then we went to room 2. Finally we reached room 3.\\n' > r.txt
            "$TARJUMAN" segment r.txt | cut -f3
            """)
        #expect(
            result.stdout
                == "We met in room 1.\nThen we went to room 2.\nFinally we reached room 3.\n",
            "\(result.stderr)")
    }

    /// The text format is one line per sentence of three tab-separated fields: a tab or
    /// line break inside a sentence is a space, an escape sequence is shown, not sent;
    /// `terms` shows a term found across a line break on one line too.
    @Test func textRecordsAreOneSafeLineEach() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'A tab\\there and a\\r\\nwrapped \\033[31mline \\342\\200\\256ok\\342\\200\\224.\\n' | "$TARJUMAN" segment --locale en -
            printf 'id\\tsource\\ttarget\\nd\\tdeep sea port\\tگہرے پانی کی بندرگاہ\\n' > g.en-ur.tsv
            printf 'The deep\\tsea\\nport.\\n' | "$TARJUMAN" terms --glossary g.en-ur.tsv -
            printf 'A deep sea port.\\n' > "$(printf 'x\\342\\200\\256.en.txt')"
            "$TARJUMAN" terms --glossary g.en-ur.tsv x*.en.txt
            """)
        #expect(
            result.stdout
                == "p1s1\t1:1\tA tab here and a wrapped \\u{1B}[31mline \\u{202E}ok—.\n"
                + "<stdin>:1:5: d\tdeep sea port → گہرے پانی کی بندرگاہ\n"
                + "x\\u{202E}.en.txt:1:3: d\tdeep sea port → گہرے پانی کی بندرگاہ\n",
            "\(result.stderr)")
    }

    @Test func aByteOrderMarkTakesNoColumn() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf '\\357\\273\\277Hello. World.\\n' > b.en.txt
            "$TARJUMAN" segment --format tsv b.en.txt | cut -f6 | tail -2
            printf '\\357\\273\\277The court of Balochistan.\\n' > c.en.txt
            "$TARJUMAN" terms --glossary "$ROOT/glossaries/en-ur.tsv" c.en.txt | cut -d' ' -f1
            """)
        #expect(result.stdout == "1:1\n1:8\nc.en.txt:1:14:\n", "\(result.stderr)")
    }

    @Test func segmentsTheSampleAsTheREADMEShows() throws {
        let result = try CLIRunner.run(["segment", "seeds/baloch-uprising.en.txt"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 88)
        #expect(lines.first?.hasPrefix("p1s1\t1:1\tThe mass mobilisations") == true)
        #expect(lines.contains("p3s1\t5:1\tThe Roots of Colonial Exploitation"))
    }

    /// Web-text rules from the command line: an emoticon closes its sentence, `Yahoo!` goes
    /// on into `Inc.`.
    @Test func webTextRulesApplyFromTheCommandLine() throws {
        #expect(
            try Self.segmented("He joined Yahoo! Inc. in 2004 :) Then he left.\n", locale: "en")
                == "p1s1\t1:1\tHe joined Yahoo! Inc. in 2004 :)\np1s2\t1:34\tThen he left.\n")
        #expect(
            try Self.segmented("Write to a@b.org Thanks :) see you\n", locale: "en")
                == "p1s1\t1:1\tWrite to a@b.org\np1s2\t1:18\tThanks :)\np1s3\t1:28\tsee you\n")
    }

    /// Chinese without spaces and merged Urdu dates are segmented in one pass (they were
    /// quadratic: 32 KB of `a。` took 46 s).
    @Test func textWithoutSpacesIsSegmentedFromTheCommandLine() throws {
        let chinese = try Self.segmented(String(repeating: "这是一个句子。", count: 4_000), locale: "en")
        #expect(chinese.split(separator: "\n").count == 4_000)
        let dates = try Self.segmented(String(repeating: "۱۴۔۰۸۔", count: 4_000), locale: "ur")
        #expect(dates.split(separator: "\n").count == 1)
    }

    /// `segment --locale LOCALE -` of `text`: its standard output, after a successful run.
    static func segmented(_ text: String, locale: String) throws -> String {
        let result = try CLIRunner.run(
            ["segment", "--locale", locale, "-"], input: Data(text.utf8))
        #expect(result.status == 0)
        return result.stdout
    }

    @Test func jsonLinesCarryIdsRangesAndPositions() throws {
        let result = try CLIRunner.run([
            "segment", "--format", "jsonl", "seeds/baloch-uprising.en.txt",
        ])
        #expect(result.status == 0)
        let first = try #require(result.stdout.split(separator: "\n").first)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        #expect(object["id"] as? String == "p1s1")
        #expect(object["byte_start"] as? Int == 0)
        #expect(object["byte_end"] as? Int == 157)
        #expect((object["start"] as? [String: Int])?["line"] == 1)
        #expect((object["text"] as? String)?.hasSuffix("national oppression.") == true)
    }

    /// A paragraph of more sentences than are written at a time (1,024): every sentence once,
    /// in order, in every format.
    @Test(arguments: ["text", "tsv", "jsonl"])
    func aLongParagraphIsWrittenWholeAndInOrder(_ format: String) throws {
        let count = 2_500
        let input = Data((1...count).map { "Item \($0) is here." }.joined(separator: " ").utf8)
        let result = try CLIRunner.run(["segment", "--format", format, "-"], input: input)
        #expect(result.status == 0)
        var lines = result.stdout.split(separator: "\n")
        if format == "tsv" { lines.removeFirst() }
        #expect(lines.count == count)
        for (index, line) in lines.enumerated() {
            let id = "p1s\(index + 1)"
            let text = "Item \(index + 1) is here."
            guard line.contains(format == "jsonl" ? "\"id\":\"\(id)\"" : id + "\t"),
                line.contains(text)
            else {
                Issue.record("line \(index + 1): \(line)")
                break
            }
        }
    }

    @Test func tsvHasAHeaderAndEscapesLineBreaks() throws {
        let input = Data("A hard-wrapped line of text\nthat continues here.\n".utf8)
        let result = try CLIRunner.run(["segment", "--format", "tsv", "-"], input: input)
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                id\tparagraph\tsentence\tbyte_start\tbyte_end\tstart\tend\ttext
                p1s1\t1\t1\t0\t48\t1:1\t2:21\tA hard-wrapped line of text\\nthat continues here.

                """)
    }

    @Test func urduFromStandardInput() throws {
        #expect(
            try Self.segmented("۱۔ لاپتہ افراد کی بازیابی\n۲۔ فوجی چوکیوں کا خاتمہ\n", locale: "ur")
                == "p1s1\t1:1\t۱۔ لاپتہ افراد کی بازیابی\np1s2\t2:1\t۲۔ فوجی چوکیوں کا خاتمہ\n")
    }

    @Test func aLocaleInAnotherScriptExitsTwo() throws {
        let result = try CLIRunner.run(
            ["segment", "--locale", "hi-Arab", "-"], input: Data("x\n".utf8))
        #expect(result.status == 2)
        #expect(result.stderr.contains("the 'hi' pack is for Deva script, not Arab"))
    }

    @Test func unknownLocaleExitsTwoAndListsTheKnownOnes() throws {
        let result = try CLIRunner.run([
            "segment", "--locale", "brh", "seeds/baloch-uprising.en.txt",
        ])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr.contains(
                "unknown locale 'brh'; known locales: ar, bal-Arab-IR, bal-Arab-PK, bal-Latn, en, fa, hi, ps, sd, ur"
            ))
    }

    @Test func invalidUTF8ExitsTwoWithThePlaceAndLeavesNoOutputFile() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("bad.txt")
        try Data(Array("Good line.\n\nBad ".utf8) + [0xFF] + Array(" line.\n".utf8)).write(
            to: input)
        let output = folder.appendingPathComponent("out.tsv")
        let result = try CLIRunner.run([
            "segment", "--format", "tsv", "--output", output.path, input.path,
        ])
        #expect(result.status == 2)
        #expect(
            result.stderr.contains(
                "bad.txt:3:5: error: invalid UTF-8 at byte offset 16 (bytes 0xFF)"))
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(left == ["bad.txt"])
    }

    @Test func nulBytesEmptyFilesAndMissingFiles() throws {
        let nul = try CLIRunner.run(["segment", "-"], input: Data([0x61, 0x00, 0x62]))
        #expect(nul.status == 2)
        #expect(nul.stderr.contains("NUL byte at byte offset 1"))
        let empty = try CLIRunner.run(["segment", "-"], input: Data())
        #expect(empty.status == 0)
        #expect(empty.stdout.isEmpty)
        let missing = try CLIRunner.run(["segment", "no-such-file.txt"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no-such-file.txt: error: cannot read: no such file"))
    }

    @Test func writesTheOutputFileAtomically() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("segments.jsonl")
        let result = try CLIRunner.run([
            "segment", "--format", "jsonl", "-o", output.path, "seeds/baloch-uprising.en.txt",
        ])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(try String(contentsOf: output, encoding: .utf8).split(separator: "\n").count == 88)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["segments.jsonl"])
    }

    @Test func usageErrorsExitTwo() throws {
        let result = try CLIRunner.run([
            "segment", "--format", "xml", "seeds/baloch-uprising.en.txt",
        ])
        #expect(result.status == 2)
        #expect(result.stderr.contains("xml"))
    }

    /// Pass 30: an empty input gives no output in TSV either (no header alone); a line of
    /// one form feed separates paragraphs as other white-space lines do; only the first of
    /// two byte-order marks takes no column, as in `terms`.
    @Test func emptyInputFormFeedLinesAndDoubleMarks() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf '' | "$TARJUMAN" segment --format tsv | wc -c
            printf 'Alpha one.\\n\\f\\nBeta two.\\n' | "$TARJUMAN" segment --format tsv | cut -f1
            printf '\\357\\273\\277\\357\\273\\277The struggle.\\n' > bb.txt
            "$TARJUMAN" segment --format tsv bb.txt | cut -f6,7
            "$TARJUMAN" terms --glossary "$ROOT/glossaries/en-ur.tsv" bb.txt | cut -f1
            """)
        #expect(
            result.stdout
                == "0\nid\np1s1\np2s1\nstart\tend\n1:2\t1:15\nbb.txt:1:6: struggle\n",
            "\(result.stderr)")
    }
}

/// Running web text through the command line: informal questions, attributions, addresses.
@Suite struct SegmentRunningTextCommandTests {
    @Test func informalTextIsSegmentedAsPeopleWriteIt() throws {
        let text =
            "where did you grow up? india? \"Why?\" he asked. See www.example.Com now. "
            + "We talked... The end. Add 1 tsp. salt. He said “ہے۔” and left."
        let result = try CLIRunner.run(
            ["segment", "--format", "text", "-"], input: Data(text.utf8))
        #expect(result.status == 0)
        let sentences = result.stdout.split(separator: "\n").map {
            $0.split(separator: "\t", maxSplits: 2).last.map(String.init) ?? ""
        }
        #expect(
            sentences == [
                "where did you grow up?", "india?", "\"Why?\" he asked.",
                "See www.example.Com now.",
                "We talked...", "The end.", "Add 1 tsp. salt.", "He said “ہے۔” and left.",
            ])
    }

    /// Pass 44's families through the command: an attribution ending in a verb of saying
    /// stays with its quotation (Urdu and English), and `etc.` ends a sentence before a
    /// capitalised word.
    @Test func attributionsAndFinalAbbreviations() throws {
        let urdu = try CLIRunner.run(
            ["segment", "--locale", "ur", "--format", "tsv", "-"],
            input: Data("’’آپ کہاں جا رہے ہیں؟‘‘ ماں نے پوچھا۔ وہ خاموش رہا۔\n".utf8))
        #expect(urdu.stdout.split(separator: "\n").count == 3, "\(urdu.stdout)")
        let english = try CLIRunner.run(
            ["segment", "--locale", "en", "-"],
            input: Data(
                ("\"Stop!\" Jake shouted. It takes nuts, etc. Everything ships. Yahoo! Inc. sells. "
                    + "He is 5 ft. 10 in. tall. Hi Sam, Just a heads up. Regards, Debra\n"
                    + "\nI will be there If you can come\n").utf8))
        #expect(
            english.stdout.split(separator: "\n").map { $0.split(separator: "\t").last ?? "" } == [
                "\"Stop!\" Jake shouted.", "It takes nuts, etc.", "Everything ships.",
                "Yahoo! Inc. sells.", "He is 5 ft. 10 in. tall.", "Hi Sam,", "Just a heads up.",
                "Regards,", "Debra", "I will be there", "If you can come",
            ], "\(english.stdout)")
    }

    /// Mail layout through the command: a header's date stamp, a separator line and a list
    /// of links end sentences that carry no terminator, in text and JSON Lines alike.
    @Test func mailLayoutEndsSentences() throws {
        let input = Data(
            ("Thanks, Kay Kay Mann 04/26/2001 07:17 AM Will you send it? ***** "
                + "See http://a.org/x.html http://a.org/y.html\n").utf8)
        let text = try CLIRunner.run(["segment", "--locale", "en", "-"], input: input)
        #expect(text.status == 0)
        #expect(
            text.stdout.split(separator: "\n").map { $0.split(separator: "\t").last ?? "" } == [
                "Thanks,", "Kay Kay Mann", "04/26/2001 07:17 AM", "Will you send it?", "*****",
                "See http://a.org/x.html", "http://a.org/y.html",
            ], "\(text.stdout)")
        let lines = try CLIRunner.run(
            ["segment", "--locale", "en", "--format", "jsonl", "-"], input: input)
        #expect(lines.stdout.split(separator: "\n").count == 7, "\(lines.stdout)")
    }

    /// `--jobs` sets how many threads segment; every number gives the same bytes, in every
    /// format, for batches of short paragraphs and a paragraph longer than a batch, read
    /// from a file or a pipe; `--jobs 0` is refused.
    @Test func everyNumberOfJobsGivesTheSameOutput() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            S="$ROOT/seeds/baloch-uprising.en.txt"
            for i in 1 2 3 4 5 6 7 8; do cat "$S"; echo; done > doc.txt
            for i in 1 2 3 4 5 6 7 8 9 10 11 12; do tr '\\n' ' ' < "$S"; done >> doc.txt
            for format in text tsv jsonl; do
                "$TARJUMAN" segment --locale en --format $format --jobs 1 doc.txt > one
                "$TARJUMAN" segment --locale en --format $format --jobs 3 doc.txt > three
                cat doc.txt | "$TARJUMAN" segment --locale en --format $format - > piped
                cmp one three && cmp one piped && echo "$format same $(wc -l < one)"
            done
            "$TARJUMAN" segment --locale en --jobs 0 doc.txt; echo "zero $?"
            "$TARJUMAN" segment --locale en --jobs -1 doc.txt; echo "negative $?"
            # Pass 52: a huge number read ahead without bound, 2^61 overflowed (SIGILL).
            "$TARJUMAN" segment --locale en --format jsonl --jobs 2305843009213693952 doc.txt \\
                | cmp - one \
                && echo "huge same"
            """)
        #expect(
            result.stdout.split(separator: "\n").map { $0.split(separator: " ").prefix(2) }
                == [
                    ["text", "same"], ["tsv", "same"], ["jsonl", "same"], ["zero", "2"],
                    ["negative", "2"], ["huge", "same"],
                ],
            "\(result.stdout) \(result.stderr)")
        #expect(result.stderr.contains("--jobs must be at least 1"))
        // The long paragraph's sentences are there too: 8 copies and 12 in one paragraph.
        let lines = result.stdout.split(separator: "\n").first?.split(separator: " ").last
        #expect(lines.flatMap { Int($0) }.map { $0 > 20 * 80 } == true, "\(result.stdout)")
    }
}
