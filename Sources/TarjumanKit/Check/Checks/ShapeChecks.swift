/// Beads with a missing side (omission, addition) and beads that join or split sentences
/// (merged, split).
extension TranslationChecker {
    /// A 1:0 bead is an omission, a 0:1 bead an addition; returns `true` for either, and for
    /// a bead translated by empty lines only (no other check applies). An omission's related place is the next translated sentence, found in
    /// a later piece of the document when this one has none.
    func checkUnpaired(
        _ bead: inout BeadContext, nearestTarget anchorTarget: Segment?,
        run: inout TranslationCheckRun
    ) throws(ICUError) -> Bool {
        // A source sentence without a target, or against empty lines (`--lines`), has no
        // translation (pass 63: 140 of 200 lines empty was never incomplete); empty source
        // lines are no sentences (pass 64: two left over made a file "2 of 2" incomplete).
        if bead.targets.allSatisfy(\.text.isEmpty) {
            run.omitted += bead.sources.count { $0.text.hasVisibleContent }
        }
        if bead.targets.isEmpty {
            // A sentence missing after others of its paragraph is missing where the
            // translation of the one before it ends (pass 36: the next paragraph's start was
            // named); the first of a paragraph, where the next translated sentence starts.
            let after =
                (bead.sources.first?.sentence ?? 1) > 1 ? run.lastTarget : nil
            bead.add(
                "omission", "this sentence is missing from the translation", at: bead.sources.first,
                inTarget: false, related: after ?? anchorTarget, relatedPosition: after?.end)
            try checkOmittedContent(&bead, related: after ?? anchorTarget, at: after?.end)
            let count = run.findings.count
            run.findings += bead.findings
            // Every finding of the bead (omission and omitted-content) awaits its place
            // (pass 42: the omitted content had none).
            if after == nil && anchorTarget == nil {
                run.awaitingRelated += Array(count..<run.findings.count)
            }
            return true
        }
        if bead.sources.isEmpty {
            run.added += bead.targets.count { $0.text.hasVisibleContent }
            bead.add(
                "addition", "this sentence has no counterpart in the source",
                at: bead.targets.first,
                inTarget: true)
            run.findings += bead.findings
            return true
        }
        // Empty translated lines (line-aligned files; a sentence is never empty): the
        // `line-drift` check names each, and there is nothing to compare (pass 32: each also
        // had its numbers and terms called missing); empty source lines the same (pass 42).
        return bead.targets.allSatisfy(\.text.isEmpty) || bead.sources.allSatisfy(\.text.isEmpty)
    }

    /// `omitted-content`: the numbers and glossary terms of an omitted bead's sentences,
    /// named in one finding at the first of them.
    private func checkOmittedContent(
        _ bead: inout BeadContext, related: Segment?, at relatedPosition: SourcePosition?
    )
        throws(ICUError)
    {
        guard bead.records("omitted-content") else { return }
        var numbers: [String] = []
        var terms: [String] = []
        var seenTerms = Set<String>()
        var first: SourcePosition?
        func note(_ position: SourcePosition) { first = min(first ?? position, position) }
        for (index, source) in bead.sources.enumerated() {
            // Only the first of each kind is placed: placing is a walk from the sentence's
            // start (10,000 numbers in one sentence took over a minute).
            let spans = AnchorExtractor.numberSpans(in: source.text)
            numbers += spans.map(\.value)
            if let span = spans.first { note(Self.absolute(span.offset, in: source)) }
            if let sourceMatcher {
                let found = try bead.terms(inTarget: false, at: index, matching: sourceMatcher)
                for term in found where seenTerms.insert(term.text).inserted {
                    terms.append("'\(term.text)'")
                }
                if let term = found.first { note(Self.absolute(term.position, in: source)) }
            }
        }
        guard let first else { return }
        let listed = { (kind: String, items: [String]) -> String? in
            guard !items.isEmpty else { return nil }
            let shown = items.prefix(8).joined(separator: ", ")
            return "\(kind)\(items.count > 1 ? "s" : "") \(shown)"
                + (items.count > 8 ? " and \(items.count - 8) more" : "")
        }
        let carried = [listed("number", numbers), listed("glossary term", terms)].compactMap { $0 }
        bead.add(
            "omitted-content",
            "the missing sentence carries the \(carried.joined(separator: " and the ")), which "
                + "the translation loses",
            at: bead.sources.first, inTarget: false, position: first, related: related,
            relatedPosition: relatedPosition)
    }

    /// 2:1 and 1:2 beads.
    func checkShape(_ bead: inout BeadContext) {
        if bead.sources.count == 2 && bead.targets.count == 1 {
            bead.add(
                "merged", "two source sentences are translated as one", at: bead.targets.first,
                inTarget: true, related: bead.sources.first)
        }
        if bead.sources.count == 1 && bead.targets.count == 2 {
            bead.add(
                "split", "one source sentence is translated as two", at: bead.targets.first,
                inTarget: true, related: bead.sources.first)
        }
    }

