import ArgumentParser
import Foundation
import TarjumanKit

/// Options and output shared by the commands that report findings (`check`, `glossary lint`).
struct ReportOptions: ParsableArguments {
    @OptionGroup var out: FormatAndOutput<FindingFormat>

    /// The report's format (``FormatAndOutput/format``).
    var format: FindingFormat { out.format }
    /// The report's file; nil for standard output.
    var output: String? { out.output }

    @Option(
        name: .customLong("fail-on"),
        help: "Lowest severity that fails the run: info, warning or error (default: error).")
    var failOnOption: Finding.Severity?

    /// The severity that fails the run: the option, else `error`.
    var failOn: Finding.Severity { failOnOption ?? .error }

    @Option(name: .long, help: "Print the documentation and examples of one id, then exit.")
    var explain: String?

    /// Prints the documentation of `--explain ID` from `rules` and returns `true`, or returns
    /// `false` when nothing was asked; an unknown id is a usage error listing the known ones.
    func explainIfAsked(_ scope: Rule.Scope, also extra: [Rule] = []) throws -> Bool {
        guard let explain else { return false }
        do {
            let rule =
                try extra.first { $0.id == explain } ?? RuleCatalog.rule(explain, scope: scope)
            try OutputSink.standardOutput(rule.documentation)
        } catch let error as UnknownRuleError {
            throw CommandFailure("error: \(error)", status: .usage)
        }
        return true
    }

    /// Refuses `--explain` beside the options it cannot honour: this type's (`-o` other
    /// than `-`, `--fail-on`, a `--format` other than text) and the command's `others` that are set
    /// (option name, and nil when not given). `what` is "check" or "rule".
    func refuseExplainWith(_ others: [(String, String?)], what: String) throws {
        guard explain != nil else { return }
        let options =
            others + [
                // `-o -` is standard output, where the documentation goes anyway.
                ("-o", output == "-" ? nil : output), ("--fail-on", failOnOption.map(\.rawValue)),
                ("--format", format == .text ? nil : format.rawValue),
            ]
        if let (option, _) = options.first(where: { $0.1 != nil }) {
            throw ValidationError(
                "--explain prints one \(what)'s documentation to standard output; \(option) has "
                    + "nothing to do with it")
        }
    }

    /// ANSI bold red, yellow or cyan around a severity word.
    static func terminalColour(_ severity: Finding.Severity) -> (before: String, after: String) {
        let code = severity == .error ? "31" : severity == .warning ? "33" : "36"
        return ("\u{1B}[1;\(code)m", "\u{1B}[0m")
    }

    /// Writes the report (coloured on a terminal) and exits 1 when a finding reaches
    /// `--fail-on`.
    func emit(
        _ findings: [Finding], files: [String], rules: [Rule], tool: String,
        failOn threshold: Finding.Severity? = nil, page: String? = nil, unread: [UnreadFile] = [],
        skipped: [UnreadFile] = []
    ) throws {
        let colour = format == .text && output == nil && isatty(STDOUT_FILENO) != 0
        try OutputSink.write(to: output) { sink in
            if format == .html, let page {
                try sink.write(page)
            } else {
                try sink.write(
                    format.report(
                        findings, files: files, rules: rules, tool: tool,
                        failOn: threshold ?? failOn, unread: unread, skipped: skipped,
                        severityStyle: colour ? Self.terminalColour : { _ in ("", "") }))
            }
        }
        if findings.contains(where: { $0.severity >= threshold ?? failOn }) {
            throw ExitStatus.findings.code
        }
    }
}
