/// One checked pair of files for the side-by-side review page.
public struct ReviewDocument: Sendable {
    /// The source file.
    public let sourceFile: String
    /// The translation.
    public let targetFile: String
    /// The source language's tag.
    public let sourceLanguage: String
    /// The translation's language tag.
    public let targetLanguage: String
    /// `rtl` or `ltr` for the source.
    public let sourceDirection: String
    /// `rtl` or `ltr` for the translation.
    public let targetDirection: String
    /// Every bead, in order.
    public let beads: [ReviewBead]

    /// A document for the review page.
    public init(
        sourceFile: String, targetFile: String, sourceLanguage: String, targetLanguage: String,
        sourceDirection: String, targetDirection: String, beads: [ReviewBead]
    ) {
        self.sourceFile = sourceFile
        self.targetFile = targetFile
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.sourceDirection = sourceDirection
        self.targetDirection = targetDirection
        self.beads = beads
    }
}

/// One aligned bead: the source sentences and the sentences that translate them.
public struct ReviewBead: Sendable {
    /// The source sentences (none for an addition).
    public let sources: [Segment]
    /// The translated sentences (none for an omission).
    public let targets: [Segment]
    /// The glossary terms found in them.
    public var terms: [ReviewTerm] = []

    /// A bead of `sources` and `targets`.
    public init(sources: [Segment], targets: [Segment], terms: [ReviewTerm] = []) {
        self.sources = sources
        self.targets = targets
        self.terms = terms
    }
}

/// A glossary term found in a sentence of a bead, for marking on the review page.
public struct ReviewTerm: Sendable {
    /// Whether it is in the translation (else in the source).
    public let inTarget: Bool
    /// Which sentence of its side.
    public let sentence: Int
    /// Its scalar range in that sentence's text.
    public let range: Range<Int>
    /// What to show on hover: the concept and its renderings.
    public let note: String
}

/// `check --format html`: one self-contained page (inline CSS and JavaScript, nothing
/// fetched) showing every aligned pair side by side, each finding highlighted at its place in
/// both sentences, a summary per check and severity, filters, keyboard navigation and an
/// anchor per finding. Everything from the files is escaped; without JavaScript all is shown.
public enum HTMLReport {
    /// The page for `documents` and their `findings`; `unread` are the inputs that could not
    /// be read, listed first (pass 32: the page said nothing of them), then `skipped`, those
    /// left out on purpose.
    public static func render(
        documents: [ReviewDocument], findings: [Finding], title: String = "Tarjuman review",
        unread: [UnreadFile] = [], skipped: [UnreadFile] = []
    ) -> String {
        var placed = Placement(findings: findings)
        var body = ""
        for (index, document) in documents.enumerated() {
            body += section(document, number: index + 1, placement: &placed)
        }
        let unplaced = placed.unplaced
        var page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        page += "<title>\(escaped(title))</title>\n<style>\(style)</style>\n</head>\n<body>\n"
        page += "<header><h1>\(escaped(title))</h1>\n"
        page += summary(findings, files: documents.map(\.targetFile), unread: unread.count)
        page += filters(findings, files: documents.map(\.targetFile))
        page += "</header>\n<main>\n"
        if !unread.isEmpty {
            page += "<section class=\"doc\"><h2>Files not checked</h2>\n<ul class=\"unread\">\n"
            for file in unread { page += "<li class=\"error\">\(shown(file.description))</li>\n" }
            page += "</ul></section>\n"
        }
        if !skipped.isEmpty {
            page += "<section class=\"doc\"><h2>Files left out</h2>\n<ul class=\"unread\">\n"
            for file in skipped {
                page += "<li class=\"info\">\(shown(file.file)): \(shown(file.message))</li>\n"
            }
            page += "</ul></section>\n"
        }
        if !unplaced.isEmpty {
            page += "<section class=\"doc\"><h2>Findings outside the aligned sentences</h2>\n"
            page += "<table class=\"pairs\"><tbody>\n"
            for (number, finding) in unplaced { page += findingRow(finding, number: number) }
            page += "</tbody></table></section>\n"
        }
        page += body
        page += "</main>\n<script>\(script)</script>\n</body>\n</html>\n"
        return page
    }

