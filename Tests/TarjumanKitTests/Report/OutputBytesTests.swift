import Testing

@testable import TarjumanKit

/// Plain-text fields are one line, apart from the other fields, and carry no control
/// character to the terminal.
@Suite struct OutputBytesTests {
    @Test(arguments: [
        ("a\tb", "a b"), ("one\r\ntwo\rthree\nfour", "one two three four"),
        ("\u{1B}[31mred", "\\u{1B}[31mred"), ("csi\u{9B}2J", "csi\\u{9B}2J"),
        ("no-break\u{A0}space, اردو", "no-break\u{A0}space, اردو"), ("\u{7F}", "\\u{7F}"),
        ("vt\u{0B}ff\u{0C}", "vt ff "),
    ])
    func flattenedTextIsOneSafeLine(_ text: String, _ expected: String) {
        #expect(OutputBytes.flattened(text) == expected)
    }
}
