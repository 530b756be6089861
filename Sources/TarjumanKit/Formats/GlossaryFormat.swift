public import Foundation

/// A file format glossaries are read from and written to, named by a file's extension.
///
/// Each format is declared beside its reader and writer (`GlossaryTSV.swift`, `TBX.swift`,
/// …) as a `static let`; adding one is that file plus its name in ``all``.
public struct GlossaryFormat: Sendable, Equatable, CustomStringConvertible {
    /// The format's name (`tsv`, `tbx`, `csv`, `omegat`).
    public let name: String
    /// The file extensions that name it: lowercase, without the dot.
    public let extensions: [String]
    /// Whether a file of this format keeps every row; `false` for one that keeps only the
    /// accepted renderings (an OmegaT glossary offers every line as a suggestion).
    public let keepsEveryRow: Bool
    /// Reads the glossary from a file, a pipe or standard input.
    private let reader:
        @Sendable (_ source: ByteSource, _ options: Options) throws(GlossaryError) -> Glossary
    /// The glossary as text of this format.
    private let writer: @Sendable (_ glossary: Glossary, _ options: Options) -> String

    /// What a reader or writer may need besides the glossary.
    public struct Options: Sendable {
        /// Which target language to read from a TBX file holding several (by default the
        /// first).
        public var tbxTarget: String?
        /// The TBX layout to write.
        public var tbxVersion: TBX.Version
        /// The tag a TBX language tag stands for (a locale pack's tag for its aliases: `bcc`
        /// is `bal-Arab-PK`), else the tag as written.
        public var tbxLanguage: @Sendable (String) -> String
        /// The tags of the locale packs, each one language of its own in a TBX: terms of
        /// `bal-Arab-IR` are never read as `bal-Arab-PK` ones, though the tags share subtags.
        public var tbxPackTags: Set<String>

        /// Options with the given values.
        public init(
            tbxTarget: String? = nil, tbxVersion: TBX.Version = .v2,
            tbxLanguage: @escaping @Sendable (String) -> String = { $0 },
            tbxPackTags: Set<String> = []
        ) {
            self.tbxTarget = tbxTarget
            self.tbxVersion = tbxVersion
            self.tbxLanguage = tbxLanguage
            self.tbxPackTags = tbxPackTags
        }
    }

    init(
        name: String, extensions: [String], keepsEveryRow: Bool = true,
        read: @escaping @Sendable (ByteSource, Options) throws(GlossaryError) -> Glossary,
        write: @escaping @Sendable (Glossary, Options) -> String
    ) {
        self.name = name
        self.extensions = extensions
        self.keepsEveryRow = keepsEveryRow
        self.reader = read
        self.writer = write
    }

    /// Every format, in the order `glossary convert` lists them.
    public static let all: [GlossaryFormat] = [.tsv, .tbx, .csv, .omegat]

    /// The format of `path`, from its extension.
    public init(path: String) throws(GlossaryError) {
        let found = (path as NSString).pathExtension.lowercased()
        guard let format = Self.all.first(where: { $0.extensions.contains(found) }) else {
            throw .unknownFormat(file: path)
        }
        self = format
    }

    /// Reads the glossary in `source`.
    public func read(_ source: ByteSource, options: Options = Options()) throws(GlossaryError)
        -> Glossary
    {
        try reader(source, options)
    }

    /// The text of `source`, checked (UTF-8, no NUL, within the limits): what a text format
    /// reads.
    static func text(of source: ByteSource) throws(GlossaryError) -> String {
        do {
            return String(decoding: try source.readAllCheckedBytes(), as: UTF8.self)
        } catch {
            throw .input(error)
        }
    }

    /// The glossary as text of this format.
    public func text(_ glossary: Glossary, options: Options = Options()) -> String {
        writer(glossary, options)
    }

    /// The format's name.
    public var description: String { name }

    /// Formats are the same when their names are.
    public static func == (lhs: GlossaryFormat, rhs: GlossaryFormat) -> Bool {
        lhs.name == rhs.name
    }
}
