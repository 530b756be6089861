public import Foundation

/// A file a translator fills in: XLIFF 2.0 for CAT tools, a TSV worksheet for spreadsheets,
/// Markdown for plain editors.
///
/// Each format is declared beside its writer and reader (`XLIFF.swift`, `WorksheetTSV.swift`,
/// `WorksheetMarkdown.swift`) as a `static let`; adding one is that file plus its name in
/// ``all``.
public struct WorksheetFormat: Sendable, Equatable, CustomStringConvertible {
    /// The format's name, as `--format` takes it (`xliff`, `tsv`, `md`).
    public let name: String
    /// The file extensions that name it, lowercase, without the dot; the first is the usual
    /// one.
    public let extensions: [String]
    /// The largest file of this format Tarjuman reads, in bytes.
    public let readLimit: Int
    private let writer: @Sendable (TranslationJob, DocumentOptions) -> String
    private let reader: @Sendable (ByteSource) throws(ExchangeError) -> TranslationJob

    /// What a writer may record besides the job.
    struct DocumentOptions {
        /// The source pack's writing direction.
        var sourceDirection: TextDirection
        /// The target pack's writing direction.
        var targetDirection: TextDirection
        /// The glossary the terms come from, by file name.
        var glossaryName: String?
    }

    init(
        name: String, extensions: [String], readLimit: Int = InputLimits.documentBytes,
        write: @escaping @Sendable (TranslationJob, DocumentOptions) -> String,
        read: @escaping @Sendable (ByteSource) throws(ExchangeError) -> TranslationJob
    ) {
        self.name = name
        self.extensions = extensions
        self.readLimit = readLimit
        self.writer = write
        self.reader = read
    }

    /// Every format, in the order `prepare --format` lists them.
    public static let all: [WorksheetFormat] = [.xliff, .tsv, .md]

    /// The format named `name` (as `--format` takes it), if there is one.
    public init?(name: String) {
        guard let format = Self.all.first(where: { $0.name == name }) else { return nil }
        self = format
    }

    /// The format a file name implies (`.xlf`/`.xliff`, `.tsv`, `.md`/`.markdown`).
    public init(path: String) throws(ExchangeError) {
        let found = (path as NSString).pathExtension.lowercased()
        guard let format = Self.all.first(where: { $0.extensions.contains(found) }) else {
            throw .unknownFormat(file: path)
        }
        self = format
    }

    /// The format of the filled file at `path`: the one its name implies, else the one its
    /// opening says (`prepare -o job.txt` writes any format under
    /// any name; pass 18 and 19: merge refused it, then read a Markdown worksheet as XML):
    /// XML whose root is `<xliff>` in its first 64 KB, the TSV worksheet's `# Tarjuman
    /// worksheet:` line, the Markdown worksheet's `<!-- tarjuman worksheet` comment. Telling
    /// the format of a pipe or standard input reads its opening, which is then gone: read
    /// such a file with ``readFilled(_:)``.
    public static func of(file path: String) throws(ExchangeError) -> WorksheetFormat {
        if let named = try? WorksheetFormat(path: path) { return named }
        return try opened(path).format
    }

    /// Reads the filled file at `path` (`-` for standard input) in the format ``of(file:)``
    /// finds. The opening of a pipe or of standard input is read once and put back in front
    /// of the rest, so a job can be merged from a pipe.
    public static func readFilled(_ path: String) throws(ExchangeError) -> TranslationJob {
        let (format, source) = try opened(path)
        return try format.read(source)
    }

    /// The format of the filled file at `path`, and the file to read it from.
    private static func opened(_ path: String) throws(ExchangeError) -> (
        format: WorksheetFormat, source: ByteSource
    ) {
        let source: ByteSource
        do {
            // A folder is said as such, as under a known name (pass 20: "unknown format").
            source = try ByteSource.file(path)
        } catch {
            throw .input(error)
        }
        var opening: [UInt8] = []
        do {
            while opening.count < openingBytes, let chunk = try source.next() { opening += chunk }
        } catch {
            throw .input(error)
        }
        let sniffed = Result { () throws(ExchangeError) in
            try Self.format(ofOpening: Data(opening.prefix(openingBytes)), file: path)
        }
        let rest = ByteSource.prefixed(opening, then: source)
        // The name decides, unless the opening says another format for certain (pass 46: a
        // TSV worksheet named .xlf was "malformed XML near here").
        if let named = try? WorksheetFormat(path: path) {
            if case .success(let holds) = sniffed, holds != named {
                throw .misnamed(
                    file: path, named: named.name, holds: holds.name,
                    rename: (path as NSString).deletingPathExtension + "." + holds.extensions[0])
            }
            return (named, rest)
        }
        return (try sniffed.get(), rest)
    }

    /// The format the first ``openingBytes`` of the file `path` say it is in.
    private static func format(ofOpening bytes: Data, file path: String) throws(ExchangeError)
        -> WorksheetFormat
    {
        let text = Self.opening(of: bytes).drop { $0.isWhitespace }
        if text.hasPrefix("<!-- tarjuman worksheet") { return .md }
        // Also as a spreadsheet program saves it, in quotes.
        if text.hasPrefix("# Tarjuman worksheet:") || text.hasPrefix("\"# Tarjuman worksheet:") {
            return .tsv
        }
        // XML whose root is <xliff> (a TMX or any other XML is not a filled file).
        let root = Self.rootElement(of: text)
        if root?.split(separator: ":").last == "xliff" { return .xliff }
        if root == nil, text.hasPrefix("<"), bytes.count == Self.openingBytes {
            // XML whose root lies past what is read (pass 22: said as "unknown format").
            throw .rootBeyondOpening(file: path, bytes: Self.openingBytes)
        }
        throw .unknownFormat(file: path)
    }

