import Foundation
import GRDB
import Synchronization

/// A translation memory in one SQLite file (through GRDB): the embedded default.
///
/// Units are stored with their source key as a list of token ids; an inverted index maps
/// each source-language token to the units holding it, with the unit's length, so that a
/// fuzzy lookup reads only
/// the postings of a few of the query's rarest tokens within the length window a score
/// allows (``MemoryKey/probeCount(for:minimum:)``) and finds every unit an exhaustive scan
/// would. Duplicates are recognised by a 64-bit hash of the pair, source key and
/// translation; a unit's context is kept as the hashes of its neighbours' keys. The schema
/// is versioned and migrated on open.
public final class SQLiteMemoryStore: MemoryStore, Sendable {
    /// The file.
    public let path: String
    private let queue: DatabaseQueue
    /// Normalisers by pack tag: building one walks 64 Ki-entry tables, too much per lookup.
    private let normalizers = Mutex<[String: Normalizer]>([:])
    /// Whether ``atomically(_:)`` holds a transaction open, which every write joins.
    private let inTransaction = Mutex(false)
    /// Whether every migration has run (a store opened for reading may stop at v1).
    private let migrated = Mutex(true)
    /// A descriptor on the store file, holding a shared `flock` while the store is open, so
    /// that a run that made the store and failed can tell whether another Tarjuman has it
    /// open before it removes it (``removeIfUnused()``); -1 when the name is not a regular
    /// file (SQLite then reports what it is).
    private let holder: Int32

    /// What opening a memory file may create.
    public enum Creation: Sendable {
        /// Nothing: the file must exist (for commands that only read or delete).
        case none
        /// The file, in a folder that exists.
        case file
        /// The file and its folder (a project's own `.tarjuman/` folder).
        case fileAndFolder
    }

    /// Opens the memory at `path` (creating what `creating` allows), migrating its schema
    /// to this version of Tarjuman.
    public init(path: String, creating: Creation = .file) throws(MemoryError) {
        self.path = path
        let folder = PathNames.folder(of: path)
        let manager = FileManager.default
        if path.hasSuffix("/") {
            throw MemoryError(store: path, reason: "names a folder; name a file for the memory")
        }
        // Checked before SQLite sees the name: it would make a journal file beside a device.
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG,
            status.st_mode & S_IFMT != S_IFDIR
        {
            let type = status.st_mode & S_IFMT
            let kind = type == S_IFIFO ? "a FIFO" : type == S_IFSOCK ? "a socket" : "a device"
            throw MemoryError(
                store: path,
                reason: "is \(kind), not a memory file; name a regular file (or a new name) for "
                    + "the memory")
        }
        if creating == .none && !manager.fileExists(atPath: path) {
            throw MemoryError(
                store: path, reason: "no memory here; make one with tarjuman tm import --tm-db")
        }
        // A command that only reads does not turn an empty file (a mistyped name) into a
        // memory; tm import and merge, which make memories, may.
        if creating == .none && status.st_mode & S_IFMT == S_IFREG && status.st_size == 0 {
            throw MemoryError(
                store: path,
                reason: "an empty file, not a memory; make one with tarjuman tm import --tm-db")
        }
        if creating == .file && !folder.isEmpty && !manager.fileExists(atPath: folder) {
            throw MemoryError(
                store: path, reason: "the folder \(folder) does not exist; create it first")
        }
        // A writer that may not write the memory stops before SQLite opens it: SQLite would
        // open it read-only yet make its WAL files beside it, owned by this user, and its
        // owner could not write it any more (pass 22, a shared folder).
        if creating != .none && manager.fileExists(atPath: path) && !Self.writable(path) {
            throw MemoryError(store: path, reason: Self.readOnly("no write access"))
        }
        // The lock's descriptor, closed again if opening fails before the store exists.
        var held: Int32 = -1
        do {
            if creating == .fileAndFolder && !folder.isEmpty {
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            }
            held = try Self.hold(path, creating: creating != .none)
            holder = held
            // A memory shared read-only (no write access to the file or its folder) is read
            // as it is: SQLite could not make the files WAL mode keeps beside it.
            let readOnly = creating == .none && !Self.writable(path)
            var configuration = Configuration()
            configuration.readonly = readOnly
            // `atomically` keeps one transaction open across several writes.
            configuration.allowsUnsafeTransactions = true
            // A memory shared by several commands at once waits for the others' writes: an
            // import is one transaction, so up to two minutes (then a clear error).
            configuration.busyMode = .timeout(120)
            configuration.prepareDatabase { [path] db in
                // Another program's database is not made into a memory (read-only commands
                // migrated it too), nor switched to WAL.
                try Self.refuseForeign(db, path: path, creating: creating != .none)
                // A large page cache: imports insert postings all over the index.
                try db.execute(sql: "PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY")
                if !readOnly {
                    try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA journal_mode = WAL")
                }
            }
            queue = try DatabaseQueue(
                path: readOnly ? Self.immutableURI(path) : Self.plainPath(path),
                configuration: configuration)
            // From here the store is whole, and a failure below closes the lock in deinit.
            held = -1
            // The store and the files SQLite keeps beside it while it is open.
            FilesRead.note(path: path)
            for suffix in ["", "-wal", "-shm", "-journal"] {
                FilesRead.reserve(
                    path: path + suffix,
                    as: suffix.isEmpty ? path : "a file SQLite keeps beside \(path)")
            }
            // Another run may be making a new memory's tables meanwhile: the whole reading
            // and migrating is done again when it did (pass 64, 65).
            let complete = try Self.migratingAlongsideOthers {
                if try queue.read({ try Self.migrator.hasBeenSuperseded($0) }) {
                    throw MemoryError(
                        store: path,
                        reason: "the memory was written by a newer Tarjuman; upgrade to use it")
                }
                // A reader needs the tables of v1 alone (v2 rehashes units for writers): it
                // neither waits for the writers' lock nor needs write access to read a memory
                // an earlier Tarjuman made (review of pass 23: shared read-only memories of v1
                // were refused). The first write migrates the rest.
                let applied = try queue.read { try Self.migrator.appliedIdentifiers($0) }
                if !readOnly && creating != .none {
                    try Self.migrator.migrate(queue)
                } else if !readOnly && !applied.contains("v1") {
                    // (GRDB stops the process when asked to migrate up to a version already
                    // passed: a reader of a later memory asks for nothing.)
                    try Self.migrator.migrate(queue, upTo: "v1")
                } else if try queue.read({
                    try !Self.migrator.appliedIdentifiers($0).contains("v1")
                }) {
                    throw MemoryError(
                        store: path,
                        reason: "the memory was made by an older Tarjuman and is read-only "
                            + "here; open it once with write access to upgrade it")
                }
                return try queue.read { try Self.migrator.hasCompletedMigrations($0) }
            }
            migrated.withLock { $0 = complete }
        } catch let error as MemoryError {
            if held >= 0 { close(held) }
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            if held >= 0 { close(held) }
            throw MemoryError(
                store: path, reason: "not a translation memory (not an SQLite database)")
        } catch {
            if held >= 0 { close(held) }
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
                isFolder.boolValue
            {
                throw MemoryError(store: path, reason: "is a folder; name a file for the memory")
            }
            throw MemoryError(store: path, reason: Self.explain(error, path: path))
        }
    }

