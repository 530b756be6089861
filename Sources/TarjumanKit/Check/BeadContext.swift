/// One bead under check: its sentences, their texts, and the findings made so far.
struct BeadContext {
    let sources: [Segment]
    let targets: [Segment]
    /// The source sentences joined by a space.
    let sourceText: String
    /// The translated sentences joined by a space.
    let targetText: String
    /// The lines shown under each finding (`en: …`, `ur: …`).
    let context: [String]
    let sourceFile: String
    let targetFile: String
    /// The source's and the translation's language tags.
    let languages: (source: String, target: String)
    /// The glossary terms of each source and translated sentence, when the aligner found
    /// them already (else the term checks find them).
    var terms: (source: [[TermOccurrence]], target: [[TermOccurrence]])?
    private let disabled: Set<String>
    private let severities: [String: Finding.Severity]

    /// The glossary terms of the `index`th source sentence, or translated sentence when
    /// `inTarget`: those the aligner found, else what `matcher` finds in it.
    func terms(inTarget: Bool, at index: Int, matching matcher: TermMatcher) throws(ICUError)
        -> [TermOccurrence]
    {
        if let terms { return inTarget ? terms.target[index] : terms.source[index] }
        return try matcher.occurrences(in: (inTarget ? targets : sources)[index].text)
    }
    /// The findings made on this bead, in order.
    private(set) var findings: [Finding] = []
    /// Bidi controls of the translation next to this bead's sentences but in none of them
    /// (see ``DocumentAligner/Result/strayTargetControls``).
    var strayControls: [DocumentAligner.StrayControl] = []

    init(
        sources: [Segment], targets: [Segment], sourcePack: LocalePack, targetPack: LocalePack,
        sourceFile: String, targetFile: String, disabled: Set<String>,
        severities: [String: Finding.Severity]
    ) {
        self.sources = sources
        self.targets = targets
        sourceText = sources.map(\.text).joined(separator: " ")
        targetText = targets.map(\.text).joined(separator: " ")
        context = [
            "\(sourcePack.tag): \(sourceText.isEmpty ? "—" : sourceText)",
            "\(targetPack.tag): \(targetText.isEmpty ? "—" : targetText)",
        ]
        self.sourceFile = sourceFile
        self.targetFile = targetFile
        languages = (sourcePack.tag, targetPack.tag)
        self.disabled = disabled
        self.severities = severities
    }

    /// Whether a finding of `rule` would be recorded (the check is enabled).
    func records(_ rule: String) -> Bool {
        !disabled.contains(rule) && severities[rule] != nil
    }

    /// Records a finding of `rule` at `segment` (or `position`) in the source or the
    /// translation, with the related sentence (or `relatedPosition` in it) on the other side;
    /// disabled checks record nothing.
    mutating func add(
        _ rule: String, _ message: String, at segment: Segment?, inTarget: Bool,
        position: SourcePosition? = nil, related: Segment? = nil,
        relatedPosition: SourcePosition? = nil, fix: Finding.Fix? = nil
    ) {
        guard records(rule), let severity = severities[rule] else { return }
        var finding = Finding(
            rule: rule, severity: severity, message: message,
            file: inTarget ? targetFile : sourceFile,
            position: position ?? segment?.start ?? .start, fix: fix)
        if let related {
            finding.related = Finding.Location(
                file: inTarget ? sourceFile : targetFile, position: relatedPosition ?? related.start
            )
        }
        finding.context = context
        findings.append(finding)
    }
}
