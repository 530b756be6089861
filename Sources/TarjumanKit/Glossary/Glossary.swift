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
    /// Concepts of the file read that gave no row: a TBX entry with no term in the target
    /// language (so the reader can say what was left out).
    public var conceptsWithoutTarget = 0
    /// Rows of the file read given another id than the file's (a TBX entry whose id an
    /// earlier entry has, read as `ID.2`…): the line of each and the id it got.
    public var renamedOnReading: [RenamedRow] = []

    /// A row read under another id than its file gave it.
    public struct RenamedRow: Sendable, Equatable {
        /// The row's line in the file read.
        public let line: Int
        /// The id the file gave it.
        public let id: String
        /// The id it was read under.
        public let newID: String
    }

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

    /// The rows of each concept, by concept id, in file order: built once for lookups by id
    /// (filtering all rows for each term found made `terms` quadratic: 17 s for 1,300 terms
    /// against 100,000 rows).
    public func rowsByConcept() -> [String: [GlossaryEntry]] {
        Dictionary(grouping: entries, by: \.id)
    }

    /// The language pair a file name states: the last language tag and the one before it,
    /// after any prefix: `en-ur.tsv`, `en-bal-Arab-PK.tsv`, `x.en-ur.tsv`, `my-en-ur.tsv`,
    /// `ur-bal-Arab-PK.tbx` → (`ur`, `bal-Arab-PK`). A language subtag is 2–3 lowercase
    /// letters; a script (4 letters) and a region (2 letters or 3 digits) may follow the
    /// target's. A part in capitals is read in the tags' usual case (`EN-UR` → `en`, `ur`;
    /// `EN-BAL-ARAB-PK` → `en`, `bal-Arab-PK`). `nil` when the name states no pair.
    public static func languagePair(fromFileName name: String) -> (source: String, target: String)?
    {
        var base = name.split(separator: "/").last.map(String.init) ?? name
        if let dot = base.lastIndex(of: ".") { base = String(base[..<dot]) }
        // The pair may sit in any dot- or space-separated part: `x.en-ur`, `en-ur.v2`,
        // `en-ur (1)`; the last part that states one wins.
        for part in base.split(whereSeparator: { $0 == "." || $0 == " " }).reversed() {
            if let pair = pair(in: String(part)) { return pair }
        }
        return nil
    }

    /// The pair stated by one part of a file name (`my-en-ur`, `en-bal-Arab-PK`), in any
    /// letter case: tags are case-insensitive, so a name in mixed case (`en-UR`,
    /// `en-Bal-Arab-PK`) is read as in capitals (pass 37: convert wrote such a file, and lint
    /// then found no languages in its name).
    private static func pair(in base: String) -> (source: String, target: String)? {
        if let pair = parsedPair(base) { return pair }
        let mixed = base.contains(where: \.isLowercase) && base.contains(where: \.isUppercase)
        return mixed ? parsedPair(base.uppercased()) : nil
    }

    /// ``pair(in:)`` for a name in its usual case or in capitals.
    private static func parsedPair(_ base: String) -> (source: String, target: String)? {
        var subtags = base.split(separator: "-").map(String.init)
        // A name in capitals (`EN-UR.tsv`, as some systems save names): tags are read in
        // their usual case, a script after a language and a region after a script.
        if !base.contains(where: \.isLowercase) {
            subtags = subtags.indices.map { index in
                let tag = subtags[index]
                if tag.count == 4 { return tag.prefix(1) + tag.dropFirst().lowercased() }
                if tag.count == 2 && index > 0 && subtags[index - 1].count == 4 { return tag }
                return tag.lowercased()
            }
        }
        let isLanguage = { (tag: String) in
            (2...3).contains(tag.count) && tag.allSatisfy { $0.isASCII && $0.isLowercase }
        }
        let isScript = { (tag: String) in
            tag.count == 4 && tag.first?.isUppercase == true && tag.allSatisfy(\.isLetter)
        }
        let isRegion = { (tag: String) in
            (tag.count == 2 && tag.allSatisfy { $0.isASCII && $0.isUppercase })
                || (tag.count == 3 && tag.allSatisfy(\.isNumber))
        }
        guard let target = subtags.lastIndex(where: isLanguage), target > 0 else { return nil }
        // The source: a language, then perhaps a script and a region (`bal-Arab-PK-ur`).
        var source = target - 1
        if source > 0 && isRegion(subtags[source]) { source -= 1 }
        if source > 0 && isScript(subtags[source]) { source -= 1 }
        guard isLanguage(subtags[source]) else { return nil }
        // The target's script and region, as many as its subtags give; a word after them
        // is the file's own (`en-ur-v2`, `en-bal-Arab-PK-final`: pass 48, check took such a
        // glossary for any pair while lint found no languages in its name).
        let rest = Array(subtags[(target + 1)...])
        var taken = 0
        if taken < rest.count && isScript(rest[taken]) { taken += 1 }
        if taken < rest.count && isRegion(rest[taken]) { taken += 1 }
        // The file's own words hold a digit or five letters or more (a stray `q` is none).
        guard rest.dropFirst(taken).allSatisfy({ $0.count >= 5 || $0.contains(where: \.isNumber) })
        else { return nil }
        return (
            subtags[source..<target].joined(separator: "-"),
            subtags[target...(target + taken)].joined(separator: "-")
        )
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
            let names = GlossaryFormat.all.map { format in
                format.extensions.map { "." + $0 }.joined(separator: " or ") + " (\(format.name))"
            }
            // Standard input and pipes have no name to tell the format and the languages
            // (`en-ur.tsv`) by (pass 43).
            let unnamed =
                file == "-" || file.hasPrefix("/dev/fd/") || file.hasPrefix("/proc/")
                ? "; a glossary is read from a file whose name gives its format and languages "
                    + "(x.en-ur.tsv): save standard input or a pipe to such a file first" : ""
            return "\(file): error: unknown glossary format; name the file "
                + names.joined(separator: ", ") + unnamed
        case .unsafeXML(let file, let position, let message):
            return "\(file):\(position): error: \(message)"
        }
    }
}