    // MARK: - Pieces of the page

    private static func section(
        _ document: ReviewDocument, number: Int, placement: inout Placement
    ) -> String {
        var html =
            "<section class=\"doc\" id=\"doc-\(number)\" data-file=\"\(shown(document.targetFile))\">\n"
        html += "<h2><span dir=\"auto\">\(shown(document.sourceFile))</span> → "
        html += "<span dir=\"auto\">\(shown(document.targetFile))</span></h2>\n"
        html += "<table class=\"pairs\">\n<thead><tr><th class=\"kind\">bead</th>"
        html +=
            "<th>\(escaped(document.sourceLanguage))</th><th>\(escaped(document.targetLanguage))</th></tr></thead>\n<tbody>\n"
        var lastParagraph: (Int, Int)?
        for (index, bead) in document.beads.enumerated() {
            let paragraph = (
                bead.sources.first?.paragraph ?? -1, bead.targets.first?.paragraph ?? -1
            )
            if let last = lastParagraph, last.0 != paragraph.0 || last.1 != paragraph.1 {
                html += "<tr class=\"para\" aria-hidden=\"true\"><td colspan=\"3\"></td></tr>\n"
            }
            lastParagraph = paragraph
            let own = placement.take(
                bead, sourceFile: document.sourceFile, targetFile: document.targetFile)
            let kind = "\(bead.sources.count):\(bead.targets.count)"
            let rules = Set(own.map(\.finding.rule)).sorted().joined(separator: " ")
            let severities = Set(own.map(\.finding.severity.rawValue)).sorted().joined(
                separator: " ")
            html +=
                "<tr class=\"bead k\(bead.sources.count)-\(bead.targets.count)\" id=\"d\(number)-b\(index + 1)\""
            html += " data-rules=\"\(escaped(rules))\" data-severities=\"\(severities)\">"
            html += "<td class=\"kind\"><span class=\"badge\">\(kind)</span></td>"
            html += cell(
                bead.sources, file: document.sourceFile, language: document.sourceLanguage,
                direction: document.sourceDirection, findings: own,
                terms: bead.terms.filter { !$0.inTarget }, empty: "no source sentence")
            html += cell(
                bead.targets, file: document.targetFile, language: document.targetLanguage,
                direction: document.targetDirection, findings: own,
                terms: bead.terms.filter(\.inTarget), empty: "missing from the translation")
            html += "</tr>\n"
            for (number, finding) in own.map({ ($0.number, $0.finding) }) {
                html += findingRow(finding, number: number, pair: document.targetFile)
            }
        }
        return html + "</tbody></table>\n</section>\n"
    }

