import Foundation
import Testing

@testable import TarjumanKit

@Suite struct SentenceAlignerTests {
    static func aligner(glossary: Glossary? = nil) throws -> DocumentAligner {
        try DocumentAligner(
            sourcePack: TestData.pack("en"), targetPack: TestData.pack("ur"), glossary: glossary)
    }

    static let english = """
        Gwadar is a port on the Makran coast. It was built in 2007. The port employs 300 people. \
        Fishermen have lost their livelihoods. Protests began in 2021.
        """

    @Test func alignsOneToOne() throws {
        let urdu = """
            گوادر مکران کے ساحل پر ایک بندرگاہ ہے۔ یہ ۲۰۰۷ میں تعمیر ہوئی۔ بندرگاہ میں ۳۰۰ افراد کام کرتے ہیں۔ \
            ماہی گیر اپنے روزگار سے محروم ہو گئے ہیں۔ احتجاج ۲۰۲۱ میں شروع ہوا۔
            """
        let result = try Self.aligner().align(sourceText: Self.english, targetText: urdu)
        #expect(
            result.beads.map(\.notation) == ["[0]:[0]", "[1]:[1]", "[2]:[2]", "[3]:[3]", "[4]:[4]"])
    }

    /// One sentence on each side is one 1:1 bead however their lengths differ (hostile pass
    /// 11: an omission beside an addition, then "100% untranslated").
    @Test func oneSentenceEachSideIsOneBead() throws {
        let english = "The people spoke " + String(repeating: "and spoke ", count: 8) + "about it."
        let urdu =
            "لوگ " + String(repeating: "بہت دیر تک اور بہت زیادہ بات کرتے رہے ", count: 8)
            + "اس پر۔"
        let result = try Self.aligner().align(sourceText: english, targetText: urdu)
        #expect(result.beads.map(\.notation) == ["[0]:[0]"])
    }

    /// A pack's priors that leave shapes out get the defaults for them: with only 1-1 and
    /// 2-1 listed, one source sentence against three had no path, and the paragraph was
    /// dropped (hostile pass 13).
    @Test func shapesAPackLeavesOutKeepTheirDefaultPriors() {
        let model = AlignmentModel(
            profile: AlignmentProfile(
                lengthRatio: 1, variance: 6.8,
                beads: [AlignmentModel.BeadShape(1, 1): 0.9, AlignmentModel.BeadShape(2, 1): 0.1]))
        #expect(model.priors[AlignmentModel.BeadShape(1, 1)] == 0.9)
        #expect(model.priors[AlignmentModel.BeadShape(1, 0)] == 0.0099 / 2)
        let units = { (lengths: [Int]) in
            lengths.map { SentenceAligner.Unit(length: $0, anchors: []) }
        }
        let beads = SentenceAligner(model: model).align(units([20]), units([10, 12, 9]))
        #expect(beads.flatMap(\.target) == [0, 1, 2])
        #expect(beads.flatMap(\.source) == [0])
    }

    @Test func findsADroppedSentenceAndAMerge() throws {
        // Sentence 2 (300 people) is dropped; sentences 3 and 4 are merged into one.
        let urdu = """
            گوادر مکران کے ساحل پر ایک بندرگاہ ہے۔ یہ ۲۰۰۷ میں تعمیر ہوئی۔ \
            ماہی گیر اپنے روزگار سے محروم ہو گئے ہیں اور ۲۰۲۱ میں احتجاج شروع ہوا۔
            """
        let result = try Self.aligner().align(sourceText: Self.english, targetText: urdu)
        #expect(result.beads.map(\.notation) == ["[0]:[0]", "[1]:[1]", "[2]:[]", "[3, 4]:[2]"])
    }

    @Test func theDictionaryTellsWhichNeighbourWasDropped() throws {
        // The Urdu keeps only the second sentence, in a short form whose length is closer to
        // the first: length alone drops the wrong one, the dictionary's words (hospital, fever,
        // patients) settle it.
        let english = """
            The school stayed closed all week. According to the doctors, the hospital was             completely full of patients with fever.
            """
        let urdu = "ہسپتال بخار کے مریضوں سے بھرا تھا۔"
        let lengthOnly = try Self.aligner().align(sourceText: english, targetText: urdu)
        #expect(lengthOnly.beads.map(\.notation) == ["[0]:[0]", "[1]:[]"])
        let dictionary = try GlossaryTSV.load(
            TestData.root.appendingPathComponent("glossaries/dictionaries/en-ur.tsv").path)
        let withWords = try DocumentAligner(
            sourcePack: TestData.pack("en"), targetPack: TestData.pack("ur"),
            dictionary: dictionary
        ).align(sourceText: english, targetText: urdu)
        #expect(withWords.beads.map(\.notation) == ["[0]:[]", "[1]:[0]"])
    }

    @Test func calibrationFollowsGaleAndChurch() throws {
        let pairs = (0..<21).map { index in
            TranslationPair(
                source: "aaaaa aaaaa",
                target: String(repeating: "ب", count: [20, 22, 18][index % 3]))
        }
        let profile = try #require(AlignmentProfile.calibrated(from: pairs))
        #expect(profile.lengthRatio == 2)
        #expect(abs(profile.variance - 56.0 / 210.0) < 1e-12)
        #expect(AlignmentProfile.calibrated(from: Array(pairs.prefix(19))) == nil)
        #expect(AlignmentProfile.length(of: "ab c\nد ہ") == 5)
        #expect(AlignmentProfile.plausibleLengthRatios.contains(profile.lengthRatio))
        // Pairs that are no translations of each other fit a ratio no pack should hold.
        let wild = (0..<21).map { _ in
            TranslationPair(source: String(repeating: "word ", count: 500), target: "ا")
        }
        let fitted = try #require(AlignmentProfile.calibrated(from: wild))
        #expect(!AlignmentProfile.plausibleLengthRatios.contains(fitted.lengthRatio))
    }

    @Test func paragraphByParagraphGivesTheWholeDocumentsBeads() throws {
        let english = try TranslationCheckTests.english
        let urdu = try TranslationCheckTests.urdu
        let aligner = try Self.aligner(
            glossary: try GlossaryTSV.load(
                TestData.root.appendingPathComponent("glossaries/en-ur.tsv").path))
        let whole = try aligner.align(sourceText: english, targetText: urdu)
        var streamed: [(String, String)] = []
        var calls = 0
        let collect = { (part: DocumentAligner.Result) in
            calls += 1
            streamed += part.beads.map {
                (
                    $0.source.map { part.source[$0].id }.joined(separator: ","),
                    $0.target.map { part.target[$0].id }.joined(separator: ",")
                )
            }
        }
        let done = try aligner.alignParagraphs(
            source: { .text(english) }, target: { .text(urdu) }, collect)
        #expect(done)
        var paragraphs = ParagraphReader(source: .text(english))
        var paragraphCount = 0
        while try paragraphs.next() != nil { paragraphCount += 1 }
        #expect(calls == paragraphCount)
        let expected = whole.beads.map {
            (
                $0.source.map { whole.source[$0].id }.joined(separator: ","),
                $0.target.map { whole.target[$0].id }.joined(separator: ",")
            )
        }
        #expect(streamed.map(\.0) == expected.map(\.0))
        #expect(streamed.map(\.1) == expected.map(\.1))
        let refuse = { (_: DocumentAligner.Result) in
            _ = Issue.record("nothing is aligned when paragraph counts differ")
        }
        let fewer = try aligner.alignParagraphs(
            source: { .text(english) }, target: { .text("ایک پیراگراف۔") }, refuse)
        #expect(!fewer)
    }

    /// A translator's note added as a paragraph of its own makes the paragraph counts differ,
    /// so the documents are aligned whole: the note is an addition wherever it stands, never
    /// glued to its neighbour's sentence as a split (pass 67: its date was then a number
    /// mismatch).
    @Test func anAddedNoteParagraphIsAnAdditionWhereverItStands() throws {
        let english = try TranslationCheckTests.english
        let paragraphs = try TranslationCheckTests.urdu.components(separatedBy: "\n\n")
        let aligner = try Self.aligner(
            glossary: try GlossaryTSV.load(
                TestData.root.appendingPathComponent("glossaries/en-ur.tsv").path))
        let note = "مترجم کا نوٹ: یہ واقعہ 27 جولائی کو پیش آیا۔"
        var glued: [Int] = []
        for place in 1..<paragraphs.count {
            var noted = paragraphs
            noted.insert(note, at: place)
            let result = try aligner.align(
                sourceText: english, targetText: noted.joined(separator: "\n\n"))
            let index = try #require(result.target.firstIndex { $0.text == note })
            let bead = try #require(result.beads.first { $0.target.contains(index) })
            if !bead.source.isEmpty || bead.target.count != 1 { glued.append(place) }
        }
        #expect(glued.isEmpty, "the note was joined to a sentence before paragraph \(glued)")
    }

    /// Two sentences of different paragraphs make a bead only at a cost: a short paragraph
    /// of its own is left unmatched rather than joined to a sentence beside it.
    @Test func aBeadAcrossAParagraphBreakCostsMore() {
        let model = AlignmentModel(lengthRatio: 1, variance: 6.8)
        let source = [SentenceAligner.Unit(length: 60, anchors: [])]
        func beads(_ breaks: Bool) -> [AlignmentBead] {
            let target = [
                SentenceAligner.Unit(length: 50, anchors: []),
                SentenceAligner.Unit(length: 12, anchors: [], startsParagraph: breaks),
                SentenceAligner.Unit(length: 50, anchors: [], startsParagraph: breaks),
            ]
            return SentenceAligner(model: model).align(source + source, target)
        }
        #expect(beads(false).contains { $0.target.count == 2 })
        #expect(!beads(true).contains { $0.target.count == 2 })
        #expect(beads(true).contains { $0.source.isEmpty && $0.target == 1..<2 })
    }

    /// A whole document is searched for terms a megabyte of paragraphs at a time (pass 56:
    /// the whole text at once took a dozen bytes a character), and its terms are the same.
    @Test func aWholeDocumentIsSearchedInRunsOfParagraphs() throws {
        let paragraph = String(repeating: "The people of Balochistan protested. ", count: 3_000)
        let text = Array(repeating: paragraph, count: 20).joined(separator: "\n\n")
        let segments = try SentenceSegmenter(pack: TestData.pack("en")).segments(in: text)
        let paragraphs = DocumentAligner.paragraphRanges(segments)
        let chunks = DocumentAligner.chunks(paragraphs, of: segments)
        #expect(paragraphs.count == 20 && chunks.count == 3)
        #expect(chunks.first?.lowerBound == 0 && chunks.last?.upperBound == segments.count)
        #expect(zip(chunks, chunks.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
        let en = try TestData.pack("en")
        let ur = try TestData.pack("ur")
        let glossary = try GlossaryTSV.load(
            TestData.root.appendingPathComponent("glossaries/en-ur.tsv").path)
        let aligner = try DocumentAligner(sourcePack: en, targetPack: ur, glossary: glossary)
        let urdu = Array(repeating: "بلوچستان کے عوام نے احتجاج کیا۔", count: 3)
        let result = try aligner.align(
            sourceText: "The people of Balochistan protested.\n\nThey protested.",
            targetText: urdu.joined(separator: "\n\n"))
        let found = try #require(result.terms)
        #expect(found.source.count == 2 && found.target.count == 3)
        #expect(!found.source[0].isEmpty && !found.target[2].isEmpty)
    }

    @Test func quotationsAreCountedWithEachPacksMarks() throws {
        let english = AnchorExtractor.quoteMarks(try TestData.pack("en").quotes)
        let urdu = AnchorExtractor.quoteMarks(try TestData.pack("ur").quotes)
        #expect(
            AnchorExtractor.quoteAnchors(in: "A so-called “independent” state", marks: english)
                .count == 1)
        #expect(AnchorExtractor.quoteAnchors(in: "say \"a\" and \"b\"", marks: english).count == 2)
        #expect(AnchorExtractor.quoteAnchors(in: "the workers’ state", marks: english).isEmpty)
        #expect(
            AnchorExtractor.quoteAnchors(in: "نام نہاد ’’آزاد‘‘ بلوچستان", marks: urdu).count == 1)
        #expect(
            AnchorExtractor.quoteAnchors(in: "”آزاد“ اور ’’خود مختار‘‘", marks: urdu).count == 2)
    }

    @Test func numbersMatchAcrossDigitScripts() {
        #expect(
            AnchorExtractor.numbers(in: "in 1948, ۱۹۷۳ and ١٩٥٨; 1,051,635 cases; 3.5%") == [
                "1948", "1973", "1958", "1051635", "3.5",
            ])
        // Group separators go, decimal points stay; a number ends at a separator no digit
        // follows, and at a second separator.
        #expect(
            AnchorExtractor.numbers(in: "۲٬۵۰۰ ۲٫۵ 2,50,000 room 1. 1.2.3 4,,5 6.,7") == [
                "2500", "2.5", "250000", "1", "1.2.3", "4", "5", "6", "7",
            ])
        // A comma groups only three digits (two before another comma: lakhs); a sign before
        // the digits, a leading point and a vulgar fraction are part of the value; leading
        // and trailing zeros are not (pass 10: 1,5 was 15 and -5 was 5).
        #expect(
            AnchorExtractor.numbers(
                in: "1,5 1,2,3 .5 -5% −3 COVID-19 1990-95 5½ 05 0.50 ۱،۰۰۰ In 2020, 150 12,34") == [
                    "1", "5", "1", "2", "3", "0.5", "-5", "-3", "19", "1990", "95", "5", "0.5", "5",
                    "0.5", "1000", "2020", "150", "12", "34",
                ])
        // The bidi marks CLDR writes around a minus sign belong to it: Arabic ALM, Persian
        // LRM, Urdu and Pashto LRM on both sides (pass 33: each read as 5); a mark before a
        // hyphen inside a word does not make it a sign.
        #expect(
            AnchorExtractor.numbers(
                in: "\u{061C}-٥ \u{200E}\u{2212}۵ \u{200E}-\u{200E}۳٫۵٪ x\u{200E}-7 (\u{200F}-2)")
                == [
                    "-5", "-5", "-3.5", "7", "-2",
                ])
        let marks = Array("a \u{200E}-\u{200E}۵ b\u{200E} -x COVID\u{200E}-19".unicodeScalars)
        #expect(marks.indices.filter { AnchorExtractor.isSignMark(marks, at: $0) } == [2, 4])
    }

    @Test func aShortNumberAnchorsAsMuchAsItsWeight() {
        var model = AlignmentModel(lengthRatio: 1, variance: 6.8)
        #expect(model.weight(ofAnchor: "1") == 1 && model.weight(ofAnchor: "1948") == 1)
        model.shortNumberWeight = 0
        #expect(model.weight(ofAnchor: "7") == 0 && model.weight(ofAnchor: "12") == 0)
        #expect(model.weight(ofAnchor: "123") == 1 && model.weight(ofAnchor: "term:1") == 1)
        // Two source sentences, one translated: the number says the first, the lengths the
        // second.
        let source = [
            SentenceAligner.Unit(length: 52, anchors: ["1"]),
            SentenceAligner.Unit(length: 40, anchors: []),
        ]
        let target = [SentenceAligner.Unit(length: 40, anchors: ["1"])]
        func kept(_ weight: Double) -> Range<Int>? {
            model.shortNumberWeight = weight
            return SentenceAligner(model: model).align(source, target).first {
                !$0.source.isEmpty && !$0.target.isEmpty
            }?.source
        }
        #expect(kept(1) == 0..<1)
        #expect(kept(0) == 1..<2)
    }

    @Test func lengthCostStaysFiniteForHugeMismatches() {
        let model = AlignmentModel(lengthRatio: 1, variance: 6.8)
        let small = model.lengthCost(source: 100, target: 100)
        let huge = model.lengthCost(source: 10, target: 100_000)
        #expect(small < 1)
        #expect(huge.isFinite && huge > 1000)
        #expect(model.lengthCost(source: 10, target: 200_000) > huge)
    }

    @Test func longDocumentsStayInTheBand() throws {
        let units = (0..<5_000).map {
            SentenceAligner.Unit(length: 40 + ($0 * 37) % 90, anchors: ["\($0 % 97)"])
        }
        var target = units
        target.remove(at: 2_500)
        let beads = SentenceAligner(model: AlignmentModel(lengthRatio: 1, variance: 2)).align(
            units, target)
        #expect(beads.contains { $0.source == 2_500..<2_501 && $0.target.isEmpty })
        #expect(beads.reduce(0) { $0 + $1.source.count } == 5_000)
        #expect(beads.reduce(0) { $0 + $1.target.count } == 4_999)
    }

    /// A double-spaced translation: an empty unit after each of 3,000 sentences. The path
    /// stays on the proportional diagonal, so the narrow starting band holds it: every
    /// sentence is paired with its translation, every empty unit is left over.
    @Test func aDoubleSpacedTranslationKeepsItsPairs() throws {
        let units = (0..<3_000).map {
            SentenceAligner.Unit(length: 40 + ($0 * 37) % 90, anchors: ["\($0)"])
        }
        let spaced = units.flatMap { [$0, SentenceAligner.Unit(length: 0, anchors: [])] }
        let beads = SentenceAligner(model: AlignmentModel(lengthRatio: 1, variance: 2)).align(
            units, spaced)
        let paired = beads.filter { !$0.source.isEmpty }
        #expect(paired.count == 3_000)
        #expect(paired.allSatisfy { $0.target.contains(2 * $0.source.lowerBound) })
        #expect(beads.reduce(0) { $0 + $1.target.count } == 6_000)
    }

    /// A translation 63 times as long as its source (one sentence against 63, 10 against
    /// 700): every sentence is in a bead (pass 14: a narrow band left the end unreachable
    /// and no bead came back at all).
    @Test(arguments: [(1, 63), (10, 700)])
    func aSteepAlignmentKeepsEverySentence(_ n: Int, _ m: Int) {
        let source = (0..<n).map { SentenceAligner.Unit(length: 50, anchors: ["\(1000 + $0)"]) }
        let target = (0..<m).map { SentenceAligner.Unit(length: 50, anchors: ["\(1000 + $0)"]) }
        let beads = SentenceAligner(model: AlignmentModel(lengthRatio: 1, variance: 2)).align(
            source, target)
        #expect(beads.reduce(0) { $0 + $1.source.count } == n)
        #expect(beads.reduce(0) { $0 + $1.target.count } == m)
        #expect(beads.filter { $0.source.count == 1 }.allSatisfy { $0.target == $0.source })
    }

    /// A block of 60 sentences moved from the start of the translation to its end: the
    /// guide through the anchors both sides hold once bends the band around the 60
    /// omissions, so the other 940 sentences are paired with their own translations.
    @Test func aMovedBlockLeavesTheRestPaired() {
        let units = (0..<1_000).map {
            SentenceAligner.Unit(length: 40 + ($0 * 37) % 90, anchors: ["\(1000 + $0)"])
        }
        let moved = Array(units[60...] + units[..<60])
        let beads = SentenceAligner(model: AlignmentModel(lengthRatio: 1, variance: 2)).align(
            units, moved)
        let pairs = beads.filter { !$0.source.isEmpty && !$0.target.isEmpty }
        #expect(pairs.count == 940)
        #expect(pairs.allSatisfy { $0.target.lowerBound == $0.source.lowerBound - 60 })
    }

    /// The guide runs through the longest chain of anchors found once on each side, in
    /// order: an anchor out of order or found twice does not bend it.
    @Test func theGuideFollowsAnchorsFoundOnceInOrder() {
        let model = AlignmentModel(lengthRatio: 1, variance: 2)
        let source = SentenceAligner.Side(
            ["2001", "2002", "2003", "2004", "2005"].map {
                SentenceAligner.Unit(length: 10, anchors: [$0])
            }, model: model)
        // 2002 twice, 2005 before 2003: the chain is 2003, 2004 (2001 is at the start, where
        // the guide starts anyway): (0, 0), (2, 5), (3, 6) and (5, 9); between two points it
        // spans the paths of 1:1 beads with the additions all at the start or all at the end
        // (row 0 from 0 to 3; row 2 from 2, after two 1:1 beads, to 5), and where the budget
        // allows none of that, the straight lines between the points.
        let target = SentenceAligner.Side(
            ["x", "2001", "2002", "2005", "2002", "2003", "2004", "y", "z"].map {
                SentenceAligner.Unit(length: 10, anchors: [$0])
            }, model: model)
        let guide = SentenceAligner.guide(source, target)
        #expect(guide.low == [0, 1, 2, 6, 7, 8])
        #expect(guide.high == [3, 4, 5, 7, 8, 9])
        let straight = SentenceAligner.guide(source, target, budget: 0)
        #expect(straight.low == [0, 2, 5, 6, 7, 9])
        #expect(straight.high == straight.low)
    }

    /// A translation of the first 1,000 of 1,500 sentences: 1,000 1:1 beads, then 500
    /// omissions. The path strays 333 sentences from the proportional diagonal, past the
    /// widest band of long documents; a short one's band covers the whole difference.
    @Test func aTruncatedTranslationKeepsItsPairs() throws {
        let units = (0..<1_500).map {
            SentenceAligner.Unit(length: 40 + ($0 * 37) % 90, anchors: ["\($0)"])
        }
        let beads = SentenceAligner(model: AlignmentModel(lengthRatio: 1, variance: 2)).align(
            units, Array(units[..<1_000]))
        let pairs = beads.filter { !$0.source.isEmpty && !$0.target.isEmpty }
        #expect(pairs.count == 1_000)
        #expect(pairs.allSatisfy { $0.source == $0.target })
    }

    /// `count` sentences of random length with up to three anchors each, drawn from a few
    /// numbers and terms so that both sides share many.
    static func randomUnits(_ count: Int, _ random: inout SeededRandom) -> [SentenceAligner.Unit] {
        let words = ["1", "22", "333", "term:a", "term:b", "term:c", "2021", "x", "y"]
        return (0..<count).map { _ in
            SentenceAligner.Unit(
                length: Int.random(in: 1...160, using: &random),
                anchors: (0..<Int.random(in: 0...3, using: &random)).map { _ in
                    words.randomElement(using: &random) ?? "x"
                })
        }
    }

    /// The search skips shapes whose anchors alone make them dearer than the best so far
    /// (and the length model then): on 300 random pairs of short documents with shared
    /// anchors its path costs exactly what a plain dynamic program over every cell and shape
    /// finds (the beads themselves are compared in the test below).
    @Test func theSearchFindsTheCheapestPath() {
        var random = SeededRandom(seed: 9)
        let model = AlignmentModel(lengthRatio: 1.1, variance: 6.8)
        let aligner = SentenceAligner(model: model)
        func units(_ count: Int) -> [SentenceAligner.Unit] { Self.randomUnits(count, &random) }
        for _ in 0..<300 {
            let source = units(Int.random(in: 2...9, using: &random))
            let target = units(Int.random(in: 2...9, using: &random))
            let left = SentenceAligner.Side(source, model: model)
            let right = SentenceAligner.Side(target, model: model)
            var best = [[Double]](
                repeating: [Double](repeating: .infinity, count: target.count + 1),
                count: source.count + 1)
            best[0][0] = 0
            for i in 0...source.count {
                for j in 0...target.count where i > 0 || j > 0 {
                    for (shape, prior) in model.priors
                    where i >= shape.source && j >= shape.target {
                        let cost =
                            best[i - shape.source][j - shape.target] - log(prior)
                            + aligner.beadCost(
                                left, (i - shape.source)..<i, right,
                                (j - shape.target)..<j)
                        best[i][j] = min(best[i][j], cost)
                    }
                }
            }
            let found = aligner.align(source, target).reduce(0) { $0 + $1.cost }
            #expect(abs(found - best[source.count][target.count]) < 1e-6)
        }
    }

    /// Skipping dear shapes changes no bead: the same beads, ties settled the same way, with
    /// and without it, on short random documents and on a long one whose path strays from the
    /// diagonal (runs of omissions and additions) and whose costs add up to thousands.
    @Test func skippingDearShapesChangesNoBead() {
        var random = SeededRandom(seed: 11)
        func units(_ count: Int) -> [SentenceAligner.Unit] { Self.randomUnits(count, &random) }
        let skipping = SentenceAligner(model: AlignmentModel(lengthRatio: 1.1, variance: 6.8))
        var exhaustive = skipping
        exhaustive.skipsDearShapes = false
        var pairs = (0..<200).map { _ in
            (
                units(Int.random(in: 2...12, using: &random)),
                units(Int.random(in: 2...12, using: &random))
            )
        }
        do {
            let source = units(2_000)
            // The translation: the source with stretches left out and others added.
            var target: [SentenceAligner.Unit] = []
            for (index, unit) in source.enumerated() {
                if index % 700 < 40 { continue }
                target.append(unit)
                if index % 900 == 450 { target += units(25) }
            }
            pairs.append((source, target))
        }
        for (source, target) in pairs {
            let fast = skipping.align(source, target)
            let slow = exhaustive.align(source, target)
            #expect(fast.map(\.notation) == slow.map(\.notation))
            #expect(zip(fast, slow).allSatisfy { $0.cost == $1.cost })
        }
    }

    /// A 2:1 bead's anchors are both its source sentences' together: one anchor in each,
    /// both in the target sentence, is two anchors matched (checked by hand against the
    /// model's reward and length cost).
    @Test func aTwoToOneBeadMatchesTheAnchorsOfBothItsSentences() {
        let model = AlignmentModel(lengthRatio: 1, variance: 6.8)
        let aligner = SentenceAligner(model: model)
        let source = SentenceAligner.Side(
            [
                SentenceAligner.Unit(length: 40, anchors: ["term:a"]),
                SentenceAligner.Unit(length: 30, anchors: ["term:b"]),
            ], model: model)
        let target = SentenceAligner.Side(
            [SentenceAligner.Unit(length: 70, anchors: ["term:b", "term:a", "2021"])],
            model: model)
        let cost = aligner.beadCost(source, 0..<2, target, 0..<1)
        let expected =
            model.lengthCost(source: 70, target: 70) - 2 * model.anchorReward
            + model.anchorPenalty * 1
        #expect(abs(cost - expected) < 1e-12)
        // One sentence alone holds one of the two.
        let alone = aligner.beadCost(source, 1..<2, target, 0..<1)
        #expect(
            abs(
                alone
                    - (model.lengthCost(source: 30, target: 70) - model.anchorReward
                        + 2 * model.anchorPenalty)) < 1e-12)
    }
}

