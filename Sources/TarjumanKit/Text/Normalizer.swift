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

    /// A normaliser for `pack`.
    public init(pack: LocalePack) {
        self.pack = pack
        var layers: [NormalizationLevel: RuleSet] = [:]
        for level in NormalizationLevel.allCases {
            layers[level] = RuleSet(rules: pack.normalization.rules(for: level))
        }
        self.layers = layers
    }

    /// `text` normalised to `level`.
    public func normalize(_ text: String, to level: NormalizationLevel) throws(ICUError) -> NormalizedText {
        let profile = pack.normalization
        let units = Array(text.utf16)
        var isNFC = true
        if profile.nfc {
            isNFC = try units.withUnsafeBufferPointer { buffer throws(ICUError) in
                try ICUNormalizer.normalizedPrefix(of: buffer, form: .nfc) == buffer.count
            }
        }
        if isNFC && !needsWork(units, level: level) {
            return NormalizedText(text: text, offsets: .identity(count: text.unicodeScalars.count), changes: [])
        }
        var work = ScalarText(Array(text.unicodeScalars))
        if !isNFC { try work.applyNFC() }
        if profile.presentationForms { try work.unfoldPresentationForms() }
        for layer in level.layers {
            layers[layer]?.apply(to: &work)
            if layer == .key && profile.keyCaseFold { work.caseFold() }
        }
        return work.result(original: text)
    }

    /// Whether any character of `units` could be touched by the layers up to `level`.
    private func needsWork(_ units: [UInt16], level: NormalizationLevel) -> Bool {
        let presentationForms = pack.normalization.presentationForms
        let caseFold = level == .key && pack.normalization.keyCaseFold
        let sets = level.layers.compactMap { layers[$0] }
        for unit in units {
            if unit >= 0xD800 && unit <= 0xDFFF { return true }
            if caseFold && unit < 0x80 && unit >= 0x41 && unit <= 0x5A { return true }
            if caseFold && unit >= 0x80 { return true }
            if presentationForms && ScalarText.isPresentationForm(unit) { return true }
            for set in sets where set.triggers(unit) { return true }
        }
        return false
    }
}
