import Foundation
import Testing

@testable import TarjumanKit

@Suite struct ProjectConfigTests {
    @Test func readsEveryKeyWithPathsRelativeToTheFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tarjuman-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("docs"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["a.ur.txt", "b.ur.txt", "a.en.txt", "b.en.txt"] {
            try Data().write(to: folder.appendingPathComponent("docs/\(name)"))
        }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("g"), withIntermediateDirectories: true)
        try Data().write(to: folder.appendingPathComponent("g/en-ur.tsv"))
        let yaml = """
            source: en
            pairs:
              - target: "docs/*.ur.txt"
              - source: x.txt
                target: y.txt
            glossary: g/en-ur.tsv
            dictionary: none
            fail-on: warning
            disable: [length-ratio, month-names]
            baseline: .tarjuman/baseline.json
            suppressions: s.tsv
            checks:
              - id: month-names
                severity: error
                message: write the month in Urdu
                source: '\\bjanuary\\b'
                target-must: 'جنوری'
            """
        let file = folder.appendingPathComponent("tarjuman.yaml").path
        let config = try ProjectConfig(yaml: yaml, file: file)
        let base = folder.path
        #expect(
            config.pairs.map(\.target) == [
                "\(base)/docs/a.ur.txt", "\(base)/docs/b.ur.txt", "\(base)/y.txt",
            ])
        #expect(
            config.pairs.map(\.source) == [
                "\(base)/docs/a.en.txt", "\(base)/docs/b.en.txt", "\(base)/x.txt",
            ])
        #expect(config.glossary == "\(base)/g/en-ur.tsv" && config.dictionary == "none")
        #expect(config.failOn == .warning && config.disabled == ["length-ratio", "month-names"])
        #expect(config.baseline == "\(base)/.tarjuman/baseline.json")
        #expect(config.checks.map(\.id) == ["month-names"] && config.checks[0].severity == .error)
        // A glob as wide as *.txt finds the sources too: they are not their own translations.
        let wide = try ProjectConfig(yaml: "pairs:\n  - target: \"docs/*.txt\"\n", file: file)
        #expect(
            wide.pairs.map(\.target) == ["\(base)/docs/a.ur.txt", "\(base)/docs/b.ur.txt"])
    }

    @Test(arguments: [
        ("sourc: en\n", "t.yaml:1:1: error: unknown field 'sourc'"),
        ("fail-on: often\n", "t.yaml:1:10: error: field 'fail-on': 'often' is not one of"),
        (
            "disable: [lenght-ratio]\n",
            "t.yaml:1:11: error: field 'disable': unknown check 'lenght-ratio'"
        ),
        // At the unknown item of a longer list (pass 60: at its bracket).
        (
            "disable: [number-mismatch, foo]\n",
            "t.yaml:1:28: error: field 'disable': unknown check 'foo'"
        ),
        (
            "checks:\n  - id: c\n    message: m\n    target-must: '('\n",
            "t.yaml:4:18: error: field 'checks[0].target-must': not a valid regular expression"
        ),
        (
            "checks:\n  - id: c\n    message: m\n    target-must: ''\n",
            "t.yaml:4:18: error: field 'checks[0].target-must': an empty pattern; write a regular"
        ),
        (
            "checks:\n  - id: omission\n    message: m\n    target-must: x\n",
            "t.yaml:2:9: error: field 'checks[0].id': 'omission' is already a check's id"
        ),
        (
            "checks:\n  - id: c\n    message: m\n",
            "t.yaml:2:5: error: missing required field 'target-must or target-must-not'"
        ),
        (
            "checks:\n  - id: 'x\" onmouseover=\"a'\n    message: m\n    target-must: x\n",
            "t.yaml:2:9: error: field 'checks[0].id': 'x\" onmouseover=\"a' is not a check id"
        ),
        (
            "checks:\n  - id: R&D\n    message: m\n    target-must: x\n",
            "t.yaml:2:9: error: field 'checks[0].id': 'R&D' is not a check id"
        ),
        (
            "checks:\n  - id: Term-Missing\n    message: m\n    target-must: x\n",
            "t.yaml:2:9: error: field 'checks[0].id': 'Term-Missing' is already a check's id "
                + "('term-missing'; ids differ by more than case)"
        ),
        (
            "checks:\n  - id: \"a\\0b\"\n    message: m\n    target-must: x\n",
            "t.yaml:2:9: error: field 'checks[0].id': 'a\\u{0}b' is not a check id"
        ),
        (
            "checks:\n  - id: quiet\n    message: \" \"\n    target-must: x\n",
            "t.yaml:3:14: error: field 'checks[0].message': the message is empty"
        ),
        (
            "pairs:\n  - target: 'nothing-here-*.ur.txt'\n",
            "t.yaml:2:13: error: field 'pairs[0].target': no translation matches"
        ),
    ])
    func mistakesAreErrorsAtTheirPlace(_ yaml: String, _ message: String) {
        #expect {
            try ProjectConfig(yaml: yaml, file: "t.yaml")
        } throws: { error in
            let text = (error as? ProjectConfigError)?.description ?? ""
            return text.hasPrefix(message)
        }
    }

    /// An empty or folder baseline or suppressions field is an error at the field, raised
    /// only for a run that uses it: `--baseline` and `--write-baseline` win (pass 45).
    @Test(arguments: [
        ("baseline: \"\"\n", "t.yaml:1:11: error: field 'baseline': is empty; name a file"),
        ("suppressions: ~\n", "t.yaml:1:15: error: field 'suppressions': is empty; name a file"),
        ("baseline: /\n", "t.yaml:1:11: error: field 'baseline': / is a folder; name the file"),
        ("baseline: NULL\n", "t.yaml:1:11: error: field 'baseline': is empty; name a file"),
    ])
    func aBaselineThatIsNoFileIsAnErrorWhenUsed(_ yaml: String, _ message: String) throws {
        let config = try ProjectConfig(yaml: yaml, file: "t.yaml")
        #expect {
            _ = try config.readableBaseline()
            _ = try config.readableSuppressions()
        } throws: { error in
            ((error as? ProjectConfigError)?.description ?? "").hasPrefix(message)
        }
    }

    /// A quoted `"null"` or `'~'` is a file's name, not YAML's empty value (pass 45: it
    /// was read as empty).
    @Test func aQuotedNullIsAName() throws {
        let config = try ProjectConfig(
            yaml: "baseline: \"null\"\nsuppressions: '~'\n", file: "/tmp/t.yaml")
        #expect(try config.readableBaseline() == "/tmp/null")
        #expect(try config.readableSuppressions() == "/tmp/~")
    }

    /// `**` stands for any number of folders (none included), hidden ones and links aside;
    /// a file matched by two entries is one pair (it was checked twice, pass 9).
    @Test func aDoubleStarGlobWalksFoldersAndPairsAreListedOnce() throws {
        let folder = try TemporaryFolder()
        let base = folder.path
        for name in ["docs/a.ur.txt", "docs/sub/deeper/f.ur.txt", "docs/.git/g.ur.txt"] {
            let path = base + "/" + name
            try FileManager.default.createDirectory(
                atPath: PathNames.folder(of: path), withIntermediateDirectories: true)
            try Data().write(to: URL(fileURLWithPath: path))
        }
        #expect(symlink(base + "/docs", base + "/docs/sub/loop") == 0)
        #expect(
            ProjectConfig.glob(base + "/docs/**/*.ur.txt") == [
                base + "/docs/a.ur.txt", base + "/docs/sub/deeper/f.ur.txt",
            ])
        #expect(
            ProjectConfig.glob(base + "/**/deeper/*.txt") == [base + "/docs/sub/deeper/f.ur.txt"])
        let config = try ProjectConfig(
            yaml: """
                pairs:
                  - target: "docs/**/*.ur.txt"
                  - target: "docs/a.ur.txt"
                    source: "docs/a.en.txt"
                  - target: "docs/[a].ur.txt"
                  - target: "./docs/*.ur.txt"
                  - target: "docs/sub/loop/a.ur.txt"
                    source: "docs/a.en.txt"
                """, file: base + "/tarjuman.yaml")
        // The same file by other names (`./`, a link) is one pair too (pass 26).
        #expect(
            config.pairs.map(\.target) == [
                base + "/docs/a.ur.txt", base + "/docs/sub/deeper/f.ur.txt",
            ])
        // A hard link is the same file too; a FIFO as a pair's source is refused at its
        // entry, never opened (pass 28: `check` waited on it forever).
        try Data().write(to: URL(fileURLWithPath: base + "/docs/a.en.txt"))
        #expect(link(base + "/docs/a.ur.txt", base + "/docs/hard.ur.txt") == 0)
        #expect(link(base + "/docs/a.en.txt", base + "/docs/hard.en.txt") == 0)
        let linked = try ProjectConfig(
            yaml: "pairs:\n  - target: \"docs/*.ur.txt\"\n", file: base + "/tarjuman.yaml")
        #expect(linked.pairs.count == 1)
        #expect(mkfifo(base + "/docs/f.en.txt", 0o600) == 0)
        try Data().write(to: URL(fileURLWithPath: base + "/docs/f.ur.txt"))
        for yaml in [
            "pairs:\n  - target: \"docs/f.ur.txt\"\n",
            "pairs:\n  - source: docs/f.en.txt\n    target: docs/f.ur.txt\n",
        ] {
            #expect {
                try ProjectConfig(yaml: yaml, file: base + "/tarjuman.yaml")
            } throws: { error in
                // Named by the project file, not found in a folder (pass 55).
                "\(error)".contains(
                    "f.en.txt is a FIFO, not a regular file: Tarjuman reads only regular files "
                        + "that a project file names (name it on the command line to read it)")
            }
        }
        // Each pair is named by where its entry is.
        #expect(
            config.pairs.map(\.origin) == [
                base + "/tarjuman.yaml:2:5", base + "/tarjuman.yaml:2:5",
            ])
    }

    /// A byte-order mark before the first key is no part of the document and takes no
    /// column (it was invalid YAML at 2:1, or an unknown key at 1:2; pass 10).
    @Test func aByteOrderMarkBeforeTheFirstKeyIsRead() throws {
        let config = try ProjectConfig(yaml: "\u{FEFF}source: ur\npairs: []\n", file: "t.yaml")
        #expect(config.sourceLanguage == "ur")
        #expect {
            try ProjectConfig(yaml: "\u{FEFF}bogus: 1\n", file: "t.yaml")
        } throws: { error in
            (error as? ProjectConfigError)?.description.hasPrefix("t.yaml:1:1: error:") == true
        }
    }

    /// A `source` language the caller does not know is an error at that field (pass 32: it
    /// showed as a missing source file of a made-up name, at a pair).
    /// A glossary or word list named and not there is an error at its field (pass 39: each
    /// pair failed, at the pair), for a run that uses it: the file still reads, since a
    /// command-line glossary wins (pass 41).
    @Test func aMissingGlossaryIsAnErrorAtItsField() throws {
        let config = try ProjectConfig(
            yaml: "pairs: []\nglossary: missing.tsv\ndictionary: \"\"\n", file: "t.yaml")
        #expect {
            try config.readableGlossary()
        } throws: { error in
            (error as? ProjectConfigError)?.description.hasPrefix(
                "t.yaml:2:11: error: field 'glossary': missing.tsv: no such file") == true
        }
        #expect {
            try config.readableDictionary()
        } throws: { error in
            (error as? ProjectConfigError)?.description.hasPrefix(
                "t.yaml:3:13: error: field 'dictionary': is empty") == true
        }
        #expect {
            try ProjectConfig(yaml: "glossary: ~\n", file: "t.yaml").readableGlossary()
        } throws: { error in
            (error as? ProjectConfigError)?.description.contains("field 'glossary': is empty")
                == true
        }
        let none = try ProjectConfig(yaml: "glossary: none\n", file: "t.yaml")
        #expect(try none.readableGlossary() == "none")
    }

    @Test func anUnknownSourceLanguageIsAnErrorAtItsField() {
        let known = { (tag: String) in tag == "en" || tag == "ur" ? nil : "unknown locale" }
        #expect(
            (try? ProjectConfig(
                yaml: "source: ur\npairs: []\n", file: "t.yaml", whyNoLanguage: known))?
                .sourceLanguage == "ur")
        #expect {
            try ProjectConfig(yaml: "pairs: []\nsource: xx\n", file: "t.yaml", whyNoLanguage: known)
        } throws: { error in
            (error as? ProjectConfigError)?.description
                == "t.yaml:2:9: error: field 'source': unknown locale"
        }
    }

    /// The upward search ends: from the root, from a folder that is gone (no absolute
    /// name: it looped forever) and from a deep folder.
    @Test func theUpwardSearchEnds() {
        #expect(ProjectConfig.find(from: "") == nil)
        #expect(ProjectConfig.find(from: "docs/sub") == nil)
        #expect(ProjectConfig.find(from: "/") == nil)
        #expect(ProjectConfig.find(from: "/nonexistent/a/b/c") == nil)
    }

    /// A project file that is a link leading nowhere is found, so that reading it says so
    /// (pass 26: it was passed over and another project's files were checked).
    @Test func aDanglingProjectLinkIsFound() throws {
        let folder = try TemporaryFolder()
        #expect(symlink("nowhere.yaml", folder.path + "/tarjuman.yaml") == 0)
        #expect(ProjectConfig.find(from: folder.path) == "tarjuman.yaml")
    }

    /// A `tarjuman.yaml` above the current folder that another user owns is passed over;
    /// the user's own (or root's) is found. Needs root to give the file away, as CI runs.
    @Test(.enabled(if: geteuid() == 0)) func anotherUsersProjectFileAboveIsPassedOver() throws {
        let folder = try TemporaryFolder()
        let inner = folder.path + "/docs"
        try FileManager.default.createDirectory(atPath: inner, withIntermediateDirectories: false)
        let file = folder.path + "/tarjuman.yaml"
        try "source: en\n".write(toFile: file, atomically: false, encoding: .utf8)
        #expect(ProjectConfig.find(from: inner) == "../tarjuman.yaml")
        #expect(ProjectConfig.passedOver(from: inner).isEmpty)
        #expect(chown(file, 65534, 65534) == 0)
        #expect(ProjectConfig.find(from: inner) == nil)
        #expect(ProjectConfig.passedOver(from: inner).map(\.path) == ["../tarjuman.yaml"])
        #expect(ProjectConfig.passedOver(from: inner).map(\.owner) == [65534])
        #expect(ProjectConfig.find(from: folder.path) == "tarjuman.yaml")
    }

    @Test func theTemplateIsAValidConfiguration() throws {
        let config = try ProjectConfig(
            yaml: ProjectConfig.template.replacingOccurrences(
                of: "  - target: \"*.ur.txt\"\n", with: ""), file: "tarjuman.yaml")
        #expect(config.sourceLanguage == "en" && config.failOn == .error && config.checks.isEmpty)
    }
}

