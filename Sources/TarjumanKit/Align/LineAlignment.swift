extension DocumentAligner {
    /// Aligns two line-aligned files (bitexts: line *n* of one translates line *n* of the
    /// other), each line one segment, empty lines included, so that where the files drift
    /// out of step shows as beads other than 1:1 (see ``LineDrift``), under the priors of
    /// ``AlignmentModel/linePriors``. Segments are numbered by line: paragraph = line
    /// number, sentence = 1. A file of more than `lineLimit` lines is refused before any
    /// line is aligned.
    public func alignLines(
        source: ByteSource, target: ByteSource, lineLimit: Int = InputLimits.bitextLines
    ) throws(AlignmentError) -> Result {
        let sourceText: String
        let targetText: String
        do throws(InputError) {
            sourceText = try source.readAllText()
            try Self.refuseTooManyLines(sourceText, of: source, limit: lineLimit)
            targetText = try target.readAllText()
            try Self.refuseTooManyLines(targetText, of: target, limit: lineLimit)
        } catch {
            throw .segmentation(.input(error))
        }
        let sourceSegments = Self.lineSegments(of: sourceText)
        let targetSegments = Self.lineSegments(of: targetText)
        do {
            let sides = try anchoredUnits(
                source: (sourceSegments, sourceText, 0), target: (targetSegments, targetText, 0))
            var lineModel = model
            lineModel.priors = AlignmentModel.linePriors
            // Every line is a paragraph of its own here: lines joined are a drift to report.
            lineModel.paragraphCrossingCost = 0
            let beads = SentenceAligner(model: lineModel).alignLines(sides.source, sides.target)
            let onRepeats = Self.driftsOntoRepeats(
                beads, source: (sourceSegments, sides.source),
                target: (targetSegments, sides.target), lengthCost: model.lengthCost)
            var result = Result(
                source: sourceSegments, target: targetSegments,
                beads: Self.laterCopiesRepeat(
                    onRepeats, source: sourceSegments, target: targetSegments))
            // Bidi controls a line is trimmed of (review of pass 22: never reported).
            result.strayTargetControls = Self.strayControls(
                in: Array(targetText.utf8), base: 0, start: .start, outside: targetSegments)
            return result
        } catch {
            throw .segmentation(.icu(error))
        }
    }

    /// How many 1:1 beads may lie between an added or lost line and the repeat it is moved
    /// onto by ``driftsOntoRepeats(_:source:target:)``.
    static let repeatReach = 50

    /// How much dearer by the length model (in nats, summed over the lines paired anew) the
    /// pairing with the drift on a repeat may be than the aligner's: chosen, not fitted,
    /// between the 0.75–0.83 of planted repeats among short lines and the 14.9 of a long
    /// added line beside a rightful repeat.
    static let repeatLengthSlack = 3.0

    /// `beads` with an added translated line (0:1) moved onto an exact repeat of the line
    /// before it when only 1:1 beads lie between the two, and the same for a lost source line
    /// (1:0) and a repeated source line. Between short lines without anchors the length
    /// model places the drift anywhere (pass 36: a repeated line 5 was reported as an extra
    /// line 3, and lines 3 and 4 were paired one off); a line typed twice is where it
    /// happened. Not where the other file repeats its line too, nor where the lines moved
    /// would match fewer anchors (numbers, terms) than before.
    static func driftsOntoRepeats(
        _ beads: [AlignmentBead], source: (lines: [Segment], units: [SentenceAligner.Unit]),
        target: (lines: [Segment], units: [SentenceAligner.Unit]),
        lengthCost: @escaping (_ source: Int, _ target: Int) -> Double
    ) -> [AlignmentBead] {
        let flipped = { (beads: [AlignmentBead]) in
            beads.map { AlignmentBead(source: $0.target, target: $0.source, cost: $0.cost) }
        }
        let added = movedOntoRepeats(beads, extra: target, other: source, lengthCost: lengthCost)
        return flipped(
            movedOntoRepeats(
                flipped(added), extra: source, other: target,
                lengthCost: { lengthCost($1, $0) }))
    }

    /// ``driftsOntoRepeats(_:source:target:)`` for extra lines on the target side of `beads`.
    private static func movedOntoRepeats(
        _ beads: [AlignmentBead], extra: (lines: [Segment], units: [SentenceAligner.Unit]),
        other: (lines: [Segment], units: [SentenceAligner.Unit]),
        lengthCost: (_ other: Int, _ extra: Int) -> Double
    ) -> [AlignmentBead] {
        var beads = beads
        let isPair = { (bead: AlignmentBead) in bead.source.count == 1 && bead.target.count == 1 }
        // Whether the 1:1 bead at `index` pairs a repeat of the line the bead before pairs,
        // where the other file's two lines differ.
        func repeats(at index: Int) -> Bool {
            guard index > 0, isPair(beads[index]), isPair(beads[index - 1]) else { return false }
            let line = beads[index].target.lowerBound
            let text = extra.lines[line].text
            return line > 0 && !text.isEmpty && extra.lines[line - 1].text == text
                && other.lines[beads[index].source.lowerBound].text
                    != other.lines[beads[index - 1].source.lowerBound].text
        }
        func matched(_ source: Int, _ target: Int) -> Int {
            var left = other.units[source].anchors
            var count = 0
            for anchor in extra.units[target].anchors {
                if let at = left.firstIndex(of: anchor) {
                    left.remove(at: at)
                    count += 1
                }
            }
            return count
        }
        // An extra line that is itself a repeat (or one moved onto a repeat) stays.
        func isRepeat(_ line: Int) -> Bool {
            line > 0 && !extra.lines[line].text.isEmpty
                && extra.lines[line - 1].text == extra.lines[line].text
        }
        for index in beads.indices
        where beads[index].source.isEmpty && beads[index].target.count == 1
            && !isRepeat(beads[index].target.lowerBound)
        {
            // The nearest repeat after the extra line (its own copy right after it is
            // `laterCopiesRepeat`'s), else before it.
            var after = index + 2
            while after < beads.count, after - index <= repeatReach, isPair(beads[after - 1]),
                !repeats(at: after)
            {
                after += 1
            }
            var before = index - 1
            while before > 0, index - before <= repeatReach, isPair(beads[before]),
                !repeats(at: before)
            {
                before -= 1
            }
            let forward = after < beads.count && isPair(beads[after - 1]) && repeats(at: after)
            let backward = before > 0 && isPair(beads[before]) && repeats(at: before)
            guard forward || backward else { continue }
            // The beads rewritten: sources move one bead up (forward) or down (backward).
            let range =
                forward && (!backward || after - index <= index - before)
                ? index...after : before...index
            let moved: [AlignmentBead]
            if range.lowerBound == index {
                moved =
                    range.dropLast().map { at in
                        AlignmentBead(
                            source: beads[at + 1].source, target: beads[at].target,
                            cost: beads[at + 1].cost)
                    } + [
                        AlignmentBead(
                            source: beads[after].source.upperBound..<beads[after].source.upperBound,
                            target: beads[after].target, cost: beads[index].cost)
                    ]
            } else {
                let start = beads[before].source.lowerBound
                moved =
                    [
                        AlignmentBead(
                            source: start..<start, target: beads[before].target,
                            cost: beads[index].cost)
                    ]
                    + range.dropFirst().map { at in
                        AlignmentBead(
                            source: beads[at - 1].source, target: beads[at].target,
                            cost: beads[at - 1].cost)
                    }
            }
            let anchorsBefore = range.filter { isPair(beads[$0]) }.reduce(0) {
                $0 + matched(beads[$1].source.lowerBound, beads[$1].target.lowerBound)
            }
            let anchorsAfter = moved.filter(isPair).reduce(0) {
                $0 + matched($1.source.lowerBound, $1.target.lowerBound)
            }
            guard anchorsAfter >= anchorsBefore else { continue }
            func lengths(_ beads: [AlignmentBead]) -> Double {
                beads.filter(isPair).reduce(0.0) {
                    $0
                        + lengthCost(
                            other.units[$1.source.lowerBound].length,
                            extra.units[$1.target.lowerBound].length)
                }
            }
            // Only where the lengths hardly prefer where the drift was: a long line the
            // length model places as the extra one stays so (pass 37: two source lines both
            // rightly translated ٹھیک ہے۔ drew the drift off an 81-character note).
            guard lengths(moved) - lengths(Array(beads[range])) <= repeatLengthSlack else {
                continue
            }
            beads.replaceSubrange(range, with: moved)
        }
        return beads
    }

    /// `beads` with a line repeated in one file read as the earlier copy being paired and the
    /// later one being the repeat (the two cost the same either way; pass 32: a repeated
    /// first line was "line 1, a repeat of line 2", and no line in step). So for repeated
    /// translated lines (0:1 then 1:1) and, the same way, repeated source lines (1:0 then
    /// 1:1; review of pass 33).
    static func laterCopiesRepeat(
        _ beads: [AlignmentBead], source: [Segment], target: [Segment]
    ) -> [AlignmentBead] {
        let flipped = { (bead: AlignmentBead) in
            AlignmentBead(source: bead.target, target: bead.source, cost: bead.cost)
        }
        var beads = beads
        // From the end, so that a run of copies moves the pairing to the first of them.
        for index in beads.indices.dropLast().reversed() {
            let (extra, pair) = (beads[index], beads[index + 1])
            if let moved = firstCopyPaired(extra, pair, lines: target) {
                (beads[index], beads[index + 1]) = moved
            } else if let moved = firstCopyPaired(flipped(extra), flipped(pair), lines: source) {
                (beads[index], beads[index + 1]) = (flipped(moved.0), flipped(moved.1))
            }
        }
        return beads
    }

    /// For an extra translated line (`extra`, 0:1) just before a 1:1 `pair` whose translated
    /// line is the same text: the pair taking the extra line, and the extra bead the pair's
    /// line, placed after the pair's source line (review of pass 33: the drift named the
    /// line before it). Nil for any other two beads.
    private static func firstCopyPaired(
        _ extra: AlignmentBead, _ pair: AlignmentBead, lines: [Segment]
    ) -> (AlignmentBead, AlignmentBead)? {
        guard extra.source.isEmpty, extra.target.count == 1, pair.source.count == 1,
            pair.target.count == 1, pair.target.lowerBound == extra.target.lowerBound + 1,
            lines[extra.target.lowerBound].text == lines[pair.target.lowerBound].text
        else { return nil }
        let after = pair.source.upperBound..<pair.source.upperBound
        return (
            AlignmentBead(source: pair.source, target: extra.target, cost: pair.cost),
            AlignmentBead(source: after, target: pair.target, cost: extra.cost)
        )
    }

    /// An error when `text` has more than `limit` lines (as ``lineSegments(of:)`` counts
    /// them), found by counting line ends.
    static func refuseTooManyLines(_ text: String, of source: ByteSource, limit: Int)
        throws(InputError)
    {
        var lines = 0
        var previous: UInt8 = 0
        for byte in text.utf8 {
            // CR LF ends one line; a lone CR or LF ends one each.
            if byte == 0x0D || (byte == 0x0A && previous != 0x0D) { lines += 1 }
            previous = byte
        }
        if previous != 0x0A && previous != 0x0D && !text.isEmpty { lines += 1 }
        if lines > limit { throw .tooManyLines(file: source.name, limit: limit) }
    }

    /// Every line of `text` as a segment (its text without the line end and without white
    /// space, invisible marks and joiners at either end, as a sentence is segmented; LF, CR LF and CR end lines; a final
    /// line end does not start another line). A byte-order mark at the start is no part of
    /// the first line and takes no column.
    static func lineSegments(of text: String) -> [Segment] {
        var segments: [Segment] = []
        let bytes = Array(text.utf8)
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var index = start
        // What a sentence is trimmed of: white space, invisible marks and joiners.
        func isEdgeJunk(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value <= 0xFFFF && UTF16Text.isEdgeJunk(UInt16(scalar.value))
        }
        func add(end: Int) {
            let line = segments.count + 1
            let scalars = String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars
            let leading = scalars.prefix(while: isEdgeJunk)
            let trailing = scalars.dropFirst(leading.count).reversed().prefix(while: isEdgeJunk)
            let kept = scalars.dropFirst(leading.count).dropLast(trailing.count)
            // A line of nothing but white space is an empty line at its column 1.
            let skipped = kept.isEmpty ? leading.prefix(0) : leading
            let first = start + skipped.reduce(0) { $0 + UTF8.width($1) }
            let last = kept.isEmpty ? first : end - trailing.reduce(0) { $0 + UTF8.width($1) }
            segments.append(
                Segment(
                    paragraph: line, sentence: 1, byteStart: first, byteEnd: last,
                    start: SourcePosition(line: line, column: skipped.count + 1),
                    end: SourcePosition(line: line, column: skipped.count + kept.count + 1),
                    text: String(String.UnicodeScalarView(kept))))
        }
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 0x0A || byte == 0x0D else {
                index += 1
                continue
            }
            add(end: index)
            index += byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
            start = index
        }
        if start < bytes.count { add(end: bytes.count) }
        return segments
    }
}

