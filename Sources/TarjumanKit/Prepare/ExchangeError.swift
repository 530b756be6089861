/// A file for or from a translator that Tarjuman cannot use: what is wrong, where, and
/// what to do.
public enum ExchangeError: Error, Equatable, CustomStringConvertible {
    /// The file could not be read.
    case input(InputError)
    /// The content is wrong at a place (broken XML, a row without an id, an unknown state).
    case malformed(file: String, position: SourcePosition, message: String)
    /// The file's format is not known from its extension.
    case unknownFormat(file: String)
    /// The file's name tells no format and its opening is XML whose root element lies past
    /// the `bytes` read to find it.
    case rootBeyondOpening(file: String, bytes: Int)
    /// The file's name says one format and its opening, without doubt, another (a TSV
    /// worksheet saved as `job.xlf`).
    case misnamed(file: String, named: String, holds: String, rename: String)
    /// The source document has nothing to translate.
    case emptySource(file: String)
    /// ICU failed (an internal error).
    case icu(ICUError)
    /// The translation memory store could not be read.
    case memory(MemoryError)
    /// `SOURCE_DATE_EPOCH` is set to something that is not a date TMX can carry.
    case sourceDateEpoch(String)
    /// A prepared file would be larger than Tarjuman reads back in its format, so that it
    /// could be translated but never merged.
    case jobTooLarge(format: String, bytes: Int, limit: Int)

    /// A message for people.
    public var description: String {
        switch self {
        case .input(let error):
            return error.description
        case .malformed(let file, let position, let message):
            return "\(file):\(position): error: \(message)"
        case .unknownFormat(let file) where file == "-":
            // Standard input has no name to change (pass 29).
            return
                "<stdin>: error: unknown format: standard input opens with none of an <xliff> "
                + "root, the '# Tarjuman worksheet:' line or the '<!-- tarjuman worksheet' "
                + "comment; save it under a name ending .xlf (XLIFF 2.0), .tsv (worksheet) or "
                + ".md (Markdown) and merge that"
        case .unknownFormat(let file):
            return
                "\(file): error: unknown format; use .xlf (XLIFF 2.0), .tsv (worksheet) or .md (Markdown)"
        case .rootBeyondOpening(let file, let bytes):
            return
                "\(file): error: unknown format: its name tells none and its first \(bytes >> 10) KB, where Tarjuman looks for the root element, hold none; name it .xlf (XLIFF 2.0), .tsv (worksheet) or .md (Markdown)"
        case .misnamed(let file, let named, let holds, let rename):
            let kinds = [
                "xliff": "an XLIFF job", "tsv": "a TSV worksheet", "md": "a Markdown worksheet",
            ]
            return "\(file): error: the name says \(kinds[named] ?? named), but the file holds "
                + "\(kinds[holds] ?? holds); rename it \(rename)"
        case .emptySource(let file):
            return "\(file): error: the document has no text to translate"
        case .icu(let error):
            return "internal error: \(error)"
        case .memory(let error):
            return error.description
        case .jobTooLarge(let format, let bytes, let limit):
            let megabytes = (bytes + (1 << 20) - 1) >> 20
            return
                "error: the \(format) file would be about \(megabytes) MB once translated, more than the "
                + "\(limit >> 20) MB Tarjuman reads back to merge, so it could never be merged; "
                + "nothing written. Split the source into smaller documents, or prepare a TSV "
                + "worksheet (--format tsv, read up to \(InputLimits.documentBytes >> 20) MB)"
        case .sourceDateEpoch(let value):
            return
                "error: SOURCE_DATE_EPOCH is '\(value.shownInMessage)'; it must be a whole number of seconds "
                + "since 1970-01-01 UTC, from 0 to \(TMX.latestEpoch) (the last second of 9999), "
                + "or unset"
        }
    }
}
