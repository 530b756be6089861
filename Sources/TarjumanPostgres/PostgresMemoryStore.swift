import Foundation
import PostgresNIO
import Synchronization
public import TarjumanKit

/// A translation memory in a PostgreSQL database, for a team sharing one memory
/// (`--tm-db postgres://user:password@host:port/database`).
///
/// The keys, index and scoring are those of ``SQLiteMemoryStore`` (token ids per unit, an
/// inverted index of source tokens by unit length, FNV hashes of pair, key and
/// translation), so both backends find the same matches with the same scores; the inverted
/// index is kept as packed posting lists (``PostingList``), a row per token, length and
/// `add` call (short rows joined by small adds) instead of a row per posting. The target text also has a `pg_trgm` GIN index, as
/// Weblate keeps its memory, for the concordance.
/// Calls block the calling thread; the connection runs on SwiftNIO's own threads.
public final class PostgresMemoryStore: MemoryStore, Sendable {
    /// The database, as named (without the password).
    public let path: String
    private let connection: Mutex<PostgresConnection>
    private let logger: Logger
    /// Normalisers by pack tag: building one walks 64 Ki-entry tables, too much per lookup.
    private let normalizers = Mutex<[String: Normalizer]>([:])
    /// Whether ``atomically(_:)`` holds a transaction open, which every change joins.
    private let inTransaction = Mutex(false)
    /// Whether the memory is of schema 2, read as it stands: its units are rehashed (schema
    /// 3) by the first write.
    private let rehashPending = Mutex(false)
    /// Units added in the transaction ``atomically(_:)`` holds open.
    private let addedInTransaction = Mutex(0)
    /// The posting lists of the adds made in the open ``atomically(_:)`` transaction, written
    /// once before it ends (or before anything reads them): an import of 1,000,000 units in
    /// batches of 50,000 wrote a row per token, length and batch, 2.1 million rows where one
    /// per token and length does.
    private let pendingPostings = Mutex<[PostingKey: PostingList.Growing]>([:])
    /// The schema the URL names (`schema=`), nil for the server's search path.
    private let schema: String?
    /// The schema version this Tarjuman writes.
    static let schemaVersion = 3

