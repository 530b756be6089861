/// A format a command writes, known by the extensions of the files it goes into, so that a
/// command can write the format its `-o` file is named for and refuse a `--format` the
/// name contradicts (pass 43: `align -o memory.tmx` wrote TSV into it, exit 0).
public protocol NamedByExtension: CaseIterable, RawRepresentable<String> {
    /// The extensions of files in this format, lower case and without the dot.
    var fileExtensions: [String] { get }
}

extension NamedByExtension {
    /// The format whose extension ends `path` (in any letter case), or nil.
    public init?(extensionOf path: String) {
        let suffix = OutputExtension.of(path)
        guard let format = Self.allCases.first(where: { $0.fileExtensions.contains(suffix) }) else {
            return nil
        }
        self = format
    }

    /// The format to write: `option` (`--format`), else the one `output` (`-o`) is named
    /// for, else `fallback`. Nil when `option` and the name disagree, or when the name is
    /// one of another command's formats (`segment -o memory.tmx`: text in a `.tmx` file).
    public static func chosen(_ option: Self?, output: String?, fallback: Self) -> Self? {
        let named = output.flatMap(Self.init(extensionOf:))
        if named == nil, let output, OutputExtension.foreign(output, own: []) != nil {
            return nil
        }
        guard let option else { return named ?? fallback }
        return named.map { $0 == option ? option : nil } ?? option
    }
}

/// The extensions of the files Tarjuman's reporting commands write.
public enum OutputExtension {
    /// Every extension that names a format of `segment`, `terms`, `align`, `check` or
    /// `glossary lint`, a job or worksheet (`.xlf`, `.md`) or a glossary (`.tbx`, `.csv`),
    /// but `.xml` and `.txt`: TMX is XML too (pass 47: `align --format tmx -o corpus.xml` was
    /// refused), and `.txt` names any text. (Pass 51: `segment -o x.md` wrote lines into a
    /// Markdown name, `prepare -o x.csv` XLIFF into a CSV one.)
    public static let written: Set<String> = {
        let reports: [String] =
            AlignmentFormat.allCases.flatMap(\.fileExtensions)
            + SegmentFormat.allCases.flatMap(\.fileExtensions)
            + FindingFormat.allCases.flatMap(\.fileExtensions)
        let documents: [String] =
            WorksheetFormat.all.flatMap(\.extensions) + GlossaryFormat.all.flatMap(\.extensions)
        return Set(reports + documents).subtracting(["xml", "txt"])
    }()

    /// The extension of `path` when it names a file Tarjuman writes that is none of `own`
    /// (`segment -o memory.tmx`, `prepare -o report.json`), else nil.
    public static func foreign(_ path: String, own: Set<String>) -> String? {
        let named = of(path)
        return written.contains(named) && !own.contains(named) ? named : nil
    }

    /// Refuses, for a command that writes a document's text (`normalize`, `merge`), an
    /// `output` named for a file Tarjuman writes in a format (`out.xlf`, `out.tmx`,
    /// `out.csv`): later commands would read the text as that format (pass 52). Markdown
    /// is a document's name too. Returns the message, or nil when the name is fine.
    public static func misnamedText(_ output: String, command: String) -> String? {
        guard let named = foreign(output, own: ["md", "markdown"]) else { return nil }
        return "\(output): \(command) writes text, no .\(named) files; name the file .txt "
            + "(or .md)"
    }

    /// The extension of the file `path` names, lower case and without the dot; empty when
    /// it has none (a dot that starts the name, `.hidden`, is none).
    public static func of(_ path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}

extension AlignmentFormat: NamedByExtension {
    /// `tsv`, `jsonl`, `tmx`.
    public var fileExtensions: [String] { [rawValue] }
}

/// Plain text has no extension of its own here: `.txt` names any text (GitHub annotations
/// in `report.txt` are as fitting as plain lines).
extension SegmentFormat: NamedByExtension {
    /// `tsv`, `jsonl`.
    public var fileExtensions: [String] { self == .text ? [] : [rawValue] }
}

extension FindingFormat: NamedByExtension {
    /// `json`, `xml` for JUnit, `sarif`, `html`/`htm`; text and GitHub annotations have
    /// none.
    public var fileExtensions: [String] {
        switch self {
        case .text: []
        case .json: ["json"]
        case .junit: ["xml"]
        case .sarif: ["sarif"]
        case .github: []
        case .html: ["html", "htm"]
        }
    }
}
