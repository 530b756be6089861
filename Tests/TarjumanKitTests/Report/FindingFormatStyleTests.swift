import Foundation
import Testing

@testable import TarjumanKit

/// The library writes plain text; the command line decides how a severity looks.
@Suite struct FindingFormatStyleTests {
    @Test func severitiesAreStyledOnlyThroughTheCallersHook() {
        let finding = Finding(
            rule: "omission", severity: .warning, message: "m", file: "a.ur.txt",
            position: SourcePosition(line: 2, column: 3))
        let plain = FindingFormat.text.report([finding], files: ["a.ur.txt"], rules: [], tool: "t")
        #expect(plain.hasPrefix("a.ur.txt:2:3: warning: [omission] m\n"))
        #expect(!plain.contains("\u{1B}"))
        let styled = FindingFormat.text.report(
            [finding], files: ["a.ur.txt"], rules: [], tool: "t",
            severityStyle: { ("<\($0.rawValue)>", "</>") })
        #expect(styled.hasPrefix("a.ur.txt:2:3: <warning>warning</>: [omission] m\n"))
    }

    /// The matching place in the other file is in SARIF as in every other format: the
    /// result's related location (pass 30: SARIF alone left it out).
    @Test func sarifGivesTheMatchingPlaceAsARelatedLocation() throws {
        var finding = Finding(
            rule: "omission", severity: .warning, message: "m", file: "a.ur.txt",
            position: SourcePosition(line: 2, column: 3))
        finding.related = Finding.Location(
            file: "a.en.txt", position: SourcePosition(line: 4, column: 5))
        let report = FindingFormat.sarif.report(
            [finding], files: ["a.ur.txt"], rules: [], tool: "t")
        let sarif = try #require(
            try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any])
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        let related = try #require((result["relatedLocations"] as? [[String: Any]])?.first)
        let physical = try #require(related["physicalLocation"] as? [String: Any])
        #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "a.en.txt")
        let region = try #require(physical["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 4 && region["startColumn"] as? Int == 5)
    }

    /// JUnit and GitHub annotations give the related place as the text report does, so two
    /// findings in a source two pairs share are told apart by their translations (they
    /// were two identical lines).
    @Test func junitAndGitHubGiveTheRelatedPlace() {
        let findings = ["d.ur.txt", "e.ur.txt"].map { translation in
            var finding = Finding(
                rule: "term-missing", severity: .error, message: "m", file: "d.en.txt",
                position: SourcePosition(line: 1, column: 11))
            finding.related = Finding.Location(
                file: translation, position: SourcePosition(line: 1, column: 1))
            return finding
        }
        let github = FindingFormat.github.report(findings, files: [], rules: [], tool: "t")
        #expect(
            github == "::error file=d.en.txt,line=1,col=11,title=term-missing::m (d.ur.txt:1:1)\n"
                + "::error file=d.en.txt,line=1,col=11,title=term-missing::m (e.ur.txt:1:1)\n")
        let junit = FindingFormat.junit.report(findings, files: [], rules: [], tool: "t")
        #expect(junit.contains("d.en.txt:1:11: error: [term-missing] m (d.ur.txt:1:1)\n"))
        #expect(junit.contains("d.en.txt:1:11: error: [term-missing] m (e.ur.txt:1:1)\n"))
    }

    /// Files a run could not read are in every machine report: JSON's `unread`, JUnit test
    /// cases in error, SARIF's notifications with the run unsuccessful, GitHub `::error`.
    @Test func unreadFilesAreInEveryMachineReport() throws {
        let unread = [
            UnreadFile(
                InputError.invalidUTF8(
                    file: "b.tsv", byteOffset: 9, position: SourcePosition(line: 2, column: 3),
                    bytes: [0xFF]))
        ]
        let report = { (format: FindingFormat) in
            format.report([], files: ["a.tsv"], rules: [], tool: "t", unread: unread)
        }
        #expect(
            report(.json).contains(
                "\"unread\":[{\"file\":\"b.tsv\",\"line\":2,\"column\":3,\"message\":\"invalid UTF-8"
            ))
        let junit = report(.junit)
        #expect(junit.contains("tests=\"2\" failures=\"0\" errors=\"1\""))
        #expect(junit.contains("<error type=\"unread\" message=\"b.tsv:2:3: error: invalid UTF-8"))
        let sarif = try #require(
            try JSONSerialization.jsonObject(with: Data(report(.sarif).utf8)) as? [String: Any])
        let run = try #require((sarif["runs"] as? [[String: Any]])?.first)
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        #expect((invocation["toolExecutionNotifications"] as? [Any])?.count == 1)
        #expect(
            report(.github).hasPrefix("::error file=b.tsv,line=2,col=3,title=unread::invalid UTF-8")
        )
        #expect(
            report(.text) == FindingFormat.text.report([], files: ["a.tsv"], rules: [], tool: "t"))
        // A file with no place: none given.
        let placeless = [UnreadFile(file: "c.tsv", message: "a FIFO, not a regular file")]
        #expect(
            FindingFormat.json.report([], files: [], rules: [], tool: "t", unread: placeless)
                .contains("\"unread\":[{\"file\":\"c.tsv\",\"message\":\"a FIFO"))
        #expect(
            FindingFormat.github.report([], files: [], rules: [], tool: "t", unread: placeless)
                == "::error file=c.tsv,title=unread::a FIFO, not a regular file\n")
        // Files left out on purpose: listed, as notes, the run still successful.
        let skipped = [UnreadFile(file: "g.csv", message: "not linted")]
        let left = { (format: FindingFormat) in
            format.report([], files: ["a.tsv"], rules: [], tool: "t", skipped: skipped)
        }
        #expect(
            left(.json).contains("\"skipped\":[{\"file\":\"g.csv\",\"message\":\"not linted\"}]"))
        #expect(left(.junit).contains("tests=\"2\" failures=\"0\" skipped=\"1\""))
        #expect(left(.junit).contains("<skipped message=\"not linted\"/>"))
        #expect(left(.github) == "::notice file=g.csv,title=skipped::not linted\n")
        #expect(left(.html).contains("Files left out"))
        let leftSARIF = try #require(
            try JSONSerialization.jsonObject(with: Data(left(.sarif).utf8)) as? [String: Any])
        let leftRun = try #require((leftSARIF["runs"] as? [[String: Any]])?.first)
        let leftInvocation = try #require((leftRun["invocations"] as? [[String: Any]])?.first)
        #expect(leftInvocation["executionSuccessful"] as? Bool == true)
        #expect(
            (leftInvocation["toolExecutionNotifications"] as? [[String: Any]])?.first?["level"]
                as? String == "note")
        // Without unread files, JUnit counts as before.
        #expect(
            !FindingFormat.junit.report([], files: ["a.tsv"], rules: [], tool: "t").contains(
                "errors="))
    }

    /// A JUnit report shows every finding it counts: a finding in a file not listed (a
    /// missing term located in the source) is in the test case of the file it relates to,
    /// else its own; rule ids are escaped
    /// (hostile pass 11). Test cases fail as the run does, at `--fail-on` (pass 18: a
    /// failing run of info findings reported no failure, a passing run of warnings failed
    /// and failures outnumbered tests); findings below it are the test's output.
    @Test func junitFailsTestCasesAsTheRunFails() throws {
        let findings = [
            Finding(
                rule: "term-missing", severity: .error, message: "m", file: "a.en.txt",
                position: SourcePosition(line: 1, column: 5)),
            Finding(
                rule: "R&D\"x", severity: .warning, message: "n", file: "a.ur.txt",
                position: SourcePosition(line: 1, column: 1)),
            Finding(
                rule: "split", severity: .info, message: "o", file: "a.ur.txt",
                position: SourcePosition(line: 2, column: 1)),
            Finding(
                rule: "split", severity: .info, message: "p", file: "b.ur.txt",
                position: SourcePosition(line: 3, column: 1)),
            // At a source, related to a translation checked: in the translation's test case.
            {
                var finding = Finding(
                    rule: "omission", severity: .info, message: "q", file: "a.en.txt",
                    position: SourcePosition(line: 4, column: 1))
                finding.related = Finding.Location(
                    file: "b.ur.txt", position: SourcePosition(line: 3, column: 1))
                return finding
            }(),
        ]
        func junit(_ failOn: Finding.Severity) throws -> String {
            let report = FindingFormat.junit.report(
                findings, files: ["a.ur.txt", "b.ur.txt"], rules: [], tool: "t", failOn: failOn)
            #expect(throws: Never.self) { try XMLDocumentCheck.parse(report) }
            return report
        }
        let warning = try junit(.warning)
        #expect(warning.contains("<testsuites name=\"t\" tests=\"3\" failures=\"2\">"))
        #expect(warning.contains("<testcase classname=\"t\" name=\"a.en.txt\">"))
        #expect(warning.contains("<failure type=\"error\" message=\"1 error\">"))
        #expect(
            warning.contains(
                "<failure type=\"warning\" message=\"1 warning\">a.ur.txt:1:1: warning: [R&amp;D&quot;x] n\n"
                    + "a.ur.txt:2:1: info: [split] o\n</failure>"))
        #expect(
            warning.contains(
                "<system-out>b.ur.txt:3:1: info: [split] p\na.en.txt:4:1: info: [omission] q "
                    + "(b.ur.txt:3:1)\n</system-out>"))
        let error = try junit(.error)
        #expect(error.contains("tests=\"3\" failures=\"1\""))
        #expect(error.contains("<system-out>a.ur.txt:1:1: warning: [R&amp;D&quot;x] n\n"))
        let info = try junit(.info)
        #expect(info.contains("tests=\"3\" failures=\"3\""))
        #expect(info.contains("<failure type=\"info\" message=\"2 info\">b.ur.txt:3:1"))
    }

    /// A message holding a line break (a project check's) stays on its finding's line.
    @Test func aMessageWithALineBreakStaysOnOneLine() {
        let finding = Finding(
            rule: "c", severity: .error, message: "first\nsecond", file: "a.ur.txt",
            position: SourcePosition(line: 1, column: 1))
        let text = FindingFormat.text.report([finding], files: ["a.ur.txt"], rules: [], tool: "t")
        #expect(text.hasPrefix(#"a.ur.txt:1:1: error: [c] first\u{A}second"# + "\n"))
    }

    /// Controls, line separators and bidi overrides in a file's name or a message reach no
    /// report raw: text, JUnit and GitHub write them as `\u{9}`, JSON as `\u0009`, each
    /// finding on its own line (pass 23: JUnit kept a line feed and dropped an escape,
    /// GitHub kept tabs and U+2028, JSON kept C1 controls, DEL and overrides).
    @Test func controlsInNamesAndMessagesReachNoReportRaw() {
        let finding = Finding(
            rule: "c", severity: .error, message: "m\tn\u{2028}o\u{1B}[1m\u{7F}\u{9B}\u{202E}p",
            file: "a\nb\tc.ur.txt", position: SourcePosition(line: 1, column: 1))
        let escaped = #"m\u{9}n\u{2028}o\u{1B}[1m\u{7F}\u{9B}\u{202E}p"#
        let text = FindingFormat.text.report([finding], files: [finding.file], rules: [], tool: "t")
        #expect(text.hasPrefix(#"a\u{A}b\u{9}c.ur.txt:1:1: error: [c] "# + escaped + "\n"))
        let junit = FindingFormat.junit.report(
            [finding], files: [finding.file], rules: [], tool: "t")
        #expect(junit.contains(#"name="a\u{A}b\u{9}c.ur.txt">"#))
        #expect(
            junit.contains(#">a\u{A}b\u{9}c.ur.txt:1:1: error: [c] "# + escaped + "\n</failure>"))
        let github = FindingFormat.github.report([finding], files: [], rules: [], tool: "t")
        // The file property names the file as it is, tab included, for the annotation to
        // land on it (pass 32); the line end as the runner decodes it.
        #expect(github.contains("file=a%0Ab\tc.ur.txt,"))
        #expect(github.hasSuffix("::" + escaped + "\n"))
        let json = FindingFormat.json.report([finding], files: [finding.file], rules: [], tool: "t")
        #expect(json.contains(#""message":"m\tn\u2028o\u001b[1m\u007f\u009b\u202ep""#))
        // No file read: no test counted.
        let none = FindingFormat.junit.report([], files: [], rules: [], tool: "t")
        #expect(none.contains(#"tests="0" failures="0""#))
    }

    /// A workflow command decodes %0D and %0A: a file name or message holding a line end
    /// keeps naming its file (pass 18: the CR was written `\u{D}`, naming no file).
    @Test func githubAnnotationsEncodeLineEndsAsTheRunnerDecodesThem() {
        let finding = Finding(
            rule: "omission", severity: .error, message: "a\rb\nc 100%", file: "cr\rx,1:2.ur.txt",
            position: SourcePosition(line: 3, column: 4))
        #expect(
            FindingFormat.github.report([finding], files: [], rules: [], tool: "t")
                == "::error file=cr%0Dx%2C1%3A2.ur.txt,line=3,col=4,title=omission::a%0Db%0Ac 100%25\n"
        )
        // A bidi control in the name is part of it; an escape is still made visible.
        let named = Finding(
            rule: "omission", severity: .error, message: "m", file: "\u{202E}a\u{1B}.ur.txt",
            position: SourcePosition(line: 1, column: 1))
        #expect(
            FindingFormat.github.report([named], files: [], rules: [], tool: "t")
                .hasPrefix("::error file=\u{202E}a\\u{1B}.ur.txt,line=1"))
    }

    /// Escape sequences a document carries are shown, not sent to the terminal, in the text
    /// and GitHub formats (hostile pass 7: a report recoloured the terminal).
    @Test func controlCharactersFromTheDocumentAreShownEscaped() {
        var finding = Finding(
            rule: "script-mixing", severity: .warning, message: "'\u{1B}[31mآج' mixes\rletters",
            file: "a\u{7}.ur.txt", position: SourcePosition(line: 1, column: 1))
        finding.context = ["ur: \u{1B}]0;title\u{7}\tآج"]
        for format in [FindingFormat.text, .github] {
            let report = format.report([finding], files: ["a.ur.txt"], rules: [], tool: "t")
            #expect(
                !report.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{7}" || $0 == "\r" })
        }
        let text = FindingFormat.text.report([finding], files: ["a.ur.txt"], rules: [], tool: "t")
        #expect(
            text.contains(
                #"a\u{7}.ur.txt:1:1: warning: [script-mixing] '\u{1B}[31mآج' mixes\u{D}letters"#))
        // White space is collapsed under a finding: a tab is a space.
        #expect(text.contains(#"    ur: \u{1B}]0;title\u{7}"# + " آج\n"))
        // C1 controls too (U+009B is a terminal's one-character escape), not Latin-1 letters.
        finding.context = ["ur: \u{9B}31m\u{A0}é"]
        let c1 = FindingFormat.text.report([finding], files: ["a.ur.txt"], rules: [], tool: "t")
        #expect(c1.contains(#"    ur: \u{9B}31m"# + " é\n"))
        // A bidi override would reorder the line; RLM and the quotes stay (pass 16).
        finding.context = ["ur: \u{202E}abc\u{202C} \u{2067}x\u{2069} \u{200F}“آج”"]
        let bidi = FindingFormat.text.report([finding], files: ["a.ur.txt"], rules: [], tool: "t")
        #expect(
            bidi.contains(
                #"    ur: \u{202E}abc\u{202C} \u{2067}x\u{2069} "# + "\u{200F}“آج”\n"))
        // Bytes that only look like the start of one are copied as they are.
        var bytes = OutputBytes(capacity: 8)
        bytes.appendFlattened([0xE2, 0x80, 0x2E, 0xE2, 0x80, 0xAE])
        #expect(bytes.bytes == [0xE2, 0x80, 0x2E] + Array(#"\u{202E}"#.utf8))
        // A line break in a file name does not start a line that reads as another finding.
        let renamed = Finding(
            rule: "script-mixing", severity: .warning, message: "m",
            file: "a\nb.ur.txt:9:9: error: [fake] x", position: SourcePosition(line: 1, column: 1))
        let named = FindingFormat.text.report([renamed], files: ["a.ur.txt"], rules: [], tool: "t")
        #expect(named.hasPrefix(#"a\u{A}b.ur.txt:9:9: error: [fake] x:1:1: warning"#))
    }
}
