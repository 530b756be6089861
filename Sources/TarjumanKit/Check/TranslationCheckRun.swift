/// A check of one source file and its translation, fed one aligned piece at a time (a
/// paragraph pair, as ``DocumentAligner/alignParagraphs(source:target:_:)`` gives them), so
/// that memory stays bounded by the largest paragraph and the findings.
public struct TranslationCheckRun {
    let checker: TranslationChecker
    /// The source file, for positions.
    public let sourceFile: String
    /// The translation, for positions.
    public let targetFile: String
    var findings: [Finding] = []
    /// The accepted renderings of each concept met, as far as the checks need them.
    var renderings: [String: ConceptRenderings] = [:]
    /// Omission findings that still need the next translated sentence as related place.
    var awaitingRelated: [Int] = []
    var sourceSentences = 0
    var omitted = 0
    var targetSentences = 0
    /// Translated sentences that look untranslated (`untranslated` findings).
    var untranslated = 0
    /// Translated sentences without a source (0:1 beads).
    var added = 0
    /// Source sentences translated by a copy of what an earlier, different source sentence
    /// was translated as (``noteRepeat(of:)``).
    var repeated = 0
    /// The source each translation met so far was first given to, by digest.
    private var firstSources: [TextDigest: TextDigest] = [:]
    /// Whether to keep every aligned sentence pair for the project-wide checks
    /// (``ProjectConsistency``); off by default, since it holds the whole document.
    public var keepsPairs = false
    /// The aligned sentence pairs met so far, when ``keepsPairs`` is on. A pair of texts met
    /// again shares the texts of its first record, so a document that repeats itself takes
    /// a few words per sentence here, not the text again.
    public private(set) var pairs: [AlignedPairRecord] = []
    /// The index in ``pairs`` of the first record of each pair of texts, by their digest.
    private var firstPairs: [TextDigest: Int] = [:]
    /// The languages and files every record of this run shares (made with the first).
    private var pairSides: AlignedPairRecord.Sides?
    /// Whether to keep every bead with its sentences (for the HTML review page); off by
    /// default, since it holds the whole document.
    public var keepsBeads = false
    /// The beads met so far, when ``keepsBeads`` is on.
    public internal(set) var beads: [ReviewBead] = []

    /// The earliest accepted rendering of each glossary concept met, in file order: what
    /// ``ProjectConsistency`` compares across files.
    public var firstTermRenderings: [TermRendering] {
        renderings.map { concept, uses in
            TermRendering(
                language: checker.targetPack.tag, concept: concept, rendering: uses.earliest.0,
                location: uses.earliest.1)
        }.sorted { ($0.location.position, $0.concept) < ($1.location.position, $1.concept) }
    }
    /// The last translated sentence of the beads checked so far.
    private(set) var lastTarget: Segment?
    /// The paragraphs of the last source and translated sentences of the last bead with
    /// both (``TranslationChecker/checkParagraphBreaks(_:run:)``).
    var lastPairedParagraphs: (source: Int, target: Int)?
    /// The glossary's rows by concept, for ``markTerms(_:inTarget:sentence:glossary:)``
    /// (built at its first call).
    private var conceptRows: [String: [GlossaryEntry]]?

    init(checker: TranslationChecker, sourceFile: String, targetFile: String) {
        self.checker = checker
        self.sourceFile = sourceFile
        self.targetFile = targetFile
    }

    /// Checks the beads of the next piece of the document.
    public mutating func add(_ result: DocumentAligner.Result) throws(ICUError) {
        try checker.check(result, into: &self)
    }

    /// Keeps the aligned pair of `bead` for the project-wide checks.
    mutating func keepPair(of bead: BeadContext) {
        let digest = TextDigest(exactly: bead.sourceText, bead.targetText)
        let sourcePosition = bead.sources.first?.start ?? .start
        let targetPosition = bead.targets.first?.start ?? .start
        if let first = firstPairs[digest] {
            pairs.append(
                AlignedPairRecord(
                    pairs[first], sourcePosition: sourcePosition, targetPosition: targetPosition))
            return
        }
        let sides =
            pairSides
            ?? AlignedPairRecord.Sides(
                sourceLanguage: bead.languages.source, targetLanguage: bead.languages.target,
                sourceFile: sourceFile, targetFile: targetFile)
        pairSides = sides
        firstPairs[digest] = pairs.count
        pairs.append(
            AlignedPairRecord(
                sides: sides, source: bead.sourceText, target: bead.targetText,
                sourcePosition: sourcePosition, targetPosition: targetPosition))
    }

