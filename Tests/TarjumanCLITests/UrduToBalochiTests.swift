import Foundation
import Testing

/// Balochi translators often work from Urdu: the source language comes from the source
/// file's name and the glossary from the pair (glossaries/ur-bal-Arab-PK.tsv).
@Suite struct UrduToBalochiTests {
    static let source = "seeds/baloch-uprising.ur.txt"
    static let target = "seeds/baloch-uprising.bal-Arab-PK.txt"

    @Test func checkFindsUrduTermsAndTheirBalochiRenderings() throws {
        let result = try CLIRunner.run(["check", Self.source, Self.target, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"error\":0}"))
        // A rendering missing from the translation is found on the Urdu side.
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let draft = folder.appendingPathComponent("draft.bal-Arab-PK.txt")
        try "بلوچستانءَ مردم اوشتاتنت۔\n".write(to: draft, atomically: true, encoding: .utf8)
        let urdu = folder.appendingPathComponent("doc.ur.txt")
        try "بلوچستان میں عوام نے احتجاج کیا۔\n".write(to: urdu, atomically: true, encoding: .utf8)
        let missing = try CLIRunner.run(["check", urdu.path, draft.path])
        #expect(missing.status == 1)
        #expect(
            missing.stdout.contains("doc.ur.txt:1:22: error: [term-missing] 'احتجاج' (protest)"))
        #expect(missing.stdout.contains("    ur: بلوچستان میں"))
    }

    @Test func alignAndPrepareTakeTheSourceLanguageFromTheFileName() throws {
        let aligned = try CLIRunner.run(["align", Self.source, Self.target, "--format", "tmx"])
        #expect(aligned.status == 0)
        #expect(aligned.stdout.contains("srclang=\"ur\""))
        #expect(aligned.stdout.contains("<tuv xml:lang=\"bal-Arab-PK\">"))
        let prepared = try CLIRunner.run(["prepare", Self.source, "--to", "bal-Arab-PK"])
        #expect(prepared.status == 0)
        #expect(prepared.stdout.contains("srcLang=\"ur\" trgLang=\"bal-Arab-PK\""))
        #expect(
            prepared.stdout.contains("<gls:term source=\"ur-bal-Arab-PK.tsv\">بلوچستان</gls:term>"))
    }

    @Test func aMemoryFromAlignFillsAJobThatMergesBackToTheBalochiDraft() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            set -e
            "$TARJUMAN" align $ROOT/\(Self.source) $ROOT/\(Self.target) --format tmx -o memory.tmx
            "$TARJUMAN" prepare $ROOT/\(Self.source) --to bal-Arab-PK --tm memory.tmx -o job.xlf
            "$TARJUMAN" merge job.xlf -o merged.bal-Arab-PK.txt
            cmp merged.bal-Arab-PK.txt $ROOT/\(Self.target) && echo identical
            """)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("88 filled from translation memory"))
        #expect(result.stdout == "identical\n")
    }
}

/// A language Tarjuman has never heard of is a pack and a glossary in a data folder: every
/// command works with it, with no change to the code.
@Suite struct NewLanguageByDataTests {
    @Test func aPackAndAGlossaryWrittenNowWorkThroughEveryCommand() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            set -e
            mkdir -p data/locales data/glossaries
            cp $ROOT/locales/en.yaml data/locales/
            cat > data/locales/qaa.yaml <<'PACK'
            tag: qaa
            name: Test language (private use)
            script: Arab
            direction: rtl
            punctuation: {full_stop: "۔", question: "؟", comma: "،"}
            segmentation: {terminators: ["۔", "؟", "!"]}
            normalization:
              canonical: [{id: L0-qaa-01, from: "\\u0640", to: "", note: "tatweel"}]
            inflection: {suffixes: ["وں"]}
            PACK
            printf 'id\tsource\ttarget\tpos\tstatus\nprotest\tprotest\tاحتجاج\tnoun\tpreferred\ngwadar\tGwadar\tگوادر\tpropn\tpreferred\n' > data/glossaries/en-qaa.tsv
            cp $ROOT/Tests/Fixtures/conformance/en.txt doc.en.txt
            cp $ROOT/Tests/Fixtures/conformance/ur.txt doc.qaa.txt
            export TARJUMAN_DATA=$PWD/data
            "$TARJUMAN" locales | grep -c qaa
            "$TARJUMAN" glossary lint data/glossaries/en-qaa.tsv
            "$TARJUMAN" segment --locale qaa doc.qaa.txt --format tsv | tail -n +2 | wc -l
            "$TARJUMAN" normalize --locale qaa doc.qaa.txt | cmp - doc.qaa.txt && echo normal
            "$TARJUMAN" terms --locale qaa doc.qaa.txt --format tsv | tail -n +2 | cut -f4 | sort -u | tr '\n' ' '
            echo
            "$TARJUMAN" check doc.en.txt doc.qaa.txt | tail -1
            "$TARJUMAN" prepare doc.en.txt --to qaa -o job.xlf 2>/dev/null
            grep -c '<gls:translation>احتجاج</gls:translation>' job.xlf
            """)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout == """
                1
                1 file(s) checked: 0 errors, 0 warnings, 0 info
                6
                normal
                gwadar protest\u{20}
                1 file(s) checked: 0 errors, 0 warnings, 0 info
                1

                """)
    }
}

/// Urdu and Hindi are one language in two scripts: a pair checks across them (numbers in any
/// digit script, names met by their consonant classes) with no glossary.
@Suite struct UrduToHindiTests {
    @Test func aChangedYearIsFoundAcrossScripts() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            cp $ROOT/Tests/Fixtures/conformance/ur.txt doc.ur.txt
            sed 's/1948/1947/' $ROOT/Tests/Fixtures/conformance/hi.txt > doc.hi.txt
            "$TARJUMAN" check doc.ur.txt doc.hi.txt --format json
            """)
        #expect(result.status == 1)
        #expect(result.stdout.contains("\"rule\":\"number-mismatch\""))
        #expect(result.stdout.contains("missing 1948; unexpected 1947"))
        #expect(result.stdout.contains("\"error\":1}"))
    }
}