@Suite struct CustomCheckTests {
    static func rules(_ checks: [CustomCheck], _ source: String, _ target: String) throws
        -> [String]
    {
        let en = try TestData.pack("en")
        let ur = try TestData.pack("ur")
        var checker = try TranslationChecker(sourcePack: en, targetPack: ur, glossary: nil)
        try checker.addCustomChecks(checks)
        let result = try DocumentAligner(sourcePack: en, targetPack: ur)
            .align(sourceText: source, targetText: target)
        return try checker.check(result, sourceFile: "en.txt", targetFile: "ur.txt").map(\.rule)
    }

    static let month = CustomCheck(
        id: "month-names", severity: .error, message: "write the month in Urdu",
        source: #"\bjanuary\b"#, targetMust: "جنوری", targetMustNot: nil)

    @Test func aSourcePatternRequiresATargetPatternOnTheFoldedText() throws {
        #expect(
            try Self.rules([Self.month], "It began in January.", "یہ جنوری میں شروع ہوا۔").isEmpty)
        #expect(
            try Self.rules([Self.month], "It began in January.", "یہ January میں شروع ہوا۔")
                .contains("month-names"))
        // Not asked when the source does not match.
        #expect(
            !(try Self.rules([Self.month], "It began in May.", "یہ مئی میں شروع ہوا۔")).contains(
                "month-names"))
        // An Arabic-keyboard ي in the pattern still finds the Urdu ی of the text.
        let arabic = CustomCheck(
            id: "no-ji", severity: .warning, message: "m", source: nil, targetMust: nil,
            targetMustNot: "جنوري")
        #expect(
            try Self.rules([arabic], "It began in January.", "یہ جنوری میں شروع ہوا۔").contains(
                "no-ji"))
    }

    @Test func idsOfTarjumansOwnChecksAreRefused() throws {
        var checker = try TranslationChecker(
            sourcePack: try TestData.pack("en"), targetPack: try TestData.pack("ur"), glossary: nil)
        let clash = CustomCheck(
            id: "omission", severity: .warning, message: "m", source: nil, targetMust: "x",
            targetMustNot: nil)
        #expect(throws: CustomCheckError.self) { try checker.addCustomChecks([clash]) }
        try checker.addCustomChecks([Self.month])
        try checker.disable(["month-names"])
        #expect(checker.disabled == ["month-names"])
    }
}

@Suite struct CustomCheckSyntaxTests {
    @Test func escapesInAPatternAreNotFoldedWithItsLetters() throws {
        // "\D" (not a digit) would become "\d" (a digit) if the pattern were case-folded whole.
        let onlyDigits = CustomCheck(
            id: "only-digits", severity: .warning, message: "m", source: nil, targetMust: nil,
            targetMustNot: #"^\D+$"#)
        #expect(try CustomCheckTests.rules([onlyDigits], "Page 12.", "صفحہ 12۔").isEmpty)
        #expect(
            try CustomCheckTests.rules([onlyDigits], "Page twelve.", "صفحہ بارہ۔").contains(
                "only-digits"))
    }
}

/// Every key is optional: a project file of comments only is one with no settings (pass 31).
@Suite struct EmptyProjectConfigTests {
    @Test(arguments: ["", "# nothing set\n", "---\n", "~\n", "null\n"])
    func aFileWithNoSettingsIsAnEmptyProject(_ yaml: String) throws {
        let config = try ProjectConfig(yaml: yaml, file: "tarjuman.yaml")
        #expect(config.pairs.isEmpty)
    }
}
