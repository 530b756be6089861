import Foundation

/// Glossary files in any supported format, chosen by extension: `.tsv`, `.tbx`, `.csv`, and
/// OmegaT's `.utf8`/`.tab`.
public enum GlossaryFile {
    /// The formats.
    public enum Format: String, Sendable {
        case tsv
        case tbx
        case csv
        /// OmegaT's tab-separated glossary (source, target, comment).
        case omegat

        /// The format of `path`, from its extension.
        public init(path: String) throws(GlossaryError) {
            switch (path as NSString).pathExtension.lowercased() {
            case "tsv", "txt": self = .tsv
            case "tbx": self = .tbx
            case "csv": self = .csv
            case "utf8", "tab": self = .omegat
            default: throw .unknownFormat(file: path)
            }
        }
    }

    /// Reads a glossary; TSV files must have no error-level problems. `tbxTarget` picks the
    /// target language of a TBX file holding several (by default the first).
    public static func read(_ path: String, tbxTarget: String? = nil) throws(GlossaryError)
        -> Glossary
    {
        let glossary = try readAnyLength(path, tbxTarget: tbxTarget)
        // TSV and CSV rows are checked as they are read; this covers TBX and OmegaT too.
        if let entry = glossary.entries.first(where: \.hasOverlongTerm) {
            throw .malformed(
                file: path, position: SourcePosition(line: entry.line, column: 1),
                message: GlossaryTSV.overlongTermMessage(entry.id))
        }
        var total = 0
        for entry in glossary.entries {
            for term in [entry.source, entry.target] + entry.variants + entry.sourceVariants {
                total += term.unicodeScalars.count
            }
            guard total <= InputLimits.glossaryTermCharacters else {
                throw .malformed(
                    file: path, position: SourcePosition(line: entry.line, column: 1),
                    message:
                        "the terms up to here hold more than \(InputLimits.glossaryTermCharacters) "
                        + "characters, more than a glossary's matchers can hold in memory; split "
                        + "the glossary or keep terms to words and phrases")
            }
        }
        return glossary
    }

    private static func readAnyLength(_ path: String, tbxTarget: String?) throws(GlossaryError)
        -> Glossary
    {
        switch try Format(path: path) {
        case .tsv: return try GlossaryTSV.parse(try text(of: path), file: path)
        case .csv: return try GlossaryCSV.read(try text(of: path), file: path)
        case .tbx:
            // The bytes go straight into the parser's Data: one copy of the file at a time.
            let data: Data
            do {
                data = Data(try ByteSource.file(path).readAllXML())
            } catch {
                throw .input(error)
            }
            return try TBX.read(data, file: path, target: tbxTarget)
        case .omegat: return try GlossaryOmegaT.read(try text(of: path), file: path)
        }
    }

    /// The text of the file at `path`, checked (UTF-8, no NUL, within the limits).
    private static func text(of path: String) throws(GlossaryError) -> String {
        do {
            return String(decoding: try ByteSource.file(path).readAllCheckedBytes(), as: UTF8.self)
        } catch {
            throw .input(error)
        }
    }

    /// The glossary in `format`.
    public static func text(_ glossary: Glossary, format: Format, tbxVersion: TBX.Version = .v2)
        -> String
    {
        switch format {
        case .tsv: GlossaryTSV.write(glossary)
        case .csv: GlossaryCSV.write(glossary)
        case .tbx: TBX.write(glossary, version: tbxVersion)
        case .omegat: GlossaryOmegaT.write(glossary)
        }
    }
}
