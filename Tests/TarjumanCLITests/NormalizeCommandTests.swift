import Foundation
import Testing

@Suite struct NormalizeCommandTests {
    @Test func normalizesUrduOrthography() throws {
        let result = try CLIRunner.run(
            ["normalize", "--locale", "ur", "-"], input: Data("كتاب علي\n".utf8))
        #expect(result.status == 0)
        #expect(result.stdout == "کتاب علی\n")
    }

    /// A ZWSP between CR and LF stays, so that the two line ends stay two (pass 48).
    @Test func anInvisibleBetweenCRAndLFKeepsTheLinesApart() throws {
        for level in ["canonical", "key"] {
            let result = try CLIRunner.run(
                ["normalize", "--locale", "en", "--level", level, "-"],
                input: Data("a\r\u{200B}\nb\u{200B}\r\nc\n".utf8))
            #expect(Array(result.stdout.utf8) == Array("a\r\u{200B}\nb\r\nc\n".utf8))
        }
    }

    /// A presentation form before a mark it composes with comes out composed, so a second
    /// run changes nothing (pass 48: ﺎ + ٔ came out as ا + ٔ).
    @Test func anUnfoldedLetterComposesWithItsMark() throws {
        let once = try CLIRunner.run(
            ["normalize", "--locale", "ur", "-"], input: Data("\u{FE8E}\u{0654}\n".utf8))
        #expect(once.stdout == "\u{0623}\n")
        let again = try CLIRunner.run(
            ["normalize", "--locale", "ur", "--report", "-"], input: Data(once.stdout.utf8))
        #expect(again.status == 0 && !again.stdout.contains("changed"), "\(again.stdout)")
    }

