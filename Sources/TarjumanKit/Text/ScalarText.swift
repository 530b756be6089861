/// Text being normalised: its scalars, where each came from in the original, and the
/// changes made so far.
struct ScalarText {
    private(set) var scalars: [Unicode.Scalar]
    private var origins: [Int32]
    private let originalScalars: [Unicode.Scalar]
    private var changes: [PendingChange] = []
    /// Whether to keep a record of each replacement (reports need it, matching keys do
    /// not); ambiguities (rules that only report) are recorded either way.
    var recordsChanges = true

    private struct PendingChange {
        let rule: NormalizationRule
        let range: Range<Int>
        let before: [Unicode.Scalar]
        let after: [Unicode.Scalar]
    }

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        self.originalScalars = scalars
        self.origins = (0..<Int32(scalars.count)).map { $0 }
    }

    /// Rewrites the text in one left-to-right pass: at each index `match` may return a rule
    /// whose `from` starts there.
    mutating func rewrite(_ match: ([Unicode.Scalar], Int) -> NormalizationRule?) {
        var output: [Unicode.Scalar] = []
        var outputOrigins: [Int32] = []
        output.reserveCapacity(scalars.count)
        outputOrigins.reserveCapacity(scalars.count)
        var index = 0
        // Scalars no rule starts at are copied a run at a time.
        var copied = 0
        while index < scalars.count {
            guard let rule = match(scalars, index),
                !joinsLineEnds(
                    rule, at: index, after: copied < index ? scalars[index - 1] : output.last)
            else {
                index += 1
                continue
            }
            output.append(contentsOf: scalars[copied..<index])
            outputOrigins.append(contentsOf: origins[copied..<index])
            let end = index + rule.from.count
            let originalStart = Int(origins[index])
            let originalEnd = Int(origins[end - 1]) + 1
            if rule.action == .report {
                output.append(contentsOf: scalars[index..<end])
                outputOrigins.append(contentsOf: origins[index..<end])
            } else {
                output.append(contentsOf: rule.to)
                outputOrigins.append(
                    contentsOf: repeatElement(origins[index], count: rule.to.count))
            }
            if recordsChanges || rule.action == .report {
                changes.append(
                    PendingChange(
                        rule: rule, range: originalStart..<originalEnd,
                        before: Array(scalars[index..<end]),
                        after: rule.action == .report ? Array(scalars[index..<end]) : rule.to))
            }
            index = end
            copied = end
        }
        output.append(contentsOf: scalars[copied...])
        outputOrigins.append(contentsOf: origins[copied...])
        scalars = output
        origins = outputOrigins
    }

    /// Whether deleting what `rule` matches at `index`, after `kept` (the last character
    /// of the output so far), would put a CR before a LF: two line ends would become one
    /// (pass 48: a ZWSP between them was taken out), so such a character is kept.
    private func joinsLineEnds(
        _ rule: NormalizationRule, at index: Int, after kept: Unicode.Scalar?
    )
        -> Bool
    {
        let end = index + rule.from.count
        return rule.to.isEmpty && rule.action == .replace && kept == "\r" && end < scalars.count
            && scalars[end] == "\n"
    }

    /// Unicode NFC through ICU, chunk by chunk between normalisation boundaries so that
    /// each changed chunk maps back to its original characters.
    mutating func applyNFC() throws(ICUError) {
        var chunks: [Range<Int>] = []
        var start = 0
        for index in 1..<max(scalars.count, 1)
        where ICUNormalizer.hasBoundary(before: scalars[index], form: .nfc) {
            chunks.append(start..<index)
            start = index
        }
        if !scalars.isEmpty { chunks.append(start..<scalars.count) }
        var replacements: [Int: [Unicode.Scalar]] = [:]
        var changedChunks: [Range<Int>] = []
        // A one-character chunk that passes NFC's quick check is already in NFC: only chunks
        // with combining marks or "maybe/no" characters go to ICU.
        for chunk in chunks
        where chunk.count > 1
            || !ICUNormalizer.isQuickCheckYes(scalars[chunk.lowerBound], form: .nfc)
        {
            let units = Array(String(scalars: scalars[chunk]).utf16)
            let normalized = try ICUNormalizer.normalize(units, form: .nfc)
            if normalized != units {
                let new = Array(String(decoding: normalized, as: UTF16.self).unicodeScalars)
                let (changed, by) = Self.trimmed(chunk, of: scalars, to: new)
                changedChunks.append(changed)
                replacements[changed.lowerBound] = by
            }
        }
        replaceChunks(
            changedChunks, replacements,
            rule: NormalizationRule(id: "L0-NFC", from: [], to: [], note: "Unicode NFC"))
    }

    /// `chunk` of `scalars` and its replacement `new` without the scalars they begin and
    /// end with alike (a line break before a run of marks NFC reorders is not part of the
    /// change, and the change is reported where it starts). Untrimmed when nothing of the
    /// chunk would be left.
    private static func trimmed(
        _ chunk: Range<Int>, of scalars: [Unicode.Scalar], to new: [Unicode.Scalar]
    ) -> (Range<Int>, [Unicode.Scalar]) {
        var prefix = 0
        while prefix < min(chunk.count, new.count) - 1,
            scalars[chunk.lowerBound + prefix] == new[prefix]
        {
            prefix += 1
        }
        var suffix = 0
        while suffix < min(chunk.count, new.count) - prefix - 1,
            scalars[chunk.upperBound - 1 - suffix] == new[new.count - 1 - suffix]
        {
            suffix += 1
        }
        return (
            chunk.lowerBound + prefix..<chunk.upperBound - suffix,
            Array(new[prefix..<new.count - suffix])
        )
    }

    /// Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFC) replaced by their NFKC letters,
    /// except the ligatures ﷺ ﷻ ﷽ and the ornate parentheses.
    mutating func unfoldPresentationForms() throws(ICUError) {
        var chunks: [Range<Int>] = []
        var replacements: [Int: [Unicode.Scalar]] = [:]
        for (index, scalar) in scalars.enumerated()
        where scalar.value < 0x10000 && Self.isPresentationForm(UInt16(scalar.value)) {
            chunks.append(index..<index + 1)
            let folded = try ICUNormalizer.normalize(Array(String(scalar).utf16), form: .nfkc)
            replacements[index] = Array(String(decoding: folded, as: UTF16.self).unicodeScalars)
        }
        guard !chunks.isEmpty else { return }
        replaceChunks(
            chunks, replacements,
            rule: NormalizationRule(
                id: "L0-10", from: [], to: [], note: "Arabic presentation form unfolded (NFKC)"))
    }

    /// Lower-cases letters for matching keys.
    /// A letter whose lower case is one scalar is replaced where it stands (its origin stays
    /// the same); the few whose lower case is longer (İ) go through ``replaceChunks``.
    mutating func caseFold() {
        let rule = NormalizationRule(
            id: "L2-casefold", from: [], to: [], note: "case folded for matching")
        var longer: [Range<Int>] = []
        var replacements: [Int: [Unicode.Scalar]] = [:]
        for index in scalars.indices {
            let scalar = scalars[index]
            guard let lower = Self.caseFolded(scalar) else { continue }
            let single = lower.count == 1 ? lower[0] : nil
            if single == nil {
                longer.append(index..<index + 1)
                replacements[index] = lower
            }
            if recordsChanges {
                let origin = Int(origins[index])
                changes.append(
                    PendingChange(
                        rule: rule, range: origin..<origin + 1, before: [scalar],
                        after: lower))
            }
            if let single { scalars[index] = single }
        }
        replaceChunks(longer, replacements, rule: rule, recording: false)
    }

    /// What ``caseFold()`` writes for `scalar`: its lower case, or nil when it has none of
    /// its own (ß, ς, ſ change when case-folded but are their own lower case).
    static func caseFolded(_ scalar: Unicode.Scalar) -> [Unicode.Scalar]? {
        if scalar.value < 0x80 {
            guard scalar.value >= 0x41 && scalar.value <= 0x5A else { return nil }
            return [Unicode.Scalar(UInt8(scalar.value + 0x20))]
        }
        // Arabic-script letters have no case: skip the property lookup.
        guard !(0x0600...0x06FF).contains(scalar.value), scalar.properties.changesWhenCaseFolded
        else { return nil }
        let lower = Array(scalar.properties.lowercaseMapping.unicodeScalars)
        return lower == [scalar] ? nil : lower
    }

    /// Writes every decimal digit (general category Nd) that is not ASCII as the ASCII digit
    /// of its value: `१९४८`, `２０２４` and `𝟏` match `1948`, `2024` and `1` in a key.
    /// `bmpDigits` says for each BMP code point whether it is such a digit.
    mutating func foldDecimalDigits(bmpDigits: [Bool]) {
        let rule = NormalizationRule(
            id: "L2-digits", from: [], to: [], note: "decimal digits match ASCII digits")
        for index in scalars.indices where !scalars[index].isASCII {
            let scalar = scalars[index]
            guard let digit = Self.asciiDigit(for: scalar, bmpDigits: bmpDigits) else { continue }
            if recordsChanges {
                let origin = Int(origins[index])
                changes.append(
                    PendingChange(
                        rule: rule, range: origin..<origin + 1, before: [scalar], after: [digit]))
            }
            scalars[index] = digit
        }
    }

    /// The ASCII digit ``foldDecimalDigits(bmpDigits:)`` writes for `scalar`, or nil when
    /// it is no decimal digit of another script.
    static func asciiDigit(for scalar: Unicode.Scalar, bmpDigits: [Bool]) -> Unicode.Scalar? {
        guard !scalar.isASCII else { return nil }
        let isDigit =
            scalar.value < 0x10000
            ? bmpDigits[Int(scalar.value)] : scalar.properties.generalCategory == .decimalNumber
        guard isDigit, let value = scalar.properties.numericValue, (0...9).contains(value) else {
            return nil
        }
        return Unicode.Scalar(UInt8(0x30 + Int(value)))
    }

    /// Whether a BMP unit is an Arabic presentation form that L0 unfolds.
    static func isPresentationForm(_ unit: UInt16) -> Bool {
        guard (0xFB50...0xFDFF).contains(unit) || (0xFE70...0xFEFC).contains(unit) else {
            return false
        }
        return ![0xFDFA, 0xFDFB, 0xFDFD, 0xFD3E, 0xFD3F].contains(unit)
    }

    /// Whether `scalar` has the Unicode White_Space property (a fixed list of 25 characters,
    /// stable across Unicode versions), without the standard library's table lookup.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F,
            0x205F, 0x3000:
            true
        default: false
        }
    }

    /// A combining mark (general category Mn, Mc or Me).
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    /// The finished text, its map and its changes (with original line:column).
    func result(original: String) -> NormalizedText {
        guard recordsChanges || !changes.isEmpty else {
            return NormalizedText(
                text: String(scalars: scalars),
                offsets: OffsetMap(origins: origins, originalCount: originalScalars.count),
                changes: [])
        }
        let positions = LinePositions(originalScalars)
        // An ambiguity is met again each time the rules run over the text: listed once.
        var ambiguities = Set<String>()
        let listed = changes.filter { change in
            change.rule.action != .report
                || ambiguities.insert(
                    "\(change.range.lowerBound) \(change.range.upperBound) \(change.rule.id)"
                ).inserted
        }
        let made = listed.sorted { $0.range.lowerBound < $1.range.lowerBound }.map { change in
            NormalizationChange(
                rule: change.rule.id, kind: change.rule.action == .report ? .ambiguous : .replaced,
                originalRange: change.range, before: change.before, after: change.after,
                position: positions.position(of: change.range.lowerBound), note: change.rule.note)
        }
        return NormalizedText(
            text: String(scalars: scalars),
            offsets: OffsetMap(origins: origins, originalCount: originalScalars.count),
            changes: made)
    }

    /// Replaces each chunk that has a replacement, recording the change unless `recording`
    /// is false (the caller recorded it).
    private mutating func replaceChunks(
        _ chunks: [Range<Int>], _ replacements: [Int: [Unicode.Scalar]], rule: NormalizationRule,
        recording: Bool = true
    ) {
        guard !replacements.isEmpty else { return }
        var output: [Unicode.Scalar] = []
        var outputOrigins: [Int32] = []
        var cursor = 0
        for chunk in chunks {
            guard let new = replacements[chunk.lowerBound] else { continue }
            output.append(contentsOf: scalars[cursor..<chunk.lowerBound])
            outputOrigins.append(contentsOf: origins[cursor..<chunk.lowerBound])
            output.append(contentsOf: new)
            outputOrigins.append(
                contentsOf: repeatElement(origins[chunk.lowerBound], count: new.count))
            if recordsChanges && recording {
                changes.append(
                    PendingChange(
                        rule: rule,
                        range: Int(
                            origins[chunk.lowerBound])..<(Int(origins[chunk.upperBound - 1]) + 1),
                        before: Array(scalars[chunk]), after: new))
            }
            cursor = chunk.upperBound
        }
        output.append(contentsOf: scalars[cursor...])
        outputOrigins.append(contentsOf: origins[cursor...])
        scalars = output
        origins = outputOrigins
    }
}

extension ScalarText {
    /// Whether the first scalar is a combining mark (shown on a dotted circle in reports).
    static func startsWithMark(_ scalars: [Unicode.Scalar]) -> Bool {
        scalars.first.map(isMark) ?? false
    }
}
