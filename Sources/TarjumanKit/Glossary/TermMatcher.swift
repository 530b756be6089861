import Foundation

/// Finds glossary terms in running text, whatever their inflected form.
///
/// One automaton serves the whole glossary: a trie of every form of every term, walked
/// from each word start, so the cost grows with the text and the longest term, not with
/// the number of entries. Overlaps resolve leftmost-longest: the match that starts first
/// wins, and among those the longest.
///
/// The pack of the side's language chooses how:
/// - A pack naming a stemmer (English, `inflection.stemmer: porter2`): words are compared by
///   key: lower-cased (unless the entry is case-sensitive), possessives dropped, then
///   Porter2's inflectional stem (or the full stem, for `match: stem`). Hyphens and spaces
///   between words are interchangeable.
/// - Any other pack (Urdu, Balochi, Persian, Hindi…): text and terms are compared on the
///   pack's L2 matching key with spaces removed (so optional spaces and ZWNJ inside
///   compounds do not matter), with the pack's inflection endings and each row's variants.
///
/// Either side of a glossary may be in either kind of language: `en-ur`, `ur-bal-Arab-PK`
/// and `ur-en` glossaries all work.
public struct TermMatcher: Sendable {
    /// The glossary searched for.
    public private(set) var glossary: Glossary
    /// The side of the glossary the texts are in.
    public let side: GlossarySide
    private let pack: LocalePack
    private let normalizer: Normalizer
    private let words: WordTrie
    private let letters: LetterTrie
    /// Whether words are compared by stem (the pack names a stemmer) rather than by letters.
    private let matchesWords: Bool
    /// Word matching: keys of the words met so far.
    private let wordKeys = WordKeyCache()
    /// Letter matching: rows with renderings none of which keeps a character in the key (a
    /// lone vowel mark): nothing can show them absent, so ``contains(entries:in:)`` counts
    /// them present; `glossary lint` reports them (`empty-field`).
    private let unreadable: Set<Int>
    /// Rows at or past this index are not searched for (see ``restricted(to:)``).
    private var entryLimit = Int.max

    /// A matcher for texts written in `side`'s language, described by `pack`.
    public init(glossary: Glossary, side: GlossarySide, pack: LocalePack) throws(ICUError) {
        try self.init(glossary: glossary, side: side, normalizer: Normalizer(pack: pack))
    }

    /// A matcher for texts in the language of `normalizer`'s pack, sharing that normaliser.
    init(glossary: Glossary, side: GlossarySide, normalizer: Normalizer) throws(ICUError) {
        let pack = normalizer.pack
        self.glossary = glossary
        self.side = side
        self.pack = pack
        self.normalizer = normalizer
        self.matchesWords = pack.inflection.stemmer != nil
        var words = WordTrie()
        var letters = LetterTrie(profile: pack.inflection)
        var renderings = [[CompactText]](repeating: [], count: glossary.entries.count)
        var unreadable = Set<Int>()
        if matchesWords {
            for (index, entry) in glossary.entries.enumerated() {
                for form in entry.forms(on: side) {
                    let keys = EnglishWords.tokens(in: form).map {
                        EnglishWords.key(
                            $0.text, mode: entry.match, caseSensitive: entry.caseSensitive)
                    }
                    words.insert(
                        keys, mode: entry.match, caseSensitive: entry.caseSensitive, entry: index)
                }
            }
        } else {
            for (index, entry) in glossary.entries.enumerated() {
                // Renderings kept once each (by trie path), in order: a row may list
                // thousands of variants.
                var seen = Set<[UInt32]>()
                for rendering in entry.forms(on: side).flatMap(pack.inflection.innerForms) {
                    let compact = try Self.compactKey(of: rendering, normalizer: normalizer).text
                    if !compact.letters.isEmpty
                        && seen.insert(LetterTrie.path(of: compact)).inserted
                    {
                        renderings[index].append(compact)
                    }
                }
            }
            unreadable = Set(
                glossary.entries.indices.filter {
                    renderings[$0].isEmpty && !glossary.entries[$0].forms(on: side).isEmpty
                })
            letters = LetterTrie(
                profile: try Self.keyed(pack.inflection, normalizer: normalizer),
                renderings: renderings.enumerated().flatMap { index, forms in
                    forms.map { (rendering: $0, entry: index) }
                })
        }
        self.words = words
        self.letters = letters
        self.unreadable = unreadable
    }

