import Foundation
import Testing

@testable import TarjumanKit

@Suite struct BaselineTests {
    static func finding(
        _ rule: String, line: Int, message: String = "numbers differ: missing 1948",
        source: String = "It was annexed in 1948.", target: String = "اس کا الحاق ۱۹۵۸ء میں ہوا۔",
        file: String = "/project/a.ur.txt"
    ) -> Finding {
        var finding = Finding(
            rule: rule, severity: .error, message: message, file: file,
            position: SourcePosition(line: line, column: 4))
        finding.context = ["en: \(source)", "ur: \(target)"]
        return finding
    }

    @Test func aSignatureIgnoresPositionsFoldersAndWrapping() {
        let before = FindingSignature(Self.finding("number-mismatch", line: 7))
        let moved = FindingSignature(
            Self.finding(
                "number-mismatch", line: 19, source: "It was annexed\nin  1948.",
                file: "/elsewhere/a.ur.txt"))
        #expect(before == moved)
        let inconsistent = FindingSignature(
            Self.finding("term-inconsistent", line: 3, message: "x is 'a' here but 'b' at 81:41"))
        #expect(inconsistent.message == "x is 'a' here but 'b' at …")
        // Line numbers in a message are positions as well (pass 23).
        let drift = FindingSignature(
            Self.finding(
                "line-drift", line: 11,
                message: "source line 11 has no translated line; lines 4–6 as one line (the "
                    + "lines after it are 2 further down than their sources)"))
        #expect(drift.message == "source line … has no translated line; lines … as one line")
        #expect(before != FindingSignature(Self.finding("number-mismatch", line: 7, target: "y")))
    }

    @Test func onlyNewFindingsAreReportedCountedPerSignature() throws {
        let old = [Self.finding("number-mismatch", line: 7), Self.finding("omission", line: 9)]
        let baseline = Baseline(recording: old)
        let reread = try Baseline(json: baseline.encoded(), file: "b.json")
        #expect(reread == baseline)
        let now = [
            Self.finding("omission", line: 12), Self.finding("number-mismatch", line: 10),
            Self.finding("number-mismatch", line: 30),
        ]
        let split = reread.split(now)
        #expect(split.known.map(\.position.line) == [12, 10])
        #expect(split.new.map(\.position.line) == [30])
        // One budget for a run of several files: an entry hides one finding, whichever file
        // of that name it is in (pass 23: x/a.ur.txt and y/a.ur.txt both matched one).
        var left = reread.counts
        let x = Baseline.split(
            [Self.finding("omission", line: 9, file: "x/a.ur.txt")], remaining: &left)
        let y = Baseline.split(
            [Self.finding("omission", line: 9, file: "y/a.ur.txt")], remaining: &left)
        #expect(x.known.count == 1 && y.new.count == 1)
    }

