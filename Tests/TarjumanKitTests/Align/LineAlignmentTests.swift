import Foundation
import Testing

@testable import TarjumanKit

/// Line-aligned bitexts (`--lines`): every line one segment, drifts found with both line
/// numbers, in step judged by line number.
@Suite struct LineAlignmentTests {
    static let english = [
        "The port is large.", "It was built in 2007.", "Fishermen lost their livelihoods.",
        "Protests began in 2021.", "The state replied with force.",
    ]
    static let urdu = [
        "بندرگاہ بڑی ہے۔", "یہ 2007ء میں تعمیر ہوئی۔", "ماہی گیر اپنے روزگار سے محروم ہو گئے۔",
        "احتجاج 2021ء میں شروع ہوا۔", "ریاست نے طاقت سے جواب دیا۔",
    ]

    /// A drift is known by the lines it is about, in a baseline as in a report: another line
    /// lost is another finding (pass 69: their signatures were one).
    @Test func aDriftCarriesItsLines() throws {
        let second = try Self.drift(Self.urdu.enumerated().filter { $0.offset != 1 }.map(\.element))
        let fourth = try Self.drift(Self.urdu.enumerated().filter { $0.offset != 3 }.map(\.element))
        #expect(
            second.findings.map(\.context) == [
                ["en (the line before): The port is large.", "en: It was built in 2007.", "ur: —"]
            ])
        #expect(
            fourth.findings.map(\.context) == [
                [
                    "en (the line before): Fishermen lost their livelihoods.",
                    "en: Protests began in 2021.", "ur: —",
                ]
            ])
        #expect(
            Baseline(recording: second.findings).findings
                != Baseline(recording: fourth.findings).findings)
        // Lines lost past the translation's last line (review: the context read past it).
        #expect(
            try Self.drift([Self.urdu[0]]).findings.map(\.context)
                == Self.english.indices.dropFirst().map { index in
                    [
                        "en (the line before): \(Self.english[index - 1])",
                        "en: \(Self.english[index])", "ur: —",
                    ]
                })
        var extra = Self.urdu
        extra.insert("", at: 2)
        #expect(
            try Self.drift(extra).findings.map(\.context) == [
                ["en (the line before): It was built in 2007.", "ur: —"]
            ])
    }

    static func drift(_ target: [String]) throws -> LineDriftReport {
        LineDrift.report(
            try aligned(target), sourceFile: "en.txt", targetFile: "ur.txt", languages: ("en", "ur")
        )
    }

    /// The English lines aligned with `target` (lines ended by CR LF).
    static func aligned(_ target: [String]) throws -> DocumentAligner.Result {
        // As the command line runs it: the project glossary and word list anchor lines.
        let glossaries = TestData.root.appendingPathComponent("glossaries")
        let aligner = try DocumentAligner(
            sourcePack: try TestData.pack("en"), targetPack: try TestData.pack("ur"),
            glossary: try GlossaryTSV.load(glossaries.appendingPathComponent("en-ur.tsv").path),
            dictionary: try GlossaryTSV.load(
                glossaries.appendingPathComponent("dictionaries/en-ur.tsv").path))
        return try aligner.alignLines(
            source: .text(english.joined(separator: "\n") + "\n"),
            target: .text(target.joined(separator: "\r\n") + "\r\n"))
    }

    /// Lines swapped, lines translated as something far longer or shorter, and several empty
    /// translations in a row leave the files in step: each line is paired with the line of
    /// its number, for the sentence checks to judge (pass 32: a swap was one 2:2 bead and
    /// passed clean; a very short line was a lost line beside an added one; two empty lines
    /// were four drifts).
    @Test(arguments: ["swapped", "short", "long", "two empty", "all empty"])
    func linesChangedInPlaceArePairedByNumber(_ change: String) throws {
        var target = Self.urdu
        switch change {
        case "swapped": target.swapAt(1, 2)
        case "short": target[2] = "TODO"
        case "long": target[1] = String(repeating: target[1], count: 12)
        case "two empty": (target[1], target[2]) = ("", "")
        default: target = target.map { _ in "" }
        }
        let result = try Self.aligned(target)
        #expect(
            result.beads.map { [$0.source, $0.target] }
                == Self.english.indices.map { [$0..<($0 + 1), $0..<($0 + 1)] })
        let report = LineDrift.report(
            result, sourceFile: "en.txt", targetFile: "ur.txt", languages: ("en", "ur"))
        let empty = target.indices.filter { target[$0].isEmpty }.map { $0 + 1 }
        #expect(report.findings.map(\.position.line) == empty)
        #expect(report.findings.allSatisfy { $0.message.contains("is empty") })
        #expect(report.inStep == target.count - empty.count)
    }

    /// Text on the line of an empty source line translates no source line: a drift, said
    /// at that line (pass 42: unsaid, the files called in step).
    @Test func textOppositeAnEmptySourceLineIsADrift() {
        let lines = { (texts: [String]) in
            DocumentAligner.lineSegments(of: texts.joined(separator: "\n"))
        }
        let result = DocumentAligner.Result(
            source: lines(["A.", "", "C."]), target: lines(["ا۔", "ب۔", "ج۔"]),
            beads: (0..<3).map {
                AlignmentBead(source: $0..<($0 + 1), target: $0..<($0 + 1), cost: 0)
            })
        let report = LineDrift.report(
            result, sourceFile: "en.txt", targetFile: "ur.txt", languages: ("en", "ur"))
        #expect(report.findings.map(\.position.line) == [2])
        #expect(
            report.findings.first?.message
                == "translated line 2 has text where source line 2 is empty: it translates no "
                + "source line")
        #expect(report.inStep == 2)
    }

    /// Two lines aligned jointly beside an added line are no drift of their own: only the
    /// added line is (review of pass 33: the 2:2 bead was "lines 1–2 translated as 1–2").
    @Test func jointLinesBesideAnAddedLineAreNoDrift() {
        let lines = { (texts: [String]) in
            DocumentAligner.lineSegments(of: texts.joined(separator: "\n"))
        }
        let result = DocumentAligner.Result(
            source: lines(["A.", "B.", "C."]), target: lines(["ب۔", "ا۔", "ایکس۔", "ج۔"]),
            beads: [
                AlignmentBead(source: 0..<2, target: 0..<2, cost: 0),
                AlignmentBead(source: 2..<2, target: 2..<3, cost: 0),
                AlignmentBead(source: 2..<3, target: 3..<4, cost: 0),
            ])
        let report = LineDrift.report(
            result, sourceFile: "en.txt", targetFile: "ur.txt", languages: ("en", "ur"))
        #expect(report.findings.map(\.position.line) == [3])
        #expect(report.inStep == 2)
    }

    /// A repeated line, in either file, is the later copy, and its drift names the line
    /// before it in the other file (review of pass 33: the line before that).
    @Test func theLaterCopyOfARepeatedLineIsTheDrift() throws {
        var target = Self.urdu
        target.insert(Self.urdu[1], at: 2)
        let repeated = try Self.drift(target)
        #expect(repeated.findings.map(\.position.line) == [3])
        #expect(repeated.findings.first?.related?.position.line == 2)
        let source = DocumentAligner.lineSegments(
            of: ([Self.english[0]] + Self.english).joined(separator: "\n"))
        let beads = DocumentAligner.laterCopiesRepeat(
            [
                AlignmentBead(source: 0..<1, target: 0..<0, cost: 0),
                AlignmentBead(source: 1..<2, target: 0..<1, cost: 0),
            ], source: source, target: [])
        #expect(beads.map { [$0.source, $0.target] } == [[0..<1, 0..<1], [1..<2, 1..<1]])
    }

    /// An added line placed away from a line typed twice, with only 1:1 beads between, is
    /// moved onto the repeat, and the lines between are paired in step; also for lost
    /// source lines, backwards, and not where the other file repeats its line too (pass 36:
    /// a repeated line 5 was reported as an extra line 3).
    @Test func anAddedLineIsMovedOntoARepeat() {
        let lines = { (texts: [String]) in
            DocumentAligner.lineSegments(of: texts.joined(separator: "\n"))
        }
        let units = { (count: Int) in
            [SentenceAligner.Unit](repeating: .init(length: 10, anchors: []), count: count)
        }
        let source = lines(["a", "b", "c", "d", "e"])
        let target = lines(["A", "B", "C", "D", "D", "E"])
        let pair = { (s: Int, t: Int) in
            AlignmentBead(source: s..<(s + 1), target: t..<(t + 1), cost: 0)
        }
        // The aligner's guess: line 3 (index 2) added, the rest one off.
        let guessed = [
            pair(0, 0), pair(1, 1), AlignmentBead(source: 2..<2, target: 2..<3, cost: 0),
            pair(2, 3),
            pair(3, 4), pair(4, 5),
        ]
        let model = AlignmentModel(lengthRatio: 1, variance: 6.8)
        let moved = DocumentAligner.driftsOntoRepeats(
            guessed, source: (source, units(5)), target: (target, units(6)),
            lengthCost: model.lengthCost)
        #expect(
            moved.map { [$0.source, $0.target] } == [
                [0..<1, 0..<1], [1..<2, 1..<2], [2..<3, 2..<3], [3..<4, 3..<4], [4..<4, 4..<5],
                [4..<5, 5..<6],
            ])
        // Backwards: the guess put the extra line after the repeat.
        let late = [
            pair(0, 0), pair(1, 1), pair(2, 2), pair(3, 3), pair(4, 4),
            AlignmentBead(source: 5..<5, target: 5..<6, cost: 0),
        ]
        let target2 = lines(["A", "B", "C", "C", "D", "E"])
        let back = DocumentAligner.driftsOntoRepeats(
            late, source: (source, units(5)), target: (target2, units(6)),
            lengthCost: model.lengthCost)
        #expect(back.map(\.target.count) == [1, 1, 1, 1, 1, 1])
        #expect(back[3].source.isEmpty && back[3].target == 3..<4)
        // The source repeating its line too: nothing moves.
        let both = DocumentAligner.driftsOntoRepeats(
            guessed, source: (lines(["a", "b", "c", "c", "e"]), units(5)),
            target: (target, units(6)), lengthCost: model.lengthCost)
        #expect(both == guessed)
        // The added line long where the others are short: the length model's place for it
        // stands, the repeat being rightful (pass 37: two source lines both translated
        // ٹھیک ہے۔ drew the drift off an 81-character note).
        var long = units(6)
        long[2] = .init(length: 80, anchors: [])
        let kept = DocumentAligner.driftsOntoRepeats(
            guessed, source: (source, units(5)), target: (target, long),
            lengthCost: model.lengthCost)
        #expect(kept == guessed)
    }

    /// A run of beads other than 1:1 stays as it is when it holds more lines on one side:
    /// the files are out of step there.
    @Test func aRunWithMoreLinesOnOneSideIsKept() {
        let source = [100, 60, 100, 70].map { SentenceAligner.Unit(length: $0, anchors: []) }
        let target = [100, 160, 100, 5, 70].map { SentenceAligner.Unit(length: $0, anchors: []) }
        let beads = Self.alignLines(source, target)
        #expect(beads.reduce(0) { $0 + $1.source.count } == 4)
        #expect(beads.contains { $0.source.count != $0.target.count })
    }

    /// Two empty files are in step; an empty source with a translation has none of its
    /// lines in step (pass 13: it said 100%).
    @Test func anEmptySourceIsInStepOnlyWithAnEmptyTranslation() {
        let report = { (source: Int, target: Int) in
            LineDriftReport(findings: [], sourceLines: source, targetLines: target, inStep: 0)
        }
        #expect(report(0, 0).health == 1)
        #expect(report(0, 2).health == 0)
        #expect(report(0, 2).summary.hasSuffix("0.0% of source lines at the same line number"))
    }

    @Test func everyLineIsASegmentEmptyOnesIncluded() {
        let lines = DocumentAligner.lineSegments(of: "a\n\nbc\r\nd\re")
        #expect(lines.map(\.text) == ["a", "", "bc", "d", "e"])
        #expect(lines.map(\.start.line) == [1, 2, 3, 4, 5])
        #expect(lines[2].byteRange == 3..<5 && lines[2].end == SourcePosition(line: 3, column: 3))
        #expect(DocumentAligner.lineSegments(of: "").isEmpty)
        // A byte-order mark is no part of line 1 (it reached the JSONL and a finding).
        let marked = DocumentAligner.lineSegments(of: "\u{FEFF}پہلی\nb")
        #expect(marked.map(\.text) == ["پہلی", "b"])
        #expect(
            marked[0].byteRange == 3..<11 && marked[0].end == SourcePosition(line: 1, column: 5))
        #expect(DocumentAligner.lineSegments(of: "\u{FEFF}").isEmpty)
    }

    /// White space at either end of a line is no part of its segment, as it is no part of a
    /// sentence: it went into TMX `seg`s (hostile pass 20); a line of spaces is empty.
    @Test func aLineIsItsTextWithoutWhiteSpaceAtItsEnds() {
        let lines = DocumentAligner.lineSegments(
            of: "\tپہلی سطر۔ \u{3000}\u{200F}\n \u{200F} \nb\u{00A0}c")
        #expect(lines.map(\.text) == ["پہلی سطر۔", "", "b\u{00A0}c"])
        #expect(lines[0].byteRange == 1..<18)
        #expect(lines[0].start == SourcePosition(line: 1, column: 2))
        #expect(lines[0].end == SourcePosition(line: 1, column: 11))
        // A line of white space alone is empty at its column 1, as a finding places it.
        #expect(lines[1].byteRange == 26..<26 && lines[1].start.column == 1)
    }

    /// An empty source line the translation lacks, and two source lines translated as one,
    /// are drifts (a 2:1 bead passed as "aligned jointly", exit 0; pass 10).
    @Test func sourceLinesJoinedInTheTranslationAreDrifts() throws {
        let aligner = try DocumentAligner(
            sourcePack: try TestData.pack("en"), targetPack: try TestData.pack("ur"))
        let source = ["The port is large.", ""] + Self.english.dropFirst()
        let lacking = LineDrift.report(
            try aligner.alignLines(
                source: .text(source.joined(separator: "\n") + "\n"),
                target: .text(Self.urdu.joined(separator: "\n") + "\n")),
            sourceFile: "en.txt", targetFile: "ur.txt", languages: ("en", "ur"))
        #expect(
            lacking.findings.map(\.message) == [
                "source line 2 is an empty line the translation lacks (the lines after it are one "
                    + "further up in the translation)"
            ])
        #expect(lacking.findings.first?.file == "en.txt")
        let joined = Self.urdu[0] + " " + Self.urdu[1]
        let merged = LineDrift.report(
            try aligner.alignLines(
                source: .text(Self.english.joined(separator: "\n") + "\n"),
                target: .text(([joined] + Self.urdu.dropFirst(2)).joined(separator: "\n") + "\n")),
            sourceFile: "en.txt", targetFile: "ur.txt", languages: ("en", "ur"))
        #expect(merged.findings.map(\.message) == ["source lines 1–2 are translated as one line"])
    }

    /// A file of more lines than are aligned at once is refused at the first line past the
    /// limit, CR LF counted as one line end (pass 22: 2 million lines aborted at 1.5 GB).
    @Test func aFileOfTooManyLinesIsRefused() throws {
        let aligner = try DocumentAligner(
            sourcePack: try TestData.pack("en"), targetPack: try TestData.pack("ur"))
        func align(_ source: String, _ target: String) throws(AlignmentError) {
            _ = try aligner.alignLines(
                source: .text(source, name: "en.txt"), target: .text(target, name: "ur.txt"),
                lineLimit: 3)
        }
        try align("a\r\nb\r\nc\r\n", "ا\rب\n\n")
        try align("a\nb\n\n", "ا\nب\nج")
        #expect(
            throws: AlignmentError.segmentation(.input(.tooManyLines(file: "en.txt", limit: 3)))
        ) {
            try align("a\nb\nc\nd", "ا")
        }
        #expect(
            throws: AlignmentError.segmentation(.input(.tooManyLines(file: "ur.txt", limit: 3)))
        ) {
            try align("a", "ا\r\rب\n\n")
        }
    }

    /// An empty line against an empty line is in step, not an untranslated sentence
    /// (hostile pass 11: a correct bitext failed with --fail-on warning).
    @Test func emptyLinesOnBothSidesAreNotUntranslated() throws {
        let (en, ur) = (try TestData.pack("en"), try TestData.pack("ur"))
        let result = try DocumentAligner(sourcePack: en, targetPack: ur).alignLines(
            source: .text("The port is large.\n\nIt was built in 2007.\n"),
            target: .text("بندرگاہ بڑی ہے۔\n\nیہ 2007ء میں تعمیر ہوئی۔\n"))
        let findings = try TranslationChecker(sourcePack: en, targetPack: ur, glossary: nil)
            .check(result, sourceFile: "en.txt", targetFile: "ur.txt")
        #expect(findings.isEmpty, "\(findings)")
    }

    /// An empty translation of a line is one `line-drift` finding: its numbers and terms are
    /// not called missing as well (pass 32).
    @Test func anEmptyTranslatedLineIsOneFinding() throws {
        let (en, ur) = (try TestData.pack("en"), try TestData.pack("ur"))
        let glossary = try GlossaryTSV.load(
            TestData.root.appendingPathComponent("glossaries/en-ur.tsv").path)
        let result = try DocumentAligner(sourcePack: en, targetPack: ur, glossary: glossary)
            .alignLines(
                source: .text("The port was built in 2009.\nPeople protested in Quetta.\n"),
                target: .text("\nلوگوں نے کوئٹہ میں احتجاج کیا۔\n"))
        let findings = try TranslationChecker(sourcePack: en, targetPack: ur, glossary: glossary)
            .checkLines(result, sourceFile: "en.txt", targetFile: "ur.txt")
            .findings
        #expect(findings.map(\.rule) == ["line-drift"], "\(findings)")
        #expect(findings.first?.position.line == 1)
    }

    @Test func filesInStepHaveNoDrift() throws {
        let report = try Self.drift(Self.urdu)
        #expect(!report.drifts && report.inStep == 5 && report.health == 1)
    }

    @Test func anExtraEmptyLineIsFoundAtItsLineWithTheSourceLineBeforeIt() throws {
        var target = Self.urdu
        target.insert("", at: 2)
        let report = try Self.drift(target)
        #expect(report.findings.count == 1)
        let finding = try #require(report.findings.first)
        #expect(finding.file == "ur.txt" && finding.position.line == 3)
        #expect(finding.message.contains("extra empty line"))
        #expect(finding.related?.file == "en.txt")
        // Lines 1 and 2 are still at their numbers; 3, 4 and 5 are one further down.
        #expect(report.inStep == 2)
        #expect(report.summary.contains("5 source line(s), 6 translated line(s): 1 place(s)"))
    }

    /// A run of extra lines says once, at its last line, where the lines after it stand
    /// (pass 16: every line of the run said "one further down"); a run of missing lines too.
    @Test func aRunOfExtraOrMissingLinesSaysHowFarOnce() throws {
        let extra = try Self.drift([Self.urdu[0], "", "", ""] + Self.urdu.dropFirst())
        #expect(
            extra.findings.map(\.message) == [
                "translated line 2 is an extra empty line: it translates no source line",
                "translated line 3 is an extra empty line: it translates no source line",
                "translated line 4 is an extra empty line: it translates no source line (the "
                    + "lines after it are 3 further down than their sources)",
            ])
        let missing = try Self.drift([Self.urdu[0], Self.urdu[3], Self.urdu[4]])
        #expect(
            missing.findings.map(\.message) == [
                "source line 2 has no translated line",
                "source line 3 has no translated line (the lines after it are 2 further up in "
                    + "the translation)",
            ])
        // Two runs: the second says where the lines stand with both counted (pass 20: it said
        // its own length).
        let twice = try Self.drift(
            [Self.urdu[0], "", Self.urdu[1], "", Self.urdu[2], Self.urdu[3], Self.urdu[4]])
        #expect(
            twice.findings.map(\.message).last?.hasSuffix("are 2 further down than their sources)")
                == true)
    }

    /// An extra line at the end has no lines after it to push down, and the message says
    /// none (pass 14: it said "the lines after it are one further down").
    @Test func anExtraLastLineSaysNothingOfLinesAfterIt() throws {
        let report = try Self.drift(Self.urdu + ["اضافی سطر۔"])
        let finding = try #require(report.findings.first)
        #expect(report.findings.count == 1)
        #expect(
            finding.message == "translated line 6 is an extra line: it translates no source line")
        #expect(report.inStep == 5)
    }

    @Test func aRepeatedLineAndAMissingLineAreNamed() throws {
        var repeated = Self.urdu
        repeated.insert(Self.urdu[3], at: 4)
        let repetition = try Self.drift(repeated)
        // Of two equal lines, the later copy is the repeat (pass 32: the first line of a
        // file was named the repeat of the second).
        let place = try #require(repetition.findings.first)
        #expect(repetition.findings.count == 1 && place.position.line == 5)
        #expect(place.message.contains("a repeat of line 4"))
        for copies in [2, 3] {
            let first = try Self.drift(
                Array(repeating: Self.urdu[0], count: copies - 1) + Self.urdu)
            #expect(first.findings.map(\.position.line) == Array(2...copies))
            #expect(first.findings.first?.message.contains("a repeat of line 1") == true)
            #expect(first.inStep == 1)
        }
        var missing = Self.urdu
        missing.remove(at: 1)
        let gap = try Self.drift(missing)
        #expect(gap.findings.count == 1)
        #expect(gap.findings.first?.file == "en.txt" && gap.findings.first?.position.line == 2)
    }

    /// Parallel lines whose words are common words of the bilingual word list in any order
    /// and whose numbers match line for line are in step: lines are meant to be 1:1
    /// (``AlignmentModel/linePriors``), and chance word matches across lines do not pull
    /// them out of step (pass 15: 1:2 and 1:0 beads, four number mismatches).
    @Test func parallelLinesOfCommonWordsStayInStep() throws {
        let english = [
            "water hospital people people government market city road 2201.",
            "water people year year road road water market 2202.",
            "school people school year water patient market government 2203.",
            "patient school market hospital year the water city 2204.",
            "water road road road hospital road government patient 2205.",
        ]
        let urdu = [
            "شہر پانی مریض شہر شمال لوگ لوگ بازار 2201۔",
            "شمال بازار ہسپتال بازار شہر شہر شہر حکومت 2202۔",
            "پانی سال سڑک پانی حکومت شمال شہر حکومت 2203۔",
            "پانی بازار اسکول لوگ اسکول اسکول لوگ حکومت 2204۔",
            "سال شہر لوگ لوگ لوگ شہر مریض بازار 2205۔",
        ]
        let glossaries = TestData.root.appendingPathComponent("glossaries")
        let aligner = try DocumentAligner(
            sourcePack: try TestData.pack("en"), targetPack: try TestData.pack("ur"),
            dictionary: try GlossaryTSV.load(
                glossaries.appendingPathComponent("dictionaries/en-ur.tsv").path))
        let result = try aligner.alignLines(
            source: .text(english.joined(separator: "\n")),
            target: .text(urdu.joined(separator: "\n")))
        let report = LineDrift.report(
            result, sourceFile: "en.txt", targetFile: "ur.txt", languages: ("en", "ur"))
        #expect(report.findings.isEmpty)
        #expect(report.inStep == 5)
        #expect(result.beads.allSatisfy { $0.source.count == $0.target.count })
    }

    @Test func anEmptyTranslationOfALineIsFound() throws {
        var target = Self.urdu
        target[3] = ""
        let report = try Self.drift(target)
        #expect(report.findings.map(\.position.line) == [4])
        #expect(report.findings.first?.message.contains("is empty") == true)
    }
    /// Lines as the aligner sees them, with the line priors.
    static func alignLines(_ source: [SentenceAligner.Unit], _ target: [SentenceAligner.Unit])
        -> [AlignmentBead]
    {
        var model = AlignmentModel(lengthRatio: 1, variance: 2)
        model.priors = AlignmentModel.linePriors
        return SentenceAligner(model: model).alignLines(source, target)
    }

    /// 600 empty lines on top of a translation whose first anchor comes at line 605: the
    /// band spans the run of extra lines wherever it falls between two anchors, so every
    /// line keeps its own translation (pass 16: the straight guide from (0, 0) to the first
    /// anchor lost the first lines and called their translations extra).
    @Test func aRunOfEmptyLinesBeforeTheFirstAnchorIsSpanned() {
        let lines = (0..<400).map { index in
            SentenceAligner.Unit(
                length: 30 + (index * 37) % 90, anchors: index % 50 == 4 ? ["n\(index)"] : [])
        }
        let empty = SentenceAligner.Unit(length: 0, anchors: [])
        let beads = Self.alignLines(lines, Array(repeating: empty, count: 600) + lines)
        let pairs = beads.filter { !$0.source.isEmpty && !$0.target.isEmpty }
        #expect(pairs.count == 400)
        #expect(
            pairs.allSatisfy {
                $0.target == ($0.source.lowerBound + 600)..<($0.source.upperBound + 600)
            })
    }

    /// A short line added after a line whose translation is shorter than the model expects
    /// is an extra line, not that line split in two: a split is ten times rarer than an
    /// added line in the line priors (pass 16: both were equally likely, and the length of
    /// the note made the split cheaper).
    @Test func aShortAddedLineIsAnExtraLineNotASplit() {
        let source = [100, 60, 100, 70].map { SentenceAligner.Unit(length: $0, anchors: []) }
        let target = [100, 60, 80, 20, 70].map { SentenceAligner.Unit(length: $0, anchors: []) }
        let beads = Self.alignLines(source, target)
        #expect(
            beads.map { [$0.source.count, $0.target.count] } == [
                [1, 1], [1, 1], [1, 1], [0, 1], [1, 1],
            ])
    }
}
