import Foundation

/// How findings are written for people and for CI systems.
public enum FindingFormat: String, Sendable, CaseIterable {
    /// `file:line:column: severity: [rule] message` (the command line colours the severity
    /// on a terminal through `severityStyle`; also accepted
    /// as `human` on the command line).
    case text
    /// A JSON document: `{"findings": [...], "summary": {...}}`.
    case json
    /// JUnit XML: one test case per checked file; it fails when the file holds a finding at
    /// or above the run's failing severity, and lists all its findings with their severity.
    case junit
    /// SARIF 2.1.0, for code-scanning interfaces.
    case sarif
    /// GitHub Actions workflow commands (`::error file=…,line=…,col=…::message`).
    case github
    /// One self-contained HTML page: the findings (with `check`, every aligned pair side
    /// by side; see ``HTMLReport``).
    case html

    /// The complete report for `findings` over `files` (every file checked, so clean files
    /// appear as passing test cases in JUnit). `rules` describes the rules for SARIF;
    /// `failOn` is the lowest severity that fails the run (JUnit fails the test cases that
    /// hold one, as the exit status does). `unread` are the inputs that could not be read:
    /// JSON lists them under `unread`, JUnit as test cases in error, SARIF as the run's
    /// error notifications (its execution unsuccessful), GitHub as `::error` lines, HTML in a
    /// list of its own; the text report leaves them to standard error, where the command
    /// writes them. `skipped` are files left out on purpose (another glossary format in a
    /// linted folder): JSON lists them under `skipped`, JUnit as skipped test cases, SARIF as
    /// note notifications (the run still successful), GitHub as `::notice` lines, HTML in a
    /// list of their own.
    public func report(
        _ findings: [Finding], files: [String], rules: [Rule], tool: String,
        failOn: Finding.Severity = .error, unread: [UnreadFile] = [], skipped: [UnreadFile] = [],
        severityStyle: (Finding.Severity) -> (before: String, after: String) = { _ in ("", "") }
    )
        -> String
    {
        switch self {
        case .text: return text(findings, files: files, style: severityStyle)
        case .json: return json(findings, files: files, unread: unread, skipped: skipped)
        case .junit:
            return junit(
                findings, files: files, tool: tool, failOn: failOn, unread: unread,
                skipped: skipped)
        case .sarif:
            return sarif(findings, rules: rules, tool: tool, unread: unread, skipped: skipped)
        case .github:
            return findings.map { github($0) }.joined() + unread.map { github($0) }.joined()
                + skipped.map { github($0, severity: .info) }.joined()
        case .html:
            return HTMLReport.render(
                documents: [], findings: findings, title: tool, unread: unread, skipped: skipped)
        }
    }

    private func text(
        _ findings: [Finding], files: [String],
        style: (Finding.Severity) -> (before: String, after: String)
    ) -> String {
        var text = ""
        let shown = Self.terminalSafe
        // A line break in a file name or message (a project check's, a quoted sentence)
        // would start what reads as another finding.
        let name = { (file: String) in file.escapingControls }
        let oneLine = { (message: String) in message.escapingControls }
        // The findings of one bead share its context: shown once, not once per finding.
        var previous: (context: [String], shown: [String])?
        for finding in findings {
            let (before, after) = style(finding.severity)
            let severity = before + finding.severity.rawValue + after
            text +=
                "\(name(finding.file)):\(finding.position): \(severity): [\(finding.rule)] "
                + oneLine(finding.message)
            if let related = finding.related {
                text += " (\(name(related.file)):\(related.position))"
            }
            if previous?.context != finding.context {
                previous = (finding.context, finding.shownContext.map { "    \(shown($0))\n" })
            }
            text += "\n" + (previous?.shown.joined() ?? "")
        }
        let counts = Finding.Severity.allCases.reversed().map { severity in
            "\(findings.filter { $0.severity == severity }.count) \(severity.rawValue)\(severity == .info ? "" : "s")"
        }
        return text + "\(files.count) file(s) checked: \(counts.joined(separator: ", "))\n"
    }

