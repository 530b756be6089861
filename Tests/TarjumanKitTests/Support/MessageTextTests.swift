import Foundation
import Testing

@testable import TarjumanKit

/// Names and values as messages show them: one line, nothing that drives a terminal.
@Suite struct MessageTextTests {
    /// Line breaks, controls and bidi overrides are escaped; letters, marks and RLM stay.
    @Test func controlsInANameAreEscaped() {
        #expect("a\nb\tc\u{1B}[1m.tsv".escapingControls == #"a\u{A}b\u{9}c\u{1B}[1m.tsv"#)
        #expect("x\u{2028}\u{202E}y".escapingControls == #"x\u{2028}\u{202E}y"#)
        #expect("اردو\u{200F} é.txt".escapingControls == "اردو\u{200F} é.txt")
    }

    /// A name remembered for holding a line feed is escaped wherever a message quotes it;
    /// the message's own line breaks, and names without controls, are left alone.
    @Test func rememberedNamesAreEscapedInMessages() throws {
        let name = "messages-\(UUID().uuidString)\nsecond.tsv"
        NamesWithControls.note(name)
        NamesWithControls.note("plain-\(UUID().uuidString).tsv")
        let message = "\(name):1:1: error: bad row\n  hint on its own line"
        #expect(
            NamesWithControls.escaped(in: message)
                == name.replacingOccurrences(of: "\n", with: #"\u{A}"#)
                + ":1:1: error: bad row\n  hint on its own line")
        // Only where it stands as a name: a short value ending in a line feed leaves the
        // message's own line breaks alone (review of pass 23).
        let short = "e\(UUID().uuidString.prefix(4))\n"
        NamesWithControls.note(short)
        let usage = "unknown value '\(short)'\nUsage: x\(short)Usage"
        #expect(
            NamesWithControls.escaped(in: usage)
                == "unknown value '\(short.escapingControls)'\nUsage: x\(short)Usage")
        // Names found by listing a folder are remembered as well.
        let folder = try TemporaryFolder()
        let listed = "listed-\(UUID().uuidString)\nx.tsv"
        FileManager.default.createFile(atPath: folder.path + "/" + listed, contents: Data())
        #expect(try PathNames.listing(of: folder.path) == [listed])
        #expect(!NamesWithControls.escaped(in: "\(listed): error").contains("\n"))
    }
}