    /// `profile` with its endings and prefixes brought to the matching key, as the text and
    /// the renderings are (pass 14: a suffix written with Arabic yeh, or a vowel mark the key
    /// drops, never matched); a final letter the key changes is keyed too.
    private static func keyed(_ profile: InflectionProfile, normalizer: Normalizer)
        throws(ICUError) -> InflectionProfile
    {
        func key(_ text: String) throws(ICUError) -> String {
            String(
                try normalizer.normalize(text, to: .key, recordingChanges: false).text
                    .unicodeScalars.filter { !ScalarText.isWhitespace($0) })
        }
        func keys(_ texts: [String]) throws(ICUError) -> [String] {
            var result: [String] = []
            for text in texts {
                let keyed = try key(text)
                if !keyed.isEmpty && !result.contains(keyed) { result.append(keyed) }
            }
            return result
        }
        var finals: [String: [String]] = [:]
        for (final, endings) in profile.finals {
            finals[try key(final), default: []] += try keys(endings)
        }
        return InflectionProfile(
            stemmer: profile.stemmer, suffixes: try keys(profile.suffixes), finals: finals,
            prefixes: try keys(profile.prefixes), innerFinals: profile.innerFinals)
    }

    /// This matcher searching only for the rows of `prefix`, a glossary whose rows are the
    /// first rows of this matcher's (as a glossary is the start of the glossary-and-word-list
    /// an aligner matches): the compiled automaton is shared, not built again. Nil when
    /// `prefix` has no rows.
    public func restricted(to prefix: Glossary) -> TermMatcher? {
        guard !prefix.entries.isEmpty, prefix.entries.count <= glossary.entries.count else {
            return nil
        }
        var matcher = self
        matcher.glossary = prefix
        matcher.entryLimit = prefix.entries.count
        return matcher
    }

    /// A target-language text reduced once to its compact matching key, for repeated
    /// `contains` questions.
    public struct MatchingKey: Sendable {
        fileprivate let text: CompactText
        fileprivate let wordStarts: [Int]
    }

    /// The compact L2 key of `text` and where its words start.
    public func matchingKey(for text: String) throws(ICUError) -> MatchingKey {
        let compact = try Self.compactKey(of: text, normalizer: normalizer).text
        let wordStarts = compact.letters.indices.filter {
            compact.wordStart[$0] && Self.isWordCharacter(compact.letters[$0])
        }
        return MatchingKey(text: compact, wordStarts: wordStarts)
    }

    /// Whether the text behind `key` contains any form of the rows `entries`, from a word's
    /// start to a word's end, whatever other terms overlap it. Used to decide that a source
    /// term was translated even when a longer term covers its rendering. Letter matching
    /// only (a language without a stemmer); otherwise false.
    public func contains(entries: [Int], in key: MatchingKey) -> Bool {
        guard !matchesWords, !entries.isEmpty else { return false }
        let rows = Set(entries)
        if !rows.isDisjoint(with: unreadable) { return true }
        for start in key.wordStarts where letters.hasForm(of: rows, in: key.text, at: start) {
            return true
        }
        return false
    }

    /// Matchers for both sides of `glossary` (none without a glossary).
    public static func pair(for glossary: Glossary?, source: LocalePack, target: LocalePack)
        throws(ICUError)
        -> (source: TermMatcher?, target: TermMatcher?)
    {
        try pair(for: glossary, source: Normalizer(pack: source), target: Normalizer(pack: target))
    }

    /// Matchers for both sides of `glossary`, sharing the two languages' normalisers.
    static func pair(for glossary: Glossary?, source: Normalizer, target: Normalizer)
        throws(ICUError)
        -> (source: TermMatcher?, target: TermMatcher?)
    {
        guard let glossary else { return (nil, nil) }
        // The two sides share nothing: each is built on its own core.
        return try Concurrently.both(
            { () throws(ICUError) in
                try TermMatcher(glossary: glossary, side: .source, normalizer: source)
            },
            { () throws(ICUError) in
                try TermMatcher(glossary: glossary, side: .target, normalizer: target)
            })
    }

