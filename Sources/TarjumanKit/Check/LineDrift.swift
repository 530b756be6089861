/// Where two line-aligned files (one sentence per line, line *n* translating line *n*) drift
/// out of step, read from their line alignment (``DocumentAligner/alignLines(source:target:)``,
/// where a run of lines that leaves the files in step is already paired line by line):
/// an extra line in the translation (empty, a repeat of the line before, or other text), a
/// missing line, an empty translation of a line, two lines joined or one split.
public struct LineDriftReport: Sendable {
    /// One finding (rule `line-drift`) per place the files go out of step, in file order.
    public let findings: [Finding]
    /// Lines in the source.
    public let sourceLines: Int
    /// Lines in the translation.
    public let targetLines: Int
    /// Source lines aligned 1:1 with the translation's line of the same number.
    public let inStep: Int

    /// The share of source lines aligned 1:1 at the same line number (1 for two empty files,
    /// 0 for an empty source with a translation).
    public var health: Double {
        sourceLines == 0 ? (targetLines == 0 ? 1 : 0) : Double(inStep) / Double(sourceLines)
    }

    /// Whether the files are out of step anywhere.
    public var drifts: Bool { !findings.isEmpty }

    /// One line for people: line counts, drifts and the health share.
    public var summary: String {
        let percent = (health * 1000).rounded() / 10
        return "\(sourceLines) source line(s), \(targetLines) translated line(s): "
            + "\(findings.count) place(s) out of step; \(percent)% of source lines at the same line number"
    }
}

