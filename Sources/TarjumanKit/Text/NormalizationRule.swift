/// One replacement (or one report) in a normalisation layer, read from a locale pack.
public struct NormalizationRule: Sendable, Equatable {
    /// What to do when the rule matches.
    public enum Action: String, Sendable, CaseIterable {
        /// Replace `from` with `to`.
        case replace
        /// Leave the text as it is and report the match as ambiguous (a person decides).
        case report
    }

    /// Where in a word the match must fall. A word is a run of letters; combining marks
    /// belong to the letter before them and ZWJ keeps letters joined.
    public enum Position: String, Sendable, CaseIterable {
        /// Anywhere.
        case any
        /// At the end of a word (final or isolated form).
        case final
        /// Not at the end of a word (initial or medial form).
        case nonfinal
        /// At the start of a word.
        case initial
        /// A word of its own.
        case isolated
    }

    /// The rule id from the pack, e.g. `L1-ur-01`; shown in reports.
    public let id: String
    /// The scalars to match.
    public let from: [Unicode.Scalar]
    /// The replacement (empty to delete).
    public let to: [Unicode.Scalar]
    /// Where the match must fall.
    public let position: Position
    /// The rule does not apply right after any of these scalars.
    public let notAfter: Set<Unicode.Scalar>
    /// Replace or report.
    public let action: Action
    /// Why the rule exists, for reports and reviewers.
    public let note: String

    /// Creates a rule.
    public init(
        id: String, from: [Unicode.Scalar], to: [Unicode.Scalar], position: Position = .any,
        notAfter: Set<Unicode.Scalar> = [], action: Action = .replace, note: String = ""
    ) {
        self.id = id
        self.from = from
        self.to = to
        self.position = position
        self.notAfter = notAfter
        self.action = action
        self.note = note
    }
}