    deinit {
        if holder >= 0 { close(holder) }
    }

    /// Whether this process may write the store and make files beside it.
    private static func writable(_ path: String) -> Bool {
        let folder = PathNames.folder(of: path)
        return access(path, W_OK) == 0 && access(folder.isEmpty ? "." : folder, W_OK) == 0
    }

    /// `path` as SQLite opens it as a file name: a relative one from `./`, so that neither
    /// `:memory:` nor a name starting `file:` is taken for SQLite's own (pass 32: units
    /// "added" to `:memory:` were lost, `file:x.sqlite` wrote `x.sqlite`).
    static func plainPath(_ path: String) -> String {
        path.hasPrefix("/") ? path : "./" + path
    }

    /// `path` as an SQLite URI opening it immutable: read without locks or WAL files, as it
    /// stands (what a read-only share allows; changes another run makes meanwhile are not
    /// seen).
    private static func immutableURI(_ path: String) -> String {
        let absolute =
            path.hasPrefix("/")
            ? path : FileManager.default.currentDirectoryPath + "/" + path
        var encoded = ""
        for scalar in absolute.unicodeScalars {
            switch scalar {
            case "%": encoded += "%25"
            case "?": encoded += "%3F"
            case "#": encoded += "%23"
            case " ": encoded += "%20"
            default: encoded.unicodeScalars.append(scalar)
            }
        }
        return "file:" + encoded + "?immutable=1"
    }

    /// Runs `migrate` again when another run migrated the same new memory first: GRDB reads
    /// the migrations applied before it takes the write lock, so two runs may both start the
    /// first, and the later one fails on its tables (pass 64: one import in six of twelve
    /// at once failed with "table origin already exists"). Run again, it finds them applied.
    /// Reading which migrations were applied while another run makes the tables may
    /// likewise find none yet, or record one twice (``isMadeMeanwhile(_:)``): read again.
    private static func migratingAlongsideOthers<T>(_ migrate: () throws -> T) throws -> T {
        var attempt = 1
        while true {
            do {
                return try migrate()
            } catch let error as DatabaseError where attempt < 10 && Self.isMadeMeanwhile(error) {
                usleep(UInt32(20_000 * attempt))
                attempt += 1
            }
        }
    }

    /// Whether `error` is what another run making the same memory's tables meanwhile gives:
    /// a table made twice, a migration recorded twice, or the record not there yet.
    private static func isMadeMeanwhile(_ error: DatabaseError) -> Bool {
        let message = error.message ?? ""
        switch error.resultCode {
        case .SQLITE_ERROR:
            return message.hasSuffix("already exists")
                || message.hasPrefix("no such table: grdb_migrations")
        case .SQLITE_CONSTRAINT: return message.contains("grdb_migrations.identifier")
        default: return false
        }
    }

