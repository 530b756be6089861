import Foundation
import Testing

/// `merge` refuses a filled file that would lose, duplicate or invent text.
@Suite struct MergeSafetyTests {
    /// Prepares the sample (filled from the seed translation) as `format`, applies the
    /// Python `edit` to the file text `x`, merges, and returns the result and the folder listing.
    private func merge(_ format: String, _ file: String, edit: String) throws -> (
        CLIRunner.Result, String
    ) {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.shell(
            """
            S=$ROOT/seeds/baloch-uprising.en.txt
            "$TARJUMAN" align --format tmx $S $ROOT/seeds/baloch-uprising.ur.txt -o m.tmx
            "$TARJUMAN" prepare --to ur --tm m.tmx --format \(format) $S -o \(file) 2>/dev/null
            python3 - <<'PY'
            import re
            x = open('\(file)').read()
            \(edit)
            open('\(file)', 'w').write(x)
            PY
            "$TARJUMAN" merge \(file) -o out.txt
            """, in: folder)
        let listing = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        return (result, listing.joined(separator: " "))
    }

    @Test func deletedPiecesAreErrorsAtTheirPlace() throws {
        let cases = [
            (
                "xliff", "j.xlf",
                #"x = re.sub(r'<segment id="p4s2".*?</segment>\s*', '', x, flags=re.S)"#,
                "p4s2 is missing"
            ),
            (
                "xliff", "j.xlf", #"x = re.sub(r'<unit id="p5".*?</unit>\s*', '', x, flags=re.S)"#,
                "p5s1 is missing"
            ),
            ("tsv", "j.tsv", #"x = re.sub(r'\np4s2\t[^\n]*', '', x)"#, "p4s2 is missing"),
            (
                "md", "j.md", #"x = re.sub(r'<!-- p4s2 .*?(?=<!-- p4s3)', '', x, flags=re.S)"#,
                "p4s2 is missing"
            ),
            (
                "tsv", "j.tsv", #"x += re.search(r'p4s2\t[^\n]*\n', x).group(0)"#,
                "p4s2 appears twice"
            ),
            (
                "tsv", "j.tsv", #"x += 'p99s1\tX\tY\ttranslated\t\t\\n\n'"#,
                "p99s1 is not a sentence"
            ),
            (
                "xliff", "j.xlf",
                #"x = x.replace('</target>', '</target><target>again</target>', 1)"#,
                "more than one <source> or <target>"
            ),
            (
                "md", "j.md", #"x = re.sub(r'\nur:([^\n]*)', r'\nur:\1\nur: again', x, count=1)"#,
                "a second 'ur:' line"
            ),
            (
                "md", "j.md", #"x = re.sub(r'\nur:', r'\nUR:', x, count=1)"#,
                "'UR:' should read 'ur:' at the start of the line"
            ),
            (
                "md", "j.md", #"x = x.replace('\n<!-- p1s2 ', '\n  <!-- p1s2 ', 1)"#,
                "this record line is indented"
            ),
            (
                "xliff", "j.xlf",
                #"m = re.search(r'<segment id="p4s2".*?</segment>', x, flags=re.S).group(0); x = x.replace(m, '', 1).replace('</unit>', m + '</unit>', 1)"#,
                "p4s2 is inside unit p1"
            ),
            (
                "xliff", "j.xlf",
                #"x = x.replace('</unit>', '<segment id="p1s9"><source>X</source><target>Y</target></segment></unit>', 1)"#,
                "p1s9 is not a sentence"
            ),
            // Without the layout record a sentence dropped at a paragraph's end went unnoticed.
            (
                "xliff", "j.xlf",
                #"x = re.sub(r' tj:layout="[^"]*"', '', x); x = re.sub(r'<segment id="p1s3".*?</segment>\s*', '', x, flags=re.S)"#,
                "the file has no layout record"
            ),
            (
                "tsv", "j.tsv",
                #"x = re.sub(r'# layout: [^\n]*', '# layout: 0,0,0', x); x = re.sub(r'\np1s3\t[^\n]*', '', x)"#,
                "the layout record '0,0,0' is not the sentences per paragraph"
            ),
            (
                "md", "j.md", #"x = re.sub(r'"layout": *"[^"]*",? *', '', x)"#,
                "the file has no layout record"
            ),
            // A sentence deleted with its paragraph's count lowered (pass 60: merged, exit 0).
            (
                "tsv", "j.tsv",
                #"x = re.sub(r'\np4s3\t[^\n]*', '', x).replace('# layout: 3,2,1,3,', '# layout: 3,2,1,2,')"#,
                "the layout record '3,2,1,2,"
            ),
            (
                "md", "j.md",
                #"x = re.sub(r'<!-- p4s3 .*?(?=<!-- p5s1)', '', x, flags=re.S).replace('"layout":"3,2,1,3,', '"layout":"3,2,1,2,')"#,
                "is not the one the file was prepared with"
            ),
            // And with the hash line deleted too (pass 61).
            (
                "tsv", "j.tsv",
                #"x = re.sub(r'\np4s3\t[^\n]*', '', x).replace('# layout: 3,2,1,3,', '# layout: 3,2,1,2,'); x = re.sub(r'# layout_hash: [^\n]*\n', '', x)"#,
                "the file has no hash of its layout record"
            ),
            (
                "xliff", "j.xlf",
                #"x = re.sub(r'<segment id="p4s3".*?</segment>\s*', '', x, flags=re.S).replace('tj:layout="3,2,1,3,', 'tj:layout="3,2,1,2,'); x = re.sub(r'(<unit id="p4"[^>]*tj:sources="\S+ \S+) \S+"', r'\1"', x)"#,
                "its hash"
            ),
            // And with every source hash deleted as well (pass 62: merged, exit 0).
            (
                "tsv", "j.tsv",
                #"x = re.sub(r'\np4s3\t[^\n]*', '', x).replace('# layout: 3,2,1,3,', '# layout: 3,2,1,2,'); x = re.sub(r'# layout_hash: [^\n]*\n', '', x); x = re.sub(r'\t(source_hash|h[0-9a-f]{8})$', '', x, flags=re.M)"#,
                "the file has no hash of its layout record"
            ),
            (
                "xliff", "j.xlf",
                #"x = re.sub(r'<segment id="p4s3".*?</segment>\s*', '', x, flags=re.S).replace('tj:layout="3,2,1,3,', 'tj:layout="3,2,1,2,'); x = re.sub(r' tj:(layoutHash|sources)="[^"]*"', '', x)"#,
                "the file has no hash of its layout record"
            ),
            (
                "md", "j.md",
                #"x = re.sub(r'<!-- p4s3 .*?(?=<!-- p5s1)', '', x, flags=re.S).replace('"layout":"3,2,1,3,', '"layout":"3,2,1,2,'); x = re.sub(r',? *"(layout_hash|source_hash)": *"[^"]*"', '', x)"#,
                "the file has no hash of its layout record"
            ),
            // Text typed into a segment or unit outside its target was dropped (pass 66).
            (
                "xliff", "j.xlf",
                #"x = x.replace('</target>', '</target>\n یہ جملہ بھی ترجمہ ہے۔\n', 1)"#,
                "outside any <source> or <target>, which merge would drop"
            ),
            (
                "xliff", "j.xlf", #"x = x.replace('</unit>', '</unit> stray text', 1)"#,
                "<file> holds 'stray text' outside any <source> or <target>"
            ),
            // Moved units and segments were merged in the file's order (pass 9).
            (
                "xliff", "j.xlf",
                #"m = re.search(r'<unit id="p2".*?</unit>\s*', x, flags=re.S).group(0); x = x.replace(m, '', 1).replace('<unit id="p1"', m + '<unit id="p1"', 1)"#,
                "p1s1 comes after p2s"
            ),
            (
                "xliff", "j.xlf",
                #"m = re.search(r'<segment id="p1s2".*?</segment>', x, flags=re.S).group(0); x = x.replace(m, '', 1).replace('<segment id="p1s1"', m + '<segment id="p1s1"', 1)"#,
                "p1s1 comes after p1s2"
            ),
            // Text typed into an ignorable or an `after` cell was dropped unseen.
            (
                "xliff", "j.xlf",
                #"x = re.sub(r'(<ignorable>\s*<source>)([^<]*)(</source>)', r'\1\2note\3', x, count=1)"#,
                "holds 'note', which merge would drop"
            ),
            (
                "xliff", "j.xlf",
                #"x = re.sub(r'(<ignorable>\s*<source>[^<]*</source>)', r'\1<target>note</target>', x, count=1)"#,
                "holds 'note', which merge would drop"
            ),
            (
                "tsv", "j.tsv",
                #"x = re.sub(r'(\np1s1\t[^\n]*\t)([^\t\n]*)(\th[0-9a-f]{8})$', r'\1 note\3', x, count=1, flags=re.M)"#,
                "holds 'note', which merge would drop"
            ),
            // A field of a Markdown record that is not text, dropped and the row merged as
            // confirmed; a control character shown escaped, not as '?' (pass 22).
            (
                "md", "j.md", #"x = x.replace('"status":"tm-exact"', '"status":5', 1)"#,
                "field 'status' of this comment line is not text"
            ),
            (
                "md", "j.md", #"x = x.replace('{"after":" "', '{"after":"\\u0000"', 1)"#,
                "holds '\\u{0}', which merge would drop"
            ),
            (
                "md", "j.md",
                #"x = x.replace('"status":"tm-exact"', '"status":"a\\u001b[31m' + 'x' * 99 + '"', 1)"#,
                "has status 'a\\u{1B}[31m\(String(repeating: "x", count: 34))…'"
            ),
            // An id with leading zeros was a second spelling of the prepared one (pass 43).
            (
                "tsv", "j.tsv",
                #"x += re.search(r'p4s2\t[^\n]*\n', x).group(0).replace('p4s2', 'p04s2', 1)"#,
                "'p04s2' is not a worksheet id"
            ),
            (
                "md", "j.md",
                #"x += '\n' + re.search(r'<!-- p4s2 .*?(?=<!-- p4s3)', x, flags=re.S).group(0).replace('p4s2', 'p04s2', 1)"#,
                "'p04s2' is not a worksheet id"
            ),
            // A record of Tarjuman's with its key in other letters (pass 25).
            (
                "tsv", "j.tsv", #"x = x.replace('# layout:', '# Layout:', 1)"#,
                "'# Layout:' should read '# layout:'"
            ),
            // A translation typed among the hints of a Markdown block (pass 25).
            (
                "md", "j.md", #"x = x.replace('\n> Terms: ', '\n> my translation\n> Terms: ', 1)"#,
                "is neither '> Terms:' nor '> Memory:' and would be lost"
            ),
            // A source cell edited in the filled file was merged, and fed to a memory.
            (
                "tsv", "j.tsv", #"x = re.sub(r'(\np4s2\t)([^\t]*)', r'\1Edited.', x, count=1)"#,
                "the source of p4s2 is not the sentence prepared"
            ),
            (
                "xliff", "j.xlf",
                #"x = re.sub(r'(<segment id="p4s2".*?<source>)([^<]*)', r'\1Edited.', x, count=1, flags=re.S)"#,
                "the source of p4s2 is not the sentence prepared"
            ),
            (
                "md", "j.md",
                #"x = re.sub(r'(<!-- p4s2 [^\n]*\n> )([^\n]*)', r'\1Edited.', x, count=1)"#,
                "the source of p4s2 is not the sentence prepared"
            ),
            (
                "tsv", "j.tsv",
                #"x = re.sub(r'(\np4s2\t[^\n]*\t)h[0-9a-f]{8}\n', r'\g<1>123\n', x)"#,
                "the source hash of p4s2 ('123') is not one Tarjuman wrote"
            ),
            // A second layout line, by which a deleted sentence slipped through (pass 8).
            (
                "tsv", "j.tsv",
                #"x = re.sub(r'(# layout: [^\n]*)', r'\1\n# layout: 3,2', x); x = re.sub(r'\np1s3\t[^\n]*', '', x)"#,
                "a second '# layout:' line"
            ),
        ]
        for (format, file, edit, message) in cases {
            let (result, listing) = try merge(format, file, edit: edit)
            // A broken file is an input error (2); a file that reads but would lose text, a
            // finding (1).
            let broken =
                message.hasPrefix("more than one") || message.hasPrefix("a second")
                || message.hasPrefix("field '") || message.hasPrefix("has status")
                || message.hasPrefix("is neither") || message.hasPrefix("'# Layout")
                || message.hasPrefix("'UR:'") || message.hasSuffix("is indented")
                || message.contains("outside any <source> or <target>")
                || message.hasSuffix("is not a worksheet id")
            #expect(result.status == (broken ? 2 : 1), "\(edit): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(edit): \(result.stderr)")
            #expect(result.stderr.contains("\(file):"), "\(edit)")
            #expect(!listing.contains("out.txt"), "\(edit): wrote output")
        }
    }

    /// Pass 43: the Markdown worksheet of a CR LF file merges untouched; text typed before
    /// the first sentence of a TSV worksheet is reported on its `# leading:` line.
    @Test func aCRLFWorksheetMergesAndLeadingTextIsPlaced() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.shell(
            """
            printf 'A long sentence that is\\r\\nwrapped over two lines.\\r\\n' > w.en.txt
            "$TARJUMAN" prepare w.en.txt --to ur -o w.md 2>/dev/null
            sed -i 's/^ur: *$/ur: ایک لمبا جملہ۔/' w.md
            "$TARJUMAN" merge w.md -o w.ur.txt && echo merged
            printf 'Title line\\n\\nHello world.\\n' > e.en.txt
            "$TARJUMAN" prepare e.en.txt --to ur -o e.tsv 2>/dev/null
            sed -i 's/^# leading: .*$/# leading: Title/' e.tsv
            grep -n '^# leading' e.tsv | cut -d: -f1
            "$TARJUMAN" merge e.tsv -o e.ur.txt
            """, in: folder)
        #expect(result.stdout.hasPrefix("merged\n"), "\(result.stderr)")
        let line = result.stdout.split(separator: "\n").last.map(String.init) ?? ""
        #expect(
            result.stderr.contains("e.tsv:\(line):1: error: the text before the first sentence"))
    }

    /// A memory refuses what merge refuses about sources: an edited source whose hash was
    /// removed too (pass 28: `tm import` and `tm export` took it, merge did not).
    @Test func aMemoryRefusesASourceWhoseHashWasRemoved() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            S=$ROOT/seeds/baloch-uprising.en.txt
            "$TARJUMAN" align --format tmx $S $ROOT/seeds/baloch-uprising.ur.txt -o m.tmx
            "$TARJUMAN" prepare --to ur --tm m.tmx --format tsv $S -o j.tsv 2> /dev/null
            python3 -c "import re; x = open('j.tsv').read(); x = re.sub(r'(\\np2s1\\t)Today, a new force([^\\n]*)\\th[0-9a-f]{8}\\n', r'\\1Tomorrow, no force\\2\\t\\n', x); open('e.tsv', 'w').write(x)"
            grep -c Tomorrow e.tsv
            "$TARJUMAN" tm import e.tsv --to ur --tm-db x.sqlite; echo "import $?"
            "$TARJUMAN" tm export e.tsv -o e.tmx; echo "export $?"
            ls
            """)
        #expect(result.stdout == "1\nimport 2\nexport 2\ne.tsv\nj.tsv\nm.tmx\n", "\(result.stderr)")
        #expect(
            result.stderr.contains("e.tsv:13:1: error: the source hash of p2s1 ('') is not one"))
    }

    /// A unit's record with a hash too few is one problem, said at the record (its sentences
    /// were each said to have a broken hash as well).
    @Test func aShortRecordIsSaidOnce() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'It rained. We left.\n' > d.en.txt
            "$TARJUMAN" prepare d.en.txt --to ur -o d.xlf 2> /dev/null
            sed -e 's/tj:sources="\\(h[0-9a-f]*\\) h[0-9a-f]*"/tj:sources="\\1"/' d.xlf > e.xlf
            "$TARJUMAN" merge --allow-partial e.xlf 2>&1; echo "exit $?"
            """)
        #expect(
            result.stdout
                == "e.xlf:4:5: error: the tj:sources record of unit p1 holds 1 hash(es) for the "
                + "2 sentence(s) the layout gives it; restore it from the prepared file\n"
                + "1 problem(s) with the sentences of e.xlf; nothing written\nexit 1\n")
    }

    /// The memory takes a merge's translations only once the document is written whole: a
    /// document that cannot be written (a full disk) stores nothing, and a store the failed
    /// run made is removed rather than left empty; a store that was there stays as it was.
    @Test func aDocumentThatCannotBeWrittenStoresNothing() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            cp $ROOT/seeds/baloch-uprising.en.txt a.en.txt
            "$TARJUMAN" align --format tmx -o m.tmx a.en.txt $ROOT/seeds/baloch-uprising.ur.txt
            "$TARJUMAN" prepare a.en.txt --to ur --tm m.tmx -o job.xlf 2> /dev/null
            "$TARJUMAN" merge job.xlf -o /dev/full --tm-db s.sqlite 2> /dev/null; echo "full $?"
            ls
            "$TARJUMAN" merge job.xlf -o out.txt --tm-db s.sqlite 2> /dev/null; echo "ok $?"
            "$TARJUMAN" merge job.xlf -o /dev/full --tm-db s.sqlite 2> /dev/null; echo "full $?"
            "$TARJUMAN" tm stats --tm-db s.sqlite 2>&1 | tail -1
            """)
        #expect(
            result.stdout
                == "full 2\na.en.txt\njob.xlf\nm.tmx\nok 0\nfull 2\n"
                + "88 unit(s) in 1 origin(s); schema version 2\n", "\(result.stderr)")
    }

    /// A layout record edited to call for a billion sentences is a structure problem listed
    /// in a hundred lines and a count, not an allocation of every sentence (an abort).
    @Test(arguments: [
        ("xliff", "xlf", "x = re.sub(r'tj:layout=\"(\\d+),', r'tj:layout=\"\\g<1>000000000,', x)"),
        ("tsv", "tsv", "x = re.sub(r'# layout: (\\d+),', r'# layout: \\g<1>000000000,', x)"),
    ])
    func aHugeLayoutIsCountedAndNothingIsWritten(
        _ format: String, _ suffix: String, _ edit: String
    ) throws {
        let (result, listing) = try merge(format, "j.\(suffix)", edit: edit)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("more sentences are missing"))
        #expect(result.stderr.split(separator: "\n").count < 110)
        #expect(!listing.contains("out.txt"))
    }

    /// Hostile pass 11: what XLIFF 2.0 defines is read so. A file a tool rewrote with
    /// another prefix for Tarjuman's namespace merges; a target without `state` is a draft
    /// (warned, merged); a target moved by `order` is refused and nothing is written.
    @Test func xliffRewrittenByOtherToolsMergesAsXLIFFDefinesIt() throws {
        let rewritten = try merge(
            "xliff", "j.xlf",
            edit:
                "x = x.replace('xmlns:tj=', 'xmlns:ns1=').replace('tj:layout=', 'ns1:layout=')"
                + ".replace('tj:layoutHash=', 'ns1:layoutHash=')"
                + ".replace('tj:sources=', 'ns1:sources=')")
        #expect(rewritten.0.status == 0, "\(rewritten.0.stderr)")
        #expect(rewritten.1.contains("out.txt"))
        let stateless = try merge(
            "xliff", "j.xlf",
            edit:
                "x = x.replace(' state=\"translated\"', '').replace(' subState=\"tarjuman:tm-exact\"', '')"
        )
        #expect(stateless.0.status == 0, "\(stateless.0.stderr)")
        #expect(
            stateless.0.stderr.contains(
                "warning: p1s1: the translation is marked as a draft (not confirmed in the CAT tool)"
            ))
        // An inline code a CAT tool put in a translation has no place in the document: it
        // is left out with a warning at its place, not without a word (pass 23).
        let coded = try merge(
            "xliff", "j.xlf", edit: "x = x.replace('</target>', '<ph id=\"9\"/></target>', 1)")
        #expect(coded.0.status == 0, "\(coded.0.stderr)")
        #expect(
            coded.0.stderr.contains(
                ": warning: p1s1: an inline code in the translation is left out"))
        #expect(coded.1.contains("out.txt"))
        let moved = try merge(
            "xliff", "j.xlf", edit: "x = x.replace('<target', '<target order=\"3\"', 1)")
        #expect(moved.0.status == 2)
        #expect(moved.0.stderr.contains("this <target> has order=\"3\" but is part 1 of its unit"))
        #expect(!moved.1.contains("out.txt"))
    }

    /// What merge refuses as a stray pairing (a second or unknown row, units in another
    /// order) is refused by the memory commands too: it would be stored as a confirmed
    /// translation, or with neighbours that are not its own as context.
    @Test func memoryCommandsRefuseStrayPairs() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.shell(
            """
            S=$ROOT/seeds/baloch-uprising.en.txt
            "$TARJUMAN" align --format tmx $S $ROOT/seeds/baloch-uprising.ur.txt -o m.tmx
            "$TARJUMAN" prepare --to ur --tm m.tmx --format tsv $S -o j.tsv 2>/dev/null
            printf 'p4s2\tThe port.\tغلط\ttranslated\t\t\n' >> j.tsv
            "$TARJUMAN" tm import --to ur --tm-db s.sqlite j.tsv; echo "import $?"
            "$TARJUMAN" tm export j.tsv -o out.tmx; echo "export $?"
            test -e out.tmx && echo "out.tmx exists"
            "$TARJUMAN" tm stats --tm-db s.sqlite 2>&1 | head -3
            "$TARJUMAN" prepare --to ur --tm m.tmx $S -o j.xlf 2>/dev/null
            python3 - <<'PY'
            import re
            x = open('j.xlf').read()
            units = re.findall(r'<unit id="p[12]".*?</unit>', x, flags=re.S)
            x = x.replace(units[0], '@@').replace(units[1], units[0]).replace('@@', units[1])
            open('j.xlf', 'w').write(x)
            PY
            "$TARJUMAN" tm import --to ur --tm-db s.sqlite j.xlf 2>&1; echo "reordered $?"
            """, in: folder)
        #expect(result.stdout.contains("import 2"), "\(result.stderr)")
        #expect(result.stdout.contains("export 2"))
        #expect(result.stdout.contains("p1s1 comes after p2s"))
        #expect(result.stdout.contains("reordered 2"))
        #expect(!result.stdout.contains("out.tmx exists"))
        #expect(result.stderr.contains("j.tsv:"))
        #expect(result.stderr.contains("p4s2 appears twice"))
        #expect(result.stderr.contains("merge refuses too; nothing written or stored"))
        #expect(!result.stdout.contains("غلط"))
    }

    @Test func anUntouchedFileStillMerges() throws {
        let (result, listing) = try merge("tsv", "j.tsv", edit: "pass")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(listing.contains("out.txt"))
    }
}
