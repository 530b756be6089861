extension SentenceAligner {
    /// A guide for the search band: for each source position 0…n, the range of target
    /// positions the alignment is expected in. It runs through the longest chain of anchors
    /// that each side holds exactly once, in the same order on both sides (a sentence's
    /// number or glossary term found once in each file pairs them), from (0, 0) to (n, m).
    /// Between two points it spans every path of 1:1 beads and one run of additions (or
    /// omissions), wherever the run falls: 600 empty lines at the top of a translation, whose
    /// first anchor comes only on line 604, are a run at the start that the straight line
    /// between the points missed (pass 16). Where that area would pass `budget` cells in
    /// all, the guide is the straight line between the points.
    static func guide(_ source: Side, _ target: Side, budget: Int = cellBudget / 4) -> (
        low: [Int], high: [Int]
    ) {
        let n = source.count
        let m = target.count
        func once(_ side: Side) -> [Int: Int] {
            var seen: [Int: Int] = [:]
            for position in 0..<side.count {
                for key in Set(side.anchors(of: position)) {
                    seen[key] = seen[key] == nil ? position : -1
                }
            }
            return seen.filter { $0.value >= 0 }
        }
        let targetOnce = once(target)
        // Pairs by source position, and within one by target position falling, so that the
        // chain (strictly rising in target position) takes at most one per source position.
        let pairs = once(source).compactMap { key, i in targetOnce[key].map { (i, $0) } }
            .sorted { ($0.0, $1.1) < ($1.0, $0.1) }
        var points = [(0, 0)]
        for (i, j) in Self.longestRisingChain(pairs) where i > 0 && j >= points[points.count - 1].1
        {
            points.append((i, j))
        }
        points.append((n, m))
        var low = [Int](repeating: .max, count: n + 1)
        var high = [Int](repeating: .min, count: n + 1)
        var cells = 0
        for ((i0, j0), (i1, j1)) in zip(points, points.dropFirst()) where i1 > i0 {
            let run = abs((j1 - j0) - (i1 - i0))
            let spread = (i1 - i0) * min(run, j1 - j0)
            let wide = cells + spread <= budget
            if wide { cells += spread }
            for row in i0...i1 {
                var range: (Int, Int)
                if wide {
                    // The run at the end (diagonal first) and at the start (diagonal last).
                    let early = j0 + (row - i0)
                    let late = j1 - (i1 - row)
                    range = (max(j0, min(early, late)), min(j1, max(early, late)))
                } else {
                    let straight = j0 + (row - i0) * (j1 - j0) / (i1 - i0)
                    range = (straight, straight)
                }
                low[row] = min(low[row], range.0)
                high[row] = max(high[row], range.1)
            }
        }
        return (low, high)
    }

    /// The longest subsequence of `pairs` whose second elements rise strictly (patience
    /// sorting, O(k log k)).
    static func longestRisingChain(_ pairs: [(Int, Int)]) -> [(Int, Int)] {
        var tails: [Int] = []  // index into pairs of the smallest tail of each length
        var previous = [Int](repeating: -1, count: pairs.count)
        for (index, pair) in pairs.enumerated() {
            var low = 0
            var high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if pairs[tails[middle]].1 < pair.1 { low = middle + 1 } else { high = middle }
            }
            if low > 0 { previous[index] = tails[low - 1] }
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var chain: [(Int, Int)] = []
        var index = tails.last ?? -1
        while index >= 0 {
            chain.append(pairs[index])
            index = previous[index]
        }
        return chain.reversed()
    }

    /// One dynamic-programming search of ``SentenceAligner/align(_:_:)`` in a band of a
    /// given half-width around the guide. Row i spans the guide's ranges from row i − 1 to
    /// row i + 1, widened by the half-width, so that neighbouring rows always overlap and a path
    /// from the start to the end exists however steeply the guide climbs.
    struct BandSearch {
        let aligner: SentenceAligner
        let source: Side
        let target: Side
        /// Bead shapes with their prior costs, in the order ties are settled.
        let shapes: [(AlignmentModel.BeadShape, Double)]
        /// How many rows back the longest shape reaches, plus one.
        let reach: Int
        /// The guide (``SentenceAligner/guide(_:_:budget:)``).
        let guide: (low: [Int], high: [Int])

        /// The best beads within the band, and whether their path comes within a shape's
        /// reach of the band's edge (other than the table's own edges), where a cheaper
        /// path may lie outside.
        func run(width: Int) -> (beads: [AlignmentBead], edge: Bool) {
            let n = guide.low.count - 1
            let m = target.lengths.count - 1
            let low = (0...n).map { i in
                max(0, min(guide.low[max(i - 1, 0)], guide.low[i]) - width)
            }
            let high = (0...n).map { i in min(m, guide.high[min(i + 1, n)] + width) }
            var offset = [Int](repeating: 0, count: n + 2)
            for i in 0...n { offset[i + 1] = offset[i] + high[i] - low[i] + 1 }
            let columns = (0...n).map { high[$0] - low[$0] + 1 }.max() ?? 1
            // Memory is one byte per cell, the shape chosen there (the index in `shapes`, or
            // `none`); costs are kept only for the rows a shape reaches back to. A table of
            // costs and optional shapes per cell took 3.9 GB for 300,000 paragraphs and aborted.
            let none = UInt8.max
            precondition(shapes.count < Int(none), "more bead shapes than a byte holds")
            var back = [UInt8](repeating: none, count: offset[n + 1])
            var ring = [Double](repeating: .infinity, count: reach * columns)
            func at(_ i: Int, _ j: Int) -> Double {
                guard i >= 0, j >= low[i], j <= high[i] else { return .infinity }
                return ring[(i % reach) * columns + j - low[i]]
            }
            let reward = aligner.model.anchorReward
            // The bound below holds for a length cost ≥ 0 (a −log of a probability) and a
            // penalty, a reward, anchor weights and a paragraph-crossing cost that are not
            // negative.
            let prunes =
                aligner.skipsDearShapes && reward >= 0 && aligner.model.anchorPenalty >= 0
                && aligner.model.shortNumberWeight >= 0 && aligner.model.paragraphCrossingCost >= 0
            for i in 0...n {
                let row = (i % reach) * columns
                // Only this row's width: one row far wider than the rest (a jump of thousands
                // of lines) must not make every row cost its width.
                for column in 0...(high[i] - low[i]) { ring[row + column] = .infinity }
                if i == 0 { ring[row] = 0 }
                for j in low[i]...high[i] where i > 0 || j > 0 {
                    var best = Double.infinity
                    var bestShape = none
                    for (index, (shape, prior)) in shapes.enumerated() {
                        let pi = i - shape.source
                        let pj = j - shape.target
                        guard pi >= 0, pj >= 0 else { continue }
                        let previous = at(pi, pj)
                        guard previous < .infinity else { continue }
                        // A bead costs at least minus the reward of every anchor it holds
                        // matched: a shape already dearer than the best by that much cannot
                        // win (the slack, far above rounding, leaves near ties to the exact
                        // sum).
                        let ceiling = best + (1e-9 + abs(best) * 1e-12)
                        if prunes,
                            previous + prior - reward
                                * min(source.total(pi..<i), target.total(pj..<j)) > ceiling
                        {
                            continue
                        }
                        guard
                            let cost = aligner.beadCost(
                                source, pi..<i, target, pj..<j,
                                unlessAbove: prunes ? ceiling - previous - prior : .infinity)
                        else { continue }
                        let total = previous + prior + cost
                        if total < best {
                            best = total
                            bestShape = UInt8(index)
                        }
                    }
                    ring[row + j - low[i]] = best
                    back[offset[i] + j - low[i]] = bestShape
                }
            }
            var beads: [AlignmentBead] = []
            var edge = false
            var i = n
            var j = m
            while i > 0 || j > 0 {
                if (low[i] > 0 && j - low[i] < reach) || (high[i] < m && high[i] - j < reach) {
                    edge = true
                }
                let chosen = back[offset[i] + j - low[i]]
                guard chosen != none else {
                    // No path to this cell in the band (the rows always overlap, so this is
                    // not expected): a wider band is tried.
                    edge = true
                    break
                }
                let (shape, prior) = shapes[Int(chosen)]
                let pi = i - shape.source
                let pj = j - shape.target
                beads.append(
                    AlignmentBead(
                        source: pi..<i, target: pj..<j,
                        cost: prior + aligner.beadCost(source, pi..<i, target, pj..<j)))
                i = pi
                j = pj
            }
            return (beads.reversed(), edge)
        }
    }
}
