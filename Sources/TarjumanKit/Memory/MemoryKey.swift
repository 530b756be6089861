/// The matching form of a sentence for the memory: the pack's L2 key (Arabic-keyboard `ي`
/// finds Urdu `ی`, any digit script, no diacritics, case folded) cut into word tokens, so
/// that scores count words, as CAT tools do.
public struct MemoryKey: Sendable, Equatable {
    /// The tokens: words and numbers of the key, in order (punctuation dropped).
    public let tokens: [String]

    /// The key of `sentence` under `normalizer` (the source language's), without the
    /// characters a memory does not keep (those XML cannot carry, see ``MemoryUnit``): a BEL
    /// inside a word does not cut it in two on one side only (review of pass 31).
    public init(_ sentence: String, normalizer: Normalizer) throws(ICUError) {
        let key = try normalizer.normalize(
            XMLText.carried(sentence), to: .key, recordingChanges: false
        ).text
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in key.unicodeScalars {
            if Self.isTokenScalar(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                tokens.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { tokens.append(String(current)) }
        self.tokens = tokens
    }

    /// Whether `scalar` belongs in a token: a letter, a number or a mark. ASCII is answered
    /// without Unicode's property tables, whose look-ups were 7% of an import.
    static func isTokenScalar(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else {
            return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || ScalarText.isMark(scalar)
        }
        let value = scalar.value | 0x20
        return (0x30...0x39).contains(scalar.value) || (0x61...0x7A).contains(value)
    }

    /// A key from tokens already cut.
    public init(tokens: [String]) {
        self.tokens = tokens
    }

    /// Tokens probed beyond the pigeonhole minimum in a fuzzy lookup (each reads one more
    /// posting list and lets the count filter drop more candidates).
    package static let extraProbes = 2

    /// The tokens joined by spaces: the stored form, and equal for equal keys.
    public var text: String { tokens.joined(separator: " ") }

    /// Similarity in percent: 100 × (1 − token edit distance / the longer token count),
    /// rounded down; 100 only for equal keys.
    public func similarity(to other: MemoryKey) -> Int {
        Self.similarity(tokens, other.tokens)
    }

    /// ``similarity(to:)`` over any token representation (strings, or a store's token ids).
    public static func similarity<Token: Equatable>(_ a: [Token], _ b: [Token]) -> Int {
        if a == b { return 100 }
        let longer = max(a.count, b.count)
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        let distance = previous[b.count]
        if distance == 0 { return 100 }
        return min(99, (100 * (longer - distance)) / longer)
    }

    /// The most a unit of `unit` tokens can score against a query of `query` tokens when it
    /// lacks `missing` of the query's distinct tokens: each lacking token costs an edit, and
    /// so does each token of difference in length.
    public static func scoreBound(query: Int, unit: Int, missing: Int) -> Int {
        let distance = max(abs(query - unit), missing)
        let longer = max(query, unit)
        guard distance > 0, longer > 0 else { return 100 }
        return min(99, (100 * (longer - distance)) / longer)
    }

    /// Fuzzy matching only pairs sentences of up to `fuzzyTokenLimit` tokens (its cost grows
    /// with the product of the lengths); longer ones are found by exact match alone.
    public static let fuzzyTokenLimit = 500

    /// The fewest token counts a unit can have and still score `minimum` against a query of
    /// `count` tokens, and the most (never above ``fuzzyTokenLimit``).
    public static func lengthWindow(for count: Int, minimum: Int) -> ClosedRange<Int> {
        let minimum = max(1, minimum)
        let lower = (count * minimum + 99) / 100
        let upper = min((count * 100) / minimum, fuzzyTokenLimit)
        return max(0, lower)...max(lower, upper)
    }

    /// How many of a query's distinct tokens must be probed so that every unit scoring at
    /// least `minimum` contains one of them (pigeonhole: such a unit misses at most
    /// ⌊(1 − minimum) × its length⌋ query tokens, and its length is at most the window's
    /// top).
    public static func probeCount(for count: Int, minimum: Int) -> Int {
        let minimum = max(1, minimum)
        let longest = lengthWindow(for: count, minimum: minimum).upperBound
        return (longest * (100 - minimum)) / 100 + 1
    }
}
