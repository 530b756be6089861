/// A trie over paths of 32-bit keys (letters, or ids of English word keys) whose ends carry
/// glossary row indices. All edges live in one open-addressing table keyed by (node, key)
/// with a multiplicative hash: building a glossary's trie costs a few nanoseconds per edge,
/// not an allocation per node and a SipHash per step.
struct Trie: Sendable {
    private static let empty = UInt64.max
    /// Packed (node << 32 | key) per slot, `empty` for a free one.
    private var slots: [UInt64]
    private var children: [Int32]
    private var edgeCount = 0
    /// The rows ending at each node (empty inside a path).
    private var ends: [[Int]] = [[]]

    /// An empty trie with room for about `edges` edges before its table grows.
    init(edges: Int = 32) {
        var size = 64
        while size < edges * 2 { size *= 2 }
        slots = [UInt64](repeating: Self.empty, count: size)
        children = [Int32](repeating: 0, count: size)
        ends.reserveCapacity(edges + 1)
    }

    /// The root node.
    static var root: Int { 0 }

    private func slot(for edge: UInt64) -> Int {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: (edge &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while slots[index] != edge && slots[index] != Self.empty { index = (index + 1) & mask }
        return index
    }

    private static func edge(_ node: Int, _ key: UInt32) -> UInt64 {
        UInt64(node) << 32 | UInt64(key)
    }

    /// Adds `path`, ending in row `entry`. Rows are added in increasing order (all paths
    /// of a row before the next row's), so a row already at the end is found at once, not
    /// by a search: a glossary of 40,000 rows for one word built in quadratic time.
    mutating func insert(_ path: some Sequence<UInt32>, entry: Int) {
        var node = Self.root
        for key in path {
            let edge = Self.edge(node, key)
            let index = slot(for: edge)
            if slots[index] == edge {
                node = Int(children[index])
                continue
            }
            ends.append([])
            node = ends.count - 1
            slots[index] = edge
            children[index] = Int32(node)
            edgeCount += 1
            if edgeCount * 2 > slots.count { grow() }
        }
        assert(ends[node].last.map { $0 <= entry } ?? true, "rows out of order")
        if ends[node].last != entry { ends[node].append(entry) }
    }

    private mutating func grow() {
        let (oldSlots, oldChildren) = (slots, children)
        slots = [UInt64](repeating: Self.empty, count: oldSlots.count * 2)
        children = [Int32](repeating: 0, count: slots.count)
        for position in oldSlots.indices where oldSlots[position] != Self.empty {
            let index = slot(for: oldSlots[position])
            slots[index] = oldSlots[position]
            children[index] = oldChildren[position]
        }
    }

    /// The node reached from `node` by `key`.
    func child(of node: Int, _ key: UInt32) -> Int? {
        let edge = Self.edge(node, key)
        let index = slot(for: edge)
        return slots[index] == edge ? Int(children[index]) : nil
    }

    /// The rows below `limit` whose path ends at `node` (empty inside a path).
    func entries(at node: Int, below limit: Int) -> [Int] {
        let entries = ends[node]
        return limit == .max ? entries : entries.filter { $0 < limit }
    }

    /// Whether a row below `limit` ends at `node`, without building the list.
    func hasEntries(at node: Int, below limit: Int) -> Bool {
        ends[node].withUnsafeBufferPointer { rows in
            limit == .max ? !rows.isEmpty : rows.contains { $0 < limit }
        }
    }
}

/// Tries of English word keys, one per way of matching (match mode, or case-sensitive);
/// word keys are numbered once, shared by all of them.
struct WordTrie: Sendable {
    /// One trie per match mode (in `MatchMode.allCases` order), then the case-sensitive one
    /// (empty where no term uses it). Looked up by index: a matcher asks once per word.
    private var tries = Array(repeating: Trie(edges: 0), count: MatchMode.allCases.count + 1)
    private var ids: [String: UInt32] = [:]

