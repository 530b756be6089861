import Foundation

/// A rule that checks a glossary: its id, severity, documentation and examples.
///
/// The examples are glossary rows (TSV, with a header) that must and must not trigger the
/// rule; they drive the rule's tests and `tarjuman glossary lint --explain`.
public struct LintRule: Sendable, Identifiable {
    /// The rule id, e.g. `not-normalised`.
    public let id: String
    /// The severity of its findings.
    public let severity: Finding.Severity
    /// One line saying what the rule finds.
    public let summary: String
    /// Why it matters and how to fix it.
    public let explanation: String
    /// Whether `--fix` can repair what it finds.
    public let fixable: Bool
    /// Glossary files (name and TSV text) that trigger the rule.
    public let triggering: [LintExample]
    /// Glossary files that do not.
    public let nonTriggering: [LintExample]

    /// Creates a rule.
    public init(
        id: String, severity: Finding.Severity, summary: String, explanation: String, fixable: Bool,
        triggering: [LintExample], nonTriggering: [LintExample]
    ) {
        self.id = id
        self.severity = severity
        self.summary = summary
        self.explanation = explanation
        self.fixable = fixable
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }

    /// The rule's documentation with its examples, for `--explain`.
    public var documentation: String {
        var lines = [
            "\(id) (\(severity.rawValue)\(fixable ? ", fixable with --fix" : ""))", "", summary, "",
            explanation,
        ]
        for (title, examples) in [
            ("Triggers on", triggering), ("Does not trigger on", nonTriggering),
        ] {
            lines += ["", "\(title):"]
            for example in examples {
                lines.append("  \(example.file):")
                lines += example.text.split(separator: "\n").map {
                    "    " + $0.replacingOccurrences(of: "\t", with: " ⇥ ")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A glossary file used as a rule example.
public struct LintExample: Sendable {
    /// The file name (it carries the language pair, e.g. `en-ur.tsv`).
    public let file: String
    /// The TSV text.
    public let text: String

    /// An example file.
    public init(_ file: String, _ text: String) {
        self.file = file
        self.text = text
    }
}
