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
}