    /// The concept id and starting scalar offset of every term in `text`, in text order (what
    /// the aligner needs, without the positions and texts of ``occurrences(in:)``) and, from
    /// the same reading of it, the matches of this matcher's first `rows` rows alone (what
    /// ``restricted(to:)`` a glossary of those rows finds): the aligner's anchors and the
    /// checker's glossary terms in one pass.
    func concepts(in text: String, andMatchesBelow rows: Int) throws(ICUError) -> (
        concepts: [(id: String, start: Int)], restricted: [TermMatch]
    ) {
        // Scanned twice only when the first rows are fewer than all and more than none.
        let limits =
            rows > 0 && rows < min(entryLimit, glossary.entries.count)
            ? [entryLimit, rows] : [entryLimit]
        let found = try matches(in: text, limits: limits)
        let restricted = rows <= 0 ? [] : found[found.count - 1]
        return (found[0].map(concept), restricted)
    }

    private func concept(_ match: TermMatch) -> (id: String, start: Int) {
        (glossary.entries[match.entries[0]].id, match.range.lowerBound)
    }

    /// Every term occurrence in `text`, in text order.
    public func occurrences(in text: String) throws(ICUError) -> [TermOccurrence] {
        occurrences(of: try matches(in: text, limits: [entryLimit])[0], inSentence: text, at: 0)
    }

    /// The occurrences, in the sentence `text` that starts at scalar `start` of a larger
    /// text, of `matches` found in that larger text (their ranges are the larger text's):
    /// those lying wholly inside the sentence, with ranges and positions counted in it.
    func occurrences(of matches: [TermMatch], inSentence text: String, at start: Int)
        -> [TermOccurrence]
    {
        guard !matches.isEmpty else { return [] }
        let scalars = text.scalarArray
        let positions = LinePositions(scalars)
        return matches.compactMap { match in
            let range = (match.range.lowerBound - start)..<(match.range.upperBound - start)
            guard range.lowerBound >= 0, range.upperBound <= scalars.count else { return nil }
            return TermOccurrence(
                id: glossary.entries[match.entries[0]].id, entries: match.entries,
                text: String(scalars: scalars[range]), range: range,
                position: positions.position(of: range.lowerBound))
        }
    }

    /// The terms of one paragraph of a file, with positions in the file.
    public func occurrences(in paragraph: SourceParagraph) throws(ICUError) -> [TermOccurrence] {
        try occurrences(in: String(decoding: paragraph.bytes, as: UTF8.self)).map {
            $0.moved(toLine: paragraph.line)
        }
    }

    /// The matches of `text` for each of `limits` (rows at or past a limit are not searched
    /// for), the text tokenised and keyed once for all of them. Terms inside a web or e-mail
    /// address are none (`court.quetta@gov.pk`: pass 36, "court" was then called missing).
    private func matches(in text: String, limits: [Int]) throws(ICUError) -> [[TermMatch]] {
        let found =
            matchesWords
            ? wordMatches(in: text, limits: limits) : try letterMatches(in: text, limits: limits)
        let addresses = WebAddress.ranges(in: text)
        guard !addresses.isEmpty else { return found }
        return found.map { matches in
            matches.filter { match in !addresses.contains { $0.overlaps(match.range) } }
        }
    }

    // MARK: - Languages with a stemmer (English)

    private func wordMatches(in text: String, limits: [Int]) -> [[TermMatch]] {
        let tokens = EnglishWords.tokens(in: text)
        // Modes in a fixed order (exact, inflected, stem): when two match the same words, the
        // more specific wins, in every process.
        let ids = tokens.map { token in
            wordKeys.ids(of: token.text) { word in
                func id(_ mode: MatchMode, used: Bool, caseSensitive: Bool = false) -> UInt32 {
                    used
                        ? words.id(
                            of: EnglishWords.key(word, mode: mode, caseSensitive: caseSensitive))
                        : WordTrie.none
                }
                return WordIDs(
                    exact: id(.exact, used: words.modes.contains(.exact)),
                    inflected: id(.inflected, used: words.modes.contains(.inflected)),
                    stem: id(.stem, used: words.modes.contains(.stem)),
                    asWritten: id(.exact, used: words.hasCaseSensitive, caseSensitive: true))
            }
        }
        let keys = MatchMode.allCases.filter(words.modes.contains).map { mode in
            (mode, ids.map { $0[mode] })
        }
        let exactCase = words.hasCaseSensitive ? ids.map(\.asWritten) : []
        let wordTries = words
        var perLimit: [[TermMatch]] = []
        perLimit.reserveCapacity(limits.count)
        for limit in limits {
            var matches: [TermMatch] = []
            var start = 0
            while start < tokens.count {
                var best: (end: Int, entries: [Int])?
                for (mode, modeKeys) in keys {
                    if let found = wordTries.longest(
                        from: start, ids: modeKeys, tokens: tokens, mode: mode,
                        caseSensitive: false, below: limit),
                        found.end > (best?.end ?? -1)
                    {
                        best = found
                    }
                }
                if !exactCase.isEmpty,
                    let found = wordTries.longest(
                        from: start, ids: exactCase, tokens: tokens, mode: .exact,
                        caseSensitive: true, below: limit),
                    found.end > (best?.end ?? -1)
                {
                    best = found
                }
                guard let found = best,
                    case let entries = nounsKept(found.entries, for: tokens[start...found.end]),
                    !entries.isEmpty
                else {
                    start += 1
                    continue
                }
                matches.append(
                    TermMatch(
                        range: tokens[start].range.lowerBound..<tokens[found.end].range.upperBound,
                        entries: entries))
                start = found.end + 1
            }
            perLimit.append(matches)
        }
        return perLimit
    }