@Suite struct TransliterationTests {
    static func codes(_ text: String, _ tag: String) throws -> [UInt8] {
        try #require(Transliteration(pack: try TestData.pack(tag))).codes(text)
    }

    @Test(arguments: [
        ("lymphopenia", "لیمفو پینیا"), ("pathogenic", "پیتھوجینک"), ("creatine", "کریٹائن"),
        ("Pakistan", "پاکستان"),
    ])
    func englishWordsMeetTheirTransliterations(_ english: String, _ urdu: String) throws {
        let word = try Self.codes(english, "en")
        let target = try Self.codes(urdu, "ur")
        #expect(
            (0...(target.count - word.count)).contains { target[$0...].starts(with: word) },
            "\(word) vs \(target)")
    }

    @Test func digraphsAndSoftLettersFollowTheTable() throws {
        // ph → F, soft c → S, x → K S; vowels and h are left out.
        #expect(try Self.codes("phocaccia", "en") == [6, 11, 19].map { UInt8($0) })
        #expect(try Self.codes("lexicon", "en") == [12, 11, 19, 11, 14].map { UInt8($0) })
    }

    @Test func unrelatedWordsDoNot() throws {
        let word = try Self.codes("lymphopenia", "en")
        let target = try Self.codes("بخار اور کھانسی", "ur")
        #expect(
            !(0...max(0, target.count - word.count)).contains { target[$0...].starts(with: word) })
    }

    @Test func packsWithoutATableHaveNone() throws {
        let pack = try LocalePack(yaml: "tag: xx\nname: X\nscript: Latn\n", file: "xx.yaml")
        #expect(Transliteration(pack: pack) == nil)
    }

}
