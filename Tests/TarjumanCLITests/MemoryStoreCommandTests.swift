import Foundation
import Testing

/// The memory store from the command line: import from `align`, deduplication, lookup with
/// scores, concordance, statistics, deletion, and `prepare --tm-db` filling exact matches
/// as translated and fuzzy ones as drafts that `merge` warns about.
@Suite struct MemoryStoreCommandTests {
    /// `--tm-db :memory:` and `--tm-db file:NAME` are files of those names: what an import
    /// says it added is there for the next command (pass 32: SQLite took them for its
    /// in-memory database and a URI, and the units were lost or went to another file).
    /// A damaged memory file says so and what to do, without the SQL it ran (pass 60).
    @Test func aDamagedMemorySaysSo() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            "$TARJUMAN" align --format tmx $ROOT/seeds/baloch-uprising.en.txt \
              $ROOT/seeds/baloch-uprising.ur.txt -o m.tmx
            "$TARJUMAN" tm import --to ur --tm-db m.db m.tmx 2> /dev/null
            python3 -c "import os; f = open('m.db', 'r+b'); f.seek(4096); f.write(b'\\xff' * (os.path.getsize('m.db') - 4096))"
            "$TARJUMAN" tm stats --tm-db m.db; echo "exit $?"
            """)
        #expect(result.stdout == "exit 2\n")
        #expect(
            result.stderr
                == "m.db: error: the memory file is damaged (SQLite: database disk image is "
                + "malformed); restore it from a backup, or make a new one with tm import from "
                + "your TMX files or filled worksheets\n")
        // One damaged page among good ones, which the counts do not read (pass 66: exit 0).
        let page = try CLIRunner.shellInTemporaryFolder(
            """
            "$TARJUMAN" align --format tmx $ROOT/seeds/baloch-uprising.en.txt \
              $ROOT/seeds/baloch-uprising.ur.txt -o m.tmx
            "$TARJUMAN" tm import --to ur --tm-db m.db m.tmx 2> /dev/null
            "$TARJUMAN" tm stats --tm-db m.db 2>&1 | tail -1
            python3 -c "import os; f = open('m.db', 'r+b'); f.seek(os.path.getsize('m.db') - 4096); f.write(b'\\xff' * 4096)"
            "$TARJUMAN" tm stats --tm-db m.db; echo "exit $?"
            """)
        #expect(page.stdout == "88 unit(s) in 1 origin(s); schema version 2\nexit 2\n")
        #expect(
            page.stderr.hasPrefix("m.db: error: the memory file is damaged (SQLite: quick check: "),
            "\(page.stderr)")
    }

    @Test func sqliteSpecialNamesAreFiles() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            "$TARJUMAN" align $ROOT/seeds/baloch-uprising.en.txt $ROOT/seeds/baloch-uprising.ur.txt --format tmx -o old.tmx
            for name in :memory: 'file:uri.sqlite?mode=memory' file:real.sqlite; do
                "$TARJUMAN" tm import --to ur --tm-db "$name" old.tmx 2>&1 | tail -1
                "$TARJUMAN" tm stats --tm-db "$name" 2>&1 | tail -1
            done
            ls
            """)
        #expect(
            result.stdout == """
                88 unit(s) added to :memory:
                88 unit(s) in 1 origin(s); schema version 2
                88 unit(s) added to file:uri.sqlite?mode=memory
                88 unit(s) in 1 origin(s); schema version 2
                88 unit(s) added to file:real.sqlite
                88 unit(s) in 1 origin(s); schema version 2
                :memory:
                file:real.sqlite
                file:uri.sqlite?mode=memory
                old.tmx

                """, "\(result.stderr)")
    }

    /// Translations confirmed in a job that a penalised machine translation already held
    /// are taken over from it: found at 100 and kept when the machine translations are
    /// deleted (pass 43: "0 of 2 added (2 already stored)", still 70, then deleted).
    @Test func confirmedTranslationsTakeOverPenalisedUnits() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'Hello world. This is a test.\\n' > d.en.txt
            printf 'ہیلو دنیا۔ یہ ایک امتحان ہے۔\\n' > mt.ur.txt
            "$TARJUMAN" align --format tmx d.en.txt mt.ur.txt -o mt.tmx
            "$TARJUMAN" tm import --to ur --tm-db p.sqlite --origin mt --penalty 30 mt.tmx 2>&1 | tail -1
            "$TARJUMAN" prepare d.en.txt --to ur --tm-db p.sqlite --min-match 50 -o j.tsv 2>/dev/null
            sed -i 's/\\tdraft\\t/\\ttranslated\\t/' j.tsv
            "$TARJUMAN" merge j.tsv -o d.ur.txt --tm-db p.sqlite 2>&1 | tail -1
            "$TARJUMAN" tm delete --tm-db p.sqlite --origin mt 2>&1 | tail -1
            "$TARJUMAN" tm lookup --to ur --tm-db p.sqlite "Hello world." | head -1 | cut -f1
            """)
        #expect(result.stdout.contains("2 of 2 confirmed translations added"), "\(result.stdout)")
        #expect(result.stdout.contains("removed origin mt, which held no units"))
        #expect(result.stdout.hasSuffix("\n100%\n"), "\(result.stdout)")
    }

    @Test func importLookupSearchPrepareAndDelete() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            set -e
            "$TARJUMAN" align $ROOT/seeds/baloch-uprising.en.txt $ROOT/seeds/baloch-uprising.ur.txt --format tmx -o old.tmx
            "$TARJUMAN" tm import --to ur --tm-db m.sqlite old.tmx 2>&1 | tail -1
            "$TARJUMAN" tm import --to ur --tm-db m.sqlite old.tmx 2>&1 | head -1
            "$TARJUMAN" tm stats --tm-db m.sqlite 2>/dev/null
            "$TARJUMAN" tm lookup --to ur --tm-db m.sqlite --format json \\
              "The end of 2024 witnessed a historic breakthrough in the Baloch struggle."
            "$TARJUMAN" tm lookup --to ur --tm-db m.sqlite \
              "The end of 2024 witnessed a historic breakthrough in the Baloch struggle." 2>/dev/null | grep numbers
            "$TARJUMAN" tm search --to ur --tm-db m.sqlite "Gwadar" 2>/dev/null | grep -c «Gwadar»
            sed 's/2023/2024/' $ROOT/seeds/baloch-uprising.en.txt > new.en.txt
            "$TARJUMAN" prepare new.en.txt --to ur --tm-db m.sqlite -o new.xlf 2>&1
            "$TARJUMAN" merge new.xlf -o new.ur.txt 2>&1 | grep -c "draft" || true
            echo "candidates: $(grep -c '<mtc:match ref="#p' new.xlf)"
            grep -c 'numbers">numbers: only the sentence has 2024; only the match has 2023<' new.xlf
            grep -c 'similarity="91" origin="old.tmx"' new.xlf
            "$TARJUMAN" prepare new.en.txt --to ur --tm-db m.sqlite --matches 1 -o new.tsv 2>/dev/null
            grep -c "$(printf '\tdraft\t91%% old.tmx: The end of 2023 witnessed')" new.tsv
            "$TARJUMAN" prepare new.en.txt --to ur --tm-db m.sqlite --matches 0 2>&1 | grep "matches is" || true
            # A TMX memory filling a sentence leaves the store's matches listed (pass 68).
            "$TARJUMAN" prepare new.en.txt --to ur --tm old.tmx --tm-db m.sqlite --matches 1 -o both.tsv 2>/dev/null
            echo "both $(grep -c "$(printf '\\ttm-exact\\t10[01]%% old.tmx: ')" both.tsv)"
            "$TARJUMAN" tm delete --tm-db m.sqlite --origin old.tmx 2>&1
            "$TARJUMAN" tm lookup --to ur --tm-db m.sqlite "Gwadar" 2>&1
            """)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "88 unit(s) added to m.sqlite")
        #expect(lines[1] == "old.tmx: 0 of 88 pairs added (88 already stored)")
        #expect(lines[2...3] == ["origin\tunits\tpenalty", "old.tmx\t88\t0"])
        // One year changed in a 12-word sentence: 11 of 12 tokens kept → 91%.
        #expect(result.stdout.contains("{\"score\":91,\"source\":\"The end of 2023 witnessed"))
        #expect(
            result.stdout.contains("\"numbers_missing\":[\"2024\"],\"numbers_extra\":[\"2023\"]"))
        #expect(
            result.stdout.contains(
                "\tfrom old.tmx; numbers: only the sentence has 2024; only the match has 2023\n"))
        #expect(
            result.stdout.contains(
                "prepared 88 sentences in 46 paragraphs (88 with glossary terms, 85 filled from translation memory, 3 fuzzy matches to confirm)"
            ))
        // Every sentence lists its candidates in the XLIFF (at least its own match), the
        // worksheet names the fuzzy one's score and origin, and --matches is checked.
        let candidates = result.stdout.split(separator: "\n").first { $0.hasPrefix("candidates: ") }
        #expect((candidates.flatMap { Int($0.dropFirst(12)) } ?? 0) >= 88)
        #expect(result.stdout.contains("--matches is from 1 to 20; got 0"))
        #expect(result.stdout.contains("\nboth 85\n"))
        #expect(result.stdout.contains("removed 88 unit(s) of old.tmx"))
        #expect(result.stdout.hasSuffix("0 match(es) at or above 75%\n"))
    }

    /// A store this run made is removed when the import fails (here a second file, a pipe,
    /// that turns out broken after the first was stored): no store is left to read as a
    /// memory. A store that existed, or a link to one, is never removed.
    /// A store address that cannot be used is named without its password.
    /// A TMX under another name goes into a store as the listing import reads it (pass 20:
    /// refused as an unknown format); what is no TMX is said to be no TMX.
    @Test func aTMXUnderAnotherNameIsImportedIntoAStore() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            "$TARJUMAN" align --format tmx "$ROOT/seeds/baloch-uprising.en.txt" \\
              "$ROOT/seeds/baloch-uprising.ur.txt" > memory.txt
            "$TARJUMAN" tm import --to ur --tm-db m.db memory.txt; echo "exit $?"
            printf 'hello\\n' > notes.txt
            "$TARJUMAN" tm import --to ur --tm-db m.db notes.txt; echo "exit $?"
            """)
        #expect(result.stdout == "exit 0\nexit 2\n", "\(result.stderr)")
        #expect(result.stderr.contains("memory.txt: 88 of 88 pairs added"))
        #expect(result.stderr.contains("notes.txt: error: not a TMX, XLIFF or worksheet file"))
    }

    @Test func aWrongStoreAddressHidesItsPassword() throws {
        for url in [
            "postgres://ann:s3cret@host:99999/tm", "postgres://ann:s3cret@/tm",
            "mysql://ann:s3cret@h/db",
            // A server that cannot be reached: the address as written, the password hidden
            // (pass 39: it was left out) and the reason given.
            "postgres://ann:s3cret@127.0.0.1:1/tm",
        ] {
            let result = try CLIRunner.run(["tm", "stats", "--tm-db", url])
            #expect(result.status == 2)
            #expect(result.stderr.contains("ann:***@"), "\(result.stderr)")
            #expect(!result.stderr.contains("s3cret"))
        }
    }

    @Test func aFailedImportRemovesOnlyTheStoreItMade() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            "$TARJUMAN" align $ROOT/seeds/baloch-uprising.en.txt $ROOT/seeds/baloch-uprising.ur.txt --format tmx -o m.tmx
            "$TARJUMAN" tm import --to ur --tm-db new.sqlite --origin x m.tmx <(echo '<tmx>broken'); echo "new $?"
            "$TARJUMAN" tm import --to ur --tm-db old.sqlite m.tmx 2> /dev/null
            ln -s old.sqlite link.sqlite
            "$TARJUMAN" tm import --to ur --tm-db link.sqlite --origin x m.tmx <(echo '<tmx>broken'); echo "link $?"
            ln -s nowhere.sqlite dangling.sqlite
            "$TARJUMAN" tm import --to ur --tm-db dangling.sqlite --origin x m.tmx <(echo '<tmx>broken'); echo "dangling $?"
            ls | grep sqlite | tr '\\n' ' '
            """)
        #expect(result.stdout.hasPrefix("new 2\nlink 2\ndangling 2\n"), "\(result.stderr)")
        // The new store is gone, and so is the one made through the dangling link, which
        // stays as it was (pass 39: an empty store was left where it points); the old one
        // and its link stay.
        #expect(!result.stdout.contains("new.sqlite"))
        #expect(result.stdout.contains("old.sqlite") && result.stdout.contains("link.sqlite"))
        #expect(
            result.stdout.contains("dangling.sqlite") && !result.stdout.contains("nowhere.sqlite"))
    }

    /// A pipe or standard input has no name to keep as the units' origin: `--origin` names
    /// it (pass 16: matches came "from 63", the pipe's descriptor).
    @Test func aPipeImportedIntoAStoreNeedsAnOrigin() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            "$TARJUMAN" align $ROOT/seeds/baloch-uprising.en.txt $ROOT/seeds/baloch-uprising.ur.txt --format tmx -o m.tmx
            "$TARJUMAN" tm import --to ur --tm-db m.sqlite <(cat m.tmx); echo "pipe $?"
            "$TARJUMAN" tm import --to ur --tm-db m.sqlite - < m.tmx; echo "stdin $?"
            "$TARJUMAN" tm import --to ur --tm-db m.sqlite --origin news <(cat m.tmx) 2> /dev/null; echo "named $?"
            "$TARJUMAN" tm stats --tm-db m.sqlite 2> /dev/null | cut -f1 | sed -n 2p
            """)
        #expect(result.stdout == "pipe 2\nstdin 2\nnamed 0\nnews\n", "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "is not a file with a name the memory could keep as the units' origin; name it "
                    + "with --origin"))
        #expect(result.stderr.contains("standard input is not a file with a name"))
    }

    /// An origin keeps its penalty when more of it is imported (or merged) without
    /// `--penalty`: a later batch of machine translation must not turn its drafts into
    /// confirmed matches.
    @Test func moreUnitsOfAnOriginKeepItsPenalty() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            "$TARJUMAN" align $ROOT/seeds/baloch-uprising.en.txt $ROOT/seeds/baloch-uprising.ur.txt --format tmx -o m.tmx
            sed 's/Baloch/Brahui/g' m.tmx > more.tmx
            "$TARJUMAN" tm import --to ur --tm-db s.sqlite --origin mt --penalty 20 m.tmx 2> /dev/null
            "$TARJUMAN" tm import --to ur --tm-db s.sqlite --origin mt more.tmx 2> /dev/null
            "$TARJUMAN" tm stats --tm-db s.sqlite 2> /dev/null
            "$TARJUMAN" prepare $ROOT/seeds/baloch-uprising.en.txt --to ur --tm-db s.sqlite -o j.xlf 2>&1 | tail -1
            "$TARJUMAN" tm import --to ur --tm-db s.sqlite --origin mt --penalty 5 more.tmx 2> /dev/null
            "$TARJUMAN" tm stats --tm-db s.sqlite 2> /dev/null | grep mt
            """)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("origin\tunits\tpenalty\nmt\t121\t20\n"))
        #expect(result.stdout.contains("0 filled from translation memory"))
        #expect(result.stdout.hasSuffix("mt\t121\t5\n"))
    }

    /// `--penalty` on an origin whose import adds nothing (every unit stored already) is
    /// kept: its later units rank lower (pass 46: the origin was dropped with its penalty,
    /// and its next machine translation matched at 100).
    @Test func aPenaltyIsKeptWhenTheImportAddsNothing() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            "$TARJUMAN" align $ROOT/seeds/baloch-uprising.en.txt $ROOT/seeds/baloch-uprising.ur.txt --format tmx -o m.tmx
            sed 's/Baloch/Brahui/g' m.tmx > more.tmx
            "$TARJUMAN" tm import --to ur --tm-db s.sqlite m.tmx 2> /dev/null
            "$TARJUMAN" tm import --to ur --tm-db s.sqlite --origin mt --penalty 20 m.tmx 2>&1 | grep -c 'now ranks its matches 20 points lower'
            "$TARJUMAN" tm import --to ur --tm-db s.sqlite --origin mt more.tmx 2> /dev/null
            "$TARJUMAN" tm stats --tm-db s.sqlite 2> /dev/null | grep mt
            """)
        #expect(result.stdout == "1\nmt\t33\t20\n", "\(result.stderr)")
    }

    /// `tm import` lists a TMX in the format its `-o` file is named for, and refuses a name
    /// `--format` contradicts; `tm export` writes TMX only (pass 46: TSV went into
    /// `list.tmx` and TMX into `x.tsv`, exit 0, neither read back).
    @Test func memoryListingsAndExportsFollowTheirNames() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            "$TARJUMAN" align $ROOT/seeds/baloch-uprising.en.txt $ROOT/seeds/baloch-uprising.ur.txt --format tmx -o m.tmx
            "$TARJUMAN" tm import --to ur m.tmx -o list.TMX 2> /dev/null && head -c 5 list.TMX; echo
            "$TARJUMAN" tm import --to ur m.tmx -o list.jsonl 2> /dev/null && head -c 10 list.jsonl; echo
            "$TARJUMAN" tm import --to ur --format tsv m.tmx -o x.tmx; echo "import $?"
            "$TARJUMAN" tm import --to ur m.tmx -o x.sarif; echo "sarif $?"
            "$TARJUMAN" tm export m.tmx -o x.tsv; echo "export $?"
            ls x.* 2> /dev/null | wc -l
            """)
        #expect(
            result.stdout == "<?xml\n{\"source\":\nimport 2\nsarif 2\nexport 2\n0\n",
            "\(result.stderr)")
        #expect(result.stderr.contains("--format tsv does not fit x.tmx, a name for tmx output"))
        #expect(result.stderr.contains("x.tsv: tm export writes TMX, no .tsv files"))
    }

    /// Store commands say when they did nothing or were asked nonsense: deleting an origin
    /// the memory lacks, a limit below 1; origins with tabs (in a store written before they
    /// were refused) stay one TSV row in `tm stats`.
    @Test func storeCommandsRefuseNonsenseAndEscapeOrigins() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            "$TARJUMAN" align $ROOT/seeds/baloch-uprising.en.txt $ROOT/seeds/baloch-uprising.ur.txt --format tmx -o m.tmx
            "$TARJUMAN" tm import --to ur --tm-db s.sqlite --origin ab m.tmx 2> /dev/null
            python3 -c "import sqlite3; c=sqlite3.connect('s.sqlite'); c.execute(\\"UPDATE origin SET name='a\\tb'\\"); c.commit()"
            "$TARJUMAN" tm stats --tm-db s.sqlite 2> /dev/null
            "$TARJUMAN" tm delete --tm-db s.sqlite --origin nosuch; echo "delete $?"
            "$TARJUMAN" tm search --to ur --tm-db s.sqlite --limit=-1 Gwadar 2> /dev/null; echo "search $?"
            "$TARJUMAN" tm lookup --to ur --tm-db s.sqlite --limit 0 Gwadar 2> /dev/null; echo "lookup $?"
            "$TARJUMAN" tm import --to ur --tm-db s.sqlite --penalty -5 m.tmx 2>&1 | grep -c 'penalty is 0 to 100'
            "$TARJUMAN" tm search --to ur --tm-db s.sqlite ' ' 2> /dev/null; echo "empty search $?"
            "$TARJUMAN" tm lookup --to ur --tm-db s.sqlite '' 2> /dev/null; echo "empty lookup $?"
            "$TARJUMAN" tm search --to ur --tm-db s.sqlite --limit 2 the 2>&1 > /dev/null
            """)
        #expect(
            result.stdout
                == "origin\tunits\tpenalty\na\\tb\t88\t0\ndelete 2\nsearch 2\nlookup 2\n1\n"
                + "empty search 2\nempty lookup 2\n2 unit(s); more match: raise --limit to list them\n",
            "\(result.stderr)")
        #expect(result.stderr.contains("error: the memory has no units of origin 'nosuch'"))
    }

    /// A translation with a line break is stored as TMX writes it (one line), so importing
    /// the export of a filled file into the store that has the file adds nothing (it added
    /// the unit again).
    @Test func anExportedMemoryImportsBackAsTheSameUnits() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'Rain fell. Then it stopped.\\n' > d.en.txt
            "$TARJUMAN" prepare d.en.txt --to ur -o d.xlf 2> /dev/null
            python3 -c "
            x = open('d.xlf').read()
            x = x.replace('<source>Rain fell.</source>', '<source>Rain fell.</source><target>بارش&#13;&#10;ہوئی۔</target>')
            x = x.replace('<source>Then it stopped.</source>', '<source>Then it stopped.</source><target>پھر&#10;رک گئی۔</target>')
            open('d.xlf', 'w').write(x.replace('state=\\"initial\\"', 'state=\\"translated\\"'))"
            "$TARJUMAN" tm export -o d.tmx d.xlf 2> /dev/null
            "$TARJUMAN" tm import --to ur --tm-db m.sqlite d.xlf 2>&1 | tail -1
            "$TARJUMAN" tm import --to ur --tm-db m.sqlite d.tmx 2>&1 | tail -1
            "$TARJUMAN" tm lookup --to ur --tm-db m.sqlite 'Rain fell.' 2> /dev/null | sed -n 2p
            """)
        #expect(
            result.stdout
                == "2 unit(s) added to m.sqlite\n0 unit(s) added to m.sqlite\n\tبارش ہوئی۔\n",
            "\(result.stderr)")
    }

    /// A vertical tab or form feed inside a sentence is a space in TMX (it joined the words).
    @Test func aPageBreakInsideASentenceIsASpaceInTMX() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'The town\\vwas calm.\\n' > t.en.txt; printf 'شہر\\fپرسکون تھا۔\\n' > t.ur.txt
            "$TARJUMAN" align --format tmx t.en.txt t.ur.txt | grep -c '<seg>The town was calm.</seg>\\|<seg>شہر پرسکون تھا۔</seg>'
            """)
        #expect(result.stdout == "2\n", "\(result.stderr)")
    }

    /// `tm calibrate` prints an alignment section a pack reads back (a positive variance,
    /// never rounded to 0), and counts only pairs with text on both sides.
    @Test func calibrationIsWhatAPackReadsBack() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            "$TARJUMAN" align $ROOT/seeds/baloch-uprising.en.txt $ROOT/seeds/baloch-uprising.ur.txt --format tmx -o m.tmx
            "$TARJUMAN" tm calibrate --to ur m.tmx > cal.txt; echo "calibrate $?"
            mkdir -p d/locales; cp "$ROOT/locales/ur.yaml" "$ROOT/locales/en.yaml" d/locales/
            python3 -c "
            import re
            pack = open('d/locales/ur.yaml').read()
            pack = re.sub(r'(?m)^alignment:.*\\n(?:[ #].*\\n|\\n)*', '', pack)
            open('d/locales/ur.yaml', 'w').write(pack + open('cal.txt').read())"
            "$TARJUMAN" locales --data-dir d > /dev/null; echo "pack $?"
            mkdir -p twice/locales; cp "$ROOT/locales/ur.yaml" "$ROOT/locales/en.yaml" twice/locales/
            cat cal.txt >> twice/locales/ur.yaml
            "$TARJUMAN" locales --data-dir twice 2>&1 >/dev/null | grep -c "field 'alignment' is given twice, first at line"
            python3 -c "
            units = ''.join('<tu><tuv xml:lang=\\"en\\"><seg>One %d.</seg></tuv><tuv xml:lang=\\"ur\\"><seg>ایک %d۔</seg></tuv></tu>' % (n, n) for n in range(15))
            empty = ''.join('<tu><tuv xml:lang=\\"en\\"><seg></seg></tuv><tuv xml:lang=\\"ur\\"><seg>x</seg></tuv></tu>' for n in range(10))
            open('few.tmx', 'w').write('<tmx version=\\"1.4\\"><header/><body>' + units + empty + '</body></tmx>')"
            "$TARJUMAN" tm calibrate --to ur few.tmx; echo "few $?"
            python3 -c "
            units = ''.join('<tu><tuv xml:lang=\\"en\\"><seg>%s</seg></tuv><tuv xml:lang=\\"ur\\"><seg>ا</seg></tuv></tu>' % ('word ' * 2000) for n in range(30))
            open('wild.tmx', 'w').write('<tmx version=\\"1.4\\"><header/><body>' + units + '</body></tmx>')"
            "$TARJUMAN" tm calibrate --to ur wild.tmx; echo "wild $?"
            """)
        #expect(
            result.stdout.hasPrefix("calibrate 0\npack 0\n1\nfew 2\nwild 2\n"), "\(result.stderr)")
        #expect(result.stderr.contains("pairs with text on both sides"))
        // A fit no pack could hold (it printed length_ratio: 0.000, which a pack refuses).
        #expect(result.stderr.contains("outside what translations have (0.05 to 20)"))
    }

    /// An import is one transaction: when a later file turns out broken (a pipe, read only at
    /// its turn), the pairs of the files before it are not left in a store that was there.
    @Test func aFailedImportLeavesAnExistingStoreAsItWas() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            "$TARJUMAN" align $ROOT/seeds/baloch-uprising.en.txt $ROOT/seeds/baloch-uprising.ur.txt --format tmx -o m.tmx
            sed 's/Baloch/Brahui/g' m.tmx > other.tmx
            "$TARJUMAN" tm import --to ur --tm-db old.sqlite m.tmx 2> /dev/null
            "$TARJUMAN" tm import --to ur --tm-db old.sqlite other.tmx <(echo '<tmx>broken') 2> failed.txt
            echo "failed $?"
            # Nothing is said to be added when the run rolls back.
            grep -c 'pairs added' failed.txt
            "$TARJUMAN" tm stats --tm-db old.sqlite 2> /dev/null
            "$TARJUMAN" tm import --to ur --tm-db old.sqlite other.tmx 2>&1 | tail -1
            """)
        #expect(
            result.stdout
                == "failed 2\n0\norigin\tunits\tpenalty\nm.tmx\t88\t0\n33 unit(s) added to old.sqlite\n",
            "\(result.stderr)")
    }

    /// A failed import that made the store does not remove it when another import opened it
    /// meanwhile: the other import's units stay (it used to delete them after they were
    /// committed, while the other run exited 0).
    @Test func aFailedImportKeepsAStoreAnotherImportOpened() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            "$TARJUMAN" align $ROOT/seeds/baloch-uprising.en.txt $ROOT/seeds/baloch-uprising.ur.txt --format tmx -o m.tmx
            head -c 2000 m.tmx > part.txt
            "$TARJUMAN" tm import --to ur --tm-db s.sqlite --origin B <(cat part.txt; sleep 4) 2> /dev/null &
            first=$!
            sleep 1.5
            "$TARJUMAN" tm import --to ur --tm-db s.sqlite --origin A m.tmx 2> /dev/null; echo "A $?"
            wait $first; echo "B $?"
            "$TARJUMAN" tm stats --tm-db s.sqlite 2> /dev/null
            """)
        #expect(
            result.stdout == "A 0\nB 2\norigin\tunits\tpenalty\nA\t88\t0\n", "\(result.stderr)")
    }

    /// Imports starting one new store at once all land (pass 61: one saw the store half
    /// made and refused it as another program's database; pass 64: one in six of twelve
    /// made its tables after another had).
    @Test func importsMakingOneStoreAtOnceAllLand() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            "$TARJUMAN" align $ROOT/seeds/baloch-uprising.en.txt $ROOT/seeds/baloch-uprising.ur.txt --format tmx -o m.tmx
            for round in 1 2 3 4; do
                rm -f s.sqlite*
                for i in 1 2 3 4 5 6 7 8; do
                    sed "s|</seg>| $i</seg>|" m.tmx > m$i.tmx
                    { "$TARJUMAN" tm import --to ur --tm-db s.sqlite m$i.tmx > /dev/null 2> e$round$i.txt || echo "failed $?"; } &
                done
                wait
                "$TARJUMAN" tm stats --tm-db s.sqlite 2>&1 | tail -1
            done
            cat e*.txt | grep -v -e 'pairs added' -e 'unit(s) added'
            """)
        #expect(
            result.stdout
                == String(
                    repeating: "704 unit(s) in 8 origin(s); schema version 2\n", count: 4),
            "\(result.stderr)")
    }

    /// A signal during an import into a new store leaves no store behind (the store and the
    /// files SQLite keeps beside it are deleted with the run's temporary files).
    @Test func anInterruptedImportLeavesNoNewStore() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            {
                echo '<tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body>'
                for i in $(seq 50000); do
                    echo "<tu><tuv xml:lang='en'><seg>Sentence $i is here.</seg></tuv><tuv xml:lang='ur'><seg>جملہ $i یہاں ہے۔</seg></tuv></tu>"
                done
                echo '</body></tmx>'
            } > big.tmx
            "$TARJUMAN" tm import --to ur --tm-db s.sqlite big.tmx 2> /dev/null &
            run=$!
            for _ in $(seq 200); do [ -e s.sqlite-wal ] && break; sleep 0.05; done
            [ -e s.sqlite-wal ] && echo "store made"
            kill -TERM $run; wait $run; echo "status $?"
            ls | grep -c sqlite
            """)
        #expect(result.stdout == "store made\nstatus 143\n0\n", "\(result.stderr)")
    }

    /// A variant without a language is named at its place with the fix, whether its
    /// `xml:lang` is missing or empty (pass 68: the empty one was skipped, the missing one
    /// stopped the import with no fix), and nothing is stored.
    @Test func aVariantWithoutALanguageIsNamedWithTheFix() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf '<tmx version="1.4"><header srclang="en"/><body>\\n<tu><tuv xml:lang="en"><seg>One.</seg></tuv>\\n<tuv xml:lang=""><seg>ایک۔</seg></tuv></tu></body></tmx>\\n' > l.tmx
            "$TARJUMAN" tm import --to ur --tm-db m.sqlite l.tmx; echo "exit $?"
            test -e m.sqlite && echo stored
            """)
        #expect(result.stdout == "exit 2\n", "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "l.tmx:3:1: error: a <tuv> needs an xml:lang attribute naming its language: add "
                    + "one (xml:lang=\"en\" or \"ur\"), or delete this <tu>"), "\(result.stderr)")
    }

    /// An origin wrapped over lines in a TMX is stored as one line, a blank one as the
    /// file's name, and an impossible date as the import's.
    @Test func tmxProvenanceIsStoredOnOneLine() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf '<tmx version="1.4"><header srclang="en"/><body>\\n' > p.tmx
            printf '<tu creationdate="20261399T999999Z"><prop type="x-origin">team\\n memory</prop><tuv xml:lang="en"><seg>One.</seg></tuv><tuv xml:lang="ur"><seg>ایک۔</seg></tuv></tu>\\n' >> p.tmx
            printf '<tu><prop type="x-origin">\\n</prop><tuv xml:lang="en"><seg>Two.</seg></tuv><tuv xml:lang="ur"><seg>دو۔</seg></tuv></tu></body></tmx>\\n' >> p.tmx
            SOURCE_DATE_EPOCH=0 "$TARJUMAN" tm import --to ur --tm-db m.sqlite p.tmx 2>/dev/null
            "$TARJUMAN" tm stats --tm-db m.sqlite 2>/dev/null
            "$TARJUMAN" tm export --tm-db m.sqlite --to ur 2>/dev/null | grep -c 'creationdate="19700101T000000Z"'
            """)
        #expect(result.stdout.contains("p.tmx\t1\t0\n"), "\(result.stdout)")
        #expect(result.stdout.contains("team memory\t1\t0\n"))
        #expect(result.stdout.hasSuffix("\n2\n"))
    }

    /// Listing a TMX leaves out what an import would not store (a blank source), and keeps
    /// a unit's stated context; an unfilled worksheet is said to hold no confirmed
    /// translation, not to be of another language pair.
    @Test func listingAndImportingSkipWhatAMemoryDoesNotKeep() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf '<tmx version="1.4"><header srclang="en"/><body>' > e.tmx
            printf '<tu><tuv xml:lang="en"><seg> </seg></tuv><tuv xml:lang="ur"><seg>ایک</seg></tuv></tu>' >> e.tmx
            printf '<tu><prop type="x-context-pre">One.</prop><prop type="x-context-post"></prop>' >> e.tmx
            printf '<tuv xml:lang="en"><seg>Two.</seg></tuv><tuv xml:lang="ur"><seg>دو۔</seg></tuv></tu></body></tmx>' >> e.tmx
            "$TARJUMAN" tm import --to ur e.tmx -o - 2>&1
            "$TARJUMAN" tm import --to ur e.tmx --format tmx 2>/dev/null | grep -c 'x-context-pre">One.<'
            "$TARJUMAN" tm import --to ur e.tmx --format jsonl 2>/dev/null
            printf 'Two.\\n' > w.en.txt
            "$TARJUMAN" prepare --to ur w.en.txt --format tsv -o w.tsv 2>/dev/null
            "$TARJUMAN" tm import --to ur --tm-db m.sqlite w.tsv; echo "exit $?"
            """)
        #expect(
            result.stdout
                == "source\ttarget\nTwo.\tدو۔\n1 pairs en → ur; 1 without words in the source or "
                + "a translation skipped\n1\n"
                + "{\"source\":\"Two.\",\"target\":\"دو۔\",\"context_pre\":\"One.\",\"context_post\":\"\"}\n"
                + "exit 2\n", "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "w.tsv: error: holds no confirmed translation to store; nothing stored"))
    }

    /// `align --format tmx` writes each unit's context where it knows it, and an import of
    /// that TMX finds in-context (101) matches; the same TMX without the context properties
    /// (as another tool writes it) gives exact matches only, whatever its order.
    @Test func inContextMatchesComeOnlyFromAStatedContext() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            set -e
            printf 'The port opened in 2019. It was built in three years. The road came later.\\n' > a.en.txt
            printf 'بندرگاہ 2019 میں کھلی۔ یہ تین سال میں بنی۔ سڑک بعد میں آئی۔\\n' > a.ur.txt
            "$TARJUMAN" align --format tmx a.en.txt a.ur.txt -o a.tmx
            grep -c 'x-context-pre' a.tmx
            grep -v x-context a.tmx > other.tmx
            for memory in a other; do
                "$TARJUMAN" tm import --to ur --tm-db $memory.sqlite $memory.tmx 2>/dev/null
                "$TARJUMAN" prepare --to ur --tm-db $memory.sqlite a.en.txt -o $memory.xlf 2>/dev/null
                echo "$memory $(grep -c 'tarjuman:in-context' $memory.xlf || true)"
            done
            """)
        // Every sentence, the document's last too (pass 15: its context was left unknown).
        #expect(result.stdout == "3\na 3\nother 0\n", "\(result.stderr)")
    }

    /// The memory keeps a translation as the merged document has it, final punctuation in
    /// the language's style, from merge, tm import and tm export alike (pass 33: it kept the
    /// Latin `?` the document did not, and the next job was pre-filled with it).
    @Test func theMemoryKeepsWhatTheDocumentHas() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'Is it true?\n' > q.en.txt
            "$TARJUMAN" prepare q.en.txt --to ur --no-glossary -o q.ur.tsv 2>/dev/null
            sed -i 's/^\\(p1s1\t[^\t]*\t\\)/\\1کیا یہ سچ ہے?/' q.ur.tsv
            "$TARJUMAN" merge q.ur.tsv -o q.ur.txt --tm-db m.sqlite 2>/dev/null
            cat q.ur.txt
            "$TARJUMAN" tm lookup --to ur --tm-db m.sqlite "Is it true?" 2>/dev/null | sed -n 2p
            "$TARJUMAN" tm import --to ur --tm-db i.sqlite q.ur.tsv 2>/dev/null
            "$TARJUMAN" tm lookup --to ur --tm-db i.sqlite "Is it true?" 2>/dev/null | sed -n 2p
            "$TARJUMAN" tm export q.ur.tsv 2>/dev/null | grep -o '<seg>[^<]*ہے.</seg>'
            """)
        #expect(
            result.stdout == """
                کیا یہ سچ ہے؟
                \tکیا یہ سچ ہے؟
                \tکیا یہ سچ ہے؟
                <seg>کیا یہ سچ ہے؟</seg>

                """, "\(result.stderr)")
    }

    /// An origin's penalty goes with its units into a colleague's store (pass 33: it was
    /// dropped, and machine translation's matches read as confirmed there); --penalty on
    /// the import still decides.
    @Test func anOriginsPenaltyTravelsWithItsUnits() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            set -e
            "$TARJUMAN" align $ROOT/seeds/baloch-uprising.en.txt $ROOT/seeds/baloch-uprising.ur.txt --format tmx -o old.tmx 2>/dev/null
            "$TARJUMAN" tm import --to ur --tm-db a.sqlite --origin mt --penalty 20 old.tmx 2>/dev/null
            "$TARJUMAN" tm export --tm-db a.sqlite --to ur -o a.tmx 2>/dev/null
            "$TARJUMAN" tm import --to ur --tm-db b.sqlite a.tmx 2>/dev/null
            "$TARJUMAN" tm stats --tm-db b.sqlite 2>/dev/null | tail -1
            "$TARJUMAN" tm import --to ur --tm-db c.sqlite --penalty 5 a.tmx 2>/dev/null
            "$TARJUMAN" tm stats --tm-db c.sqlite 2>/dev/null | tail -1
            "$TARJUMAN" tm import --to ur --tm-db c.sqlite a.tmx 2>&1 | grep note:
            """)
        #expect(
            result.stdout == "mt\t88\t20\nmt\t88\t5\n"
                + "note: a.tmx: the origin mt now ranks its matches 20 points lower (was 5)\n",
            "\(result.stderr)")
    }

    /// Units of one origin stating different penalties are named, with the one kept: the
    /// highest (pass 39: the last won unsaid, and ranked machine translation 30 points
    /// higher; pass 46: the lowest was kept).
    @Test func differentPenaltiesOfOneOriginAreNamed() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            unit() { printf '<tu><prop type="x-origin">mt</prop><prop type="x-penalty">%s</prop><tuv xml:lang="en"><seg>%s</seg></tuv><tuv xml:lang="ur"><seg>%s</seg></tuv></tu>' "$1" "$2" "$3"; }
            { printf '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" segtype="sentence" adminlang="en" datatype="plaintext" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>'
              unit 40 'The camp was large.' 'کیمپ بڑا تھا۔'; unit 10 'The port was built.' 'بندرگاہ بنائی گئی۔'
              printf '</body></tmx>'; } > m.tmx
            "$TARJUMAN" tm import --to ur --tm-db m.sqlite m.tmx 2>&1 | grep warning:
            "$TARJUMAN" tm import --to ur --tm-db p.sqlite --penalty 30 m.tmx 2>&1 | grep -c warning:
            # Across two files of one import too (pass 41: only a note).
            { printf '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" segtype="sentence" adminlang="en" datatype="plaintext" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>'
              unit 20 'The river was wide.' 'دریا چوڑا تھا۔'; printf '</body></tmx>'; } > n.tmx
            "$TARJUMAN" tm import --to ur --tm-db q.sqlite n.tmx m.tmx 2>&1 | grep -c 'state different penalties (10, 20, 40)'
            """)
        #expect(
            result.stdout == "warning: m.tmx: the units of origin mt state different penalties "
                + "(10, 40); an origin has one, and the highest, 40, is kept: give the one meant "
                + "with --penalty\n0\n1\n", "\(result.stderr)")
    }

    /// One unit given under two origins of different penalties in one file is stored once,
    /// under the more trusted, and counted once (pass 51: "2 of 2 pairs added", 1 stored).
    @Test func aUnitUnderTwoOriginsIsCountedOnce() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            unit() { printf '<tu><prop type="x-origin">%s</prop><prop type="x-penalty">%s</prop><tuv xml:lang="en"><seg>Hello world.</seg></tuv><tuv xml:lang="ur"><seg>ہیلو دنیا۔</seg></tuv></tu>' "$1" "$2"; }
            { printf '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" segtype="sentence" adminlang="en" datatype="plaintext" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>'
              unit mt 10; unit team 0; printf '</body></tmx>'; } > two.tmx
            "$TARJUMAN" tm import --to ur --tm-db m.sqlite two.tmx 2>&1 | grep added
            "$TARJUMAN" tm stats --tm-db m.sqlite 2> /dev/null | grep team
            """)
        #expect(
            result.stdout == "two.tmx: 1 of 2 pairs added (1 already stored)\n"
                + "1 unit(s) added to m.sqlite\nteam\t1\t0\n", "\(result.stderr)")
    }

    @Test func aStoreExportsToTMXWithItsProvenanceAndImportsBackUnchanged() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            set -e
            "$TARJUMAN" align $ROOT/seeds/baloch-uprising.en.txt $ROOT/seeds/baloch-uprising.ur.txt --format tmx -o old.tmx
            "$TARJUMAN" tm import --to ur --tm-db m.sqlite --origin team old.tmx 2>/dev/null
            "$TARJUMAN" tm export --tm-db m.sqlite --to ur -o team.tmx 2>&1
            grep -c '<prop type="x-origin">team</prop>' team.tmx
            grep -c -E 'creationdate="20[0-9]{6}T[0-9]{6}Z"' team.tmx
            "$TARJUMAN" tm import --to ur --tm-db m.sqlite team.tmx 2>&1 | tail -1
            "$TARJUMAN" tm import --to ur --tm-db other.sqlite team.tmx 2>/dev/null
            "$TARJUMAN" tm stats --tm-db other.sqlite 2>/dev/null
            "$TARJUMAN" tm export --tm-db m.sqlite --to bal-Arab-PK -o none.tmx 2>&1 || echo "none $?"
            test ! -e none.tmx && echo "no empty memory"
            "$TARJUMAN" tm export --tm-db missing.sqlite --to ur 2>&1 || echo "exit $?"
            test ! -e missing.sqlite && echo "nothing created"
            "$TARJUMAN" tm export --tm-db m.sqlite 2>&1 | head -1 || true
            """)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("exported 88 translation units of m.sqlite"))
        #expect(lines.contains("88"), "every unit carries its origin and date")
        #expect(lines.contains("0 unit(s) added to m.sqlite"))
        #expect(lines.contains("team\t88\t0"), "the origin survives the round trip")
        // No units of the pair: no memory, exit 1 (pass 47: an empty TMX, exit 0).
        #expect(
            lines.contains(
                "error: nothing to export: m.sqlite holds no en → bal-Arab-PK units (see "
                    + "tarjuman tm stats)"))
        #expect(lines.contains("none 1") && lines.contains("no empty memory"))
        #expect(
            lines.contains(
                "missing.sqlite: error: no memory here; make one with tarjuman tm import --tm-db"
            ))
        #expect(lines.contains("exit 2") && lines.contains("nothing created"))
        #expect(result.stdout.contains("--tm-db needs --to"))
    }

    /// The same commands on a shared PostgreSQL memory (when the tests have a server:
    /// `TARJUMAN_TEST_POSTGRES`, see `Tests/Support/postgres-server.sh`).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["TARJUMAN_TEST_POSTGRES"] != nil))
    func aTeamMemoryInPostgreSQLWorksLikeAFile() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            set -e
            schema="cli_$(date +%s%N)"
            case "$TARJUMAN_TEST_POSTGRES" in *'?'*) DB="$TARJUMAN_TEST_POSTGRES&schema=$schema";; *) DB="$TARJUMAN_TEST_POSTGRES?schema=$schema";; esac
            "$TARJUMAN" align $ROOT/seeds/baloch-uprising.en.txt $ROOT/seeds/baloch-uprising.ur.txt --format tmx -o old.tmx
            "$TARJUMAN" tm import --to ur --tm-db "$DB" old.tmx 2>&1 | head -1
            "$TARJUMAN" tm import --to ur --tm-db m.sqlite old.tmx 2>/dev/null
            sed 's/2023/2024/' $ROOT/seeds/baloch-uprising.en.txt > new.en.txt
            "$TARJUMAN" prepare new.en.txt --to ur --tm-db "$DB" -o pg.xlf 2>&1
            "$TARJUMAN" prepare new.en.txt --to ur --tm-db m.sqlite -o file.xlf 2>/dev/null
            cmp pg.xlf file.xlf && echo "same file from both memories"
            "$TARJUMAN" tm stats --tm-db "$DB" 2>/dev/null
            # SwiftNIO ignores SIGPIPE; a reader that stops early still ends the run quietly.
            { sleep 0.5; "$TARJUMAN" tm export --tm-db "$DB" --to ur; } | true
            echo "export to a closed pipe: ${PIPESTATUS[0]}"
            """)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("export to a closed pipe: 141"))
        #expect(!result.stderr.contains("Broken pipe"))
        #expect(result.stdout.contains("old.tmx: 88 of 88 pairs added (0 already stored)"))
        #expect(
            result.stdout.contains(
                "85 filled from translation memory, 3 fuzzy matches to confirm"))
        #expect(result.stdout.contains("same file from both memories"))
        #expect(result.stdout.contains("old.tmx\t88\t0"))
    }

    /// Reading a PostgreSQL memory that is not there says so and makes nothing (a mistyped
    /// schema became an empty memory, pass 21).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["TARJUMAN_TEST_POSTGRES"] != nil))
    func aMissingPostgreSQLMemoryIsNotMadeByReading() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            schema="none_$(date +%s%N)"
            case "$TARJUMAN_TEST_POSTGRES" in *'?'*) DB="$TARJUMAN_TEST_POSTGRES&schema=$schema";; *) DB="$TARJUMAN_TEST_POSTGRES?schema=$schema";; esac
            "$TARJUMAN" tm stats --tm-db "$DB"; echo "exit $?"
            "$TARJUMAN" tm delete --tm-db "$DB" --origin x; echo "exit $?"
            "$TARJUMAN" tm stats --tm-db "$DB"; echo "exit $?"
            """)
        #expect(result.stdout == "exit 2\nexit 2\nexit 2\n", "\(result.stdout)")
        #expect(
            result.stderr.components(
                separatedBy: "error: no memory here; make one with tarjuman tm import --tm-db"
            )
            .count == 4, "\(result.stderr)")
    }

    /// An import large enough to be analysed in its transaction (10,000 units) is kept: a `VACUUM`
    /// after it ran inside the import's transaction, so every such import failed and was undone.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["TARJUMAN_TEST_POSTGRES"] != nil))
    func aLargeImportIntoPostgreSQLIsKept() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            schema="big_$(date +%s%N)"
            case "$TARJUMAN_TEST_POSTGRES" in *'?'*) DB="$TARJUMAN_TEST_POSTGRES&schema=$schema";; *) DB="$TARJUMAN_TEST_POSTGRES?schema=$schema";; esac
            "$TARJUMAN" align $ROOT/seeds/baloch-uprising.en.txt $ROOT/seeds/baloch-uprising.ur.txt --format tmx -o s.tmx
            { sed -n '1,/<body>/p' s.tmx
              seq 1 12000 | awk '{ print "<tu><tuv xml:lang=\\"en\\"><seg>Unit " $1 " of the big memory.</seg></tuv><tuv xml:lang=\\"ur\\"><seg>بڑی یادداشت کی اکائی " $1 "۔</seg></tuv></tu>" }'
              echo '</body></tmx>'; } > big.tmx
            "$TARJUMAN" tm import --to ur --tm-db "$DB" big.tmx 2>&1; echo "exit $?"
            "$TARJUMAN" tm stats --tm-db "$DB" 2>&1
            "$TARJUMAN" tm lookup --to ur --tm-db "$DB" "Unit 11999 of the big memory." 2>&1 | head -3
            """)
        #expect(result.stdout.contains("big.tmx: 12000 of 12000 pairs added (0 already stored)\n"))
        #expect(result.stdout.contains("\nexit 0\n"))
        #expect(result.stdout.contains("big.tmx\t12000\t0"))
        #expect(result.stdout.contains("اکائی 11999۔"))
    }

    /// What tm import cannot read is said plainly (pass 22): align's JSON lines and TSV
    /// (were "malformed XML" and "no 'id' column"), standard input twice (read empty the
    /// second time), an origin that is not one line; and out-of-range numbers are refused
    /// by range (`-1` was "missing value").
    @Test func importRefusesWhatItCannotReadPlainly() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            S="$ROOT/seeds/baloch-uprising"
            "$TARJUMAN" align --format jsonl -o al.jsonl $S.en.txt $S.ur.txt
            "$TARJUMAN" align --format tsv -o al.tsv $S.en.txt $S.ur.txt
            "$TARJUMAN" align --format tmx -o m.tmx $S.en.txt $S.ur.txt
            for f in al.jsonl al.tsv; do "$TARJUMAN" tm import --to ur --tm-db m.sqlite $f; echo "exit $?"; done
            "$TARJUMAN" tm import --to ur al.jsonl 2>&1 | head -1
            "$TARJUMAN" tm import --to ur --tm-db m.sqlite --origin x - - < m.tmx 2>&1 | head -1
            "$TARJUMAN" tm import --to ur --tm-db m.sqlite --origin "$(printf 'a\\tb')" m.tmx 2>&1 | head -1
            cp m.tmx "$(printf 'n\\033[31mred\\nx.tmx')"
            "$TARJUMAN" tm import --to ur --tm-db m.sqlite n*x.tmx 2>&1 | head -1
            "$TARJUMAN" tm import --to ur --tm-db m.sqlite m.tmx 2> /dev/null
            "$TARJUMAN" tm lookup --to ur --tm-db m.sqlite --min-match -1 x 2>&1 | head -1
            "$TARJUMAN" tm search --to ur --tm-db m.sqlite --limit -2 x 2>&1 | head -1
            "$TARJUMAN" tm lookup --to ur --tm-db m.sqlite --previous "- a list item" --next "" x; echo "exit $?"
            """)
        #expect(
            result.stdout == "exit 2\nexit 2\n"
                + "al.jsonl: error: not a TMX file; tm import lists the pairs of a TMX (align --format tmx writes one)\n"
                + "error: standard input (-) can be read once; name it once\n"
                + "error: --origin is a name on one line; it may not hold a line break, tab or other control character\n"
                + "error: the name of n\\u{1B}[31mred\\u{A}x.tmx holds a line break, tab or other "
                + "control character and would be the units' origin; give --origin NAME\n"
                + "error: --min-match is a score from 1 to 101; got -1\n"
                + "error: --limit is at least 1; got -2\n"
                + "exit 0\n", "\(result.stderr)")
        #expect(
            result.stderr
                == "al.jsonl: error: not a TMX, XLIFF or worksheet file; tm import reads TMX "
                + "(align --format tmx writes one), filled XLIFF (.xlf) and worksheets (.tsv, .md)\n"
                + "al.tsv:1:1: error: this is `tarjuman align` output, not a worksheet; for a "
                + "memory, write the alignment as TMX (align --format tmx)\n"
                + "0 match(es) at or above 75%\n")
    }

    /// A concordance finds translations typed with Arabic-keyboard letters by the Urdu
    /// spelling and marks them (pass 22: the stored text was not folded, only the query).
    @Test func aConcordanceFindsEverySpellingOfAWord() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>Kaf yeh test.</seg></tuv><tuv xml:lang="ur"><seg>كيا يہ ٹھيک ہے</seg></tuv></tu><tu><tuv xml:lang="en"><seg>Kaf yeh test two.</seg></tuv><tuv xml:lang="ur"><seg>کیا یہ ٹھیک ہے</seg></tuv></tu></body></tmx>' > y.tmx
            "$TARJUMAN" tm import --to ur --tm-db y.sqlite y.tmx 2> /dev/null
            "$TARJUMAN" tm search --to ur --tm-db y.sqlite 'ٹھیک' 2> /dev/null
            # Direction marks copied with the phrase change nothing (pass 42: none found).
            "$TARJUMAN" tm search --to ur --tm-db y.sqlite "$(printf '\\342\\200\\217ٹھیک')" 2> /dev/null | wc -l
            # A phrase too long to search is refused in words (pass 42: SQLite's error).
            "$TARJUMAN" tm search --to ur --tm-db y.sqlite "$(printf 'word %.0s' $(seq 300))" 2>&1 | head -1
            """)
        #expect(
            result.stdout
                == "Kaf yeh test.\n\tكيا يہ «ٹھيک» ہے\nKaf yeh test two.\n\tکیا یہ «ٹھیک» ہے\n"
                + "4\nerror: the phrase has 1500 characters; at most 1000: search for a part of it "
                + "(tm lookup finds whole sentences)\n")
    }

    /// A number searched in one digit script is found and marked in the other on both
    /// sides, as is a word whose source is written with other case and accents (pass 23:
    /// the unit was listed with nothing marked).
    @Test func aConcordanceMarksWhatTheKeyFound() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>Built in 2009 by the Café Owner.</seg></tuv><tuv xml:lang="ur"><seg>2009 میں بنی۔</seg></tuv></tu></body></tmx>' > d.tmx
            "$TARJUMAN" tm import --to ur --tm-db d.sqlite d.tmx 2> /dev/null
            "$TARJUMAN" tm search --to ur --tm-db d.sqlite '۲۰۰۹' 2> /dev/null
            "$TARJUMAN" tm search --to ur --tm-db d.sqlite 'cafe owner' 2> /dev/null | head -1
            "$TARJUMAN" tm search --to ur --tm-db d.sqlite 'owner.' 2> /dev/null | head -1
            """)
        #expect(
            result.stdout
                == "Built in «2009» by the Café Owner.\n\t«2009» میں بنی۔\n"
                + "Built in 2009 by the «Café Owner».\nBuilt in 2009 by the Café «Owner».\n")
    }

    /// An inline code left out between two spaces leaves one (pass 22: `See  the map.`).
    @Test func aLeftOutCodeLeavesOneSpace() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>See <ph>x</ph> the map.</seg></tuv><tuv xml:lang="ur"><seg>نقشہ <ph/> دیکھیے۔</seg></tuv></tu></body></tmx>' > ph.tmx
            "$TARJUMAN" tm import --to ur ph.tmx 2> /dev/null
            """)
        #expect(result.stdout == "source\ttarget\nSee the map.\tنقشہ دیکھیے۔\n")
    }

    /// Both translations of a unit with `ur` and `ur-PK` variants go into the store, for
    /// each of its English variants (pass 22: the second English was left out).
    @Test func everyTranslationOfATMXUnitIsImported() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            cat > v.tmx <<'EOF'
            <tmx version="1.4"><header srclang="en"/><body>
            <tu><tuv xml:lang="en"><seg>Water.</seg></tuv><tuv xml:lang="ur"><seg>پانی۔</seg></tuv>
            <tuv xml:lang="ur-PK"><seg>آب۔</seg></tuv><tuv xml:lang="en-US"><seg>Waters.</seg></tuv></tu>
            </body></tmx>
            EOF
            "$TARJUMAN" tm import --to ur --tm-db m.sqlite v.tmx 2>&1 | head -1
            "$TARJUMAN" tm lookup --to ur --tm-db m.sqlite "Water." | grep -c '^100%'
            "$TARJUMAN" tm lookup --to ur --tm-db m.sqlite "Waters." | grep -c '^100%'
            # Where one translation is filled, it is the first variant's, as before.
            printf 'Water.\\n' > w.en.txt
            "$TARJUMAN" prepare w.en.txt --to ur --tm v.tmx --format tsv -o tm.tsv 2>/dev/null
            "$TARJUMAN" prepare w.en.txt --to ur --tm-db m.sqlite --format tsv -o db.tsv 2>/dev/null
            grep -c 'پانی۔' tm.tsv db.tsv
            """)
        #expect(
            result.stdout
                == "v.tmx: 4 of 4 pairs added (0 already stored)\n2\n2\ntm.tsv:1\ndb.tsv:1\n",
            "\(result.stderr)")
    }

    /// Source variants that differ only in punctuation are two units of a new store, not one
    /// "already stored", and each sentence is filled as its own exact match (pass 23).
    @Test func variantsThatDifferInPunctuationAreBothStored() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            cat > v.tmx <<'EOF'
            <tmx version="1.4"><header srclang="en"/><body>
            <tu><tuv xml:lang="en-US"><seg>Room 12 is open.</seg></tuv><tuv xml:lang="en-GB"><seg>Room 12 is open!</seg></tuv><tuv xml:lang="ur"><seg>کمرہ 12 کھلا ہے۔</seg></tuv></tu>
            </body></tmx>
            EOF
            "$TARJUMAN" tm import --to ur --tm-db m.sqlite v.tmx 2>&1 | head -1
            printf 'Room 12 is open.\n\nRoom 12 is open!\n' > r.en.txt
            "$TARJUMAN" prepare r.en.txt --to ur --no-glossary --tm-db m.sqlite -o r.tsv 2> /dev/null
            cut -f1,4 r.tsv | grep '^p'
            # One sentence in two normal forms is one unit (pass 24).
            printf '<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>Caf\\303\\251 open.</seg></tuv><tuv xml:lang="ur"><seg>کیفے کھلا۔</seg></tuv></tu><tu><tuv xml:lang="en"><seg>Cafe\\314\\201 open.</seg></tuv><tuv xml:lang="ur"><seg>کیفے کھلا۔</seg></tuv></tu></body></tmx>' > n.tmx
            "$TARJUMAN" tm import --to ur --tm-db m.sqlite n.tmx 2>&1 | head -1
            """)
        #expect(
            result.stdout
                == "v.tmx: 2 of 2 pairs added (0 already stored)\np1s1\ttm-exact\np2s1\ttm-exact\n"
                + "n.tmx: 1 of 2 pairs added (1 already stored)\n",
            "\(result.stderr)")
    }

    @Test func aTMXFromAPipeGoesIntoTheStore() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            "$TARJUMAN" align $ROOT/seeds/baloch-uprising.en.txt $ROOT/seeds/baloch-uprising.ur.txt --format tmx -o s.tmx
            mkfifo f.tmx
            cat s.tmx > f.tmx &
            timeout 20 "$TARJUMAN" tm import --to ur --tm-db m.sqlite f.tmx 2>&1 | head -1
            """)
        #expect(result.stdout == "f.tmx: 88 of 88 pairs added (0 already stored)\n")
    }

    /// A unit's languages are read through the packs: an alias (`urd`) is Urdu, a variant in
    /// another script (`ur-Latn`) is not, in the listing, the store and `prepare --tm`.
    @Test func memoryLanguagesAreReadThroughThePacks() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            cat > m.tmx <<'TMX'
            <tmx version="1.4"><header srclang="en"/><body>
            <tu><tuv xml:lang="EN-GB"><seg>Water is life.</seg></tuv><tuv xml:lang="ur-Latn"><seg>Pani zindagi hai.</seg></tuv>
            <tuv xml:lang="urd"><seg>پانی زندگی ہے۔</seg></tuv></tu>
            <tu><tuv xml:lang="en"><seg>Bread.</seg></tuv><tuv xml:lang="ur-Latn"><seg>Roti.</seg></tuv></tu>
            </body></tmx>
            TMX
            "$TARJUMAN" tm import --to ur m.tmx
            "$TARJUMAN" tm import --to ur --tm-db m.sqlite m.tmx 2>&1 | grep "pairs added"
            printf 'Water is life.\n\nBread.\n' > doc.en.txt
            "$TARJUMAN" prepare doc.en.txt --to ur --tm m.tmx -o doc.tsv 2>&1 | tail -1
            mkdir -p d/locales; cp $ROOT/locales/en.yaml $ROOT/locales/ur.yaml d/locales/
            printf 'tag: [broken\\n' > d/locales/zz.yaml
            "$TARJUMAN" tm import --data-dir d --to ur m.tmx | tail -1
            """)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.hasPrefix(
                "source\ttarget\nWater is life.\tپانی زندگی ہے۔\nm.tmx: 1 of 1 pairs added"))
        #expect(result.stdout.contains("1 filled from translation memory"))
        // A broken pack the memory does not need does not stop reading it.
        #expect(result.stdout.hasSuffix("Water is life.\tپانی زندگی ہے۔\n"))
    }

    @Test func aStoreIsMadeOnlyWhereAskedAndOnlyFromFilesThatAllRead() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            "$TARJUMAN" align $ROOT/seeds/baloch-uprising.en.txt $ROOT/seeds/baloch-uprising.ur.txt --format tmx -o s.tmx
            head -c 3000 s.tmx > broken.tmx
            "$TARJUMAN" tm stats --tm-db new.sqlite; echo "exit $?"
            "$TARJUMAN" tm import --to ur --tm-db sqlite:///m.sqlite s.tmx; echo "exit $?"
            "$TARJUMAN" tm import --to ur --tm-db nowhere/m.sqlite s.tmx; echo "exit $?"
            "$TARJUMAN" tm import --to ur --tm-db m.sqlite s.tmx broken.tmx; echo "exit $?"
            mkdir folder.tmx
            sed 's/xml:lang="ur"/xml:lang="fa"/' s.tmx > fa.tmx
            for bad in missing.tmx folder.tmx /dev/null fa.tmx; do
                "$TARJUMAN" tm import --to ur --tm-db m.sqlite s.tmx "$bad" 2>> bad.txt; echo "bad $?"
            done
            "$TARJUMAN" tm import --to ur --tm-db x s.tmx 2>&1 | tail -1
            "$TARJUMAN" tm stats --tm-db x/ 2>&1; "$TARJUMAN" tm stats --tm-db . 2>&1
            cat s.tmx | "$TARJUMAN" tm import --to ur --tm-db piped.sqlite --origin piped - 2>&1 | head -1
            ls -A
            "$TARJUMAN" tm stats --tm-db m.sqlite 2>&1 | tail -1
            "$TARJUMAN" init > /dev/null 2>&1
            ln -s "$PWD" link  # the project's memory named through a link is still the project's
            "$TARJUMAN" tm import --to ur --tm-db link/.tarjuman/memory.sqlite s.tmx 2>/dev/null; echo "exit $?"
            test -f .tarjuman/memory.sqlite && echo "project memory made"
            """)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(Array(lines.prefix(4)) == ["exit 2", "exit 2", "exit 2", "exit 2"])
        // No store where none was asked for, no folders, and the good file before a bad one
        // not stored: the files are checked before the store is even made.
        #expect(!lines.contains("new.sqlite") && !lines.contains("nowhere"))
        #expect(!lines.contains("sqlite:"))
        #expect(lines.filter { $0.hasPrefix("bad ") } == ["bad 2", "bad 2", "bad 2", "bad 2"])
        // One-letter names (Foundation's path code traps on them), a trailing slash, a folder.
        #expect(lines.contains("88 unit(s) added to x"))
        #expect(lines.contains("x/: error: names a folder; name a file for the memory"))
        #expect(lines.contains(".: error: is a folder; name a file for the memory"))
        // A TMX from a pipe goes into a store.
        #expect(lines.contains("-: 88 of 88 pairs added (0 already stored)"))
        #expect(
            lines.contains(
                "m.sqlite: error: no memory here; make one with tarjuman tm import --tm-db"),
            "\(lines)")
        #expect(lines.suffix(2) == ["exit 0", "project memory made"])
        #expect(result.stderr.contains("new.sqlite: error: no memory here"))
        #expect(result.stderr.contains("sqlite:// is not a store Tarjuman knows"))
        #expect(
            result.stderr.contains("nowhere/m.sqlite: error: the folder nowhere does not exist"))
        #expect(result.stderr.contains("broken.tmx:"))
        #expect(!result.stderr.contains("s.tmx: 88 of 88 pairs added"))
    }

    /// A memory shared read-only (no write access to the file or its folder, as on a
    /// team's share), also one an earlier Tarjuman made, is read: lookups and prepare work,
    /// writes are refused with what to do.
    /// Run as `nobody` through setpriv, since root may write anything.
    @Test(
        .enabled(
            if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func aReadOnlyMemoryIsRead() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            chmod 755 .
            S="$ROOT/seeds/baloch-uprising"
            "$TARJUMAN" align --format tmx $S.en.txt $S.ur.txt -o m.tmx
            mkdir share out && chmod 777 out
            "$TARJUMAN" tm import --to ur --tm-db share/m.sqlite m.tmx 2> /dev/null
            # As an earlier Tarjuman left it (v1): still read (review of pass 23).
            python3 -c "import sqlite3; c = sqlite3.connect('share/m.sqlite'); c.execute(\\"DELETE FROM grdb_migrations WHERE identifier = 'v2'\\"); c.commit(); c.close()"
            chmod 755 share && chmod 644 share/m.sqlite
            as() { setpriv --reuid=nobody --regid=nogroup --clear-groups env TARJUMAN_DATA="$ROOT" "$TARJUMAN" "$@"; }
            cd out
            as tm stats --tm-db ../share/m.sqlite | tail -1; echo "stats $?"
            as prepare $S.en.txt --to ur --tm-db ../share/m.sqlite -o p.xlf; echo "prepare $?"
            as tm delete --origin m.tmx --tm-db ../share/m.sqlite; echo "delete $?"
            ls ../share
            # In a folder all may write, a user who may not write a memory makes no files
            # beside it, and its owner (daemon) goes on writing it (pass 22: the WAL files
            # left by the refused import stopped every later import of the owner).
            mkdir ../team && chmod 777 ../team
            own() { setpriv --reuid=daemon --regid=daemon --clear-groups env TARJUMAN_DATA="$ROOT" "$TARJUMAN" "$@"; }
            own tm import --to ur --tm-db ../team/m.sqlite ../m.tmx 2> /dev/null
            as tm import --to ur --tm-db ../team/m.sqlite ../m.tmx 2> /dev/null; echo "import $?"
            ls ../team
            own tm delete --origin m.tmx --tm-db ../team/m.sqlite 2> /dev/null; echo "owner $?"
            # Side files another user's run did leave are named, with what to do.
            setpriv --reuid=nobody --regid=nogroup --clear-groups touch ../team/m.sqlite-wal ../team/m.sqlite-shm
            own tm import --to ur --tm-db ../team/m.sqlite ../m.tmx 2>&1; echo "stuck $?"
            """)
        #expect(
            result.stdout
                == "m.tmx\t88\t0\nstats 0\nprepare 0\ndelete 2\nm.sqlite\nimport 2\nm.sqlite\n"
                + "owner 0\n../team/m.sqlite: error: ../team/m.sqlite-wal, a file SQLite keeps "
                + "beside the memory, is not writable here (another user's run left it); when no "
                + "run is using the memory, remove it (or make it writable) and try again\nstuck 2\n",
            "\(result.stderr)")
        #expect(result.stderr.contains("88 filled from translation memory"))
        #expect(result.stderr.contains("m.sqlite: error: the memory is read-only here"))
    }

    /// tm export reads language tags through the packs, as import stores them: UR, urd and
    /// ur-PK export the Urdu units; an unknown tag is an error, not an empty export.
    @Test func exportResolvesLanguageTags() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            S="$ROOT/seeds/baloch-uprising"
            "$TARJUMAN" align --format tmx $S.en.txt $S.ur.txt -o m.tmx
            "$TARJUMAN" tm import --to ur --tm-db s.sqlite m.tmx 2> /dev/null
            for tag in UR urd ur-PK zz; do
              "$TARJUMAN" tm export --tm-db s.sqlite --to $tag -o x.tmx 2>> err.txt; echo "$tag $?"
            done
            cat err.txt
            """)
        #expect(
            result.stdout.hasPrefix("UR 0\nurd 0\nur-PK 0\nzz 2\n"), "\(result.stdout)")
        #expect(result.stdout.components(separatedBy: "exported 88 translation units").count == 4)
        #expect(result.stdout.contains("error: unknown locale 'zz'"))
    }

    /// Options tm import would ignore are refused: listing options with a store, store
    /// options without one, and a blank origin.
    @Test func importOptionsThatWouldBeIgnoredAreRefused() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            S="$ROOT/seeds/baloch-uprising"
            "$TARJUMAN" align --format tmx $S.en.txt $S.ur.txt -o m.tmx
            "$TARJUMAN" tm import --to ur --tm-db s.sqlite -o out.tsv m.tmx; echo "output $?"
            "$TARJUMAN" tm import --to ur --origin mt m.tmx > /dev/null; echo "origin $?"
            "$TARJUMAN" tm import --to ur --tm-db s.sqlite --origin ' ' m.tmx; echo "blank $?"
            ls
            """)
        #expect(
            result.stdout == "output 2\norigin 2\nblank 2\nm.tmx\n", "\(result.stderr)")
        #expect(result.stderr.contains("-o and --format are for listing a TMX file's pairs"))
        #expect(result.stderr.contains("--origin and --penalty are recorded in a store"))
        #expect(result.stderr.contains("--origin needs a name"))
    }

    /// Units without words in the source or with a blank translation are counted as
    /// skipped, not "already stored", and never fill a sentence.
    @Test func emptyUnitsAreSkippedAndSaidSo() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            cat > e.tmx <<'TMX'
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="x" creationtoolversion="1" o-tmf="x"/>
            <body>
            <tu><tuv xml:lang="en"><seg>...</seg></tuv><tuv xml:lang="ur"><seg>۔۔۔</seg></tuv></tu>
            <tu><tuv xml:lang="en"><seg>The port is large.</seg></tuv><tuv xml:lang="ur"><seg>   </seg></tuv></tu>
            <tu><tuv xml:lang="en"><seg>The city is old.</seg></tuv><tuv xml:lang="ur"><seg>شہر پرانا ہے۔</seg></tuv></tu>
            </body></tmx>
            TMX
            "$TARJUMAN" tm import --to ur --tm-db e.sqlite e.tmx; echo "import $?"
            printf 'The port is large.\\n' > p.en.txt
            "$TARJUMAN" prepare p.en.txt --to ur --tm-db e.sqlite -o p.xlf 2> /dev/null
            grep -c '<target' p.xlf
            """)
        #expect(result.stdout == "import 0\n0\n", "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "e.tmx: 1 of 3 pairs added (0 already stored, 2 without words in the source or a translation skipped)"
            ))
    }

    /// A sentence whose tokens match a unit but whose text does not (punctuation, case) is a
    /// 99% draft, not filled as translated; only the same text (white space aside) is 100.
    @Test func punctuationOrCaseMakesADraftNotAnExactMatch() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            cat > m.tmx << 'TMX'
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header srclang="en" creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" datatype="plaintext"/><body>
            <tu><tuv xml:lang="en"><seg>Hello world.</seg></tuv><tuv xml:lang="ur"><seg>ہیلو دنیا۔</seg></tuv></tu>
            </body></tmx>
            TMX
            "$TARJUMAN" tm import --to ur --tm-db m.sqlite m.tmx 2> /dev/null
            printf 'Hello world?\\n\\nHELLO, WORLD!\\n\\nHello   world.\\n' > d.en.txt
            "$TARJUMAN" prepare d.en.txt --to ur --no-glossary --tm-db m.sqlite -o d.tsv 2> /dev/null
            grep '^p' d.tsv | cut -f1,4,5
            """)
        #expect(
            result.stdout
                == "p1s1\tdraft\t99% m.tmx: Hello world. → ہیلو دنیا۔\n"
                + "p2s1\tdraft\t99% m.tmx: Hello world. → ہیلو دنیا۔\n"
                + "p3s1\ttm-exact\t100% m.tmx: Hello world. → ہیلو دنیا۔\n", "\(result.stderr)")
    }

    /// No output goes where SQLite keeps its journal beside the store, even before the
    /// journal exists (hostile pass 11: the next opening of the store deleted it).
    @Test func noOutputIsWrittenOverTheStoresJournal() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            S=$ROOT/seeds/baloch-uprising.en.txt
            "$TARJUMAN" align --format tmx $S $ROOT/seeds/baloch-uprising.ur.txt -o m.tmx
            "$TARJUMAN" prepare --to ur --tm m.tmx $S -o j.xlf 2> /dev/null
            for suffix in journal wal shm; do
              "$TARJUMAN" merge j.xlf --tm-db m.sqlite -o m.sqlite-$suffix; echo "exit $?"
            done
            ls
            """)
        #expect(result.stdout == "exit 2\nexit 2\nexit 2\nj.xlf\nm.tmx\n", "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "m.sqlite-journal: error: cannot write: refused: this run reads that file (as a file SQLite keeps beside m.sqlite)"
            ))
    }

    /// Concordance marks the phrase in the source only as a whole word (the source side is
    /// searched by words), and a sign or emoji is looked for in the translations.
    @Test func searchMarksWholeSourceWordsAndFindsSigns() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            cat > m.tmx << 'TMX'
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header srclang="en" creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" datatype="plaintext"/><body>
            <tu><tuv xml:lang="en"><seg>Hi there friend.</seg></tuv><tuv xml:lang="ur"><seg>here &amp; now</seg></tuv></tu>
            </body></tmx>
            TMX
            "$TARJUMAN" tm import --to ur --tm-db m.sqlite m.tmx 2> /dev/null
            "$TARJUMAN" tm search --to ur --tm-db m.sqlite here 2> /dev/null
            "$TARJUMAN" tm search --to ur --tm-db m.sqlite '&' 2> /dev/null
            """)
        #expect(
            result.stdout
                == "Hi there friend.\n\t«here» & now\nHi there friend.\n\there «&» now\n",
            "\(result.stderr)")
    }

    /// `tm export` of filled files refuses --to/--from, which only a store's export reads
    /// (they were ignored: the file's own pair was exported, exit 0).
    @Test func exportingFilesRefusesStoreLanguages() throws {
        let result = try CLIRunner.run(["tm", "export", "--to", "bal", "some.tsv"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--to and --from are for --tm-db"))
    }

    /// A penalty edited out of 0–100 is refused at lookup (-50 scored matches 150%).
    @Test func aPenaltyOutOfRangeIsRefused() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            "$TARJUMAN" align $ROOT/seeds/baloch-uprising.en.txt $ROOT/seeds/baloch-uprising.ur.txt --format tmx -o m.tmx
            "$TARJUMAN" tm import --to ur --tm-db m.sqlite m.tmx 2> /dev/null
            python3 -c "import sqlite3; c = sqlite3.connect('m.sqlite'); c.execute('UPDATE origin SET penalty = -50'); c.commit()"
            "$TARJUMAN" tm lookup --tm-db m.sqlite --to ur "The port of Gwadar."; echo "exit $?"
            """)
        #expect(result.stdout.hasSuffix("exit 2\n"), "\(result.stdout)")
        #expect(
            result.stderr.contains(
                "m.sqlite: error: holds -50 in column 'penalty' where Tarjuman keeps a penalty "
                    + "from 0 to 100"), "\(result.stderr)")
    }

    /// A store changed by another program: an error with the column, exit 2, no crash.
    @Test func aStoreChangedByAnotherProgramIsAnErrorNotACrash() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            "$TARJUMAN" align $ROOT/seeds/baloch-uprising.en.txt $ROOT/seeds/baloch-uprising.ur.txt --format tmx -o m.tmx
            "$TARJUMAN" tm import --to ur --tm-db m.sqlite m.tmx 2> /dev/null
            python3 - << 'PY'
            import sqlite3
            c = sqlite3.connect("m.sqlite")
            c.execute("UPDATE unit SET source = x'ff'")
            c.commit()
            PY
            "$TARJUMAN" tm export --tm-db m.sqlite --to ur -o out.tmx; echo "exit $?"
            python3 -c 'import sqlite3; c = sqlite3.connect("m.sqlite"); c.execute("UPDATE origin SET penalty = char(120)"); c.commit()'
            "$TARJUMAN" tm stats --tm-db m.sqlite; echo "exit $?"
            test -e out.tmx || echo "no export"
            """)
        #expect(result.stdout == "exit 2\nexit 2\nno export\n", "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "m.sqlite: error: holds 1 bytes that are not UTF-8 text in column 'source' where Tarjuman keeps UTF-8 text"
            ))
        #expect(
            result.stderr.contains(
                "holds text in column 'penalty' where Tarjuman keeps a whole number"))
    }

    @Test func withoutAStoreTheUserIsToldHowToNameOne() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            "$TARJUMAN" tm stats; echo "exit $?"
            "$TARJUMAN" tm stats --tm-db postgres://team:secret@127.0.0.1:1/memory; echo "exit $?"
            echo hello > notes.txt; mkdir folder
            python3 -c "import sqlite3; c=sqlite3.connect('app.db'); c.execute('CREATE TABLE t (x)'); c.commit()"
            "$TARJUMAN" tm lookup --to ur --tm-db app.db hello; echo "exit $?"
            : > empty.tsv
            "$TARJUMAN" tm stats --tm-db empty.tsv; echo "exit $?"
            test -s empty.tsv || echo "still empty"
            python3 -c "import sqlite3; sqlite3.connect('blank.db').execute('VACUUM')"
            "$TARJUMAN" tm stats --tm-db blank.db 2>&1; echo "exit $?"
            python3 -c "import sqlite3; print(sqlite3.connect('blank.db').execute('SELECT count(*) FROM sqlite_master').fetchone()[0])"
            "$TARJUMAN" tm stats --tm-db notes.txt; echo "exit $?"
            "$TARJUMAN" tm stats --tm-db folder; echo "exit $?"
            cat notes.txt
            "$TARJUMAN" align $ROOT/seeds/baloch-uprising.ur.txt $ROOT/seeds/baloch-uprising.bal-Arab-PK.txt --format tmx -o ur-bal.tmx
            "$TARJUMAN" tm import --to bal-Arab-PK --tm-db m.sqlite ur-bal.tmx; echo "exit $?"
            test -e m.sqlite || echo "no store made"
            """)
        #expect(
            result.stdout
                == "exit 2\nexit 2\nexit 2\nexit 2\nstill empty\nblank.db: error: an empty SQLite "
                + "database, not a memory; make one with tarjuman tm import --tm-db\nexit 2\n0\n"
                + "exit 2\nexit 2\nhello\nexit 2\nno store made\n"
        )
        #expect(result.stderr.contains("empty.tsv: error: an empty file, not a memory"))
        #expect(
            result.stderr.contains(
                "app.db: error: not a translation memory: an SQLite database of another program (tables t)"
            ))
        #expect(result.stderr.contains("name the memory with --tm-db FILE"))
        // No server there: said so, and the password is not shown.
        #expect(
            result.stderr.contains(
                "postgres://team:***@127.0.0.1:1/memory: error: cannot connect: connection "
                    + "refused: is a PostgreSQL server running there?"))
        #expect(!result.stderr.contains("secret"))
        #expect(
            result.stderr.contains(
                "notes.txt: error: not a translation memory (not an SQLite database)"))
        #expect(result.stderr.contains("folder: error: is a folder; name a file for the memory"))
        // A memory of another pair: nothing stored, and the user is told why.
        #expect(
            result.stderr.contains(
                "warning: ur-bal.tmx: 88 units without both en and bal-Arab-PK skipped (another pair? name it with --from and --to)"
            ))
        #expect(result.stderr.contains("ur-bal.tmx: error: holds no en → bal-Arab-PK pairs"))
    }

    /// A memory exported and imported again into the same store adds nothing, also when a
    /// sentence held a character TMX cannot carry (a BEL), and the sentence is filled from
    /// it at 100; a TMX `<ut>` code is dropped with its content (pass 31).
    @Test func controlCharactersAndUtCodesRoundTrip() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'Bell\\a here.\\n' > b.en.txt
            "$TARJUMAN" prepare b.en.txt --to ur -o b.ur.md 2> /dev/null
            sed 's/^ur: $/ur: گھنٹی۔/' b.ur.md > bf.ur.md
            "$TARJUMAN" tm import --to ur --tm-db b.sqlite bf.ur.md 2>&1 | head -1
            "$TARJUMAN" tm export --tm-db b.sqlite --to ur -o b.tmx 2> /dev/null
            "$TARJUMAN" tm import --to ur --tm-db b.sqlite b.tmx 2>&1 | head -1
            "$TARJUMAN" prepare b.en.txt --to ur --tm-db b.sqlite -o c.ur.md 2> /dev/null
            grep '^ur:' c.ur.md
            printf '<?xml version="1.0"?>\\n<tmx version="1.4"><header srclang="en"/><body><tu>' > ut.tmx
            printf '<tuv xml:lang="en"><seg>Bold <ut>&lt;b&gt;</ut>text.</seg></tuv>' >> ut.tmx
            printf '<tuv xml:lang="ur"><seg>گہرا <ut>&lt;b&gt;</ut>متن۔</seg></tuv></tu></body></tmx>\\n' >> ut.tmx
            "$TARJUMAN" tm import --to ur --format tsv ut.tmx 2> /dev/null
            """)
        #expect(
            result.stdout
                == "bf.ur.md: 1 of 1 pairs added (0 already stored)\n"
                + "b.tmx: 0 of 1 pairs added (1 already stored)\nur: گھنٹی۔\n"
                + "source\ttarget\nBold text.\tگہرا متن۔\n", "\(result.stderr)")
    }
}
