import Foundation
import Testing

/// Outputs never replace what they should not, and every write failure is reported.
@Suite struct OutputSafetyTests {
    static let sample = "$ROOT/seeds/baloch-uprising.en.txt"

    @Test func aFIFOIsWrittenInPlaceNotReplaced() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            mkfifo pipe
            (wc -l < pipe > count) &
            "$TARJUMAN" segment -o pipe \(Self.sample) || exit 9
            wait
            [ -p pipe ] || { echo "pipe replaced"; exit 8; }
            cat count
            """)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "88")
    }

    /// No output replaces a file the run reads: its own input, the glossary, a locale pack
    /// (also as a pair's output in a batch); exit 2 and every file as it was.
    @Test func anOutputNeverReplacesAFileTheRunReads() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            cp -r "$ROOT/locales" "$ROOT/glossaries" .
            cp \(Self.sample) a.en.txt; cp "$ROOT/seeds/baloch-uprising.ur.txt" a.ur.txt
            sum() { cat a.en.txt glossaries/en-ur.tsv locales/ur.yaml | md5sum; }
            before=$(sum)
            export TARJUMAN_DATA=$PWD
            "$TARJUMAN" segment -o a.en.txt a.en.txt; echo "segment $?"
            "$TARJUMAN" check -o locales/ur.yaml a.en.txt a.ur.txt; echo "check $?"
            printf 'a.en.txt\ta.ur.txt\tlocales/ur.yaml\n' > pairs.tsv
            "$TARJUMAN" align --batch pairs.tsv; echo "batch $?"
            [ "$(sum)" = "$before" ] && echo intact
            ls -A | grep -c tarjuman
            """)
        #expect(result.stdout == "segment 2\ncheck 2\nbatch 2\nintact\n0\n", "\(result.stderr)")
        #expect(result.stderr.contains("refused: this run reads that file"))
    }

    /// Writing into the pipe the run reads would keep it waiting for its own end of input:
    /// refused, whether the pipe is standard input or a `<(…)` file.
    /// A glossary edited in place by `--fix`, or refused for its extension, is still an
    /// input: the report does not replace it (hostile pass 7: both were overwritten), and
    /// with its report refused the fix is not made either (pass 30).
    @Test func aFixedOrRefusedGlossaryIsNotReplacedByTheReport() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'id\\tsource\\ttarget\\tpos\\tstatus\\nc1\\tport\\tبندرگاه \\tnoun\\tpreferred\\n' > g.en-ur.tsv
            "$TARJUMAN" glossary lint --fix g.en-ur.tsv -o g.en-ur.tsv 2> /dev/null; echo "fix $?"
            cut -f3 g.en-ur.tsv | tail -1
            cp "$ROOT/seeds/baloch-uprising.en.txt" d.en.txt; cp "$ROOT/seeds/baloch-uprising.ur.txt" d.ur.txt
            cp g.en-ur.tsv g.en-ur.xlsx
            "$TARJUMAN" check d.en.txt d.ur.txt --glossary g.en-ur.xlsx -o g.en-ur.xlsx 2> /dev/null
            echo "check $?"
            cmp g.en-ur.tsv g.en-ur.xlsx && echo intact
            """)
        #expect(result.stdout == "fix 2\nبندرگاه \ncheck 2\nintact\n", "\(result.stderr)")
    }

    @Test func anOutputIntoThePipeTheRunReadsIsRefused() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            cat \(Self.sample) | timeout 20 "$TARJUMAN" segment -o /dev/stdin -; echo "stdin $?"
            timeout 20 "$TARJUMAN" segment -o /dev/fd/63 <(cat \(Self.sample)); echo "fd $?"
            """)
        #expect(result.stdout == "stdin 2\nfd 2\n", "\(result.stderr)")
        #expect(result.stderr.contains("refused: this run reads that pipe"))
    }

    @Test func aSymlinkToStandardOutputReachesStandardOutput() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            ln -s /proc/self/fd/1 out
            "$TARJUMAN" segment -o out \(Self.sample) | wc -l
            [ -L out ] || echo "link replaced"
            """)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "88")
    }

    /// `-o /dev/stdout` (or `/dev/stderr`) writes where the shell points it, appending to a
    /// `>>` log and between other output (pass 29: the file behind it was replaced whole).
    @Test func standardOutputByNameIsWrittenWhereItPoints() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            echo before > log.txt
            "$TARJUMAN" segment -o /dev/stdout \(Self.sample) >> log.txt
            { echo header; "$TARJUMAN" segment -o /dev/stderr \(Self.sample) 2>&1; echo footer; } > grp.txt
            head -1 log.txt; wc -l < log.txt; head -1 grp.txt; tail -1 grp.txt; wc -l < grp.txt
            """)
        #expect(result.stdout == "before\n89\nheader\nfooter\n90\n", "\(result.stderr)")
    }

    @Test func aSymlinkedFileIsReplacedAndTheLinkKept() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            mkdir real; echo old > real/file; chmod 600 real/file
            ln -s real/file link; ln -s link chain
            "$TARJUMAN" segment -o chain \(Self.sample) || exit 9
            [ -L link ] && [ -L chain ] || echo "link replaced"
            stat -c %a real/file
            wc -l < real/file
            ls -A real
            """)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "600\n88\nfile\n")
    }

    /// A link into a folder that is not there says where it leads (pass 54: "No such file or
    /// directory" about a link that is there); a link to a file not made yet is written; a
    /// name in a folder that is not there says so.
    @Test func aLinkIntoAMissingFolderSaysWhereItLeads() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            ln -s gone/out.txt dangling; ln -s new.txt fresh
            "$TARJUMAN" segment -o dangling \(Self.sample); echo "exit $?"
            "$TARJUMAN" segment -o fresh \(Self.sample); echo "exit $? $(wc -l < new.txt)"
            "$TARJUMAN" segment -o gone/x.txt \(Self.sample); echo "exit $?"
            """)
        #expect(result.stdout == "exit 2\nexit 0 88\nexit 2\n", "\(result.stderr)")
        // A name in a missing folder says so too (pass 60: "No such file or directory").
        #expect(
            result.stderr
                == "dangling: error: cannot write: it is a link to gone/out.txt, whose folder "
                + "does not exist\n"
                + "gone/x.txt: error: cannot write: its folder gone/ does not exist; create it "
                + "(mkdir -p) or name a file in a folder that does\n")
    }

    /// A standard error whose reader has gone ends no run (pass 61: SIGPIPE killed `check
    /// -o` before its report was written).
    @Test func aBrokenStandardErrorEndsNoRun() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            python3 -c "
            import os, subprocess, sys
            r, w = os.pipe(); os.close(r)
            p = subprocess.run([os.environ['TARJUMAN'], 'check', '-o', 'r.json', sys.argv[1], sys.argv[2]], stderr=w)
            print(p.returncode, os.path.exists('r.json'))
            " "$ROOT/seeds/baloch-uprising.en.txt" "$ROOT/seeds/baloch-uprising.ur.txt"
            """)
        #expect(result.stdout == "0 True\n", "\(result.stderr)")
    }

    /// A write-protected file is refused, also as root (who may write anything): the run
    /// stops before its work and the file keeps its text and mode.
    @Test func aWriteProtectedFileIsNotReplaced() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            echo kept > out.txt; chmod 444 out.txt
            "$TARJUMAN" segment -o out.txt \(Self.sample); echo "exit $?"
            cat out.txt; stat -c %a out.txt; ls -A
            """)
        #expect(result.stdout == "exit 2\nkept\n444\nout.txt\n", "\(result.stderr)")
        #expect(result.stderr.contains("out.txt: error: cannot write: is write-protected; make it"))
    }

    @Test func dashMeansStandardOutput() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            #""$TARJUMAN" segment -o - \#(Self.sample) | wc -l; ls -A"#)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "88")
    }

    @Test func aFullDeviceIsAnErrorForEveryWritingCommand() throws {
        let commands = [
            "segment \(Self.sample)", "segment -o /dev/full \(Self.sample)",
            "check --format json", "glossary lint --format junit",
            "terms --glossary glossaries/en-ur.tsv \(Self.sample)",
            "locales", "check --explain number-mismatch",
            // Help too (pass 43: exit 0).
            "segment --help", "--help", "help check",
            "glossary coverage --glossary glossaries/en-ur.tsv \(Self.sample)",
        ]
        for command in commands {
            let result = try CLIRunner.shellInTemporaryFolder(
                #"cd "$ROOT"; "$TARJUMAN" \#(command) > /dev/full"#)
            #expect(result.status == 2, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("cannot write: No space left on device"), "\(command)")
            #expect(!result.stderr.contains("cannot read"), "\(command)")
        }
        #expect(
            try CLIRunner.shellInTemporaryFolder("[ -c /dev/full ] && echo device").stdout
                == "device\n")
    }

    @Test func aFolderIsNotAnOutputFile() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            #"mkdir d; "$TARJUMAN" segment -o d \#(Self.sample)"#)
        #expect(result.status == 2)
        #expect(result.stderr.contains("d: error: cannot write: is a folder"))
    }

    @Test func anEmptyOutputNameIsSaidSo() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            #""$TARJUMAN" segment -o '' \#(Self.sample)"#)
        #expect(result.status == 2)
        #expect(result.stderr.contains("'': error: cannot write: an empty name; name a file, or -"))
    }

    /// Standard output appended to a file the run reads is refused before anything is
    /// written: `normalize` read its own output without end, `segment` doubled it, `align`
    /// (which writes its header before reading) too (pass 54). Another file still takes it.
    @Test func standardOutputOntoAnInputIsRefused() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            cp "$ROOT/seeds/baloch-uprising.en.txt" l.en.txt
            cp "$ROOT/seeds/baloch-uprising.ur.txt" l.ur.txt
            size=$(wc -c < l.en.txt)
            for command in normalize segment; do
                timeout 20 "$TARJUMAN" $command l.en.txt >> l.en.txt; echo "$command $?"
            done
            timeout 20 "$TARJUMAN" align l.en.txt l.ur.txt >> l.ur.txt; echo "align $?"
            [ $(wc -c < l.en.txt) = $size ] && cmp -s l.ur.txt "$ROOT/seeds/baloch-uprising.ur.txt" \
                && echo unchanged
            "$TARJUMAN" segment l.en.txt >> other.txt; echo "other $? $(wc -l < other.txt)"
            """)
        #expect(
            result.stdout == "normalize 2\nsegment 2\nalign 2\nunchanged\nother 0 88\n",
            "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "standard output: error: cannot write: refused: it is a file this run reads "
                    + "(l.ur.txt); send the output to another file"))
    }

    @Test func anInterruptedRunLeavesNoTemporaryFile() throws {
        for (signal, number) in [
            ("INT", SIGINT), ("TERM", SIGTERM), ("HUP", SIGHUP), ("QUIT", SIGQUIT),
            ("USR1", SIGUSR1), ("PIPE", SIGPIPE), ("XFSZ", SIGXFSZ),
        ] {
            let result = try CLIRunner.shellInTemporaryFolder(
                """
                set -m  # job control: a background job does not ignore SIGINT
                mkfifo in
                exec 3<>in
                printf 'One sentence. Another one.\\n\\n%.0s' $(seq 2000) >&3
                "$TARJUMAN" segment -o out.txt in & pid=$!
                sleep 1
                kill -\(signal) $pid
                for i in $(seq 100); do kill -0 $pid 2>/dev/null || break; sleep 0.1; done
                kill -9 $pid 2>/dev/null
                wait $pid; echo "status $?"
                ls -A | grep -v '^in$' || true
                """)
            #expect(result.stdout == "status \(128 + number)\n", "\(signal)")
        }
    }

    /// Worker threads creating outputs while a signal arrives (handled on another thread):
    /// every temporary file goes, whatever each worker was doing.
    @Test func anInterruptedBatchLeavesNoTemporaryFile() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            mkdir out
            for i in $(seq 40); do
                printf '%s\t%s\tout/%d.tmx\n' "$ROOT/seeds/baloch-uprising.en.txt" \
                    "$ROOT/seeds/baloch-uprising.ur.txt" $i
            done > pairs.tsv
            for run in $(seq 24); do
                timeout --preserve-status -s TERM 0.$((run % 4 + 1)) \
                    "$TARJUMAN" align --batch pairs.tsv --format tmx --jobs 2 2>/dev/null
                echo "status $?" >> statuses
                find out -name '.tarjuman-*' >> left
                rm -f out/*
            done
            sort -u statuses; cat left
            """)
        // Some runs finish before the signal (status 0), the others end by it, and none
        // leaves a temporary file.
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines.allSatisfy { $0 == "status 0" || $0 == "status \(128 + SIGTERM)" }, "\(lines)")
        #expect(lines.contains("status \(128 + SIGTERM)"))
    }

    /// SwiftNIO ignores SIGPIPE in any process that opens a socket, such as this test process
    /// once a PostgreSQL memory test ran; commands still run with the default actions.
    @Test func commandsRunWithTheSignalActionsOfAUsersShell() throws {
        signal(SIGPIPE, SIG_IGN)
        let result = try CLIRunner.shellInTemporaryFolder(
            "(sleep 0.2; exec yes) | head -c 1 >/dev/null; echo \"${PIPESTATUS[0]}\"")
        #expect(result.stdout == "\(128 + SIGPIPE)\n")
    }

    @Test func aFullOrClosedStandardErrorIsNoCrash() throws {
        for redirect in ["2>/dev/full", "2>&-"] {
            let result = try CLIRunner.shellInTemporaryFolder(
                #""$TARJUMAN" segment no-such-file \#(redirect); echo "status $?""#)
            #expect(result.stdout == "status 2\n", "\(redirect)")
        }
    }

    @Test func aNameNearTheLengthLimitIsWritten() throws {
        let name = String(repeating: "a", count: 250) + ".txt"
        let result = try CLIRunner.shellInTemporaryFolder(
            #""$TARJUMAN" segment -o \#(name) \#(Self.sample) && wc -l < \#(name)"#)
        #expect(result.stdout == "88\n", "\(result.stderr)")
    }

    /// A run that fails leaves its files as they were (pass 30): the `-o` text of
    /// `normalize --report` is not replaced when the report cannot be written, nor is a
    /// glossary fixed when the lint report cannot be; a closed standard output is named as
    /// such, never another descriptor that took its number.
    @Test func aRunThatFailsToReportLeavesItsFilesAsTheyWere() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            echo OLD > n.out; printf 'كتاب\\n' > k.txt
            "$TARJUMAN" normalize --locale ur --report -o n.out k.txt > /dev/full; echo "normalize $?"
            cat n.out
            mkdir gl; grep -v '^#' "$ROOT/glossaries/en-ur.tsv" | head -3 > gl/en-ur.tsv
            sed -i '2s/\\tBalochistan\\t/\\tBalochistan  \\t/' gl/en-ur.tsv; cp gl/en-ur.tsv before
            "$TARJUMAN" glossary lint --fix gl/en-ur.tsv >&-; echo "lint $?"
            cmp -s gl/en-ur.tsv before && echo "glossary intact"
            "$TARJUMAN" align --locale ur "$ROOT/seeds/baloch-uprising.en.txt" \\
                "$ROOT/seeds/baloch-uprising.ur.txt" >&-; echo "align $?"
            """)
        #expect(result.stdout == "normalize 2\nOLD\nlint 2\nglossary intact\nalign 2\n")
        #expect(
            result.stderr
                == "<stdout>: error: cannot write: No space left on device\n"
                + "<stdout>: error: cannot write: Bad file descriptor\n"
                + "<stdout>: error: cannot write: Bad file descriptor\n", "\(result.stderr)")
    }

    /// Fixes are made only when every one can be written: a fix that cannot be (here a
    /// file-size limit of 0) leaves every glossary as it was, and no report shows fixes
    /// that were not made (review of pass 30).
    @Test func fixesThatCannotBeWrittenAreNeitherMadeNorReported() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            mkdir g; grep -v '^#' "$ROOT/glossaries/en-ur.tsv" | head -3 > g/en-ur.tsv
            sed -i '2s/\\tBalochistan\\t/\\tBalochistan  \\t/' g/en-ur.tsv; cp g/en-ur.tsv before
            (trap '' XFSZ; ulimit -f 0; "$TARJUMAN" glossary lint --fix --format json g/en-ur.tsv \\
                > report.json 2> /dev/null; echo "exit $?")
            cmp -s g/en-ur.tsv before && echo intact
            wc -c < report.json
            """)
        #expect(result.stdout == "exit 2\nintact\n0\n", "\(result.stderr)")
    }
}