    /// One side of a bead: its sentences, each finding's word marked, and glossary terms
    /// marked with their renderings on hover.
    private static func cell(
        _ segments: [Segment], file: String, language: String, direction: String,
        findings: [(number: Int, finding: Finding)], terms: [ReviewTerm], empty: String
    ) -> String {
        var html = "<td class=\"side\" lang=\"\(escaped(language))\" dir=\"\(direction)\">"
        if segments.isEmpty { html += "<span class=\"empty\" dir=\"ltr\">— \(empty) —</span>" }
        for (index, segment) in segments.enumerated() {
            if index > 0 { html += " " }
            // Findings at one place share one mark: its severity the highest, its title each
            // finding's line, its data-finding every number (pass 38: the second one at a
            // place was not marked at all).
            var atPlace: [(range: Range<Int>, items: [(number: Int, finding: Finding)])] = []
            for item in findings where item.finding.file == file {
                guard let range = wordRange(at: item.finding.position, in: segment) else {
                    continue
                }
                if let index = atPlace.firstIndex(where: { $0.range == range }) {
                    atPlace[index].items.append(item)
                } else {
                    atPlace.append((range, [item]))
                }
            }
            var marks = atPlace.map { place -> Mark in
                let severity = place.items.map(\.finding.severity).max() ?? .info
                let title = place.items.map { shown("[\($0.finding.rule)] \($0.finding.message)") }
                    .joined(separator: "&#10;")
                let numbers = place.items.map { "f\($0.number)" }.joined(separator: " ")
                return Mark(
                    range: place.range,
                    opening:
                        "<mark class=\"sev-\(severity.rawValue)\" data-finding=\"\(numbers)\" title=\"\(title)\">",
                    closing: "</mark>")
            }
            // The other side of each finding (its related place), marked more lightly.
            for item in findings {
                guard let related = item.finding.related, related.file == file,
                    let range = wordRange(at: related.position, in: segment),
                    !marks.contains(where: { $0.range.overlaps(range) })
                else { continue }
                let title = escaped("[\(item.finding.rule)] the other side of this finding")
                marks.append(
                    Mark(
                        range: range,
                        opening:
                            "<mark class=\"related\" data-related=\"f\(item.number)\" title=\"\(title)\">",
                        closing: "</mark>"))
            }
            // Terms where no finding is marked already.
            for term in terms where term.sentence == index {
                guard !marks.contains(where: { $0.range.overlaps(term.range) }) else { continue }
                marks.append(
                    Mark(
                        range: term.range,
                        opening: "<span class=\"term\" title=\"\(escaped(term.note))\">",
                        closing: "</span>"))
            }
            marks.sort { $0.range.lowerBound < $1.range.lowerBound }
            // Each sentence isolated, so that nothing in one reorders the next.
            html += "<bdi class=\"seg\" title=\"\(shown(file)):\(segment.start)\">"
            html += marked(Array(segment.text.unicodeScalars), marks)
            html += "</bdi>"
        }
        return html + "</td>"
    }

    /// A highlighted range of a sentence and the markup around it.
    private struct Mark {
        let range: Range<Int>
        let opening: String
        let closing: String
    }

    /// The text with each mark's range wrapped in its markup (overlaps skipped).
    private static func marked(_ scalars: [Unicode.Scalar], _ marks: [Mark]) -> String {
        var html = ""
        var cursor = 0
        for mark in marks
        where mark.range.lowerBound >= cursor && mark.range.upperBound <= scalars.count {
            html += shown(scalars[cursor..<mark.range.lowerBound])
            html += mark.opening + shown(scalars[mark.range])
            html += mark.closing
            cursor = mark.range.upperBound
        }
        return html + shown(scalars[cursor...])
    }

    /// Sentence text as HTML, each control character and bidi embedding, override or
    /// isolate shown as a visible `U+202E` token instead of acting on the page (pass 25: an
    /// override reordered the reviewer's view of the sentence, and its mark had no width).
    private static func shown(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        // Control characters (Cc) by value: no property lookup for every letter of a page.
        let acts = { (scalar: Unicode.Scalar) in
            scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                || OutputBytes.isBidiFormatting(scalar.value)
        }
        guard scalars.contains(where: acts) else { return escaped(String(scalars: scalars)) }
        var html = ""
        var run = String.UnicodeScalarView()
        for scalar in scalars {
            guard acts(scalar) else {
                run.append(scalar)
                continue
            }
            html += escaped(String(run))
            run = String.UnicodeScalarView()
            html += "<span class=\"ctl\" dir=\"ltr\">\(scalar.codePoint)</span>"
        }
        return html + escaped(String(run))
    }