extension SentenceAligner {
    /// The beads of two line-aligned files: as ``align(_:_:)`` finds them, except that a run
    /// of beads other than 1:1 (or 1:1 with an empty line, which says nothing of where it
    /// belongs) covering as many source lines as translated lines is paired line by line.
    /// Such a run leaves the files in step, so line *n* still translates line *n*: two
    /// swapped lines (a 2:2 bead), a line lost beside a line added (1:0 and 0:1, as the
    /// length model prefers for a very long or very short translation) or empty translations
    /// (pass 32) are each one line's matter for the sentence checks, not drifts.
    public func alignLines(_ source: [Unit], _ target: [Unit]) -> [AlignmentBead] {
        let beads = align(source, target)
        let sourceSide = Side(source, model: model)
        let targetSide = Side(target, model: model)
        var paired: [AlignmentBead] = []
        paired.reserveCapacity(beads.count)
        var runStart = 0
        func closeRun(at end: Int) {
            let run = beads[runStart..<end]
            guard let first = run.first, let last = run.last else { return }
            let sources = first.source.lowerBound..<last.source.upperBound
            let targets = first.target.lowerBound..<last.target.upperBound
            if sources.count == targets.count {
                for (line, other) in zip(sources, targets) {
                    let cost = beadCost(
                        sourceSide, line..<(line + 1), targetSide, other..<(other + 1))
                    paired.append(
                        AlignmentBead(
                            source: line..<(line + 1), target: other..<(other + 1), cost: cost))
                }
            } else {
                paired += run
            }
        }
        for (index, bead) in beads.enumerated()
        where bead.source.count == 1 && bead.target.count == 1
            && source[bead.source.lowerBound].length > 0
            && target[bead.target.lowerBound].length > 0
        {
            closeRun(at: index)
            paired.append(bead)
            runStart = index + 1
        }
        closeRun(at: beads.count)
        return paired
    }
}
