import Testing

@testable import TarjumanKit

/// The library writes plain text; the command line decides how a severity looks.
@Suite struct FindingFormatStyleTests {
    @Test func severitiesAreStyledOnlyThroughTheCallersHook() {
        let finding = Finding(
            rule: "omission", severity: .warning, message: "m", file: "a.ur.txt",
            position: SourcePosition(line: 2, column: 3))
        let plain = FindingFormat.text.report([finding], files: ["a.ur.txt"], rules: [], tool: "t")
        #expect(plain.hasPrefix("a.ur.txt:2:3: warning: [omission] m\n"))
        #expect(!plain.contains("\u{1B}"))
        let styled = FindingFormat.text.report(
            [finding], files: ["a.ur.txt"], rules: [], tool: "t",
            severityStyle: { ("<\($0.rawValue)>", "</>") })
        #expect(styled.hasPrefix("a.ur.txt:2:3: <warning>warning</>: [omission] m\n"))
    }
}
