/// One row of a glossary: a source term and one rendering of it in the target language.
///
/// Several rows may share an `id` (one concept) to list a preferred rendering next to
/// admitted, deprecated and forbidden ones.
public struct GlossaryEntry: Sendable, Equatable {
    /// The concept id, shared by rows of the same concept.
    public var id: String
    /// The source-language term (e.g. English, or Urdu in an Urdu → Balochi glossary).
    public var source: String
    /// The target-language rendering.
    public var target: String
    /// Part of speech (`noun`, `verb`, `adj`, `adv`, `propn`, `phrase`…), may be empty.
    public var partOfSpeech: String
    /// Whether the rendering is to be used.
    public var status: TermStatus
    /// Extra target forms (inflected or spelling variants, broken plurals) to recognise.
    public var variants: [String]
    /// Extra source forms (spelling variants such as "mobilization").
    public var sourceVariants: [String]
    /// Whether the source must match with its exact letter case (acronyms such as CPEC).
    public var caseSensitive: Bool
    /// How source words may inflect when matching.
    public var match: MatchMode
    /// Free notes for translators (how sure the rendering is, usage).
    public var note: String
    /// Where the rendering comes from.
    public var sourceReference: String
    /// The 1-based line of the row in its file (0 when not read from a file).
    public var line: Int

    /// Whether a term or variant is longer than ``InputLimits/termCharacters``.
    public var hasOverlongTerm: Bool {
        ([source, target] + variants + sourceVariants).contains {
            $0.unicodeScalars.count > InputLimits.termCharacters
        }
    }

    /// Whether a variant holds `|`, which separates variants in every glossary text format
    /// (a TSV or CSV file would read it back as two variants).
    public var hasSeparatorInVariant: Bool {
        // By scalar: a bar a mark follows is one Character with it (pass 20).
        (variants + sourceVariants).contains { $0.unicodeScalars.contains("|") }
    }

    /// Creates an entry.
    public init(
        id: String, source: String, target: String, partOfSpeech: String = "",
        status: TermStatus = .preferred, variants: [String] = [], sourceVariants: [String] = [],
        caseSensitive: Bool = false, match: MatchMode = .inflected, note: String = "",
        sourceReference: String = "", line: Int = 0
    ) {
        self.id = id
        self.source = source
        self.target = target
        self.partOfSpeech = partOfSpeech
        self.status = status
        self.variants = variants
        self.sourceVariants = sourceVariants
        self.caseSensitive = caseSensitive
        self.match = match
        self.note = note
        self.sourceReference = sourceReference
        self.line = line
    }

    /// Every form of the row on one side: the term and its variants.
    public func forms(on side: GlossarySide) -> [String] {
        side == .source ? [source] + sourceVariants : [target] + variants
    }

    /// Whether the row is a noun or a proper noun (`noun`, `propn`, TBX `properNoun`), whose
    /// English forms are plurals and possessives, never a verb's -ed or -ing.
    public var isNoun: Bool {
        let pos = partOfSpeech.lowercased()
        return pos == "noun" || pos == "propn" || pos.hasPrefix("proper")
    }
}

/// Whether a rendering is to be used (TBX `administrativeStatus`).
public enum TermStatus: String, Sendable, CaseIterable, Codable {
    /// The rendering to use.
    case preferred
    /// Acceptable.
    case admitted
    /// Still met but to be replaced.
    case deprecated
    /// Wrong: never use.
    case forbidden

    /// Whether a translation may use the rendering.
    public var isAccepted: Bool { self == .preferred || self == .admitted }
}

/// How the words of a source term may vary in running text.
public enum MatchMode: String, Sendable, CaseIterable, Codable {
    /// Only the term as written (letter case aside, unless case-sensitive).
    case exact
    /// Inflections: plurals, -ed, -ing, possessives (Porter2's inflectional steps).
    case inflected
    /// Any word with the same Porter2 stem (mobilise, mobilised, mobilisation).
    case stem
}