    /// Refuses a database holding tables that are not a memory's.
    private static func refuseForeign(_ db: Database, path: String, creating: Bool) throws {
        let objects = try Row.fetchAll(
            db,
            sql: "SELECT name, type FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
                + "ORDER BY name")
        let tables = objects.filter { $0["type"] == "table" }.map { $0["name"] as String }
        // A command that only reads makes no memory of an empty database, as of an empty
        // file (pass 22: tm stats wrote the tables into one).
        if objects.isEmpty && !creating {
            throw MemoryError(
                store: path,
                reason: "an empty SQLite database, not a memory; make one with tarjuman tm "
                    + "import --tm-db")
        }
        let own: Set = ["grdb_migrations", "origin", "unit", "token", "posting"]
        // A database holding only views is another program's too (review of pass 22). One
        // holding some of a memory's tables with the migrations record is one another run is
        // making (pass 61: of four imports starting a new memory at once, one refused it).
        guard !objects.isEmpty, !own.isSubset(of: tables),
            !(tables.contains("grdb_migrations") && Set(tables).isSubset(of: own))
        else { return }
        let names = tables.isEmpty ? objects.map { $0["name"] as String } : tables
        let shown = names.prefix(5).joined(separator: ", ")
        throw MemoryError(
            store: path,
            reason: "not a translation memory: an SQLite database of another program "
                + "(\(tables.isEmpty ? "views" : "tables") \(shown)\(names.count > 5 ? ", …" : "")); name another file for the memory"
        )
    }

    /// Opens (with `creating`, makes) the store file and takes a shared `flock` on it, then
    /// checks that the name still leads to the file locked (a run removing the store takes
    /// the lock exclusively first, so after this the file stays until this store closes).
    private static func hold(_ path: String, creating: Bool) throws(MemoryError) -> Int32 {
        for _ in 0..<8 {
            // Non-blocking: a FIFO at the name must not hang the open.
            let flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | (creating ? O_CREAT : 0)
            let descriptor = open(path, flags, 0o644)
            guard descriptor >= 0 else { return -1 }
            var held = stat()
            guard fstat(descriptor, &held) == 0, held.st_mode & S_IFMT == S_IFREG else {
                close(descriptor)
                return -1
            }
            _ = flock(descriptor, LOCK_SH)
            var named = stat()
            if stat(path, &named) == 0, named.st_dev == held.st_dev, named.st_ino == held.st_ino {
                return descriptor
            }
            // Removed (or replaced) while this run waited for the lock: open the name again.
            close(descriptor)
        }
        throw MemoryError(store: path, reason: "the memory file keeps being replaced; try again")
    }

    /// Removes the store's files if it holds no units and no other Tarjuman has it open: for
    /// a run that made the store and then failed. Another run that opened the store meanwhile
    /// (and may have stored units, or be waiting to) keeps it. Returns whether it was removed.
    public func removeIfUnused() -> Bool {
        guard holder >= 0, flock(holder, LOCK_EX | LOCK_NB) == 0 else { return false }
        guard (try? statistics().units) == 0 else {
            _ = flock(holder, LOCK_SH)
            return false
        }
        // Closed first: SQLite's close removes its -wal and -shm by name, which could be
        // another store's by then.
        try? queue.close()
        for file in Self.files(of: filesPath) { unlink(file) }
        return true
    }

    /// Where the store's files are: at the end of the chain of links its path may be (SQLite
    /// follows them, and makes its -wal and -shm files there).
    public var filesPath: String { PathNames.followingLinks(path) ?? path }

    /// Registers the store's files for deletion if a signal stops the run, unless another
    /// Tarjuman has the store open then (see ``removeIfUnused()``); until ``keepOnSignal()``.
    public func deleteOnSignalUnlessShared() {
        TemporaryFiles.deleteOnSignal(Self.files(of: filesPath), guardedBy: holder)
    }

    /// Withdraws ``deleteOnSignalUnlessShared()``.
    public func keepOnSignal() {
        TemporaryFiles.keep(Self.files(of: filesPath))
    }

    private static func files(of path: String) -> [String] {
        ["", "-wal", "-shm", "-journal"].map { path + $0 }
    }

    /// What went wrong opening the memory at `path`, and what to do.
    private static func explain(_ error: any Error, path: String) -> String {
        guard let error = error as? DatabaseError else { return "cannot open the memory: \(error)" }
        switch error.resultCode {
        case .SQLITE_CANTOPEN:
            return "cannot open or create the memory here; check that the folder exists and is "
                + "writable (\(error.message ?? "SQLite error 14"))"
        case .SQLITE_READONLY:
            // The memory's own files may be writable and one SQLite keeps beside it not:
            // left by a run of another user (before pass 22's mend, or killed).
            if let stuck = ["-wal", "-shm"].map({ path + $0 }).first(where: {
                access($0, F_OK) == 0 && access($0, W_OK) != 0
            }), writable(path) {
                return "\(stuck), a file SQLite keeps beside the memory, is not writable here "
                    + "(another user's run left it); when no run is using the memory, remove "
                    + "it (or make it writable) and try again"
            }
            return readOnly(error.message ?? "SQLite error 8")
        case .SQLITE_CORRUPT:
            return damaged(error)
        case .SQLITE_IOERR:
            return "cannot read or write the memory (is it a device or a pipe? name a regular "
                + "file) (\(error.message ?? "SQLite I/O error"))"
        default:
            return "cannot open the memory: \(error)"
        }
    }