    /// A finding's row; `pair` is the translation of the pair it is shown with, which the
    /// file filter picks (pass 42: an omission, placed in the source, was hidden when its
    /// translation was picked).
    private static func findingRow(_ finding: Finding, number: Int, pair: String? = nil)
        -> String
    {
        var html = "<tr class=\"finding sev-\(finding.severity.rawValue)\" id=\"f\(number)\""
        html +=
            " data-rule=\"\(escaped(finding.rule))\" data-severity=\"\(finding.severity.rawValue)\""
        html += " data-file=\"\(shown(finding.file))\""
        html += pair.map { " data-pair=\"\(shown($0))\"" } ?? ""
        html += " tabindex=\"-1\"><td colspan=\"3\">"
        html +=
            "<a class=\"where\" href=\"#f\(number)\">\(shown(finding.file)):\(finding.position)</a> "
        html += "<span class=\"sev\">\(finding.severity.rawValue)</span> "
        html += "<code>\(escaped(finding.rule))</code> "
        html += "<span class=\"msg\" dir=\"auto\">\(shown(finding.message))</span>"
        if let related = finding.related {
            html += " <span class=\"related\">(\(shown(related.file)):\(related.position))</span>"
        }
        if let fix = finding.fix {
            html += " <span class=\"fix\">expected: <bdi>\(escaped(fix.replacement))</bdi></span>"
        }
        return html + "</td></tr>\n"
    }

