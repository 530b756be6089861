import Foundation
import Testing

@Suite struct CheckCommandTests {
    @Test func checksTheSeedsWithNoErrors() throws {
        let result = try CLIRunner.run(["check"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("2 file(s) checked: 0 errors, "))
        #expect(!result.stdout.contains(": error: "))
        #expect(!result.stdout.contains("bal-Arab-PK.txt:"))
        for name in ["text", "human"] {
            let named = try CLIRunner.run(["check", "--format", name])
            #expect(named.stdout == result.stdout)
        }
    }

    @Test func plantedFaultFailsTheRunWithBothPositions() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let urdu = try String(
            contentsOf: CLIRunner.root.appendingPathComponent("seeds/baloch-uprising.ur.txt"),
            encoding: .utf8)
        let faulty = folder.appendingPathComponent("draft.ur.txt")
        try Data(
            urdu.replacingOccurrences(of: "1948ء میں بلوچستان کا", with: "۱۹۵۸ء میں بلوچستان کا")
                .utf8
        ).write(to: faulty)
        let result = try CLIRunner.run(["check", "seeds/baloch-uprising.en.txt", faulty.path])
        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                "draft.ur.txt:7:180: error: [number-mismatch] numbers differ: missing 1948; unexpected 1958 (seeds/baloch-uprising.en.txt:7:216)"
            ))
        #expect(result.stdout.contains("    en: After the partition of India"))
        let disabled = try CLIRunner.run([
            "check", "--disable", "number-mismatch", "seeds/baloch-uprising.en.txt", faulty.path,
        ])
        #expect(disabled.status == 0)
        let sarif = try CLIRunner.run([
            "check", "--format", "sarif", "seeds/baloch-uprising.en.txt", faulty.path,
        ])
        #expect(sarif.stdout.contains("\"ruleId\":\"number-mismatch\""))
        // SARIF describes each check with its rationale, from the one rule catalogue.
        #expect(sarif.stdout.contains("whatever the digit script"))
        let typo = try CLIRunner.run([
            "check", "--disable", "number-mismatc", "seeds/baloch-uprising.en.txt", faulty.path,
        ])
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("unknown check 'number-mismatc'; checks: term-missing"))
    }
}
