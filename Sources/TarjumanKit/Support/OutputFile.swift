import CSignalCleanup
public import Foundation

/// Where a command's output goes, written so that nothing is lost or half-written.
///
/// - `nil` or `-`: standard output.
/// - A regular file (or a path that does not exist yet): bytes go to a hidden temporary file
///   beside it, and `commit()` renames that over the destination, keeping the mode of the file
///   it replaces. A failed or interrupted run leaves the destination as it was. A file
///   without write permission (mode 444, say) is refused, not replaced.
/// - A symbolic link: the file it points to is written as above; the link stays a link.
/// - One of this process's own descriptors (`/dev/stdout`, `/dev/fd/N`, `/proc/self/fd/N`):
///   written where the shell opened it (appending to a `>>` file), never replaced; one open
///   for reading only is refused.
/// - A character device, FIFO or socket (`/dev/null`, a pipe): written in place, since a
///   device must never be replaced by a file.
///
/// Every write error (a full disk, a closed pipe, `/dev/full`) is thrown, never ignored.
public final class OutputFile {
    /// The path the output was asked for (`-` for standard output), for messages.
    public let path: String
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    /// The temporary file and its final place, when the output is written atomically.
    private let staged: (temporary: String, destination: String)?
    private var finished = false

    /// Whether the output may replace a file this run has read (an edit in place).
    private let replacingInput: Bool

    /// Opens `path` for writing; `nil` or `-` is standard output. Unless `replacingInput`
    /// (an edit in place, such as `glossary lint --fix`), a regular file this run has read
    /// is never replaced while ``FilesRead`` records: `commit()` refuses it and leaves it as
    /// it was.
    public init(path: String?, replacingInput: Bool = false) throws(InputError) {
        self.replacingInput = replacingInput
        guard let path, path != "-" else {
            // Standard output appended to a file the run reads (`normalize l.txt >> l.txt`)
            // would be read back as input, without end (pass 54).
            var status = stat()
            if !replacingInput, fstat(STDOUT_FILENO, &status) == 0,
                let input = FilesRead.readAs(status)
            {
                throw .unwritable(
                    file: "standard output",
                    reason: "refused: it is a file this run reads (\(input)); send the output "
                        + "to another file")
            }
            self.path = "-"
            descriptor = STDOUT_FILENO
            ownsDescriptor = false
            staged = nil
            return
        }
        self.path = path
        if path.isEmpty {
            throw .unwritable(
                file: "''", reason: "an empty name; name a file, or - for standard output")
        }
        // One of this process's own descriptors, as `/dev/stdout` names one: written where it
        // is, at its offset, as the shell opened it (resolved to the file behind it and
        // replaced, it lost what a `>> log` held before: pass 29).
        if let own = Self.ownDescriptor(path) {
            // Not resolved to the file behind it either (review: `exec 3<data.tsv` and
            // `-o /dev/fd/3` replaced data.tsv): a shell says "Bad file descriptor".
            let mode = fcntl(own, F_GETFL) & O_ACCMODE
            guard mode == O_WRONLY || mode == O_RDWR else {
                throw .unwritable(
                    file: path, reason: "that descriptor is open for reading only; name a file")
            }
            var status = stat()
            if !replacingInput, fstat(own, &status) == 0,
                let input = FilesRead.readAs(path) ?? FilesRead.readsPipe(status)
            {
                throw .unwritable(
                    file: path,
                    reason: "refused: this run reads that file (as \(input)); name another file "
                        + "for the output")
            }
            descriptor = own
            ownsDescriptor = false
            staged = nil
            return
        }
        var status = stat()
        let exists = stat(path, &status) == 0
        let type = status.st_mode & S_IFMT
        if exists && type == S_IFDIR {
            throw .unwritable(file: path, reason: "is a folder; name a file")
        }
        if exists && type != S_IFREG {
            if !replacingInput, let input = FilesRead.readsPipe(status) {
                throw .unwritable(
                    file: path,
                    reason: "refused: this run reads that pipe (as \(input)); name another "
                        + "file for the output")
            }
            // open() follows the links, /proc/self/fd/N included.
            let opened = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
            guard opened >= 0 else { throw .unwritable(file: path, reason: Self.lastError()) }
            descriptor = opened
            ownsDescriptor = true
            staged = nil
            return
        }
        // The rename would replace a file its owner protected (as `rm` asks first, even of
        // root): a read-only report or glossary stays as it is.
        if exists && (status.st_mode & 0o222 == 0 || access(path, W_OK) != 0) {
            throw .unwritable(
                file: path,
                reason: "is write-protected; make it writable (chmod u+w) or name another file")
        }
        let destination = try Self.resolvingLinks(path)
        let slash = destination.utf8.lastIndex(of: UInt8(ascii: "/"))
        let folder = slash.map { String(destination[...$0]) } ?? ""
        // A short name, so that a destination near the 255-byte name limit still works.
        let temporary = folder + ".tarjuman-\(UUID().uuidString.prefix(13)).tmp"
        let opened = TemporaryFiles.create(temporary)
        guard opened >= 0 else {
            // A link into a folder that is not there says where it leads (pass 54: "No such
            // file or directory" about a link that is there); a name in a folder that is not
            // there says so (pass 60).
            let reason =
                errno != ENOENT
                ? Self.lastError()
                : destination != path
                    ? "it is a link to \(destination), whose folder does not exist"
                    : "its folder \(folder.isEmpty ? "." : folder) does not exist; create it "
                        + "(mkdir -p) or name a file in a folder that does"
            throw .unwritable(file: path, reason: reason)
        }
        if exists { fchmod(opened, status.st_mode & 0o7777) }
        descriptor = opened
        ownsDescriptor = true
        staged = (temporary, destination)
    }

