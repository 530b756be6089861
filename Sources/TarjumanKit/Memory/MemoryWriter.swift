import Dispatch

/// Adds batches of keyed units to a store on a thread of its own, one batch at a time and in
/// the order given, while the caller reads and keys the next batch: an import's two halves
/// (Tarjuman keying units, the store writing them) overlap instead of taking turns.
///
/// The store is used by one thread at a time: ``add(_:penalty:)`` waits for the batch
/// before it to be written before it hands the store a new one, and ``finish()`` waits for
/// the last. Call ``MemoryStore/keyed(_:source:target:)`` on the caller's thread only.
public final class MemoryWriter: @unchecked Sendable {
    private let store: any MemoryStore
    private let queue = DispatchQueue(label: "tarjuman.memory-writer")
    private let group = DispatchGroup()
    // Written on the queue, read after `group.wait()`, which orders the two.
    private var added = 0
    private var failure: MemoryError?

    /// A writer adding to `store`.
    public init(_ store: any MemoryStore) {
        self.store = store
    }

    // A batch still being written uses the writer without holding it.
    deinit {
        group.wait()
    }

    /// Starts adding `units` (see ``MemoryStore/add(_:penalty:)``) once the batch before
    /// them is written; throws that batch's error, if it failed.
    public func add(_ units: KeyedUnits, penalty: Int?) throws(MemoryError) {
        try wait()
        group.enter()
        // No reference is taken: the writer (and so the store) lives until the batch is
        // written, since `deinit` waits for it. A reference held by the writer's thread
        // could be the last one, released after the caller had moved on: an SQLite store
        // was then closed (its write-ahead log folded in) after the process had exited,
        // which left the log beside the memory.
        queue.async { [unowned(unsafe) self] in
            write(units, penalty: penalty)
            group.leave()
        }
    }

    /// Adds `units` on the writer's thread; every reference it takes ends with the call.
    private func write(_ units: KeyedUnits, penalty: Int?) {
        do throws(MemoryError) {
            added += try store.add(units, penalty: penalty)
        } catch {
            failure = error
        }
    }

    /// Waits for the last batch; returns how many units all batches added.
    public func finish() throws(MemoryError) -> Int {
        try wait()
        return added
    }

    private func wait() throws(MemoryError) {
        group.wait()
        if let failure { throw failure }
    }
}