/// Reads drifts out of a line alignment.
public enum LineDrift {
    /// The drifts of a line alignment of `sourceFile` and `targetFile`. Each finding's
    /// context holds the lines it is about, labelled with `languages` (the source's line
    /// before an extra translated line), so that a baseline tells one drift from another.
    public static func report(
        _ result: DocumentAligner.Result, sourceFile: String, targetFile: String,
        languages: (source: String, target: String)
    ) -> LineDriftReport {
        var findings: [Finding] = []
        // For each finding: the translated line it calls an extra empty line, or the source
        // line it calls missing (an empty translation shows as one of each, side by side).
        var blankExtra: [Int?] = []
        var missing: [Int?] = []
        var inStep = 0
        // The text of lines, joined, or a dash for none or blank ones.
        func shown(_ lines: [Segment]) -> String {
            let text = lines.map(\.text).joined(separator: " ")
            return text.allSatisfy(\.isWhitespace) ? "—" : text
        }
        // The lines a finding is about, and with `after`, the source line before that index
        // (pass 69: a baseline of a line drift knew only its message, without line numbers,
        // so one lost line hid any other; pass 70: two lost lines of one text, as subtitles
        // repeat, were one finding). Both ranges are a bead's, within their files.
        func context(sources: Range<Int>, targets: Range<Int>, after: Int? = nil) -> [String] {
            var lines: [String] = []
            if let after {
                let previous = Array(result.source[max(0, after - 1)..<after])
                lines.append("\(languages.source) (the line before): \(shown(previous))")
            }
            if !sources.isEmpty {
                lines.append("\(languages.source): \(shown(Array(result.source[sources])))")
            }
            return lines + ["\(languages.target): \(shown(Array(result.target[targets])))"]
        }
        func add(
            _ message: String, inTarget: Bool, line: Int, related: Int, blank: Int? = nil,
            lost: Int? = nil, context: [String]
        ) {
            blankExtra.append(blank)
            missing.append(lost)
            var finding = Finding(
                rule: "line-drift", severity: .error, message: message,
                file: inTarget ? targetFile : sourceFile,
                position: SourcePosition(line: line, column: 1))
            finding.related = Finding.Location(
                file: inTarget ? sourceFile : targetFile,
                position: SourcePosition(line: max(1, related), column: 1))
            if !inTarget { finding.counterpart = targetFile }
            finding.context = context
            findings.append(finding)
        }
        // Runs of extra translated lines (0:n beads) and of missing source lines (n:0), one
        // after another: only a run's last line says where the lines after it stand.
        let beads = result.beads
        func isRun(_ index: Int) -> Bool {
            beads[index].source.isEmpty != beads[index].target.isEmpty
        }
        func endsRun(_ index: Int) -> Bool {
            index + 1 == beads.count || !isRun(index + 1)
                || beads[index + 1].source.isEmpty != beads[index].source.isEmpty
        }
        // Where the lines after bead `index` stand against their sources: the offset of the
        // next bead, all drifts before it counted (pass 20: a run's own length was said as if
        // it were the whole shift).
        func standing(after index: Int) -> String {
            guard index + 1 < beads.count else { return "" }
            let next = beads[index + 1]
            let offset = next.target.lowerBound - next.source.lowerBound
            let far = { (lines: Int) in lines == 1 ? "one" : "\(lines)" }
            if offset > 0 {
                return " (the lines after it are \(far(offset)) further down than their sources)"
            }
            if offset < 0 {
                return " (the lines after it are \(far(-offset)) further up in the translation)"
            }
            return " (the lines after it are at their sources' numbers again)"
        }
        // Line numbers are indices + 1; `previous` is the translation's line before a bead.
        for (beadIndex, bead) in beads.enumerated() {
            let closing = endsRun(beadIndex) ? standing(after: beadIndex) : ""
            let sources = Array(bead.source)
            let targets = Array(bead.target)
            let sourceLine = (sources.first ?? bead.source.lowerBound) + 1
            let targetLine = (targets.first ?? bead.target.lowerBound) + 1
            let text = { (index: Int) in result.target[index].text }
            let blank = { (index: Int) in text(index).allSatisfy(\.isWhitespace) }
            let sourceBlank = { (index: Int) in result.source[index].text.allSatisfy(\.isWhitespace)
            }
            switch (sources.count, targets.count) {
            case (let count, let other) where count > 1 && count == other:
                // Lines aligned jointly (2:2) inside a run that is out of step elsewhere (a
                // run in step is paired line by line): the offset does not change here, so
                // this is no drift; in step when at the same numbers (review of pass 33). A
                // translated line left empty opposite a line with text is still said.
                var empty = 0
                for (source, target) in zip(sources, targets)
                where blank(target) != sourceBlank(source) {
                    empty += 1
                    add(
                        Self.oneSideEmpty(source: source + 1, target: target + 1, blank(target)),
                        inTarget: true, line: target + 1, related: source + 1,
                        context: context(sources: source..<source + 1, targets: target..<target + 1)
                    )
                }
                if sourceLine == targetLine { inStep += count - empty }
            case (1, 1):
                if blank(targets[0]) != sourceBlank(sources[0]) {
                    add(
                        Self.oneSideEmpty(
                            source: sourceLine, target: targetLine, blank(targets[0])),
                        inTarget: true, line: targetLine, related: sourceLine,
                        context: context(sources: bead.source, targets: bead.target))
                } else if sourceLine == targetLine {
                    inStep += 1
                }
            case (0, _):
                for index in targets {
                    let twin = [index - 1, index + 1].first {
                        $0 >= 0 && $0 < result.target.count && text($0) == text(index)
                    }
                    let kind =
                        blank(index)
                        ? "an extra empty line"
                        : twin.map { "a repeat of line \($0 + 1)" } ?? "an extra line"
                    add(
                        "translated line \(index + 1) is \(kind): it translates no source line"
                            + (index == targets.last ? closing : ""),
                        inTarget: true, line: index + 1, related: sourceLine - 1,
                        blank: blank(index) ? index + 1 : nil,
                        context: context(
                            sources: bead.source, targets: index..<index + 1,
                            after: bead.source.lowerBound))
                }
            case (_, 0):
                for index in sources {
                    add(
                        "source line \(index + 1) "
                            + (sourceBlank(index)
                                ? "is an empty line the translation lacks"
                                : "has no translated line")
                            + (index == sources.last ? closing : ""),
                        inTarget: false, line: index + 1, related: targetLine - 1, lost: index + 1,
                        context: context(
                            sources: index..<index + 1, targets: bead.target, after: index))
                }
            case (1, 2) where blank(targets[0]) || blank(targets[1]):
                let extra = blank(targets[0]) ? targets[0] : targets[1]
                let kept = extra == targets[0] ? targets[1] : targets[0]
                if kept + 1 == sourceLine { inStep += 1 }
                add(
                    "translated line \(extra + 1) is an extra empty line: it translates no source line",
                    inTarget: true, line: extra + 1, related: sourceLine, blank: extra + 1,
                    context: context(sources: bead.source, targets: bead.target))
            case (1, 2) where text(targets[0]) == text(targets[1]):
                add(
                    "translated line \(targets[1] + 1) is a repeat of line \(targets[0] + 1)",
                    inTarget: true, line: targets[1] + 1, related: sourceLine,
                    context: context(sources: bead.source, targets: bead.target))
            case (2, 1) where sourceBlank(sources[0]) != sourceBlank(sources[1]):
                // An empty source line the translation lacks, joined to its neighbour.
                let lost = sourceBlank(sources[0]) ? sources[0] : sources[1]
                let kept = lost == sources[0] ? sources[1] : sources[0]
                if kept + 1 == targetLine { inStep += 1 }
                add(
                    "source line \(lost + 1) is an empty line the translation lacks"
                        + standing(after: beadIndex),
                    inTarget: false, line: lost + 1, related: targetLine, lost: lost + 1,
                    context: context(sources: bead.source, targets: bead.target))
            case (1, _):
                add(
                    "source line \(sourceLine) is translated over lines \(targetLine)–\(targetLine + targets.count - 1)",
                    inTarget: true, line: targetLine, related: sourceLine,
                    context: context(sources: bead.source, targets: bead.target))
            default:
                add(
                    "source lines \(sourceLine)–\(sourceLine + sources.count - 1) are translated as "
                        + (targets.count == 1
                            ? "one line" : "lines \(targetLine)–\(targetLine + targets.count - 1)"),
                    inTarget: true, line: targetLine, related: sourceLine,
                    context: context(sources: bead.source, targets: bead.target))
            }
        }
        // An extra empty line next to a missing source line at the same number is one
        // place: that line's translation is empty.
        var merged: [Finding] = []
        var index = 0
        while index < findings.count {
            if index + 1 < findings.count {
                let pair = [index, index + 1]
                if let blank = pair.compactMap({ blankExtra[$0] }).first,
                    let lost = pair.compactMap({ missing[$0] }).first, blank == lost
                {
                    var finding = Finding(
                        rule: "line-drift", severity: .error,
                        message: "translated line \(blank) is empty; source line \(lost) is not",
                        file: targetFile, position: SourcePosition(line: blank, column: 1))
                    finding.related = Finding.Location(
                        file: sourceFile, position: SourcePosition(line: lost, column: 1))
                    finding.context = context(sources: lost - 1..<lost, targets: blank - 1..<blank)
                    merged.append(finding)
                    index += 2
                    continue
                }
            }
            merged.append(findings[index])
            index += 1
        }
        return LineDriftReport(
            findings: merged, sourceLines: result.source.count, targetLines: result.target.count,
            inStep: inStep)
    }
    /// A line pair with text on one side only: an empty translation of a line, or text on
    /// the line of an empty source line, which translates no source line (pass 42: unsaid).
    private static func oneSideEmpty(source: Int, target: Int, _ targetEmpty: Bool) -> String {
        targetEmpty
            ? "translated line \(target) is empty; source line \(source) is not"
            : "translated line \(target) has text where source line \(source) is empty: it "
                + "translates no source line"
    }
}

