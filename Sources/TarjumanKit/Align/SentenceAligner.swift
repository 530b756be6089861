import Foundation

/// Aligns the sentences of a source text and its translation.
///
/// Dynamic programming over beads 1:1, 2:1, 1:2, 1:0, 0:1 and 2:2, scored by a Gale–Church
/// length model plus anchors (numbers in any digit script, glossary terms found on both
/// sides). The search stays in a band around a guide path (see ``guide(_:_:budget:)``), so time
/// and memory grow linearly with the document.
public struct SentenceAligner: Sendable {
    /// The scoring model.
    public let model: AlignmentModel
    /// Half-width of the search band to start with, in sentences. The band doubles while
    /// the best path runs along its edge, up to the length difference (plus 5), held to
    /// ``widestBand`` or what ``cellBudget`` affords.
    public let band: Int
    /// The widest band for long documents: how far, in sentences, an alignment may stray
    /// from the proportional diagonal (a run of omissions or additions longer than this is
    /// not representable). It keeps time and memory linear when the two sides differ in
    /// length by thousands of sentences (a translation pasted without its paragraph breaks).
    /// Shorter documents get wider, up to ``cellBudget``.
    public static let widestBand = 250

    /// Cells of the search a document may use before its band is held to ``widestBand``
    /// (one byte each, and the time of a few million bead scores): within it the band covers
    /// the whole length difference, so a translation missing its last third (1,500 sentences
    /// against 1,000) still aligns its 1,000 sentences 1:1 rather than being cut off by the
    /// band and shifted.
    public static let cellBudget = 20_000_000

    /// Whether the search skips a shape whose anchors alone already cost more than the best
    /// so far (always, but in the test that shows skipping changes no alignment).
    var skipsDearShapes = true

    /// An aligner.
    public init(model: AlignmentModel, band: Int = 30) {
        self.model = model
        self.band = band
    }

    /// What the aligner knows about one sentence.
    public struct Unit: Sendable {
        /// Its length in characters (Unicode scalars, spaces excluded).
        public let length: Int
        /// Anchors: numbers and glossary concept ids, as comparable strings.
        public let anchors: [String]
        /// Whether the sentence starts a paragraph that the sentence before it is not in: a
        /// bead joining the two costs ``AlignmentModel/paragraphCrossingCost`` more.
        public var startsParagraph: Bool

        /// A unit.
        public init(length: Int, anchors: [String], startsParagraph: Bool = false) {
            self.length = length
            self.anchors = anchors
            self.startsParagraph = startsParagraph
        }
    }

    /// The best beads for `source` and `target`, in order, covering every sentence.
    public func align(_ source: [Unit], _ target: [Unit]) -> [AlignmentBead] {
        let n = source.count
        let m = target.count
        if n == 0 {
            return (0..<m).map { AlignmentBead(source: 0..<0, target: $0..<($0 + 1), cost: 0) }
        }
        if m == 0 {
            return (0..<n).map { AlignmentBead(source: $0..<($0 + 1), target: 0..<0, cost: 0) }
        }
        // One sentence on each side: they are each other's only counterpart. However
        // different their lengths (the length-ratio check says so), a 1:1 bead is truer than
        // an omission beside an addition (which then read as "100% untranslated").
        if n == 1 && m == 1 {
            let cost = beadCost(
                Side(source, model: model), 0..<1, Side(target, model: model), 0..<1)
            return [AlignmentBead(source: 0..<1, target: 0..<1, cost: cost)]
        }
        let sourceSide = Side(source, model: model)
        let targetSide = Side(target, model: model)
        let reach = (model.priors.keys.map(\.source).max() ?? 1) + 1
        // Bytes per column: one per row of shapes, eight per row of costs kept.
        let affordable = max(Self.widestBand, Self.cellBudget / (2 * (n + 1 + 8 * reach)))
        let widest = max(band, min(abs(n - m) + 5, affordable))
        // A fixed order of shapes (the more likely first), so that a tie in cost is always
        // settled the same way, whatever the dictionary's order in this process.
        let shapes = model.priors.map { ($0.key, -log($0.value)) }.sorted {
            ($0.1, $0.0.source, $0.0.target) < ($1.1, $1.0.source, $1.0.target)
        }
        let search = BandSearch(
            aligner: self, source: sourceSide, target: targetSide, shapes: shapes, reach: reach,
            guide: Self.guide(sourceSide, targetSide))
        // The band follows a guide path through the anchors both sides hold once (a block
        // moved, a run of added lines, a translation missing its start all bend it), starts
        // narrow and doubles while the best path runs along its edge (where a path outside
        // it might be cheaper): time follows how far the alignment strays from the guide,
        // not how much longer one side is (a band of the whole difference took minutes).
        var width = min(band, widest)
        while true {
            let (beads, edge) = search.run(width: width)
            if !edge || width >= widest { return beads }
            width = min(widest, 2 * width)
        }
    }

