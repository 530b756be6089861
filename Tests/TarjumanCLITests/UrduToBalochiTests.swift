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
}
