import Foundation
import Testing

/// `align` and `check` over many pairs in one process: `--batch PAIRS.tsv` and several
/// SOURCE TARGET pairs; output in pair order whatever the thread count; a bad pair is
/// reported with its place and counted in the exit status without stopping the others.
@Suite struct BatchCommandTests {
    /// Writes `count` small documents (English and Urdu, one number each) and a pairs file.
    static let makeDocuments = """
        for i in $(seq 1 12); do
          printf 'The port is large.\\n\\nIt was built in %d.\\n' "$((1900 + i))" > d$i.en.txt
          printf 'بندرگاہ بڑی ہے۔\\n\\nیہ %dء میں تعمیر ہوئی۔\\n' "$((1900 + i))" > d$i.ur.txt
          printf 'd%d.en.txt\\td%d.ur.txt\\n' "$i" "$i" >> pairs.tsv
        done

        """

    @Test func alignBatchGivesEachPairInOrderWhateverTheThreads() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            Self.makeDocuments + """
                "$TARJUMAN" align --batch pairs.tsv --jobs 1 --format jsonl > one.jsonl || exit 10
                "$TARJUMAN" align --batch pairs.tsv --jobs 4 --format jsonl > four.jsonl || exit 11
                cmp one.jsonl four.jsonl || exit 12
                # The same as one process per pair, concatenated.
                for i in $(seq 1 12); do
                  "$TARJUMAN" align d$i.en.txt d$i.ur.txt --format jsonl >> each.jsonl
                done
                # Each line names its pair; without those fields, the lines are the same.
                sed 's/^{"source_file":"[^"]*","target_file":"[^"]*",/{/' one.jsonl > bare.jsonl
                cmp bare.jsonl each.jsonl || exit 13
                grep -c '"source_file":"d3.en.txt","target_file":"d3.ur.txt"' one.jsonl || exit 16
                # Pairs on the command line, and a pair with its own output file.
                "$TARJUMAN" align d1.en.txt d1.ur.txt d2.en.txt d2.ur.txt > args.tsv || exit 14
                printf 'd3.en.txt\\td3.ur.txt\\tthree.tmx\\n' | "$TARJUMAN" align --batch - --format tmx > main.tmx || exit 15
                grep -c '<tu ' three.tmx
                grep -c '<tu ' main.tmx
                cat args.tsv
                grep -c 1912 one.jsonl
                """)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "2")  // d3 has two beads, each naming its pair
        #expect(lines.dropFirst().first == "2")  // three.tmx holds the pair's two sentences
        #expect(lines.dropFirst(2).first == "0")  // nothing went to the main output
        #expect(result.stdout.contains("\td1.en.txt\td1.ur.txt"))
        #expect(result.stdout.contains("It was built in 1901.\tیہ 1901ء میں تعمیر ہوئی۔"))
        #expect(result.stdout.contains("It was built in 1902.\tیہ 1902ء میں تعمیر ہوئی۔"))
        #expect(lines.last == "1")
    }

    /// TMX unit ids carry the translation's path as given, so pairs in different folders
    /// with the same file names keep distinct ids (hostile pass 11: `c.ur.txt#p1s1` twice).
    @Test func tmxUnitIdsOfPairsInDifferentFoldersAreDistinct() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            mkdir x y
            for d in x y; do
              printf 'The port is large.\\n' > $d/c.en.txt; printf 'بندرگاہ بڑی ہے۔\\n' > $d/c.ur.txt
            done
            "$TARJUMAN" align --format tmx x/c.en.txt x/c.ur.txt y/c.en.txt y/c.ur.txt | grep -o 'tuid="[^"]*"'
            """)
        #expect(
            result.stdout == "tuid=\"x/c.ur.txt#p1s1\"\ntuid=\"y/c.ur.txt#p1s1\"\n",
            "\(result.stderr)")
    }

    /// One pair given twice is refused by `align` and `check`, also through a link (pass 54:
    /// its TMX units twice under the same ids, every finding doubled).
    @Test func aPairGivenTwiceIsRefused() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'The port is large.\\n' > c.en.txt; printf 'بندرگاہ بڑی ہے۔\\n' > c.ur.txt
            ln -s c.ur.txt l.ur.txt
            "$TARJUMAN" align --format tmx c.en.txt c.ur.txt c.en.txt l.ur.txt; echo "align $?"
            "$TARJUMAN" check c.en.txt c.ur.txt c.en.txt c.ur.txt; echo "check $?"
            """)
        #expect(result.stdout == "align 2\ncheck 2\n", "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "error: arguments 3–4: c.en.txt and l.ur.txt are already the pair of arguments "
                    + "1–2; give each pair once; nothing was written"), "\(result.stderr)")
    }

    /// A finding in a source two pairs share names its translation in GitHub annotations
    /// (two identical annotations before).
    @Test func aSharedSourceFindingNamesItsTranslation() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'id\\tsource\\ttarget\\nd\\tdose\\tخوراک\\n' > g.en-ur.tsv
            printf 'Take each dose with water.\\n' > d.en.txt
            printf 'ہر پانی کے ساتھ لیں۔\\n' > d.ur.txt; cp d.ur.txt e.ur.txt
            "$TARJUMAN" check --config none --glossary g.en-ur.tsv --format github d.en.txt d.ur.txt d.en.txt e.ur.txt 2>/dev/null | grep -o 'خوراک (.*)'
            """)
        #expect(result.stdout == "خوراک (d.ur.txt:1:1)\nخوراک (e.ur.txt:1:1)\n", "\(result.stderr)")
    }

    /// One TMX of pairs with different source languages says `srclang="*all*"` (they were
    /// all under the first pair's source); of one source language, that language.
    @Test func aTMXOfSeveralSourceLanguagesSaysAll() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'The port is large.\\n' > c.en.txt; printf 'بندرگاہ بڑی ہے۔\\n' > c.ur.txt
            cp c.ur.txt d.ur.txt; printf 'بندر مزن اِنت۔\\n' > d.bal-Arab-PK.txt
            "$TARJUMAN" align --format tmx c.en.txt c.ur.txt d.ur.txt d.bal-Arab-PK.txt 2>/dev/null | grep -o 'srclang="[^"]*"'
            "$TARJUMAN" align --format tmx c.en.txt c.ur.txt c.en.txt d.ur.txt 2>/dev/null | grep -o 'srclang="[^"]*"'
            """)
        #expect(result.stdout == "srclang=\"*all*\"\nsrclang=\"en\"\n", "\(result.stderr)")
    }

    @Test func checkBatchReportsEveryPairAndABadOneWithoutStoppingTheOthers() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            Self.makeDocuments + """
                printf 'بندرگاہ بڑی ہے۔\\n\\nیہ 1999ء میں تعمیر ہوئی۔\\n' > d7.ur.txt
                printf 'missing.en.txt\\td1.ur.txt\\n' >> pairs.tsv
                "$TARJUMAN" check --batch pairs.tsv --format json > report.json
                echo "exit $?"
                grep -o '"rule":"number-mismatch"' report.json | wc -l
                grep -c 'd7.ur.txt' report.json
                grep -o '"unread":.*' report.json
                printf 'only-one-field\\n' >> pairs.tsv
                "$TARJUMAN" check --batch pairs.tsv --format github 2> /dev/null | grep '::error'
                printf 'only-one-field\\n' > broken.tsv
                "$TARJUMAN" check --batch broken.tsv
                echo "exit $?"
                """)
        // In every report at the batch line, the line that names no pair too (pass 42).
        #expect(
            result.stdout.contains(
                "\"unread\":[{\"file\":\"pairs.tsv\",\"line\":13,\"column\":1,"),
            "\(result.stdout)")
        #expect(
            result.stdout.contains(
                "::error file=pairs.tsv,line=14,col=1,title=unread::expected source<TAB>target"),
            "\(result.stdout)")
        // The missing file is reported with the batch line it came from; the other twelve
        // pairs are checked, the wrong year found; the exit status counts the bad pair (2).
        #expect(result.stdout.contains("exit 2\n1\n"), "\(result.stdout)")
        #expect(
            result.stderr.contains(
                "pairs.tsv:13: error: the pair missing.en.txt, d1.ur.txt: missing.en.txt"))
        #expect(result.stderr.contains("1 of 13 pair(s) failed"))
        #expect(result.stderr.contains("broken.tsv:1:1: error: expected source<TAB>target"))
        #expect(result.stdout.hasSuffix("exit 2\n"))
    }

    @Test func aRunThatWouldOverwriteItsInputsOrHasNoPairsIsRefusedAndWritesNothing() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            Self.makeDocuments + """
                cp d1.ur.txt keep.txt
                printf 'd1.en.txt\td1.ur.txt\td2.ur.txt\nd2.en.txt\td2.ur.txt\n' > cross.tsv
                "$TARJUMAN" check --batch cross.tsv; echo "exit $?"
                "$TARJUMAN" align d1.en.txt d1.ur.txt -o d1.ur.txt; echo "exit $?"
                cmp d1.ur.txt keep.txt && echo intact
                printf 'd1.en.txt\td1.ur.txt\tsame.tsv\nd2.en.txt\td2.ur.txt\tsame.tsv\n' > dup.tsv
                "$TARJUMAN" align --batch dup.tsv; echo "exit $?"
                test -e same.tsv || echo "no same.tsv"
                printf '# nothing here\n' > empty.tsv
                "$TARJUMAN" align --batch empty.tsv; echo "exit $?"
                "$TARJUMAN" check --batch empty.tsv; echo "exit $?"
                # Every pair with its own output: nothing on standard output.
                printf 'd1.en.txt\td1.ur.txt\tr1.txt\n' | "$TARJUMAN" check --batch - | wc -c
                # A pair's output that is also the run's -o (where the other pairs go).
                printf 'd1.en.txt\td1.ur.txt\tall.json\nd2.en.txt\td2.ur.txt\n' > main.tsv
                "$TARJUMAN" check --batch main.tsv --format json -o all.json; echo "exit $?"
                test -e all.json || echo "no all.json"
                """)
        #expect(
            result.stdout
                == "exit 2\nexit 2\nintact\nexit 2\nno same.tsv\nexit 2\nexit 2\n0\nexit 2\nno all.json\n",
            "\(result.stdout)")
        #expect(result.stderr.contains("main.tsv:1: output all.json is also the output of -o"))
        #expect(
            result.stderr.contains("cross.tsv:1: output d2.ur.txt is also an input (d2.ur.txt)"))
        #expect(
            result.stderr.contains("dup.tsv:2: output same.tsv is also the output of dup.tsv:1"))
        #expect(result.stderr.contains("empty.tsv holds no pairs"))
    }

    /// Two pair outputs that are one file through a link that points nowhere yet are one
    /// output: refused before anything is written.
    @Test func outputsThatMeetThroughADanglingLinkAreRefused() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            S="$ROOT/seeds/baloch-uprising"
            ln -s out.txt link.txt
            printf '%s\\t%s\\tout.txt\\n%s\\t%s\\tlink.txt\\n' $S.en.txt $S.ur.txt $S.en.txt $S.ur.txt > pairs.tsv
            "$TARJUMAN" align --batch pairs.tsv; echo "batch $?"
            ls | tr '\\n' ' '
            """)
        #expect(result.stdout == "batch 2\nlink.txt pairs.tsv ", "\(result.stderr)")
    }

    @Test func filesMustComeInPairsAndStandardInputOnce() throws {
        let odd = try CLIRunner.run(["align", "a.en.txt", "a.ur.txt", "b.en.txt"])
        #expect(odd.status == 64 || odd.status == 2)
        #expect(odd.stderr.contains("give files as SOURCE TARGET pairs (3 given)"))
        let twice = try CLIRunner.run(["check", "--batch", "-", "-", "a.ur.txt"])
        #expect(twice.stderr.contains("standard input (-) can be read only once"))
        let negative = try CLIRunner.run(["align", "--jobs", "-1", "a.en.txt", "a.ur.txt"])
        #expect(negative.status == 2)
        #expect(negative.stderr.contains("--jobs must be at least 1"))
    }

    @Test func linesModeReportsDriftsWithBothLineNumbersAndFails() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'The port is large.\nIt was built in 2007.\nProtests began in 2021.\n' > t.en.txt
            printf 'بندرگاہ بڑی ہے۔\nیہ 2007ء میں تعمیر ہوئی۔\nاحتجاج 2021ء میں شروع ہوا۔\n' > good.ur.txt
            printf 'بندرگاہ بڑی ہے۔\n\nیہ 2007ء میں تعمیر ہوئی۔\nاحتجاج 2021ء میں شروع ہوا۔\n' > bad.ur.txt
            "$TARJUMAN" align --lines t.en.txt good.ur.txt > good.tsv; echo "exit $?"
            "$TARJUMAN" align --lines t.en.txt bad.ur.txt > bad.tsv; echo "exit $?"
            "$TARJUMAN" check --lines t.en.txt bad.ur.txt; echo "exit $?"
            # Text opposite an empty source line (pass 42: called in step, exit 0).
            printf 'The port is large.\n\nProtests began in 2021.\n' > e.en.txt
            "$TARJUMAN" align --lines e.en.txt good.ur.txt > /dev/null 2> e.err; echo "exit $?"
            """)
        #expect(result.stdout.hasPrefix("exit 0\nexit 1\n"), "\(result.stdout) \(result.stderr)")
        #expect(result.stdout.hasSuffix("exit 1\nexit 1\n"), "\(result.stdout)")
        #expect(
            result.stderr.contains(
                "bad.ur.txt:2:1: translated line 2 is an extra empty line: it translates no source line"
            ))
        // The related source line: the one the empty line follows.
        // Line and column from align as from check (align gave the line alone, pass 21).
        #expect(result.stderr.contains("(t.en.txt:1:1)") && !result.stderr.contains("(t.en.txt:1)"))
        #expect(
            result.stderr.contains(
                "bad.ur.txt: 3 source line(s), 4 translated line(s): 1 place(s) out of step; 33.3% of source lines at the same line number"
            ))
        #expect(result.stdout.contains("bad.ur.txt:2:1: error: [line-drift]"))
    }

    @Test func severalFilesAreCheckedForConsistencyAcrossThem() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            cp "$ROOT/seeds/baloch-uprising.en.txt" a.en.txt
            cp "$ROOT/seeds/baloch-uprising.en.txt" b.en.txt
            cp "$ROOT/seeds/baloch-uprising.ur.txt" a.ur.txt
            # The first sentence reworded in the second file.
            sed '1s/ایک فیصلہ کن موڑ ہے/ایک اہم سنگِ میل ہے/' "$ROOT/seeds/baloch-uprising.ur.txt" > b.ur.txt
            "$TARJUMAN" check --format json a.en.txt a.ur.txt > one.json
            "$TARJUMAN" check --format json a.en.txt a.ur.txt b.en.txt b.ur.txt > two.json
            grep -c inconsistent-target one.json
            grep -o '"rule":"inconsistent-target","message":"[^"]*"' two.json | head -1
            """)
        #expect(result.stdout.hasPrefix("0\n"), "\(result.stdout) \(result.stderr)")
        #expect(
            result.stdout.contains(
                "\"rule\":\"inconsistent-target\",\"message\":\"this source sentence is translated differently where it first occurs"
            ), "\(result.stdout)")
    }

    /// A sentence that recurs in one file is reported at each later place translated
    /// differently from the first, also where the same pair of texts recurs (its record is
    /// shared, not lost).
    @Test func aRecurringSentenceIsReportedAtEachPlaceTranslatedDifferently() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            for i in 1 2 3 4; do printf 'The man said hello to all.\\n\\n'; done > z.en.txt
            printf 'آدمی نے سب کو سلام کیا۔\\n\\n%.0s' 1 2 > z.ur.txt
            printf 'اس آدمی نے سب کو سلام کیا۔\\n\\n%.0s' 1 2 >> z.ur.txt
            "$TARJUMAN" check --config none z.en.txt z.ur.txt | grep 'inconsistent-target'
            """)
        #expect(
            result.stdout
                == "z.ur.txt:5:1: warning: [inconsistent-target] this source sentence is translated differently where it first occurs: 'آدمی نے سب کو سلام کیا۔' (z.ur.txt:1:1)\n"
                + "z.ur.txt:7:1: warning: [inconsistent-target] this source sentence is translated differently where it first occurs: 'آدمی نے سب کو سلام کیا۔' (z.ur.txt:1:1)\n",
            "\(result.stderr)")
    }

    /// An Arabic heh inside an Urdu word, which may be ہ or ھ, is for the translator to
    /// look at (pass 69: passed unsaid).
    @Test func anArabicHehInsideAnUrduWordIsReported() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'They are here.\\n' > h.en.txt
            printf 'وہ یہاں هیں۔\\n' > h.ur.txt
            "$TARJUMAN" check --config none --glossary none h.en.txt h.ur.txt; echo "exit $?"
            """)
        #expect(
            result.stdout.hasPrefix(
                "h.ur.txt:1:9: warning: [not-normalised] U+0647 ه has no one fix in ur: non-final "
                    + "Arabic heh ه: heh goal ہ or do-chashmi heh ھ? a person must decide [L1-ur-05] "
                    + "(h.en.txt:1:1)"), "\(result.stdout)")
        #expect(result.stdout.hasSuffix("exit 0\n"))
    }

    /// A translation that differs from the first only by an invisible character is not
    /// inconsistent (`not-normalised` reports the character).
    @Test func anInvisibleCharacterIsNoInconsistency() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'The port is very large.\\n\\nThe port is very large.\\n' > a.en.txt
            printf 'بندرگاہ بہت بڑی ہے۔\\n\\nبندرگاہ\\342\\200\\213 بہت بڑی ہے۔\\n' > a.ur.txt
            "$TARJUMAN" check --config none --glossary none a.en.txt a.ur.txt | grep -o '\\[[a-z-]*\\]'
            """)
        #expect(result.stdout == "[not-normalised]\n", "\(result.stderr)")
    }

    /// A finding across files goes to the report of the pair whose file it is about, also
    /// when that pair has its own report (pass 30: it was lost, while the exit status
    /// counted it).
    @Test func findingsAcrossFilesReachThePairsOwnReport() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'The man said hello to all.\\n\\nThe man said hello to all.\\n' > z.en.txt
            printf 'آدمی نے سب کو سلام کیا۔\\n\\nاس آدمی نے سب کو سلام کیا۔\\n' > z.ur.txt
            printf 'z.en.txt\\tz.ur.txt\\tz.out\\n' > p.tsv
            "$TARJUMAN" check --config none --fail-on warning --batch p.tsv; echo "exit $?"
            grep -c 'z.ur.txt:3:1: warning: \\[inconsistent-target\\]' z.out
            tail -1 z.out
            """)
        #expect(
            result.stdout == "exit 1\n1\n1 file(s) checked: 0 errors, 1 warnings, 0 info\n",
            "\(result.stderr)")
    }

    /// A pair that failed takes no finding across files: it goes to the next pair checked
    /// with the same file (review of pass 30: it was lost when the first pair naming the
    /// file failed).
    @Test func aFailedPairTakesNoFindingAcrossFiles() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'The man said hello to all.\\n' > y.en.txt; cp y.en.txt z.en.txt
            printf 'آدمی نے سب کو سلام کیا۔\\n' > U.ur.txt
            printf 'اس آدمی نے سب کو سلام کیا۔\\n' > T.ur.txt
            printf 'z.en.txt\\tU.ur.txt\\tr3.json\\nmissing.en.txt\\tT.ur.txt\\tr1.json\\n' > p.tsv
            printf 'y.en.txt\\tT.ur.txt\\tr2.json\\n' >> p.tsv
            "$TARJUMAN" check --config none --format json --batch p.tsv 2> /dev/null; echo "exit $?"
            grep -o '"rule":"inconsistent-target"' r2.json
            """)
        #expect(result.stdout == "exit 2\n\"rule\":\"inconsistent-target\"\n", "\(result.stderr)")
    }
}
