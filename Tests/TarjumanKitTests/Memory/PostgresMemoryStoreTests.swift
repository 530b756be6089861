import Foundation
import NIOCore
import Synchronization
import Testing

@testable import TarjumanKit
@testable import TarjumanPostgres

/// What only the PostgreSQL store does: vacuuming after a large import, and moving a memory
/// of an older schema to the current one (run when `TARJUMAN_TEST_POSTGRES` names a server).
@Suite(.enabled(if: ProcessInfo.processInfo.environment["TARJUMAN_TEST_POSTGRES"] != nil))
struct PostgresMemoryStoreTests {
    /// The URL of a new schema of the test database.
    static func url() throws -> String {
        let url = try #require(ProcessInfo.processInfo.environment["TARJUMAN_TEST_POSTGRES"])
        let schema = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        return url + (url.contains("?") ? "&" : "?") + "schema=" + schema
    }

    /// `count` units numbered from `first`, with distinct sources sharing most of their words.
    static func units(_ count: Int, from first: Int = 0, origin: String) -> [MemoryUnit] {
        (first..<first + count).map { index in
            MemoryUnit(
                source: "The port of Gwadar handled \(index) ships in week \(index % 7).",
                target: "گوادر کی بندرگاہ نے ہفتہ \(index % 7) میں \(index) جہاز سنبھالے۔",
                origin: origin)
        }
    }

