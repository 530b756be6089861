/// The project's own checks (`tarjuman.yaml`), run on every bead with both sides.
extension TranslationChecker {
    /// Runs each custom check on the bead's matching keys.
    func checkCustom(_ bead: inout BeadContext) throws(ICUError) {
        if !compiledChecks.isEmpty {
            let sourceKey = try sourceKeyNormalizer.normalize(
                bead.sourceText, to: .key, recordingChanges: false
            ).text
            let targetKey = try normalizer.normalize(
                bead.targetText, to: .key, recordingChanges: false
            ).text
            let sourcePlace = "\(bead.sourceFile):\(bead.sources.first?.start ?? .start)"
            let targetPlace = "\(bead.targetFile):\(bead.targets.first?.start ?? .start)"
            for custom in compiledChecks
            where try custom.fails(
                sourceKey: sourceKey, targetKey: targetKey, at: sourcePlace, targetPlace)
            {
                bead.add(
                    custom.check.id, custom.check.message, at: bead.targets.first, inTarget: true,
                    related: bead.sources.first)
            }
        }
    }
}