    deinit {
        if !finished { discard() }
    }

    /// The descriptor `path` names when it is one of this process's own, open:
    /// `/dev/stdout`, `/dev/stderr`, `/dev/fd/N` or `/proc/self/fd/N`.
    private static func ownDescriptor(_ path: String) -> Int32? {
        let number: Int32?
        switch path {
        case "/dev/stdout": number = STDOUT_FILENO
        case "/dev/stderr": number = STDERR_FILENO
        default:
            number =
                ["/dev/fd/", "/proc/self/fd/"].lazy.filter { path.hasPrefix($0) }
                .compactMap { Int32(path.dropFirst($0.count)) }.first
        }
        guard let number, fcntl(number, F_GETFL) >= 0 else { return nil }
        return number
    }

    /// Appends bytes.
    public func write(_ bytes: UnsafeRawBufferPointer) throws(InputError) {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(
                descriptor, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { tarjuman_cleanup_broken_pipe() }
                let reason = Self.lastError()
                discard()
                throw .unwritable(file: path == "-" ? "<stdout>" : path, reason: reason)
            }
            offset += written
        }
    }

    /// Appends bytes.
    public func write(_ bytes: [UInt8]) throws(InputError) {
        try bytes.withUnsafeBytes(writing).get()
    }

    /// Appends bytes.
    public func write(_ data: Data) throws(InputError) {
        try data.withUnsafeBytes(writing).get()
    }

    /// Appends `text` as UTF-8.
    public func write(_ text: String) throws(InputError) {
        var text = text
        try text.withUTF8 { writing(UnsafeRawBufferPointer($0)) }.get()
    }

    /// `write(_:)` as a value, for closures that cannot throw a typed error.
    private func writing(_ bytes: UnsafeRawBufferPointer) -> Result<Void, InputError> {
        Result { () throws(InputError) in try write(bytes) }
    }

    /// Finishes the output: a staged file is moved into place, a device is closed.
    public func commit() throws(InputError) {
        guard !finished else { return }
        finished = true
        guard ownsDescriptor else { return }
        let closed = close(descriptor)
        let reason = Self.lastError()
        guard let staged else {
            if closed != 0 { throw .unwritable(file: path, reason: reason) }
            return
        }
        defer { TemporaryFiles.remove(staged.temporary) }
        if let refusal = refusal(of: staged.destination) {
            unlink(staged.temporary)
            throw refusal
        }
        if closed != 0 || rename(staged.temporary, staged.destination) != 0 {
            let reason = Self.lastError()
            unlink(staged.temporary)
            throw .unwritable(file: path, reason: reason)
        }
        // An input edited in place is still an input of this run: no later output of the run
        // may replace it (`glossary lint --fix G -o G` wrote the report over the fixed file).
        if replacingInput { FilesRead.note(path: staged.destination) }
    }

    /// Refuses now what `commit()` would refuse (a destination this run reads), dropping the
    /// output, so that work meant to follow a written output (storing the translations of a
    /// merged document) is not done for one that will not be written.
    public func checkDestination() throws(InputError) {
        guard let staged, let refusal = refusal(of: staged.destination) else { return }
        discard()
        throw refusal
    }

    /// Why `destination` may not be replaced, if it may not: this run reads it.
    private func refusal(of destination: String) -> InputError? {
        guard !replacingInput, let input = FilesRead.readAs(destination) else { return nil }
        return .unwritable(
            file: path,
            reason: "refused: this run reads that file (as \(input)); name another file for the "
                + "output")
    }

    /// Drops the output: a staged file is deleted and the destination left as it was.
    public func discard() {
        guard !finished else { return }
        finished = true
        guard ownsDescriptor else { return }
        close(descriptor)
        if let staged {
            unlink(staged.temporary)
            TemporaryFiles.remove(staged.temporary)
        }
    }

    /// Writes `data` to `path` in one step (see ``init(path:replacingInput:)``).
    public static func write(_ data: Data, to path: String, replacingInput: Bool = false)
        throws(InputError)
    {
        let file = try OutputFile(path: path, replacingInput: replacingInput)
        try file.write(data)
        try file.commit()
    }

    /// The final file a chain of symbolic links at `path` leads to (which need not exist yet),
    /// where the temporary file goes so that the rename replaces the file, not the link.
    private static func resolvingLinks(_ path: String) throws(InputError) -> String {
        guard let final = PathNames.followingLinks(path) else {
            throw .unwritable(file: path, reason: "too many levels of symbolic links")
        }
        return final
    }

    private static func lastError() -> String {
        String(cString: strerror(errno))
    }
}

