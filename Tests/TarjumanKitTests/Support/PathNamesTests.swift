import Testing

@testable import TarjumanKit

/// Folder names of paths as written, including the one-character names Foundation's
/// `deletingLastPathComponent` traps on.
@Suite struct PathNamesTests {
    @Test(arguments: [
        ("x", ""), (".", ""), ("a/", ""), ("ab", ""), ("/", "/"), ("/x", "/"),
        ("a/b", "a"), ("a/b/", "a"), ("a//b", "a"), ("/a/b/c.sqlite", "/a/b"),
        (".tarjuman/memory.sqlite", ".tarjuman"), ("../m.sqlite", ".."),
    ])
    func theFolderOfAPathIsWhatPrecedesItsLastName(_ example: (String, String)) {
        #expect(PathNames.folder(of: example.0) == example.1, "\(example.0)")
    }
}
