public import Foundation

/// A check a project defines in `tarjuman.yaml`: when an aligned source sentence matches
/// `source` (or always, without it), the translation must match `targetMust` and must not
/// match `targetMustNot`. Patterns are regular expressions (ICU syntax) matched against the
/// matching key (L2) of each side, the pattern's literal text folded the same way, so an
/// Arabic-keyboard `ي` in a pattern still finds Urdu `ی`, and case does not matter; escapes
/// and other syntax are left as written (`\D` stays "not a digit").
public struct CustomCheck: Sendable, Equatable {
    /// The check id (not one of Tarjuman's own).
    public let id: String
    /// The severity of its findings.
    public let severity: Finding.Severity
    /// What the finding says.
    public let message: String
    /// When the source sentence matches this (any sentence when `nil`).
    public let source: String?
    /// The translation must match this.
    public let targetMust: String?
    /// The translation must not match this.
    public let targetMustNot: String?

    /// A check; patterns are checked when the check is compiled for a language pair.
    public init(
        id: String, severity: Finding.Severity, message: String, source: String?,
        targetMust: String?, targetMustNot: String?
    ) {
        self.id = id
        self.severity = severity
        self.message = message
        self.source = source
        self.targetMust = targetMust
        self.targetMustNot = targetMustNot
    }

    /// The check as a rule (for SARIF and `--explain`).
    public var rule: Rule {
        var parts: [String] = []
        if let source { parts.append("when the source matches /\(source)/") }
        if let targetMust { parts.append("the translation must match /\(targetMust)/") }
        if let targetMustNot { parts.append("the translation must not match /\(targetMustNot)/") }
        return Rule(
            translation: id, severity: severity, summary: message,
            explanation: "A project check from tarjuman.yaml: " + parts.joined(separator: "; ")
                + ".",
            triggering: [], nonTriggering: [])
    }

    /// Whether `pattern` is a valid regular expression; `nil` when it is, else why not.
    public static func problem(in pattern: String) -> String? {
        guard !pattern.isEmpty else {
            return "an empty pattern; write a regular expression, or leave the key out"
        }
        do {
            _ = try ICURegex(pattern)
            return nil
        } catch {
            return "not a valid regular expression: '\(pattern)' (ICU syntax: look at its "
                + "brackets, escapes and repetitions)"
        }
    }
}

/// A custom check ready to run on one language pair: patterns folded by each side's
/// normaliser and compiled.
struct CompiledCustomCheck: Sendable {
    let check: CustomCheck
    let source: ICURegex?
    let must: ICURegex?
    let mustNot: ICURegex?

    init(_ check: CustomCheck, source: Normalizer, target: Normalizer) throws {
        func compile(_ pattern: String?, _ normalizer: Normalizer) throws -> ICURegex? {
            guard let pattern else { return nil }
            let folded = try PatternFolding.fold(pattern) {
                try normalizer.normalize($0, to: .key, recordingChanges: false).text
            }
            return try ICURegex(folded)
        }
        self.check = check
        self.source = try compile(check.source, source)
        self.must = try compile(check.targetMust, target)
        self.mustNot = try compile(check.targetMustNot, target)
    }

    /// Whether the pair of matching keys breaks the check; `sourcePlace` and `targetPlace`
    /// name the sentence each pattern runs on, for the error when one runs past its limit.
    func fails(
        sourceKey: String, targetKey: String, at sourcePlace: String, _ targetPlace: String
    ) throws(ICUError) -> Bool {
        let operation = { (place: String) in
            "matching project check '\(check.id)' on the sentence at \(place)"
        }
        if let source, try !source.matches(sourceKey, operation(sourcePlace)) { return false }
        if let must, try !must.matches(targetKey, operation(targetPlace)) { return true }
        if let mustNot, try mustNot.matches(targetKey, operation(targetPlace)) { return true }
        return false
    }
}

/// A project check that cannot be used.
public struct CustomCheckError: Error, Equatable, CustomStringConvertible {
    /// The check's id.
    public let id: String
    /// What is wrong.
    public let reason: String

    /// A message for people: what is wrong, where, and what to do.
    public var description: String { "custom check '\(id)': \(reason)" }
}
