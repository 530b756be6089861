import Foundation
import Testing

@testable import TarjumanKit

@Suite struct GlossaryLintTests {
    static let linter = GlossaryLinter(catalog: TestData.catalog)

    /// Every rule's documented examples: the triggering ones raise the rule, the others do not.
    @Test(arguments: GlossaryRules.all.map(\.id))
    func ruleExamplesBehaveAsDocumented(_ id: String) throws {
        let rule = try #require(GlossaryRules.rule(id))
        #expect(!rule.triggering.isEmpty && !rule.nonTriggering.isEmpty)
        #expect(rule.scope == .glossary)
        for (examples, triggers) in [(rule.triggering, true), (rule.nonTriggering, false)] {
            for example in examples {
                guard case .glossary(let file, let text) = example else {
                    Issue.record("\(id): a lint rule's example is not a glossary")
                    continue
                }
                let rules = try Self.linter.lint(text, file: file).map(\.rule)
                #expect(rules.contains(id) == triggers, "\(text) gave \(rules)")
            }
        }
        #expect(rule.documentation.contains(rule.summary))
    }

    @Test func theProjectGlossariesAreClean() throws {
        for name in ["en-ur.tsv", "en-bal-Arab-PK.tsv", "en-bal-Latn.tsv"] {
            let path = TestData.root.appendingPathComponent("glossaries/\(name)").path
            let findings = try Self.linter.lint(try ByteSource.file(path).readAllText(), file: name)
            #expect(
                findings.isEmpty, "\(findings.map { "\($0.position) \($0.rule) \($0.message)" })")
        }
    }

    @Test func findingsPointAtTheField() throws {
        let text = "id\tsource\ttarget\nc1\tbook\tكتاب\n"
        let finding = try #require(try Self.linter.lint(text, file: "en-ur.tsv").first)
        #expect(finding.rule == "not-normalised")
        #expect(finding.position == SourcePosition(line: 2, column: 9))
        #expect(finding.fix == Finding.Fix(original: "كتاب", replacement: "کتاب"))
    }

    @Test func hehInBalochiPakistanIsNotNormalAndHehGoalInIranIsQueried() throws {
        let pk = try Self.linter.lint(
            "id\tsource\ttarget\nc1\thouse\tگهر\n", file: "en-bal-Arab-PK.tsv")
        #expect(pk.map(\.rule) == ["not-normalised"])
        #expect(pk.first?.severity == .info)
        let ir = try Self.linter.lint(
            "id\tsource\ttarget\nc1\tboy\tبچہ\n", file: "en-bal-Arab-IR.tsv")
        #expect(ir.map(\.rule) == ["not-normalised"])
    }

    @Test func fixRepairsWhatIsSafeAndNothingElse() throws {
        let text =
            "id\tsource\ttarget\tvariants\nc1\t court\t\u{200F}كتاب \tکتابیں|كتب\nc2\tjudge\tججt\t\n"
        let findings = try Self.linter.lint(text, file: "en-ur.tsv")
        let (fixed, applied) = Self.linter.fix(text, findings: findings)
        #expect(
            fixed == "id\tsource\ttarget\tvariants\nc1\tcourt\tکتاب\tکتابیں|کتب\nc2\tjudge\tججt\t\n"
        )
        #expect(!applied.isEmpty)
        let after = try Self.linter.lint(fixed, file: "en-ur.tsv")
        #expect(after.map(\.rule) == ["wrong-script"])
        // Scripts by name (pass 39: "mixes Latn letters into a Arab term").
        #expect(
            after.first?.message == "target 'ججt' mixes Latin letters into a term in Arabic script")
    }

    /// A fix whose field another fix has changed already is given what the field held before
    /// it (review of pass 48: the log showed the value the lint read, twice).
    @Test func aFixKeepsWhatTheFieldHeldBeforeIt() throws {
        let text = "id\tsource\ttarget\nc1\tbook\tkitab\n"
        let twice = ["a", "b"].map { rule in
            Finding(
                rule: rule, severity: .warning, message: "", file: "en-ur.tsv",
                position: SourcePosition(line: 2, column: 9),
                fix: Finding.Fix(original: "kitab", replacement: "kitaab"))
        }
        let (fixed, applied) = Self.linter.fix(text, findings: twice)
        #expect(fixed == "id\tsource\ttarget\nc1\tbook\tkitaab\n")
        #expect(Set(applied.compactMap { $0.fix?.original }) == ["kitab", "kitaab"])
    }

    /// A variant field with a bar and nothing on one side is an error whose fix removes the
    /// bar, and then the field's other fixes apply too (pass 39: none applied, "a field
    /// spread over several lines?").
    @Test func anEmptyVariantIsFoundAndFixedWithTheRest() throws {
        let text = "id\tsource\ttarget\tvariants\nc1\tbook\tکتاب\tكتب|\nc2\tpen\tقلم\t|قلموں\n"
        let findings = try Self.linter.lint(text, file: "en-ur.tsv")
        #expect(findings.filter { $0.rule == "empty-field" }.map(\.position.line) == [2, 3])
        let (fixed, applied) = Self.linter.fix(text, findings: findings)
        #expect(fixed == "id\tsource\ttarget\tvariants\nc1\tbook\tکتاب\tکتب\nc2\tpen\tقلم\tقلموں\n")
        #expect(applied.count == findings.filter { $0.fix != nil }.count)
    }

    /// A variants field of blanks or invisibles only is emptied by its fix (a term would be
    /// left to a person; pass 41: reported and never fixed).
    @Test func blankVariantsAreFixedToNone() throws {
        let text =
            "id\tsource\ttarget\tvariants\nc1\tbook\tکتاب\t \nc2\tpen\tقلم\t\u{200B}|\u{200B}\n"
        let findings = try Self.linter.lint(text, file: "en-ur.tsv")
        let (fixed, _) = Self.linter.fix(text, findings: findings)
        #expect(fixed == "id\tsource\ttarget\tvariants\nc1\tbook\tکتاب\t\nc2\tpen\tقلم\t\n")
        #expect(try Self.linter.lint(fixed, file: "en-ur.tsv").isEmpty)
    }

    /// A field whose only fault is its Unicode form gets a fix: Swift's == holds the two
    /// forms equal (pass 33: reported and never fixed).
    @Test func aDecomposedTermIsFixed() throws {
        let text = "id\tsource\ttarget\nu1\tword\t\u{64A}\u{654}\n"
        let findings = try Self.linter.lint(text, file: "en-ur.tsv")
        #expect(findings.map(\.rule) == ["not-normalised"])
        let (fixed, applied) = Self.linter.fix(text, findings: findings)
        #expect(
            fixed.unicodeScalars.elementsEqual(
                "id\tsource\ttarget\nu1\tword\t\u{626}\n".unicodeScalars))
        #expect(applied.count == 1)
    }

    /// Source terms and source variants are held to the source pack's normal form: an NFD
    /// `café` in English, an Arabic kaf in an Urdu source term (both passed lint).
    @Test func sourceFieldsAreInTheirPacksNormalForm() throws {
        let english = "id\tsource\ttarget\tsource_variants\nc1\tcafe\tکیفے\tcafe\u{301}\n"
        let findings = try Self.linter.lint(english, file: "en-ur.tsv")
        #expect(findings.map { "\($0.rule) \($0.position)" } == ["not-normalised 2:14"])
        #expect(
            Self.linter.fix(english, findings: findings).text.unicodeScalars.elementsEqual(
                "id\tsource\ttarget\tsource_variants\nc1\tcafe\tکیفے\tcaf\u{E9}\n".unicodeScalars))
        // Spaces around source variants too (pass 35: copied into TBX terms).
        let spaced =
            "id\tsource\ttarget\tsource_variants\nv\tmobilise\tلام بندی\tmobilize | mobilization \n"
        let spaces = try Self.linter.lint(spaced, file: "en-ur.tsv")
        #expect(spaces.map(\.rule) == ["whitespace"])
        #expect(
            Self.linter.fix(spaced, findings: spaces).text
                == "id\tsource\ttarget\tsource_variants\nv\tmobilise\tلام بندی\tmobilize|mobilization\n"
        )
        let urdu = "id\tsource\ttarget\nk\t\u{643}تاب\tکتاب\n"
        let fromUrdu = try Self.linter.lint(urdu, file: "ur-bal-Arab-PK.tsv")
        #expect(fromUrdu.map { "\($0.rule) \($0.position)" } == ["not-normalised 2:3"])
        #expect(
            Self.linter.fix(urdu, findings: fromUrdu).text == "id\tsource\ttarget\nk\tکتاب\tکتاب\n")
    }

    /// Spaces at a note's ends, which a TBX export drops, are a warning that --fix trims;
    /// spaces inside a note are its own (pass 67: a round trip changed the note).
    @Test func spacesAtTheEndsOfANoteAreTrimmed() throws {
        let text = "id\tsource\ttarget\tnote\nr\triver\tدریا\t  flows  south \n"
        let findings = try Self.linter.lint(text, file: "en-ur.tsv")
        #expect(findings.map { "\($0.rule) \($0.position)" } == ["whitespace 2:14"])
        let (fixed, _) = Self.linter.fix(text, findings: findings)
        #expect(fixed == "id\tsource\ttarget\tnote\nr\triver\tدریا\tflows  south\n")
        #expect(try Self.linter.lint(fixed, file: "en-ur.tsv").isEmpty)
    }

    /// No-break and other Unicode spaces are spaces to the whitespace rule and to its fix:
    /// the rule reported a trailing NBSP that --fix left, so lint never came out clean, and
    /// doubled NBSPs inside a term went unreported (pass 18).
    @Test func noBreakSpacesAreFixedAsTheyAreReported() throws {
        let text =
            "id\tsource\ttarget\nc1\tsea\tسمندر\u{A0}\nc2\tland\t\u{A0}زمین\n"
            + "c3\tsky\tآس\u{A0}\u{A0}مان\nc4\tport\t\u{FEFF}بندرگاہ  \u{AD}\n"
        let findings = try Self.linter.lint(text, file: "en-ur.tsv")
        #expect(findings.filter { $0.rule == "whitespace" }.map(\.position.line) == [2, 3, 4, 5])
        let (fixed, _) = Self.linter.fix(text, findings: findings)
        #expect(
            fixed
                == "id\tsource\ttarget\nc1\tsea\tسمندر\nc2\tland\tزمین\nc3\tsky\tآس\u{A0}مان\n"
                + "c4\tport\tبندرگاہ\n")
        #expect(try Self.linter.lint(fixed, file: "en-ur.tsv").isEmpty)
    }

    /// A bar a mark follows separates variants for every reader and rule: the reader, the
    /// whitespace rule and its fix, and the refusal of a variant holding a bar (pass 20: the
    /// last two compared Characters, in which a bar and its mark are one).
    @Test func aBarFollowedByAMarkSeparatesVariantsEverywhere() throws {
        let text = "id\tsource\ttarget\tvariants\nc1\tcourt\tعدالت\tعدالتیں |\u{064E}عدالتوں\n"
        let findings = try Self.linter.lint(text, file: "en-ur.tsv")
        #expect(findings.map(\.rule).contains("whitespace"))
        let (fixed, _) = Self.linter.fix(text, findings: findings)
        #expect(fixed.contains("\tعدالتیں|\u{064E}عدالتوں\n"))
        let entry = GlossaryEntry(
            id: "c1", source: "court", target: "عدالت", variants: ["عدالتیں|\u{064E}عدالتوں"])
        #expect(entry.hasSeparatorInVariant)
    }

    /// CR LF and CR glossaries (what spreadsheets save) are fixed with their line ends kept,
    /// and a quoted field stays quoted (hostile pass 7: nothing was fixed in either).
    @Test(arguments: ["\r\n", "\r", "\n"])
    func fixKeepsLineEndsAndQuotes(_ end: String) throws {
        let text = ["id\tsource\ttarget", "c1\tport\tبندرگاه ", "c2\tking\t\"بادشاه\"", ""]
            .joined(separator: end)
        let findings = try Self.linter.lint(text, file: "en-ur.tsv")
        let (fixed, applied) = Self.linter.fix(text, findings: findings)
        #expect(
            fixed
                == ["id\tsource\ttarget", "c1\tport\tبندرگاہ", "c2\tking\t\"بادشاہ\"", ""].joined(
                    separator: end))
        #expect(applied.count == findings.filter { $0.fix != nil }.count)
        #expect(try Self.linter.lint(fixed, file: "en-ur.tsv").isEmpty)
    }

    /// A fix never empties a term: a term of only a tatweel or a ZWSP is an empty field (an
    /// error no fix can mend), left to a person; a variant cleaned away is dropped, not left
    /// empty.
    @Test func fixNeverEmptiesATerm() throws {
        let text =
            "id\tsource\ttarget\tvariants\nk\tbook\tکتاب\tکتب|\u{200B}|\u{0640}\n"
            + "t\tbook\t\u{0640}\t\n" + "z\t\u{200B}\tکتاب\t\n"
        let findings = try Self.linter.lint(text, file: "en-ur.tsv")
        let (fixed, _) = Self.linter.fix(text, findings: findings)
        #expect(
            fixed
                == "id\tsource\ttarget\tvariants\nk\tbook\tکتاب\tکتب\nt\tbook\t\u{0640}\t\n"
                + "z\t\u{200B}\tکتاب\t\n")
        let after = try Self.linter.lint(fixed, file: "en-ur.tsv")
        #expect(
            after.filter { $0.rule == "empty-field" }.map(\.position.line) == [3, 4])
    }

    @Test(arguments: FindingFormat.allCases)
    func everyReportFormatNamesTheFindings(_ format: FindingFormat) throws {
        let findings = try Self.linter.lint(
            "id\tsource\ttarget\nc1\tbook\tكتاب\n", file: "en-ur.tsv")
        let report = format.report(
            findings, files: ["en-ur.tsv", "en-bal-Latn.tsv"], rules: GlossaryRules.all,
            tool: "lint")
        #expect(report.contains("not-normalised"))
        switch format {
        case .text: #expect(report.hasPrefix("en-ur.tsv:2:9: warning: [not-normalised]"))
        case .github:
            #expect(
                report.hasPrefix("::warning file=en-ur.tsv,line=2,col=9,title=not-normalised::"))
        case .json, .sarif:
            let object = try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any]
            #expect(object != nil)
            if format == .sarif { #expect(object?["version"] as? String == "2.1.0") }
        case .junit:
            #expect(report.contains("<testcase classname=\"lint\" name=\"en-bal-Latn.tsv\"/>"))
            // A warning under the default --fail-on (error) is the test case's output.
            #expect(report.contains("<system-out>en-ur.tsv:2:9: warning: [not-normalised]"))
            #expect(throws: Never.self) { try XMLDocumentCheck.parse(report) }
        case .html:
            #expect(report.hasPrefix("<!DOCTYPE html>"))
            #expect(report.contains("<a class=\"where\" href=\"#f1\">en-ur.tsv:2:9</a>"))
        }
    }
}

/// Checks that report XML is well-formed with the same safe parser the tool uses.
enum XMLDocumentCheck {
    static func parse(_ text: String) throws {
        _ = try SafeXML.parse(Data(text.utf8))
    }
}
