import Foundation
import Testing

@Suite struct GlossaryCommandTests {
    @Test func theProjectGlossariesLintClean() throws {
        let result = try CLIRunner.run(["glossary", "lint"])
        // Every termbase and general dictionary under glossaries/.
        let files = try FileManager.default.subpathsOfDirectory(
            atPath: CLIRunner.root.appendingPathComponent("glossaries").path
        ).filter { $0.hasSuffix(".tsv") }
        #expect(files.count >= 5)
        #expect(result.status == 0)
        #expect(result.stdout == "\(files.count) file(s) checked: 0 errors, 0 warnings, 0 info\n")
    }

    /// A glossary of a header alone is an error: it would check nothing (pass 61: an
    /// export that lost its rows linted clean); `check` with it warns (pass 64). A comment
    /// below the header is named as that (pass 66).
    @Test func aGlossaryWithoutRowsIsAnError() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'id\tsource\ttarget\n' > h.en-ur.tsv
            "$TARJUMAN" glossary lint h.en-ur.tsv; echo "exit $?"
            printf 'The court met.\\n' > c.en.txt; printf 'عدالت کا اجلاس ہوا۔\\n' > c.ur.txt
            "$TARJUMAN" check --config none --glossary h.en-ur.tsv c.en.txt c.ur.txt 2>&1
            """)
        #expect(
            result.stdout
                == "h.en-ur.tsv:1:1: error: [no-entries] the glossary has a header and no rows, so "
                + "it checks nothing; restore its rows (a spreadsheet export that lost them?) or "
                + "remove the file\n1 file(s) checked: 1 errors, 0 warnings, 0 info\nexit 1\n"
                + "warning: h.en-ur.tsv has no entries, so the term checks find nothing (glossary "
                + "lint reports it as no-entries)\n1 file(s) checked: 0 errors, 0 warnings, 0 "
                + "info\n",
            "\(result.stderr)")
        let comment = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'id\tsource\ttarget\n# rows to come\n' > h.en-ur.tsv
            "$TARJUMAN" glossary lint h.en-ur.tsv | head -1
            """)
        #expect(
            comment.stdout
                == "h.en-ur.tsv:2:1: error: [malformed-row] row has 1 fields but the header has "
                + "3; a line starting with # is a comment only above the header: move it there\n")
    }

    /// A stray quote's message tells how to keep it: the whole field quoted, the quote
    /// doubled (pass 39: "double it" put two quotes in the text).
    @Test func aStrayQuoteIsExplainedSoThatItReadsBack() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'id\\tsource\\ttarget\\tnote\\nk1\\tscreen\\tاسکرین\\t5" wide\\n' > a.en-ur.tsv
            "$TARJUMAN" glossary lint a.en-ur.tsv; echo "exit $?"
            printf 'id\\tsource\\ttarget\\tnote\\nk1\\tscreen\\tاسکرین\\t"5"" wide"\\n' > b.en-ur.tsv
            "$TARJUMAN" glossary lint b.en-ur.tsv; echo "exit $?"
            "$TARJUMAN" glossary convert b.en-ur.tsv b.en-ur.tbx 2> /dev/null; grep -c '<note>5&quot; wide</note>' b.en-ur.tbx
            """)
        #expect(
            result.stdout.contains(
                "put the whole field in double quotes and write this one as \"\" (\"5\"\" wide\" "
                    + "reads as 5\" wide)"), "\(result.stdout)")
        #expect(result.stdout.hasSuffix("exit 0\n1\n"), "\(result.stdout)")
    }

    /// A term holding digits is found whatever digits the English text writes them in
    /// (pass 41: fullwidth, Devanagari and mathematical digits were not folded there).
    @Test func aTermWithDigitsIsFoundInAnyDigits() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'id\\tsource\\ttarget\\na370\\tArticle 370\\tآرٹیکل ۳۷۰\\n' > g.en-ur.tsv
            printf 'Under Article ３７０ and Article ३७० the army met.\\n' | "$TARJUMAN" terms --glossary g.en-ur.tsv -
            """)
        #expect(
            result.stdout == "<stdin>:1:7: a370\tArticle ３７０ → آرٹیکل ۳۷۰\n"
                + "<stdin>:1:23: a370\tArticle ३७० → آرٹیکل ۳۷۰\n", "\(result.stderr)")
    }

    /// A glossary named in capitals (`EN-UR.TSV`) is read as `en-ur`, as its extension is
    /// read in any case.
    @Test func aGlossaryNamedInCapitalsStatesItsLanguages() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            cp "$ROOT/glossaries/en-ur.tsv" EN-UR.TSV
            "$TARJUMAN" glossary lint EN-UR.TSV; echo "exit $?"
            printf 'The port.\\n' | "$TARJUMAN" terms --glossary EN-UR.TSV -; echo "exit $?"
            mkdir g && mv EN-UR.TSV g/ && "$TARJUMAN" glossary lint g | tail -1
            """)
        #expect(
            result.stdout == "1 file(s) checked: 0 errors, 0 warnings, 0 info\nexit 0\n"
                + "<stdin>:1:5: port\tport → بندرگاہ\nexit 0\n"
                + "1 file(s) checked: 0 errors, 0 warnings, 0 info\n", "\(result.stderr)")
    }

    /// The text format shows a concept's preferred renderings, or its accepted ones when
    /// none is preferred (pass 15: nothing after the arrow).
    @Test func aConceptWithOnlyAdmittedRenderingsShowsThem() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'id\\tsource\\ttarget\\tstatus\\nm\\tmovement\\tتحریک\\tadmitted\\n' > g.en-ur.tsv
            printf 'The movement.\\n' | "$TARJUMAN" terms --glossary g.en-ur.tsv -
            """)
        #expect(result.stdout == "<stdin>:1:5: m\tmovement → تحریک\n", "\(result.stderr)")
    }

    /// A rendering two senses of one term share shows the term once (pass 48: `book / book`).
    @Test func aTermOfTwoSensesIsShownOnce() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'id\\tsource\\ttarget\\nb1\\tbook\\tکتاب\\nb2\\tbook\\tکتاب\\n' > g.en-ur.tsv
            printf 'کتاب\\n' | "$TARJUMAN" terms --locale ur --glossary g.en-ur.tsv -
            """)
        #expect(result.stdout == "<stdin>:1:1: b1|b2\tکتاب → book\n", "\(result.stderr)")
    }

    /// A rendering two concepts share is one line of text and one record per concept in
    /// TSV and JSON Lines, each with its own renderings (pass 14: the second was dropped).
    @Test func aSharedRenderingIsARecordPerConcept() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'id\\tsource\\ttarget\\tstatus\\no\\toppression\\tجبر\\tpreferred\\nr\\trepression\\tجبر\\tadmitted\\n' > g.en-ur.tsv
            printf 'جبر\\n' | "$TARJUMAN" terms --locale ur --glossary g.en-ur.tsv -
            printf 'جبر\\n' | "$TARJUMAN" terms --locale ur --glossary g.en-ur.tsv --format tsv - | cut -f4,8
            printf 'جبر\\n' | "$TARJUMAN" terms --locale ur --glossary g.en-ur.tsv --format jsonl - | grep -c '"id"'
            """)
        #expect(
            result.stdout
                == "<stdin>:1:1: o|r\tجبر → oppression / repression\nid\tstatus\no\tpreferred\n"
                + "r\tadmitted\n2\n", "\(result.stderr)")
    }

    @Test func findingsSetTheExitCodeByFailOn() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("en-ur.tsv")
        try Data("id\tsource\ttarget\nc1\tbook\tكتاب\n".utf8).write(to: file)
        let lenient = try CLIRunner.run(["glossary", "lint", file.path])
        #expect(lenient.status == 0)
        #expect(lenient.stdout.hasPrefix("\(file.path):2:9: warning: [not-normalised]"))
        let strict = try CLIRunner.run(["glossary", "lint", "--fail-on", "warning", file.path])
        #expect(strict.status == 1)
        let github = try CLIRunner.run(["glossary", "lint", "--format", "github", file.path])
        #expect(github.stdout.hasPrefix("::warning file="))
        // A carriage return in a file name is the %0D the runner decodes (pass 18).
        let odd = folder.appendingPathComponent("cr\rx.en-ur.tsv")
        try FileManager.default.copyItem(at: file, to: odd)
        let oddName = try CLIRunner.run(["glossary", "lint", "--format", "github", odd.path])
        #expect(oddName.stdout.contains("cr%0Dx.en-ur.tsv,line=2,col=9,"), "\(oddName.stdout)")
        let sarif = try CLIRunner.run(["glossary", "lint", "--format", "sarif", file.path])
        #expect(sarif.stdout.contains("\"version\":\"2.1.0\""))
        // JUnit fails as the exit status does (pass 18: failures were warnings and errors,
        // whatever --fail-on said).
        let junit = try CLIRunner.run(["glossary", "lint", "--format", "junit", file.path])
        #expect(junit.status == 0)
        #expect(junit.stdout.contains("tests=\"1\" failures=\"0\""))
        #expect(junit.stdout.contains("<system-out>\(file.path):2:9: warning: [not-normalised]"))
        let failing = try CLIRunner.run([
            "glossary", "lint", "--format", "junit", "--fail-on", "warning", file.path,
        ])
        #expect(failing.status == 1)
        #expect(failing.stdout.contains("tests=\"1\" failures=\"1\""))
        #expect(failing.stdout.contains("<failure type=\"warning\" message=\"1 warning\">"))
    }

    /// A pasted paragraph as a term is refused at its line in every format a command reads
    /// (it used to cost ~150 bytes a letter in the matcher, and abort on a long one): TSV
    /// and CSV through their reader, OmegaT through the check every glossary file passes.
    @Test(arguments: [("tsv", 3), ("csv", 3), ("utf8", 2)])
    func aTermOverAThousandCharactersIsRefused(_ format: String, _ line: Int) throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("long.en-ur.\(format)")
        let separator = format == "csv" ? "," : "\t"
        let long = String(repeating: "ب", count: 1_001)
        let rows = [["id", "source", "target"], ["c1", "court", "عدالت"], ["c2", "land", long]]
        let kept = format == "utf8" ? rows.dropFirst().map { Array($0.dropFirst()) } : rows
        try Data(kept.map { $0.joined(separator: separator) + "\n" }.joined().utf8).write(to: file)
        let result = try CLIRunner.run([
            "terms", "--locale", "ur", "--glossary", file.path, "seeds/baloch-uprising.en.txt",
        ])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(file.path):\(line):1: error: entry '"))
        #expect(result.stderr.contains("has a term longer than 1000"))
    }

    /// The shipped glossary converted to OmegaT checks the sample as the TSV does: forms,
    /// case and match travel in the comments (pass 39: 22 false term-missing).
    @Test func anOmegaTGlossaryChecksAsItsTSVDoes() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            "$TARJUMAN" glossary convert "$ROOT/glossaries/en-ur.tsv" o.en-ur.utf8 2> convert.txt
            grep -c 'other forms' convert.txt
            S="$ROOT/seeds/baloch-uprising"
            "$TARJUMAN" check --glossary "$ROOT/glossaries/en-ur.tsv" "$S.en.txt" "$S.ur.txt" 2> /dev/null | grep -c term-missing
            "$TARJUMAN" check --glossary o.en-ur.utf8 "$S.en.txt" "$S.ur.txt" 2> /dev/null | grep -c term-missing
            """)
        let counts = result.stdout.split(separator: "\n")
        #expect(counts.count == 3, "\(result.stdout)\(result.stderr)")
        #expect(counts.first == "1")
        #expect(counts.dropFirst().first == counts.last, "\(result.stdout)")
    }

    /// An empty variant is an error `--fix` mends, with the field's other fixes.
    @Test func fixRemovesAnEmptyVariantAndNormalisesTheRest() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'id\\tsource\\ttarget\\tvariants\\nc1\\tbook\\tکتاب\\tكتب|\\n' > v.en-ur.tsv
            "$TARJUMAN" glossary lint v.en-ur.tsv > /dev/null; echo "lint $?"
            printf 'id\\tsource\\ttarget\\nk1\\tpeople\\tعوامx\\n' > w.en-ur.tsv
            "$TARJUMAN" glossary lint w.en-ur.tsv | grep -c 'mixes Latin letters into a term in Arabic script'

            "$TARJUMAN" glossary lint --fix v.en-ur.tsv > /dev/null; echo "fix $?"
            cat v.en-ur.tsv
            """)
        #expect(
            result.stdout == "lint 1\n1\nfix 0\nid\tsource\ttarget\tvariants\nc1\tbook\tکتاب\tکتب\n"
        )
        #expect(!result.stderr.contains("not applied"), "\(result.stderr)")
    }

    /// A term of only invisible characters (a tatweel) is an empty field: an error `--fix`
    /// leaves to a person, the file as it was.
    @Test func fixLeavesATermItWouldEmpty() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("en-ur.tsv")
        let text = "id\tsource\ttarget\nt\tbook\t\u{0640}\n"
        try Data(text.utf8).write(to: file)
        let result = try CLIRunner.run(["glossary", "lint", "--fix", file.path])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("en-ur.tsv:2:8: error: [empty-field] the target is empty"))
        #expect(try String(contentsOf: file, encoding: .utf8) == text)
    }

    /// A CSV row with a blank term is refused at its row in every command, not read as a
    /// rendering no translation can hold.
    /// A TBX whose root says en-US and whose entries say en is converted whole (it wrote
    /// no rows, exit 0).
    @Test func aTBXWithRegionTagsConvertsWhole() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            cat > r.tbx <<'EOF'
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX" xml:lang="en-US"><text><body>
            <termEntry id="a"><langSet xml:lang="en"><tig><term>port</term></tig></langSet><langSet xml:lang="ur-PK"><tig><term>بندرگاہ</term></tig></langSet></termEntry>
            <termEntry id="b"><langSet xml:lang="en"><tig><term>dock</term></tig></langSet><langSet xml:lang="ur"><tig><term>گودی</term></tig></langSet></termEntry>
            <termEntry id="c"><langSet xml:lang="en"><tig><term>army</term></tig></langSet><langSet xml:lang="ur-PK"><tig><term>فوج</term></tig></langSet><langSet xml:lang="UR"><tig><term>لشکر</term></tig></langSet></termEntry>
            </body></text></martif>
            EOF
            "$TARJUMAN" glossary convert r.tbx r.tsv 2>&1; echo "exit $?"
            grep -c 'بندرگاہ\\|گودی\\|فوج\\|لشکر' r.tsv
            """)
        #expect(result.stdout.hasSuffix("exit 0\n4\n"), "\(result.stdout)")
        #expect(!result.stdout.contains("left out"))
    }

    /// A TBX over the 9 MB libxml2 takes whole is parsed as it is read: it converts back
    /// row for row, and a bad byte near its end is refused at its line, with no output.
    @Test func aLargeTBXConvertsBackAndIsCheckedToItsEnd() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            { printf 'id\tsource\ttarget\tnote\n'
              for n in $(seq 30000); do
                printf 't%d\tterm number %d\tاصطلاح نمبر %d\tgenerated row %d\n' $n $n $n $n
              done; } > big.en-ur.tsv
            "$TARJUMAN" glossary convert big.en-ur.tsv big.en-ur.tbx 2> /dev/null
            [ "$(stat -c %s big.en-ur.tbx)" -gt 9000000 ] && echo large
            "$TARJUMAN" glossary convert big.en-ur.tbx back.en-ur.tsv 2>&1; echo "exit $?"
            cut -f 1-3,10 back.en-ur.tsv | tail -n +2 | cmp - <(tail -n +2 big.en-ur.tsv) && echo same
            line=$(grep -n 'generated row 30000' big.en-ur.tbx | cut -d: -f1)
            sed "${line}s/generated/gen\\xffrated/" big.en-ur.tbx > bad.en-ur.tbx
            "$TARJUMAN" glossary convert bad.en-ur.tbx bad.en-ur.tsv 2>&1 | sed "s/:$line:/:LINE:/"
            echo "exit ${PIPESTATUS[0]}"; ls bad.en-ur.tsv 2>&1 | grep -c 'No such'
            # Over the limit: refused by its size, before any of it is parsed.
            truncate -s 65M huge.en-ur.tbx
            timeout 5 "$TARJUMAN" glossary convert huge.en-ur.tbx huge.en-ur.tsv 2>&1; echo "exit $?"
            """)
        #expect(
            result.stdout.hasPrefix(
                "large\nwrote 30000 rows to back.en-ur.tsv\nexit 0\nsame\n"
                    + "bad.en-ur.tbx:LINE:"), "\(result.stdout)")
        #expect(result.stdout.components(separatedBy: "\n").count == 10, "\(result.stdout)")
        #expect(result.stdout.contains("invalid UTF-8"), "\(result.stdout)")
        #expect(
            result.stdout.hasSuffix(
                "exit 2\n1\nhuge.en-ur.tbx: error: larger than 64 MB, the most Tarjuman reads "
                    + "here; split the file (or check that it is the file you meant)\nexit 2\n"),
            "\(result.stdout)")
    }

    /// A folder holding a file that cannot be read is still linted whole: each unread file
    /// is named, the report covers the others, and the run exits 2 (pass 22: the first
    /// unreadable file stopped the run, hiding the findings of the rest).
    @Test func lintReportsEveryReadableFileOfAFolder() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            mkdir g; printf 'id\\tsource\\ttarget\\n\\377\\n' > g/a.en-ur.tsv; mkfifo g/b.en-ur.tsv
            printf 'id\\tsource\\ttarget\\tstatuss\\nx\\tport\\tپورٹ\\tpreferred\\n' > g/c.en-ur.tsv
            timeout 20 "$TARJUMAN" glossary lint --format json g > r.json; echo "exit $?"
            grep -o '"files":.*' r.json; grep -c unknown-column r.json
            # The machine reports list the unread files too (they were on standard error only).
            grep -o '"unread":.*' r.json
            timeout 20 "$TARJUMAN" glossary lint --format junit g 2> /dev/null | grep -c 'type="unread"'
            # GitHub: the FIFO, which has no place, as a file-level annotation.
            timeout 20 "$TARJUMAN" glossary lint --format github g 2> /dev/null | grep -o '^::error file=g/[ab][^:]*'
            """)
        #expect(
            result.stdout
                == "exit 2\n\"files\":[\"g/c.en-ur.tsv\"],\n1\n"
                + "\"unread\":[{\"file\":\"g/b.en-ur.tsv\",\"message\":\"a FIFO, not a regular file: "
                + "Tarjuman reads only regular files it finds in a folder (name it on the command "
                + "line to read it)\"},{\"file\":\"g/a.en-ur.tsv\",\"line\":2,\"column\":1,\"message\":"
                + "\"invalid UTF-8 at byte offset 17 (bytes 0xFF); save the file as UTF-8 and try "
                + "again\"}],\n2\n::error file=g/b.en-ur.tsv,title=unread\n"
                + "::error file=g/a.en-ur.tsv,line=2,col=1,title=unread\n", "\(result.stdout)")
        #expect(
            result.stderr
                == "g/b.en-ur.tsv: error: a FIFO, not a regular file: Tarjuman reads only "
                + "regular files it finds in a folder (name it on the command line to read it)\n"
                + "g/a.en-ur.tsv:2:1: error: invalid UTF-8 at byte offset 17 (bytes 0xFF); save "
                + "the file as UTF-8 and try again\nerror: 2 glossary file(s) could not be read "
                + "(above); the report covers the 1 other(s)\n")
    }

    /// A glossary named on the command line that is not there is reported as unread, and the
    /// others are linted and reported (pass 54: no report was written at all).
    @Test func aMissingGlossaryIsReportedAndTheOthersLinted() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'id\\tsource\\ttarget\\tstatuss\\nx\\tport\\tپورٹ\\tpreferred\\n' > c.en-ur.tsv
            "$TARJUMAN" glossary lint --format sarif -o r.sarif gone.tsv c.en-ur.tsv; echo "exit $?"
            grep -c '"unknown-column"' r.sarif; grep -o '"text":"cannot read: no such file[^"]*"' r.sarif
            """)
        #expect(
            result.stdout
                == "exit 2\n1\n\"text\":\"cannot read: no such file or folder\"\n",
            "\(result.stdout) \(result.stderr)")
        #expect(result.stderr.hasPrefix("gone.tsv: error: cannot read: no such file or folder\n"))
        // Standard input has no name to give its languages; with nothing else read, the run
        // says so, not "the report covers the 0 other(s)" (pass 55).
        let piped = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'id\\tsource\\ttarget\\nx\\tport\\tبندرگاہ\\n' | "$TARJUMAN" glossary lint -; echo "exit $?"
            """)
        #expect(piped.stdout.hasSuffix("exit 2\n"))
        #expect(
            piped.stderr
                == "-: error: lint reads glossary files, not standard input (a glossary's name "
                + "gives its languages); name the file\nerror: no glossary file could be read "
                + "(above)\n", "\(piped.stderr)")
    }

    /// `glossary convert X X` names the file; `coverage -` names standard input as the other
    /// commands do (pass 54: `-:1:1`).
    @Test func convertOntoItselfAndCoverageOfStandardInputAreNamed() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            cp "$ROOT/glossaries/en-ur.tsv" g.en-ur.tsv
            "$TARJUMAN" glossary convert g.en-ur.tsv ./g.en-ur.tsv; echo "convert $?"
            yes 'The harbour master met the harbour master.' | head -5 \\
                | "$TARJUMAN" glossary coverage --glossary g.en-ur.tsv - 2> /dev/null | head -1 \\
                | cut -d: -f1
            """)
        #expect(result.stdout == "convert 2\n<stdin>\n", "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "./g.en-ur.tsv: error: the output would overwrite the input (g.en-ur.tsv)"))
    }

    /// A TBX larger than Tarjuman reads back is not written (pass 54: 153 MB written, then
    /// refused by every command): notes of `&`, five bytes each in XML, make one quickly.
    @Test func aTBXTooLargeToReadBackIsNotWritten() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            { printf 'id\\tsource\\ttarget\\tnote\\n'
              for i in 1 2; do
                printf "n$i\\tport$i\\tبندرگاہ\\t"; head -c 6800000 /dev/zero | tr '\\0' '&'; echo
              done; } > big.en-ur.tsv
            "$TARJUMAN" glossary convert big.en-ur.tsv big.en-ur.tbx; echo "exit $?"; ls
            """)
        #expect(result.stdout == "exit 2\nbig.en-ur.tsv\n")
        #expect(
            result.stderr
                == "big.en-ur.tbx: error: the TBX would be 65 MB, more than the 64 MB of XML "
                + "Tarjuman reads back; split the glossary, or convert it to .tsv or .csv; nothing "
                + "written\n")
    }

    /// An OmegaT glossary with columns past the comment converts with them in the note.
    @Test func omegatColumnsPastTheCommentAreKept() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'port\\tبندرگاہ\\tsea\\tmaritime\\n' > g.en-ur.utf8
            "$TARJUMAN" glossary convert g.en-ur.utf8 g.en-ur.tsv 2> /dev/null; echo "exit $?"
            tail -1 g.en-ur.tsv | cut -f2,3,10
            # Round trips settle (pass 24: each added a status and a header line).
            "$TARJUMAN" glossary convert g.en-ur.tsv b.en-ur.utf8 2> /dev/null
            "$TARJUMAN" glossary convert b.en-ur.utf8 c.en-ur.tsv 2> /dev/null
            "$TARJUMAN" glossary convert c.en-ur.tsv d.en-ur.utf8 2> /dev/null
            cmp b.en-ur.utf8 d.en-ur.utf8 && echo same
            """)
        #expect(
            result.stdout == "exit 0\nport\tبندرگاہ\tsea; maritime\nsame\n", "\(result.stderr)")
    }

    /// A glossary whose id names two concepts converts to a TBX with each id once, and says
    /// which rows got a new id; entries without an id read back under ids of their own.
    @Test func aTBXCopyWritesEachIdOnceAndSaysWhichRowsMoved() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'id\\tsource\\ttarget\\nc1\\tcourt\\tعدالت\\nc1\\tlaw\\tقانون\\n' > g.en-ur.tsv
            "$TARJUMAN" glossary convert g.en-ur.tsv g.en-ur.tbx; echo "exit $?"
            grep -o 'termEntry id="[^"]*"' g.en-ur.tbx
            sed 's/id="c1.2"/id="c1"/' g.en-ur.tbx > d.en-ur.tbx
            "$TARJUMAN" glossary convert d.en-ur.tbx d.en-ur.tsv 2>&1 | head -1
            sed -i 's/ id="c1"//' g.en-ur.tbx
            "$TARJUMAN" glossary convert g.en-ur.tbx back.en-ur.tsv > /dev/null; cut -f1 back.en-ur.tsv
            """)
        #expect(
            result.stdout
                == "exit 0\ntermEntry id=\"c1\"\ntermEntry id=\"c1.2\"\n"
                + "warning: d.en-ur.tbx:24: 1 row(s) belong to an entry whose id an earlier entry "
                + "has ('c1'); they are read as another concept under a new id: line(s) 24 as c1.2\n"
                + "id\nline-11\nc1.2\n",
            "\(result.stdout)")
        #expect(
            result.stderr.hasPrefix(
                "warning: g.en-ur.tsv:3: 1 row(s) are written as another concept under a new id"),
            "\(result.stderr)")
    }

    /// A TBX with a wrapped description and an emptied first term converts to a TSV that
    /// lints clean and keeps the concept.
    @Test func aTBXWithWrappedDescriptionConvertsToReadableTSV() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            cat > w.tbx <<'EOF'
            <martif type="TBX" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>Draft
              not reviewed</p></sourceDesc></fileDesc></martifHeader><text><body>
            <termEntry id="e1"><langSet xml:lang="en"><tig><term></term></tig><tig><term>port</term></tig></langSet><langSet xml:lang="ur"><tig><term>بندرگاہ</term></tig></langSet></termEntry>
            </body></text></martif>
            EOF
            "$TARJUMAN" glossary convert w.tbx w.en-ur.tsv 2>&1; echo "exit $?"
            "$TARJUMAN" glossary lint w.en-ur.tsv > /dev/null 2>&1; echo "lint $?"
            head -2 w.en-ur.tsv; grep -c 'بندرگاہ' w.en-ur.tsv
            """)
        #expect(
            result.stdout.contains("exit 0\nlint 0\n# Draft\n# not reviewed\n1\n"),
            "\(result.stdout)")
    }

    /// A glossary converted to CSV holds no cell a spreadsheet would run, and converts back
    /// unchanged.
    @Test func aCSVHoldsNoFormulasAndConvertsBack() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'id\\tsource\\ttarget\\tnote\\nc1\\tport\\tبندرگاہ\\t=cmd|x!A1\\nc2\\tdock\\tگودی\\t%s\\n' "'=1 kept" > g.en-ur.tsv
            "$TARJUMAN" glossary convert g.en-ur.tsv g.en-ur.csv 2> /dev/null
            grep -c ",=" g.en-ur.csv; grep -c ",'=cmd" g.en-ur.csv
            "$TARJUMAN" glossary convert g.en-ur.csv back.en-ur.tsv 2> /dev/null
            grep -c '=cmd|x!A1' back.en-ur.tsv; grep -c "'=1 kept" back.en-ur.tsv
            """)
        #expect(result.stdout == "0\n1\n1\n1\n", "\(result.stderr)")
    }

    /// A line break inside a term (a quoted spreadsheet cell) is a warning at the term.
    @Test func aLineBreakInsideATermIsReported() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'id\\tsource\\ttarget\\nc1\\t"high\\ncourt"\\tعدالتِ عالیہ\\n' > g.en-ur.tsv
            "$TARJUMAN" glossary lint --fail-on warning g.en-ur.tsv; echo "exit $?"
            """)
        #expect(
            result.stdout.contains(
                "g.en-ur.tsv:2:4: warning: [whitespace] source holds a line break, tab or other control"
            ),
            "\(result.stdout)")
        #expect(result.stdout.hasSuffix("exit 1\n"))
    }

    /// Status and match values are read in any letter case (a spreadsheet's Preferred).
    @Test func glossaryValuesAreReadInAnyLetterCase() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'id\\tsource\\ttarget\\tstatus\\tmatch\\nc1\\tport\\tبندرگاہ\\tPreferred\\tEXACT\\n' > g.en-ur.tsv
            "$TARJUMAN" glossary lint g.en-ur.tsv > /dev/null; echo "exit $?"
            """)
        #expect(result.stdout == "exit 0\n", "\(result.stderr)")
    }

    @Test func aCSVWithTwoTargetColumnsIsRefused() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'source,target,target\\nport,A,بندرگاہ\\n' > d.en-ur.csv
            "$TARJUMAN" glossary convert d.en-ur.csv d.en-ur.tsv; echo "exit $?"; ls
            """)
        #expect(result.stdout == "exit 2\nd.en-ur.csv\n", "\(result.stderr)")
        #expect(result.stderr.contains("d.en-ur.csv:1:15: error: column 'target' appears twice"))
    }

    @Test func aBlankTermInACSVIsRefused() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'source,target\\nport,\\ncity,شہر\\n' > g.en-ur.csv
            "$TARJUMAN" glossary convert g.en-ur.csv out.en-ur.tsv; echo "convert $?"
            test -e out.en-ur.tsv || echo "nothing written"
            """)
        #expect(result.stdout == "convert 2\nnothing written\n")
        #expect(
            result.stderr.contains(
                "g.en-ur.csv:2:1: error: entry '1' has an empty source or target"))
    }

    /// A note's end spaces, which TBX would drop, are reported and trimmed (pass 67).
    @Test func fixTrimsTheEndsOfANote() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'id\\tsource\\ttarget\\tnote\\nr\\triver\\tدریا\\t spaced note \\n' > g.en-ur.tsv
            "$TARJUMAN" glossary lint g.en-ur.tsv
            "$TARJUMAN" glossary lint --fix g.en-ur.tsv
            "$TARJUMAN" glossary convert g.en-ur.tsv g.tbx 2> /dev/null
            "$TARJUMAN" glossary convert g.tbx h.en-ur.tsv 2> /dev/null
            cut -f10 h.en-ur.tsv
            """)
        #expect(
            result.stdout
                == "g.en-ur.tsv:2:14: warning: [whitespace] note has leading or trailing spaces, "
                + "which a TBX export drops\n1 file(s) checked: 0 errors, 1 warnings, 0 info\n"
                + "1 file(s) checked: 0 errors, 0 warnings, 0 info\nnote\nspaced note\n")
        #expect(
            result.stderr
                == "fixed g.en-ur.tsv:2:14: [whitespace] ' spaced note ' → 'spaced note'\n")
    }

    @Test func fixRewritesACRLFGlossaryAndKeepsItsLineEnds() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("en-ur.tsv")
        try Data("id\tsource\ttarget\r\nc1\tbook \t\"كتاب\"\r\n".utf8).write(to: file)
        let result = try CLIRunner.run(["glossary", "lint", "--fix", file.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("fixed \(file.path):2:4: [whitespace] 'book ' → 'book'"))
        #expect(
            try String(contentsOf: file, encoding: .utf8)
                == "id\tsource\ttarget\r\nc1\tbook\t\"کتاب\"\r\n")
        #expect(result.stdout.hasSuffix("0 errors, 0 warnings, 0 info\n"))
    }

    /// TBX language tags are read through the packs (a glossary named by an alias reads
    /// back for the pack's tag), the output's name says the target when --target does not,
    /// and a target no concept has is an error with nothing written (pass 33: 0 rows, exit 0;
    /// Urdu terms written to an en-hi file).
    @Test func tbxGroupsOfOtherPacksAreNotMergedIn() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf '<martif type="TBX" xml:lang="en"><text><body><termEntry id="gov">' > t.tbx
            printf '<langSet xml:lang="en"><tig><term>government</term></tig></langSet>' >> t.tbx
            printf '<langSet xml:lang="bcc-Arab-PK"><tig><term>سرکار</term></tig></langSet>' >> t.tbx
            printf '<langSet xml:lang="bal-IR"><tig><term>هکومت</term></tig></langSet>' >> t.tbx
            printf '</termEntry></body></text></martif>' >> t.tbx
            "$TARJUMAN" glossary convert t.tbx pk.en-bal-Arab-PK.tsv 2> /dev/null; cut -f3 pk.en-bal-Arab-PK.tsv
            "$TARJUMAN" glossary convert t.tbx ir.en-bal-Arab-IR.tsv 2> /dev/null; cut -f3 ir.en-bal-Arab-IR.tsv
            """)
        #expect(result.stdout == "target\nسرکار\ntarget\nهکومت\n", "\(result.stderr)")
    }

    @Test func tbxLanguagesAreReadThroughThePacks() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            cp "$ROOT/glossaries/en-bal-Arab-PK.tsv" en-bcc.tsv
            "$TARJUMAN" glossary convert en-bcc.tsv g.tbx 2>/dev/null
            "$TARJUMAN" glossary convert --target bal g.tbx a.tsv 2>&1
            "$TARJUMAN" glossary convert g.tbx b.en-bal-Arab-PK.tsv 2>&1
            "$TARJUMAN" glossary convert --target fa g.tbx c.tsv 2>&1; echo "exit $?"
            test -e c.tsv || echo "nothing written"
            """)
        #expect(
            result.stdout == """
                wrote 234 rows to a.tsv
                wrote 234 rows to b.en-bal-Arab-PK.tsv
                g.tbx: error: none of its 234 concept(s) has a fa term; name the target language \
                with --target; nothing written
                exit 2
                nothing written

                """, "\(result.stderr)")
    }

    /// A term whose only fault is its Unicode form (ي + ٔ for ئ) is fixed too, and the fix
    /// says which code points changed (pass 33: reported, never fixed).
    @Test func fixComposesATermThatIsOnlyDecomposed() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("n.en-ur.tsv")
        try Data("id\tsource\ttarget\nu1\tword\t\u{64A}\u{654}\n".utf8).write(to: file)
        let result = try CLIRunner.run(["glossary", "lint", "--fix", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "fixed \(file.path):2:9: [not-normalised] U+064A U+0654 → U+0626"))
        #expect(
            try Data(contentsOf: file) == Data("id\tsource\ttarget\nu1\tword\t\u{626}\n".utf8))
    }

    /// A source term in another form than its pack's (Arabic kaf in an Urdu source) is
    /// reported and fixed (it passed lint).
    @Test func fixNormalisesASourceTerm() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("ur-bal-Arab-PK.tsv")
        try Data("id\tsource\ttarget\nk\t\u{643}تاب\tکتاب\n".utf8).write(to: file)
        let result = try CLIRunner.run(["glossary", "lint", "--fix", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("fixed \(file.path):2:3: [not-normalised] 'كتاب' → 'کتاب'"))
        #expect(try Data(contentsOf: file) == Data("id\tsource\ttarget\nk\tکتاب\tکتاب\n".utf8))
    }

    /// A term with nothing term matching reads is an error in lint, and check does not call
    /// it missing where the translation holds it (pass 18: a false term-missing error).
    @Test func termsWithNothingToReadAreLintErrorsAndNeverMissing() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'id\\tsource\\ttarget\\nc2\\t-\\t-\\nc4\\tpeace\\t\\331\\213\\n' > odd.en-ur.tsv
            "$TARJUMAN" glossary lint odd.en-ur.tsv; echo "exit $?"
            printf 'Peace came in 1948.\\n' > w.en.txt
            printf 'صلح \\331\\213 ۱۹۴۸ میں آئی۔\\n' > w.ur.txt
            "$TARJUMAN" check --config none --glossary odd.en-ur.tsv w.en.txt w.ur.txt; echo "exit $?"
            """)
        #expect(
            result.stdout.contains(
                "odd.en-ur.tsv:2:4: error: [empty-field] source '-' has nothing the term matcher can match"
            ),
            "\(result.stdout)")
        #expect(result.stdout.contains("odd.en-ur.tsv:3:10: error: [empty-field] target"))
        #expect(result.stdout.contains("exit 1\n"))
        #expect(
            result.stdout.hasSuffix("1 file(s) checked: 0 errors, 0 warnings, 0 info\nexit 0\n"))
    }

    /// A TBX variant holding a bar a mark follows is refused as one holding a plain bar (pass
    /// 20: it converted and came back as two variants).
    @Test func aTBXVariantHoldingABarBeforeAMarkIsRefused() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'id\\tsource\\ttarget\\nc1\\tcourt\\tعدالت\\n' > g.en-ur.tsv
            "$TARJUMAN" glossary convert g.en-ur.tsv g.tbx 2> /dev/null
            M="$(printf '\\331\\216')"
            sed "s#<term>عدالت</term>#<term>عدالت</term></tig><tig><term>عدالتیں|${M}عدالتوں</term><termNote type=\\"termType\\">variant</termNote>#" g.tbx > h.tbx
            "$TARJUMAN" glossary convert h.tbx h.en-ur.tsv; echo "exit $?"
            """)
        #expect(result.stdout == "exit 2\n", "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("entry 'c1' has a variant holding '|'"))
    }

    /// A trailing no-break space is fixed as it is reported: a second lint is clean (pass 18).
    @Test func fixRemovesTheNoBreakSpaceItReports() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("en-ur.tsv")
        try Data("id\tsource\ttarget\nc1\tsea\tسمندر\u{A0}\n".utf8).write(to: file)
        let result = try CLIRunner.run(["glossary", "lint", "--fix", file.path])
        #expect(result.stderr.contains("fixed \(file.path):2:8: [whitespace]"), "\(result.stderr)")
        #expect(
            try String(contentsOf: file, encoding: .utf8) == "id\tsource\ttarget\nc1\tsea\tسمندر\n")
        let again = try CLIRunner.run(["glossary", "lint", file.path])
        #expect(
            again.stdout == "1 file(s) checked: 0 errors, 0 warnings, 0 info\n", "\(again.stdout)")
    }

    @Test func fixRewritesTheFileAndSaysWhat() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("en-ur.tsv")
        try Data("id\tsource\ttarget\nc1\tbook \tكتاب\n".utf8).write(to: file)
        let result = try CLIRunner.run(["glossary", "lint", "--fix", file.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("fixed \(file.path):2:4: [whitespace] 'book ' → 'book'"))
        #expect(
            try String(contentsOf: file, encoding: .utf8) == "id\tsource\ttarget\nc1\tbook\tکتاب\n")
        #expect(result.stdout.hasSuffix("0 errors, 0 warnings, 0 info\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["en-ur.tsv"])
    }

    @Test func explainPrintsTheRuleWithExamples() throws {
        let result = try CLIRunner.run(["glossary", "lint", "--explain", "not-normalised"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("not-normalised (warning, fixable with --fix)"))
        #expect(result.stdout.contains("Triggers on:"))
        let unknown = try CLIRunner.run(["glossary", "lint", "--explain", "nope"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown rule 'nope'; rules: malformed-row"))
        let check = try CLIRunner.run(["check", "--explain", "omission"])
        #expect(check.status == 0)
        #expect(check.stdout.hasPrefix("omission"))
        let unknownCheck = try CLIRunner.run(["check", "--explain", "nope"])
        #expect(unknownCheck.status == 2)
        #expect(unknownCheck.stderr.contains("unknown check 'nope'; checks: term-missing"))
    }

    @Test func unreadableAndUnknownInputs() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = folder.appendingPathComponent("en-ur.tsv")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]).write(to: binary)
        let result = try CLIRunner.run(["glossary", "lint", binary.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("invalid UTF-8"))
        let unknownPack = folder.appendingPathComponent("en-xx.tsv")
        try Data("id\tsource\ttarget\nc1\tbook\tbook\n".utf8).write(to: unknownPack)
        let pack = try CLIRunner.run(["glossary", "lint", unknownPack.path])
        #expect(pack.status == 1)
        #expect(pack.stdout.contains("[unknown-pack] no locale pack for 'xx'"))
    }

    @Test func anUnknownFormatNamesTheKnownOnesAndWritesNothing() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            "$TARJUMAN" glossary convert $ROOT/glossaries/en-ur.tsv g.xlsx; echo "exit $?"
            ls
            """)
        #expect(result.stdout == "exit 2\n")
        #expect(
            result.stderr.contains(
                "g.xlsx: error: unknown glossary format; name the file .tsv or .txt (tsv), .tbx"))
        let piped = try CLIRunner.shellInTemporaryFolder(
            #"cat $ROOT/glossaries/en-ur.tsv | "$TARJUMAN" glossary convert - g.en-ur.tbx; echo "exit $?"; ls"#
        )
        #expect(piped.stdout == "exit 2\n")
        #expect(
            piped.stderr.contains("(x.en-ur.tsv): save standard input or a pipe to such a file"))
    }

    /// `glossary convert` refuses what a copy would garble: a TBX variant holding the TSV
    /// list separator `|`, and a TBX for a glossary whose target language nothing names;
    /// an id with a tab survives TSV → TBX → TSV.
    /// Terms whose punctuation word matching skips are named, with what they match as.
    @Test func termsWithUnreadPunctuationAreWarned() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'id\\tsource\\ttarget\\nc1\\tC++\\tسی پلس پلس\\nc2\\tU.S.\\tامریکہ\\nc3\\tcourt\\tعدالت\\n' > en-ur.tsv
            "$TARJUMAN" glossary lint en-ur.tsv; echo "exit $?"
            """)
        #expect(
            result.stdout.contains(
                "en-ur.tsv:2:4: warning: [term-punctuation] source 'C++' is found as 'C'"))
        #expect(
            result.stdout.contains(
                "en-ur.tsv:3:4: warning: [term-punctuation] source 'U.S.' has punctuation between its words"
            ))
        #expect(result.stdout.hasSuffix("0 errors, 2 warnings, 0 info\nexit 0\n"))
    }

    /// `glossary coverage` counts every short phrase at once: a text over 8 MB is refused
    /// before it is read (21 MB took 1.2 GB).
    @Test func coverageRefusesATextOverItsLimit() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            truncate -s 9M big.en.txt
            "$TARJUMAN" glossary coverage --glossary "$ROOT/glossaries/en-ur.tsv" big.en.txt; echo "exit $?"
            """)
        #expect(result.stdout == "exit 2\n")
        #expect(result.stderr.contains("big.en.txt: error: larger than 8 MB"))
    }

    /// prepare, terms and coverage refuse a glossary for other languages than the text's
    /// (prepare wrote Balochi hints into an Urdu job; terms printed nothing, exit 0); terms
    /// reads a translation by its file name's language.
    @Test func aGlossaryForOtherLanguagesIsRefusedByEveryCommand() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            S="$ROOT/seeds/baloch-uprising"; G="$ROOT/glossaries"
            "$TARJUMAN" prepare $S.en.txt --to ur --glossary $G/en-bal-Arab-PK.tsv -o j.xlf; echo "prepare $?"
            "$TARJUMAN" terms --locale bal --glossary $G/en-ur.tsv $S.ur.txt; echo "terms $?"
            "$TARJUMAN" glossary coverage --glossary $G/ur-bal-Arab-PK.tsv $S.en.txt; echo "coverage $?"
            "$TARJUMAN" terms --glossary $G/en-ur.tsv $S.ur.txt | head -1 | cut -f2
            ls
            """)
        #expect(
            result.stdout.hasPrefix("prepare 2\nterms 2\ncoverage 2\n"),
            "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.hasSuffix("coverage 2\nبلوچستان → Balochistan\n"))
        #expect(
            result.stderr.contains(
                "en-bal-Arab-PK.tsv: error: this glossary is for en → bal-Arab-PK"))
        #expect(!result.stdout.contains("j.xlf"))
    }

    /// A glossary whose name gives no language pair cannot say which column a translation
    /// is in: terms of an Urdu text with it is an error, not an empty list.
    @Test func termsWithAGlossaryWithoutAPairNeedsItsLanguages() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            cp "$ROOT/glossaries/en-ur.tsv" myterms.tsv
            printf 'The port.\\n' | "$TARJUMAN" terms --glossary myterms.tsv - | cut -f2; echo "en $?"
            printf 'بندرگاہ\\n' | "$TARJUMAN" terms --glossary myterms.tsv --locale ur -; echo "ur $?"
            """)
        #expect(result.stdout == "port → بندرگاہ\nen 0\nur 2\n", "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "myterms.tsv: error: the file name does not say the glossary's languages, so its "
                    + "ur column is unknown; name it NAME.en-ur.tsv"))
    }

    /// A folder or a missing file named as the glossary is said as such, not as an unknown
    /// glossary format.
    @Test func aFolderNamedAsTheGlossaryIsSaidToBeOne() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(
            ["terms", "--glossary", folder.path, "-"], input: Data("x\n".utf8))
        #expect(result.status == 2)
        #expect(
            result.stderr.contains("\(folder.path): error: cannot read: is a folder"),
            "\(result.stderr)")
    }

    /// English terms are found with or without accents and in any digit script, as the
    /// English matching key folds them.
    @Test func englishTermsMatchWhateverTheAccentsAndDigits() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'id\\tsource\\ttarget\\tpos\\tstatus\\nc1\\tcafe\\tکیفے\\tnoun\\tpreferred\\nw\\t1948 war\\t۱۹۴۸ کی جنگ\\tnoun\\tpreferred\\n' > g.en-ur.tsv
            printf 'At the café, after the ۱۹۴۸ war. The CAFE\\xcc\\x81S.\\n' | "$TARJUMAN" terms --glossary g.en-ur.tsv -
            """)
        // The last café is decomposed (E and U+0301): one word, five characters.
        #expect(
            result.stdout
                == "<stdin>:1:8: c1\tcafé → کیفے\n<stdin>:1:24: w\t۱۹۴۸ war → ۱۹۴۸ کی جنگ\n"
                + "<stdin>:1:38: c1\tCAFE\u{0301}S → کیفے\n",
            "\(result.stderr)")
    }

    /// A note with CR LF, or a comma carrying a combining mark, survives TSV → CSV → TSV
    /// (pass 22: the CSV came back with shifted columns).
    @Test func csvQuotesFieldsByScalar() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'id\\tsource\\ttarget\\tnote\\nx\\tport\\tبندرگاہ\\t"c\\r\\nd"\\ny\\tstate\\tریاست\\tx,\\314\\201y\\n' > g.en-ur.tsv
            "$TARJUMAN" glossary convert g.en-ur.tsv g.en-ur.csv 2> /dev/null
            "$TARJUMAN" glossary convert g.en-ur.csv back.en-ur.tsv 2> /dev/null; echo "exit $?"
            "$TARJUMAN" glossary convert back.en-ur.tsv again.en-ur.csv 2> /dev/null
            cmp g.en-ur.csv again.en-ur.csv && echo same
            """)
        #expect(result.stdout == "exit 0\nsame\n", "\(result.stderr)")
    }

    /// A TICO-19-style CSV row without an id is refused at its cell, nothing written (it
    /// was written out, then refused by every command reading it; review of pass 22).
    @Test func aCSVRowWithoutAnIdIsRefused() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'stringID,sourceLang,targetLang,sourceString,targetString\\n,en,ur,port,بندرگاہ\\n' > t.csv
            "$TARJUMAN" glossary convert t.csv t.en-ur.tsv; echo "exit $?"
            test -e t.en-ur.tsv || echo "nothing written"
            """)
        #expect(result.stdout == "exit 2\nnothing written\n")
        #expect(
            result.stderr
                == "t.csv:2:1: error: the id is empty; give every row an id (rows of one concept share it)\n"
        )
    }

    /// `--target` of one script takes that script's terms only (review of pass 22: Latin and
    /// Arabic Balochi came out as one glossary).
    @Test func aTargetInOneScriptTakesThatScriptOnly() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            cat > ml.tbx <<'TBX'
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
            <conceptEntry id="a"><langSec xml:lang="en"><termSec><term>port</term></termSec></langSec><langSec xml:lang="bal-Latn"><termSec><term>bandar</term></termSec></langSec><langSec xml:lang="bal-Arab-PK"><termSec><term>بندر</term></termSec></langSec></conceptEntry>
            </body></text></tbx>
            TBX
            for t in bal-Latn bal-Arab-PK bal; do
              "$TARJUMAN" glossary convert --target $t ml.tbx $t.tsv 2> /dev/null; tail -n +2 $t.tsv | cut -f3
            done
            """)
        #expect(result.stdout == "bandar\nبندر\nبندر\n", "\(result.stderr)")
    }

    /// `terms` shows a rendering's control characters escaped (review of pass 22: an OSC
    /// sequence in a glossary set the terminal's title).
    @Test func termsShowsRenderingsTerminalSafe() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'id\\tsource\\ttarget\\nx\\tport\\tبندرگاہ\\033]0;pwn\\007\\n' > g.en-ur.tsv
            printf 'The port.\\n' | "$TARJUMAN" terms --glossary g.en-ur.tsv - 2> /dev/null
            """)
        #expect(result.stdout == "<stdin>:1:5: x\tport → بندرگاہ\\u{1B}]0;pwn\\u{7}\n")
        // A line break in a rendering stays on the line (review of pass 22: it forged one).
        let forged = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'id\\tsource\\ttarget\\nx\\tport\\t"بندرگاہ\\nFAKE.txt:9:9: injected"\\n' > g.en-ur.tsv
            printf 'The port.\\n' | "$TARJUMAN" terms --glossary g.en-ur.tsv - 2> /dev/null | wc -l
            """)
        #expect(forged.stdout.trimmingCharacters(in: .whitespaces) == "1\n")
    }

    /// An OmegaT glossary saved with a byte-order mark reads as it is (review of pass 22).
    @Test func anOmegaTGlossaryWithAByteOrderMarkReads() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf '\\357\\273\\277# comment\\nport\\tبندرگاہ\\n' > o.en-ur.utf8
            "$TARJUMAN" glossary convert o.en-ur.utf8 o.en-ur.tsv 2> /dev/null; echo "exit $?"
            cut -f2 o.en-ur.tsv | tail -1 | od -c | head -1
            """)
        #expect(result.stdout.hasPrefix("exit 0\n0000000   p   o   r   t  \\n"), "\(result.stdout)")
    }

    /// Definitions and contexts of another tool's TBX are kept in the note (pass 35).
    @Test func tbxDefinitionsAndContextsAreKept() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf '<martif xml:lang="en"><text><body><termEntry id="e2"><langSet xml:lang="en"><tig><term>port</term></tig></langSet><langSet xml:lang="ur"><tig><term>بندرگاہ</term><descrip type="definition">a harbour</descrip><descrip type="context">Gwadar port</descrip></tig></langSet></termEntry></body></text></martif>' > d.tbx
            "$TARJUMAN" glossary convert d.tbx d.en-ur.tsv 2>/dev/null
            grep '^e2' d.en-ur.tsv | cut -f1,10
            """)
        #expect(result.stdout == "e2\ta harbour; context: Gwadar port\n", "\(result.stderr)")
    }

    /// A glossary as a spreadsheet saves it: capitalised header names and rows of empty
    /// cells read (pass 48: ten errors, "the id is empty").
    @Test func aSpreadsheetsCapitalisedHeaderAndEmptyRowsRead() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'ID\\tSource\\tTarget\\tStatus\\nbook\\tbook\\tکتاب\\tPreferred\\n\\t\\t\\t\\n' > uc.en-ur.tsv
            "$TARJUMAN" glossary lint uc.en-ur.tsv; echo "exit $?"
            """)
        #expect(
            result.stdout == "1 file(s) checked: 0 errors, 0 warnings, 0 info\nexit 0\n",
            "\(result.stderr)")
    }

    /// A forbidden rendering the term matcher reads as a preferred one is an error (pass 48:
    /// lint passed it, and check could never report it).
    @Test func aForbiddenSpellingOfAPreferredRenderingIsAnError() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'id\\tsource\\ttarget\\tstatus\\nb\\tbook\\tکتاب\\tpreferred\\nb\\tbook\\tکِتاب\\tforbidden\\n' > pf.en-ur.tsv
            "$TARJUMAN" glossary lint pf.en-ur.tsv; echo "exit $?"
            """)
        #expect(
            result.stdout.contains(
                "pf.en-ur.tsv:3:14: error: [preferred-and-forbidden] 'کِتاب' for 'book' is forbidden here but "
                    + "'کتاب', the same to the term matcher, is preferred on line 2"),
            "\(result.stdout)")
        #expect(result.stdout.hasSuffix("exit 1\n"))
    }

    /// A glossary named with a word of its own after the pair (`en-ur-v2.tsv`) is read for
    /// that pair by every command (pass 48: lint found no languages, check used it for
    /// Balochi).
    @Test func aGlossaryNamedWithAVersionKeepsItsPair() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            cp "$ROOT/glossaries/en-ur.tsv" en-ur-v2.tsv
            printf 'This book.\\n' > v.en.txt; printf 'یہ کتاب۔\\n' > v.bal.txt
            "$TARJUMAN" glossary lint en-ur-v2.tsv; echo "lint $?"
            "$TARJUMAN" check --glossary en-ur-v2.tsv v.en.txt v.bal.txt > /dev/null; echo "check $?"
            """)
        #expect(result.stdout.hasSuffix("lint 0\ncheck 2\n"), "\(result.stdout)")
        #expect(result.stderr.contains("en-ur-v2.tsv: error: this glossary is for en → ur"))
    }

    /// A CSV glossary saved with semicolons is named so (pass 35).
    @Test func aSemicolonCSVIsNamedSo() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'id;source;target\\n1;colony;نوآبادی\\n' > semi.en-ur.csv
            "$TARJUMAN" glossary convert semi.en-ur.csv semi.en-ur.tsv; echo "exit $?"
            cp semi.en-ur.csv s.en-ur.tsv
            "$TARJUMAN" glossary lint s.en-ur.tsv | cut -c1-80 >&2
            """)
        #expect(result.stdout == "exit 2\n")
        #expect(
            result.stderr
                == "semi.en-ur.csv:1:1: error: the CSV was saved with semicolons between its cells; "
                + "Tarjuman reads commas: save it again with the comma as the field separator\n"
                + "s.en-ur.tsv:1:1: error: [malformed-row] the glossary was saved with semicolons b\n"
                + "1 file(s) checked: 1 errors, 0 warnings, 0 info\n")
    }

    /// A CSV with Excel's separator line converts with that separator (pass 54).
    @Test func excelsSeparatorLineIsRead() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'sep=;\\r\\nsource;target\\r\\ncolony;نوآبادی\\r\\n' > x.en-ur.csv
            "$TARJUMAN" glossary convert x.en-ur.csv x.en-ur.tsv; echo "exit $?"
            cut -f2,3 x.en-ur.tsv
            printf 'sep=;\nid;source;target\na;apple;سیب\nb;cat;بلی;x\n' > o.en-ur.csv
            "$TARJUMAN" glossary convert o.en-ur.csv o.en-ur.tsv 2>&1 | cut -d: -f1-3
            printf 'sep=;\nid;source;target\na;apple;سیب\n' > s.en-ur.tsv
            "$TARJUMAN" glossary lint s.en-ur.tsv | cut -c1-60
            printf 'sep=,\n\\357\\273\\277source,target\nport,بندرگاہ\n' > m.en-ur.csv
            "$TARJUMAN" glossary convert m.en-ur.csv m.en-ur.tsv && cut -f3 m.en-ur.tsv
            printf 'sep=|\nsource;target\n' > w.en-ur.csv
            "$TARJUMAN" glossary convert w.en-ur.csv w.en-ur.tsv 2>&1 | cut -c1-60
            """)
        #expect(
            result.stdout
                == "exit 0\nsource\ttarget\ncolony\tنوآبادی\no.en-ur.csv:4:1\n"
                + "s.en-ur.tsv:1:1: error: [malformed-row] the first line 'sep=\n"
                + "1 file(s) checked: 1 errors, 0 warnings, 0 info\n"
                + "target\nبندرگاہ\n"
                + "w.en-ur.csv:2:1: error: the first line 'sep=|' says the cell\n",
            "\(result.stderr)")
    }

    /// Rows of one id that a TBX copy would split into two concepts are a lint warning
    /// before convert renames them (pass 35: lint passed them).
    @Test func lintWarnsOfRowsConvertWouldSplit() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'id\\tsource\\ttarget\\tstatus\\nl4\\tstate\\tریاست\\tpreferred\\nl4\\tcountry\\tملک\\tadmitted\\n' > id.en-ur.tsv
            "$TARJUMAN" glossary lint id.en-ur.tsv | cut -c1-60
            """)
        #expect(
            result.stdout == """
                id.en-ur.tsv:3:1: warning: [split-concept] this row shares t
                1 file(s) checked: 0 errors, 1 warnings, 0 info

                """, "\(result.stderr)")
    }

    /// An output named for other languages than the glossary's is refused with nothing
    /// written (it labelled Urdu terms Balochi, or English sources French); an input naming
    /// no languages takes both from the output's name.
    @Test func convertRefusesAnOutputNamedForOtherLanguages() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            for o in en-bal-Arab-PK.tsv fr-ur.tbx en-BAL.tsv; do
                "$TARJUMAN" glossary convert "$ROOT/glossaries/en-ur.tsv" $o 2>&1; echo "exit $?"
                test -e $o || echo "nothing written"
            done
            cp "$ROOT/glossaries/ur-bal-Arab-PK.tsv" terms.tsv
            "$TARJUMAN" glossary convert terms.tsv ur-bal-Arab-PK.tbx 2>/dev/null
            grep -o 'xml:lang="[^"]*"' ur-bal-Arab-PK.tbx | sort -u
            """)
        let glossary = "\(CLIRunner.root.path)/glossaries/en-ur.tsv"
        #expect(
            result.stdout == """
                en-bal-Arab-PK.tsv: error: the name says en → bal-Arab-PK, but the glossary is en → \
                ur (from \(glossary)); a glossary's languages are read from its name, so name the \
                output after them (en-ur.tsv); nothing written
                exit 2
                nothing written
                fr-ur.tbx: error: the name says fr → ur, but the glossary is en → ur (from \
                \(glossary)); a glossary's languages are read from its name, so name the output \
                after them (en-ur.tbx); nothing written
                exit 2
                nothing written
                en-BAL.tsv: error: the name says en → bal, but the glossary is en → ur (from \
                \(glossary)); a glossary's languages are read from its name, so name the output \
                after them (en-ur.tsv); nothing written
                exit 2
                nothing written
                xml:lang="bal-Arab-PK"
                xml:lang="ur"

                """, "\(result.stderr)")
    }

    /// `--target` is checked as every language option is (review of pass 22: anything was
    /// taken and echoed raw).
    @Test func convertChecksItsTargetTag() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            "$TARJUMAN" glossary convert "$ROOT/glossaries/en-ur.tsv" g.tbx 2> /dev/null
            "$TARJUMAN" glossary convert g.tbx out.tsv --target "$(printf 'ur\\033[31m')"; echo "exit $?"
            test -e out.tsv || echo "nothing written"
            """)
        #expect(result.stdout == "exit 2\nnothing written\n")
        #expect(
            result.stderr == "error: 'ur\\u{1B}[31m' is not a language tag: 'ur\\u{1B}[31m' is "
                + "not 1–8 letters and digits; write one as BCP 47 does (ur, ur-PK, bal-Arab-PK)\n")
    }

    /// Converting to TBX says which rows lose control characters XML cannot carry.
    @Test func convertingToTBXWarnsOfControlCharacters() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'id\\tsource\\ttarget\\tpos\\tstatus\\tnote\\nport\\tpo\\001rt\\tبندرگاہ\\tnoun\\tpreferred\\t\\nx\\tcity\\tشہر\\tnoun\\tpreferred\\tn\\357\\277\\277\\n' > c.en-ur.tsv
            "$TARJUMAN" glossary convert c.en-ur.tsv c.en-ur.tbx; echo "exit $?"
            """)
        #expect(result.stdout == "exit 0\n")
        // The rows are named, a noncharacter in a note among them (review of pass 22: lint,
        // pointed to, reports none in notes).
        #expect(
            result.stderr.contains(
                "warning: c.en-ur.tsv:2: 2 row(s) hold characters TBX (XML) cannot carry (control "
                    + "characters, U+FFFE, U+FFFF); those characters are left out of c.en-ur.tbx: "
                    + "line(s) 2, 3\n"),
            "\(result.stderr)")
    }

    /// A TBX status no standard defines is an error at its term, not a preferred rendering.
    @Test func anUnknownTBXStatusIsRefused() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            cat > g.en-ur.tbx <<'TBX'
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX" xml:lang="en"><text><body>
            <termEntry id="c"><langSet xml:lang="en"><tig><term>court</term></tig></langSet>
            <langSet xml:lang="ur"><tig><term>کچہری</term><termNote type="administrativeStatus">bogus</termNote></tig></langSet></termEntry>
            </body></text></martif>
            TBX
            "$TARJUMAN" glossary convert g.en-ur.tbx g.en-ur.tsv; echo "exit $?"
            sed 's/"administrativeStatus">bogus/"normativeAuthorization">standardizedTerm/' g.en-ur.tbx > s.en-ur.tbx
            "$TARJUMAN" glossary convert s.en-ur.tbx s.en-ur.tsv 2> /dev/null; echo "exit $?"
            cut -f5 s.en-ur.tsv | tail -1
            sed 's/"administrativeStatus">bogus/"PartOfSpeech">noun/' g.en-ur.tbx > p.en-ur.tbx
            "$TARJUMAN" glossary convert p.en-ur.tbx p.en-ur.tsv 2> /dev/null
            cut -f4 p.en-ur.tsv | tail -1
            """)
        #expect(result.stdout == "exit 2\nexit 0\npreferred\nnoun\n", "\(result.stderr)")
        #expect(result.stderr.contains("g.en-ur.tbx:4:"))
        #expect(result.stderr.contains("administrativeStatus 'bogus' is not one TBX defines"))
    }

    /// A TBX concept's English synonyms are all found by `terms` (only the first was).
    @Test func tbxSynonymsAreFound() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            cat > syn.en-ur.tbx <<'TBX'
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX" xml:lang="en"><text><body>
            <termEntry id="port"><langSet xml:lang="en"><tig><term>harbour</term></tig>
            <tig><term>port</term></tig><tig><term>seaport</term></tig></langSet>
            <langSet xml:lang="ur"><tig><term>بندرگاہ</term></tig></langSet></termEntry>
            </body></text></martif>
            TBX
            printf 'The port and the seaport.\\n' | "$TARJUMAN" terms --glossary syn.en-ur.tbx --format tsv | cut -f4,5
            """)
        #expect(result.stdout.contains("port\tport"), "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("port\tseaport"))
    }

    @Test func convertRefusesWhatACopyWouldGarble() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            cat > en-ur.tbx <<'TBX'
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX" xml:lang="en"><text><body>
            <termEntry id="state"><langSet xml:lang="en"><tig><term>state</term></tig>
            <tig><term>AC|DC</term><termNote type="termType">variant</termNote></tig></langSet>
            <langSet xml:lang="ur"><tig><term>ریاست</term></tig></langSet></termEntry>
            </body></text></martif>
            TBX
            mkdir out
            "$TARJUMAN" glossary convert en-ur.tbx out/en-ur.tsv; echo "bar $?"
            printf 'id\\tsource\\ttarget\\n"a\\tb"\\tstate\\tریاست\\n' > plain.tsv
            "$TARJUMAN" glossary convert plain.tsv out/plain.tbx; echo "nameless $?"
            cp plain.tsv en-ur.tsv
            "$TARJUMAN" glossary convert en-ur.tsv out/en-ur.tbx 2> /dev/null; echo "named $?"
            "$TARJUMAN" glossary convert out/en-ur.tbx out/back.en-ur.tsv 2> /dev/null
            tail -1 out/back.en-ur.tsv | cut -f1-4
            ls out
            """)
        #expect(
            result.stdout
                == "bar 2\nnameless 2\nnamed 0\n\"a\tb\"\tstate\tریاست\nback.en-ur.tsv\nen-ur.tbx\n",
            "\(result.stderr)")
        #expect(
            result.stderr.contains("en-ur.tbx:5:1: error: entry 'state' has a variant holding '|'"))
        #expect(
            result.stderr.contains(
                "out/plain.tbx: error: cannot tell the glossary's target language"))
    }

    @Test func convertsTSVToTBXAndBack() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tbx = folder.appendingPathComponent("en-ur.tbx")
        let back = folder.appendingPathComponent("en-ur.tsv")
        let there = try CLIRunner.run(["glossary", "convert", "glossaries/en-ur.tsv", tbx.path])
        #expect(there.status == 0)
        let again = try CLIRunner.run([
            "glossary", "convert", "--tbx-version", "v3", tbx.path, back.path,
        ])
        #expect(again.status == 0)
        let original = try String(
            contentsOfFile: CLIRunner.root.appendingPathComponent("glossaries/en-ur.tsv").path,
            encoding: .utf8)
        #expect(try String(contentsOf: back, encoding: .utf8) == original)
    }

    @Test func aTBXOfSeveralLanguagesGivesTheOneAskedForAndSaysWhatWasLeftOut() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func entry(_ id: String, _ terms: [(String, String)]) -> String {
            "<termEntry id=\"\(id)\">"
                + terms.map {
                    "<langSet xml:lang=\"\($0.0)\"><tig><term>\($0.1)</term></tig></langSet>"
                }
                .joined() + "</termEntry>"
        }
        let tbx = folder.appendingPathComponent("terms.tbx")
        try Data(
            ("<martif type=\"TBX\" xml:lang=\"en\"><text><body>"
                + entry("c1", [("en", "port"), ("ur", "بندرگاہ"), ("fa", "بندر")])
                + entry("c2", [("en", "court"), ("ur", "عدالت")])
                + entry("c3", [("en", "river"), ("fa", "رود")])
                + "</body></text></martif>").utf8
        ).write(to: tbx)
        let out = folder.appendingPathComponent("out.tsv")
        let persian = try CLIRunner.run([
            "glossary", "convert", "--target", "fa", tbx.path, out.path,
        ])
        #expect(persian.status == 0, "\(persian.stderr)")
        let rows = try String(contentsOf: out, encoding: .utf8)
        #expect(rows.contains("بندر") && rows.contains("رود") && !rows.contains("عدالت"))
        #expect(
            persian.stderr.contains(
                "warning: \(tbx.path): 1 concept(s) have no fa term and were left out"))
        let first = try CLIRunner.run(["glossary", "convert", tbx.path, out.path])
        #expect(first.stderr.contains("1 concept(s) have no ur term"))
        #expect(try String(contentsOf: out, encoding: .utf8).contains("عدالت"))
    }

    @Test func refusesHostileTBX() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let evil = folder.appendingPathComponent("evil.tbx")
        try Data(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<martif>&x;</martif>"
                .utf8
        )
        .write(to: evil)
        let result = try CLIRunner.run([
            "glossary", "convert", evil.path, folder.appendingPathComponent("out.tsv").path,
        ])
        #expect(result.status == 2)
        #expect(result.stderr.contains("evil.tbx:2:1: error: refused"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["evil.tbx"])
    }

    /// `<?x?>` made Foundation's XML parser read a null pointer (SIGSEGV; found by fuzzing).
    @Test func refusesAProcessingInstructionWithoutDataInsteadOfCrashing() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("odd.tbx")
        try Data("<?xml version=\"1.0\"?>\n<martif>\n <?x?></martif>\n".utf8).write(to: file)
        let result = try CLIRunner.run([
            "glossary", "convert", file.path, folder.appendingPathComponent("out.tsv").path,
        ])
        #expect(result.status == 2)
        #expect(result.stderr.contains("odd.tbx:3:2: error: refused: a processing instruction"))
        let tmx = folder.appendingPathComponent("odd.tmx")
        try Data("<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><?x?><body/></tmx>\n".utf8)
            .write(to: tmx)
        let memory = try CLIRunner.run([
            "tm", "import", "--from", "en", "--to", "ur", "--tm-db",
            folder.appendingPathComponent("m.sqlite").path, tmx.path,
        ])
        #expect(memory.status == 2)
        #expect(memory.stderr.contains("odd.tmx:2:20: error: refused"))
    }

    /// Foundation's parser reported text or a second root after the root element and still
    /// said it had parsed: the file was read as if nothing followed.
    @Test(arguments: ["junk\n", "<martif/>\n"])
    func refusesContentAfterTheRootElement(_ after: String) throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("two.tbx")
        try Data(("<?xml version=\"1.0\"?>\n<martif><text><body/></text></martif>\n" + after).utf8)
            .write(to: file)
        let out = folder.appendingPathComponent("out.tsv")
        let result = try CLIRunner.run(["glossary", "convert", file.path, out.path])
        #expect(result.status == 2)
        #expect(
            result.stderr.contains("two.tbx:3:1: error: content after the root element <martif>"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// Converting to OmegaT says how many concepts have no line (only forbidden or
    /// deprecated renderings), instead of claiming every forbidden one is in a comment.
    @Test func convertToOmegaTCountsConceptsLeftWithoutALine() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'id\\tsource\\ttarget\\tstatus\\na\\tport\\tبندرگاہ\\tpreferred\\nb\\tcity\\tسٹی\\tforbidden\\n' > g.en-ur.tsv
            "$TARJUMAN" glossary convert g.en-ur.tsv g.en-ur.utf8
            """)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "wrote the 1 accepted of 2 rows to g.en-ur.utf8 (OmegaT offers every line as a "
                    + "suggestion; deprecated and forbidden renderings are named in the comments "
                    + "of their concept's line, and so are a rendering's other forms, a "
                    + "case-sensitive term and its match, which Tarjuman reads back from there; "
                    + "1 concept(s) with no accepted rendering have no line)"
            ), "\(result.stderr)")
    }

    /// `glossary convert` takes TBX terms in document order and joins a wrapped term.
    @Test func convertReadsTBXTermsInDocumentOrder() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf '<martif type="TBX"><text><body><termEntry id="e1"><langSet xml:lang="en"><ntig><termGrp><term>alpha</term></termGrp></ntig><tig><term>beta</term></tig></langSet><langSet xml:lang="ur"><tig><term>\\n  ب\\n  ج\\n</term></tig></langSet></termEntry></body></text></martif>' > f.en-ur.tbx
            "$TARJUMAN" glossary convert f.en-ur.tbx f.en-ur.tsv 2> /dev/null
            grep '^e1' f.en-ur.tsv | cut -f1-3
            """)
        #expect(result.stdout == "e1\talpha\tب ج\n", "\(result.stderr)")
    }

    /// A term of two concepts is listed with both, in `terms` and in a worksheet's hints
    /// (pass 35: the shipped `military` noun and adjective showed the noun alone).
    @Test func aTermOfTwoConceptsIsListedWithBoth() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'The military operation began.\\n' > mil.en.txt
            "$TARJUMAN" terms mil.en.txt --glossary "$ROOT/glossaries/en-ur.tsv"
            "$TARJUMAN" prepare mil.en.txt --to ur --glossary "$ROOT/glossaries/en-ur.tsv" \\
                -o - --format tsv 2>/dev/null | tail -1 | cut -f6
            """)
        #expect(
            result.stdout == """
                mil.en.txt:1:5: military|military-adj\tmilitary → فوج / فوجی
                military → فوج / عسکری ادارے [military] | فوجی / عسکری [military-adj]

                """, "\(result.stderr)")
    }

    /// A term found across a line break (CR LF) is listed on its one line.
    @Test func aTermAcrossALineBreakIsListedOnOneLine() throws {
        let result = try CLIRunner.run(
            ["terms", "--glossary", "glossaries/en-ur.tsv", "-"],
            input: Data("They were enforced\r\ndisappearances of people.\r\n".utf8))
        #expect(result.status == 0)
        #expect(
            result.stdout.hasPrefix(
                "<stdin>:1:11: enforced-disappearance\tenforced disappearances → "),
            "\(result.stdout)")
        #expect(result.stdout.split(separator: "\n").count == 2)
    }

    @Test func termsListsOccurrencesWithRenderings() throws {
        // English has several glossaries: the user names one.
        let ambiguous = try CLIRunner.run(["terms", "seeds/baloch-uprising.en.txt"])
        #expect(ambiguous.status == 2)
        #expect(ambiguous.stderr.contains("en-bal-Arab-PK.tsv, en-bal-Latn.tsv"))
        let english = try CLIRunner.run([
            "terms", "seeds/baloch-uprising.en.txt", "--glossary", "glossaries/en-ur.tsv",
        ])
        #expect(english.status == 0)
        #expect(
            english.stdout.contains(
                "seeds/baloch-uprising.en.txt:1:225: enforced-disappearance\tenforced disappearances → جبری گمشدگی"
            ))
        let urdu = try CLIRunner.run(
            [
                "terms", "--locale", "ur", "--format", "jsonl", "--glossary",
                "glossaries/en-ur.tsv", "-",
            ],
            input: Data("جبری گمشدگیوں اور خود مختاری\n".utf8))
        let lines = urdu.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.last?.contains("\"status\":\"forbidden\"") == true)
    }

    @Test func coverageFindsNothingImportantMissing() throws {
        let result = try CLIRunner.run([
            "glossary", "coverage", "seeds/baloch-uprising.en.txt", "--glossary",
            "glossaries/en-ur.tsv",
        ])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").count <= 3)
    }

    /// An OmegaT comment is read back with only its first word as the status: a note that
    /// is a status word stays the note (pass 31: `preferred; admitted` came back admitted).
    @Test func anOmegaTNoteThatIsAStatusWordStaysTheNote() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'id\\tsource\\ttarget\\tstatus\\tnote\\nc1\\tship\\tجہاز\\tpreferred\\tadmitted\\n' > s.en-ur.tsv
            "$TARJUMAN" glossary convert s.en-ur.tsv s.utf8 2> /dev/null
            "$TARJUMAN" glossary convert s.utf8 b.en-ur.tsv 2> /dev/null
            "$TARJUMAN" glossary convert b.en-ur.tsv s2.utf8 2> /dev/null
            cmp s.utf8 s2.utf8 && echo same
            tail -1 s2.utf8
            """)
        #expect(result.stdout == "same\nship\tجہاز\tpreferred; admitted\n", "\(result.stderr)")
    }

    /// TBX ids are XML IDs whatever the glossary's ids, and convert back to them (pass 31).
    @Test func tbxIdsAreXMLIDsAndConvertBack() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'id\\tsource\\ttarget\\n1\\tport\\tبندرگاہ\\na b\\tship\\tجہاز\\n' > ids.en-ur.tsv
            "$TARJUMAN" glossary convert ids.en-ur.tsv ids.tbx 2> /dev/null
            grep -o 'termEntry id="[^"]*"' ids.tbx
            "$TARJUMAN" glossary convert ids.tbx back.en-ur.tsv 2> /dev/null
            cut -f1 back.en-ur.tsv | tail -2
            """)
        #expect(
            result.stdout == "termEntry id=\"_x0031_\"\ntermEntry id=\"a_x0020_b\"\n1\na b\n",
            "\(result.stderr)")
    }
}