    /// Connects to the database `url` names and checks its tables; with `creating`, a memory
    /// that is not there yet (no tables, or no schema of the URL's name) is made, else it
    /// is an error and nothing is made.
    public init(url: String, creating: Bool = true) throws(MemoryError) {
        let settings = try Self.settings(url)
        path = settings.name
        schema = settings.schema
        var logger = Logger(label: "tarjuman.memory")
        logger.logLevel = .critical
        self.logger = logger
        do {
            let opened = try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.any(),
                configuration: settings.configuration, id: 1, logger: logger
            ).wait()
            connection = Mutex(opened)
        } catch {
            throw MemoryError(
                store: settings.name, reason: "cannot connect: \(Self.describe(error))")
        }
        if let schema = settings.schema {
            _ = try rows(PostgresQuery(unsafeSQL: "SET search_path TO \(schema), public"))
        }
        // Two Tarjumans making one new memory at once: the second's first look at the
        // catalog predates the first's commit, and its CREATE SCHEMA fails; a second try,
        // in a new transaction, finds the memory made.
        do {
            try migrate(creating: creating)
        } catch {
            try migrate(creating: creating)
        }
    }

    deinit {
        // The connection must be closed before it is released.
        connection.withLock { try? ($0.close() as EventLoopFuture<Void>).wait() }
    }

    /// Host, port, user, password, database and TLS from a `postgres://` URL, with
    /// `sslmode` as libpq reads it: `disable`, `prefer` (the default: TLS when the server
    /// offers it) or `require` (neither verifies the certificate, as in libpq), `verify-full`;
    /// and `schema=NAME` to keep the memory's tables in a schema of their own (several
    /// memories in one database).
    static func settings(_ url: String) throws(MemoryError) -> (
        configuration: PostgresConnection.Configuration, name: String, schema: String?
    ) {
        guard let parts = URLComponents(string: url),
            ["postgres", "postgresql"].contains(parts.scheme?.lowercased() ?? ""),
            let host = parts.host, !host.isEmpty
        else {
            throw MemoryError(
                store: redactedURL(url),
                reason: "not a PostgreSQL URL; write postgres://user@host:port/database")
        }
        // URLComponents takes any number as a port.
        if let port = parts.port, !(1...65_535).contains(port) {
            throw MemoryError(
                store: redactedURL(url), reason: "port \(port) is not 1 to 65535")
        }
        let database = String(parts.path.drop { $0 == "/" })
        let user = parts.user ?? ProcessInfo.processInfo.environment["USER"] ?? "postgres"
        let port = parts.port ?? 5432
        // The password shown as *** (valid or not), as every message writes the address.
        let name =
            "postgres://\(user)\(parts.password == nil ? "" : ":***")@\(host):\(port)/\(database)"
        let mode = parts.queryItems?.first { $0.name == "sslmode" }?.value ?? "prefer"
        let schema = parts.queryItems?.first { $0.name == "schema" }?.value
        if let schema,
            schema.isEmpty || schema.first?.isNumber == true
                || !schema.utf8.allSatisfy({
                    (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x5F
                })
        {
            throw MemoryError(
                store: name, reason: "schema '\(schema)' must be lower-case letters, digits and _")
        }
        let tls: PostgresConnection.Configuration.TLS
        do {
            var unverified = TLSConfiguration.makeClientConfiguration()
            unverified.certificateVerification = .none
            switch mode {
            case "disable": tls = .disable
            case "prefer", "allow": tls = .prefer(try NIOSSLContext(configuration: unverified))
            case "require": tls = .require(try NIOSSLContext(configuration: unverified))
            case "verify-ca", "verify-full":
                tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
            default:
                throw MemoryError(
                    store: name,
                    reason: "unknown sslmode '\(mode)'; use disable, prefer, require or verify-full"
                )
            }
        } catch let error as MemoryError {
            throw error
        } catch {
            throw MemoryError(store: name, reason: "cannot set up TLS: \(error)")
        }
        let configuration = PostgresConnection.Configuration(
            host: host, port: port, username: user, password: parts.password,
            database: database.isEmpty ? nil : database, tls: tls)
        return (configuration, name + (schema.map { "?schema=\($0)" } ?? ""), schema)
    }

    private static func describe(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            // The reason below the code, in words: "connection refused" says more than
            // "connectionError" (pass 39), and more than the connector's own account of it.
            if let underlying = error.underlying {
                let text = "\(underlying)"
                let known = [
                    (
                        "Connection refused",
                        "connection refused: is a PostgreSQL server running there?"
                    ),
                    ("timed out", "the connection timed out"),
                    ("Timeout", "the connection timed out"),
                ]
                return known.first { text.contains($0.0) }?.1 ?? "\(error.code): \(text)"
            }
            return "\(error.code)"
        }
        return "\(error)"
    }

    // MARK: - Running queries

    /// The rows of `query`, waited for.
    private func rows(_ query: PostgresQuery) throws(MemoryError) -> [PostgresRow] {
        do {
            return try connection.withLock { connection in
                try connection.query(query, logger: logger).wait().rows
            }
        } catch {
            throw MemoryError(store: path, reason: Self.describe(error))
        }
    }

    /// Runs one SQL statement in the memory's schema and returns the first column of its
    /// rows as text: lets the tests build a memory as an older Tarjuman left it.
    func execute(_ statement: String) throws(MemoryError) -> [String] {
        try rows(PostgresQuery(unsafeSQL: statement)).map { row throws(MemoryError) in
            try decode(row, (String).self)
        }
    }

    /// Runs `body` as one transaction (see ``MemoryStore/atomically(_:)``).
    public func atomically<T>(_ body: () throws -> T) throws -> T {
        guard !inTransaction.withLock({ $0 }) else { return try body() }
        inTransaction.withLock { $0 = true }
        addedInTransaction.withLock { $0 = 0 }
        defer { inTransaction.withLock { $0 = false } }
        defer { pendingPostings.withLock { $0 = [:] } }
        return try committed {
            let result = try body()
            try flushPostings()
            try finishWriting(added: addedInTransaction.withLock { $0 })
            return result
        }
    }

    /// Writes the posting lists gathered in the open transaction; a few join the short rows
    /// their tokens already have (see ``insert(_:mergingShortRows:)``).
    private func flushPostings() throws(MemoryError) {
        let pending = pendingPostings.withLock { pending in
            defer { pending = [:] }
            return pending
        }
        guard !pending.isEmpty else { return }
        if pending.count <= Self.mergeUpTo {
            try insert(pending.mapValues(\.units), mergingShortRows: true)
        } else {
            try write(pending.mapValues(\.encoded))
        }
    }

    /// Takes the lock every writer of this memory holds until its transaction ends (an
    /// import, a delete, a migration), so that writers take turns as they do on an SQLite
    /// file: a delete beside an import deadlocked on their row and table locks. It is named
    /// after the schema the tables are in, however the URL reached it. Readers of a memory
    /// of this Tarjuman's schema never wait for it.
    private func lockForWriting() throws(MemoryError) {
        _ = try rows(
            "SELECT pg_advisory_xact_lock(hashtext('tarjuman memory ' || coalesce(current_schema(), '')))"
        )
    }

    /// Runs `body` in one transaction (rolled back if it throws), or in the one
    /// ``atomically(_:)`` holds open.
    private func transaction<T>(_ body: () throws(MemoryError) -> T) throws(MemoryError) -> T {
        if inTransaction.withLock({ $0 }) { return try body() }
        do {
            return try committed(body)
        } catch let error as MemoryError {
            throw error
        } catch {
            throw MemoryError(store: path, reason: "\(error)")
        }
    }

    /// `body` between BEGIN and COMMIT, rolled back if it throws.
    private func committed<T>(_ body: () throws -> T) throws -> T {
        _ = try rows("BEGIN")
        do {
            let result = try body()
            _ = try rows("COMMIT")
            return result
        } catch {
            _ = try? rows("ROLLBACK")
            throw error
        }
    }

    /// Decodes a row, as a ``MemoryError``.
    private func decode<each Column: PostgresDecodable>(
        _ row: PostgresRow, _ type: (repeat each Column).Type
    ) throws(MemoryError) -> (repeat each Column) {
        do {
            return try row.decode(type, context: .default)
        } catch {
            throw MemoryError(store: path, reason: "unexpected data in the memory: \(error)")
        }
    }

    /// The stored schema version; nil when the memory has no tables (yet). The tables are
    /// looked for in the URL's schema alone: on the search path, a memory in `public` made
    /// a mistyped `schema=` that memory.
    private func storedVersion() throws(MemoryError) -> Int? {
        let table = schema.map { $0 + ".tm_schema" } ?? "tm_schema"
        guard let row = try rows("SELECT to_regclass(\(table)) IS NOT NULL").first,
            try decode(row, (Bool).self)
        else { return nil }
        guard let found = try rows("SELECT max(version) FROM tm_schema").first else { return nil }
        return try decode(found, (Int32?).self).map(Int.init)
    }

    /// Checks the schema version, and makes or migrates the tables when they are missing or
    /// older, under the writers' lock (two Tarjumans opening an old memory at once migrate
    /// it once). A reader of a memory not there yet (or of a newer Tarjuman's) is told so at
    /// once, before any lock or change.
    private func migrate(creating: Bool) throws(MemoryError) {
        try transaction { () throws(MemoryError) in
            let found = try storedVersion()
            if found == Self.schemaVersion { return }
            // Schema 3 changed only what writers use (the units' hashes): a reader reads a
            // schema-2 memory as it stands, without the writers' lock or write access (review
            // of pass 23: a reading role could not open one, and reads waited for imports).
            if found == 2 && !creating {
                rehashPending.withLock { $0 = true }
                return
            }
            try refuse(found, creating: creating)
            try lockForWriting()
            var version = try storedVersion()
            try refuse(version, creating: creating)
            if let schema {
                // Set again once it exists, so that the new tables are made in it.
                _ = try rows(PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \(schema)"))
                _ = try rows(PostgresQuery(unsafeSQL: "SET search_path TO \(schema), public"))
            }
            _ = try rows("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public")
            _ = try rows("CREATE TABLE IF NOT EXISTS tm_schema (version INTEGER NOT NULL)")
            version = try storedVersion()
            switch version {
            case nil:
                for statement in Self.tables {
                    _ = try rows(PostgresQuery(unsafeSQL: statement))
                }
            case 1:
                try packPostings()
                try rehashUnits()
            case 2:
                try rehashUnits()
            default:
                return
            }
            _ = try rows("INSERT INTO tm_schema (version) VALUES (\(Int32(Self.schemaVersion)))")
        }
    }

    /// Refuses a memory that is not there when not `creating`, and one a newer Tarjuman
    /// wrote.
    private func refuse(_ version: Int?, creating: Bool) throws(MemoryError) {
        if version == nil && !creating {
            throw MemoryError(
                store: path, reason: "no memory here; make one with tarjuman tm import --tm-db")
        }
        if let version, version > Self.schemaVersion {
            throw MemoryError(
                store: path, reason: "the memory was written by a newer Tarjuman; upgrade to use it"
            )
        }
    }

    /// The tables of a new memory.
    private static let tables = [
        """
        CREATE TABLE tm_origin (
            id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL UNIQUE,
            penalty INTEGER NOT NULL DEFAULT 0)
        """,
        """
        CREATE TABLE tm_unit (
            id BIGSERIAL PRIMARY KEY, pair TEXT NOT NULL,
            source TEXT NOT NULL, target TEXT NOT NULL,
            tokens BYTEA NOT NULL, length INTEGER NOT NULL,
            key_hash BIGINT NOT NULL, unit_hash BIGINT NOT NULL UNIQUE,
            origin BIGINT NOT NULL REFERENCES tm_origin(id),
            created TEXT NOT NULL, creator TEXT NOT NULL,
            previous_hash BIGINT NOT NULL, next_hash BIGINT NOT NULL)
        """,
        "CREATE INDEX tm_unit_key ON tm_unit(key_hash)",
        "CREATE INDEX tm_unit_origin ON tm_unit(origin)",
        """
        CREATE TABLE tm_token (
            id BIGSERIAL PRIMARY KEY, language TEXT NOT NULL, text TEXT NOT NULL,
            units INTEGER NOT NULL DEFAULT 0, UNIQUE (language, text))
        """,
        postingTable,
        postingIndex,
    ]

    /// Posting lists (see ``PostingList``): rows of the units holding a token at a length,
    /// one row per token, length and import.
    private static let postingTable = """
        CREATE TABLE tm_posting (
            token BIGINT NOT NULL, length INTEGER NOT NULL, units BYTEA NOT NULL)
        """
    private static let postingIndex = "CREATE INDEX tm_posting_token ON tm_posting(token, length)"

    /// Schema 1 to 2: schema 1 kept a row per token, length and unit; its rows are read in
    /// pages of 200,000 in key order and packed into lists.
    private func packPostings() throws(MemoryError) {
        _ = try rows("ALTER TABLE tm_posting RENAME TO tm_posting_1")
        _ = try rows(PostgresQuery(unsafeSQL: Self.postingTable))
        // A page at a time in key order; the last list of a page may go on in the next.
        var after: (token: Int64, length: Int32, unit: Int64) = (0, 0, 0)
        var open: (key: PostingKey, units: [Int64])?
        while true {
            let page = try rows(
                """
                SELECT token, length, unit FROM tm_posting_1
                WHERE (token, length, unit) > (\(after.token), \(after.length), \(after.unit))
                ORDER BY token, length, unit LIMIT 200000
                """)
            guard !page.isEmpty else { break }
            var postings: [PostingKey: [Int64]] = [:]
            for row in page {
                after = try decode(row, (Int64, Int32, Int64).self)
                let key = PostingKey(token: after.token, length: after.length)
                if let current = open, current.key != key { postings[current.key] = current.units }
                if open?.key == key {
                    open?.units.append(after.unit)
                } else {
                    open = (key, [after.unit])
                }
            }
            try insert(postings)
        }
        if let open { try insert([open.key: open.units]) }
        _ = try rows("DROP TABLE tm_posting_1")
        _ = try rows(PostgresQuery(unsafeSQL: Self.postingIndex))
        _ = try rows("ANALYZE tm_posting")
    }

    /// Schema 2 to 3: a unit is one by its key, its source as written and its translation
    /// (``MemoryHash/unit(keyHash:source:target:)``); schema 2 hashed the key and
    /// translation. Units are rehashed in pages of 50,000 in id order.
    private func rehashUnits() throws(MemoryError) {
        var after: Int64 = 0
        while true {
            let page = try rows(
                """
                SELECT id, key_hash, source, target FROM tm_unit WHERE id > \(after)
                ORDER BY id LIMIT 50000
                """)
            guard !page.isEmpty else { break }
            var ids: [Int64] = []
            var hashes: [Int64] = []
            for row in page {
                let (id, key, source, target) = try decode(row, (Int64, Int64, String, String).self)
                ids.append(id)
                hashes.append(MemoryHash.unit(keyHash: key, source: source, target: target))
                after = id
            }
            _ = try rows(
                """
                UPDATE tm_unit SET unit_hash = d.hash
                FROM unnest(\(ids)::int8[], \(hashes)::int8[]) AS d(id, hash) WHERE tm_unit.id = d.id
                """)
        }
    }

    /// The normaliser of `pack`, built once per store.
    private func normalizer(_ pack: LocalePack) -> Normalizer {
        if let known = normalizers.withLock({ $0[pack.tag] }) { return known }
        let made = Normalizer(pack: pack)
        normalizers.withLock { $0[pack.tag] = made }
        return made
    }

    /// `text`'s memory key, as a ``MemoryError``.
    private func key(_ text: String, _ pack: LocalePack) throws(MemoryError) -> MemoryKey {
        do {
            return try MemoryKey(text, normalizer: normalizer(pack))
        } catch {
            throw MemoryError(store: path, reason: "cannot normalise '\(text)': \(error)")
        }
    }

    /// How `text` is spelled for an exact match, as a ``MemoryError``.
    private func spelling(_ text: String, _ pack: LocalePack) throws(MemoryError) -> String {
        do {
            return try CandidateRanking.spelling(of: text, normalizer: normalizer(pack))
        } catch {
            throw MemoryError(store: path, reason: "cannot normalise '\(text)': \(error)")
        }
    }

    // MARK: - The store

    /// Keys units for ``add(_:penalty:)`` (see ``MemoryStore/keyed(_:source:target:)``).
    public func keyed(_ units: [MemoryUnit], source: LocalePack, target: LocalePack)
        throws(MemoryError) -> KeyedUnits
    {
        try KeyedUnits(
            units, source: source, target: target, normalizer: normalizer(source), store: path)
    }

    /// Adds units (see ``MemoryStore/add(_:penalty:)``), in one transaction.
    public func add(_ units: KeyedUnits, penalty: Int?) throws(MemoryError) -> Int {
        if rehashPending.withLock({ $0 }) {
            try migrate(creating: true)
            rehashPending.withLock { $0 = false }
        }
        let pair = MemoryHash.pair(units.source, units.target)
        let keyed = units.items
        let added = try transaction { () throws(MemoryError) -> Int in
            try lockForWriting()
            var origins: [String: Int64] = [:]
            for name in Set(keyed.map(\.unit.origin)).sorted() {
                let found = try rows(
                    """
                    INSERT INTO tm_origin (name, penalty) VALUES (\(name), \(penalty ?? 0))
                    ON CONFLICT (name) DO UPDATE SET penalty = coalesce(\(penalty), tm_origin.penalty)
                    RETURNING id
                    """)
                if let row = found.first { origins[name] = try decode(row, (Int64).self) }
            }
            // The vocabulary: new tokens added, then every token's id.
            let words = Array(Set(keyed.flatMap(\.key.tokens))).sorted()
            _ = try rows(
                """
                INSERT INTO tm_token (language, text) SELECT \(units.source), t FROM unnest(\(words)::text[]) AS t
                ON CONFLICT (language, text) DO NOTHING
                """)
            var vocabulary: [String: Int64] = [:]
            for row in try rows(
                "SELECT id, text FROM tm_token WHERE language = \(units.source) AND text = ANY(\(words)::text[])"
            ) {
                let (id, text) = try decode(row, (Int64, String).self)
                vocabulary[text] = id
            }
            var count = 0
            var added: [Int64: Int] = [:]
            // The call's postings, one list per token and length, written once at the end.
            var postings: [PostingKey: [Int64]] = [:]
            // Units this call stored: one taken over by a later copy in the call is counted
            // once.
            var storedHere: Set<Int64> = []
            for start in stride(from: 0, to: keyed.count, by: Self.batch) {
                let batch = keyed[start..<min(start + Self.batch, keyed.count)].map { item in
                    (item: item, ids: item.key.tokens.map { vocabulary[$0] ?? 0 })
                }
                var stored = try insert(batch, pair: pair, origins: origins)
                let before = batch.map(\.item).filter { stored[$0.unitHash] == nil }
                for hash in try claim(before, origins: origins)
                where !storedHere.contains(hash) && !stored.keys.contains(hash) {
                    storedHere.insert(hash)
                    count += 1
                }
                storedHere.formUnion(stored.keys)
                for (item, ids) in batch {
                    // A unit given twice in one call is stored (and counted) once.
                    guard let unit = stored.removeValue(forKey: item.unitHash) else { continue }
                    count += 1
                    for id in Set(ids) {
                        postings[PostingKey(token: id, length: Int32(ids.count)), default: []]
                            .append(unit)
                        added[id, default: 0] += 1
                    }
                }
            }
            if inTransaction.withLock({ $0 }) {
                pendingPostings.withLock { pending in
                    for (key, units) in postings {
                        for unit in units {
                            pending[key, default: PostingList.Growing()].append(unit)
                        }
                    }
                }
            } else {
                try insert(postings, mergingShortRows: postings.count <= Self.mergeUpTo)
            }
            let bumped = added.sorted { $0.key < $1.key }
            _ = try rows(
                """
                UPDATE tm_token SET units = tm_token.units + d.n
                FROM unnest(\(bumped.map(\.key))::int8[], \(bumped.map { Int32($0.value) })::int4[]) AS d(id, n)
                WHERE tm_token.id = d.id
                """)
            // An origin whose units were all stored before is not left listed with none,
            // unless this call gave it a penalty (pass 46). One whose units were all taken
            // over stays, with its penalty (pass 45).
            let touched = (penalty ?? 0) == 0 ? Array(origins.values) : []
            _ = try rows(
                """
                DELETE FROM tm_origin o WHERE o.id = ANY(\(touched)::int8[])
                AND NOT EXISTS (SELECT 1 FROM tm_unit u WHERE u.origin = o.id)
                """)
            if inTransaction.withLock({ $0 }) {
                addedInTransaction.withLock { $0 += count }
            } else {
                try finishWriting(added: count)
            }
            return count
        }
        return added
    }

    /// What the end of a writing transaction owes the memory, before its commit:
    ///
    /// - The translations' trigram index, when the memory has none yet. A new memory gets it
    ///   at the end of its first writing transaction (an import, usually): built in one pass, it took 56 s and 239 MB for
    ///   1,000,000 units, where kept up row by row during the import it cost about 95 s and
    ///   313 MB. Building it takes a lock that makes other writers wait, never readers.
    /// - After a large import, the planner's statistics, brought up to date in the import's
    ///   own transaction, not when autovacuum comes round (a fresh memory's tables otherwise
    ///   look empty to it). Not `VACUUM`, which cannot run in a transaction: run after the
    ///   commit, it failed inside `tm import`'s transaction and undid every large import, and
    ///   a signal while it ran reported a kept import as failed. Someone not owning the
    ///   tables gets a warning from the server, not an error.
    private func finishWriting(added: Int) throws(MemoryError) {
        // Looked up first: `CREATE INDEX IF NOT EXISTS` is refused to a writer not owning
        // the table even when the index is there.
        // Only the tables' owner may build it: another writer leaves it to the owner's next
        // writing transaction, and `tm search` reads the translations without it meanwhile.
        if let row = try rows(
            """
            SELECT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                WHERE i.indrelid = 'tm_unit'::regclass AND c.relname = 'tm_unit_target'),
                pg_has_role(t.relowner, 'USAGE')
            FROM pg_class t WHERE t.oid = 'tm_unit'::regclass
            """
        ).first {
            let (indexed, owner) = try decode(row, (Bool, Bool).self)
            if !indexed && owner { _ = try rows(PostgresQuery(unsafeSQL: Self.targetIndex)) }
        }
        guard added >= Self.analyzeAfter else { return }
        _ = try rows("ANALYZE tm_posting, tm_unit, tm_token")
    }

    /// The trigram index of the translations, which serves `tm search` in the target language.
    private static let targetIndex =
        "CREATE INDEX tm_unit_target ON tm_unit USING gin (target gin_trgm_ops)"

    /// Units added at once past which the tables are analysed.
    private static let analyzeAfter = 10_000

    /// Units per `INSERT`: one statement of a few thousand rows instead of a round trip each.
    private static let batch = 2000

    /// A posting list's row: a token at a unit length.
    private struct PostingKey: Hashable, Comparable {
        let token: Int64
        let length: Int32

        static func < (left: Self, right: Self) -> Bool {
            (left.token, left.length) < (right.token, right.length)
        }
    }

    /// Posting lists written at once up to which each joins the short row its token and
    /// length already have: a memory fed a few units at a time by `merge` would otherwise
    /// gain a row per posting, as schema 1 had.
    private static let mergeUpTo = 5_000

    /// Rows up to this many bytes of units are short (see ``mergeUpTo``).
    private static let shortRow = 2_000

    /// Writes `postings` as rows of posting lists, a few thousand rows per statement; with
    /// `mergingShortRows`, a list whose token and length have a short row is written with
    /// that row's units, in its place.
    private func insert(_ postings: [PostingKey: [Int64]], mergingShortRows: Bool = false)
        throws(MemoryError)
    {
        var postings = postings
        if mergingShortRows, !postings.isEmpty {
            let keys = Array(postings.keys)
            for row in try rows(
                """
                DELETE FROM tm_posting p
                USING unnest(\(keys.map(\.token))::int8[], \(keys.map(\.length))::int4[]) AS d(t, l)
                WHERE p.token = d.t AND p.length = d.l AND octet_length(p.units) <= \(Int32(Self.shortRow))
                RETURNING p.token, p.length, p.units
                """)
            {
                let (token, length, units) = try decode(row, (Int64, Int32, ByteBuffer).self)
                PostingList.decode(
                    units, into: &postings[PostingKey(token: token, length: length), default: []])
            }
        }
        try write(postings.mapValues(PostingList.encode))
    }

    /// Writes `lists` as rows, a few thousand rows per statement, in key order.
    private func write(_ lists: [PostingKey: ByteBuffer]) throws(MemoryError) {
        let ordered = lists.sorted { $0.key < $1.key }
        for start in stride(from: 0, to: ordered.count, by: Self.batch * 4) {
            let rows = ordered[start..<min(start + Self.batch * 4, ordered.count)]
            _ = try self.rows(
                """
                INSERT INTO tm_posting (token, length, units)
                SELECT * FROM unnest(\(rows.map(\.key.token))::int8[],
                    \(rows.map(\.key.length))::int4[], \(rows.map(\.value))::bytea[])
                """)
        }
    }

    /// Inserts `batch` (units with their token ids) in one statement, in order; returns the
    /// new units' ids by unit hash (units already stored are left out).
    private func insert(
        _ batch: [(item: KeyedUnits.Item, ids: [Int64])], pair: String, origins: [String: Int64]
    ) throws(MemoryError) -> [Int64: Int64] {
        let units = batch.map(\.item.unit)
        let keys = batch.map(\.item.keyHash)
        let hashes = batch.map(\.item.unitHash)
        let tokens = batch.map { ByteBuffer(bytes: TokenList.encode($0.ids)) }
        let lengths = batch.map { Int32($0.ids.count) }
        let origins = units.map { origins[$0.origin] ?? 0 }
        let (previous, next) = (batch.map(\.item.previous), batch.map(\.item.next))
        var stored: [Int64: Int64] = [:]
        for row in try rows(
            """
            INSERT INTO tm_unit (pair, source, target, tokens, length, key_hash, unit_hash,
                origin, created, creator, previous_hash, next_hash)
            SELECT \(pair), s, t, k, n, kh, uh, o, c, w, ph, nh FROM unnest(
                \(units.map(\.source))::text[], \(units.map(\.target))::text[], \(tokens)::bytea[],
                \(lengths)::int4[], \(keys)::int8[], \(hashes)::int8[], \(origins)::int8[],
                \(units.map(\.created))::text[], \(units.map(\.creator))::text[],
                \(previous)::int8[], \(next)::int8[]
            ) WITH ORDINALITY AS u(s, t, k, n, kh, uh, o, c, w, ph, nh, i) ORDER BY i
            ON CONFLICT (unit_hash) DO NOTHING RETURNING id, unit_hash
            """)
        {
            let (id, hash) = try decode(row, (Int64, Int64).self)
            stored[hash] = id
        }
        return stored
    }

    /// Units stored before that `items` take over (with their provenance) or give a context
    /// (see ``MemoryHash/claim(storedPenalty:newPenalty:storedContext:newContext:)``, which
    /// the statement's conditions spell out); returns the hashes of the units taken over.
    private func claim(_ items: [KeyedUnits.Item], origins: [String: Int64]) throws(MemoryError)
        -> Set<Int64>
    {
        guard !items.isEmpty else { return [] }
        let unknown = MemoryHash.unknownContext
        var taken: Set<Int64> = []
        for row in try rows(
            """
            UPDATE tm_unit u SET
                origin = CASE WHEN o_was.penalty > o_new.penalty THEN d.o ELSE u.origin END,
                created = CASE WHEN o_was.penalty > o_new.penalty THEN d.c ELSE u.created END,
                creator = CASE WHEN o_was.penalty > o_new.penalty THEN d.w ELSE u.creator END,
                previous_hash = CASE WHEN u.previous_hash = \(unknown) AND d.ph <> \(unknown)
                    THEN d.ph ELSE u.previous_hash END,
                next_hash = CASE WHEN u.previous_hash = \(unknown) AND d.ph <> \(unknown)
                    THEN d.nh ELSE u.next_hash END
            FROM unnest(\(items.map(\.unitHash))::int8[],
                \(items.map { origins[$0.unit.origin] ?? 0 })::int8[],
                \(items.map(\.previous))::int8[], \(items.map(\.next))::int8[],
                \(items.map(\.unit.created))::text[], \(items.map(\.unit.creator))::text[]
            ) AS d(uh, o, ph, nh, c, w),
                tm_origin o_was, tm_origin o_new
            WHERE u.unit_hash = d.uh AND o_was.id = u.origin AND o_new.id = d.o
                AND (o_was.penalty > o_new.penalty
                    OR (u.previous_hash = \(unknown) AND d.ph <> \(unknown)))
            RETURNING u.unit_hash, o_was.penalty > o_new.penalty
            """)
        {
            let (hash, moved) = try decode(row, (Int64, Bool).self)
            if moved { taken.insert(hash) }
        }
        return taken
    }

    /// The best matches (see ``MemoryStore/lookup(_:source:target:minimum:limit:context:)``).
    public func lookup(
        _ sentence: String, source: LocalePack, target: String, minimum: Int, limit: Int,
        context: (previous: String, next: String)?
    ) throws(MemoryError) -> [MemoryMatch] {
        try flushPostings()
        let key = try key(sentence, source)
        var (previous, next) = (MemoryHash.unknownContext, MemoryHash.unknownContext)
        if let context {
            previous = MemoryHash.context(try self.key(context.previous, source).text)
            next = MemoryHash.context(try self.key(context.next, source).text)
        }
        let spelling = try spelling(sentence, source)
        guard !key.tokens.isEmpty, limit > 0 else { return [] }
        // A sentence too long for fuzzy matching is looked up by exact match only.
        let minimum =
            key.tokens.count > MemoryKey.fuzzyTokenLimit ? max(minimum, 100) : max(1, minimum)
        let pair = MemoryHash.pair(source.tag, target)
        // The query's tokens as ids; a token the memory never saw gets its own negative id.
        let distinct = Array(Set(key.tokens)).sorted()
        var counts: [String: (id: Int64, units: Int)] = [:]
        // Each candidate with the most it can score (as in the SQLite store).
        var bounds: [Int64: Int] = [:]
        var penalties: [Int64: Int] = [:]
        // The query's tokens, the units of its key and the origins' penalties in one round
        // trip: every statement is one (a lookup took six or more).
        for row in try rows(
            """
            SELECT 0, id, text, units FROM tm_token
                WHERE language = \(source.tag) AND text = ANY(\(distinct)::text[])
            UNION ALL SELECT 1, id, NULL, 0 FROM tm_unit
                WHERE key_hash = \(MemoryHash.of(pair, key.text)) AND pair = \(pair)
            UNION ALL SELECT 2, id, NULL, penalty FROM tm_origin
            """
        ) {
            let (kind, id, text, number) = try decode(row, (Int32, Int64, String?, Int32).self)
            switch kind {
            case 0: counts[text ?? ""] = (id, Int(number))
            case 1: bounds[id] = 101
            default:
                // A table edited to hold -50 gave matches scored 150%.
                guard (0...100).contains(number) else {
                    throw MemoryError(
                        store: path,
                        reason: "holds \(number) in column 'penalty' where Tarjuman keeps a "
                            + "penalty from 0 to 100: the table was changed by another program; "
                            + "set it again with tm import --penalty")
                }
                penalties[id] = Int(number)
            }
        }
        var unknown: Int64 = 0
        for token in distinct where counts[token] == nil {
            unknown -= 1
            counts[token] = (unknown, 0)
        }
        let query = key.tokens.map { counts[$0]?.id ?? 0 }
        if minimum < 100 {
            let (probes, required) = CandidateRanking.probes(
                counts, queryLength: key.tokens.count, minimum: minimum)
            let window = MemoryKey.lengthWindow(for: key.tokens.count, minimum: minimum)
            var entries: [(unit: Int64, length: Int32)] = []
            for row in try rows(
                """
                SELECT length, units FROM tm_posting
                WHERE token = ANY(\(probes.filter { $0 > 0 })::int8[])
                AND length BETWEEN \(Int32(window.lowerBound)) AND \(Int32(window.upperBound))
                """)
            {
                let (length, units) = try decode(row, (Int32, ByteBuffer).self)
                for unit in PostingList.decode(units) { entries.append((unit, length)) }
            }
            for (unit, length, hits) in PostingList.hits(entries, required: required)
            where bounds[unit] == nil {
                bounds[unit] = MemoryKey.scoreBound(
                    query: key.tokens.count, unit: Int(length), missing: probes.count - hits)
            }
        }
        // The candidates' texts come with their scores: no round trip for the details.
        var units: [Int64: MemoryUnit] = [:]
        let scored = try CandidateRanking.best(bounds, limit: limit, minimum: minimum) {
            (ids: [Int64]) throws(MemoryError) in
            try rows(
                """
                SELECT u.id, u.tokens, u.previous_hash, u.next_hash, u.origin, u.source,
                    u.target, o.name, u.created, u.creator
                FROM tm_unit u JOIN tm_origin o ON o.id = u.origin
                WHERE u.pair = \(pair) AND u.id = ANY(\(ids)::int8[])
                """
            ).map { (row: PostgresRow) throws(MemoryError) -> (id: Int64, score: Int) in
                let (
                    id, tokens, before, after, origin, unitSource, unitTarget, originName, created,
                    creator
                ) = try decode(
                    row,
                    (
                        Int64, ByteBuffer, Int64, Int64, Int64, String, String, String, String,
                        String
                    ).self)
                units[id] = MemoryUnit(
                    source: unitSource, target: unitTarget, origin: originName, created: created,
                    creator: creator, contextKnown: false)
                let score = try CandidateRanking.score(
                    tokens: MemoryKey.similarity(TokenList.decode(tokens.readableBytesView), query),
                    sameSpelling: { () throws(MemoryError) in
                        try self.spelling(unitSource, source) == spelling
                    },
                    sameContext: previous != MemoryHash.unknownContext && before == previous
                        && after == next)
                return (id, score - (penalties[origin] ?? 0))
            }
        }
        let best = Array(scored.prefix(limit))
        let numbers = MemoryMatch.numbers(in: sentence)
        return best.compactMap { item in
            units[item.id].map {
                MemoryMatch(unit: $0, score: item.score, sentenceNumbers: numbers)
            }
        }
    }

    /// The units numbered `ids`, with their origins' names.
    private func details(_ ids: [Int64]) throws(MemoryError) -> [Int64: MemoryUnit] {
        var units: [Int64: MemoryUnit] = [:]
        for row in try rows(
            """
            SELECT u.id, u.source, u.target, o.name, u.created, u.creator
            FROM tm_unit u JOIN tm_origin o ON o.id = u.origin WHERE u.id = ANY(\(ids)::int8[])
            """)
        {
            let (id, source, target, origin, created, creator) = try decode(
                row, (Int64, String, String, String, String, String).self)
            units[id] = MemoryUnit(
                source: source, target: target, origin: origin, created: created,
                creator: creator, contextKnown: false)
        }
        return units
    }

    /// A concordance (see ``MemoryStore/search(_:source:target:limit:)``), as the SQLite
    /// store finds it; the target side through the trigram index.
    public func search(
        _ text: String, source: LocalePack, target: LocalePack, limit: Int
    ) throws(MemoryError) -> [MemoryUnit] {
        try flushPostings()
        let phrase = try key(text, source)
        let spelling: FoldedSpelling
        do {
            spelling = try FoldedSpelling(text, pack: target)
        } catch {
            throw MemoryError(store: path, reason: "cannot normalise '\(text)': \(error)")
        }
        // A phrase without words (an emoji, `&`) is still looked for in the translations.
        guard text.hasVisibleContent, limit > 0 else { return [] }
        let pair = MemoryHash.pair(source.tag, target.tag)
        var found: [Int64] = []
        var ids: [Int64] = []
        var rarest: (id: Int64, units: Int32)?
        var known: [String: (Int64, Int32)] = [:]
        for row in try rows(
            "SELECT id, text, units FROM tm_token WHERE language = \(source.tag) AND text = ANY(\(phrase.tokens)::text[])"
        ) {
            let (id, word, units) = try decode(row, (Int64, String, Int32).self)
            known[word] = (id, units)
        }
        for token in phrase.tokens {
            guard let (id, units) = known[token] else {
                ids = []
                break
            }
            ids.append(id)
            if units < rarest?.units ?? Int32.max { rarest = (id, units) }
        }
        if let rarest, !ids.isEmpty {
            // The units holding the rarest word, oldest first, read a page at a time until
            // enough hold the phrase.
            var holding: [Int64] = []
            for row in try rows("SELECT units FROM tm_posting WHERE token = \(rarest.id)") {
                PostingList.decode(try decode(row, (ByteBuffer).self), into: &holding)
            }
            holding.sort()
            var start = 0
            while start < holding.count, found.count < limit {
                let page = Array(holding[start..<min(start + 512, holding.count)])
                start += page.count
                for row in try rows(
                    """
                    SELECT id, tokens FROM tm_unit
                    WHERE id = ANY(\(page)::int8[]) AND pair = \(pair) ORDER BY id
                    """)
                where found.count < limit {
                    let (id, bytes) = try decode(row, (Int64, ByteBuffer).self)
                    if TokenList.contains(TokenList.decode(bytes.readableBytesView), phrase: ids) {
                        found.append(id)
                    }
                }
            }
        }
        if found.count < limit {
            for row in try rows(
                """
                SELECT id FROM tm_unit WHERE pair = \(pair)
                AND (target LIKE \(Self.containing(text)) OR target ~ \(spelling.regularExpression))
                ORDER BY id LIMIT \(Int64(limit))
                """)
            {
                found.append(try decode(row, (Int64).self))
            }
        }
        var seen = Set<Int64>()
        let ordered = found.filter { seen.insert($0).inserted }.prefix(limit)
        let units = try details(Array(ordered))
        return ordered.compactMap { units[$0] }
    }

    /// A `LIKE` pattern for text containing `text` (its `%`, `_` and `\` escaped).
    private static func containing(_ text: String) -> String {
        var pattern = "%"
        for character in text {
            if character == "%" || character == "_" || character == "\\" { pattern += "\\" }
            pattern.append(character)
        }
        return pattern + "%"
    }

    /// A page of the pair's units (see ``MemoryStore/units(source:target:after:limit:)``).
    public func units(source: String, target: String, after: Int64, limit: Int)
        throws(MemoryError) -> [(number: Int64, unit: MemoryUnit)]
    {
        try rows(
            """
            SELECT u.id, u.source, u.target, o.name, u.created, u.creator
            FROM tm_unit u JOIN tm_origin o ON o.id = u.origin
            WHERE u.pair = \(MemoryHash.pair(source, target)) AND u.id > \(after)
            ORDER BY u.id LIMIT \(Int64(limit))
            """
        ).map { row throws(MemoryError) in
            let (id, source, target, origin, created, creator) = try decode(
                row, (Int64, String, String, String, String, String).self)
            return (
                id,
                MemoryUnit(
                    source: source, target: target, origin: origin, created: created,
                    creator: creator, contextKnown: false)
            )
        }
    }

    /// Removes one origin's units, their postings and the origin.
    public func delete(origin: String) throws(MemoryError) -> Int {
        try flushPostings()
        return try transaction { () throws(MemoryError) -> Int in
            try lockForWriting()
            let found = try rows("SELECT id FROM tm_origin WHERE name = \(origin)")
            guard let row = found.first else { return 0 }
            let id = try decode(row, (Int64).self)
            // The origin's units, and for each of their tokens the lengths it is listed
            // under and how many of the units hold it; read a page at a time.
            var removed = Set<Int64>()
            var listed: [Int64: (lengths: Set<Int32>, units: Int32)] = [:]
            var after: Int64 = 0
            while true {
                let page = try rows(
                    """
                    SELECT id, tokens FROM tm_unit WHERE origin = \(id) AND id > \(after)
                    ORDER BY id LIMIT 10000
                    """)
                guard !page.isEmpty else { break }
                for row in page {
                    let (unit, bytes) = try decode(row, (Int64, ByteBuffer).self)
                    let tokens = TokenList.decode(bytes.readableBytesView)
                    removed.insert(unit)
                    after = unit
                    for token in Set(tokens) {
                        listed[token, default: ([], 0)].lengths.insert(Int32(tokens.count))
                        listed[token, default: ([], 0)].units += 1
                    }
                }
            }
            let tokens = listed.keys.sorted()
            _ = try rows(
                """
                UPDATE tm_token SET units = tm_token.units - d.n
                FROM unnest(\(tokens)::int8[], \(tokens.map { listed[$0]?.units ?? 0 })::int4[]) AS d(id, n)
                WHERE tm_token.id = d.id
                """)
            var keys: [PostingKey] = []
            for token in tokens {
                for length in listed[token]?.lengths.sorted() ?? [] {
                    keys.append(PostingKey(token: token, length: length))
                }
            }
            for start in stride(from: 0, to: keys.count, by: 1000) {
                try rewritePostings(
                    Array(keys[start..<min(start + 1000, keys.count)]), without: removed)
            }
            _ = try rows("DELETE FROM tm_unit WHERE origin = \(id)")
            _ = try rows("DELETE FROM tm_origin WHERE id = \(id)")
            return removed.count
        }
    }

    /// Rewrites the posting lists of `keys` without the units `removed`, each as one row (an
    /// emptied list goes).
    private func rewritePostings(_ keys: [PostingKey], without removed: Set<Int64>)
        throws(MemoryError)
    {
        var kept: [PostingKey: [Int64]] = [:]
        for row in try rows(
            """
            DELETE FROM tm_posting p
            USING unnest(\(keys.map(\.token))::int8[], \(keys.map(\.length))::int4[]) AS d(t, l)
            WHERE p.token = d.t AND p.length = d.l
            RETURNING p.token, p.length, p.units
            """)
        {
            let (token, length, units) = try decode(row, (Int64, Int32, ByteBuffer).self)
            kept[PostingKey(token: token, length: length), default: []] +=
                PostingList.decode(units).filter { !removed.contains($0) }
        }
        try insert(kept.filter { !$0.value.isEmpty })
    }

    /// Each origin's penalty, by name, without counting units.
    public func penalties() throws(MemoryError) -> [String: Int] {
        var penalties: [String: Int] = [:]
        for row in try rows("SELECT name, penalty FROM tm_origin") {
            let (name, penalty) = try decode(row, (String, Int32).self)
            penalties[name] = Int(penalty)
        }
        return penalties
    }

    /// Units per origin and the schema version.
    public func statistics() throws(MemoryError) -> MemoryStatistics {
        let origins = try rows(
            """
            SELECT o.name, count(u.id), o.penalty FROM tm_origin o
            LEFT JOIN tm_unit u ON u.origin = o.id
            GROUP BY o.id ORDER BY o.name COLLATE "C"
            """
        ).map { row throws(MemoryError) in
            let (name, units, penalty) = try decode(row, (String, Int64, Int32).self)
            return (origin: name, units: Int(units), penalty: Int(penalty))
        }
        var version: Int32?
        if let row = try rows("SELECT max(version) FROM tm_schema").first {
            version = try decode(row, (Int32?).self)
        }
        return MemoryStatistics(origins: origins, schemaVersion: Int(version ?? 0))
    }
}
