import Foundation
import Testing

@testable import TarjumanKit

@Suite struct HTMLReportTests {
    static func segment(_ text: String, line: Int, paragraph: Int = 1) -> Segment {
        Segment(
            paragraph: paragraph, sentence: 1, byteStart: 0, byteEnd: text.utf8.count,
            start: SourcePosition(line: line, column: 1),
            end: SourcePosition(line: line, column: text.unicodeScalars.count + 1), text: text)
    }

    static let document = ReviewDocument(
        sourceFile: "a.en.txt", targetFile: "a.ur.txt", sourceLanguage: "en",
        targetLanguage: "ur", sourceDirection: "ltr", targetDirection: "rtl",
        beads: [
            ReviewBead(
                sources: [segment("It was annexed in 1948.", line: 1)],
                targets: [segment("اس کا الحاق ۱۹۵۸ء میں <b>ہوا</b>.", line: 1)]),
            ReviewBead(
                sources: [segment("A dropped sentence.", line: 3, paragraph: 2)], targets: []),
        ])

    static func finding(_ rule: String, _ file: String, line: Int, column: Int) -> Finding {
        Finding(
            rule: rule, severity: .error, message: "a <message> & more", file: file,
            position: SourcePosition(line: line, column: column))
    }

    /// A finding placed in the source file is filtered with its pair's translation (pass
    /// 42: picking the translation hid its omissions).
    @Test func aSourceFindingIsFilteredWithItsTranslation() {
        let page = HTMLReport.render(
            documents: [Self.document],
            findings: [Self.finding("omission", "a.en.txt", line: 3, column: 1)])
        #expect(page.contains("data-file=\"a.en.txt\" data-pair=\"a.ur.txt\""))
        #expect(page.contains("(row.dataset.pair || row.dataset.file) === file"))
    }

