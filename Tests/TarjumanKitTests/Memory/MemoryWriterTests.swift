import Foundation
import Testing

@testable import TarjumanKit

/// Batches keyed on one thread and written on another make the memory direct adds make.
@Suite struct MemoryWriterTests {
    typealias Backend = MemoryStoreTests.Backend

    /// Three batches, the second overlapping both others, in one transaction: the same
    /// units in the same order, and the same count added, as three adds one after another.
    @Test(arguments: Backend.available)
    func batchesAreWrittenInOrderAsDirectAddsAre(_ backend: Backend) throws {
        let (en, ur) = (try TestData.pack("en"), try TestData.pack("ur"))
        let batches = [
            PostgresMemoryStoreTests.units(400, origin: "a"),
            PostgresMemoryStoreTests.units(400, from: 200, origin: "b"),
            PostgresMemoryStoreTests.units(300, from: 500, origin: "a"),
        ]
        let (direct, directFolder) = try MemoryStoreTests.store(backend)
        let (written, writtenFolder) = try MemoryStoreTests.store(backend)
        defer {
            try? FileManager.default.removeItem(at: directFolder)
            try? FileManager.default.removeItem(at: writtenFolder)
        }
        let directAdded = try direct.atomically {
            try batches.reduce(0) { $0 + (try direct.add($1, source: en, target: ur, penalty: 3)) }
        }
        let writtenAdded = try written.atomically {
            let writer = MemoryWriter(written)
            for batch in batches {
                try writer.add(try written.keyed(batch, source: en, target: ur), penalty: 3)
            }
            return try writer.finish()
        }
        #expect(writtenAdded == 800 && directAdded == 800)
        let units = { (store: any MemoryStore) in
            try store.units(source: "en", target: "ur", after: 0, limit: 2_000).map(\.unit)
        }
        #expect(try units(written) == units(direct))
        #expect(try written.statistics() == direct.statistics())
        let query = "The port of Gwadar handled 250 ships in week 3."
        let lookup = { (store: any MemoryStore) in
            try store.lookup(
                query, source: en, target: "ur", minimum: 75, limit: 5, context: nil)
        }
        #expect(try lookup(written) == lookup(direct))
    }

    /// A writer let go with a batch still being written waits for it (it trapped, reading
    /// itself as it was freed).
    @Test func aWriterLetGoFinishesItsBatch() throws {
        let (en, ur) = (try TestData.pack("en"), try TestData.pack("ur"))
        let (store, folder) = try MemoryStoreTests.store()
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            let writer = MemoryWriter(store)
            try writer.add(
                try store.keyed(
                    PostgresMemoryStoreTests.units(500, origin: "a"), source: en, target: ur),
                penalty: nil)
        }
        #expect(try store.statistics().units == 500)
    }

    /// A batch that fails stops the writing: its error comes out of the next call, and no
    /// later batch reaches the store.
    @Test func aFailedBatchStopsTheWriting() throws {
        let (en, ur) = (try TestData.pack("en"), try TestData.pack("ur"))
        let (real, folder) = try MemoryStoreTests.store()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = FailingSecondAdd(real)
        let writer = MemoryWriter(store)
        let batches = (0..<3).map { PostgresMemoryStoreTests.units(10, from: $0 * 10, origin: "a") }
        try writer.add(try store.keyed(batches[0], source: en, target: ur), penalty: nil)
        try writer.add(try store.keyed(batches[1], source: en, target: ur), penalty: nil)
        #expect(throws: MemoryError.self) {
            try writer.add(try store.keyed(batches[2], source: en, target: ur), penalty: nil)
        }
        #expect(throws: MemoryError.self) { try writer.finish() }
        #expect(try real.statistics().units == 10)
    }
}

/// A store whose second add fails; everything else is the wrapped store's.
private final class FailingSecondAdd: MemoryStore, @unchecked Sendable {
    private let store: any MemoryStore
    private var adds = 0

    init(_ store: any MemoryStore) { self.store = store }

    var path: String { store.path }

    func keyed(_ units: [MemoryUnit], source: LocalePack, target: LocalePack)
        throws(MemoryError) -> KeyedUnits
    {
        try store.keyed(units, source: source, target: target)
    }

    func add(_ units: KeyedUnits, penalty: Int?) throws(MemoryError) -> Int {
        adds += 1
        guard adds != 2 else { throw MemoryError(store: path, reason: "the second add") }
        return try store.add(units, penalty: penalty)
    }

    func lookup(
        _ sentence: String, source: LocalePack, target: String, minimum: Int, limit: Int,
        context: (previous: String, next: String)?
    ) throws(MemoryError) -> [MemoryMatch] {
        try store.lookup(
            sentence, source: source, target: target, minimum: minimum, limit: limit,
            context: context)
    }

    func search(_ text: String, source: LocalePack, target: LocalePack, limit: Int)
        throws(MemoryError) -> [MemoryUnit]
    {
        try store.search(text, source: source, target: target, limit: limit)
    }

    func units(source: String, target: String, after: Int64, limit: Int) throws(MemoryError)
        -> [(number: Int64, unit: MemoryUnit)]
    {
        try store.units(source: source, target: target, after: after, limit: limit)
    }

    func atomically<T>(_ body: () throws -> T) throws -> T { try store.atomically(body) }

    func delete(origin: String) throws(MemoryError) -> Int { try store.delete(origin: origin) }

    func statistics() throws(MemoryError) -> MemoryStatistics { try store.statistics() }

    func penalties() throws(MemoryError) -> [String: Int] { try store.penalties() }
}
