import Foundation
import TarjumanKit

/// Questions about file names the commands ask before they write.
enum Paths {
    /// Whether `path` is standard input, or a pipe, socket or device reached through
    /// `/dev` or `/proc` (a process substitution's `/dev/fd/63`, `/dev/stdin`): a name that
    /// says nothing of what was read.
    static func isUnnamedStream(_ path: String) -> Bool {
        var status = stat()
        guard path != "-" else { return true }
        guard path.hasPrefix("/dev/") || path.hasPrefix("/proc/"), stat(path, &status) == 0
        else { return false }
        let kind = status.st_mode & S_IFMT
        return kind == S_IFIFO || kind == S_IFCHR || kind == S_IFSOCK
    }

    /// Whether `path` names standard output: `-`, or the file, pipe or socket standard
    /// output is (`/dev/stdout`, `/dev/fd/1`: the same device and inode). A terminal or
    /// `/dev/null` does not count: two outputs there mix no file.
    static func isStandardOutput(_ path: String) -> Bool {
        if path == "-" { return true }
        var output = stat()
        var named = stat()
        guard fstat(STDOUT_FILENO, &output) == 0, stat(path, &named) == 0,
            output.st_mode & S_IFMT != S_IFCHR
        else { return false }
        return output.st_dev == named.st_dev && output.st_ino == named.st_ino
    }

    /// Whether two names are one file: the same device and inode when both exist, else the
    /// same absolute path with links resolved. Standard input (`-`) is no file.
    static func sameFile(_ first: String, _ second: String) -> Bool {
        guard first != "-" && second != "-" else { return false }
        return fileKey(first) == fileKey(second)
    }

    /// What names a file for ``sameFile(_:_:)``: its device and inode when it exists, else
    /// its absolute path with links resolved (a dangling link names the file a write through
    /// it would make).
    static func fileKey(_ path: String) -> String {
        var status = stat()
        if stat(path, &status) == 0 { return "inode \(status.st_dev) \(status.st_ino)" }
        let final = PathNames.followingLinks(path) ?? path
        return "path "
            + URL(fileURLWithPath: final).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// `path` made absolute with its links resolved, as far as it exists (the rest, such as a
    /// file or folder still to be made, is appended as written).
    static func canonical(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var existing = absolute
        var rest: [String] = []
        while !existing.isEmpty && existing != "/" {
            if let resolved = realpath(existing, nil) {
                defer { free(resolved) }
                return ([String(cString: resolved)] + rest.reversed()).joined(separator: "/")
            }
            rest.append(String(existing.split(separator: "/").last ?? ""))
            existing = PathNames.folder(of: existing)
        }
        return absolute
    }
}