/// The temporary files of outputs not yet committed, deleted when the process is stopped
/// by a signal (see ``installSignalCleanup()``).
public enum TemporaryFiles {
    /// Creates the temporary file `path` (write-only, new, mode 0666 before the umask),
    /// registered for deletion before it exists; the descriptor, or -1 with `errno` set.
    static func create(_ path: String) -> Int32 {
        tarjuman_cleanup_create(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    }

    static func remove(_ path: String) { tarjuman_cleanup_remove(path) }

    /// Registers files another library is about to create (a new SQLite store and the files
    /// beside it) for deletion on a terminating signal, until ``keep(_:)``.
    public static func deleteOnSignal(_ paths: [String]) {
        for path in paths { _ = tarjuman_cleanup_add(path) }
    }

    /// Registers files others may share (a memory store) for deletion on a terminating
    /// signal, done only if an exclusive `flock` on `holder` (a descriptor of the file this
    /// process holds shared) can then be taken, until ``keep(_:)``.
    public static func deleteOnSignal(_ paths: [String], guardedBy holder: Int32) {
        for path in paths { _ = tarjuman_cleanup_add_guarded(path, holder) }
    }

    /// Forgets files registered with ``deleteOnSignal(_:)``: a signal now leaves them.
    public static func keep(_ paths: [String]) {
        for path in paths { tarjuman_cleanup_remove(path) }
    }

    /// On a terminating signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGXFSZ…), deletes
    /// every pending temporary file, then lets the signal end the process as it would have
    /// (exit status 128 + signal). Signals the process already ignores (`nohup`) stay ignored.
    public static func installSignalCleanup() {
        tarjuman_cleanup_install()
    }
}
