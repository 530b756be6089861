public import Foundation

/// An output file that appears at its path complete or not at all.
///
/// Text is appended to a hidden temporary file in the destination folder; `commit()` renames
/// it over the destination, `discard()` (or releasing an uncommitted file) deletes it. A failed
/// run therefore never leaves a half-written output behind.
public final class AtomicFile {
    /// The path the file will have once committed.
    public let path: String
    private let temporaryPath: String
    private let handle: FileHandle
    private var finished = false

    /// Creates the temporary file beside `path`.
    public init(path: String) throws(InputError) {
        let url = URL(fileURLWithPath: path)
        let name = ".\(url.lastPathComponent).\(UUID().uuidString).tmp"
        let temporary = url.deletingLastPathComponent().appendingPathComponent(name).path
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporary)
        else {
            throw InputError.unreadable(file: path, reason: "cannot create the output file here")
        }
        self.path = path
        self.temporaryPath = temporary
        self.handle = handle
    }

    deinit {
        if !finished { discard() }
    }

    /// Appends bytes.
    public func write(_ data: Data) throws(InputError) {
        do {
            try handle.write(contentsOf: data)
        } catch {
            discard()
            throw InputError.unreadable(
                file: path, reason: "cannot write: \(error.localizedDescription)")
        }
    }

    /// Appends `text` as UTF-8.
    public func write(_ text: String) throws(InputError) {
        try write(Data(text.utf8))
    }

    /// Moves the finished file into place.
    public func commit() throws(InputError) {
        guard !finished else { return }
        finished = true
        try? handle.close()
        if rename(temporaryPath, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw InputError.unreadable(file: path, reason: "cannot write: \(reason)")
        }
    }

    /// Deletes the temporary file; the destination is left as it was.
    public func discard() {
        guard !finished else { return }
        finished = true
        try? handle.close()
        unlink(temporaryPath)
    }

    /// Writes `data` to `path` atomically in one step.
    public static func write(_ data: Data, to path: String) throws(InputError) {
        let file = try AtomicFile(path: path)
        try file.write(data)
        try file.commit()
    }
}