    /// One side's units prepared for fast bead scoring: prefix sums of lengths and each
    /// sentence's (and each adjacent pair's) anchors as integers sorted, with their weights,
    /// all in flat arrays (a bead's score reads them in place: no array per bead).
    struct Side {
        let lengths: [Int]
        /// How many of sentences 0..<i start a paragraph (``Unit/startsParagraph``), at i.
        let paragraphStarts: [Int]
        /// The anchors of sentence 0, 1, … then of the pairs (0, 1), (1, 2), …, each run
        /// sorted by key.
        let keys: [Int]
        let weights: [Double]
        /// Where each run starts in ``keys``: sentence `i` is `starts[i]..<starts[i + 1]`,
        /// the pair ending at sentence `i` (`i ≥ 1`) is `starts[count + i]..<starts[count + i + 1]`.
        let starts: [Int]
        /// The weight of each run's anchors together, indexed as ``starts``.
        let totals: [Double]

        /// An anchor as a comparable integer and its weight in the model.
        struct Anchor {
            let key: Int
            let weight: Double
        }

        init(_ units: [Unit], model: AlignmentModel) {
            var lengths = [0]
            for unit in units { lengths.append(lengths[lengths.count - 1] + unit.length) }
            self.lengths = lengths
            var paragraphStarts = [0]
            for unit in units {
                paragraphStarts.append(
                    paragraphStarts[paragraphStarts.count - 1] + (unit.startsParagraph ? 1 : 0))
            }
            self.paragraphStarts = paragraphStarts
            var keys: [Int] = []
            var weights: [Double] = []
            var starts = [0]
            var totals: [Double] = []
            func add(_ texts: [String]) {
                let anchors = texts.map {
                    Anchor(key: $0.hashValue, weight: model.weight(ofAnchor: $0))
                }.sorted { $0.key < $1.key }
                keys += anchors.map(\.key)
                weights += anchors.map(\.weight)
                starts.append(keys.count)
                totals.append(anchors.reduce(0) { $0 + $1.weight })
            }
            for unit in units { add(unit.anchors) }
            for index in units.indices {
                add(index == 0 ? [] : units[index - 1].anchors + units[index].anchors)
            }
            (self.keys, self.weights, self.starts, self.totals) = (keys, weights, starts, totals)
        }

        /// How many sentences the side holds.
        var count: Int { lengths.count - 1 }

        func length(_ range: Range<Int>) -> Int {
            lengths[range.upperBound] - lengths[range.lowerBound]
        }

        /// How many paragraph breaks lie inside `range` (between its sentences).
        func breaks(in range: Range<Int>) -> Int {
            range.count < 2
                ? 0 : paragraphStarts[range.upperBound] - paragraphStarts[range.lowerBound + 1]
        }

        /// The index of the run of anchors of `range` (one or two sentences), `nil` for none.
        func run(_ range: Range<Int>) -> Int? {
            switch range.count {
            case 0: nil
            case 1: range.lowerBound
            default: count + range.upperBound - 1
            }
        }

        /// The weight of the anchors of `range` (one or two sentences) together.
        func total(_ range: Range<Int>) -> Double {
            run(range).map { totals[$0] } ?? 0
        }

        /// The anchors of sentence `index`.
        func anchors(of index: Int) -> ArraySlice<Int> {
            keys[starts[index]..<starts[index + 1]]
        }
    }

    /// Length and anchor cost of one bead: each anchor found on both sides takes the
    /// reward off (times its weight), each found on one side only adds the penalty, and
    /// each paragraph break inside it adds ``AlignmentModel/paragraphCrossingCost``.
    func beadCost(_ source: Side, _ s: Range<Int>, _ target: Side, _ t: Range<Int>) -> Double {
        beadCost(source, s, target, t, unlessAbove: .infinity) ?? .infinity
    }

    /// ``beadCost(_:_:_:_:)``, or nil when its anchors alone already cost more than
    /// `ceiling` (the length cost is never negative): the search then skips the length
    /// model's logarithms. The cost returned is the same sum either way.
    func beadCost(
        _ source: Side, _ s: Range<Int>, _ target: Side, _ t: Range<Int>,
        unlessAbove ceiling: Double
    ) -> Double? {
        let a = source.run(s)
        let b = target.run(t)
        guard let a, let b else {
            // An omission or addition: only its anchors speak against it.
            return model.anchorPenalty * (source.total(s) + target.total(t))
        }
        let crossing =
            model.paragraphCrossingCost * Double(source.breaks(in: s) + target.breaks(in: t))
        let total = source.totals[a] + target.totals[b]
        var matched = 0.0
        var x = source.starts[a]
        var y = target.starts[b]
        let xEnd = source.starts[a + 1]
        let yEnd = target.starts[b + 1]
        while x < xEnd && y < yEnd {
            let left = source.keys[x]
            let right = target.keys[y]
            if left == right {
                matched += source.weights[x]
                x += 1
                y += 1
            } else if left < right {
                x += 1
            } else {
                y += 1
            }
        }
        let unmatched = total - 2 * matched
        let anchors = model.anchorPenalty * unmatched - model.anchorReward * matched + crossing
        if anchors > ceiling { return nil }
        return model.lengthCost(source: source.length(s), target: target.length(t)) + anchors
    }
}
