import Foundation
import TarjumanKit

/// The memory store a run adds to (`tm import`, `merge --tm-db`), opened at its first use and
/// made if missing. A store file the run makes is removed again if the run fails or a
/// signal stops it: an empty store left behind would read as a memory. Only a name that was
/// nothing at all before counts as made (through a dangling link: the file the link names,
/// which is removed and the link left as it was; pass 39), only the file made there (by
/// device and inode) is removed, and only while it holds no units and no other Tarjuman
/// has it open: a second import that opened the new store meanwhile keeps it and its units.
final class StoreForAdding {
    private let memory: MemoryOptions
    private var opened: (any MemoryStore)?
    private var made: (store: SQLiteMemoryStore, device: UInt64, inode: UInt64)?

    init(_ memory: MemoryOptions) {
        self.memory = memory
    }

    /// The store, opened (and made) on the first call.
    func store() throws(MemoryError) -> any MemoryStore {
        if let opened { return opened }
        var before = stat()
        // SQLite follows links: a store through one is made where the chain ends, with its
        // -wal and -shm files beside it.
        let location = memory.location().map { PathNames.followingLinks($0) ?? $0 }
        let isNew =
            location.map { !MemoryOptions.isPostgres($0) && lstat($0, &before) != 0 } ?? false
        // Registered before the files exist (a signal while SQLite makes them deletes them),
        // and guarded by the store's lock once it is open.
        let files = ["", "-wal", "-shm", "-journal"].map { (location ?? "") + $0 }
        if isNew { TemporaryFiles.deleteOnSignal(files) }
        do {
            let store = try memory.open(creating: true)
            opened = store
            var after = stat()
            if isNew, let location, let sqlite = store as? SQLiteMemoryStore,
                lstat(location, &after) == 0, after.st_mode & S_IFMT == S_IFREG
            {
                made = (sqlite, UInt64(after.st_dev), UInt64(after.st_ino))
                sqlite.deleteOnSignalUnlessShared()
            } else if isNew {
                TemporaryFiles.keep(files)
            }
            return store
        } catch let error as MemoryError {
            if isNew { TemporaryFiles.keep(files) }
            throw error
        } catch {
            if isNew { TemporaryFiles.keep(files) }
            throw MemoryError(store: memory.database ?? "", reason: "\(error)")
        }
    }

    /// Runs `body`; if it throws, the store this run made is removed (when unused) before the
    /// error goes on. Either way a signal no longer deletes the store afterwards.
    func run<T>(_ body: () throws -> T) throws -> T {
        defer { made?.store.keepOnSignal() }
        do {
            return try body()
        } catch {
            if let made {
                var now = stat()
                if lstat(made.store.filesPath, &now) == 0, UInt64(now.st_dev) == made.device,
                    UInt64(now.st_ino) == made.inode
                {
                    _ = made.store.removeIfUnused()
                }
            }
            throw error
        }
    }
}
