import Foundation

/// One translation unit of a memory: a source sentence, its translation, and where it came
/// from.
public struct MemoryUnit: Sendable, Equatable {
    /// The source sentence.
    public var source: String
    /// Its translation.
    public var target: String
    /// Where the unit was imported from (a file name, or a name given with `--origin`).
    public var origin: String
    /// When the translation was made or imported (ISO 8601).
    public var created: String
    /// Who made it, when known.
    public var creator: String
    /// The source sentence before it in its document (empty when unknown): an exact match
    /// in the same context scores 101. Stores keep the context's key, not its text, so
    /// units read back from a store have it empty and unknown (``contextKnown``).
    public var previous: String
    /// The source sentence after it.
    public var next: String
    /// Whether `previous` and `next` are known (a filled job's neighbours, a Tarjuman TMX's
    /// context properties). A unit whose context is unknown (a memory from another tool,
    /// whose order is no document's) never scores 101.
    public var contextKnown: Bool

    /// Whether the unit is worth storing: a source with a word or number (what a lookup
    /// can find) and a translation that shows something (not empty, spaces or invisible
    /// characters, which would fill a sentence as "translated" with nothing).
    public var isStorable: Bool {
        source.unicodeScalars.contains {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
        } && target.hasVisibleContent
    }

    /// A unit. A unit is one sentence: a line break inside either side (a hard-wrapped
    /// sentence, a break a translator typed) is a space, as TMX writes it, and a character
    /// XML cannot carry (a control character such as BEL) is left out, as TMX leaves it out,
    /// so that a memory exported and imported again holds the same units (pass 31: a BEL
    /// from a filled worksheet made the re-imported unit a second one).
    public init(
        source: String, target: String, origin: String, created: String = "",
        creator: String = "", previous: String = "", next: String = "", contextKnown: Bool = true
    ) {
        self.source = XMLText.carried(Self.oneLine(source))
        self.target = XMLText.carried(Self.oneLine(target))
        self.origin = origin
        self.created = created
        self.creator = creator
        self.previous = previous
        self.next = next
        self.contextKnown = contextKnown
    }

    /// `text` with each line or page break (LF, CR LF, CR, VT, FF, NEL, U+2028, U+2029) as
    /// one space: the words on either side stay apart.
    static func oneLine(_ text: String) -> String {
        guard
            text.unicodeScalars.contains(where: {
                (0x0A...0x0D).contains($0.value) || $0.value == 0x85 || $0.value == 0x2028
                    || $0.value == 0x2029
            })
        else { return text }
        var result = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value == 0x0A && previousCR {
                previousCR = false
                continue
            }
            previousCR = value == 0x0D
            let isBreak =
                (0x0A...0x0D).contains(value) || value == 0x85 || value == 0x2028
                || value == 0x2029
            result.append(isBreak ? " " : scalar)
        }
        return String(result)
    }
}

/// A memory unit found for a sentence, with its score as CAT tools show it.
public struct MemoryMatch: Sendable, Equatable {
    /// The unit.
    public let unit: MemoryUnit
    /// 101 for an exact match in the same context, 100 for an exact match, below for a fuzzy
    /// one (token-level edit similarity, in percent, less the memory's penalty).
    public let score: Int
    /// Numbers of the sentence the unit's source lacks, and numbers it has that the sentence
    /// lacks: a fuzzy match whose numbers differ needs them changed in the translation.
    public let numbersDiffer: (missing: [String], extra: [String])

    /// Whether the unit's source is the sentence itself (white space and normal form aside;
    /// see ``CandidateRanking/score(tokens:sentence:source:sameContext:)``).
    public var isExact: Bool { score >= 100 }

    /// A match with its number differences: `numbers` are the sentence's (see
    /// ``numbers(in:)``).
    package init(unit: MemoryUnit, score: Int, sentenceNumbers numbers: [String]) {
        self.unit = unit
        self.score = score
        let theirs = AnchorExtractor.numbers(in: unit.source)
        numbersDiffer = (
            numbers.filter { !theirs.contains($0) }, theirs.filter { !numbers.contains($0) }
        )
    }

    /// The numbers to change when taking the match, for people: `numbers: only the sentence
    /// has 2024; only the match has 2023` (a side with none left out); `nil` when they agree.
    public var numberDifference: String? {
        var parts: [String] = []
        if !numbersDiffer.missing.isEmpty {
            parts.append("only the sentence has \(numbersDiffer.missing.joined(separator: ", "))")
        }
        if !numbersDiffer.extra.isEmpty {
            parts.append("only the match has \(numbersDiffer.extra.joined(separator: ", "))")
        }
        return parts.isEmpty ? nil : "numbers: " + parts.joined(separator: "; ")
    }

    /// The numbers of a sentence, in any digit script, as matches compare them.
    package static func numbers(in sentence: String) -> [String] {
        AnchorExtractor.numbers(in: sentence)
    }

    /// Same unit, score and number differences.
    public static func == (a: MemoryMatch, b: MemoryMatch) -> Bool {
        a.unit == b.unit && a.score == b.score && a.numbersDiffer.missing == b.numbersDiffer.missing
            && a.numbersDiffer.extra == b.numbersDiffer.extra
    }
}

/// What a memory holds, for `tm stats`.
public struct MemoryStatistics: Sendable, Equatable {
    /// Units in the memory.
    public let units: Int
    /// Units per origin, with the origin's penalty.
    public let origins: [(origin: String, units: Int, penalty: Int)]
    /// The schema version of the store.
    public let schemaVersion: Int

    /// Statistics; the total is the sum over origins.
    package init(origins: [(origin: String, units: Int, penalty: Int)], schemaVersion: Int) {
        units = origins.reduce(0) { $0 + $1.units }
        self.origins = origins
        self.schemaVersion = schemaVersion
    }

    /// Same counts, origins, penalties and version.
    public static func == (a: MemoryStatistics, b: MemoryStatistics) -> Bool {
        a.units == b.units && a.schemaVersion == b.schemaVersion
            && a.origins.map(\.origin) == b.origins.map(\.origin)
            && a.origins.map(\.units) == b.origins.map(\.units)
            && a.origins.map(\.penalty) == b.origins.map(\.penalty)
    }
}

/// What went wrong with a memory store: a message for people, with the store's path.
public struct MemoryError: Error, CustomStringConvertible, Equatable {
    /// The store (a file path or a connection string without its password).
    public let store: String
    /// What is wrong and what to do.
    public let reason: String

    /// An error.
    public init(store: String, reason: String) {
        self.store = store
        self.reason = reason
    }

    /// `STORE: error: REASON`.
    public var description: String { "\(store): error: \(reason)" }
}
