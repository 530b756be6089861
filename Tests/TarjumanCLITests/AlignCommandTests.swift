import Foundation
import Testing

@Suite struct AlignCommandTests {
    /// With `--lines`, a byte-order mark stays out of line 1: no finding for it, and not
    /// in the aligned text (pass 9).
    /// A pack whose bead priors leave shapes out keeps the defaults for them: no paragraph
    /// of the document is dropped (with only 1-1, 2-1 and 1-0 listed, a paragraph of one
    /// sentence against three vanished from the output, exit 0).
    @Test func aPackListingFewBeadShapesDropsNothing() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            mkdir -p D/locales; cp $ROOT/locales/*.yaml D/locales/; ln -s $ROOT/glossaries D/glossaries
            sed -i 's/^  beads: {.*}/  beads: {"1-1": 0.89, "2-1": 0.07, "1-0": 0.03}/' D/locales/ur.yaml
            printf 'One sentence here. Two sentence here. Three here.\\n\\nFour is here.\\n' > t.en.txt
            printf 'پہلا جملہ۔\\n\\nچوتھا۔ پانچواں۔ چھٹا۔\\n' > t.ur.txt
            "$TARJUMAN" align --data-dir D --format tsv t.en.txt t.ur.txt | grep -c 'چھٹا'
            """)
        #expect(result.stdout == "1\n", "\(result.stderr)")
    }

    /// A memory unit made from line-aligned files holds the line's words, without the tab
    /// or spaces around them (hostile pass 20).
    @Test func lineAlignedUnitsHoldNoSpaceAroundTheirText() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf '\\tFirst line.  \\nSecond line.\\n' > a.en.txt
            printf '\\tپہلی سطر۔\\nدوسری سطر۔\\n' > a.ur.txt
            "$TARJUMAN" align --lines --format tmx a.en.txt a.ur.txt 2>/dev/null | grep '<seg>'
            """)
        #expect(
            result.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                == [
                    "<tuv xml:lang=\"en\"><seg>First line.</seg></tuv>",
                    "<tuv xml:lang=\"ur\"><seg>پہلی سطر۔</seg></tuv>",
                    "<tuv xml:lang=\"en\"><seg>Second line.</seg></tuv>",
                    "<tuv xml:lang=\"ur\"><seg>دوسری سطر۔</seg></tuv>",
                ], "\(result.stdout)")
    }

    @Test func aByteOrderMarkIsNoPartOfTheFirstLine() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf '\\357\\273\\277پہلی سطر۔\\nدوسری ۱۹۹۹۔\\n' > b.ur.txt
            printf 'The first line.\\nThe second 1999.\\n' > b.en.txt
            "$TARJUMAN" check --config none --lines b.en.txt b.ur.txt | grep -c FEFF
            "$TARJUMAN" align --lines --format jsonl b.en.txt b.ur.txt | grep -ci ufeff
            """)
        #expect(result.stdout == "0\n0\n", "\(result.stderr)")
    }

    /// 600 empty lines on top of a translation whose first anchor (a year, every 50 lines)
    /// comes at line 604: 600 extra empty lines and every other line paired (pass 16: the
    /// first lines were paired with empty lines or lost, their translations called extra).
    @Test func emptyLinesBeforeTheFirstAnchorAreExtraLines() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            for i in $(seq 1 400); do
              if [ $((i % 50)) = 4 ]; then echo "The year $((1000 + i)) was long and hard."
              else printf 'Words of line %s go on for a while\\n' "$(printf "%$((i % 37 + 1))s" | tr ' ' x)"; fi
            done > e.en.txt
            { yes '' | head -600; cat e.en.txt; } > e.ur.txt
            "$TARJUMAN" align --lines --locale en e.en.txt e.ur.txt 2> report.txt > /dev/null
            grep -vc 'is an extra empty line' report.txt
            tail -1 report.txt
            """)
        #expect(
            result.stdout
                == "1\ne.ur.txt: 400 source line(s), 1000 translated line(s): 600 place(s) out of "
                + "step; 0.0% of source lines at the same line number\n", "\(result.stderr)")
    }

    /// More than a million lines is refused at once with what to do, not aligned until
    /// memory runs out (pass 22: 2 million short lines aborted).
    @Test func aBitextOfTooManyLinesIsRefused() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            yes a | head -n 1000001 > big.en.txt; printf 'ایک\\n' > b.ur.txt
            "$TARJUMAN" check --config none --glossary none --lines big.en.txt b.ur.txt; echo "exit $?"
            """)
        #expect(result.stdout.hasSuffix("exit 2\n"))
        // At the start of its line, as an editor reads it (not after the pair's arguments).
        #expect(
            result.stderr.hasPrefix(
                "big.en.txt:1000001:1: error: more than 1000000 lines; --lines aligns both files whole, at about 1 KB of memory a line: split both at the same lines (split -l 500000) and check each pair of parts\n"
            ), "\(result.stderr)")
    }

    /// An empty source line the translation lacks is a drift (exit 1), found at its line.
    @Test func anEmptySourceLineTheTranslationLacksIsADrift() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'one\\n\\ntwo\\nthree\\n' > l.en.txt; printf 'ایک\\nدو\\nتین\\n' > l.ur.txt
            "$TARJUMAN" check --config none --lines l.en.txt l.ur.txt; echo "exit $?"
            """)
        #expect(
            result.stdout.hasPrefix(
                "l.en.txt:2:1: error: [line-drift] source line 2 is an empty line the translation lacks"
            ),
            "\(result.stdout)")
        #expect(result.stdout.hasSuffix("exit 1\n"))
    }

    /// Three extra empty lines: the last of the run says the lines after it are 3 further
    /// down, the others say nothing of it (pass 16: each said "one further down").
    @Test func aRunOfExtraLinesSaysHowFarOnce() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'a one.\\nb two.\\nc three.\\nd four.\\n' > l.en.txt
            printf 'ایک۔\\n\\n\\n\\nدو۔\\nتین۔\\nچار۔\\n' > l.ur.txt
            "$TARJUMAN" check --config none --lines l.en.txt l.ur.txt | grep -c 'further down'
            "$TARJUMAN" check --config none --lines l.en.txt l.ur.txt | grep -o 'are 3 further down'
            """)
        #expect(result.stdout == "1\nare 3 further down\n", "\(result.stdout)\(result.stderr)")
    }

    /// A one-sentence document with a much longer translation is a pair with a length
    /// note, not an omission, an addition and a 100% incomplete error.
    @Test func oneSentenceEachSideIsAPairWhateverTheLengths() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            python3 -c "open('lr.en.txt','w').write('The people spoke '+'and spoke '*8+'about it.\\n'); open('lr.ur.txt','w').write('لوگ '+'بہت دیر تک اور بہت زیادہ بات کرتے رہے '*8+'اس پر۔\\n')"
            "$TARJUMAN" check --config none lr.en.txt lr.ur.txt | grep -o '\\[[a-z-]*\\]'; echo "exit $?"
            """)
        #expect(result.stdout == "[length-ratio]\nexit 0\n", "\(result.stderr)")
    }

    /// 700 empty lines at the top of a translation of 20 lines: each is an extra line, and
    /// the 20 lines are paired with their sources (pass 14: from about 63 translated lines
    /// per source line on, nothing was aligned and check passed).
    @Test func manyExtraLinesAtTheTopAreEachFound() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'The council met on day %d.\\n' $(seq 20) > k.en.txt
            { yes '' | head -700; printf 'کونسل کا اجلاس دن %d کو ہوا۔\\n' $(seq 20); } > k.ur.txt
            "$TARJUMAN" check --config none --lines k.en.txt k.ur.txt > out.txt; echo "exit $?"
            tail -1 out.txt
            "$TARJUMAN" align --lines k.en.txt k.ur.txt 2>/dev/null | grep -c '1:1.*day \\([0-9]*\\)\\..*دن \\1 '
            """)
        #expect(
            result.stdout == "exit 1\n1 file(s) checked: 700 errors, 0 warnings, 0 info\n20\n",
            "\(result.stderr)")
    }

    /// Parallel lines numbered alike on both sides pass `check --lines` (pass 15: chance
    /// matches of common words drew 1:2 beads, line drifts and number mismatches).
    @Test func parallelNumberedLinesPassCheckLines() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'water hospital people people government market city road 2201.\\nwater people year year road road water market 2202.\\nschool people school year water patient market government 2203.\\n' > c.en.txt
            printf 'شہر پانی مریض شہر شمال لوگ لوگ بازار 2201۔\\nشمال بازار ہسپتال بازار شہر شہر شہر حکومت 2202۔\\nپانی سال سڑک پانی حکومت شمال شہر حکومت 2203۔\\n' > c.ur.txt
            "$TARJUMAN" check --config none --lines c.en.txt c.ur.txt | grep -c -E 'line-drift|number-mismatch'
            "$TARJUMAN" align --lines c.en.txt c.ur.txt 2>&1 >/dev/null | tail -1
            """)
        #expect(
            result.stdout
                == "0\nc.ur.txt: 3 source line(s), 3 translated line(s): 0 place(s) out of step; "
                + "100.0% of source lines at the same line number\n", "\(result.stderr)")
    }

    /// Two swapped lines are checked line by line (their numbers differ), and two empty
    /// translated lines are two findings, not four drifts (pass 32: the swap passed clean as
    /// one 2:2 bead; the empty lines were lost and extra lines, each with the sentence
    /// checks' findings beside); two of three lines empty is incomplete too (pass 63).
    @Test func swappedAndEmptyLinesAreJudgedLineByLine() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'The port was built in 2009.\nThe fort was built in 1890.\nPeople protested in Quetta.\n' > n.en.txt
            printf 'قلعہ ۱۸۹۰ میں بنایا گیا۔\nبندرگاہ ۲۰۰۹ میں بنائی گئی۔\nلوگوں نے کوئٹہ میں احتجاج کیا۔\n' > n.ur.txt
            printf '\n\nلوگوں نے کوئٹہ میں احتجاج کیا۔\n' > e.ur.txt
            "$TARJUMAN" check --config none --lines n.en.txt n.ur.txt | grep -o '^n.ur.txt:[0-9]*:[0-9]*: error: .[a-z-]*'
            "$TARJUMAN" check --config none --lines n.en.txt e.ur.txt | grep -o '^[a-z.]*:[0-9]*:[0-9]*: [a-z]*: .[a-z-]*'
            """)
        #expect(
            result.stdout
                == "n.ur.txt:1:6: error: [number-mismatch\nn.ur.txt:2:9: error: [number-mismatch\n"
                + "e.ur.txt:1:1: error: [incomplete\ne.ur.txt:1:1: error: [line-drift\n"
                + "e.ur.txt:2:1: error: [line-drift\n",
            "\(result.stderr)")
    }

    /// `--lines --format tmx` writes a unit for each pair of lines with text on both sides,
    /// none for empty lines; an empty source's summary says no line is in step.
    @Test func lineAlignedTMXHasNoEmptyUnits() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'One.\n\nTwo.\n' > l.en.txt; printf 'ایک۔\n\nدو۔\n' > l.ur.txt
            "$TARJUMAN" align --lines --format tmx l.en.txt l.ur.txt 2>/dev/null | grep -c '<tu '
            : > e.en.txt; "$TARJUMAN" align --lines e.en.txt l.ur.txt 2>&1 >/dev/null | tail -1
            """)
        #expect(
            result.stdout
                == "2\nl.ur.txt: 0 source line(s), 3 translated line(s): 3 place(s) out of step; "
                + "0.0% of source lines at the same line number\n", "\(result.stderr)")
    }

    /// Empty lines on both sides are in step: nothing to report, exit 0 even on warnings.
    @Test func emptyLinesOnBothSidesPassCheckLines() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'Hello.\\n\\nWorld.\\n' > e.en.txt; printf 'ہیلو۔\\n\\nدنیا۔\\n' > e.ur.txt
            "$TARJUMAN" check --config none --lines --fail-on warning e.en.txt e.ur.txt; echo "exit $?"
            """)
        #expect(
            result.stdout == "1 file(s) checked: 0 errors, 0 warnings, 0 info\nexit 0\n",
            "\(result.stderr)")
    }

    /// A translation missing its last third (1,000 of 1,500 lines) is aligned 1:1 for what
    /// it has: the band covers the whole length difference of a short document (cut at 250
    /// sentences, it shifted 250 pairs, exit 0).
    @Test func aTranslationMissingItsLastThirdIsAlignedForWhatItHas() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            python3 -c "print('\\n'.join('Line %d here.' % n for n in range(1500)))" > s.en.txt
            python3 -c "print('\\n'.join('سطر %d یہاں۔' % n for n in range(1000)))" > s.ur.txt
            "$TARJUMAN" align --format tmx -o s.tmx s.en.txt s.ur.txt
            python3 -c "
            import re
            units = re.findall(r'Line (\\d+) here.</seg></tuv>\\s*<tuv xml:lang=.ur.><seg>سطر (\\d+)', open('s.tmx').read())
            print(len(units), sum(a != b for a, b in units))"
            """)
        #expect(result.stdout == "1000 0\n", "\(result.stderr)")
    }

    @Test func alignsATICO19DocumentAndMarksTheOmission() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let documents = CLIRunner.root.appendingPathComponent(
            "eval/alignment/tico19-en-ur-dev/Wikinews_3")
        let urdu = folder.appendingPathComponent("news.ur.txt")
        try FileManager.default.copyItem(at: documents.appendingPathComponent("ur.txt"), to: urdu)
        let result = try CLIRunner.run([
            "align", "--format", "jsonl", documents.appendingPathComponent("en.txt").path,
            urdu.path,
        ])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(
            lines.first?.hasPrefix(
                "{\"kind\":\"1:1\",\"source_ids\":[\"p1s1\"],\"target_ids\":[\"p1s1\"]") == true)
        #expect(lines.contains { $0.contains("\"kind\":\"1:0\"") && $0.contains("244 thousand") })
    }

    @Test func theDefaultDictionaryAnchorsAndCanBeTurnedOff() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let english = folder.appendingPathComponent("doc.en.txt")
        let urdu = folder.appendingPathComponent("doc.ur.txt")
        try Data(
            ("The school stayed closed all week. According to the doctors, the hospital was "
                + "completely full of patients with fever.\n").utf8
        ).write(to: english)
        try Data("ہسپتال بخار کے مریضوں سے بھرا تھا۔\n".utf8).write(to: urdu)
        let kinds = { (result: CLIRunner.Result) in
            result.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: "\t")[0] }
        }
        let withWords = try CLIRunner.run(["align", english.path, urdu.path])
        #expect(withWords.status == 0)
        #expect(kinds(withWords) == ["[0]:[]", "[1]:[0]"])
        let lengthOnly = try CLIRunner.run([
            "align", "--dictionary", "none", english.path, urdu.path,
        ])
        #expect(kinds(lengthOnly) == ["[0]:[0]", "[1]:[]"])
    }

    @Test func needsToKnowTheTargetLanguage() throws {
        let unnamed = try CLIRunner.run(["align", "seeds/baloch-uprising.en.txt", "README.md"])
        #expect(unnamed.status == 2)
        #expect(unnamed.stderr.contains("cannot tell the language of README.md"))
    }
}

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct AlignTMXTests {
    @Test func writesWellFormedTMXWithBothLanguages() throws {
        let result = try CLIRunner.run([
            "align", "--format", "tmx", "seeds/baloch-uprising.en.txt",
            "seeds/baloch-uprising.ur.txt",
        ])
        #expect(result.status == 0)
        #expect(result.stdout.contains("<tmx version=\"1.4\">"))
        #expect(result.stdout.contains("srclang=\"en\""))
        #expect(result.stdout.components(separatedBy: "<tu ").count - 1 == 88)
        #expect(result.stdout.contains("<tuv xml:lang=\"ur\"><seg>2023ء کے اواخر"))
        let parser = XMLParser(data: Data(result.stdout.utf8))
        #expect(parser.parse())
    }

    /// `-o` names the format when `--format` does not, and `--format` must agree with the
    /// name: pass 43 found TSV written into `memory.tmx`, text into `report.sarif`.
    @Test func theOutputsNameChoosesTheFormatAndMustAgreeWithFormat() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            S=$ROOT/seeds/baloch-uprising
            "$TARJUMAN" align $S.en.txt $S.ur.txt -o memory.tmx && head -c 38 memory.tmx && echo
            "$TARJUMAN" align --format tsv $S.en.txt $S.ur.txt -o beads.tmx; echo "exit $?"
            "$TARJUMAN" check $S.en.txt $S.ur.txt -o report.sarif; head -c 10 report.sarif; echo
            "$TARJUMAN" segment $S.en.txt -o s.jsonl && head -c 7 s.jsonl && echo
            "$TARJUMAN" check --format github $S.en.txt $S.ur.txt -o r.txt && echo github
            ls
            """)
        #expect(
            result.stdout == """
                <?xml version="1.0" encoding="UTF-8"?>
                exit 2
                {"$schema"
                {"id":"
                github
                memory.tmx
                r.txt
                report.sarif
                s.jsonl

                """, "\(result.stderr)")
        #expect(
            result.stderr.contains("--format tsv does not fit beads.tmx, a name for tmx output"))
        // --batch: each pair's own output in the format its name says (pass 45: the main
        // output's), and --format may not contradict it.
        let batch = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'Hello world. This is a test.\\n' > a.en.txt
            printf 'ہیلو دنیا۔ یہ ایک امتحان ہے۔\\n' > a.ur.txt
            printf 'a.en.txt\\ta.ur.txt\\tp1.tsv\\na.en.txt\\ta.ur.txt\\tp2.tmx\\n' > pairs.tsv
            "$TARJUMAN" align --batch pairs.tsv -o main.jsonl; head -c 4 p1.tsv; head -c 5 p2.tmx; echo
            printf 'a.en.txt\\ta.ur.txt\\tc1.json\\na.en.txt\\ta.ur.txt\\tc2.html\\n' > cp.tsv
            "$TARJUMAN" check --batch cp.tsv -o main.xml; head -c 1 c1.json; head -c 9 c2.html; echo
            rm p1.tsv c1.json
            "$TARJUMAN" align --batch pairs.tsv --format tmx; echo "align $?"
            "$TARJUMAN" check --batch cp.tsv --format sarif; echo "check $?"
            ls p1.tsv c1.json 2>&1 | wc -l
            """)
        #expect(
            batch.stdout == "bead<?xml\n{<!DOCTYPE\nalign 2\ncheck 2\n2\n", "\(batch.stderr)")
        #expect(batch.stderr.contains("error: --format tmx does not fit p1.tsv"))
    }

    /// An output named for another command's format is a usage error, nothing written:
    /// `segment -o memory.tmx` wrote text into it, exit 0 (pass 45).
    @Test func anOutputNamedForAnotherCommandsFormatIsRefused() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'Hello world. This is a test.\\n' > a.en.txt
            printf 'ہیلو دنیا۔ یہ ایک امتحان ہے۔\\n' > a.ur.txt
            "$TARJUMAN" segment a.en.txt -o memory.tmx; echo "segment $?"
            "$TARJUMAN" terms a.en.txt --format tsv -o t.tbx; echo "terms $?"
            "$TARJUMAN" check a.en.txt a.ur.txt -o report.tsv; echo "check $?"
            printf 'a.en.txt\\ta.ur.txt\\tc1.jsonl\\n' > cp.tsv
            "$TARJUMAN" check --batch cp.tsv; echo "batch $?"
            "$TARJUMAN" segment a.en.txt -o s.out > /dev/null; echo "out $?"
            ls
            """)
        #expect(
            result.stdout
                == "segment 2\nterms 2\ncheck 2\nbatch 2\nout 0\na.en.txt\na.ur.txt\ncp.tsv\ns.out\n",
            "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "memory.tmx: this command writes no .tmx files; name the file .tsv, .jsonl or "
                    + "another name for text"))
        #expect(result.stderr.contains("--format tsv does not fit t.tbx, a name for tbx output"))
        #expect(result.stderr.contains("error: c1.jsonl: this command writes no .jsonl files"))
    }
}
