/// A problem found in a translator's files: reported, never thrown.
///
/// Findings carry a rule id, a severity, a message and a place (file, line, column); the
/// library only produces them, the command line decides how to show them and which exit
/// code they mean.
public struct Finding: Sendable, Equatable, Codable {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
        /// Worth knowing; never fails a run by default.
        case info
        /// Probably wrong; fails a run with `--fail-on warning`.
        case warning
        /// Wrong; fails a run by default.
        case error

        private var rank: Int {
            switch self {
            case .info: 0
            case .warning: 1
            case .error: 2
            }
        }

        /// Orders severities from info to error.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// The rule that found the problem, e.g. `not-normalised`.
    public let rule: String
    /// How serious it is.
    public let severity: Severity
    /// One line saying what is wrong and what to do.
    public let message: String
    /// The file.
    public let file: String
    /// Where in the file.
    public let position: SourcePosition
    /// The text a safe fix would put in place of `fixRange`, if the rule can fix it.
    public var fix: Fix?
    /// The matching place in the other file of a pair (source ↔ translation), if any.
    public var related: Location?
    /// For a finding in the source of a source–translation pair, the translation it was
    /// checked against: one source with several translations has a finding of each pair,
    /// and a baseline tells them apart by it (pass 70: a drift accepted for `a.ur` hid the
    /// same drift in `b.ur`).
    public var counterpart: String?
    /// Lines of context to show under the finding (for example the two aligned sentences),
    /// whole: reports show ``shownContext``.
    public var context: [String] = []

    /// At most this many characters of a context line are shown in a report or kept in a
    /// baseline: every finding of a bead carries its context, so a whole 80 KB sentence
    /// with thousands of term findings made reports (and baselines) of gigabytes.
    public static let shownCharacters = 1_000

    /// The context as a report shows it: each line on one line (white space collapsed, so
    /// a hard-wrapped sentence cannot start what reads as another finding) and at most
    /// ``shownCharacters`` long, with how many more there are.
    public var shownContext: [String] { context.map(Self.shown) }

    static func shown(_ line: String) -> String {
        let line = line.collapsingWhiteSpace()
        guard line.utf8.count > shownCharacters else { return line }
        let head = line.prefix(shownCharacters)
        guard head.endIndex < line.endIndex else { return line }
        return "\(head)… (\(line[head.endIndex...].count) more characters)"
    }

    /// A place in a file.
    public struct Location: Sendable, Equatable, Codable {
        /// The file.
        public let file: String
        /// Where in it.
        public let position: SourcePosition

        /// A location.
        public init(file: String, position: SourcePosition) {
            self.file = file
            self.position = position
        }
    }

    /// A safe replacement: `original` (at `position`) becomes `replacement`.
    public struct Fix: Sendable, Equatable, Codable {
        /// The text that is there now.
        public let original: String
        /// The text to put instead.
        public let replacement: String

        /// Creates a fix.
        public init(original: String, replacement: String) {
            self.original = original
            self.replacement = replacement
        }
    }

    /// Creates a finding.
    public init(
        rule: String, severity: Severity, message: String, file: String, position: SourcePosition,
        fix: Fix? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.file = file
        self.position = position
        self.fix = fix
    }
}
