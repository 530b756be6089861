import Foundation
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

    /// A chain of links ends in the name a write would make, even when nothing is there yet;
    /// a loop of links ends nowhere.
    @Test func linksAreFollowedToTheNameTheyEndIn() throws {
        let folder = try TemporaryFolder()
        let base = folder.path + "/"
        func link(_ name: String, to target: String) {
            #expect(symlink(target, base + name) == 0)
        }
        link("a", to: "b")
        link("b", to: "sub/c.txt")
        link("loop1", to: "loop2")
        link("loop2", to: "loop1")
        #expect(PathNames.followingLinks(base + "a") == base + "sub/c.txt")
        #expect(PathNames.followingLinks(base + "plain.txt") == base + "plain.txt")
        #expect(PathNames.followingLinks(base + "loop1") == nil)
    }
}
