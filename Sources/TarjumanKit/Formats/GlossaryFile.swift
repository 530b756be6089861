import Foundation

/// Glossary files in any format of ``GlossaryFormat/all``, chosen by extension: `.tsv`,
/// `.tbx`, `.csv`, and OmegaT's `.utf8`/`.tab`.
public enum GlossaryFile {
    /// Reads a glossary; TSV files must have no error-level problems. `tbxTarget` picks the
    /// target language of a TBX file holding several (by default the first); `tbxLanguage`
    /// reads its language tags (see ``GlossaryFormat/Options/tbxLanguage``).
    public static func read(
        _ path: String, tbxTarget: String? = nil,
        tbxLanguage: @escaping @Sendable (String) -> String = { $0 },
        tbxPackTags: Set<String> = []
    ) throws(GlossaryError) -> Glossary {
        // An input even when its format is refused: a failed run's report may not replace it.
        FilesRead.note(path: path)
        // Opened first: a folder or a missing file is said as such, not as an unknown format.
        let source: ByteSource
        do {
            source = try ByteSource.file(path)
        } catch {
            throw .input(error)
        }
        let format = try GlossaryFormat(path: path)
        let glossary = try format.read(
            source,
            options: GlossaryFormat.Options(
                tbxTarget: tbxTarget, tbxLanguage: tbxLanguage, tbxPackTags: tbxPackTags))
        // TSV and CSV rows are checked as they are read; this covers TBX and OmegaT too.
        func refuse(_ entry: GlossaryEntry, _ message: String) -> GlossaryError {
            .malformed(
                file: path, position: SourcePosition(line: entry.line, column: 1), message: message)
        }
        // TSV rows are checked as they are read; CSV, TBX and OmegaT rows here.
        if let entry = glossary.entries.first(where: {
            !$0.source.hasVisibleContent || !$0.target.hasVisibleContent
        }) {
            throw refuse(
                entry,
                "entry '\(entry.id)' has an empty source or target (blank, or invisible "
                    + "characters only), which no text can hold; fill it in or remove the row")
        }
        if let entry = glossary.entries.first(where: \.hasOverlongTerm) {
            throw refuse(entry, GlossaryTSV.overlongTermMessage(entry.id))
        }
        // TSV and CSV split variant lists at `|`: only TBX can bring one inside a variant.
        if let entry = glossary.entries.first(where: \.hasSeparatorInVariant) {
            throw refuse(
                entry,
                "entry '\(entry.id)' has a variant holding '|', which glossaries use to "
                    + "separate variants (a TSV or CSV copy would read it as two); write it "
                    + "without '|' or make it a term of its own")
        }
        var total = 0
        for entry in glossary.entries {
            for term in [entry.source, entry.target] + entry.variants + entry.sourceVariants {
                total += term.unicodeScalars.count
            }
            guard total <= InputLimits.glossaryTermCharacters else {
                throw refuse(
                    entry,
                    "the terms up to here hold more than \(InputLimits.glossaryTermCharacters) "
                        + "characters, more than a glossary's matchers can hold in memory; split "
                        + "the glossary or keep terms to words and phrases")
            }
        }
        return glossary
    }
}
