/// Normalises text to one of the three levels a locale pack defines, keeping a map back to
/// the original and a record of every change.
///
/// L0 runs Unicode NFC (ICU), unfolds Arabic presentation forms (NFKC on those blocks only)
/// and applies the pack's canonical rules; L1 adds the pack's orthographic rules; L2 adds the
/// matching-key rules and case folding. Rules marked `report` change nothing and are listed
/// as ambiguities for a person to decide.
public struct Normalizer: Sendable {
    /// The pack whose rules are applied.
    public let pack: LocalePack
    private let layers: [NormalizationLevel: RuleSet]
    /// For each level, which BMP code units may be changed by it (rules, presentation
    /// forms, case folding): text without any of them skips the slow path.
    private let triggers: [NormalizationLevel: [Bool]]
    /// BMP characters with a non-zero combining class: text holding them is NFC only if
    /// its marks are in canonical order, which ICU checks.
    private let combiningMarks: [Bool]
    /// BMP characters that may combine with their neighbours (a non-zero combining class
    /// or an NFC quick check other than "yes"): text holding none is NFC after any rule.
    private let composing: [Bool]
    /// The direct path's tables, built on first use (see ``DirectMap``).
    let directMaps = DirectMaps()

    /// A normaliser for `pack`. The Unicode tables it needs are built once per process.
    public init(pack: LocalePack) {
        self.pack = pack
        var layers: [NormalizationLevel: RuleSet] = [:]
        var triggers: [NormalizationLevel: [Bool]] = [:]
        let tables = UnicodeTables.shared
        var map = pack.normalization.nfc ? tables.notNFCQuickCheck : tables.surrogates
        combiningMarks = pack.normalization.nfc ? tables.combiningMarks : tables.none
        composing = tables.composing
        if pack.normalization.presentationForms {
            for unit in 0xFB50...0xFEFC where ScalarText.isPresentationForm(UInt16(unit)) {
                map[unit] = true
            }
        }
        for level in NormalizationLevel.allCases {
            let rules = pack.normalization.rules(for: level)
            layers[level] = RuleSet(rules: rules)
            for trigger in rules.compactMap({ Self.trigger(of: $0.from) })
            where trigger.value < 0x10000 {
                map[Int(trigger.value)] = true
            }
            if level == .key {
                for unit in tables.decimalDigits.indices where tables.decimalDigits[unit] {
                    map[unit] = true
                }
                if pack.normalization.keyCaseFold {
                    for unit in tables.caseFoldedUnits { map[unit] = true }
                }
            }
            triggers[level] = map
        }
        self.layers = layers
        self.triggers = triggers
    }

    /// The character of a rule's `from` whose absence shows the rule cannot apply: any of
    /// them would do (a match holds them all; one that NFC or a lower layer could make
    /// sends the text down the slow path by its own trigger), so a mark or format character
    /// is taken, rarer than a letter: Urdu `ی` + `ٔ` is looked for by its hamza, where its
    /// yeh, in nearly every line, sent every Urdu line through the rewriting.
    static func trigger(of from: [Unicode.Scalar]) -> Unicode.Scalar? {
        let rare: Set<Unicode.GeneralCategory> = [
            .nonspacingMark, .spacingMark, .enclosingMark, .format,
        ]
        return from.first { rare.contains($0.properties.generalCategory) } ?? from.first
    }

    /// Per-BMP-code-unit tables every normaliser shares, built on first use.
    struct UnicodeTables: Sendable {
        static let shared = UnicodeTables()

        /// Surrogates only (they always take the slow path).
        let surrogates: [Bool]
        /// Surrogates and units whose NFC quick check is not "yes" (ICU).
        let notNFCQuickCheck: [Bool]
        /// Units with a non-zero canonical combining class.
        let combiningMarks: [Bool]
        /// Units with a non-zero combining class or an NFC quick check other than "yes".
        let composing: [Bool]
        /// Units that change under case folding.
        let caseFoldedUnits: [Int]
        /// Decimal digits of every script but ASCII (the key writes them as ASCII digits).
        let decimalDigits: [Bool]
        /// All false.
        let none = [Bool](repeating: false, count: 0x10000)

        private init() {
            var surrogates = none
            for unit in 0xD800...0xDFFF { surrogates[unit] = true }
            var notNFC = ICUPropertyTable.bmp(.nfcNotYes)
            var marks = ICUPropertyTable.bmp(.combining)
            for unit in 0..<0x300 {
                notNFC[unit] = false
                marks[unit] = false
            }
            for unit in 0xD800...0xDFFF {
                notNFC[unit] = true
                marks[unit] = false
            }
            self.surrogates = surrogates
            notNFCQuickCheck = notNFC
            combiningMarks = marks
            composing = marks.indices.map { marks[$0] || notNFC[$0] }
            let folded = ICUPropertyTable.bmp(.changesWhenCaseFolded)
            caseFoldedUnits = folded.indices.filter { folded[$0] }
            decimalDigits = ICUPropertyTable.bmp(.nonASCIIDecimalDigit)
        }
    }

