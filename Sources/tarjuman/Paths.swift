import Foundation

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
        func resolved(_ path: String) -> String {
            URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        }
        return resolved(first) == resolved(second)
    }
}
