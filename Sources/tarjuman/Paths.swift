import Foundation
import TarjumanKit

/// Questions about file names the commands ask before they write.
enum Paths {
    /// Whether two names are one file: the same device and inode when both exist, else the
    /// same absolute path with links resolved.
    static func sameFile(_ first: String, _ second: String) -> Bool {
        guard first != "-" && second != "-" else { return false }
        var a = stat()
        var b = stat()
        if stat(first, &a) == 0 && stat(second, &b) == 0 {
            return a.st_dev == b.st_dev && a.st_ino == b.st_ino
        }
        // A dangling link names the file a write through it would make.
        func resolved(_ path: String) -> String {
            let final = PathNames.followingLinks(path) ?? path
            return URL(fileURLWithPath: final).standardizedFileURL.resolvingSymlinksInPath().path
        }
        return resolved(first) == resolved(second)
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
