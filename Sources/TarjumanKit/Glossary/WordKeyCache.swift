import Synchronization

/// The trie ids of one English word's keys, one per way of matching (``WordTrie/none``
/// where no term has that key, or the mode is unused).
struct WordIDs: Sendable {
    /// Lower-cased (``MatchMode/exact``).
    let exact: UInt32
    /// Inflectional stem (``MatchMode/inflected``).
    let inflected: UInt32
    /// Full Porter2 stem (``MatchMode/stem``).
    let stem: UInt32
    /// As written, for case-sensitive terms.
    let asWritten: UInt32

    /// The id for `mode` (case-insensitive).
    subscript(mode: MatchMode) -> UInt32 {
        switch mode {
        case .exact: exact
        case .inflected: inflected
        case .stem: stem
        }
    }
}

/// English words already reduced to their trie ids, shared by every call of one matcher: a
/// document's words repeat from sentence to sentence and paragraph to paragraph, and
/// stemming is the costly part of English matching. One lookup per word gives its ids in
/// every mode. Thread-safe; emptied when it reaches `limit` entries so that memory stays
/// bounded on any input.
final class WordKeyCache: Sendable {
    private let ids = Mutex<[String: WordIDs]>([:])
    private let limit: Int

    /// A cache holding at most `limit` words.
    init(limit: Int = 200_000) {
        self.limit = limit
    }

    /// The ids of `word`, computed by `compute` the first time it is met.
    func ids(of word: String, compute: (String) -> WordIDs) -> WordIDs {
        if let known = ids.withLock({ $0[word] }) { return known }
        let found = compute(word)
        ids.withLock {
            if $0.count >= limit { $0.removeAll(keepingCapacity: true) }
            $0[word] = found
        }
        return found
    }
}
