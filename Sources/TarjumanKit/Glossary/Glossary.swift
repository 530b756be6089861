/// A termbase for one language pair, e.g. English → Urdu.
public struct Glossary: Sendable, Equatable {
    /// The source language tag (`en`).
    public var sourceLanguage: String
    /// The target language tag (`ur`, `bal-Arab-PK`…).
    public var targetLanguage: String
    /// The rows, in file order.
    public var entries: [GlossaryEntry]
    /// Comment lines (`# …`) kept from the file head, such as a draft notice.
    public var comments: [String]

    /// Creates a glossary.
    public init(
        sourceLanguage: String, targetLanguage: String, entries: [GlossaryEntry],
        comments: [String] = []
    ) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.entries = entries
        self.comments = comments
    }

    /// The language pair in a glossary file name: `en-bal-Arab-PK.tsv` → (`en`,
    /// `bal-Arab-PK`); `nil` when the name has no pair.
    public static func languagePair(fromFileName name: String) -> (source: String, target: String)?
    {
        var base = name.split(separator: "/").last.map(String.init) ?? name
        if let dot = base.lastIndex(of: ".") { base = String(base[..<dot]) }
        let parts = base.split(separator: "-", maxSplits: 1)
        guard parts.count == 2, parts[0].count >= 2, parts[0].count <= 3 else { return nil }
        return (String(parts[0]), String(parts[1]))
    }
}

/// Why a glossary could not be read or written.
public enum GlossaryError: Error, Equatable, CustomStringConvertible {
    /// The file could not be read.
    case input(InputError)
    /// The file's content is malformed at a place.
    case malformed(file: String, position: SourcePosition, message: String)
    /// The file format is not known from the extension.
    case unknownFormat(file: String)
    /// The XML is refused (DOCTYPE, entities) or broken.
    case unsafeXML(file: String, position: SourcePosition, message: String)

    /// A message for people: what is wrong, where, and what to do.
    public var description: String {
        switch self {
        case .input(let error):
            return error.description
        case .malformed(let file, let position, let message):
            return "\(file):\(position): error: \(message)"
        case .unknownFormat(let file):
            return "\(file): error: unknown glossary format; use .tsv, .tbx, .csv or .utf8 (OmegaT)"
        case .unsafeXML(let file, let position, let message):
            return "\(file):\(position): error: \(message)"
        }
    }
}