    /// The modes that have terms.
    private(set) var modes: Set<MatchMode> = []
    /// Whether any term is case-sensitive.
    private(set) var hasCaseSensitive = false

    private static func slot(_ mode: MatchMode, _ caseSensitive: Bool) -> Int {
        if caseSensitive { return MatchMode.allCases.count }
        switch mode {
        case .exact: return 0
        case .inflected: return 1
        case .stem: return 2
        }
    }

    /// Adds a term's word keys for `entry`.
    mutating func insert(_ keys: [String], mode: MatchMode, caseSensitive: Bool, entry: Int) {
        guard !keys.isEmpty else { return }
        if caseSensitive { hasCaseSensitive = true } else { modes.insert(mode) }
        let path = keys.map { key in
            if let id = ids[key] { return id }
            let id = UInt32(ids.count)
            ids[key] = id
            return id
        }
        tries[Self.slot(mode, caseSensitive)].insert(path, entry: entry)
    }

    /// The id of a key no term has: no path holds it.
    static let none = UInt32.max

    /// The id of a word key for ``longest(from:ids:tokens:mode:caseSensitive:below:)``.
    func id(of key: String) -> UInt32 {
        ids[key] ?? Self.none
    }

    /// The longest term of a row below `limit` starting at token `start`: the index of its
    /// last token and its rows. `keys` are the tokens' key ids (``ids(of:)``).
    func longest(
        from start: Int, ids keys: [UInt32], tokens: [EnglishWords.Token], mode: MatchMode,
        caseSensitive: Bool, below limit: Int
    ) -> (end: Int, entries: [Int])? {
        tries[Self.slot(mode, caseSensitive)].longest(
            from: start, ids: keys, tokens: tokens, below: limit)
    }
}

extension Trie {
    /// The longest path of `keys` from `start` (tokens joined to the one before) ending in a
    /// row below `limit`: its last index and its rows.
    fileprivate func longest(
        from start: Int, ids keys: [UInt32], tokens: [EnglishWords.Token], below limit: Int
    ) -> (end: Int, entries: [Int])? {
        var node = Trie.root
        var best: (index: Int, node: Int)?
        var index = start
        while index < keys.count {
            if index > start && !tokens[index].joined { break }
            guard let next = child(of: node, keys[index]) else { break }
            node = next
            if hasEntries(at: node, below: limit) { best = (index, node) }
            index += 1
        }
        return best.map { ($0.index, entries(at: $0.node, below: limit)) }
    }
}

/// The renderings of a language matched by letters (Urdu, Arabic, Balochi…), with the pack's
/// inflection applied while matching rather than spelt out: a trie of each rendering as
/// written (then optionally one of the pack's suffixes in the text) and without its final
/// letter (then one of the endings that replace that letter), each optionally behind one of
/// the pack's prefixes. It finds what a trie of every inflected form would, in memory that
/// grows with the glossary alone: spelt out, the Arabic pack's 210 forms a word took 2 GB
/// for 20,000 rows. Built once and then only read: a class, so that matching never copies
/// its tries (as a struct, each call that captured it retained all of them).
final class LetterTrie: Sendable {
    /// Renderings as written; a rendering without its final letter goes on with the edge
    /// ``marked(_:)`` that letter.
    private let cores: Trie
    private let prefixes: Trie
    private let suffixes: Trie
    /// Every ending that may replace a final; its rows are indices into `finals`.
    private let endings: Trie
    /// The finals (one or two letters) that endings may replace.
    private let finals: [[UInt32]]