    private static func summary(_ findings: [Finding], files: [String], unread: Int) -> String {
        var counts: [String: [Finding.Severity: Int]] = [:]
        for finding in findings {
            counts[finding.rule, default: [:]][finding.severity, default: 0] += 1
        }
        let total = Dictionary(grouping: findings, by: \.severity).mapValues(\.count)
        var html = "<p class=\"totals\">\(files.count) file(s) checked"
        html += unread > 0 ? ", \(unread) not read: " : ": "
        html +=
            "\(total[.error] ?? 0) error(s), \(total[.warning] ?? 0) warning(s), \(total[.info] ?? 0) info</p>\n"
        html +=
            "<table class=\"summary\"><thead><tr><th>check</th><th>error</th><th>warning</th><th>info</th></tr></thead><tbody>\n"
        for (rule, bySeverity) in counts.sorted(by: { $0.key < $1.key }) {
            html += "<tr><td><code>\(escaped(rule))</code></td>"
            for severity in [Finding.Severity.error, .warning, .info] {
                html += "<td>\(bySeverity[severity].map(String.init) ?? "")</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody></table>\n"
    }

    private static func filters(_ findings: [Finding], files: [String]) -> String {
        var html = "<form class=\"filters\" onsubmit=\"return false\">"
        for severity in ["error", "warning", "info"] {
            html +=
                "<label><input type=\"checkbox\" name=\"severity\" value=\"\(severity)\" checked> \(severity)</label> "
        }
        html += "<label>check <select name=\"rule\"><option value=\"\">all</option>"
        for rule in Set(findings.map(\.rule)).sorted() {
            html += "<option value=\"\(escaped(rule))\">\(escaped(rule))</option>"
        }
        html +=
            "</select></label> <label>file <select name=\"file\"><option value=\"\">all</option>"
        // The value as written: a browser collapses the spaces of an option's text, and
        // the filter then matched no row (pass 38: `a  b.ur.txt`).
        for file in files { html += "<option value=\"\(shown(file))\">\(shown(file))</option>" }
        html +=
            "</select></label> <label><input type=\"checkbox\" name=\"only\"> only pairs with findings</label>"
        html += " <span class=\"keys\">n / p: next / previous finding</span></form>\n"
        return html
    }

    // MARK: - Placing findings

    /// Hands each finding to the bead holding its place, numbering them in page order.
    private struct Placement {
        private let findings: [Finding]
        /// Finding indexes by file, ordered by position: a bead finds its own by binary
        /// search (a scan of all findings per bead was quadratic: 16,000 paragraphs with a
        /// finding each took 18 s).
        private let byFile: [String: [Int]]
        private var taken: [Bool]

        init(findings: [Finding]) {
            self.findings = findings
            var byFile: [String: [Int]] = [:]
            for (index, finding) in findings.enumerated() {
                byFile[finding.file, default: []].append(index)
            }
            for file in byFile.keys {
                byFile[file]?.sort { (findings[$0].position, $0) < (findings[$1].position, $1) }
            }
            self.byFile = byFile
            taken = Array(repeating: false, count: findings.count)
        }

        /// The findings whose place is in one of the bead's sentences (or, for a finding
        /// about a sentence, at its start), removed from the rest, in report order.
        mutating func take(_ bead: ReviewBead, sourceFile: String, targetFile: String)
            -> [(number: Int, finding: Finding)]
        {
            var found: [Int] = []
            let sides =
                sourceFile == targetFile
                ? [(targetFile, bead.targets)]
                : [(targetFile, bead.targets), (sourceFile, bead.sources)]
            for (file, segments) in sides {
                guard let indexes = byFile[file] else { continue }
                for segment in segments {
                    var low = 0
                    var high = indexes.count
                    while low < high {
                        let middle = (low + high) / 2
                        if findings[indexes[middle]].position < segment.start {
                            low = middle + 1
                        } else {
                            high = middle
                        }
                    }
                    while low < indexes.count, findings[indexes[low]].position <= segment.end {
                        // A finding in a source two pairs share goes to the pair whose
                        // translation it points to (review of pass 33: to the first pair).
                        let other = findings[indexes[low]].related?.file
                        let elsewhere =
                            file == sourceFile && file != targetFile && other != nil
                            && other != targetFile && other != sourceFile
                        if !taken[indexes[low]] && !elsewhere {
                            taken[indexes[low]] = true
                            found.append(indexes[low])
                        }
                        low += 1
                    }
                }
            }
            return found.sorted().map { ($0 + 1, findings[$0]) }
        }

        /// What no bead took (document-level findings), in order.
        var unplaced: [(number: Int, finding: Finding)] {
            findings.indices.filter { !taken[$0] }.map { ($0 + 1, findings[$0]) }
        }
    }

    /// The scalar range of the word at `position` in `segment` (one character when it is
    /// not a letter or digit), or `nil` when the position is outside the segment.
    static func wordRange(at position: SourcePosition, in segment: Segment) -> Range<Int>? {
        let scalars = Array(segment.text.unicodeScalars)
        var lines = LineCounter(at: segment.start)
        var offset = 0
        while offset < scalars.count
            && (lines.position < position || (lines.afterCR && scalars[offset] == "\n"))
        {
            lines.advance(scalar: scalars[offset])
            offset += 1
        }
        guard offset < scalars.count, lines.position == position else { return nil }
        func isWord(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || scalar.properties.generalCategory == .nonspacingMark
                || scalar.value == 0x200C
        }
        guard isWord(scalars[offset]) else { return offset..<(offset + 1) }
        var end = offset
        while end < scalars.count && isWord(scalars[end]) { end += 1 }
        return offset..<end
    }

    /// `text` safe inside HTML text and attribute values (the XML escaping, which HTML
    /// reads the same).
    /// A file name or message from outside, escaped, its control characters and bidi
    /// controls written as `\u{202E}` (pass 32: a right-to-left override in a file name
    /// reversed the place it named; controls in a message were dropped, U+0085 kept raw).
    static func shown(_ text: String) -> String {
        escaped(text.escapingControls)
    }

    static func escaped(_ text: String) -> String {
        XMLText.escaped(text)
    }

    // MARK: - Style and script (inline: the page works from disk and as a CI artifact)

    private static let style = """
        :root { --error: #b3261e; --warning: #9a6700; --info: #0b57d0; }
        body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", sans-serif;
          margin: 0 auto; max-width: 1400px; padding: 0 1rem 4rem; color: #1f1f1f; }
        header { border-bottom: 1px solid #ddd; margin-bottom: 1rem; }
        h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 2rem; }
        table { border-collapse: collapse; width: 100%; }
        table.summary { width: auto; margin: .5rem 0; } .summary td, .summary th { padding: 2px 10px; text-align: left; }
        .pairs th { text-align: start; border-bottom: 2px solid #ccc; padding: 4px 8px; }
        .pairs td { vertical-align: top; padding: 6px 8px; border-bottom: 1px solid #eee; }
        .ctl { font: 11px monospace; border: 1px solid #999; border-radius: 3px; padding: 0 2px; }
        td.kind { width: 3.5rem; } .badge { font: 12px monospace; background: #eee; padding: 1px 5px; border-radius: 4px; }
        tr.k1-0 .badge, tr.k0-1 .badge { background: #fde7e4; } tr.k2-1 .badge, tr.k1-2 .badge, tr.k2-2 .badge { background: #e8f0fe; }
        td.side { width: 48%; }
        td.side:lang(ur), td.side:lang(bal), td.side:lang(bal-Arab-PK), td.side:lang(bal-Arab-IR),
        td.side:lang(fa), td.side:lang(ps), td.side:lang(sd), td.side:lang(ar) {
          font-family: "Noto Nastaliq Urdu", "Jameel Noori Nastaleeq", "Urdu Typesetting",
            "Noto Naskh Arabic", "Noto Sans Arabic", "Arial", serif; font-size: 1.15rem; line-height: 2.2; }
        td.side:lang(bal-Latn), td.side:lang(sd-Deva) { font: inherit; }
        .empty { color: #777; font-style: italic; }
        tr.para td { border-bottom: 3px double #bbb; padding: 0; height: 4px; }
        mark { background: #ffe08a; border-radius: 3px; }
        .term { border-bottom: 2px dotted #0b8043; cursor: help; } mark.sev-error { background: #ffc9c2; }
        mark.sev-info { background: #d3e3fd; }
        mark.related { background: none; outline: 2px dashed #b3261e; outline-offset: 1px; }
        tr.finding td { border-bottom: none; padding: 0 8px 6px 4.5rem; font-size: .92rem; }
        tr.finding .sev { font-weight: 600; } tr.sev-error .sev { color: var(--error); }
        tr.sev-warning .sev { color: var(--warning); } tr.sev-info .sev { color: var(--info); }
        tr.finding.current td { outline: 2px solid #0b57d0; }
        .where { font-family: monospace; } .related, .keys { color: #666; }
        .filters { margin: .5rem 0 1rem; } .filters label { margin-right: .8rem; }
        .hidden { display: none; }
        @media print { .filters, .keys { display: none; } tr { break-inside: avoid; } body { max-width: none; } }
        """

    private static let script = """
        (function () {
          var form = document.querySelector('form.filters');
          function apply() {
            var severities = Array.prototype.filter.call(form.querySelectorAll('input[name=severity]'),
              function (box) { return box.checked; }).map(function (box) { return box.value; });
            var rule = form.rule.value, file = form.file.value, only = form.only.checked;
            document.querySelectorAll('tr.finding').forEach(function (row) {
              var show = severities.indexOf(row.dataset.severity) >= 0 &&
                (!rule || row.dataset.rule === rule) &&
                (!file || (row.dataset.pair || row.dataset.file) === file);
              row.classList.toggle('hidden', !show);
            });
            document.querySelectorAll('section.doc').forEach(function (section) {
              var fileHidden = file && section.dataset.file && section.dataset.file !== file;
              section.classList.toggle('hidden', !!fileHidden);
            });
            document.querySelectorAll('tr.bead').forEach(function (bead) {
              var next = bead.nextElementSibling, visible = false;
              while (next && next.classList.contains('finding')) {
                if (!next.classList.contains('hidden')) { visible = true; }
                next = next.nextElementSibling;
              }
              bead.classList.toggle('hidden', only && !visible);
            });
          }
          form.addEventListener('change', apply);
          var current = -1;
          document.addEventListener('keydown', function (event) {
            if (event.target.tagName === 'SELECT' || event.target.tagName === 'INPUT') { return; }
            if (event.key !== 'n' && event.key !== 'p') { return; }
            var rows = Array.prototype.filter.call(document.querySelectorAll('tr.finding'),
              function (row) { return !row.classList.contains('hidden') &&
                !row.closest('section.hidden'); });
            if (!rows.length) { return; }
            if (current >= 0 && rows[current]) { rows[current].classList.remove('current'); }
            current = event.key === 'n' ? (current + 1) % rows.length : (current - 1 + rows.length) % rows.length;
            rows[current].classList.add('current');
            rows[current].focus();
            rows[current].scrollIntoView({ block: 'center' });
          });
        })();
        """
}