    @Test func reportListsEveryChangeAndAmbiguity() throws {
        let input = Data("پہلی سطر\nوه مهنگا كتاب\n".utf8)
        let result = try CLIRunner.run(
            ["normalize", "--locale", "ur", "--report", "-"], input: input)
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                <stdin>:2:2: changed [L1-ur-04] U+0647 ه → U+06C1 ہ (word-final Arabic heh ه → heh goal ہ)
                <stdin>:2:5: ambiguous [L1-ur-05] U+0647 ه left unchanged (non-final Arabic heh ه: heh goal ہ or do-chashmi heh ھ? a person must decide)
                <stdin>:2:10: changed [L1-ur-01] U+0643 ك → U+06A9 ک (Arabic kaf ك → keheh ک)

                """)
    }

    /// A line longer than a piece (65,536 characters) is normalised a piece at a time, with
    /// every change at its place in the line (a 40 MB line of Arabic heh used to take
    /// gigabytes and abort).
    @Test func aLongLineIsReportedAtTheRightColumns() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            python3 -c "import sys; sys.stdout.write('ها ' * 30000 + 'كا\\r\\nك\\n')" > long.txt
            "$TARJUMAN" normalize --locale ur --report long.txt > report.txt
            wc -l < report.txt; tail -3 report.txt | cut -d' ' -f1-3
            "$TARJUMAN" normalize --locale ur long.txt 2> /dev/null > out.txt
            python3 -c "d = open('out.txt', 'rb').read(); print(len(d), d.endswith('ها کا\\r\\nک\\n'.encode()))"
            """)
        #expect(
            result.stdout == """
                30002
                long.txt:1:89998: ambiguous [L1-ur-05]
                long.txt:1:90001: changed [L1-ur-01]
                long.txt:2:1: changed [L1-ur-01]
                150009 True

                """, "\(result.stderr)")
    }

    /// A line of one letter with no space for 300,000 characters is refused at its place
    /// (normalised whole, a 16 MB one aborted).
    @Test func aLineWithoutSpacesPastTheLimitIsAnError() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            python3 -c "import sys; sys.stdout.write('x\\n' + 'ه' * 300000 + '\\n')" > run.txt
            "$TARJUMAN" normalize --locale ur run.txt -o out.txt; echo "exit $?"
            ls
            python3 -c "import sys; sys.stdout.write('QUJD' * 100000 + '\\n')" > blob.txt
            "$TARJUMAN" normalize --locale ur blob.txt | cmp - blob.txt && echo "blob kept"
            python3 -c "import sys; sys.stdout.write('ه' * 262144 + '\\n')" > at.txt
            "$TARJUMAN" normalize --locale ur at.txt > /dev/null; echo "at the limit $?"
            python3 -c "import sys; sys.stdout.write('ه' * 262145 + '\\n')" > past.txt
            "$TARJUMAN" normalize --locale ur past.txt 2>&1 > /dev/null | cut -c1-30
            """)
        #expect(
            result.stdout
                == "exit 2\nrun.txt\nblob kept\nat the limit 0\npast.txt:1:262145: error: more\n")
        #expect(
            result.stderr.hasPrefix(
                "run.txt:2:262145: error: more than 262144 characters in a row without a space"),
            "\(result.stderr)")
    }

    @Test func ambiguitiesAreMentionedWithoutReport() throws {
        let result = try CLIRunner.run(
            ["normalize", "--locale", "ur", "-"], input: Data("مهنگا\n".utf8))
        #expect(result.stdout == "مهنگا\n")
        #expect(result.stderr.contains("1 ambiguous spelling(s) left unchanged"))
    }

    @Test func normalisedTextNormalisesToItself() throws {
        // ه + hamza above + kasratan: NFC puts the kasratan first, the heh rule gives ہ,
        // and ہ + ٔ must then compose (ۂ) in the same run, not in the next.
        let first = try CLIRunner.run(
            ["normalize", "--locale", "ur", "-"], input: Data("وهٍٔ\n".utf8))
        #expect(first.status == 0)
        #expect(first.stdout == "و\u{06C2}\u{064D}\n")
        let second = try CLIRunner.run(
            ["normalize", "--locale", "ur", "-"], input: Data(first.stdout.utf8))
        #expect(second.stdout == first.stdout)
    }

    @Test func reportListsAChangeToMarksOnTheirLineAndAnAmbiguityOnce() throws {
        let marks = try CLIRunner.run(
            ["normalize", "--locale", "ur", "--level", "key", "--report", "-"],
            input: Data("ab\n\u{064F}\u{064E}c\n".utf8))
        #expect(marks.stdout.hasPrefix("<stdin>:2:1: changed [L0-NFC] U+064F U+064E"))
        let heh = try CLIRunner.run(
            ["normalize", "--locale", "ur", "-"],
            input: Data("\u{0647}\u{0628}\n\u{0644}\u{0626}\u{0650}\u{06D2}\n".utf8))
        #expect(heh.stderr.contains("1 ambiguous spelling(s) left unchanged"))
    }

    @Test func anEndlessRunOfMarksIsNormalisedInLinearTime() throws {
        let line = "b" + String(repeating: "\u{0301}\u{0323}", count: 20_000) + "\n"
        let result = try CLIRunner.run(
            ["normalize", "--locale", "en", "--level", "canonical", "-"], input: Data(line.utf8))
        #expect(result.status == 0)
        #expect(result.stdout.unicodeScalars.filter { $0 == "\u{034F}" }.count == 40_000 / 30)
    }

    /// Fifty identical marks (already NFC) get their joiner though nothing else changes
    /// (pass 22: only when another letter of the text changed).
    @Test func aLongRunOfMarksInNFCIsMadeStreamSafe() throws {
        let line = "ب" + String(repeating: "\u{064B}", count: 50) + " کتاب\n"
        let result = try CLIRunner.run(
            ["normalize", "--locale", "ur", "--report", "-"], input: Data(line.utf8))
        #expect(result.status == 0)
        #expect(
            result.stdout.hasPrefix("<stdin>:1:32: changed [L0-NFC] U+064B"), "\(result.stdout)")
        // Marks beyond the Basic Multilingual Plane too (review of pass 22).
        let astral = "a" + String(repeating: "\u{1D167}", count: 40) + " x\n"
        let joined = try CLIRunner.run(
            ["normalize", "--locale", "en", "-"], input: Data(astral.utf8))
        #expect(joined.stdout.unicodeScalars.filter { $0 == "\u{034F}" }.count == 1)
    }

    @Test func keyLevelFoldsDigitsAndCase() throws {
        let result = try CLIRunner.run(
            ["normalize", "--locale", "ur", "--level", "key", "-"],
            input: Data("CPEC ۲۰۲۳ مُلک گۓ\n".utf8))
        #expect(result.stdout == "cpec 2023 ملک گئے\n")
        // English as the README says: accents and digit scripts folded too.
        let english = try CLIRunner.run(
            ["normalize", "--locale", "en", "--level", "key", "-"],
            input: Data("Café in Zürich, ١٩٤٨ and ۲۰۲۳, Muḥammad of București\n".utf8))
        #expect(english.stdout == "cafe in zurich, 1948 and 2023, muhammad of bucuresti\n")
        // Any script's decimal digits, in every pack.
        let other = try CLIRunner.run(
            ["normalize", "--locale", "ur", "--level", "key", "-"],
            input: Data("सन १९४८ ２０２４\n".utf8))
        #expect(other.stdout == "सन 1948 2024\n")
    }

    /// Text whose characters change one for one takes the direct path whole; a block with
    /// one character that needs the rules' context (ی + ٔ) goes piece by piece. Both give
    /// the same key line by line.
    @Test func aKeyIsTheSameOnTheDirectAndTheSlowPath() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let line = "CPEC ۲۰۲۳ مُلک “Gwadar”\n"
        let plain = String(repeating: line, count: 5_000)
        let plainFile = folder.appendingPathComponent("plain.ur.txt")
        try Data(plain.utf8).write(to: plainFile)
        let mixedFile = folder.appendingPathComponent("mixed.ur.txt")
        try Data((plain + "کی\u{0654}\n" + plain).utf8).write(to: mixedFile)
        let direct = try CLIRunner.run(["normalize", "--level", "key", plainFile.path])
        let mixed = try CLIRunner.run(["normalize", "--level", "key", mixedFile.path])
        let keyLine = "cpec 2023 ملک \"gwadar\"\n"
        #expect(direct.status == 0 && mixed.status == 0)
        #expect(direct.stdout == String(repeating: keyLine, count: 5_000))
        #expect(mixed.stdout == direct.stdout + "کئ\n" + direct.stdout)
    }

    @Test func writesAtomicallyAndKeepsTheInputIntact() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("draft.ur.txt")
        try Data("یہ ملك ہے۔\r\nدوسری سطر\r\n".utf8).write(to: input)
        let output = folder.appendingPathComponent("clean.ur.txt")
        let result = try CLIRunner.run([
            "normalize", "--locale", "ur", "-o", output.path, input.path,
        ])
        #expect(result.status == 0)
        #expect(try Data(contentsOf: output) == Data("یہ ملک ہے۔\r\nدوسری سطر\r\n".utf8))
        #expect(try Data(contentsOf: input) == Data("یہ ملك ہے۔\r\nدوسری سطر\r\n".utf8))
    }
}
