public import Foundation

/// The files a translator fills in: XLIFF 2.0 for CAT tools, a TSV worksheet for
/// spreadsheets, Markdown for plain editors.
public enum WorksheetFormat: String, Sendable, CaseIterable {
    /// XLIFF 2.0 (`.xlf`).
    case xliff
    /// Tab-separated worksheet (`.tsv`).
    case tsv
    /// Markdown worksheet (`.md`).
    case md

    /// The format a file name implies (`.xlf`/`.xliff`, `.tsv`, `.md`/`.markdown`).
    public init(path: String) throws(ExchangeError) {
        switch (path as NSString).pathExtension.lowercased() {
        case "xlf", "xliff": self = .xliff
        case "tsv": self = .tsv
        case "md", "markdown": self = .md
        default: throw .unknownFormat(file: path)
        }
    }

    /// The usual file extension.
    public var fileExtension: String { self == .xliff ? "xlf" : rawValue }

    /// The file for `job`; directions are the packs' writing directions (XLIFF only) and
    /// `glossaryName` is recorded as the source of the terms (XLIFF only).
    public func document(
        _ job: TranslationJob, sourceDirection: TextDirection = .ltr,
        targetDirection: TextDirection = .ltr, glossaryName: String? = nil
    ) -> String {
        switch self {
        case .xliff:
            XLIFF.document(
                job, sourceDirection: sourceDirection, targetDirection: targetDirection,
                glossaryName: glossaryName)
        case .tsv: WorksheetTSV.document(job)
        case .md: WorksheetMarkdown.document(job)
        }
    }

    /// Reads a filled file of this format.
    public func read(_ source: ByteSource) throws(ExchangeError) -> TranslationJob {
        if self == .xliff {
            // The bytes go straight into the parser's Data: one copy of the file at a time.
            let data: Data
            do {
                data = Data(try source.readAllXML())
            } catch {
                throw .input(error)
            }
            return try XLIFF.read(data, file: source.name)
        }
        let bytes: [UInt8]
        do {
            bytes = try source.readAllCheckedBytes()
        } catch {
            throw .input(error)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return self == .tsv
            ? try WorksheetTSV.read(text, file: source.name)
            : try WorksheetMarkdown.read(text, file: source.name)
    }
}
