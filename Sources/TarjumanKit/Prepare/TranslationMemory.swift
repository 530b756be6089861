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

    /// Creates a pair.
    public init(
        source: String, target: String, created: String = "", creator: String = "",
        origin: String = ""
    ) {
        self.source = source
        self.target = target
        self.created = created
        self.creator = creator
        self.origin = origin
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

    /// A memory holding `pairs`.
    public init(pairs: [TranslationPair]) {
        for pair in pairs where !Self.key(pair.target).isEmpty {
            targets[Self.key(pair.source)] = pair.target
        }
    }

    /// How many distinct source sentences the memory holds.
    public var count: Int { targets.count }

    /// The translation of `source`, if the memory holds one.
    public func exactMatch(for source: String) -> String? {
        targets[Self.key(source)]
    }

    private static func key(_ text: String) -> String {
        CandidateRanking.collapsedSpace(text)
    }
}