    /// The rows of `entries` that `words` may stand for: a noun's row (``GlossaryEntry/isNoun``)
    /// matched by inflection is not matched by a word ending in -ed or -ing that none of its
    /// forms writes (pass 71: `stated` was the noun state, `interesting` interest, `forcing`
    /// force, and their renderings were reported missing from right translations).
    private func nounsKept(_ entries: [Int], for words: ArraySlice<EnglishWords.Token>) -> [Int] {
        let verbForms = words.map {
            EnglishWords.key($0.text, mode: .exact, caseSensitive: false)
        }.filter { $0.hasSuffix("ed") || $0.hasSuffix("ing") }
        guard !verbForms.isEmpty else { return entries }
        return entries.filter { index in
            let entry = glossary.entries[index]
            guard entry.match == .inflected, entry.isNoun else { return true }
            let written = Set(
                entry.forms(on: side).flatMap { form in
                    EnglishWords.tokens(in: form).map {
                        EnglishWords.key($0.text, mode: .exact, caseSensitive: false)
                    }
                })
            return verbForms.allSatisfy(written.contains)
        }
    }

    // MARK: - Languages matched by letters (Urdu, Balochi, Persian, Hindi…)

    private func letterMatches(in text: String, limits: [Int]) throws(ICUError) -> [[TermMatch]] {
        let (compact, offsets) = try Self.compactKey(of: text, normalizer: normalizer)
        let place = compact.place
        var perLimit: [[TermMatch]] = []
        // The text's scalars, read once a match needs them.
        var original: [Unicode.Scalar] = []
        for limit in limits {
            var matches: [TermMatch] = []
            var start = 0
            while start < place.count {
                guard compact.wordStart[start],
                    let (length, entries) = letters.longest(in: compact, from: start, below: limit)
                else {
                    start += 1
                    continue
                }
                var range = offsets.originalRange(
                    of: place[start]..<(place[start + length - 1] + 1)
                ).clamped(to: 0..<offsets.originalCount)
                // The key dropped a format character (a ZWNJ, a bidi mark, a soft hyphen)
                // after the last letter; the map hands it to that letter, but it is not part
                // of the term (pass 17).
                if original.isEmpty { original = text.scalarArray }
                while range.count > 1,
                    original[range.upperBound - 1].properties.generalCategory == .format
                {
                    range = range.lowerBound..<(range.upperBound - 1)
                }
                matches.append(TermMatch(range: range, entries: entries))
                start += length
            }
            perLimit.append(matches)
        }
        return perLimit
    }

    /// The compact L2 key of `text`, with a word boundary wherever the key dropped a ZWNJ,
    /// and the map from the key's offsets to the text's.
    private static func compactKey(of text: String, normalizer: Normalizer) throws(ICUError) -> (
        text: CompactText, offsets: OffsetMap
    ) {
        let key = try normalizer.normalize(text, to: .key, recordingChanges: false)
        let scalars = Array(key.text.unicodeScalars)
        var separated = Set<Int>()
        if text.unicodeScalars.contains(zeroWidthNonJoiner) {
            let original = Array(text.unicodeScalars)
            var previous = -1
            for index in scalars.indices {
                let origin = key.offsets.originalOffset(of: index)
                if origin > previous + 1,
                    original[(previous + 1)..<min(origin, original.count)].contains(
                        zeroWidthNonJoiner)
                {
                    separated.insert(index)
                }
                previous = max(previous, origin)
            }
        }
        let compact = CompactText(
            key: scalars, isWordCharacter: isWordCharacter, separated: separated)
        return (compact, key.offsets)
    }

