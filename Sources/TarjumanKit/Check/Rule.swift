import Foundation

/// A rule Tarjuman checks, of either kind: a glossary lint rule (`tarjuman glossary lint`)
/// or a translation check (`tarjuman check`). Every rule has an id, a severity, a one-line
/// summary, a rationale, and examples that must and must not trigger it; the examples drive
/// the rule's tests and `--explain`, and the report formats (SARIF) describe rules from here.
public struct Rule: Sendable, Identifiable {
    /// What a rule looks at.
    public enum Scope: String, Sendable {
        /// Glossary files (`tarjuman glossary lint`).
        case glossary
        /// An aligned source and translation (`tarjuman check`).
        case translation
    }

    /// The rule id, e.g. `term-missing`; unique within its scope.
    public let id: String
    /// What the rule looks at.
    public let scope: Scope
    /// The severity of its findings.
    public let severity: Finding.Severity
    /// One line saying what the rule finds.
    public let summary: String
    /// Why it matters and how to fix it.
    public let explanation: String
    /// Whether `glossary lint --fix` can repair what it finds.
    public let fixable: Bool
    /// Inputs that trigger the rule.
    public let triggering: [RuleExample]
    /// Inputs that do not.
    public let nonTriggering: [RuleExample]

    /// A glossary lint rule; its examples are glossary files.
    public init(
        glossary id: String, severity: Finding.Severity, summary: String, explanation: String,
        fixable: Bool, triggering: [RuleExample], nonTriggering: [RuleExample]
    ) {
        self.id = id
        self.scope = .glossary
        self.severity = severity
        self.summary = summary
        self.explanation = explanation
        self.fixable = fixable
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }

    /// A translation check; its examples are (English source, Urdu translation) pairs.
    public init(
        translation id: String, severity: Finding.Severity, summary: String, explanation: String,
        triggering: [(source: String, target: String)],
        nonTriggering: [(source: String, target: String)]
    ) {
        self.id = id
        self.scope = .translation
        self.severity = severity
        self.summary = summary
        self.explanation = explanation
        self.fixable = false
        self.triggering = triggering.map { .translation(source: $0.source, target: $0.target) }
        self.nonTriggering = nonTriggering.map {
            .translation(source: $0.source, target: $0.target)
        }
    }

    /// The rule's documentation with its examples, for `--explain`.
    public var documentation: String {
        var lines = [
            "\(id) (\(severity.rawValue)\(fixable ? ", fixable with --fix" : ""))", "", summary, "",
            explanation,
        ]
        for (title, examples) in [
            ("Triggers on", triggering), ("Does not trigger on", nonTriggering),
        ] where !examples.isEmpty {
            lines += ["", "\(title):"]
            for example in examples { lines += example.documentation }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// An input a rule is documented and tested with.
public enum RuleExample: Sendable {
    /// A glossary file: its name (which carries the language pair, e.g. `en-ur.tsv`) and TSV.
    case glossary(file: String, text: String)
    /// An English source and its Urdu translation.
    case translation(source: String, target: String)

    /// The example as indented lines for `--explain`.
    var documentation: [String] {
        switch self {
        case .glossary(let file, let text):
            ["  \(file):"]
                + text.split(separator: "\n").map {
                    "    " + $0.replacingOccurrences(of: "\t", with: " ⇥ ")
                }
        case .translation(let source, let target): ["  en: \(source)", "  ur: \(target)"]
        }
    }
}

/// Every rule of both kinds, looked up by scope and id.
public enum RuleCatalog {
    /// Glossary lint rules, then translation checks, each in documentation order.
    public static let all: [Rule] = GlossaryRules.all + TranslationChecks.all

    /// The rules of `scope`.
    public static func rules(_ scope: Rule.Scope) -> [Rule] { all.filter { $0.scope == scope } }

    /// The rule of `scope` with `id`.
    public static func rule(_ id: String, scope: Rule.Scope) throws(UnknownRuleError) -> Rule {
        guard let rule = all.first(where: { $0.scope == scope && $0.id == id }) else {
            throw UnknownRuleError(ids: [id], scope: scope)
        }
        return rule
    }

    /// Throws for every id in `ids` that names no rule of `scope` and none of the project's
    /// own checks `custom` (which the error then lists too).
    public static func checkKnown(
        _ ids: some Sequence<String>, scope: Rule.Scope, custom: [String] = []
    ) throws(UnknownRuleError) {
        let known = Set(rules(scope).map(\.id) + custom)
        let unknown = ids.filter { !known.contains($0) }
        guard unknown.isEmpty else {
            throw UnknownRuleError(ids: unknown, scope: scope, custom: custom)
        }
    }
}

/// Rule ids that name no rule (a typo in `--disable`, `--explain` or a configuration).
public struct UnknownRuleError: Error, Equatable, CustomStringConvertible {
    /// The ids not found.
    public let ids: [String]
    /// Where they were looked for.
    public let scope: Rule.Scope
    /// The project's own checks (from `tarjuman.yaml`), which are known too.
    public var custom: [String] = []

    /// A message for people: what is wrong, where, and what to do. An id is shown as values
    /// are in messages: control characters escaped, never sent to the terminal, and cut
    /// after 40 characters (pass 23: a line feed split the message, a 100 KB id was echoed).
    public var description: String {
        let kind = scope == .glossary ? "rule" : "check"
        let named = ids.map { "'\($0.shownInMessage)'" }.joined(separator: ", ")
        return "unknown \(kind) \(named); \(kind)s: "
            + (RuleCatalog.rules(scope).map(\.id) + custom).joined(separator: ", ")
    }
}