    /// The trie of `renderings` (compact keys, each with its row; rows in increasing order)
    /// for the inflection of `profile`.
    init(profile: InflectionProfile, renderings: [(rendering: CompactText, entry: Int)] = []) {
        func trie(_ words: [String]) -> Trie {
            var trie = Trie(edges: words.count * 4)
            for word in words where !word.isEmpty {
                trie.insert(word.unicodeScalars.map(\.value), entry: 0)
            }
            return trie
        }
        prefixes = trie(profile.prefixes)
        suffixes = trie(profile.suffixes)
        // Finals are one or two code points (the last ones of a rendering are compared:
        // Urdu یہ → ئے, کرایہ → کرائے).
        let finalEndings = profile.finals.compactMap { key, endings -> ([UInt32], [String])? in
            let values = key.unicodeScalars.map(\.value)
            guard (1...2).contains(values.count) else { return nil }
            return (values, endings)
        }.sorted { $0.0.lexicographicallyPrecedes($1.0) }
        let finals = finalEndings.map(\.0)
        var endings = Trie(edges: 16)
        for (index, (_, list)) in finalEndings.enumerated() {
            for ending in list where !ending.isEmpty {
                endings.insert(ending.unicodeScalars.map(\.value), entry: index)
            }
        }
        self.endings = endings
        self.finals = finals
        var cores = Trie(edges: renderings.reduce(32) { $0 + 2 * $1.rendering.letters.count })
        for (rendering, entry) in renderings {
            // Its letters, with a gap edge where its words are apart.
            guard !rendering.letters.isEmpty else { continue }
            let path = Self.path(of: rendering)
            cores.insert(path, entry: entry)
            // An ending replaces a final written together with the rest (its letters and
            // the one before them with no gap between).
            let values = rendering.letters.map(\.value)
            for (index, final) in finals.enumerated()
            where values.count >= final.count && values.suffix(final.count).elementsEqual(final)
                && !(values.count - final.count..<values.count).contains(where: rendering.isApart)
            {
                cores.insert(path.dropLast(final.count) + [Self.marked(index)], entry: entry)
            }
        }
        self.cores = cores
    }

    /// The edge that stands for "final number `index`, replaced by an ending" (code points
    /// stop below 2^21, so the top bit is free).
    private static func marked(_ index: Int) -> UInt32 { UInt32(index) | 1 << 31 }

    /// The edge that stands for "the rendering's words are apart here" (white space or a
    /// ZWNJ): not a code point either.
    private static let gap: UInt32 = 1 << 30

    /// The trie path of a rendering: its letters, with a gap edge where its words are apart
    /// (two renderings with one path are one rendering).
    static func path(of rendering: CompactText) -> [UInt32] {
        var path: [UInt32] = []
        for position in rendering.letters.indices {
            if rendering.isApart(position) { path.append(gap) }
            path.append(rendering.letters[position].value)
        }
        return path
    }

    /// Calls `body` with each end of a path of `trie` (with at least one row) met reading
    /// `text` from `start`, nearest first, and the node there. Nothing is allocated: it runs
    /// at every word of every text matched.
    private static func forEachEnd(
        of trie: Trie, in text: [Unicode.Scalar], from start: Int,
        _ body: (_ end: Int, _ node: Int) -> Void
    ) {
        var node = Trie.root
        var index = start
        while index < text.count, let next = trie.child(of: node, text[index].value) {
            node = next
            index += 1
            if trie.hasEntries(at: node, below: .max) { body(index, node) }
        }
    }

    /// Calls `body` with the end of every inflected form of a rendering read from `start`
    /// (the rendering behind no prefix or one) and the trie node holding its rows. A prefix,
    /// suffix or ending is written together with the rendering, never across a space (حق أن
    /// is no form of حق). The text may leave out a space the rendering has, and may write
    /// with a space a rendering written as one word (Urdu writes compounds either way: نو
    /// آبادی, راول پنڈی; a ZWNJ counts as a space) where at least ``apartLetters`` letters
    /// of that word of the rendering stand on each side of it: two words whose letters happen to spell a short rendering plus an
    /// ending are no form of it (pass 16: جب رات was جبر + ات, معاش رات معاشرہ).
    private func forms(
        in text: CompactText, from start: Int, _ body: (_ end: Int, _ node: Int) -> Void
    ) {
        rendering(in: text, from: start, body)
        Self.forEachEnd(of: prefixes, in: text.letters, from: start) { end, _ in
            if end < text.letters.count && text.joined[end] { rendering(in: text, from: end, body) }
        }
    }