    /// Two findings at one place share one mark that names both (pass 38: only the first
    /// was marked), with the higher severity.
    @Test func findingsAtOnePlaceShareOneMark() {
        let info = Finding(
            rule: "script-mixing", severity: .info, message: "two scripts", file: "a.ur.txt",
            position: SourcePosition(line: 1, column: 13))
        let page = HTMLReport.render(
            documents: [Self.document],
            findings: [info, Self.finding("number-mismatch", "a.ur.txt", line: 1, column: 13)])
        #expect(page.contains("<mark class=\"sev-error\" data-finding=\"f1 f2\""))
        #expect(
            page.contains("[script-mixing] two scripts&#10;[number-mismatch] a &lt;message&gt;"))
        #expect(page.components(separatedBy: "<mark ").count == 2)
    }

    @Test func findingsAreMarkedInTheirSentenceAndEverythingIsEscaped() {
        let findings = [
            Self.finding("number-mismatch", "a.ur.txt", line: 1, column: 13),
            Self.finding("omission", "a.en.txt", line: 3, column: 1),
            Self.finding("incomplete", "a.ur.txt", line: 40, column: 1),
        ]
        let page = HTMLReport.render(documents: [Self.document], findings: findings)
        // The year is the marked word, in the right-to-left cell.
        #expect(page.contains("<mark class=\"sev-error\" data-finding=\"f1\""))
        #expect(page.contains(">۱۹۵۸ء</mark>"))
        #expect(page.contains("lang=\"ur\" dir=\"rtl\""))
        // A 1:0 bead is drawn as such, after a paragraph break.
        #expect(page.contains("<tr class=\"para\""))
        #expect(
            page.contains("class=\"bead k1-0\"") && page.contains("missing from the translation"))
        // A finding outside every sentence gets its own section.
        #expect(page.contains("Findings outside the aligned sentences"))
        #expect(page.contains("id=\"f3\" data-rule=\"incomplete\""))
        // Text from the files and messages never becomes markup.
        #expect(!page.contains("<b>ہوا</b>") && page.contains("&lt;b&gt;ہوا&lt;/b&gt;"))
        #expect(page.contains("a &lt;message&gt; &amp; more"))
        #expect(!page.contains("http://") && !page.contains("https://"))  // nothing fetched
    }

    /// A bidi override or control character in a sentence is shown as a visible token, and
    /// each sentence is isolated (pass 25: the override reordered the reviewer's view, and
    /// its mark had no width).
    /// A finding in a source two pairs share is shown with the pair whose translation it
    /// points to (review of pass 33: with the first pair).
    @Test func aSharedSourcesFindingGoesToItsOwnPair() {
        let pair = { (target: String) in
            ReviewDocument(
                sourceFile: "a.en.txt", targetFile: target, sourceLanguage: "en",
                targetLanguage: "ur", sourceDirection: "ltr", targetDirection: "rtl",
                beads: Self.document.beads)
        }
        var omission = Self.finding("omission", "a.en.txt", line: 3, column: 1)
        omission.related = Finding.Location(
            file: "b.ur.txt", position: SourcePosition(line: 2, column: 1))
        let page = HTMLReport.render(
            documents: [pair("a.ur.txt"), pair("b.ur.txt")], findings: [omission])
        let second = page.range(of: "id=\"doc-2\"")
        let row = page.range(of: "<tr class=\"finding")
        #expect(second != nil && row != nil)
        if let second, let row { #expect(row.lowerBound > second.lowerBound) }
    }

    /// An unread file taken from the line a run reported names the file and place of that
    /// line, and its message once (pass 32: `b.ur.txt: error: b.en.txt: error: …`).
    @Test func anUnreadFileIsReadFromItsReportedLine() {
        let placed = UnreadFile(reported: "b.en.txt:3:7: error: invalid UTF-8", file: "b.ur.txt")
        #expect(placed.file == "b.en.txt" && placed.position == SourcePosition(line: 3, column: 7))
        #expect(placed.description == "b.en.txt:3:7: error: invalid UTF-8")
        let named = UnreadFile(reported: "a:b.en.txt: error: cannot read", file: "b.ur.txt")
        #expect(named.file == "a:b.en.txt" && named.position == nil)
        #expect(named.message == "cannot read")
        let bare = UnreadFile(reported: "internal error: x", file: "b.ur.txt")
        #expect(bare.description == "b.ur.txt: error: internal error: x")
        // A batch list's line: the list at that line (pass 42: named `pairs.tsv:2`).
        let listed = UnreadFile(reported: "pairs.tsv:2: error: the pair a, b", file: "b.ur.txt")
        #expect(listed.file == "pairs.tsv" && listed.position == SourcePosition(line: 2, column: 1))
    }

    /// Inputs that could not be read are counted and listed, escaped (pass 32: unsaid).
    @Test func unreadFilesAreListed() {
        let page = HTMLReport.render(
            documents: [], findings: [],
            unread: [UnreadFile(file: "<b>.ur.txt", message: "cannot read: gone")])
        #expect(page.contains("0 file(s) checked, 1 not read: 0 error(s)"))
        #expect(
            page.contains("<li class=\"error\">&lt;b&gt;.ur.txt: error: cannot read: gone</li>"))
    }

    /// File names and messages show their controls and bidi controls as `\u{…}` wherever
    /// the page names them (pass 32: a right-to-left override was written raw in the
    /// finding's place, a C0 control in a message dropped and U+0085 kept).
    @Test func namesAndMessagesShowTheirControls() {
        let finding = Finding(
            rule: "custom", severity: .error, message: "a\u{1}b\u{85}c",
            file: "x\u{202E}.ur.txt", position: SourcePosition(line: 2, column: 3))
        let document = ReviewDocument(
            sourceFile: "x.en.txt", targetFile: finding.file, sourceLanguage: "en",
            targetLanguage: "ur", sourceDirection: "ltr", targetDirection: "rtl", beads: [])
        let page = HTMLReport.render(documents: [document], findings: [finding])
        #expect(!page.unicodeScalars.contains { [0x1, 0x85, 0x202E].contains($0.value) })
        #expect(page.contains(#"x\u{202E}.ur.txt:2:3</a>"#))
        #expect(page.contains(#"a\u{1}b\u{85}c</span>"#))
        #expect(page.contains(#"<option value="x\u{202E}.ur.txt">x\u{202E}.ur.txt</option>"#))
    }

    /// The file filter's options carry the name as their value, so a name with two spaces
    /// in a row still matches its rows (pass 38: a browser collapses an option's text); and
    /// Latin-script Balochi is not set in the Nastaliq font.
    @Test func fileOptionsCarryTheirNameAsValue() {
        let finding = Finding(
            rule: "custom", severity: .error, message: "m", file: "a  b.ur.txt",
            position: SourcePosition(line: 1, column: 1))
        let document = ReviewDocument(
            sourceFile: "a  b.en.txt", targetFile: finding.file, sourceLanguage: "en",
            targetLanguage: "ur", sourceDirection: "ltr", targetDirection: "rtl", beads: [])
        let page = HTMLReport.render(documents: [document], findings: [finding])
        #expect(page.contains(#"<option value="a  b.ur.txt">"#))
        #expect(page.contains(#"data-file="a  b.ur.txt""#))
        #expect(page.contains("td.side:lang(bal-Latn), td.side:lang(sd-Deva) { font: inherit; }"))
    }

    @Test func controlsAreShownNotObeyed() {
        let document = ReviewDocument(
            sourceFile: "b.en.txt", targetFile: "b.ur.txt", sourceLanguage: "en",
            targetLanguage: "ur", sourceDirection: "ltr", targetDirection: "rtl",
            beads: [
                ReviewBead(
                    sources: [Self.segment("The 5 cats sleep.", line: 1)],
                    targets: [Self.segment("abc \u{202E}5 بلیاں\u{1B} ABC", line: 1)])
            ])
        let finding = Self.finding("punctuation", "b.ur.txt", line: 1, column: 5)
        let page = HTMLReport.render(documents: [document], findings: [finding])
        #expect(
            !page.unicodeScalars.contains("\u{202E}") && !page.unicodeScalars.contains("\u{1B}"))
        #expect(page.contains(">abc <mark class=\"sev-error\""))
        #expect(page.contains("<span class=\"ctl\" dir=\"ltr\">U+202E</span>"))
        #expect(page.contains("بلیاں<span class=\"ctl\" dir=\"ltr\">U+001B</span> ABC"))
        #expect(page.contains("<bdi class=\"seg\" title=\"b.ur.txt:1:1\">"))
    }

    @Test func glossaryTermsAreMarkedWithTheirRenderingsUnlessAFindingIsThere() {
        var bead = Self.document.beads[0]
        bead.terms = [
            ReviewTerm(
                inTarget: false, sentence: 0, range: 7..<14, note: "annexation: annexed → الحاق"),
            ReviewTerm(inTarget: true, sentence: 0, range: 12..<17, note: "year"),
        ]
        let document = ReviewDocument(
            sourceFile: "a.en.txt", targetFile: "a.ur.txt", sourceLanguage: "en",
            targetLanguage: "ur", sourceDirection: "ltr", targetDirection: "rtl", beads: [bead])
        let page = HTMLReport.render(
            documents: [document],
            findings: [Self.finding("number-mismatch", "a.ur.txt", line: 1, column: 13)])
        #expect(
            page.contains(
                "<span class=\"term\" title=\"annexation: annexed → الحاق\">annexed</span>"))
        // The finding's mark wins where a term overlaps it.
        #expect(!page.contains("title=\"year\""))
    }

    @Test func theOtherSideOfAFindingIsMarkedToo() {
        var finding = Self.finding("number-mismatch", "a.ur.txt", line: 1, column: 13)
        finding.related = Finding.Location(
            file: "a.en.txt", position: SourcePosition(line: 1, column: 19))
        let page = HTMLReport.render(documents: [Self.document], findings: [finding])
        #expect(page.contains("data-related=\"f1\""))
        #expect(page.contains(">1948</mark>"))
    }

    @Test func theWordAtAPositionIsFoundAcrossLines() {
        let wrapped = Segment(
            paragraph: 1, sentence: 1, byteStart: 0, byteEnd: 0,
            start: SourcePosition(line: 4, column: 7), end: SourcePosition(line: 5, column: 9),
            text: "first line\r\nsecond line")
        #expect(
            HTMLReport.wordRange(at: SourcePosition(line: 5, column: 1), in: wrapped) == 12..<18)
        #expect(HTMLReport.wordRange(at: SourcePosition(line: 4, column: 7), in: wrapped) == 0..<5)
        #expect(HTMLReport.wordRange(at: SourcePosition(line: 9, column: 1), in: wrapped) == nil)
    }
}
