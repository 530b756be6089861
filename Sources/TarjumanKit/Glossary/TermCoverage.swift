/// Candidate terms in an English text that a glossary does not cover: recurring noun-like
/// phrases of one to three words (no function word at either end) and acronyms, outside
/// every glossary match.
public struct TermCoverage: Sendable {
    /// A phrase the glossary may be missing.
    public struct Candidate: Sendable, Equatable {
        /// The phrase as first written.
        public let phrase: String
        /// How often it occurs (by inflectional key).
        public let count: Int
        /// Where it first occurs.
        public let position: SourcePosition
    }

    /// The least number of occurrences for a phrase to count (acronyms count once).
    public let minimumCount: Int

    /// A coverage check; phrases must occur at least `minimumCount` times.
    public init(minimumCount: Int = 2) {
        self.minimumCount = minimumCount
    }

    /// The candidates in `text` not covered by `matcher`, most frequent and longest first.
    public func candidates(in text: String, matcher: TermMatcher) throws(ICUError) -> [Candidate] {
        let scalars = Array(text.unicodeScalars)
        // coveredBefore[i]: how many scalars before offset i lie in a glossary match, so that
        // "does this range touch a match" is one subtraction (linear in the text overall).
        var coveredBefore = [Int32](repeating: 0, count: scalars.count + 1)
        var inMatch = [Bool](repeating: false, count: scalars.count)
        for occurrence in try matcher.occurrences(in: text) {
            for offset in occurrence.range.clamped(to: 0..<scalars.count) { inMatch[offset] = true }
        }
        for (offset, covered) in inMatch.enumerated() {
            coveredBefore[offset + 1] = coveredBefore[offset] + (covered ? 1 : 0)
        }
        let tokens = EnglishWords.tokens(in: text)
        let positions = LinePositions(scalars)
        // What each word brings to a phrase, worked out once per distinct word: texts repeat
        // their words, and stemming each word of every phrase of one to three words took
        // most of a minute for a few megabytes.
        struct Word {
            let stem: String
            let stopword: Bool
            /// Long enough (three letters) or written in capitals, and not a number.
            let usable: Bool
        }
        var known: [String: Word] = [:]
        let words = tokens.map { token in
            let lower = token.text.lowercased()
            if let word = known[lower] { return word }
            let word = Word(
                // Accents folded as term matching folds them: café and cafe are one phrase.
                stem: Porter2Stemmer.inflectionalStem(EnglishWords.folded(lower)),
                stopword: Self.stopwords.contains(lower),
                usable: (lower.count > 2 || lower.uppercased() == lower)
                    && !lower.unicodeScalars.allSatisfy { $0.properties.numericType != nil })
            known[lower] = word
            return word
        }
        var counts: [String: (phrase: String, count: Int, start: Int)] = [:]
        for start in tokens.indices {
            for length in 1...3 where start + length <= tokens.count {
                let end = start + length - 1
                guard length == 1 || tokens[end].joined else { break }
                let range = tokens[start].range.lowerBound..<tokens[end].range.upperBound
                if coveredBefore[range.upperBound] > coveredBefore[range.lowerBound] { break }
                guard !words[start].stopword, !words[end].stopword,
                    words[start...end].allSatisfy(\.usable)
                else { continue }
                if length == 1
                    && !Self.looksLikeNoun(
                        tokens[start].text, sentenceStart: start == 0 || !tokens[start].joined)
                {
                    continue
                }
                let key = words[start...end].map(\.stem).joined(separator: " ")
                let phrase = tokens[start...end].map(\.text).joined(separator: " ")
                counts[key, default: (phrase, 0, range.lowerBound)].count += 1
            }
        }
        let isAcronym = { (phrase: String) in
            phrase.count >= 2 && phrase.allSatisfy { $0.isUppercase || $0.isNumber }
        }
        var found = counts.values.filter { $0.count >= minimumCount || isAcronym($0.phrase) }
        // Drop a phrase inside a longer candidate that occurs as often: each candidate's
        // shorter word runs are looked up, not every pair of candidates compared.
        var longestContaining: [String: Int] = [:]
        for item in found {
            let words = item.phrase.lowercased().split { $0 == " " || $0 == "-" }
            for length in 1..<max(words.count, 1) {
                for start in 0...(words.count - length) {
                    let inner = words[start..<(start + length)].joined(separator: " ")
                    longestContaining[inner] = max(longestContaining[inner] ?? 0, item.count)
                }
            }
        }
        found = found.filter { item in
            (longestContaining[item.phrase.lowercased()] ?? 0) < item.count
        }
        return found.sorted {
            ($1.count, $1.phrase.count, $0.start) < ($0.count, $0.phrase.count, $1.start)
        }.map {
            Candidate(
                phrase: $0.phrase, count: $0.count, position: positions.position(of: $0.start))
        }
    }

    /// A single word worth proposing: an acronym, a capitalised name inside a sentence, or a
    /// word with a typical noun ending (-tion, -ism, -ity, -ment…), since lone adjectives and
    /// verbs rarely need a glossary entry.
    static func looksLikeNoun(_ word: String, sentenceStart: Bool) -> Bool {
        if word.count >= 2 && word.allSatisfy({ $0.isUppercase || $0.isNumber }) { return true }
        if !sentenceStart, word.first?.isUppercase == true { return true }
        let lower = word.lowercased()
        let endings = [
            "tion", "tions", "sion", "sions", "ism", "isms", "ity", "ities", "ment", "ments",
            "ness", "ship",
            "ist", "ists", "ance", "ances", "ence", "ences", "acy", "ure", "ures", "ery", "hood",
            "dom",
        ]
        return endings.contains { lower.hasSuffix($0) }
    }

    /// English function words and very general words that never make a term on their own.
    static let stopwords: Set<String> = [
        "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with",
        "from", "into",
        "onto", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do",
        "does",
        "did", "not", "no", "nor", "its", "it", "this", "that", "these", "those", "their", "them",
        "they",
        "there", "which", "who", "whom", "what", "when", "where", "while", "why", "how", "than",
        "then", "so",
        "such", "also", "only", "even", "both", "either", "neither", "each", "any", "all", "more",
        "most",
        "other", "others", "some", "can", "could", "will", "would", "should", "must", "may",
        "might", "shall",
        "own", "very", "much", "many", "one", "once", "again", "ever", "never", "within", "without",
        "through",
        "against", "under", "over", "after", "before", "since", "until", "across", "around",
        "towards",
        "toward", "between", "beyond", "among", "despite", "like", "our", "his", "her", "she",
        "him", "we",
        "you", "your", "out", "about", "far", "just", "yet", "whose", "upon", "via", "per", "those",
        "here",
        "time", "first", "new", "same", "way", "part", "being", "become", "became", "made", "make",
        "shown",
        "however", "cannot", "moreover", "therefore", "meanwhile", "instead", "rather", "only",
    ]
}