    /// An add of 10,000 units or more in one transaction is kept and leaves the planner
    /// statistics (a `VACUUM` after it ran inside `tm import`'s transaction and undid it).
    @Test func aLargeImportInOneTransactionIsKeptAndAnalysed() throws {
        let store = try PostgresMemoryStore(url: try Self.url())
        let en = try TestData.pack("en")
        let ur = try TestData.pack("ur")
        let added = try store.atomically {
            try store.add(Self.units(12_000, origin: "a"), source: en, target: ur, penalty: nil)
        }
        #expect(added == 12_000)
        #expect(try store.statistics().units == 12_000)
        // Column statistics exist only once the table is analysed.
        #expect(
            try store.execute(
                """
                SELECT (count(*) > 0)::text FROM pg_stats
                WHERE schemaname = current_schema() AND tablename = 'tm_posting'
                """) == ["true"])
        let found = try store.lookup(
            "The port of Gwadar handled 11999 ships in week 1.", source: en, target: "ur",
            minimum: 75, limit: 3, context: nil)
        #expect(found.first?.score == 100)
    }

    /// A new memory's trigram index of translations is built once its first import is in,
    /// in one pass (kept up row by row it cost more time and room), and serves `tm search`.
    @Test func theTrigramIndexIsBuiltAfterTheFirstImport() throws {
        let store = try PostgresMemoryStore(url: try Self.url(), creating: true)
        let (en, ur) = (try TestData.pack("en"), try TestData.pack("ur"))
        let indexes = """
            SELECT c.relname::text FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
            WHERE i.indrelid = 'tm_unit'::regclass AND c.relname = 'tm_unit_target'
            """
        #expect(try store.execute(indexes).isEmpty)
        try store.atomically {
            _ = try store.add(Self.units(300, origin: "a"), source: en, target: ur, penalty: nil)
            _ = try store.add(
                Self.units(10, from: 300, origin: "b"), source: en, target: ur, penalty: nil)
        }
        #expect(try store.execute(indexes) == ["tm_unit_target"])
        _ = try store.add(
            Self.units(5, from: 400, origin: "c"), source: en, target: ur, penalty: nil)
        #expect(try store.execute(indexes) == ["tm_unit_target"])
        let found = try store.search("ہفتہ 4 میں 403 جہاز", source: en, target: ur, limit: 5)
        #expect(found.map(\.target) == [Self.units(1, from: 403, origin: "c")[0].target])
    }

    /// Every (token, length, unit) the posting lists hold, and what the units imply.
    static func postings(_ store: PostgresMemoryStore) throws -> (held: [String], implied: [String])
    {
        var held: [String] = []
        for line in try store.execute(
            "SELECT token || ' ' || length || ' ' || encode(units, 'hex') FROM tm_posting")
        {
            let fields = line.split(separator: " ")
            for unit in PostingList.decode(ByteBuffer(bytes: bytes(hex: fields[2]))) {
                held.append("\(fields[0]) \(fields[1]) \(unit)")
            }
        }
        var implied: [String] = []
        for line in try store.execute("SELECT id || ' ' || encode(tokens, 'hex') FROM tm_unit") {
            let fields = line.split(separator: " ")
            let tokens = TokenList.decode(bytes(hex: fields[1]))
            for token in Set(tokens) { implied.append("\(token) \(tokens.count) \(fields[0])") }
        }
        return (held.sorted(), implied.sorted())
    }

    static func bytes(hex: Substring) -> [UInt8] {
        let digits = Array(hex.utf8)
        return stride(from: 0, to: digits.count, by: 2).map {
            UInt8(String(decoding: digits[$0..<$0 + 2], as: UTF8.self), radix: 16) ?? 0
        }
    }

    /// Deleting an origin rewrites the posting lists to list exactly the units left, and
    /// small adds join the short rows their lists have instead of adding a row each.
    @Test func theListsHoldExactlyTheStoredUnits() throws {
        let store = try PostgresMemoryStore(url: try Self.url())
        let en = try TestData.pack("en")
        let ur = try TestData.pack("ur")
        _ = try store.add(Self.units(300, origin: "a"), source: en, target: ur, penalty: nil)
        func rows() throws -> Int {
            Int(try store.execute("SELECT count(*)::text FROM tm_posting").first ?? "") ?? -1
        }
        let before = try rows()
        for index in 0..<5 {
            _ = try store.add(
                Self.units(1, from: 300 + index, origin: "b"), source: en, target: ur,
                penalty: nil)
        }
        // Five units of the same words but their number, one at a time: a row each for the
        // new numbers, the words' lists grown in place (without, 10 rows each).
        #expect(try rows() == before + 5)
        var lists = try Self.postings(store)
        #expect(lists.held == lists.implied && lists.held.count > 1_000)
        #expect(try store.delete(origin: "a") == 300)
        lists = try Self.postings(store)
        #expect(lists.held == lists.implied && !lists.held.isEmpty)
        #expect(
            try store.execute("SELECT count(*)::text FROM tm_posting WHERE units = ''") == ["0"])
    }

    /// The adds of one transaction (an import's batches) write one row per token and length,
    /// once, not one per batch; a lookup or delete inside the transaction sees them all.
    @Test func anImportWritesOneRowPerList() throws {
        let store = try PostgresMemoryStore(url: try Self.url())
        let en = try TestData.pack("en")
        let ur = try TestData.pack("ur")
        let found = try store.atomically {
            for batch in 0..<3 {
                _ = try store.add(
                    Self.units(2_500, from: batch * 2_500, origin: "a"), source: en, target: ur,
                    penalty: nil)
            }
            return try store.lookup(
                "The port of Gwadar handled 4500 ships in week 6.", source: en, target: "ur",
                minimum: 100, limit: 1, context: nil)
        }
        #expect(found.first?.unit.source == "The port of Gwadar handled 4500 ships in week 6.")
        let rows = try store.execute("SELECT count(*)::text FROM tm_posting")
        let lists = try store.execute(
            "SELECT count(DISTINCT (token, length))::text FROM tm_posting")
        #expect(rows == lists)
        let postings = try Self.postings(store)
        #expect(postings.held == postings.implied && postings.held.count > 2_000)
        // A transaction that fails writes none of them.
        #expect(throws: MemoryError.self) {
            try store.atomically {
                _ = try store.add(
                    Self.units(50, from: 10_000, origin: "b"), source: en, target: ur,
                    penalty: nil)
                throw MemoryError(store: store.path, reason: "stopped")
            }
        }
        #expect(try Self.postings(store) == postings)
        _ = try store.add(
            Self.units(1, from: 20_000, origin: "c"), source: en, target: ur, penalty: nil)
        let after = try Self.postings(store)
        #expect(after.held == after.implied && after.held.count > postings.held.count)
    }

    /// A delete beside an import waits for it (writers take turns) and then deletes what the
    /// import added: the two deadlocked on their locks and the import was lost (pass 21).
    @Test func aDeleteBesideAnImportWaitsForIt() throws {
        let url = try Self.url()
        let en = try TestData.pack("en")
        let ur = try TestData.pack("ur")
        let importing = try PostgresMemoryStore(url: url)
        _ = try importing.add(Self.units(10, origin: "a"), source: en, target: ur, penalty: nil)
        let deleting = try PostgresMemoryStore(url: url)
        let started = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        let deleted = Mutex<Result<Int, MemoryError>?>(nil)
        try importing.atomically {
            _ = try importing.add(
                Self.units(100, from: 10, origin: "a"), source: en, target: ur, penalty: nil)
            Thread.detachNewThread {
                started.signal()
                let result = Result { () throws(MemoryError) in try deleting.delete(origin: "a") }
                deleted.withLock { $0 = result }
                finished.signal()
            }
            started.wait()
            Thread.sleep(forTimeInterval: 0.5)
            _ = try importing.add(
                Self.units(100, from: 110, origin: "a"), source: en, target: ur, penalty: nil)
        }
        // A deadlock or a lost turn fails the test instead of hanging it.
        #expect(finished.wait(timeout: .now() + 120) == .success)
        #expect(try deleted.withLock { try $0?.get() } == 210)
        #expect(try importing.statistics().units == 0)
    }

    /// A memory of the server's search path (`public`) is no memory of a schema the URL
    /// names: a mistyped `schema=` read and wrote the public memory (review of pass 21).
    @Test func aMemoryInPublicIsNotTheMemoryOfASchema() throws {
        let url = try #require(ProcessInfo.processInfo.environment["TARJUMAN_TEST_POSTGRES"])
        let shared = try PostgresMemoryStore(url: url)
        defer {
            for table in ["tm_posting", "tm_unit", "tm_token", "tm_origin", "tm_schema"] {
                _ = try? shared.execute("DROP TABLE IF EXISTS public.\(table) CASCADE")
            }
        }
        let en = try TestData.pack("en")
        let ur = try TestData.pack("ur")
        _ = try shared.add(Self.units(3, origin: "p"), source: en, target: ur, penalty: nil)
        let fresh = try Self.url()
        #expect(throws: MemoryError.self) { try PostgresMemoryStore(url: fresh, creating: false) }
        let own = try PostgresMemoryStore(url: fresh)
        #expect(try own.statistics().units == 0)
        #expect(try shared.statistics().units == 3)
    }

    /// Without `creating`, a memory that is not there is an error and nothing is made (a
    /// mistyped schema became an empty memory; pass 21).
    @Test func aMissingMemoryIsNotMadeWhenOnlyRead() throws {
        let url = try Self.url()
        #expect(throws: MemoryError.self) { try PostgresMemoryStore(url: url, creating: false) }
        let store = try PostgresMemoryStore(url: url)
        #expect(try store.statistics().units == 0)
        _ = try PostgresMemoryStore(url: url, creating: false)
    }

    /// A memory of schema 1 (a posting row per unit) is moved to packed posting lists when
    /// opened, and answers as before.
    @Test func aSchemaOneMemoryIsMigratedAndAnswersAsBefore() throws {
        let url = try Self.url()
        let en = try TestData.pack("en")
        let ur = try TestData.pack("ur")
        let store = try PostgresMemoryStore(url: url)
        _ = try store.add(Self.units(300, origin: "a"), source: en, target: ur, penalty: nil)
        _ = try store.add(
            Self.units(200, from: 300, origin: "b"), source: en, target: ur, penalty: 5)
        func answers(_ store: PostgresMemoryStore) throws -> [String] {
            try (0..<40).map { index in
                try store.lookup(
                    "The port of Gwadar handled \(index * 7) boats in week 3.", source: en,
                    target: "ur", minimum: 60, limit: 5, context: nil
                ).map { "\($0.score) \($0.unit.source) \($0.unit.origin)" }.joined(separator: "|")
            }
        }
        let before = try answers(store)
        #expect(before.allSatisfy { !$0.isEmpty })
        // Schema 2 (units hashed otherwise) is read as it stands by a reader (review of pass
        // 23: a reading role could not open it); its first write rehashes it.
        for statement in ["UPDATE tm_schema SET version = 2", "UPDATE tm_unit SET unit_hash = -id"]
        {
            _ = try store.execute(statement)
        }
        let reader = try PostgresMemoryStore(url: url, creating: false)
        #expect(try reader.statistics().schemaVersion == 2)
        #expect(try answers(reader) == before)
        #expect(
            try reader.add(Self.units(300, origin: "a"), source: en, target: ur, penalty: nil) == 0)
        #expect(try reader.statistics().schemaVersion == 3)
        // Back to schema 1, as a Tarjuman of that schema left it: a row per posting.
        let postings = try Self.postings(store).held.map {
            "(" + $0.split(separator: " ").joined(separator: ", ") + ")"
        }
        #expect(postings.count > 500)
        for statement in [
            """
            CREATE TABLE tm_posting_1 (token BIGINT NOT NULL, length INTEGER NOT NULL,
                unit BIGINT NOT NULL, PRIMARY KEY (token, length, unit))
            """,
            "INSERT INTO tm_posting_1 VALUES " + postings.joined(separator: ", "),
            "DROP TABLE tm_posting",
            "ALTER TABLE tm_posting_1 RENAME TO tm_posting",
            "DELETE FROM tm_schema",
            "INSERT INTO tm_schema VALUES (1)",
            // Hashes no later schema makes, as schema 1 and 2 hashed units otherwise.
            "UPDATE tm_unit SET unit_hash = -id",
        ] {
            _ = try store.execute(statement)
        }
        let reopened = try PostgresMemoryStore(url: url)
        #expect(try reopened.statistics().schemaVersion == 3)
        // Its units are rehashed (schema 3): adding them again adds nothing.
        #expect(
            try reopened.add(Self.units(300, origin: "a"), source: en, target: ur, penalty: nil)
                == 0)
        #expect(try answers(reopened) == before)
        #expect(try reopened.delete(origin: "b") == 200)
        #expect(try reopened.statistics().units == 300)
    }
}

/// Packed posting lists: gaps as varints, read back in order; units counted across lists.
@Suite struct PostingListTests {
    @Test func aListReadsBackSortedFromAByteOrTwoPerUnit() {
        let units: [Int64] = [900_000, 3, 1_000_000, 127, 128, 4_000_000_000_000]
        let bytes = PostingList.encode(units)
        #expect(PostingList.decode(bytes) == units.sorted())
        #expect(PostingList.encode(Array(1...1000)).readableBytes == 1000)
        var both: [Int64] = [7]
        PostingList.decode(PostingList.encode([2, 1]), into: &both)
        #expect(both == [7, 1, 2])
    }

    @Test func aUnitCountsOncePerListThatHoldsIt() {
        let found = PostingList.hits(
            [(5, 9), (2, 4), (5, 9), (8, 3), (5, 9), (2, 4)], required: 2)
        #expect(found.map(\.unit) == [2, 5] && found.map(\.hits) == [2, 3])
        #expect(found.map(\.length) == [4, 9])
    }
}