    /// The rules of one layer.
    func ruleSet(_ layer: NormalizationLevel) -> RuleSet? { layers[layer] }

    /// `text` normalised to `level`, with a record of each change, or (`recordingChanges`
    /// false) of the ambiguous spellings alone.
    public func normalize(
        _ text: String, to level: NormalizationLevel, recordingChanges: Bool = true
    )
        throws(ICUError)
        -> NormalizedText
    {
        if !recordingChanges, let result = directMaps.map(for: level, of: self).normalize(text) {
            return result
        }
        var units: [UInt16] = []
        UTF16Text.transcode(Array(text.utf8), into: &units)
        if try isUnchanged(units, level: level) {
            let lowSurrogates = units.reduce(0) { $0 + ($1 & 0xFC00 == 0xDC00 ? 1 : 0) }
            return NormalizedText(
                text: text, offsets: .identity(count: units.count - lowSurrogates), changes: [])
        }
        return try rewrite(text, units: units, to: level, recordingChanges: recordingChanges)
    }

    /// A paragraph normalised to `level`: the same paragraph when nothing changes (the
    /// common case, checked without building strings), else one holding the normalised text
    /// and the `NormalizedText` that maps it back.
    public func normalize(_ paragraph: SourceParagraph, to level: NormalizationLevel)
        throws(ICUError)
        -> (paragraph: SourceParagraph, changes: NormalizedText?)
    {
        if try isUnchanged(utf8: paragraph.bytes, level: level) { return (paragraph, nil) }
        let result = try rewrite(String(decoding: paragraph.bytes, as: UTF8.self), to: level)
        let normalized = SourceParagraph(
            unchecked: paragraph.number, byteOffset: paragraph.byteOffset, line: paragraph.line,
            bytes: Array(result.text.utf8))
        return (normalized, result)
    }

    /// Whether `text` is already normalised to `level`: the cheap check ``normalize(_:to:recordingChanges:)``
    /// makes before it rewrites anything.
    func isNormalized(_ text: String, to level: NormalizationLevel) throws(ICUError) -> Bool {
        try isUnchanged(utf8: Array(text.utf8), level: level)
    }

    /// Whether `units` is already in NFC and holds nothing the layers up to `level` touch.
    private func isUnchanged(_ units: [UInt16], level: NormalizationLevel) throws(ICUError) -> Bool
    {
        if needsWork(units, level: level) { return false }
        guard units.contains(where: { combiningMarks[Int($0)] }) else { return true }
        // A run of marks past the stream-safe limit is broken up even in NFC text (pass 22:
        // only when something else in the text changed).
        if hasLongMarkRun(units) { return false }
        return try units.withUnsafeBufferPointer { buffer throws(ICUError) in
            try ICUNormalizer.normalizedPrefix(of: buffer, form: .nfc) == buffer.count
        }
    }

    /// `isUnchanged` for valid UTF-8, without transcoding: eight ASCII bytes at a time when
    /// no rule of the level starts with an ASCII character. ICU is asked only when the text
    /// holds combining marks (whose order NFC fixes).
    private func isUnchanged(utf8 bytes: [UInt8], level: NormalizationLevel) throws(ICUError)
        -> Bool
    {
        guard let map = triggers[level] else { return false }
        let asciiTriggers = map[0..<0x80].contains(true)
        var marks = false
        var run = 0
        var runEnd = -1
        let clean = bytes.withUnsafeBufferPointer { input -> Bool in
            guard let base = input.baseAddress else { return true }
            var index = 0
            let count = input.count
            while index < count {
                if !asciiTriggers {
                    while index + 8 <= count,
                        UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                            & 0x8080_8080_8080_8080 == 0
                    {
                        index += 8
                    }
                    guard index < count else { break }
                }
                guard let (scalar, length) = UTF16Text.bmpScalar(base, at: index) else {
                    return false
                }
                if map[Int(scalar)] { return false }
                if combiningMarks[Int(scalar)] {
                    marks = true
                    // Past the stream-safe run, the slow path breaks it up (pass 22); a run
                    // goes on while each mark starts where the last one ended.
                    run = index == runEnd ? run + 1 : 1
                    runEnd = index + length
                    if run > ICUNormalizer.streamSafeRun { return false }
                }
                index += length
            }
            return true
        }
        guard clean else { return false }
        guard marks else { return true }
        return try bytes.withUnsafeBufferPointer { buffer throws(ICUError) in
            try ICUNormalizer.isNormalized(utf8: buffer, form: .nfc)
        }
    }

