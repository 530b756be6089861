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

    /// Reads a glossary; TSV files must have no error-level problems.
    public static func read(_ path: String) throws(GlossaryError) -> Glossary {
        let format = try Format(path: path)
        let bytes: [UInt8]
        do {
            let source = try ByteSource.file(path)
            bytes = format == .tbx ? try source.readAllXML() : try source.readAllCheckedBytes()
        } catch {
            throw .input(error)
        }
        switch format {
        case .tsv: return try GlossaryTSV.parse(String(decoding: bytes, as: UTF8.self), file: path)
        case .csv: return try GlossaryCSV.read(String(decoding: bytes, as: UTF8.self), file: path)
        case .tbx: return try TBX.read(Data(bytes), file: path)
        case .omegat:
            return try GlossaryOmegaT.read(String(decoding: bytes, as: UTF8.self), file: path)
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