extension TranslationChecker {
    /// The checks of a line alignment: every place the files drift out of step
    /// (`line-drift`), then the sentence checks of each aligned line pair (omission,
    /// addition, merged and split are left to the drift report, which names the lines).
    /// With `keepingBeads`, the line pairs for a review page as well (pass 32: the page of a
    /// `--lines` run showed none).
    public func checkLines(
        _ result: DocumentAligner.Result, sourceFile: String, targetFile: String,
        keepingBeads: Bool = false
    ) throws(ICUError) -> (findings: [Finding], drift: LineDriftReport, beads: [ReviewBead]) {
        var lineChecker = self
        // Known ids: this cannot throw.
        try? lineChecker.disable([
            "omission", "omitted-content", "addition", "merged", "split", "paragraph-break",
        ])
        let drift = LineDrift.report(
            result, sourceFile: sourceFile, targetFile: targetFile,
            languages: (sourcePack.tag, targetPack.tag))
        var run = lineChecker.start(sourceFile: sourceFile, targetFile: targetFile)
        run.keepsBeads = keepingBeads
        try run.add(result)
        var findings = run.finish()
        if !disabled.contains("line-drift") { findings += drift.findings }
        findings.sort { ($0.file, $0.position, $0.rule) < ($1.file, $1.position, $1.rule) }
        return (findings, drift, run.beads)
    }
}
