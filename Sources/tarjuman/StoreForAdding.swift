import Foundation
import TarjumanKit

/// The memory store a run adds to (`tm import`, `merge --tm-db`), opened at its first use and
/// made if missing. A store file the run makes is deleted if a signal stops the run, and
/// again if the run fails: an empty or half-filled new store would read as a memory. Only a
/// name that was nothing at all before (not even a dangling link) counts as made, and only
/// the file made there (by device and inode) is removed.
final class StoreForAdding {
    private let memory: MemoryOptions
    private var opened: (any MemoryStore)?
    private var made: (path: String, device: UInt64, inode: UInt64)?
    private var pending: [String] = []
    private static let suffixes = ["", "-wal", "-shm", "-journal"]

    init(_ memory: MemoryOptions) {
        self.memory = memory
    }

    /// The store, opened (and made) on the first call.
    func store() throws(MemoryError) -> any MemoryStore {
        if let opened { return opened }
        var before = stat()
        let location = memory.location()
        let isNew =
            location.map { !MemoryOptions.isPostgres($0) && lstat($0, &before) != 0 } ?? false
        if isNew, let location {
            pending = Self.suffixes.map { location + $0 }
            TemporaryFiles.deleteOnSignal(pending)
        }
        do {
            let store = try memory.open(creating: true)
            opened = store
            var after = stat()
            if isNew, let location, lstat(location, &after) == 0,
                after.st_mode & S_IFMT == S_IFREG
            {
                made = (location, UInt64(after.st_dev), UInt64(after.st_ino))
            }
            return store
        } catch let error as MemoryError {
            throw error
        } catch {
            throw MemoryError(store: memory.database ?? "", reason: "\(error)")
        }
    }

    /// Runs `body`; if it throws, the store this run made is removed before the error goes on.
    /// Either way a signal no longer deletes the store afterwards.
    func run<T>(_ body: () throws -> T) throws -> T {
        defer { TemporaryFiles.keep(pending) }
        do {
            return try body()
        } catch {
            if let made {
                opened = nil
                var now = stat()
                if lstat(made.path, &now) == 0, UInt64(now.st_dev) == made.device,
                    UInt64(now.st_ino) == made.inode
                {
                    for suffix in Self.suffixes { unlink(made.path + suffix) }
                }
            }
            throw error
        }
    }
}
