import Foundation
import Testing

/// Every output is the same in every process (Swift seeds its hash tables per process).
@Suite struct DeterminismTests {
    @Test func tiedMatchModesAndAlignmentsAreSettledTheSameWayInEveryProcess() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.shell(
            """
            printf 'id\\tsource\\ttarget\\tmatch\\nplural\\tstates\\tریاستیں\\texact\\nsingular\\tstate\\tریاست\\t\\n' > tie.en-ur.tsv
            printf 'The states met. Two states and one state agreed on the states.\\n' > text.en.txt
            S=$ROOT/seeds/baloch-uprising.en.txt
            for run in 1 2 3 4 5 6 7 8; do
                { "$TARJUMAN" terms --glossary tie.en-ur.tsv text.en.txt
                  "$TARJUMAN" align --format jsonl $S $ROOT/seeds/baloch-uprising.bal-Arab-PK.txt
                  cd "$ROOT"; "$TARJUMAN" check --format json; cd "$OLDPWD"
                } | md5sum
            done | sort | uniq -c | wc -l
            "$TARJUMAN" terms --glossary tie.en-ur.tsv text.en.txt | cut -f1 | sed 's/.*: //'
            """, in: folder)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "1", "outputs differ between processes: \(result.stdout)")
        // The more specific mode wins a tie: 'states' is the plural entry wherever it stands.
        #expect(Array(lines.dropFirst()) == ["plural", "plural", "singular", "plural"])
    }

    /// TMX files carry their creation date; with `SOURCE_DATE_EPOCH` set, as reproducible
    /// builds do, two runs write the same bytes.
    @Test func sourceDateEpochFixesTheDatesOfTMXFiles() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            S=$ROOT/seeds/baloch-uprising
            for run in 1 2; do
                SOURCE_DATE_EPOCH=1764806400 "$TARJUMAN" align --format tmx $S.en.txt $S.ur.txt -o $run.tmx
                sleep 1
            done
            cmp 1.tmx 2.tmx && grep -q 'creationdate="20251204T000000Z"' 1.tmx && echo same
            """)
        #expect(result.stdout == "same\n", "\(result.stderr)")
    }

    /// A malformed `SOURCE_DATE_EPOCH` stops a TMX-writing run before it writes anything
    /// (exit 2, the value named); formats without a date do not read it.
    @Test func malformedSourceDateEpochStopsTMXOutput() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            S=$ROOT/seeds/baloch-uprising
            SOURCE_DATE_EPOCH=tomorrow "$TARJUMAN" align --format tmx $S.en.txt $S.ur.txt -o a.tmx
            echo "tmx $? $(ls | wc -l)"
            SOURCE_DATE_EPOCH=tomorrow "$TARJUMAN" align --format tsv $S.en.txt $S.ur.txt -o a.tsv
            echo "tsv $? $(ls | wc -l)"
            """)
        #expect(result.stdout == "tmx 2 0\ntsv 0 1\n", "\(result.stderr)")
        #expect(result.stderr.contains("SOURCE_DATE_EPOCH is 'tomorrow'"))
    }
}