    /// `paragraph-break`: a bead whose translated sentences start a paragraph where the
    /// source's do not, or the other way round, counted from the last bead with both sides
    /// (omitted and added sentences between them aside) and within the bead. Only documents
    /// with different paragraph counts, aligned whole, can differ (pass 69: paragraphs
    /// joined or split by the translation passed unsaid).
    func checkParagraphBreaks(_ bead: inout BeadContext, run: inout TranslationCheckRun) {
        guard let sourceFirst = bead.sources.first, let sourceLast = bead.sources.last,
            let targetFirst = bead.targets.first, let targetLast = bead.targets.last
        else { return }
        defer { run.lastPairedParagraphs = (sourceLast.paragraph, targetLast.paragraph) }
        let before = run.lastPairedParagraphs
        let sourceBreaks = before.map { $0.source != sourceFirst.paragraph } ?? false
        let targetBreaks = before.map { $0.target != targetFirst.paragraph } ?? false
        if sourceBreaks != targetBreaks {
            bead.add(
                "paragraph-break",
                sourceBreaks
                    ? "the source starts a paragraph here; the translation runs on from the "
                        + "paragraph before (joined)"
                    : "the translation starts a paragraph here; the source runs on from the "
                        + "paragraph before (split)",
                at: targetFirst, inTarget: true, related: sourceFirst)
            return
        }
        let sourceWithin = sourceFirst.paragraph != sourceLast.paragraph
        let targetWithin = targetFirst.paragraph != targetLast.paragraph
        if sourceWithin != targetWithin {
            bead.add(
                "paragraph-break",
                sourceWithin
                    ? "the source's sentences of two paragraphs are translated in one"
                    : "this translation's sentences lie in two paragraphs; the source's in one",
                at: targetFirst, inTarget: true, related: sourceFirst)
        }
    }

    /// `reordered`: a 2:2 bead whose sentences match crosswise (numbers, glossary concepts and
    /// being a question, shared by the first source sentence and the second translated one,
    /// and the other way round) better than in order (pass 36: swapped steps of a recipe passed clean, the
    /// bead's numbers being compared as one set).
    func checkOrder(_ bead: inout BeadContext) throws(ICUError) {
        guard bead.sources.count == 2, bead.targets.count == 2, bead.records("reordered") else {
            return
        }
        func anchors(inTarget: Bool, _ index: Int) throws(ICUError) -> [String] {
            let segment = (inTarget ? bead.targets : bead.sources)[index]
            var found = AnchorExtractor.numbers(in: segment.text)
            // A question answers to a question, whatever its mark (`?`, Arabic-script `؟`).
            let last = segment.text.unicodeScalars.last { !ScalarText.isWhitespace($0) }
            if let last, "?؟？".unicodeScalars.contains(last) { found.append("?") }
            if let matcher = inTarget ? targetMatcher : sourceMatcher {
                found += try bead.terms(inTarget: inTarget, at: index, matching: matcher).map(\.id)
            }
            return found
        }
        func shared(_ left: [String], _ right: [String]) -> Int {
            var rest = right
            return left.count { anchor in
                guard let at = rest.firstIndex(of: anchor) else { return false }
                rest.remove(at: at)
                return true
            }
        }
        let sources = [try anchors(inTarget: false, 0), try anchors(inTarget: false, 1)]
        let targets = [try anchors(inTarget: true, 0), try anchors(inTarget: true, 1)]
        let inOrder = shared(sources[0], targets[0]) + shared(sources[1], targets[1])
        let crosswise = shared(sources[0], targets[1]) + shared(sources[1], targets[0])
        // Crosswise on both diagonals, or on one where nothing matches in order.
        guard crosswise > inOrder,
            inOrder == 0
                || (shared(sources[0], targets[1]) > 0 && shared(sources[1], targets[0]) > 0)
        else { return }
        bead.add(
            "reordered", "these two sentences translate the source's two in the other order",
            at: bead.targets.first, inTarget: true, related: bead.sources.first)
    }

    /// For each bead of `result`, the index of the first target sentence of it or a later
    /// bead, if any: one pass from the end (looking ahead from each of a long run of
    /// omissions was quadratic: 100,000 untranslated sentences took minutes).
    func nearestTargets(_ result: DocumentAligner.Result) -> [Int?] {
        var nearest = [Int?](repeating: nil, count: result.beads.count)
        var next: Int?
        for index in result.beads.indices.reversed() {
            if !result.beads[index].target.isEmpty { next = result.beads[index].target.lowerBound }
            nearest[index] = next
        }
        return nearest
    }
}