    /// The memory file is damaged, and what to do.
    private static func damaged(_ error: DatabaseError) -> String {
        let cause = error.message ?? "database disk image is malformed"
        return "the memory file is damaged (SQLite: \(cause)); restore it from a backup, or make "
            + "a new one with tm import from your TMX files or filled worksheets"
    }

    /// The memory cannot be written here, for `cause`, and what to do.
    private static func readOnly(_ cause: String) -> String {
        "the memory is read-only here (lookups, searches and exports read it as it is); to "
            + "change it, make the file and its folder writable (\(cause))"
    }

    /// The schema, one migration per version.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE origin (
                        id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,
                        penalty INTEGER NOT NULL DEFAULT 0);
                    CREATE TABLE unit (
                        id INTEGER PRIMARY KEY,
                        pair TEXT NOT NULL,
                        source TEXT NOT NULL, target TEXT NOT NULL,
                        tokens BLOB NOT NULL, length INTEGER NOT NULL,
                        key_hash INTEGER NOT NULL, unit_hash INTEGER NOT NULL UNIQUE,
                        origin INTEGER NOT NULL REFERENCES origin(id),
                        created TEXT NOT NULL, creator TEXT NOT NULL,
                        previous_hash INTEGER NOT NULL, next_hash INTEGER NOT NULL);
                    CREATE INDEX unit_key ON unit(key_hash);
                    CREATE INDEX unit_origin ON unit(origin);
                    CREATE TABLE token (
                        id INTEGER PRIMARY KEY, language TEXT NOT NULL, text TEXT NOT NULL,
                        units INTEGER NOT NULL DEFAULT 0, UNIQUE (language, text));
                    CREATE TABLE posting (
                        token INTEGER NOT NULL, length INTEGER NOT NULL, unit INTEGER NOT NULL,
                        PRIMARY KEY (token, length, unit)) WITHOUT ROWID;
                    """)
        }
        // v2: a unit is one by its key, its source as written and its translation
        // (``MemoryHash/unit(keyHash:source:target:)``); v1 hashed the key and translation.
        migrator.registerMigration("v2") { db in
            let units = try Row.fetchCursor(
                db, sql: "SELECT id, key_hash, source, target FROM unit")
            var hashes: [(id: Int64, hash: Int64)] = []
            while let row = try units.next() {
                let hash = MemoryHash.unit(
                    keyHash: try row.checked(1, as: Int64.self),
                    source: try row.checked(2, as: String.self),
                    target: try row.checked(3, as: String.self))
                hashes.append((try row.checked(0, as: Int64.self), hash))
            }
            let update = try db.makeStatement(sql: "UPDATE unit SET unit_hash = ? WHERE id = ?")
            for (id, hash) in hashes { try update.execute(arguments: [hash, id]) }
        }
        return migrator
    }()

    private func write<T>(_ body: (Database) throws -> T) throws(MemoryError) -> T {
        if inTransaction.withLock({ $0 }) {
            return try guarded { try queue.writeWithoutTransaction(body) }
        }
        return try guarded { try queue.write(body) }
    }

    /// Runs `body` as one transaction (see ``MemoryStore/atomically(_:)``).
    public func atomically<T>(_ body: () throws -> T) throws -> T {
        guard !inTransaction.withLock({ $0 }) else { return try body() }
        try guarded { try queue.writeWithoutTransaction { try $0.beginTransaction(.immediate) } }
        inTransaction.withLock { $0 = true }
        defer { inTransaction.withLock { $0 = false } }
        do {
            let result = try body()
            try guarded { try queue.writeWithoutTransaction { try $0.commit() } }
            return result
        } catch {
            try? queue.writeWithoutTransaction { try $0.rollback() }
            throw error
        }
    }

    private func read<T>(_ body: (Database) throws -> T) throws(MemoryError) -> T {
        try guarded { try queue.read(body) }
    }

    /// `body`, its errors as ``MemoryError``s naming the store.
    private func guarded<T>(_ body: () throws -> T) throws(MemoryError) -> T {
        do {
            return try body()
        } catch let error as MemoryError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_READONLY {
            throw MemoryError(store: path, reason: Self.explain(error, path: path))
        } catch let error as DatabaseError
            where [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode)
        {
            // Said without the statement (pass 60: a damaged file printed the SQL it ran).
            throw MemoryError(store: path, reason: Self.damaged(error))
        } catch {
            throw MemoryError(store: path, reason: "\(error)")
        }
    }

    /// The normaliser of `pack`, built once per store.
    private func normalizer(_ pack: LocalePack) -> Normalizer {
        if let known = normalizers.withLock({ $0[pack.tag] }) { return known }
        let made = Normalizer(pack: pack)
        normalizers.withLock { $0[pack.tag] = made }
        return made
    }

    /// Keys units for ``add(_:penalty:)`` (see ``MemoryStore/keyed(_:source:target:)``).
    public func keyed(_ units: [MemoryUnit], source: LocalePack, target: LocalePack)
        throws(MemoryError) -> KeyedUnits
    {
        try KeyedUnits(
            units, source: source, target: target, normalizer: normalizer(source), store: path)
    }

    /// Adds units to the store (see ``MemoryStore/add(_:penalty:)``), in one transaction.
    public func add(_ units: KeyedUnits, penalty: Int?) throws(MemoryError) -> Int {
        // A store opened for reading may be of v1: units are added under v2's hashes only.
        if !migrated.withLock({ $0 }) {
            try guarded { try Self.migrator.migrate(queue) }
            migrated.withLock { $0 = true }
        }
        let pair = MemoryHash.pair(units.source, units.target)
        return try write { db in
            var origins: [String: Int64] = [:]
            var vocabulary: [String: Int64] = [:]
            let known = try Row.fetchCursor(
                db, sql: "SELECT id, text FROM token WHERE language = ?",
                arguments: [units.source])
            while let row = try known.next() {
                vocabulary[try row.checked(1, as: String.self)] = try row.checked(0, as: Int64.self)
            }
            var added: [Int64: Int] = [:]
            let insertUnit = try db.cachedStatement(
                sql: """
                    INSERT OR IGNORE INTO unit (pair, source, target, tokens, length, key_hash,
                        unit_hash, origin, created, creator, previous_hash, next_hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            let insertToken = try db.cachedStatement(
                sql: "INSERT INTO token (language, text) VALUES (?, ?)")
            let insertPosting = try db.cachedStatement(
                sql: "INSERT OR IGNORE INTO posting (token, length, unit) VALUES (?, ?, ?)")
            var count = 0
            var postings: [(token: Int64, length: Int, unit: Int64)] = []
            let storedUnit = try db.cachedStatement(
                sql: """
                    SELECT u.id, o.penalty, u.previous_hash FROM unit u
                    JOIN origin o ON o.id = u.origin WHERE u.unit_hash = ?
                    """)
            let takeOver = try db.cachedStatement(
                sql: "UPDATE unit SET origin = ?, created = ?, creator = ? WHERE id = ?")
            let giveContext = try db.cachedStatement(
                sql: "UPDATE unit SET previous_hash = ?, next_hash = ? WHERE id = ?")
            var penalties: [Int64: Int] = [:]
            // Units this call stored: one taken over by a later copy in the call is counted
            // once.
            var storedHere: Set<Int64> = []
            for item in units.items {
                let originID: Int64
                if let known = origins[item.unit.origin] {
                    originID = known
                } else {
                    try db.execute(
                        sql: """
                            INSERT INTO origin (name, penalty) VALUES (?, ?)
                            ON CONFLICT(name) DO UPDATE SET penalty = coalesce(?, penalty)
                            """, arguments: [item.unit.origin, penalty ?? 0, penalty])
                    originID =
                        try Int64.fetchOne(
                            db, sql: "SELECT id FROM origin WHERE name = ?",
                            arguments: [item.unit.origin]) ?? 0
                    origins[item.unit.origin] = originID
                    penalties[originID] =
                        try Int.fetchOne(
                            db, sql: "SELECT penalty FROM origin WHERE id = ?",
                            arguments: [originID]) ?? 0
                }
                var ids: [Int64] = []
                for token in item.key.tokens {
                    if let known = vocabulary[token] {
                        ids.append(known)
                    } else {
                        try insertToken.execute(arguments: [units.source, token])
                        vocabulary[token] = db.lastInsertedRowID
                        ids.append(db.lastInsertedRowID)
                    }
                }
                try insertUnit.execute(arguments: [
                    pair, item.unit.source, item.unit.target, Data(TokenList.encode(ids)),
                    ids.count, item.keyHash, item.unitHash, originID, item.unit.created,
                    item.unit.creator, item.previous, item.next,
                ])
                guard db.changesCount > 0 else {
                    // Stored before: taken over or given a context (see ``MemoryHash/claim(storedPenalty:newPenalty:storedContext:newContext:)``).
                    guard let row = try Row.fetchOne(storedUnit, arguments: [item.unitHash]) else {
                        continue
                    }
                    let (id, storedPenalty, context) = (
                        try row.checked(0, as: Int64.self), try row.checked(1, as: Int.self),
                        try row.checked(2, as: Int64.self)
                    )
                    let claim = MemoryHash.claim(
                        storedPenalty: storedPenalty, newPenalty: penalties[originID] ?? 0,
                        storedContext: context, newContext: item.previous)
                    // Taken over with the provenance of the copy that takes it.
                    if claim.origin {
                        try takeOver.execute(arguments: [
                            originID, item.unit.created, item.unit.creator, id,
                        ])
                        if storedHere.insert(item.unitHash).inserted { count += 1 }
                    }
                    if claim.context {
                        try giveContext.execute(arguments: [item.previous, item.next, id])
                    }
                    continue
                }
                let unitID = db.lastInsertedRowID
                storedHere.insert(item.unitHash)
                count += 1
                for id in Set(ids) {
                    postings.append((id, ids.count, unitID))
                    added[id, default: 0] += 1
                }
            }
            // In index order: the B-tree fills page by page instead of all over.
            postings.sort { ($0.token, $0.length, $0.unit) < ($1.token, $1.length, $1.unit) }
            for posting in postings {
                try insertPosting.execute(arguments: [posting.token, posting.length, posting.unit])
            }
            let bump = try db.cachedStatement(
                sql: "UPDATE token SET units = units + ? WHERE id = ?")
            for (token, units) in added { try bump.execute(arguments: [units, token]) }
            // An origin whose units were all stored before (under another origin) is not
            // left listed with none (pass 11), unless this call gave it a penalty: that is
            // kept for more of it imported later (pass 46: `--penalty 20` of an import that
            // added nothing was lost, and the origin's next units matched at 100). One whose
            // units were all taken over stays too, with its penalty (pass 45).
            for id in Set(origins.values) where (penalty ?? 0) == 0 {
                try db.execute(
                    sql:
                        "DELETE FROM origin WHERE id = ? AND NOT EXISTS (SELECT 1 FROM unit WHERE origin = ?)",
                    arguments: [id, id])
            }
            return count
        }
    }

    /// The best matches (see ``MemoryStore/lookup(_:source:target:minimum:limit:context:)``).
    public func lookup(
        _ sentence: String, source: LocalePack, target: String, minimum: Int, limit: Int,
        context: (previous: String, next: String)?
    ) throws(MemoryError) -> [MemoryMatch] {
        let normalizer = normalizer(source)
        let key: MemoryKey
        let previous: Int64
        let next: Int64
        let spelling: String
        do {
            key = try MemoryKey(sentence, normalizer: normalizer)
            if let context {
                previous = MemoryHash.context(
                    try MemoryKey(context.previous, normalizer: normalizer).text)
                next = MemoryHash.context(try MemoryKey(context.next, normalizer: normalizer).text)
            } else {
                (previous, next) = (MemoryHash.unknownContext, MemoryHash.unknownContext)
            }
            spelling = try CandidateRanking.spelling(of: sentence, normalizer: normalizer)
        } catch {
            throw MemoryError(store: path, reason: "cannot normalise the sentence: \(error)")
        }
        guard !key.tokens.isEmpty, limit > 0 else { return [] }
        // A sentence too long for fuzzy matching is looked up by exact match only.
        let minimum =
            key.tokens.count > MemoryKey.fuzzyTokenLimit ? max(minimum, 100) : max(1, minimum)
        let pair = MemoryHash.pair(source.tag, target)
        let numbers = MemoryMatch.numbers(in: sentence)
        return try read { db in
            // The query's tokens as ids; a token the memory never saw gets its own negative
            // id, which no unit holds.
            let tokenRow = try db.cachedStatement(
                sql: "SELECT id, units FROM token WHERE language = ? AND text = ?")
            var counts: [String: (id: Int64, units: Int)] = [:]
            var unknown: Int64 = 0
            for token in Set(key.tokens) {
                if let row = try Row.fetchOne(tokenRow, arguments: [source.tag, token]) {
                    counts[token] = (try row.checked(0), try row.checked(1))
                } else {
                    unknown -= 1
                    counts[token] = (unknown, 0)
                }
            }
            let query = key.tokens.map { counts[$0]?.id ?? 0 }
            // Each candidate with the most it can score: 101 for the exact key, otherwise
            // from ``MemoryKey/scoreBound(query:unit:missing:)``.
            var bounds: [Int64: Int] = [:]
            for id in try Int64.fetchAll(
                db, sql: "SELECT id FROM unit WHERE key_hash = ? AND pair = ?",
                arguments: [MemoryHash.of(pair, key.text), pair])
            {
                bounds[id] = 101
            }
            if minimum < 100 {
                let (probes, required) = CandidateRanking.probes(
                    counts, queryLength: key.tokens.count, minimum: minimum)
                let window = MemoryKey.lengthWindow(for: key.tokens.count, minimum: minimum)
                let postings = try db.cachedStatement(
                    sql:
                        "SELECT unit, length FROM posting WHERE token = ? AND length BETWEEN ? AND ?"
                )
                var hits: [Int64: (count: Int, length: Int)] = [:]
                for probe in probes where probe > 0 {
                    let rows = try Row.fetchCursor(
                        postings, arguments: [probe, window.lowerBound, window.upperBound])
                    while let row = try rows.next() {
                        let unit: Int64 = try row.checked(0)
                        let length: Int = try row.checked(1)
                        hits[unit, default: (0, length)].count += 1
                    }
                }
                for (unit, hit) in hits where hit.count >= required && bounds[unit] == nil {
                    bounds[unit] = MemoryKey.scoreBound(
                        query: key.tokens.count, unit: hit.length,
                        missing: probes.count - hit.count)
                }
            }
            var penalties: [Int64: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, penalty FROM origin") {
                penalties[try row.checked(0, as: Int64.self)] = try row.checkedPenalty(1)
            }
            let scored = try CandidateRanking.best(bounds, limit: limit, minimum: minimum) { ids in
                let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
                let rows = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT id, tokens, previous_hash, next_hash, origin, source FROM unit
                        WHERE pair = ? AND id IN (\(marks))
                        """,
                    arguments: StatementArguments(
                        [pair] + ids.map { $0 as (any DatabaseValueConvertible) }))
                var scores: [(id: Int64, score: Int)] = []
                while let row = try rows.next() {
                    let context = (
                        try row.checked(2, as: Int64.self), try row.checked(3, as: Int64.self)
                    )
                    let score = try CandidateRanking.score(
                        tokens: MemoryKey.similarity(
                            TokenList.decode(try row.checked(1, as: Data.self)), query),
                        sameSpelling: {
                            try CandidateRanking.spelling(
                                of: try row.checked(5, as: String.self), normalizer: normalizer)
                                == spelling
                        },
                        sameContext: previous != MemoryHash.unknownContext
                            && context == (previous, next))
                    let origin: Int64 = try row.checked(4)
                    scores.append((try row.checked(0), score - (penalties[origin] ?? 0)))
                }
                return scores
            }
            var matches: [MemoryMatch] = []
            let details = try db.cachedStatement(
                sql: """
                    SELECT unit.source, unit.target, origin.name, unit.created, unit.creator
                    FROM unit JOIN origin ON origin.id = unit.origin WHERE unit.id = ?
                    """)
            for (id, score) in scored.prefix(limit) {
                guard let row = try Row.fetchOne(details, arguments: [id]) else { continue }
                let unit = MemoryUnit(
                    source: try row.checked(0), target: try row.checked(1),
                    origin: try row.checked(2),
                    created: try row.checked(3), creator: try row.checked(4),
                    contextKnown: false)
                matches.append(MemoryMatch(unit: unit, score: score, sentenceNumbers: numbers))
            }
            return matches
        }
    }

    /// The matches an exhaustive scan finds: every unit of the pair scored as ``lookup``
    /// scores (penalty and context aside), without the index — what CAT tools without an
    /// index do, kept as the baseline the index is measured against. With `window`, units
    /// whose length cannot reach `minimum` are skipped in SQL (the result is the same).
    public func exhaustiveLookup(
        _ sentence: String, source: LocalePack, target: String, minimum: Int, window: Bool
    ) throws(MemoryError) -> [(source: String, score: Int)] {
        let key: MemoryKey
        do {
            key = try MemoryKey(sentence, normalizer: normalizer(source))
        } catch {
            throw MemoryError(store: path, reason: "cannot normalise the sentence: \(error)")
        }
        let pair = MemoryHash.pair(source.tag, target)
        let range = MemoryKey.lengthWindow(for: key.tokens.count, minimum: minimum)
        return try read { db in
            let tokenRow = try db.cachedStatement(
                sql: "SELECT id FROM token WHERE language = ? AND text = ?")
            var ids: [String: Int64] = [:]
            var unknown: Int64 = 0
            for token in Set(key.tokens) {
                if let id = try Int64.fetchOne(tokenRow, arguments: [source.tag, token]) {
                    ids[token] = id
                } else {
                    unknown -= 1
                    ids[token] = unknown
                }
            }
            let query = key.tokens.map { ids[$0] ?? 0 }
            let rows = try Row.fetchCursor(
                db,
                sql: window
                    ? "SELECT source, tokens FROM unit WHERE pair = ? AND length BETWEEN ? AND ?"
                    : "SELECT source, tokens FROM unit WHERE pair = ? AND ? <= ?",
                arguments: [pair, range.lowerBound, range.upperBound])
            var found: [(source: String, score: Int)] = []
            while let row = try rows.next() {
                let score = MemoryKey.similarity(
                    TokenList.decode(try row.checked(1, as: Data.self)), query)
                if score >= minimum { found.append((try row.checked(0), score)) }
            }
            return found
        }
    }

    /// A concordance (see ``MemoryStore/search(_:source:target:limit:)``): whole tokens on
    /// the source side, the phrase as typed or in the target's orthographic form on the
    /// target side.
    public func search(
        _ text: String, source: LocalePack, target: LocalePack, limit: Int
    ) throws(MemoryError) -> [MemoryUnit] {
        let phrase: MemoryKey
        let spelling: FoldedSpelling
        do {
            phrase = try MemoryKey(text, normalizer: normalizer(source))
            spelling = try FoldedSpelling(text, pack: target)
        } catch {
            throw MemoryError(store: path, reason: "cannot normalise '\(text)': \(error)")
        }
        // A phrase without words (an emoji, `&`) is still looked for in the translations.
        guard text.hasVisibleContent, limit > 0 else { return [] }
        let pair = MemoryHash.pair(source.tag, target.tag)
        return try read { db in
            var found: [Int64] = []
            // Source side: units holding the phrase's rarest token, then the whole phrase
            // as consecutive tokens.
            let tokenRow = try db.cachedStatement(
                sql: "SELECT id, units FROM token WHERE language = ? AND text = ?")
            var ids: [Int64] = []
            var rarest: (id: Int64, units: Int)?
            for token in phrase.tokens {
                guard let row = try Row.fetchOne(tokenRow, arguments: [source.tag, token]) else {
                    ids = []
                    break
                }
                let id: Int64 = try row.checked(0)
                let units: Int = try row.checked(1)
                ids.append(id)
                if units < rarest?.units ?? Int.max { rarest = (id, units) }
            }
            if let rarest, !ids.isEmpty {
                let units = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT unit.id, unit.tokens FROM posting JOIN unit ON unit.id = posting.unit
                        WHERE posting.token = ? AND unit.pair = ? ORDER BY unit.id
                        """, arguments: [rarest.id, pair])
                while let row = try units.next(), found.count < limit {
                    if TokenList.contains(
                        TokenList.decode(try row.checked(1, as: Data.self)), phrase: ids)
                    {
                        found.append(try row.checked(0))
                    }
                }
            }
            // Target side: the phrase as typed or in any spelling the target's orthography
            // folds together.
            if found.count < limit {
                found += try Int64.fetchAll(
                    db,
                    sql: """
                        SELECT id FROM unit WHERE pair = ? AND (instr(target, ?) > 0
                            OR target GLOB ?) ORDER BY id LIMIT ?
                        """, arguments: [pair, text, spelling.glob, limit])
            }
            var seen = Set<Int64>()
            let details = try db.cachedStatement(
                sql: """
                    SELECT unit.source, unit.target, origin.name, unit.created, unit.creator
                    FROM unit JOIN origin ON origin.id = unit.origin WHERE unit.id = ?
                    """)
            var units: [MemoryUnit] = []
            for id in found where seen.insert(id).inserted && units.count < limit {
                if let row = try Row.fetchOne(details, arguments: [id]) {
                    units.append(
                        MemoryUnit(
                            source: try row.checked(0), target: try row.checked(1),
                            origin: try row.checked(2), created: try row.checked(3),
                            creator: try row.checked(4), contextKnown: false))
                }
            }
            return units
        }
    }

    /// Every unit of the pair, oldest first.
    public func units(source: String, target: String, after: Int64, limit: Int)
        throws(MemoryError) -> [(number: Int64, unit: MemoryUnit)]
    {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT unit.id, unit.source, unit.target, origin.name, unit.created,
                           unit.creator
                    FROM unit JOIN origin ON origin.id = unit.origin
                    WHERE unit.pair = ? AND unit.id > ? ORDER BY unit.id LIMIT ?
                    """, arguments: [MemoryHash.pair(source, target), after, limit]
            ).map {
                (
                    try $0.checked(0),
                    MemoryUnit(
                        source: try $0.checked(1), target: try $0.checked(2),
                        origin: try $0.checked(3), created: try $0.checked(4),
                        creator: try $0.checked(5), contextKnown: false)
                )
            }
        }
    }

    /// Removes one origin's units and their postings.
    public func delete(origin: String) throws(MemoryError) -> Int {
        try write { db in
            guard
                let id = try Int64.fetchOne(
                    db, sql: "SELECT id FROM origin WHERE name = ?", arguments: [origin])
            else { return 0 }
            // Each unit's postings, found from its stored tokens and length.
            let removePosting = try db.cachedStatement(
                sql: "DELETE FROM posting WHERE token = ? AND length = ? AND unit = ?")
            let lowerCount = try db.cachedStatement(
                sql: "UPDATE token SET units = units - 1 WHERE id = ?")
            let rows = try Row.fetchCursor(
                db, sql: "SELECT id, tokens, length FROM unit WHERE origin = ?", arguments: [id])
            while let row = try rows.next() {
                let unit: Int64 = try row.checked(0)
                let length: Int = try row.checked(2)
                for token in Set(TokenList.decode(try row.checked(1, as: Data.self))) {
                    try removePosting.execute(arguments: [token, length, unit])
                    try lowerCount.execute(arguments: [token])
                }
            }
            try db.execute(sql: "DELETE FROM unit WHERE origin = ?", arguments: [id])
            let removed = db.changesCount
            try db.execute(sql: "DELETE FROM origin WHERE id = ?", arguments: [id])
            return removed
        }
    }

    /// Each origin's penalty, by name, without counting units.
    public func penalties() throws(MemoryError) -> [String: Int] {
        try read { db in
            var penalties: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT name, penalty FROM origin") {
                penalties[try row.checked(0, as: String.self)] = try row.checked(1, as: Int.self)
            }
            return penalties
        }
    }

    /// Units per origin and the schema version, after SQLite's quick check of every page: a
    /// damaged page the counts do not read is an error here too (pass 66: `tm stats` counted
    /// a file with damaged pages, exit 0).
    public func statistics() throws(MemoryError) -> MemoryStatistics {
        try read { db in
            let check = try String.fetchOne(db, sql: "PRAGMA quick_check(1)") ?? "ok"
            guard check == "ok" else {
                let found =
                    check.replacingOccurrences(of: "*** in database main ***\n", with: "")
                    .split(separator: "\n").first.map(String.init) ?? check
                throw DatabaseError(
                    resultCode: .SQLITE_CORRUPT, message: "quick check: \(found.prefix(200))")
            }
            let origins = try Row.fetchAll(
                db,
                sql: """
                    SELECT origin.name, count(unit.id), origin.penalty FROM origin
                    LEFT JOIN unit ON unit.origin = origin.id
                    GROUP BY origin.id ORDER BY origin.name
                    """
            ).map {
                (
                    origin: try $0.checked(0, as: String.self),
                    units: try $0.checked(1, as: Int.self),
                    penalty: try $0.checked(2, as: Int.self)
                )
            }
            return MemoryStatistics(
                origins: origins, schemaVersion: try Self.migrator.appliedIdentifiers(db).count)
        }
    }
}
