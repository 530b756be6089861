/// A translation memory kept in an indexed store, for one source language at a time: units
/// imported with their provenance, found again by exact, in-context and fuzzy match.
public protocol MemoryStore {
    /// Where the memory is: a file path, or a database URL without its password.
    var path: String { get }

    /// The storable ones of `units` of the pair `source` → `target`, keyed with this
    /// store's normalisers for ``add(_:penalty:)``. It does not touch the store, so one
    /// batch can be keyed while another is being added.
    func keyed(_ units: [MemoryUnit], source: LocalePack, target: LocalePack)
        throws(MemoryError) -> KeyedUnits

    /// Adds `units` under their origin, which ranks every match from it `penalty` points
    /// lower; `nil` keeps the penalty the origin has (0 for a new one), so that adding to a
    /// less trusted origin never resets its trust. A unit whose source and translation are
    /// already in the memory for the pair is not added again; an origin none of whose units
    /// was added is not listed, unless given a `penalty` above 0, which is kept for its
    /// later units. Returns how many were added.
    func add(_ units: KeyedUnits, penalty: Int?) throws(MemoryError) -> Int

    /// The best units for `sentence` (in `source`'s language, into `target`), best first:
    /// at most `limit`, each scoring at least `minimum`. `context` is the sentence's
    /// neighbours (previous, next; "" where it has none), for in-context matches; nil when
    /// they are not known, and then no match scores 101.
    func lookup(
        _ sentence: String, source: LocalePack, target: String, minimum: Int, limit: Int,
        context: (previous: String, next: String)?
    ) throws(MemoryError) -> [MemoryMatch]

    /// Units whose source or translation contains `text` (on the matching key of the
    /// respective language), for a concordance; at most `limit`.
    func search(
        _ text: String, source: LocalePack, target: LocalePack, limit: Int
    ) throws(MemoryError) -> [MemoryUnit]

    /// Up to `limit` units of the pair added after the unit numbered `after` (0: from the
    /// first), in the order they were added, each with its number: page through a memory of
    /// any size by passing the last number back.
    func units(source: String, target: String, after: Int64, limit: Int) throws(MemoryError)
        -> [(number: Int64, unit: MemoryUnit)]

    /// Runs `body`, which changes this store (``add(_:source:target:penalty:)``), as one
    /// transaction: its changes are all kept if it returns, and none are if it throws or the
    /// process stops first (a signal in the middle of a long import leaves the store as it
    /// was).
    func atomically<T>(_ body: () throws -> T) throws -> T

    /// Removes every unit of `origin`; returns how many.
    func delete(origin: String) throws(MemoryError) -> Int

    /// Counts by origin.
    func statistics() throws(MemoryError) -> MemoryStatistics

    /// Each origin's penalty, by name: what an import or export needs of the origins,
    /// without ``statistics()``'s count of every unit.
    func penalties() throws(MemoryError) -> [String: Int]
}

extension MemoryStore {
    /// Keys `units` of the pair `source` → `target` and adds them (see
    /// ``add(_:penalty:)``); returns how many were added.
    public func add(
        _ units: [MemoryUnit], source: LocalePack, target: LocalePack, penalty: Int?
    ) throws(MemoryError) -> Int {
        try add(keyed(units, source: source, target: target), penalty: penalty)
    }
}