    /// The slow path: every layer applied scalar by scalar, with the offset map. `units` is
    /// the text in UTF-16 when the caller has it already.
    private func rewrite(
        _ text: String, units known: [UInt16]? = nil, to level: NormalizationLevel,
        recordingChanges: Bool = true
    )
        throws(ICUError)
        -> NormalizedText
    {
        let profile = pack.normalization
        var units = known ?? []
        if known == nil { UTF16Text.transcode(Array(text.utf8), into: &units) }
        var isNFC = true
        if profile.nfc {
            // NFC's quick check passes a long run of marks that stream-safe NFC breaks up.
            isNFC =
                try units.withUnsafeBufferPointer { buffer throws(ICUError) in
                    try ICUNormalizer.normalizedPrefix(of: buffer, form: .nfc) == buffer.count
                } && !hasLongMarkRun(units)
        }
        var work = ScalarText(UTF16Text.scalars(of: units))
        work.recordsChanges = recordingChanges
        if !isNFC { try work.applyNFC() }
        // Taken before the presentation forms are unfolded: an unfolded letter composes with
        // a mark after it as any rule's letter does (ﺎ + ٔ → أ; pass 48: it was left as
        // ا + ٔ, which a second run changed).
        let beforeRules = work.scalars
        if profile.presentationForms { try work.unfoldPresentationForms() }
        applyLayers(upTo: level, to: &work)
        // A rule or an unfolding can leave text that NFC changes (it gave a letter that composes with the
        // marks after it: ہ + ٍ + ٔ → ۂ + ٍ) or that the rules change again (taking a ZWNJ
        // or a mark away joins what it kept apart): when the rules changed something, NFC
        // (where marks are) and the layers run again until the text holds still, so that
        // normalising normalised text changes nothing. A round settles at least one mark,
        // and no run of marks is longer than 30 (stream-safe, see ICUNormalizer), so 32
        // rounds are enough. A pack whose rules feed each other without end (a → bb and
        // b → aa) stops once the text has grown past four times its size, not at 2^32.
        if work.scalars != beforeRules {
            let limit = 4 * beforeRules.count + 64
            for _ in 0..<32 where work.scalars.count <= limit {
                let before = work.scalars
                if profile.nfc,
                    work.scalars.contains(where: { $0.value > 0xFFFF || composing[Int($0.value)] })
                {
                    try work.applyNFC()
                }
                applyLayers(upTo: level, to: &work)
                if work.scalars == before { break }
            }
        }
        return work.result(original: text)
    }

    /// Whether `units` hold more marks of the Basic Multilingual Plane in a row than
    /// stream-safe NFC lets through (see ``ICUNormalizer/streamSafe(_:)``), by the table of
    /// marks: NFC's quick check passes such a run as it is (pass 22: the joiner was added
    /// only when something else in the text changed). Always false without NFC.
    private func hasLongMarkRun(_ units: [UInt16]) -> Bool {
        guard pack.normalization.nfc else { return false }
        let longest = ICUNormalizer.streamSafeRun
        // By scalars and their combining classes, as stream-safe NFC counts.
        func exactly() -> Bool { ICUNormalizer.streamSafe(units).count != units.count }
        return combiningMarks.withUnsafeBufferPointer { marks in
            units.withUnsafeBufferPointer { units in
                // A run of more than `longest` marks covers one of every `longest + 1` units:
                // those alone are looked at, and the run around a mark measured.
                // Marks beyond the Basic Multilingual Plane (U+1D167) are no units of the
                // table: met beside a mark or at a looked-at unit, the scalars are counted
                // (review of pass 22).
                let isSurrogate = { (unit: UInt16) in unit & 0xF800 == 0xD800 }
                var index = 0
                while index < units.count {
                    if isSurrogate(units[index]) { return exactly() }
                    guard marks[Int(units[index])] else {
                        index += longest + 1
                        continue
                    }
                    var first = index
                    while first > 0, marks[Int(units[first - 1])] { first -= 1 }
                    var end = index + 1
                    while end < units.count, marks[Int(units[end])] { end += 1 }
                    if end - first > longest { return true }
                    if first > 0 && isSurrogate(units[first - 1])
                        || end < units.count && isSurrogate(units[end])
                    {
                        return exactly()
                    }
                    index = end
                }
                return false
            }
        }
    }

    /// The pack's rule layers up to `level`, in order; the key then folds case (if the pack
    /// asks) and writes every decimal digit left as its ASCII digit.
    private func applyLayers(upTo level: NormalizationLevel, to work: inout ScalarText) {
        for layer in level.layers {
            layers[layer]?.apply(to: &work)
            if layer == .key {
                if pack.normalization.keyCaseFold { work.caseFold() }
                work.foldDecimalDigits(bmpDigits: UnicodeTables.shared.decimalDigits)
            }
        }
    }

    /// Whether any character of `units` could be touched by the layers up to `level`.
    private func needsWork(_ units: [UInt16], level: NormalizationLevel) -> Bool {
        guard let map = triggers[level] else { return true }
        return map.withUnsafeBufferPointer { map in
            units.withUnsafeBufferPointer { units in
                units.contains { map[Int($0)] }
            }
        }
    }
}
