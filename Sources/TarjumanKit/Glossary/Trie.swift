/// A trie over paths of keys (English word keys, target-script letters) whose ends carry
/// glossary row indices; the node array keeps it compact and value-typed.
struct Trie<Key: Hashable & Sendable>: Sendable {
    private struct Node: Sendable {
        var children: [Key: Int] = [:]
        var entries: [Int] = []
    }

    private var nodes = [Node()]

    /// The root node.
    static var root: Int { 0 }

    /// Adds `path`, ending in row `entry`.
    mutating func insert(_ path: some Sequence<Key>, entry: Int) {
        var node = Self.root
        for key in path {
            if let next = nodes[node].children[key] {
                node = next
            } else {
                nodes.append(Node())
                nodes[node].children[key] = nodes.count - 1
                node = nodes.count - 1
            }
        }
        if !nodes[node].entries.contains(entry) { nodes[node].entries.append(entry) }
    }

    /// The node reached from `node` by `key`.
    func child(of node: Int, _ key: Key) -> Int? { nodes[node].children[key] }

    /// The rows whose path ends at `node` (empty inside a path).
    func entries(at node: Int) -> [Int] { nodes[node].entries }
}

/// Tries of English word keys, one per way of matching (match mode, or case-sensitive).
struct WordTrie: Sendable {
    private var tries: [String: Trie<String>] = [:]

    /// The modes that have terms.
    private(set) var modes: Set<MatchMode> = []
    /// Whether any term is case-sensitive.
    private(set) var hasCaseSensitive = false

    private static func name(_ mode: MatchMode, _ caseSensitive: Bool) -> String {
        caseSensitive ? "case" : mode.rawValue
    }

    /// Adds a term's word keys for `entry`.
    mutating func insert(_ keys: [String], mode: MatchMode, caseSensitive: Bool, entry: Int) {
        guard !keys.isEmpty else { return }
        if caseSensitive { hasCaseSensitive = true } else { modes.insert(mode) }
        tries[Self.name(mode, caseSensitive), default: Trie()].insert(keys, entry: entry)
    }

    /// The longest term starting at token `start`: the index of its last token and its rows.
    func longest(
        from start: Int, keys: [String], tokens: [EnglishWords.Token], mode: MatchMode,
        caseSensitive: Bool
    ) -> (end: Int, entries: [Int])? {
        guard let trie = tries[Self.name(mode, caseSensitive)] else { return nil }
        var node = Trie<String>.root
        var best: (Int, [Int])?
        var index = start
        while index < keys.count {
            if index > start && !tokens[index].joined { break }
            guard let next = trie.child(of: node, keys[index]) else { break }
            node = next
            let entries = trie.entries(at: node)
            if !entries.isEmpty { best = (index, entries) }
            index += 1
        }
        return best
    }
}

/// A trie of letters (target-side term forms).
struct LetterTrie: Sendable {
    private var trie = Trie<Unicode.Scalar>()

    /// Adds a form's letters for `entry`.
    mutating func insert(_ letters: [Unicode.Scalar], entry: Int) {
        trie.insert(letters, entry: entry)
    }

    /// The longest form starting at `start` whose end `accept`s (a word boundary): its
    /// length and its rows.
    func longest(in text: [Unicode.Scalar], from start: Int, accept: (Int) -> Bool) -> (Int, [Int])?
    {
        var node = Trie<Unicode.Scalar>.root
        var best: (Int, [Int])?
        var index = start
        while index < text.count, let next = trie.child(of: node, text[index]) {
            node = next
            index += 1
            let entries = trie.entries(at: node)
            if !entries.isEmpty && accept(index) { best = (index - start, entries) }
        }
        return best
    }
}