    /// The fewest letters of a one-word rendering on each side of a space the text puts in it.
    static let apartLetters = 2

    /// Reads a rendering that starts at `from`, calling `body` as ``forms(in:from:_:)``
    /// does. Where two ways go on (a gap of the rendering and its next letter) the reading
    /// splits: the second way waits on a stack (rare: no allocation otherwise).
    private func rendering(
        in text: CompactText, from: Int, _ body: (_ end: Int, _ node: Int) -> Void
    ) {
        let letters = text.letters
        // A reading: its node, its place in the text, where the rendering's current word
        // starts (letters read before it), and where the last space the text put inside that
        // word fell (letters read before it; nil: none).
        typealias Reading = (node: Int, index: Int, wordStart: Int, lastSpace: Int?)
        var next: Reading? = (Trie.root, from, 0, nil)
        var waiting: [Reading] = []
        while let (startNode, startIndex, startWord, startSpace) = next ?? waiting.popLast() {
            next = nil
            var node = startNode
            var index = startIndex
            var wordStart = startWord
            var lastSpace = startSpace
            while true {
                let read = index - from
                // Affixes go on a word written together (a ZWNJ too: Persian کتاب‌ها).
                let joined = index < letters.count && text.joined[index]
                // Enough letters of the rendering's word after a space the text put in it.
                let wordDone = lastSpace.map { read - $0 >= Self.apartLetters } ?? true
                if wordDone && index > from && cores.hasEntries(at: node, below: .max) {
                    body(index, node)
                    if joined {
                        let rendered = node
                        Self.forEachEnd(of: suffixes, in: letters, from: index) { end, _ in
                            body(end, rendered)
                        }
                    }
                }
                if wordDone && !finals.isEmpty && (joined || index == from) {
                    let stemNode = node
                    Self.forEachEnd(of: endings, in: letters, from: index) { end, ending in
                        for final in endings.entries(at: ending, below: .max) {
                            if let stem = cores.child(of: stemNode, Self.marked(final)) {
                                body(end, stem)
                            }
                        }
                    }
                }
                guard index < letters.count else { break }
                let key = letters[index].value
                var ways: (Reading?, Reading?) = (nil, nil)
                // The rendering's own gap, whether the text writes a space, a ZWNJ or nothing
                // there: a new word of the rendering starts.
                if index > from, wordDone, let gap = cores.child(of: node, Self.gap),
                    let apart = cores.child(of: gap, key)
                {
                    ways.0 = (apart, index + 1, read, nil)
                }
                if let direct = cores.child(of: node, key) {
                    if index == from || !text.isApart(index) {
                        ways.1 = (direct, index + 1, wordStart, lastSpace)
                    } else if read - (lastSpace ?? wordStart) >= Self.apartLetters {
                        // A space (or ZWNJ) the text puts inside a word of the rendering, with
                        // enough of the word before it.
                        ways.1 = (direct, index + 1, wordStart, read)
                    }
                }
                guard let way = ways.0 ?? ways.1 else { break }
                if ways.0 != nil, let other = ways.1 { waiting.append(other) }
                (node, index, wordStart, lastSpace) = way
            }
        }
    }

    /// The longest inflected form of a row below `limit` starting at `start` and ending at a
    /// word's end: its length and its rows, in order.
    func longest(in text: CompactText, from start: Int, below limit: Int) -> (Int, [Int])? {
        var best = start
        var rows: [Int] = []
        forms(in: text, from: start) { end, node in
            guard end >= best, text.wordEnd[end], cores.hasEntries(at: node, below: limit) else {
                return
            }
            if end > best { rows = [] }
            best = end
            rows += cores.entries(at: node, below: limit)
        }
        return rows.isEmpty ? nil : (best - start, Array(Set(rows)).sorted())
    }

