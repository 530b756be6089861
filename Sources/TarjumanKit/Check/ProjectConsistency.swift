/// One aligned pair of sentences kept for the checks across a whole project: the texts as
/// keys (white space collapsed) and where each side is.
public struct AlignedPairRecord: Sendable {
    /// The language pair (`en→ur`): only translations between the same languages compare.
    public let languages: String
    /// The source sentence(s), white space collapsed.
    public let source: String
    /// The translation, white space collapsed.
    public let target: String
    /// Where the source sentence starts.
    public let sourceLocation: Finding.Location
    /// Where the translation starts.
    public let targetLocation: Finding.Location
    /// The context lines of the bead (`en: …`, `ur: …`), for the findings.
    public let context: [String]
}

/// What a run over several files (or a long one) can show that one sentence pair cannot, as
/// Xbench and CheckMate report it: one source sentence translated differently
/// (`inconsistent-target`), different source sentences given the same translation
/// (`inconsistent-source`), and a glossary term rendered one way in one file and another way
/// in another (`term-inconsistent`, across files). Fed with each file's records in file
/// order; every finding points at the later place and names the first.
public struct ProjectConsistency: Sendable {
    /// The first translation of each source sentence, and the first source of each
    /// translation, by language pair.
    private var firstTarget: [TextKey: First] = [:]
    private var firstSource: [TextKey: First] = [:]
    private var firstRendering: [TextKey: (rendering: String, at: Finding.Location)] = [:]
    private var found: [Finding] = []
    private let disabled: Set<String>

    /// Findings of the checks in `disabled` are not made.
    public init(disabled: Set<String> = []) {
        self.disabled = disabled
    }

    /// Adds the aligned pairs and term renderings of the next file.
    public mutating func add(
        _ records: [AlignedPairRecord], renderings: [TermRendering] = []
    ) {
        // Sentences of two words or more (the source is collapsed: one space between words).
        for record in records where record.source.utf8.contains(0x20) {
            let sourceKey = TextKey(record.languages, record.source)
            let targetKey = TextKey(record.languages, record.target)
            if let first = Self.firstDiffering(
                &firstTarget, key: sourceKey, value: record.target, valueKey: targetKey,
                record: record)
            {
                report(
                    "inconsistent-target",
                    "this source sentence is translated differently where it first occurs: "
                        + "'\(Self.excerpt(first.value))'",
                    at: record.targetLocation, related: first.at.targetLocation,
                    context: record.context)
            }
            if let first = Self.firstDiffering(
                &firstSource, key: targetKey, value: record.source, valueKey: sourceKey,
                record: record)
            {
                report(
                    "inconsistent-source",
                    "this translation is also given to a different source sentence: "
                        + "'\(Self.excerpt(first.value))'",
                    at: record.targetLocation, related: first.at.sourceLocation,
                    context: record.context)
            }
        }
        var seen = Set<String>()
        for use in renderings where seen.insert(use.concept).inserted {
            // The file's first rendering of each concept against the project's first.
            let key = TextKey(use.language, use.concept)
            guard let first = firstRendering[key] else {
                firstRendering[key] = (use.rendering, use.location)
                continue
            }
            guard first.rendering != use.rendering, first.at.file != use.location.file else {
                continue
            }
            report(
                "term-inconsistent",
                "\(use.concept) is rendered '\(use.rendering)' in this file but "
                    + "'\(first.rendering)' in another",
                at: use.location, related: first.at, context: [])
        }
    }

    /// The findings so far, in the order the places were added.
    public var findings: [Finding] { found }

    private mutating func report(
        _ rule: String, _ message: String, at location: Finding.Location,
        related: Finding.Location, context: [String]
    ) {
        guard !disabled.contains(rule), let severity = Self.severity[rule] else { return }
        var finding = Finding(
            rule: rule, severity: severity, message: message, file: location.file,
            position: location.position)
        finding.related = related
        finding.context = context
        found.append(finding)
    }

    /// The first value met under a key, its own key, and the record it came from.
    private typealias First = (value: String, valueKey: TextKey, at: AlignedPairRecord)

    /// Records `value` as the first under `key`; later, returns the first when `value`
    /// differs from it (compared by their keys).
    private static func firstDiffering(
        _ table: inout [TextKey: First], key: TextKey, value: String, valueKey: TextKey,
        record: AlignedPairRecord
    ) -> First? {
        // One lookup: a new key takes this record, whose value is `value`.
        func first(_ entry: inout First) -> First { entry }
        let first = first(&table[key, default: (value, valueKey, record)])
        return first.valueKey == valueKey ? nil : first
    }

    /// The first 60 characters of `text`, with "…" when cut.
    private static func excerpt(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(60)) + "…"
    }

    private static let severity: [String: Finding.Severity] = Dictionary(
        uniqueKeysWithValues: TranslationChecks.all.map { ($0.id, $0.severity) })
}

/// One accepted rendering of a glossary concept met in a translation.
public struct TermRendering: Sendable {
    /// The translation's language (pack tag).
    public let language: String
    /// The concept id.
    public let concept: String
    /// The rendering used.
    public let rendering: String
    /// Where.
    public let location: Finding.Location
}
