/// The source sentences around a sentence in its document (empty at its start or end).
public struct SentenceContext: Sendable, Equatable {
    /// The sentence before.
    public var previous: String
    /// The sentence after.
    public var next: String

    /// A context.
    public init(previous: String, next: String) {
        self.previous = previous
        self.next = next
    }
}

/// A source sentence and its translation, as a translation memory holds them.
public struct TranslationPair: Sendable, Equatable {
    /// The source sentence.
    public var source: String
    /// Its translation.
    public var target: String
    /// When it was made, as the memory says (TMX `creationdate`), or empty.
    public var created: String
    /// Who made it (TMX `creationid`), or empty.
    public var creator: String
    /// Where it came from, as a memory Tarjuman exported says (`<prop type="x-origin">`), or
    /// empty.
    public var origin: String
    /// The source sentences before and after it in its document, as a Tarjuman TMX states
    /// them (`<prop type="x-context-pre">`, `x-context-post`; empty at the document's start
    /// or end), or nil when unknown: a memory's order is no document order.
    public var context: SentenceContext?
    /// The penalty of its origin, as a memory Tarjuman exported states it (`<prop
    /// type="x-penalty">`, 0–100), or nil.
    public var penalty: Int?

    /// Whether a memory keeps the pair: a source with a word or number and a translation
    /// that shows something (``MemoryUnit/isStorable``).
    public var isStorable: Bool {
        MemoryUnit(source: source, target: target, origin: "").isStorable
    }

    /// Creates a pair.
    public init(
        source: String, target: String, created: String = "", creator: String = "",
        origin: String = "", context: SentenceContext? = nil, penalty: Int? = nil
    ) {
        self.source = source
        self.target = target
        self.created = created
        self.creator = creator
        self.origin = origin
        self.context = context
        self.penalty = penalty
    }
}

/// Previous translations looked up by exact source text.
///
/// "Exact" ignores only differences of white space (runs of spaces, tabs, line breaks and
/// no-break spaces count as one space; ends are trimmed) and of Unicode normal form (Swift
/// compares strings by canonical equivalence). When a memory holds the same source twice
/// with different translations, the later one wins, as in the file.
public struct TranslationMemory: Sendable {
    private var targets: [String: String] = [:]

    /// A memory holding `pairs`. A translation is one sentence: a line break in it is a
    /// space, as a memory store keeps it (pass 43: a TMX target holding a blank line gave
    /// the merged document a paragraph of its own).
    public init(pairs: [TranslationPair]) {
        for pair in pairs where !Self.key(pair.target).isEmpty {
            targets[Self.key(pair.source)] = MemoryUnit.oneLine(pair.target)
        }
    }

    /// How many distinct source sentences the memory holds.
    public var count: Int { targets.count }

    /// The translation of `source`, if the memory holds one.
    public func exactMatch(for source: String) -> String? {
        targets[Self.key(source)]
    }

    /// White space collapsed, and without the characters TMX cannot carry (a memory read
    /// from TMX has none of them, a sentence may).
    private static func key(_ text: String) -> String {
        XMLText.carried(text).collapsingWhiteSpace()
    }
}