    private static let zeroWidthNonJoiner: Unicode.Scalar = "\u{200C}"

    /// The characters words of a letter-matched language are made of: letters, marks and
    /// the joiners.
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        // Arabic letters and marks, the common case, without a property lookup.
        if (0x0621...0x065F).contains(value) || (0x066E...0x06D3).contains(value)
            || value == 0x0670
        {
            return true
        }
        return scalar.properties.isAlphabetic || ScalarText.isMark(scalar) || value == 0x200C
            || value == 0x200D
    }
}

/// English words for term matching.
enum EnglishWords {
    /// A word and where it is in the text (scalar offsets); `joined` tells whether only
    /// spaces or hyphens separate it from the word before.
    struct Token {
        let text: String
        let range: Range<Int>
        let joined: Bool
    }

    /// The words of `text`: runs of letters, digits and apostrophes, with the combining marks
    /// on them; hyphens split words.
    static func tokens(in text: String) -> [Token] {
        var tokens: [Token] = []
        let scalars = text.unicodeScalars
        var wordStart: String.UnicodeScalarView.Index?
        var start = 0
        var gapIsJoin = true
        var offset = 0
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let isWord: Bool
            if scalar.value < 0x80 {
                let value = scalar.value | 0x20
                isWord =
                    (value >= 0x61 && value <= 0x7A)
                    || (scalar.value >= 0x30 && scalar.value <= 0x39)
                    || (scalar == "'" && wordStart != nil)
            } else {
                // A combining mark belongs to the word it follows: a decomposed `é` (e and
                // U+0301) does not split `café`.
                isWord =
                    scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                    || ((scalar == "’" || ScalarText.isMark(scalar)) && wordStart != nil)
            }
            if isWord {
                if wordStart == nil {
                    wordStart = index
                    start = offset
                }
            } else {
                if let first = wordStart {
                    tokens.append(
                        Token(
                            text: String(scalars[first..<index]), range: start..<offset,
                            joined: gapIsJoin))
                    wordStart = nil
                    gapIsJoin = true
                }
                if !(ScalarText.isWhitespace(scalar) || scalar == "-" || scalar == "‐"
                    || scalar == "‑")
                {
                    gapIsJoin = false
                }
            }
            offset += 1
            index = scalars.index(after: index)
        }
        if let first = wordStart {
            tokens.append(
                Token(text: String(scalars[first...]), range: start..<offset, joined: gapIsJoin))
        }
        return tokens
    }

    /// `word` as the English matching key has it (L2): accents taken off Latin letters
    /// (café, naïve, Zürich) and every script's decimal digits as ASCII ones (Arabic-script,
    /// Devanagari, fullwidth `３７０`, as the key level writes them; pass 41), so that a term
    /// matches however the text writes them.
    static func folded(_ word: String) -> String {
        guard !word.utf8.allSatisfy({ $0 < 0x80 }) else { return word }
        let plain = word.folding(options: .diacriticInsensitive, locale: nil)
        return String(
            String.UnicodeScalarView(
                plain.unicodeScalars.map { scalar in
                    guard !scalar.isASCII, scalar.properties.generalCategory == .decimalNumber,
                        let value = scalar.properties.numericValue, (0...9).contains(value)
                    else { return scalar }
                    return Unicode.Scalar(UInt8(0x30 + Int(value)))
                }))
    }

    /// The comparison key of a word.
    static func key(_ word: String, mode: MatchMode, caseSensitive: Bool) -> String {
        var text = word.replacingApostrophes()
        for suffix in ["'s", "'"] where text.count > suffix.count + 1 && text.hasSuffix(suffix) {
            text.removeLast(suffix.count)
            break
        }
        if caseSensitive { return text }
        text = Self.folded(text.lowercased())
        switch mode {
        case .exact: return text
        case .inflected: return Porter2Stemmer.inflectionalStem(text)
        case .stem: return Porter2Stemmer.stem(text)
        }
    }
}

extension String {
    /// The text with typographic apostrophes as ASCII ones.
    fileprivate func replacingApostrophes() -> String {
        String(scalars: unicodeScalars.map { $0 == "’" ? "'" : $0 })
    }
}