    /// Whether an inflected form of one of `entries` starts at `start` and ends at a word's
    /// end (pass 14: حق was found in حقیقت).
    func hasForm(of entries: Set<Int>, in text: CompactText, at start: Int) -> Bool {
        var found = false
        forms(in: text, from: start) { end, node in
            if !found && text.wordEnd[end] {
                found = cores.entries(at: node, below: .max).contains(where: entries.contains)
            }
        }
        return found
    }
}

/// A text's matching key with its white space taken out (letters of a term match across an
/// optional space), and what the white space said: where letters were written together
/// and where words start and end.
struct CompactText: Sendable {
    /// The key's scalars other than white space.
    let letters: [Unicode.Scalar]
    /// For each position p: letters p − 1 and p were written together, with no white space
    /// between them (false at 0).
    let joined: [Bool]
    /// For each position p (0…count): a word ends before letter p (white space, a separator
    /// the key dropped or a change of script comes between, or letter p is no word
    /// character, or p is the end).
    let wordEnd: [Bool]
    /// For each position p: a word starts at letter p (p is 0, white space, a dropped
    /// separator or a change of script comes before it, or letter p − 1 is no word
    /// character).
    let wordStart: [Bool]
    /// For each position p: the key dropped a word separator (a ZWNJ) between letters
    /// p − 1 and p.
    let dropped: [Bool]
    /// For each letter, its index in the key.
    let place: [Int]

    /// The compact form of `key`; `isWordCharacter` says what letters words are made of;
    /// `separated` holds the key indices before which the key dropped a word separator
    /// (a ZWNJ: `تحریکوں‌کے` is two words written without a space).
    init(
        key: [Unicode.Scalar], isWordCharacter: (Unicode.Scalar) -> Bool,
        separated: Set<Int> = []
    ) {
        let count = key.count
        var letters: [Unicode.Scalar] = []
        var joined: [Bool] = []
        var dropped: [Bool] = []
        var place: [Int] = []
        var wordEnd: [Bool] = []
        var wordStart: [Bool] = []
        letters.reserveCapacity(count)
        joined.reserveCapacity(count)
        dropped.reserveCapacity(count)
        place.reserveCapacity(count)
        wordEnd.reserveCapacity(count + 1)
        wordStart.reserveCapacity(count)
        // One pass: the letter before, whether it is a word character, and its script.
        var previousIsWord = false
        var previousScript: ICUScript?
        for (index, scalar) in key.enumerated() where !ScalarText.isWhitespace(scalar) {
            let together = place.last.map { $0 + 1 == index } ?? false
            let separator = !separated.isEmpty && separated.contains(index)
            let isWord = isWordCharacter(scalar)
            let script = LetterScript.of(scalar)
            // A boundary between this letter and the one before that their kinds do not show:
            // white space, a dropped separator, or a change of script between two letters.
            var boundary = !together || separator
            if !boundary, let previousScript, let script { boundary = previousScript != script }
            joined.append(together)
            dropped.append(separator)
            wordEnd.append(boundary || !isWord)
            wordStart.append(boundary || !previousIsWord)
            letters.append(scalar)
            place.append(index)
            previousIsWord = isWord
            // A mark or joiner (no script of its own) keeps the script of its letter; white
            // space, a dropped separator or anything but a word character starts afresh.
            if boundary || !isWord { previousScript = nil }
            if script != nil { previousScript = script }
        }
        wordEnd.append(true)
        self.letters = letters
        self.joined = joined
        self.dropped = dropped
        self.wordEnd = wordEnd
        self.wordStart = wordStart
        self.place = place
    }

    /// Whether letters p − 1 and p are apart: white space or a dropped separator comes
    /// between them.
    func isApart(_ position: Int) -> Bool {
        position > 0 && (!joined[position] || dropped[position])
    }
}
