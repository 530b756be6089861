import Synchronization

/// English word keys (lower-cased, stemmed) already computed, shared by every call of one
/// matcher: a document's words repeat from sentence to sentence and paragraph to paragraph,
/// and stemming is the costly part of English matching. Thread-safe; emptied when it
/// reaches `limit` entries so that memory stays bounded on any input.
final class WordKeyCache: Sendable {
    private struct Slot: Hashable {
        let word: String
        let mode: MatchMode
        let caseSensitive: Bool
    }

    private let keys = Mutex<[Slot: String]>([:])
    private let limit: Int

    /// A cache holding at most `limit` keys.
    init(limit: Int = 200_000) {
        self.limit = limit
    }

    /// The key of `word` for `mode` (and case sensitivity), computed once.
    func key(_ word: String, mode: MatchMode, caseSensitive: Bool) -> String {
        let slot = Slot(word: word, mode: mode, caseSensitive: caseSensitive)
        if let known = keys.withLock({ $0[slot] }) { return known }
        let key = EnglishWords.key(word, mode: mode, caseSensitive: caseSensitive)
        keys.withLock {
            if $0.count >= limit { $0.removeAll(keepingCapacity: true) }
            $0[slot] = key
        }
        return key
    }
}
