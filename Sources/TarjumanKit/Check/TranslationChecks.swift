/// A translation check: id, severity, what it finds, and example pairs (English source,
/// Urdu translation) that do and do not trigger it; the examples drive its tests and
/// `tarjuman check --explain`.
public struct TranslationCheck: Sendable {
    /// The check id.
    public let id: String
    /// The severity of its findings.
    public let severity: Finding.Severity
    /// One line saying what it finds.
    public let summary: String
    /// Pairs (source, translation) that trigger it.
    public let triggering: [(String, String)]
    /// Pairs that do not.
    public let nonTriggering: [(String, String)]

    /// The documentation printed by `--explain`.
    public var documentation: String {
        var lines = ["\(id) (\(severity.rawValue))", "", summary]
        for (title, pairs) in [("Triggers on", triggering), ("Does not trigger on", nonTriggering)]
        where !pairs.isEmpty {
            lines += ["", "\(title):"]
            for (source, target) in pairs { lines += ["  en: \(source)", "  ur: \(target)"] }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The checks `tarjuman check` runs on an aligned source and translation.
public enum TranslationChecks {
    /// Every check, with its examples (English → Urdu, checked with the project glossary).
    public static let all: [TranslationCheck] = [
        TranslationCheck(
            id: "term-missing", severity: .error,
            summary:
                "a glossary term in the source has no accepted rendering in its aligned translation",
            triggering: [("Enforced disappearances continue.", "گمشدگیاں جاری ہیں۔")],
            nonTriggering: [("Enforced disappearances continue.", "جبری گمشدگیاں جاری ہیں۔")]),
        TranslationCheck(
            id: "term-forbidden", severity: .error,
            summary: "a deprecated or forbidden rendering is used",
            triggering: [("They demand self-determination.", "وہ خود مختاری کا مطالبہ کرتے ہیں۔")],
            nonTriggering: [
                ("They demand self-determination.", "وہ حقِ خود ارادیت کا مطالبہ کرتے ہیں۔")
            ]),
        TranslationCheck(
            id: "term-inconsistent", severity: .warning,
            summary: "one source term is rendered in different accepted ways across the document",
            triggering: [("Corruption spread. Corruption grew.", "بدعنوانی پھیلی۔ کرپشن بڑھی۔")],
            nonTriggering: [
                ("Corruption spread. Corruption grew.", "بدعنوانی پھیلی۔ بدعنوانی بڑھی۔")
            ]),
        TranslationCheck(
            id: "number-mismatch", severity: .error,
            summary:
                "numbers differ between a sentence and its translation (digit scripts ignored)",
            triggering: [("It was annexed in 1948.", "اس کا الحاق ۱۹۵۸ء میں ہوا۔")],
            nonTriggering: [("It was annexed in 1948.", "اس کا الحاق ۱۹۴۸ء میں ہوا۔")]),
        TranslationCheck(
            id: "omission", severity: .warning,
            summary: "a source sentence has no translation (1:0 bead)",
            triggering: [
                (
                    "Gwadar is a port with 300 workers. Protests began in 2021. The state replied with force.",
                    "گوادر ایک بندرگاہ ہے جہاں 300 مزدور ہیں۔ ریاست نے طاقت سے جواب دیا۔"
                )
            ],
            nonTriggering: [("Gwadar is a port.", "گوادر ایک بندرگاہ ہے۔")]),
        TranslationCheck(
            id: "incomplete", severity: .error,
            summary: "more than half of the source sentences have no translation",
            triggering: [
                (
                    "The port is large. It was built in 2007. Fishermen lost their livelihoods.",
                    "بندرگاہ بڑی ہے۔"
                )
            ],
            nonTriggering: [
                (
                    "The port is large. It was built in 2007.",
                    "بندرگاہ بڑی ہے۔ یہ 2007ء میں تعمیر ہوئی۔"
                )
            ]),
        TranslationCheck(
            id: "addition", severity: .warning,
            summary: "a translated sentence has no source (0:1 bead)",
            triggering: [
                (
                    "Gwadar is a port with 300 workers.",
                    "گوادر ایک بندرگاہ ہے جہاں 300 مزدور ہیں۔ یہ جملہ اصل متن میں موجود نہیں ہے اور مترجم نے اپنی طرف سے لکھا ہے۔"
                )
            ],
            nonTriggering: [("Gwadar is a port.", "گوادر ایک بندرگاہ ہے۔")]),
        TranslationCheck(
            id: "merged", severity: .info, summary: "two source sentences were translated as one",
            triggering: [
                (
                    "The port opened in 2007. Fishermen lost their livelihoods in 2008.",
                    "بندرگاہ 2007ء میں کھلی اور 2008ء میں ماہی گیر اپنے روزگار سے محروم ہو گئے۔"
                )
            ],
            nonTriggering: [
                (
                    "The port opened in 2007. Fishermen lost their livelihoods in 2008.",
                    "بندرگاہ 2007ء میں کھلی۔ 2008ء میں ماہی گیر اپنے روزگار سے محروم ہو گئے۔"
                )
            ]),
        TranslationCheck(
            id: "split", severity: .info, summary: "one source sentence was translated as two",
            triggering: [
                (
                    "The port opened in 2007 and fishermen lost their livelihoods in 2008.",
                    "بندرگاہ 2007ء میں کھلی۔ 2008ء میں ماہی گیر اپنے روزگار سے محروم ہو گئے۔"
                )
            ],
            nonTriggering: [
                (
                    "The port opened in 2007 and fishermen lost their livelihoods in 2008.",
                    "بندرگاہ 2007ء میں کھلی اور 2008ء میں ماہی گیر اپنے روزگار سے محروم ہو گئے۔"
                )
            ]),
        TranslationCheck(
            id: "untranslated", severity: .warning,
            summary: "a translated sentence is the source text, or mostly in the source script",
            triggering: [("The port was built in 2007.", "The port was built in 2007.")],
            nonTriggering: [("The port was built in 2007.", "بندرگاہ 2007ء میں تعمیر ہوئی۔")]),
        TranslationCheck(
            id: "script-mixing", severity: .warning,
            summary: "a word mixes Latin and Arabic letters",
            triggering: [("The port is large.", "بندرگاہ بڑیt ہے۔")],
            nonTriggering: [("The port is large.", "بندرگاہ بڑی ہے۔")]),
        TranslationCheck(
            id: "punctuation", severity: .warning,
            summary:
                "Latin . ? , where the language uses ۔ ؟ ،, unbalanced brackets or quotes, bidi controls",
            triggering: [("The port is large.", "بندرگاہ بڑی ہے.")],
            nonTriggering: [("The port is large.", "بندرگاہ بڑی ہے۔")]),
        TranslationCheck(
            id: "length-ratio", severity: .info,
            summary: "a sentence pair far outside the language pair's length model",
            triggering: [
                (
                    "Gwadar has 300 workers and 20 boats.",
                    "گوادر میں 300 مزدور اور 20 کشتیاں ہیں، اور ہر شخص جانتا ہے کہ ان مزدوروں کی زندگی نہایت کٹھن ہے۔"
                )
            ],
            nonTriggering: [("The port is large.", "بندرگاہ بڑی ہے۔")]),
        TranslationCheck(
            id: "not-normalised", severity: .warning,
            summary: "translated text not in the pack's canonical and orthographic form",
            triggering: [("The port is large.", "بندرگاه بڑی ہے۔")],
            nonTriggering: [("The port is large.", "بندرگاہ بڑی ہے۔")]),
    ]

    /// The check with `id`.
    public static func check(_ id: String) -> TranslationCheck? { all.first { $0.id == id } }
}

/// Runs the translation checks over an alignment.
public struct TranslationChecker {
    /// The glossary for term checks, if any.
    public let glossary: Glossary?
    /// The source language pack.
    public let sourcePack: LocalePack
    /// The target language pack.
    public let targetPack: LocalePack
    /// Check ids to skip.
    public var disabled: Set<String> = []
    private let sourceMatcher: TermMatcher?
    private let targetMatcher: TermMatcher?
    private let normalizer: Normalizer
    /// Accepted rows of each concept id.
    private let acceptedRowsByID: [String: [Int]]
    private let model: AlignmentModel

    /// A checker for `sourcePack` → `targetPack`.
    public init(sourcePack: LocalePack, targetPack: LocalePack, glossary: Glossary?)
        throws(ICUError)
    {
        self.sourcePack = sourcePack
        self.targetPack = targetPack
        self.glossary = glossary
        (sourceMatcher, targetMatcher) = try TermMatcher.pair(
            for: glossary, source: sourcePack, target: targetPack)
        normalizer = Normalizer(pack: targetPack)
        var accepted: [String: [Int]] = [:]
        for (index, entry) in (glossary?.entries ?? []).enumerated() where entry.status.isAccepted {
            accepted[entry.id, default: []].append(index)
        }
        acceptedRowsByID = accepted
        model = AlignmentModel(
            lengthRatio: targetPack.alignment.lengthRatio, variance: targetPack.alignment.variance)
    }

    /// The findings for an aligned pair of files, in file order.
    public func check(_ result: DocumentAligner.Result, sourceFile: String, targetFile: String)
        throws(ICUError)
        -> [Finding]
    {
        var run = start(sourceFile: sourceFile, targetFile: targetFile)
        try run.add(result)
        return run.finish()
    }

    /// A check of a pair of files given one aligned piece (a paragraph pair) at a time.
    public func start(sourceFile: String, targetFile: String) -> TranslationCheckRun {
        TranslationCheckRun(checker: self, sourceFile: sourceFile, targetFile: targetFile)
    }

    /// Checks the beads of `result`, one piece of the document of `run`.
    func check(_ result: DocumentAligner.Result, into run: inout TranslationCheckRun)
        throws(ICUError)
    {
        let sourceFile = run.sourceFile
        let targetFile = run.targetFile
        for bead in result.beads {
            let sources = bead.source.map { result.source[$0] }
            let targets = bead.target.map { result.target[$0] }
            let sourceText = sources.map(\.text).joined(separator: " ")
            let targetText = targets.map(\.text).joined(separator: " ")
            let context = [
                "\(sourcePack.tag): \(sourceText.isEmpty ? "—" : sourceText)",
                "\(targetPack.tag): \(targetText.isEmpty ? "—" : targetText)",
            ]
            func add(
                _ rule: String, _ message: String, at segment: Segment?, inTarget: Bool,
                position: SourcePosition? = nil,
                related: Segment? = nil, fix: Finding.Fix? = nil
            ) {
                guard !disabled.contains(rule),
                    let severity = TranslationChecks.all.first(where: { $0.id == rule })?.severity
                else { return }
                let file = inTarget ? targetFile : sourceFile
                var finding = Finding(
                    rule: rule, severity: severity, message: message, file: file,
                    position: position ?? segment?.start ?? .start, fix: fix)
                if let related {
                    finding.related = Finding.Location(
                        file: inTarget ? sourceFile : targetFile, position: related.start)
                }
                finding.context = context
                run.findings.append(finding)
            }
            run.sourceSentences += sources.count
            run.reached(targets)
            if targets.isEmpty {
                run.omitted += sources.count
                let anchorTarget = nearestTarget(result, after: bead)
                let count = run.findings.count
                add(
                    "omission", "this sentence is missing from the translation", at: sources.first,
                    inTarget: false,
                    related: anchorTarget)
                // The next translated sentence is in a later piece, if any.
                if anchorTarget == nil && run.findings.count > count {
                    run.awaitingRelated.append(count)
                }
                continue
            }
            if sources.isEmpty {
                add(
                    "addition", "this sentence has no counterpart in the source", at: targets.first,
                    inTarget: true)
                continue
            }
            if sources.count == 2 && targets.count == 1 {
                add(
                    "merged", "two source sentences are translated as one", at: targets.first,
                    inTarget: true, related: sources.first)
            }
            if sources.count == 1 && targets.count == 2 {
                add(
                    "split", "one source sentence is translated as two", at: targets.first,
                    inTarget: true, related: sources.first)
            }
            // Numbers, across digit scripts.
            let sourceNumbers = DocumentAligner.numbers(in: sourceText)
            var targetNumbers = DocumentAligner.numbers(in: targetText)
            var missing: [String] = []
            for number in sourceNumbers {
                if let index = targetNumbers.firstIndex(of: number) {
                    targetNumbers.remove(at: index)
                } else {
                    missing.append(number)
                }
            }
            if !missing.isEmpty || !targetNumbers.isEmpty {
                var parts: [String] = []
                if !missing.isEmpty { parts.append("missing \(missing.joined(separator: ", "))") }
                if !targetNumbers.isEmpty {
                    parts.append("unexpected \(targetNumbers.joined(separator: ", "))")
                }
                add(
                    "number-mismatch", "numbers differ: \(parts.joined(separator: "; "))",
                    at: targets.first, inTarget: true,
                    related: sources.first)
            }
            // Terms.
            if let glossary, let sourceMatcher, let targetMatcher {
                var found = Set<String>()
                var targetKey: TermMatcher.MatchingKey?
                var sourceIDs = Set<String>()
                for source in sources {
                    for occurrence in try sourceMatcher.occurrences(in: source.text) {
                        sourceIDs.formUnion(occurrence.entries.map { glossary.entries[$0].id })
                    }
                }
                for target in targets {
                    for occurrence in try targetMatcher.occurrences(in: target.text) {
                        let rows = occurrence.entries.map { glossary.entries[$0] }
                        let position = Self.absolute(occurrence.position, in: target)
                        if rows.allSatisfy({ !$0.status.isAccepted }) {
                            let preferred = glossary.entries.filter {
                                $0.id == occurrence.id && $0.status == .preferred
                            }.map(\.target)
                            add(
                                "term-forbidden",
                                "'\(occurrence.text)' is \(rows[0].status.rawValue) for '\(rows[0].source)'; use "
                                    + (preferred.isEmpty
                                        ? "another rendering" : preferred.joined(separator: " / ")),
                                at: target, inTarget: true, position: position,
                                related: sources.first)
                        } else {
                            for row in rows where row.status.isAccepted {
                                found.insert(row.id)
                            }
                            // Consistency is judged only where the aligned source has the term.
                            for row in rows
                            where row.status.isAccepted && sourceIDs.contains(row.id) {
                                run.renderings[row.id, default: []].append(
                                    (
                                        row.target,
                                        Finding.Location(file: targetFile, position: position)
                                    ))
                            }
                        }
                    }
                }
                for source in sources {
                    for occurrence in try sourceMatcher.occurrences(in: source.text) {
                        // Entries sharing the source (military: noun and adjective) all count.
                        let ids = Set(occurrence.entries.map { glossary.entries[$0].id })
                        guard ids.isDisjoint(with: found) else { continue }
                        let acceptedRows = ids.sorted().flatMap { acceptedRowsByID[$0] ?? [] }
                        let accepted = acceptedRows.map { glossary.entries[$0].target }
                        guard !accepted.isEmpty else { continue }
                        // The target's matching key is computed once per bead, when first needed.
                        if targetKey == nil {
                            targetKey = try targetMatcher.matchingKey(for: targetText)
                        }
                        if let targetKey,
                            targetMatcher.contains(entries: acceptedRows, in: targetKey)
                        {
                            continue
                        }
                        add(
                            "term-missing",
                            "'\(occurrence.text)' (\(occurrence.id)) has no accepted rendering in the translation; expected "
                                + accepted.joined(separator: " / "),
                            at: source, inTarget: false,
                            position: Self.absolute(occurrence.position, in: source),
                            related: targets.first)
                    }
                }
            }
            for target in targets {
                try targetChecks(
                    target, source: sourceText,
                    add: { rule, message, position, fix in
                        add(
                            rule, message, at: target, inTarget: true, position: position,
                            related: sources.first, fix: fix)
                    })
            }
            if sources.count == 1 && targets.count == 1 {
                let cost = model.lengthCost(
                    source: sourceText.unicodeScalars.count, target: targetText.unicodeScalars.count
                )
                // −log p > 6: a pair less likely than about 1 in 400 under the length model.
                if cost > 6 {
                    add(
                        "length-ratio",
                        "the translation is \(targetText.count) characters for \(sourceText.count) in the source",
                        at: targets.first, inTarget: true, related: sources.first)
                }
            }
        }
    }

    /// Findings that need the whole document: renderings of a term that differ, and a
    /// translation that leaves most of its source out.
    func documentFindings(of run: TranslationCheckRun) -> [Finding] {
        var findings: [Finding] = []
        if !disabled.contains("term-inconsistent") {
            for (id, uses) in run.renderings.sorted(by: { $0.key < $1.key }) {
                guard let first = uses.first else { continue }
                for use in uses.dropFirst() where use.0 != first.0 {
                    findings.append(
                        Finding(
                            rule: "term-inconsistent", severity: .warning,
                            message:
                                "\(id) is rendered '\(use.0)' here but '\(first.0)' at \(first.1.position)",
                            file: use.1.file, position: use.1.position))
                }
            }
        }
        if !disabled.contains("incomplete"), run.sourceSentences > 0,
            run.omitted * 2 > run.sourceSentences
        {
            let share = run.omitted * 100 / run.sourceSentences
            findings.append(
                Finding(
                    rule: "incomplete", severity: .error,
                    message:
                        "\(run.omitted) of \(run.sourceSentences) source sentences (\(share)%) have no "
                        + "translation; is this the whole translation of \(run.sourceFile)?",
                    file: run.targetFile, position: .start))
        }
        return findings
    }

    /// The first target sentence after `bead` in `result`, if there is one.
    private func nearestTarget(_ result: DocumentAligner.Result, after bead: AlignmentBead)
        -> Segment?
    {
        guard let index = result.beads.firstIndex(of: bead) else { return nil }
        for later in result.beads[index...] where !later.target.isEmpty {
            return result.target[later.target.lowerBound]
        }
        return nil
    }

    /// Checks that look at one translated sentence on its own.
    private func targetChecks(
        _ target: Segment, source: String,
        add: (String, String, SourcePosition?, Finding.Fix?) -> Void
    ) throws(ICUError) {
        let text = target.text
        let arabic = targetPack.script == "Arab"
        if text == source || (arabic && Self.latinShare(of: text) > 0.5) {
            add("untranslated", "this sentence looks untranslated", nil, nil)
        }
        let scalars = Array(text.unicodeScalars)
        var offset = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let letters = word.unicodeScalars.filter(\.properties.isAlphabetic)
            let hasLatin = letters.contains { $0.value < 0x250 }
            let hasArabic = letters.contains {
                (0x0600...0x06FF).contains($0.value) || (0x0750...0x077F).contains($0.value)
            }
            if hasLatin && hasArabic {
                add(
                    "script-mixing", "'\(word)' mixes Latin and Arabic letters",
                    Self.absolute(offset, in: target), nil)
            }
            offset += word.unicodeScalars.count + 1
        }
        if arabic {
            let full = targetPack.punctuation.fullStop
            if full != ".", text.hasSuffix("."), !text.hasSuffix("..."),
                let last = scalars.dropLast().last(where: { !$0.properties.isWhitespace }),
                !last.isASCII
            {
                add(
                    "punctuation", "sentence ends with a Latin full stop; use \(full)",
                    Self.absolute(scalars.count - 1, in: target),
                    Finding.Fix(original: ".", replacement: full))
            }
            for (index, scalar) in scalars.enumerated() where scalar == "?" || scalar == "," {
                let before = index > 0 ? scalars[index - 1] : " "
                guard (0x0600...0x06FF).contains(before.value) else { continue }
                let right =
                    scalar == "?" ? targetPack.punctuation.question : targetPack.punctuation.comma
                add(
                    "punctuation", "Latin '\(scalar)' after Arabic letters; use \(right)",
                    Self.absolute(index, in: target), nil)
            }
        }
        for (open, close) in [("(", ")"), ("[", "]"), ("«", "»")] {
            if text.filter({ String($0) == open }).count
                != text.filter({ String($0) == close }).count
            {
                add("punctuation", "unbalanced \(open)\(close)", nil, nil)
            }
        }
        if let index = scalars.firstIndex(where: {
            (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
                || $0.value == 0x200E || $0.value == 0x200F
        }) {
            add(
                "punctuation", "bidi control \(scalars[index].codePoint) left in the text",
                Self.absolute(index, in: target), nil)
        }
        let normalized = try normalizer.normalize(text, to: .orthographic)
        if let change = normalized.changes.first(where: { $0.kind == .replaced }) {
            add(
                "not-normalised",
                "not in \(targetPack.tag) normal form: \(NormalizationReport.describe(change.before)) → "
                    + "\(change.after.isEmpty ? "(deleted)" : NormalizationReport.describe(change.after)) [\(change.rule)]",
                Self.absolute(change.originalRange.lowerBound, in: target),
                Finding.Fix(original: text, replacement: normalized.text))
        }
    }

    /// The share of letters that are Latin.
    static func latinShare(of text: String) -> Double {
        let letters = text.unicodeScalars.filter(\.properties.isAlphabetic)
        guard !letters.isEmpty else { return 0 }
        return Double(letters.filter { $0.value < 0x250 }.count) / Double(letters.count)
    }

    /// A position relative to a segment's text made absolute in its file.
    static func absolute(_ relative: SourcePosition, in segment: Segment) -> SourcePosition {
        relative.line == 1
            ? SourcePosition(
                line: segment.start.line, column: segment.start.column + relative.column - 1)
            : SourcePosition(line: segment.start.line + relative.line - 1, column: relative.column)
    }

    /// The absolute position of scalar `offset` in a segment's text (lines end at LF, CR LF
    /// or CR, as everywhere).
    static func absolute(_ offset: Int, in segment: Segment) -> SourcePosition {
        let lines = LinePositions(Array(segment.text.unicodeScalars))
        return absolute(lines.position(of: offset), in: segment)
    }
}
