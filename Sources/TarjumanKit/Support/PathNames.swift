import Foundation

/// File-name arithmetic that does not go through `NSString`, whose
/// `deletingLastPathComponent` traps on one-character names (`x`, `.`, `a/`) in this
/// Foundation.
public enum PathNames {
    /// The folder part of `path` as written: `""` for a bare name, `"/"` for a name at the
    /// root; trailing slashes are ignored (`a/b/` → `a`).
    public static func folder(of path: String) -> String {
        var name = Substring(path)
        while name.count > 1 && name.hasSuffix("/") { name = name.dropLast() }
        guard let slash = name.lastIndex(of: "/") else { return "" }
        var folder = name[..<slash]
        while folder.count > 1 && folder.hasSuffix("/") { folder = folder.dropLast() }
        return folder.isEmpty ? "/" : String(folder)
    }

    /// The name a chain of symbolic links at `path` ends in (which need not exist yet: a
    /// dangling link names the file a write through it would make); `nil` past 40 links.
    public static func followingLinks(_ path: String) -> String? {
        var current = path
        for _ in 0..<40 {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length >= 0 else { return current }
            let link = String(
                decoding: buffer[..<length].map(UInt8.init(bitPattern:)), as: UTF8.self)
            let slash = current.utf8.lastIndex(of: UInt8(ascii: "/"))
            current =
                link.hasPrefix("/") ? link : (slash.map { String(current[...$0]) } ?? "") + link
        }
        return nil
    }

    /// The names in `folder` a listing reads, sorted: hidden ones (`.ur.yaml`, an editor's
    /// `.en-ur.tsv.swp`, macOS's `._en-ur.tsv` beside each file copied from its disks) are
    /// left out.
    public static func listing(of folder: String) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
            !$0.hasPrefix(".")
        }
        names.forEach(NamesWithControls.note)
        return names.sorted()
    }

    /// Why a file Tarjuman found by listing a folder (rather than one a user named) is not
    /// read: a FIFO, socket or device there would block the run or never end. `found` says
    /// where Tarjuman found the name (`that a project file names`). `nil` for a
    /// regular file, a folder, or a name that is nothing (links are followed). A name that
    /// is not UTF-8 is listed with U+FFFD in its place and names nothing: that is said
    /// (pass 23: it read "no such file").
    public static func whyNotListable(_ path: String, found: String = "it finds in a folder")
        -> String?
    {
        var status = stat()
        guard stat(path, &status) == 0 else {
            // A link that leads nowhere is there by its own name (review of pass 23).
            var link = stat()
            guard errno == ENOENT, path.unicodeScalars.contains("\u{FFFD}"),
                lstat(path, &link) != 0
            else { return nil }
            return "its name is not valid UTF-8 (shown with U+FFFD in its place); Tarjuman "
                + "takes file names in UTF-8: rename the file (convmv can convert names)"
        }
        let type = status.st_mode & S_IFMT
        guard type != S_IFREG && type != S_IFDIR else { return nil }
        let kind =
            type == S_IFIFO ? "a FIFO" : type == S_IFSOCK ? "a socket" : "a device"
        return "\(kind), not a regular file: Tarjuman reads only regular files \(found) (name "
            + "it on the command line to read it)"
    }
}
