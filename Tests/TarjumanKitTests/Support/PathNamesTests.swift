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

    /// A FIFO found in a folder is not read (opening it would wait for a writer); regular
    /// files, folders, links to them and names that are nothing are left to the reader.
    @Test func specialFilesInAFolderAreNotListable() throws {
        let folder = try TemporaryFolder()
        let base = folder.path + "/"
        #expect(mkfifo(base + "fifo.tsv", 0o644) == 0)
        #expect(symlink("fifo.tsv", base + "link.tsv") == 0)
        FileManager.default.createFile(atPath: base + "plain.tsv", contents: Data())
        #expect(PathNames.whyNotListable(base + "fifo.tsv")?.hasPrefix("a FIFO, not a") == true)
        #expect(PathNames.whyNotListable(base + "link.tsv")?.hasPrefix("a FIFO") == true)
        #expect(PathNames.whyNotListable(base + "plain.tsv") == nil)
        #expect(PathNames.whyNotListable(folder.path) == nil)
        #expect(PathNames.whyNotListable(base + "nothing.tsv") == nil)
        #expect(PathNames.whyNotListable("/dev/null")?.hasPrefix("a device") == true)
        // A name that is not UTF-8 is listed with U+FFFD and said to be so (pass 23).
        let raw =
            Array((base + "x").utf8CString.dropLast(2)) + [CChar(bitPattern: 0xFF)]
            + Array(".tsv".utf8CString)
        let descriptor = open(raw, O_CREAT | O_WRONLY, 0o644)
        #expect(descriptor >= 0)
        close(descriptor)
        let odd = try #require(
            try PathNames.listing(of: folder.path).first { $0.hasSuffix("\u{FFFD}.tsv") })
        #expect(
            PathNames.whyNotListable(base + odd)?.hasPrefix("its name is not valid UTF-8") == true)
        // A FIFO among the packs stops the catalogue with its name, not a wait.
        #expect(mkfifo(base + "zz.yaml", 0o644) == 0)
        #expect {
            try LocaleCatalog(folder: folder.path)
        } throws: { error in
            "\(error)".contains("zz.yaml: error: cannot read: a FIFO, not a regular file")
        }
    }
}
