import Foundation
import Synchronization

/// The regular files this process has opened for reading (by device and inode, so hard
/// links and symbolic links count as the same file), so that no output replaces a file the
/// run reads: a pair's document, the glossary, the word list, a locale pack, a memory.
///
/// Off until ``startRecording()``: a one-shot run (the `tarjuman` command) turns it on; a
/// program that keeps running and saves files it opened (an editor) leaves it off.
public enum FilesRead {
    private struct FileID: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    private static let files = Mutex<(on: Bool, read: [FileID: String])>((false, [:]))
    /// Files a library may make beside one it opened (SQLite's `-journal`, `-wal`, `-shm`),
    /// by resolved folder and name, whether they exist yet or not.
    private static let reserved = Mutex<[String: String]>([:])

    /// From now on, records the files read and refuses outputs over them (see
    /// ``OutputFile``). Cannot be turned off: it is meant for a whole run.
    public static func startRecording() {
        files.withLock { $0.on = true }
    }

    /// Records the file `status` describes (a regular file or a pipe opened for reading as
    /// `path`).
    static func note(_ status: stat, path: String) {
        let type = status.st_mode & S_IFMT
        guard type == S_IFREG || type == S_IFIFO else { return }
        let id = FileID(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
        files.withLock { state in
            if state.on && state.read[id] == nil { state.read[id] = path }
        }
    }

    /// Records the regular file at `path`, if there is one (for files opened by a library:
    /// the memory store; and for the inputs of a run that opens its output before reading
    /// them all, as `align` writes its header first).
    public static func note(path: String) {
        var status = stat()
        if stat(path, &status) == 0 { note(status, path: path) }
    }

    /// The name under which this run reads the pipe `status` describes, if it does: a pipe
    /// it opened, or standard input (even before it is read). Writing into the pipe a run
    /// reads would keep it waiting for its own end of input.
    static func readsPipe(_ status: stat) -> String? {
        guard status.st_mode & S_IFMT == S_IFIFO else { return nil }
        let id = FileID(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
        var input = stat()
        if fstat(STDIN_FILENO, &input) == 0,
            FileID(device: UInt64(input.st_dev), inode: UInt64(input.st_ino)) == id
        {
            return files.withLock { $0.on } ? "standard input" : nil
        }
        return files.withLock { $0.on ? $0.read[id] : nil }
    }

    /// Records `path` as a file the run's library may create or delete at any time (SQLite's
    /// journal beside a store): no output may be written there, even before it exists.
    /// `name` says what the file is, for messages.
    static func reserve(path: String, as name: String) {
        guard files.withLock({ $0.on }), let place = place(of: path) else { return }
        reserved.withLock { $0[place] = name }
    }

    /// `path` as its folder's resolved path and its name (the folder must exist).
    private static func place(of path: String) -> String? {
        let url = URL(fileURLWithPath: path)
        guard let folder = realpath(url.deletingLastPathComponent().path, nil) else { return nil }
        defer { free(folder) }
        return String(cString: folder) + "/" + url.lastPathComponent
    }

    /// The name under which this run read the file now at `path`, if it read it, or reserved
    /// the name.
    public static func readAs(_ path: String) -> String? {
        if let place = place(of: path), let name = reserved.withLock({ $0[place] }) {
            return name
        }
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return readAs(status)
    }

    /// The name under which this run read the regular file `status` describes, if it did.
    static func readAs(_ status: stat) -> String? {
        guard status.st_mode & S_IFMT == S_IFREG else { return nil }
        let id = FileID(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
        return files.withLock { $0.read[id] }
    }
}