    /// `text` with control characters other than tab and line feed, and the bidi
    /// embeddings, overrides and isolates, written as `\u{1B}`: a document's escape
    /// sequences quoted in a finding must not drive the terminal that shows the report
    /// (recolour it, move the cursor, set its title), nor an override reorder the line it
    /// stands in. (RLM, LRM and ALM stay: Urdu text uses them, and they reorder nothing
    /// beyond their neighbours.)
    public static func terminalSafe(_ text: String) -> String {
        // Control characters (Cc) by value: a property lookup per letter cost a batch check
        // of 2,000 sentence pairs 14% of its time.
        func isShown(_ scalar: Unicode.Scalar) -> Bool {
            let value = scalar.value
            return (value < 0x20 && value != 0x09 && value != 0x0A)
                || (value >= 0x7F && value <= 0x9F) || OutputBytes.isBidiFormatting(value)
        }
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }),
            text.unicodeScalars.contains(where: isShown)
        else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if isShown(scalar) {
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private func json(
        _ findings: [Finding], files: [String], unread: [UnreadFile], skipped: [UnreadFile]
    ) -> String {
        let items = findings.map { finding in
            "    {\"file\":\(JSONText.quoted(finding.file)),\"line\":\(finding.position.line),"
                + "\"column\":\(finding.position.column),\"severity\":\"\(finding.severity.rawValue)\","
                + "\"rule\":\(JSONText.quoted(finding.rule)),\"message\":\(JSONText.quoted(finding.message))"
                + (finding.fix.map { ",\"fix\":\(JSONText.quoted($0.replacement))" } ?? "")
                + (finding.related.map {
                    ",\"related\":{\"file\":\(JSONText.quoted($0.file)),\"line\":\($0.position.line),"
                        + "\"column\":\($0.position.column)}"
                } ?? "") + "}"
        }
        let summary = Finding.Severity.allCases.map { severity in
            "\"\(severity.rawValue)\":\(findings.filter { $0.severity == severity }.count)"
        }
        let listed = { (files: [UnreadFile]) in
            files.map { file in
                "{\"file\":\(JSONText.quoted(file.file)),"
                    + (file.position.map { "\"line\":\($0.line),\"column\":\($0.column)," } ?? "")
                    + "\"message\":\(JSONText.quoted(file.message))}"
            }.joined(separator: ",")
        }
        return
            "{\n  \"files\":[\(files.map(JSONText.quoted).joined(separator: ","))],\n"
            + "  \"unread\":[\(listed(unread))],\n  \"skipped\":[\(listed(skipped))],\n"
            + "  \"findings\":[\n"
            + items.joined(separator: ",\n")
            + "\n  ],\n  \"summary\":{\(summary.joined(separator: ","))}\n}\n"
    }

    private func junit(
        _ findings: [Finding], files listed: [String], tool: String, failOn: Finding.Severity,
        unread: [UnreadFile], skipped: [UnreadFile]
    ) -> String {
        // A test case for every file checked. A finding placed in a file not checked (a
        // source's missing term) goes to the checked file it relates to, the translation
        // at fault (pass 69: it failed the source's test case while the translation's passed,
        // and several translations of one source shared it); one related to none to a test
        // case of its own file, so that no finding is counted without being shown. Each file
        // once, though a run may check one translation against two sources (pass 19: its
        // findings were listed under both of its test cases).
        let checked = Set(listed)
        func testCase(_ finding: Finding) -> String {
            guard !checked.contains(finding.file), let other = finding.related?.file,
                checked.contains(other)
            else { return finding.file }
            return other
        }
        var files: [String] = []
        for file in listed + findings.map(testCase) where !files.contains(file) {
            files.append(file)
        }
        let byFile = Dictionary(grouping: findings, by: testCase)
        let failed = files.filter { byFile[$0, default: []].contains { $0.severity >= failOn } }
        // As many tests as test cases, none when no file could be read (pass 23: one test
        // was counted and none listed).
        let counts =
            "tests=\"\(files.count + unread.count + skipped.count)\" failures=\"\(failed.count)\""
            + (unread.isEmpty ? "" : " errors=\"\(unread.count)\"")
            + (skipped.isEmpty ? "" : " skipped=\"\(skipped.count)\"")
        let name = XMLText.attribute(tool)
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"\(name)\" \(counts)>\n"
        xml += "  <testsuite name=\"\(name)\" \(counts)>\n"
        for file in files {
            let own = byFile[file, default: []]
            // Names and messages as the text report shows them: XML cannot carry most control
            // characters, and would drop them silently (pass 23: `e\u{1B}[31mr` read `e[31mr`).
            xml +=
                "    <testcase classname=\"\(name)\" name=\"\(XMLText.attribute(file.escapingControls))\""
            if own.isEmpty {
                xml += "/>\n"
                continue
            }
            // Every finding of the file, one per line with its severity: in the failure when
            // one reaches `failOn`, else as the test's output (a passing test with notes).
            // With the related place, as the text report has it: a source two pairs share has
            // a finding for each translation, told apart by it.
            let lines = own.map {
                "\($0.file.escapingControls):\($0.position): \($0.severity.rawValue): "
                    + "[\($0.rule)] \($0.message.escapingControls)\(Self.relatedSuffix($0))\n"
            }.joined()
            xml += ">\n"
            let failing = own.filter { $0.severity >= failOn }
            if let worst = failing.map(\.severity).max() {
                let message = Finding.Severity.allCases.reversed().compactMap { severity in
                    let count = failing.count { $0.severity == severity }
                    let plural = count == 1 || severity == .info ? "" : "s"
                    return count == 0 ? nil : "\(count) \(severity.rawValue)\(plural)"
                }.joined(separator: ", ")
                xml +=
                    "      <failure type=\"\(worst.rawValue)\" message=\"\(XMLText.attribute(message))\">"
                    + "\(XMLText.escaped(lines))</failure>\n"
            } else {
                xml += "      <system-out>\(XMLText.escaped(lines))</system-out>\n"
            }
            xml += "    </testcase>\n"
        }
        // A file that could not be read is a test case in error: it was not checked.
        for file in unread {
            let line = file.description.escapingControls
            xml +=
                "    <testcase classname=\"\(name)\" name=\"\(XMLText.attribute(file.file.escapingControls))\">\n"
                + "      <error type=\"unread\" message=\"\(XMLText.attribute(line))\"/>\n"
                + "    </testcase>\n"
        }
        // A file left out on purpose is a skipped test case.
        for file in skipped {
            xml +=
                "    <testcase classname=\"\(name)\" name=\"\(XMLText.attribute(file.file.escapingControls))\">\n"
                + "      <skipped message=\"\(XMLText.attribute(file.message.escapingControls))\"/>\n"
                + "    </testcase>\n"
        }
        return xml + "  </testsuite>\n</testsuites>\n"
    }

    private func sarif(
        _ findings: [Finding], rules: [Rule], tool: String, unread: [UnreadFile],
        skipped: [UnreadFile]
    ) -> String {
        let ruleObjects = rules.map { rule in
            "{\"id\":\(JSONText.quoted(rule.id)),\"shortDescription\":{\"text\":\(JSONText.quoted(rule.summary))},"
                + "\"fullDescription\":{\"text\":\(JSONText.quoted(rule.explanation))},"
                + "\"defaultConfiguration\":{\"level\":\"\(Self.sarifLevel(rule.severity))\"}}"
        }
        let results = findings.map { finding in
            "{\"ruleId\":\(JSONText.quoted(finding.rule)),\"level\":\"\(Self.sarifLevel(finding.severity))\","
                + "\"message\":{\"text\":\(JSONText.quoted(finding.message))},"
                + "\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\(JSONText.quoted(Self.uriReference(finding.file)))},"
                + "\"region\":{\"startLine\":\(finding.position.line),\"startColumn\":\(finding.position.column)}}}]"
                + (finding.related.map(Self.sarifRelatedLocation) ?? "") + "}"
        }
        return
            "{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\",\"runs\":[{"
            + "\"tool\":{\"driver\":{\"name\":\(JSONText.quoted(tool)),"
            + "\"rules\":[\(ruleObjects.joined(separator: ","))]}},"
            + Self.sarifInvocation(unread, skipped: skipped)
            + "\"columnKind\":\"unicodeCodePoints\",\"results\":[\(results.joined(separator: ","))]}]}\n"
    }

    /// The matching place in the other file of the pair, as the result's related location
    /// (pass 30: SARIF alone left it out).
    private static func sarifRelatedLocation(_ related: Finding.Location) -> String {
        ",\"relatedLocations\":[{\"id\":1,\"physicalLocation\":{\"artifactLocation\":{\"uri\":"
            + "\(JSONText.quoted(uriReference(related.file)))},\"region\":{\"startLine\":"
            + "\(related.position.line),\"startColumn\":\(related.position.column)}},"
            + "\"message\":{\"text\":\"the matching place in the other file of the pair\"}}]"
    }

    /// The run's invocation: successful when every input was read, else each unread file
    /// as an error notification at its place; each skipped file as a note.
    private static func sarifInvocation(_ unread: [UnreadFile], skipped: [UnreadFile]) -> String {
        let notification = { (file: UnreadFile, level: String) in
            let region = file.position.map {
                ",\"region\":{\"startLine\":\($0.line),\"startColumn\":\($0.column)}"
            }
            return "{\"level\":\"\(level)\","
                + "\"message\":{\"text\":\(JSONText.quoted(file.message))},"
                + "\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":"
                + "\(JSONText.quoted(uriReference(file.file)))}\(region ?? "")}}]}"
        }
        let notifications =
            unread.map { notification($0, "error") } + skipped.map { notification($0, "note") }
        return "\"invocations\":[{\"executionSuccessful\":\(unread.isEmpty),"
            + "\"toolExecutionNotifications\":[\(notifications.joined(separator: ","))]}],"
    }

    private static func sarifLevel(_ severity: Finding.Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// `finding` as a workflow command; `placed` false leaves out its line and column (a
    /// file-level annotation, for a file with no place to point at).
    private func github(_ finding: Finding, placed: Bool = true) -> String {
        let command =
            finding.severity == .error
            ? "error" : finding.severity == .warning ? "warning" : "notice"
        // The line ends a workflow command decodes first, so that a file name holding one
        // still names its file; then other controls made visible (terminalSafe).
        let data = { (text: String) in
            text.replacingOccurrences(of: "%", with: "%25")
                .replacingOccurrences(of: "\r", with: "%0D")
                .replacingOccurrences(of: "\n", with: "%0A").escapingControls
        }
        let property = { (text: String) in
            data(text).replacingOccurrences(of: ":", with: "%3A")
                .replacingOccurrences(of: ",", with: "%2C")
        }
        // The file as it is named, that the annotation lands on it: a tab and bidi controls
        // kept (pass 32: written `\u{9}`, the annotation named no file); other controls
        // still made visible.
        let file = finding.file.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
            .replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
            .escapingControls { $0 != "\t" && $0.isControlOrLineSeparator }
        let message = data(finding.message + Self.relatedSuffix(finding))
        let place =
            placed ? "line=\(finding.position.line),col=\(finding.position.column)," : ""
        return "::\(command) file=\(file),\(place)"
            + "title=\(property(finding.rule))::\(message)\n"
    }

    /// ` (file:line:column)` of the finding's related place, as the text report writes it;
    /// empty without one.
    private static func relatedSuffix(_ finding: Finding) -> String {
        finding.related.map { " (\($0.file.escapingControls):\($0.position))" } ?? ""
    }

    /// An unread file as an `::error`, a skipped one (`severity` info) as a `::notice`.
    private func github(_ file: UnreadFile, severity: Finding.Severity = .error) -> String {
        let finding = Finding(
            rule: severity == .error ? "unread" : "skipped", severity: severity,
            message: file.message, file: file.file,
            position: file.position ?? .start)
        return github(finding, placed: file.position != nil)
    }

    /// `path` as a SARIF `uri` (an RFC 3986 URI reference): characters outside the
    /// unreserved set and `/` percent-encoded as UTF-8 (`a b.txt` → `a%20b.txt`); an
    /// absolute path is a `file://` URI, as SARIF asks of absolute locations (a bare
    /// `/tmp/a.txt` is read as relative to the repository by code-scanning tools).
    static func uriReference(_ path: String) -> String {
        var result = path.hasPrefix("/") ? "file://" : ""
        let hex = Array("0123456789ABCDEF")
        for byte in path.utf8 {
            let unreserved =
                (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte)
                || (0x61...0x7A).contains(byte) || "-._~/".utf8.contains(byte)
            if unreserved {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 15)])
            }
        }
        return result
    }
}