    /// Counts the source sentences of `bead` as ``repeated`` when each of its translated
    /// sentences of four words or more was met earlier with a different source: a copy of
    /// other text, not a translation of these (pass 63: the first 40% of a translation
    /// pasted twice paired its copy with the untranslated rest, one to one or split, and
    /// filler repeated did the same). Sentences, and sources, are compared by their letters
    /// and digits alone in lower case, without marks or tatweel (pass 64: filler differing
    /// in its end mark or a space was no copy); shorter
    /// ones are rightly repeated (`How are you?` for three forms of address).
    mutating func noteRepeat(of bead: BeadContext) {
        /// `text`'s letters and digits alone, in lower case.
        func lettersOf(_ text: String) -> TextDigest {
            var letters = String.UnicodeScalarView()
            letters.append(
                contentsOf: text.unicodeScalars.lazy.filter {
                    LetterScript.of($0) != nil || $0.properties.numericType != nil
                })
            return TextDigest(exactly: String(letters).lowercased())
        }
        // The source the same way: a refrain quoted or in capitals is one sentence (pass 65).
        let source = lettersOf(bead.sourceText)
        var copies = 0
        var worded = 0
        for target in bead.targets {
            let text = target.text
            guard text.split(whereSeparator: \.isWhitespace).count >= 4 else { continue }
            worded += 1
            let key = lettersOf(text)
            if let first = firstSources[key] {
                if first != source { copies += 1 }
            } else {
                firstSources[key] = source
            }
        }
        if worded > 0 && copies == worded { repeated += bead.sources.count }
    }

    /// Records that `concept` was rendered as `rendering` (an accepted rendering) at
    /// `location`.
    mutating func rendered(_ concept: String, as rendering: String, at location: Finding.Location) {
        let use = (rendering, location)
        guard var uses = renderings[concept] else {
            renderings[concept] = ConceptRenderings(first: use, earliest: use)
            return
        }
        if location.position < uses.earliest.1.position { uses.earliest = use }
        if rendering != uses.first.0 { uses.differing.append(use) }
        renderings[concept] = uses
    }

    /// Records that the check reached the translated sentences `targets` of a bead.
    mutating func reached(_ targets: [Segment]) {
        guard let first = targets.first else { return }
        for index in awaitingRelated {
            findings[index].related = Finding.Location(file: targetFile, position: first.start)
        }
        awaitingRelated = []
        lastTarget = targets.last
    }

    /// Records glossary terms of the last bead for the review page: the concept and the
    /// accepted renderings (or why a rendering is not accepted) on hover.
    mutating func markTerms(
        _ occurrences: [TermOccurrence], inTarget: Bool, sentence: Int, glossary: Glossary
    ) {
        guard !beads.isEmpty else { return }
        let concepts = conceptRows ?? glossary.rowsByConcept()
        conceptRows = concepts
        for occurrence in occurrences {
            let rows = occurrence.entries.map { glossary.entries[$0] }
            let accepted = (concepts[occurrence.id] ?? []).filter(\.status.isAccepted)
            let first = rows.first
            let note =
                inTarget && rows.allSatisfy({ !$0.status.isAccepted })
                ? "\(occurrence.id): \(first?.status.rawValue ?? "") rendering of '\(first?.source ?? "")'"
                : "\(occurrence.id): \(first?.source ?? "") → "
                    + accepted.map(\.target).joined(separator: " / ")
            beads[beads.count - 1].terms.append(
                ReviewTerm(
                    inTarget: inTarget, sentence: sentence, range: occurrence.range, note: note))
        }
    }

    /// All findings, in file order, with those that need the whole document. Omissions
    /// after the last translated sentence are missing where it ends (pass 42: its start,
    /// before the sentence, was named).
    public mutating func finish() -> [Finding] {
        if let lastTarget {
            for index in awaitingRelated {
                findings[index].related = Finding.Location(
                    file: targetFile, position: lastTarget.end)
            }
        }
        awaitingRelated = []
        var all = findings + checker.documentFindings(of: self)
        for index in all.indices where all[index].file == sourceFile {
            all[index].counterpart = targetFile
        }
        return all.sorted {
            ($0.file, $0.position, $0.rule) < ($1.file, $1.position, $1.rule)
        }
    }
}

/// The accepted renderings of one glossary concept met in a file: the first met, the
/// earliest in the file, and every later one that differs from the first (each is a
/// `term-inconsistent` finding). The uses that agree with the first are not kept.
struct ConceptRenderings {
    var first: (String, Finding.Location)
    var earliest: (String, Finding.Location)
    var differing: [(String, Finding.Location)] = []
}