    /// The end of the internal subset `text` opens with: just past its `]`, a `]` in a
    /// quoted value, a comment or a processing instruction passed over; nil when the subset does not end in `text`.
    private static func endOfInternalSubset(_ text: Substring) -> Substring.Index? {
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "]" { return text.index(after: index) }
            if character == "\"" || character == "'" {
                guard let close = text[text.index(after: index)...].firstIndex(of: character)
                else { return nil }
                index = close
            } else if text[index...].hasPrefix("<!--") {
                guard let close = text[index...].range(of: "-->") else { return nil }
                index = text.index(before: close.upperBound)
            } else if text[index...].hasPrefix("<?") {
                // A processing instruction may hold `]>` (pass 22: it ended the subset).
                guard let close = text[index...].range(of: "?>") else { return nil }
                index = text.index(before: close.upperBound)
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// `bytes` as text: UTF-8, or UTF-16 after its byte-order mark (XML may be either; a
    /// UTF-16 XLIFF was read under its name but "unknown" under another, pass 21).
    static func opening(of bytes: Data) -> String {
        let bytes = [UInt8](bytes)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            let units = stride(from: 2, to: bytes.count - 1, by: 2).map { index in
                little
                    ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
                    : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
            }
            return String(decoding: units, as: UTF16.self)
        }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        return String(decoding: bytes[start...], as: UTF8.self)
    }

    /// How much of a file's opening is read to tell its format: room for a long comment
    /// before an XML root (pass 20: a licence comment of over a kilobyte hid `<xliff`).
    static let openingBytes = 65_536

    /// The name of the root element of the XML `text` opens with: past the declaration,
    /// processing instructions, comments and a document type declaration; nil when `text`
    /// is no XML or its root is not in it.
    static func rootElement(of text: Substring) -> Substring? {
        var rest = text
        while true {
            rest = rest.drop { $0.isWhitespace }
            guard rest.hasPrefix("<") else { return nil }
            let skipped: Substring.Index?
            if rest.hasPrefix("<?") {
                skipped = rest.range(of: "?>")?.upperBound
            } else if rest.hasPrefix("<!--") {
                skipped = rest.range(of: "-->")?.upperBound
            } else if rest.hasPrefix("<!") {
                // A document type declaration; with an internal subset, past its `]>`.
                let end = rest.firstIndex { $0 == ">" || $0 == "[" }
                if let end, rest[end] == "[" {
                    skipped = Self.endOfInternalSubset(rest[rest.index(after: end)...])
                        .flatMap { rest[$0...].firstIndex(of: ">") }
                        .map { rest.index(after: $0) }
                } else {
                    skipped = end.map { rest.index(after: $0) }
                }
            } else {
                let name = rest.dropFirst().prefix {
                    !$0.isWhitespace && $0 != ">" && $0 != "/"
                }
                return name.isEmpty ? nil : name
            }
            guard let skipped else { return nil }
            rest = rest[skipped...]
        }
    }

    /// The usual file extension.
    public var fileExtension: String { extensions[0] }

    /// The format's name.
    public var description: String { name }

    /// The file for `job`; directions are the packs' writing directions and `glossaryName`
    /// is recorded as the source of the terms (XLIFF records both; worksheets neither).
    public func document(
        _ job: TranslationJob, sourceDirection: TextDirection = .ltr,
        targetDirection: TextDirection = .ltr, glossaryName: String? = nil
    ) -> String {
        writer(
            job,
            DocumentOptions(
                sourceDirection: sourceDirection, targetDirection: targetDirection,
                glossaryName: glossaryName))
    }

    /// `document`, the file for `job`, if this format's reader takes it back once translated,
    /// else an error: a prepared file that could be translated but never merged is not
    /// written. Each sentence still to translate is given room for a translation of twice its
    /// source's UTF-8 bytes (Urdu runs to 1.0–1.7 times the bytes of its English source on the
    /// 21 TICO-19 dev documents, 1.6 on average; Balochi 1.4 on the sample).
    public func readable(_ document: String, for job: TranslationJob) throws(ExchangeError)
        -> String
    {
        let room = job.segments.reduce(0) { room, segment in
            segment.isTranslated ? room : room + 2 * segment.source.utf8.count
        }
        let bytes = document.utf8.count + room
        guard bytes <= readLimit else {
            throw .jobTooLarge(format: name, bytes: bytes, limit: readLimit)
        }
        return document
    }

    /// Reads a filled file of this format.
    public func read(_ source: ByteSource) throws(ExchangeError) -> TranslationJob {
        try reader(source)
    }

    /// The text of `source`, checked (UTF-8, no NUL, within the limits): what a text format
    /// reads.
    static func text(of source: ByteSource) throws(ExchangeError) -> String {
        do {
            return String(decoding: try source.readAllCheckedBytes(), as: UTF8.self)
        } catch {
            throw .input(error)
        }
    }

    /// Formats are the same when their names are.
    public static func == (lhs: WorksheetFormat, rhs: WorksheetFormat) -> Bool {
        lhs.name == rhs.name
    }
}