    /// A finding in a source is known by its translation (pass 70), and a baseline written
    /// before that was kept still hides it, against whichever translation.
    @Test func aSourceFindingIsKnownByItsTranslation() throws {
        func lost(against translation: String) -> Finding {
            var finding = Self.finding("line-drift", line: 2, file: "/p/s.en.txt")
            finding.counterpart = "/p/\(translation)"
            return finding
        }
        let baseline = Baseline(recording: [lost(against: "a.ur.txt")])
        #expect(baseline.findings.map(\.counterpart) == ["a.ur.txt"])
        #expect(baseline.split([lost(against: "b.ur.txt")]).new.count == 1)
        #expect(baseline.split([lost(against: "a.ur.txt")]).known.count == 1)
        let old = String(decoding: baseline.encoded(), as: UTF8.self).split(separator: "\n")
            .filter { !$0.contains("counterpart") }.joined(separator: "\n")
        let reread = try Baseline(json: Data(old.utf8), file: "old.json")
        #expect(reread.findings.map(\.counterpart) == [nil])
        #expect(
            reread.split([lost(against: "b.ur.txt"), lost(against: "a.ur.txt")]).known.count == 1)
    }

    @Test func aBrokenOrNewerBaselineIsAClearError() throws {
        #expect(throws: BaselineError.self) {
            try Baseline(json: Data("[1,2".utf8), file: "b.json")
        }
        #expect(
            throws: BaselineError(file: "b.json", reason: "baseline version 9 is not supported")
        ) { try Baseline(json: Data(#"{"version":9,"findings":[]}"#.utf8), file: "b.json") }
        // Not a whole number: still a version (it failed as "not valid JSON").
        #expect(
            throws: BaselineError(file: "b.json", reason: "baseline version 1.5 is not supported")
        ) { try Baseline(json: Data(#"{"version":1.5,"findings":[]}"#.utf8), file: "b.json") }
        #expect(
            try Baseline(json: Data(#"{"version":1.0,"findings":[]}"#.utf8), file: "b.json")
                .findings.isEmpty)
    }

    /// A baseline edited by hand says which value is of the wrong kind, by its JSON path.
    @Test(arguments: [
        (#"{"version":1,"findings":[{"rule":5}]}"#, "findings[0].rule: expected a string"),
        (#"{"version":"1","findings":[]}"#, "version: expected a whole number"),
        (#"{"version":1,"findings":{}}"#, "findings: expected a list"),
        (#"{"version":1,"findings":[7]}"#, "findings[0]: expected an object"),
        (#"{"version":1}"#, "missing findings"),
        ("[1]", "the top level: expected an object"),
    ])
    func aValueOfTheWrongKindIsNamedByItsPath(_ json: String, _ reason: String) {
        #expect(
            throws: BaselineError(file: "b.json", reason: "not a Tarjuman baseline (\(reason))")
        ) { try Baseline(json: Data(json.utf8), file: "b.json") }
    }

    /// Text that is no JSON is placed at its first fault (review of pass 22: no line), a
    /// merge conflict named as one; any depth is read without recursion.
    @Test(arguments: [
        (
            "{\"version\":1,\n\"findings\":[]\n<<<<<<< HEAD\n", 3, 1,
            "not JSON: expected ',' or '}' here (a merge conflict: keep one side's findings)"
        ),
        ("{\"version\":1,\"findings\":[", 1, 26, "not JSON: expected a value here"),
        (
            "{\"version\":1,\"findings\":[] } x", 1, 30,
            "not JSON: expected the end of the text here"
        ),
        (
            "{\"ب\": \"a\u{1}\"}", 1, 9,
            "not JSON: expected '\\u' for a control character in a string here"
        ),
        ("{\"v\": -}", 1, 8, "not JSON: expected a digit here"),
        ("{\"v\" 1}", 1, 6, "not JSON: expected ':' here"),
        // CR LF and CR end lines as LF does (review of pass 22: a CR LF file crashed).
        ("{\"version\":1,\r\nx}", 2, 1, "not JSON: expected a quoted key here"),
        (
            "{\"version\":1,\r<<<<<<< HEAD\r", 2, 1,
            "not JSON: expected a quoted key here (a merge conflict: keep one side's findings)"
        ),
        (
            "{\"v\": \"\\q\"}", 1, 9,
            "not JSON: expected an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u) here"
        ),
    ])
    func brokenJSONIsPlaced(_ json: String, _ line: Int, _ column: Int, _ reason: String) {
        #expect(
            throws: BaselineError(
                file: "b.json", position: SourcePosition(line: line, column: column),
                reason: reason)
        ) { try Baseline(json: Data(json.utf8), file: "b.json") }
    }

    /// Any depth is read without recursion (100,000 open brackets crashed a first version).
    @Test func deepNestingIsReadWithoutRecursion() {
        let deep = String(repeating: "[{\"a\":", count: 50_000)
        #expect(
            JSONSyntax.firstError(in: Array(deep.utf8))?.position
                == SourcePosition(line: 1, column: 300_001))
        let closed = deep + "1" + String(repeating: "}]", count: 50_000)
        #expect(JSONSyntax.firstError(in: Array(closed.utf8)) == nil)
    }

    /// A baseline nested deeper than the decoder reads is placed at the bracket too deep
    /// (pass 54: "not valid JSON", with no position).
    @Test func nestingDeeperThanTheDecoderReadsIsPlaced() {
        let deep =
            "{\"version\": 1, \"findings\": [\n" + String(repeating: "[", count: 600)
            + String(repeating: "]", count: 600) + "]}"
        #expect(
            throws: BaselineError(
                file: "b.json", position: SourcePosition(line: 2, column: 511),
                reason: "not JSON: expected at most 512 arrays and objects one inside another here")
        ) { try Baseline(json: Data(deep.utf8), file: "b.json") }
        let allowed =
            "{\"version\": 1, \"findings\": " + String(repeating: "[", count: 511)
            + String(repeating: "]", count: 511) + "}"
        #expect(JSONSyntax.firstError(in: Array(allowed.utf8), maximumDepth: 512) == nil)
    }

    /// Valid JSON passes the syntax check, whatever its values.
    @Test func validJSONHasNoFault() {
        for json in [
            #"{"a": [1, -2.5e+3, true, false, null, "x\u00e9\n"], "b": {}}"#, "[]", " 7 ",
            #""ب""#,
        ] {
            #expect(JSONSyntax.firstError(in: Array(json.utf8)) == nil, "\(json)")
        }
    }
}

@Suite struct SuppressionsTests {
    static let file = """
        # accepted findings
        check\tsource\ttarget\treason\tfile
        number-mismatch\tannexed in 1948\t\tThe editor checked the year (ticket 12)
        omission\tNo such sentence\t\tstale
        punctuation\t\tبڑی ہے\tQuoted English in the source\ta.ur.txt

        """

    @Test func matchingFindingsAreSuppressedAndUnusedEntriesAreStale() throws {
        let suppressions = try Suppressions(tsv: Self.file, file: "s.tsv")
        #expect(suppressions.entries.map(\.line) == [3, 4, 5])
        let findings = [
            BaselineTests.finding("number-mismatch", line: 7),
            BaselineTests.finding("number-mismatch", line: 8, source: "Another year, 1973."),
            BaselineTests.finding(
                "punctuation", line: 9, target: "بندرگاہ بڑی ہے.", file: "b.ur.txt"),
        ]
        let applied = suppressions.apply(findings)
        #expect(applied.suppressed.map(\.position.line) == [7])
        #expect(applied.kept.map(\.position.line) == [8, 9])
        #expect(applied.stale.map(\.line) == [4, 5])
        #expect(applied.redundant.isEmpty)
    }

    /// An entry whose every finding an earlier entry took is redundant, not stale (pass 15:
    /// it was told that no finding matches it any more).
    @Test func anEntryShadowedByAnEarlierOneIsRedundant() throws {
        let suppressions = try Suppressions(
            tsv: """
                check\tsource\treason
                number-mismatch\tannexed\tfirst
                number-mismatch\tin 1948\tsame finding
                number-mismatch\t1973\tnothing

                """, file: "s.tsv")
        let applied = suppressions.apply([BaselineTests.finding("number-mismatch", line: 7)])
        #expect(applied.suppressed.count == 1)
        #expect(applied.stale.map(\.line) == [4])
        #expect(applied.redundant.map { [$0.entry.line, $0.by.line] } == [[3, 2]])
        // The warnings come in the order of the lines, whatever their kind (pass 17).
        let warnings = suppressions.unusedWarnings(
            stale: applied.stale, redundant: applied.redundant)
        #expect(warnings.map { "\($0.line) \($0.message.prefix(5))" } == ["3 redun", "4 stale"])
    }

    /// Texts are found anywhere in the sentence, white space collapsed: at its start, at its
    /// end, as the whole sentence, in Urdu; not when longer than the sentence or absent.
    @Test(arguments: [
        ("annexed", true), ("It was", true), ("in 1948.", true), ("It was annexed in 1948.", true),
        ("was   annexed", true), ("It was annexed in 1948. Then", false), ("1949", false),
    ])
    func sourceTextIsFoundAnywhereInTheSentence(_ text: String, _ suppressed: Bool) throws {
        let suppressions = try Suppressions(
            tsv: "check\tsource\ttarget\treason\nnumber-mismatch\t\(text)\tالحاق ۱۹۵۸ء\twhy\n",
            file: "s.tsv")
        let applied = suppressions.apply([
            BaselineTests.finding("number-mismatch", line: 7, source: "It  was annexed\nin 1948.")
        ])
        #expect(applied.suppressed.count == (suppressed ? 1 : 0))
    }

    /// A `file` entry names the translation by name or by a path as a report prints it,
    /// relative or absolute (hostile pass 7: only a bare name ever matched).
    @Test(arguments: [
        ("d.ur.txt", true), ("ck/d.ur.txt", true), ("./ck/d.ur.txt", true),
        ("/repo/docs/ck/d.ur.txt", true), ("docs/ck/d.ur.txt", true), ("../ck/d.ur.txt", true),
        ("other/d.ur.txt", false), ("/other/docs/ck/d.ur.txt", false), ("e.ur.txt", false),
        ("ur.txt", false), ("/docs/ck/d.ur.txt", false), ("/ck/d.ur.txt", false),
        ("/repo/docs/../docs/ck/d.ur.txt", true),
    ])
    func aFileIsNamedByNameOrPath(_ file: String, _ suppressed: Bool) throws {
        let suppressions = try Suppressions(
            tsv: "check\treason\tfile\nnumber-mismatch\twhy\t\(file)\n", file: "s.tsv")
        let applied = suppressions.apply([
            BaselineTests.finding("number-mismatch", line: 7, file: "/repo/docs/ck/d.ur.txt")
        ])
        #expect(applied.suppressed.count == (suppressed ? 1 : 0))
    }

    /// A finding placed in the source (`term-missing`) is scoped by the translation it points
    /// to as well as by its own file (pass 32: an entry naming the translation matched
    /// nothing, and naming the source suppressed it for every language).
    @Test(arguments: [("d.ur.txt", true), ("d.en.txt", true), ("d.bal.txt", false)])
    func aFindingInTheSourceIsNamedByItsTranslation(_ file: String, _ suppressed: Bool) throws {
        let suppressions = try Suppressions(
            tsv: "check\treason\tfile\nterm-missing\twhy\t\(file)\n", file: "s.tsv")
        var finding = BaselineTests.finding("term-missing", line: 3, file: "/repo/d.en.txt")
        finding.related = Finding.Location(
            file: "/repo/d.ur.txt", position: SourcePosition(line: 3, column: 1))
        #expect(suppressions.apply([finding]).suppressed.count == (suppressed ? 1 : 0))
    }

    /// A finding named without folders (the run was in the file's folder) is compared with
    /// its real folders: `other/d.ur.txt` does not name it (hostile pass 8).
    @Test func aBareFindingNameIsComparedWithItsRealFolder() throws {
        let folder = (FileManager.default.currentDirectoryPath as NSString).lastPathComponent
        for (file, suppressed) in [("other/d.ur.txt", false), ("\(folder)/d.ur.txt", true)] {
            let suppressions = try Suppressions(
                tsv: "check\treason\tfile\nnumber-mismatch\twhy\t\(file)\n", file: "s.tsv")
            let applied = suppressions.apply([
                BaselineTests.finding("number-mismatch", line: 7, file: "d.ur.txt")
            ])
            #expect(applied.suppressed.count == (suppressed ? 1 : 0), "\(file)")
        }
    }

    /// Canonically equivalent spellings match: an entry typed with ہ + ٔ suppresses a finding
    /// whose sentence has ۂ.
    @Test func canonicallyEquivalentTextMatches() throws {
        let suppressions = try Suppressions(
            tsv: "check\ttarget\treason\nnumber-mismatch\tکمیٹیہ\u{0654}\twhy\n", file: "s.tsv")
        let applied = suppressions.apply([
            BaselineTests.finding("number-mismatch", line: 7, target: "یہ کمیٹیۂ خاص ہے۔")
        ])
        #expect(applied.suppressed.count == 1)
    }

    /// Entries are found by the first bytes of a text they need, not compared with every
    /// finding; the answers must be those of comparing each finding with every entry in
    /// order: the first entry that matches takes the finding, short texts (under four
    /// bytes) and empty ones included.
    @Test func indexedSuppressionsAgreeWithComparingEveryEntry() throws {
        let texts = ["", "ab", "۱۹", "1948", "annexed", "الحاق", "میں ہوا", "It was", "zz", "1958"]
        var state: UInt64 = 5
        func pick() -> String {
            state = state &* 6_364_136_223_846_793_005 &+ 1
            return texts[Int(state >> 33) % texts.count]
        }
        for _ in 0..<50 {
            let rows = (0..<12).map { row in "number-mismatch\t\(pick())\t\(pick())\trow \(row)" }
            let suppressions = try Suppressions(
                tsv: "check\tsource\ttarget\treason\n" + rows.joined(separator: "\n") + "\n",
                file: "s.tsv")
            let findings = (0..<8).map { line in
                BaselineTests.finding(
                    "number-mismatch", line: line, source: "It was annexed in \(pick()) ab.",
                    target: "اس کا الحاق \(pick()) میں ہوا۔")
            }
            let applied = suppressions.apply(findings)
            // Comparing every entry, in order.
            var used = Set<Int>()
            var matching = Set<Int>()
            var kept = 0
            for finding in findings {
                let source = finding.context[0].dropFirst(4)
                let target = finding.context[1].dropFirst(4)
                let all = suppressions.entries.indices.filter {
                    let entry = suppressions.entries[$0]
                    return (source.contains(entry.source) || entry.source.isEmpty)
                        && (target.contains(entry.target) || entry.target.isEmpty)
                }
                matching.formUnion(all)
                if let first = all.first {
                    used.insert(first)
                } else {
                    kept += 1
                }
            }
            #expect(applied.kept.count == kept)
            #expect(applied.stale.count == suppressions.entries.count - matching.count)
            #expect(Set(applied.redundant.map(\.entry.line)).count == applied.redundant.count)
            #expect(applied.redundant.count == matching.subtracting(used).count)
        }
    }

    /// Empty fields after the header's last column (a spreadsheet's trailing tabs) are
    /// nothing.
    @Test func emptyFieldsAfterTheLastColumnAreIgnored() throws {
        let suppressions = try Suppressions(
            tsv: "check\treason\nomission\twhy\t\t\n", file: "s.tsv")
        #expect(suppressions.entries.count == 1)
        // In the header too (pass 17: "unknown column ''").
        let header = try Suppressions(tsv: "check\treason\t\t\nomission\twhy\n", file: "s.tsv")
        #expect(header.entries.count == 1)
    }

    @Test(arguments: [
        ("check\tsource\nomission\tx\n", "s.tsv:1:1: error: the header needs a 'reason' column"),
        ("check\treason\nomision\twhy\n", "s.tsv:2:1: error: unknown check 'omision'"),
        ("check\treason\nomission\t \n", "s.tsv:2:1: error: a suppression needs a reason"),
        ("check\treasons\n", "s.tsv:1:7: error: unknown column 'reasons'"),
        ("check\treason\tcheck\n", "s.tsv:1:14: error: column 'check' is named twice"),
        (
            "check\tsource\treason\nomission\tx\twhy\ta.ur.txt\n",
            "s.tsv:2:16: error: this row has 4 fields but the header names 3 columns"
        ),
    ])
    func problemsAreErrorsAtTheirPlace(_ text: String, _ message: String) {
        #expect {
            try Suppressions(tsv: text, file: "s.tsv")
        } throws: { error in
            (error as? SuppressionsError)?.description.hasPrefix(message) == true
        }
    }
}
