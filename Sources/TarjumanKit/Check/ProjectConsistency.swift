/// One aligned pair of sentences kept for the checks across a whole project: its texts as
/// they stand, digests to compare them by (white space collapsed, invisible characters left
/// out, canonically equivalent texts equal), and where each side is. Kept by the hundred thousand, so it is small: the
/// languages and file names are shared by every record of a file.
public struct AlignedPairRecord: Sendable {
    /// The languages and files of a document pair, shared by its records.
    final class Sides: Sendable {
        let sourceLanguage: String
        let targetLanguage: String
        let sourceFile: String
        let targetFile: String
        /// `en→ur`: only translations between the same languages compare.
        let languages: String

        init(sourceLanguage: String, targetLanguage: String, sourceFile: String, targetFile: String)
        {
            self.sourceLanguage = sourceLanguage
            self.targetLanguage = targetLanguage
            self.sourceFile = sourceFile
            self.targetFile = targetFile
            languages = "\(sourceLanguage)→\(targetLanguage)"
        }
    }

    private let sides: Sides
    /// The source sentence(s), as in the file.
    public let source: String
    /// The translation, as in the file.
    public let target: String
    private let sourcePosition: SourcePosition
    private let targetPosition: SourcePosition
    /// The source's text key within its language pair.
    let sourceKey: TextDigest
    /// The translation's text key within its language pair.
    let targetKey: TextDigest
    /// Whether the source holds two words or more (only such sentences compare).
    let hasSeveralWords: Bool

    /// A record of `source` translated as `target`.
    public init(
        sourceLanguage: String, targetLanguage: String, source: String, target: String,
        sourceLocation: Finding.Location, targetLocation: Finding.Location
    ) {
        self.init(
            sides: Sides(
                sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
                sourceFile: sourceLocation.file, targetFile: targetLocation.file),
            source: source, target: target, sourcePosition: sourceLocation.position,
            targetPosition: targetLocation.position)
    }

    /// A record of `source` translated as `target` in the files of `sides`.
    init(
        sides: Sides, source: String, target: String, sourcePosition: SourcePosition,
        targetPosition: SourcePosition
    ) {
        self.sides = sides
        self.source = source
        self.target = target
        self.sourcePosition = sourcePosition
        self.targetPosition = targetPosition
        let compared = source.comparedForm
        hasSeveralWords = Self.wordCount(compared) >= 2
        sourceKey = TextKey(sides.languages, compared).digest
        targetKey = TextKey(sides.languages, target.comparedForm).digest
    }

    /// The same pair of texts met again elsewhere: its strings and digests are shared with
    /// `record`, not copied or worked out again.
    init(
        _ record: AlignedPairRecord, sourcePosition: SourcePosition, targetPosition: SourcePosition
    ) {
        sides = record.sides
        source = record.source
        target = record.target
        self.sourcePosition = sourcePosition
        self.targetPosition = targetPosition
        sourceKey = record.sourceKey
        targetKey = record.targetKey
        hasSeveralWords = record.hasSeveralWords
    }

    /// How many words `text` holds: runs between spaces with a letter or a digit in them
    /// (`Yes !` is one word).
    private static func wordCount(_ text: String) -> Int {
        var count = 0
        var counted = false
        for scalar in text.unicodeScalars {
            if scalar == " " {
                counted = false
            } else if !counted,
                scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            {
                counted = true
                count += 1
                if count == 2 { break }
            }
        }
        return count
    }

    /// The source language's tag (`en`).
    public var sourceLanguage: String { sides.sourceLanguage }
    /// The translation's language tag (`ur`).
    public var targetLanguage: String { sides.targetLanguage }
    /// Where the source sentence starts.
    public var sourceLocation: Finding.Location {
        Finding.Location(file: sides.sourceFile, position: sourcePosition)
    }
    /// Where the translation starts.
    public var targetLocation: Finding.Location {
        Finding.Location(file: sides.targetFile, position: targetPosition)
    }

    /// The lines shown under a finding about the pair (`en: …`, `ur: …`).
    public var context: [String] {
        [
            "\(sourceLanguage): \(source.isEmpty ? "—" : source)",
            "\(targetLanguage): \(target.isEmpty ? "—" : target)",
        ]
    }
}

/// What a run over several files (or a long one) can show that one sentence pair cannot, as
/// Xbench and CheckMate report it: one source sentence translated differently
/// (`inconsistent-target`), different source sentences given the same translation
/// (`inconsistent-source`), and a glossary term rendered one way in one file and another way
/// in another (`term-inconsistent`, across files). Fed with each file's records in file
/// order; every finding points at the later place and names the first.
public struct ProjectConsistency: Sendable {
    /// The first translation of each source sentence, and the first source of each
    /// translation, by language pair; kept as digests and excerpts, so that the tables grow
    /// by a few words per different sentence, not by its text.
    private var firstTarget: [TextDigest: First] = [:]
    private var firstSource: [TextDigest: First] = [:]
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
        for record in records where record.hasSeveralWords {
            if let first = Self.firstDiffering(
                &firstTarget, key: record.sourceKey, valueKey: record.targetKey,
                value: record.target, at: record.targetLocation)
            {
                report(
                    "inconsistent-target",
                    "this source sentence is translated differently where it first occurs: "
                        + "'\(first.excerpt)'",
                    at: record.targetLocation, related: first.at, context: record.context)
            }
            if let first = Self.firstDiffering(
                &firstSource, key: record.targetKey, valueKey: record.sourceKey,
                value: record.source, at: record.sourceLocation)
            {
                report(
                    "inconsistent-source",
                    "this translation is also given to a different source sentence: "
                        + "'\(first.excerpt)'",
                    at: record.targetLocation, related: first.at, context: record.context)
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

    /// The first value met under a key: its key, its first 60 characters (as compared) and
    /// where it is.
    private typealias First = (valueKey: TextDigest, excerpt: String, at: Finding.Location)

    /// Records `value` (at `location`) as the first under `key`; later, returns the first
    /// when `valueKey` differs from its key.
    private static func firstDiffering(
        _ table: inout [TextDigest: First], key: TextDigest, valueKey: TextDigest,
        value: String, at location: Finding.Location
    ) -> First? {
        if let first = table[key] { return first.valueKey == valueKey ? nil : first }
        table[key] = (valueKey, excerpt(value.comparedForm), location)
        return nil
    }

    /// The first 60 characters of `text`, with "…" when cut.
    private static func excerpt(_ text: String) -> String {
        let kept = text.prefix(60)
        return kept.endIndex == text.endIndex ? text : kept + "…"
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

extension String {
    /// The text as sentences are compared across a project: white space collapsed and
    /// default-ignorable characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen, bidi
    /// marks) left out, which the eye cannot tell apart (`not-normalised` reports those the
    /// pack removes).
    fileprivate var comparedForm: String {
        let collapsed = collapsingWhiteSpace()
        guard collapsed.utf8.contains(where: { $0 >= 0xC2 }),
            collapsed.unicodeScalars.contains(where: \.properties.isDefaultIgnorableCodePoint)
        else { return collapsed }
        return String(
            scalars: collapsed.unicodeScalars.filter { !$0.properties.isDefaultIgnorableCodePoint }
        )
        .collapsingWhiteSpace()
    }
}
