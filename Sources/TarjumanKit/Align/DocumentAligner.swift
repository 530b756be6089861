/// Segments a source document and its translation and aligns their sentences.
///
/// Each side is segmented with its own locale pack. Numbers (in any digit script), glossary
/// terms and general-dictionary words found on both sides anchor the alignment. When both
/// sides have the same number of paragraphs, beads never cross a paragraph boundary.
public struct DocumentAligner: Sendable {
    /// The source language pack.
    public let sourcePack: LocalePack
    /// The target language pack.
    public let targetPack: LocalePack
    /// The glossary whose terms anchor the alignment, if any.
    public let glossary: Glossary?
    /// The scoring model.
    public var model: AlignmentModel
    /// Matchers of the glossary's rows, then the word list's.
    let sourceMatcher: TermMatcher?
    let targetMatcher: TermMatcher?
    /// Marks the terms this aligner finds (``Result/terms``).
    let termsToken = TermsToken()
    /// The normalisers of the two packs (shared with the matchers).
    let normalizers: (source: Normalizer, target: Normalizer)
    private let sourceQuotes: [(mark: [UInt8], halve: Bool)]
    private let targetQuotes: [(mark: [UInt8], halve: Bool)]
    /// Both packs' transliteration tables, when they have them and write different scripts.
    private let transliteration: (source: Transliteration, target: Transliteration)?

    /// An aligner for `sourcePack` → `targetPack`; the length model comes from the target pack.
    /// `dictionary` is a general word list (`glossaries/dictionaries/`) whose words, like the
    /// glossary's terms, anchor sentences that translate each other; it plays no part in
    /// checking.
    public init(
        sourcePack: LocalePack, targetPack: LocalePack, glossary: Glossary? = nil,
        dictionary: Glossary? = nil
    ) throws(ICUError) {
        self.sourcePack = sourcePack
        self.targetPack = targetPack
        self.glossary = glossary
        sourceQuotes = AnchorExtractor.quoteMarks(sourcePack.quotes)
        targetQuotes = AnchorExtractor.quoteMarks(targetPack.quotes)
        if sourcePack.script != targetPack.script,
            let source = Transliteration(pack: sourcePack),
            let target = Transliteration(pack: targetPack)
        {
            transliteration = (source, target)
        } else {
            transliteration = nil
        }
        self.model = AlignmentModel(profile: targetPack.alignment)
        var anchors = glossary
        if let dictionary {
            // Dictionary ids are kept apart from glossary concept ids.
            let words = dictionary.entries.map { entry in
                var word = entry
                word.id = "dictionary:" + entry.id
                return word
            }
            anchors = Glossary(
                sourceLanguage: dictionary.sourceLanguage,
                targetLanguage: dictionary.targetLanguage,
                entries: (glossary?.entries ?? []) + words)
        }
        normalizers = (Normalizer(pack: sourcePack), Normalizer(pack: targetPack))
        (sourceMatcher, targetMatcher) = try TermMatcher.pair(
            for: anchors, source: normalizers.source, target: normalizers.target)
    }

    /// A finished alignment.
    public struct Result: Sendable {
        /// The source sentences.
        public let source: [Segment]
        /// The target sentences.
        public let target: [Segment]
        /// The beads, in order, over the sentence indices.
        public let beads: [AlignmentBead]
        /// How many source sentences of the document come before `source` (0 unless this is
        /// a later paragraph of a document aligned piece by piece).
        public var sourceOffset = 0
        /// How many target sentences of the document come before `target`.
        public var targetOffset = 0
        /// The source sentence of the document just before `source` ("" at the document's
        /// start), for the context of a translation memory's units.
        public var sentenceBefore = ""
        /// Whether the document ends with `source` (false for a paragraph aligned piece by
        /// piece that is not the last one, whose next sentence is not read yet).
        public var endsDocument = true
        /// The glossary terms of each source and target sentence, found while anchoring
        /// (nil without a glossary): a checker sharing this aligner's matchers uses them
        /// instead of matching the sentences again.
        var terms: SentenceTerms?
        /// Bidi controls of the translation that no sentence holds (the segmenter leaves
        /// them at a sentence's edges, outside it), in file order, for the checks.
        public var strayTargetControls: [StrayControl] = []
    }

    /// A bidi control between sentences: its byte offset in the file, place and scalar.
    public struct StrayControl: Sendable, Equatable {
        /// Byte offset in the file.
        public let byte: Int
        /// Line and column.
        public let position: SourcePosition
        /// The control.
        public let scalar: Unicode.Scalar
    }

    /// The bidi controls (embeddings, overrides, isolates, LRM, RLM, ALM) of `bytes` that lie in no
    /// segment: `bytes` start at byte `base` of the file, at `start`; a byte-order mark at
    /// the file's start takes no column.
    static func strayControls(
        in bytes: [UInt8], base: Int, start: SourcePosition, outside segments: [Segment]
    ) -> [StrayControl] {
        var found: [StrayControl] = []
        var lines = LineCounter(at: start)
        var index = base == 0 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var next = 0
        while index < bytes.count {
            let byte = bytes[index]
            var scalar: UInt32 = 0
            if byte == 0xE2, index + 2 < bytes.count {
                scalar =
                    UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F) | 0x2000
            } else if byte == 0xD8, index + 1 < bytes.count, bytes[index + 1] == 0x9C {
                scalar = 0x061C
            }
            if (0x202A...0x202E).contains(scalar) || (0x2066...0x2069).contains(scalar)
                || scalar == 0x200E || scalar == 0x200F || scalar == 0x061C,
                let control = Unicode.Scalar(scalar)
            {
                let offset = base + index
                while next < segments.count, segments[next].byteEnd <= offset { next += 1 }
                // A mark of the minus sign that starts the sentence after it (`‎−۵`) is
                // the number's (review of pass 33).
                let ahead = Array(
                    String(decoding: bytes[index..<min(index + 24, bytes.count)], as: UTF8.self)
                        .unicodeScalars)
                if next == segments.count || segments[next].byteStart > offset,
                    !AnchorExtractor.isSignMark(ahead, at: 0)
                {
                    found.append(
                        StrayControl(byte: offset, position: lines.position, scalar: control))
                }
            }
            lines.advance(byte: byte)
            index += 1
        }
        return found
    }

    /// Glossary terms of each sentence of an alignment, and the aligner that found them.
    struct SentenceTerms: Sendable {
        /// Identifies the aligner (see ``DocumentAligner/termsToken``).
        let token: TermsToken
        var source: [[TermOccurrence]]
        var target: [[TermOccurrence]]
    }

    /// The identity of an aligner's matchers, so that a checker knows terms it is handed were
    /// found with its own glossary.
    final class TermsToken: Sendable {}

    /// Aligns two documents read from `source` and `target`.
    public func align(source: ByteSource, target: ByteSource) throws(AlignmentError) -> Result {
        do {
            return try align(
                sourceText: try source.readAllText(), targetText: try target.readAllText(),
                names: (source.name, target.name))
        } catch let error as InputError {
            throw .segmentation(.input(error))
        } catch {
            throw error as? AlignmentError
                ?? .segmentation(.icu(ICUError(status: 1, operation: "aligning")))
        }
    }

    /// Aligns two documents. When both have the same number of paragraphs, each pair of
    /// paragraphs is aligned on its own (anchors looked for within the pair), exactly as
    /// ``alignParagraphs(source:target:_:)`` does; otherwise the whole documents at once.
    /// `names` are the texts' file names, for messages.
    public func align(
        sourceText: String, targetText: String, names: (String, String) = ("<text>", "<text>")
    ) throws(AlignmentError) -> Result {
        do {
            let sourceSegments = try SentenceSegmenter(pack: sourcePack).segments(
                of: .text(sourceText, name: names.0))
            let targetSegments = try SentenceSegmenter(pack: targetPack).segments(
                of: .text(targetText, name: names.1))
            let aligner = SentenceAligner(model: model)
            let sourceParagraphs = Self.paragraphRanges(sourceSegments)
            let targetParagraphs = Self.paragraphRanges(targetSegments)
            let sourceBytes = Array(sourceText.utf8)
            let targetBytes = Array(targetText.utf8)
            // One side of a paragraph pair: its segments, its text, where that text starts.
            func side(_ segments: ArraySlice<Segment>, _ bytes: [UInt8]) -> Piece {
                let start = segments.first?.byteStart ?? 0
                let end = segments.last?.byteEnd ?? start
                return (Array(segments), String(decoding: bytes[start..<end], as: UTF8.self), start)
            }
            guard sourceParagraphs.count == targetParagraphs.count else {
                let anchored = try anchoredUnits(
                    source: Self.chunks(sourceParagraphs, of: sourceSegments).map {
                        side(sourceSegments[$0], sourceBytes)
                    },
                    target: Self.chunks(targetParagraphs, of: targetSegments).map {
                        side(targetSegments[$0], targetBytes)
                    })
                var result = Result(
                    source: sourceSegments, target: targetSegments,
                    beads: aligner.align(anchored.source, anchored.target),
                    terms: anchored.terms)
                result.strayTargetControls = Self.strayControls(
                    in: targetBytes, base: 0, start: .start, outside: targetSegments)
                return result
            }
            var beads: [AlignmentBead] = []
            var terms: SentenceTerms?
            for (s, t) in zip(sourceParagraphs, targetParagraphs) {
                let anchored = try anchoredUnits(
                    source: side(sourceSegments[s], sourceBytes),
                    target: side(targetSegments[t], targetBytes))
                if let found = anchored.terms {
                    terms = terms ?? SentenceTerms(token: termsToken, source: [], target: [])
                    terms?.source += found.source
                    terms?.target += found.target
                }
                beads += aligner.align(anchored.source, anchored.target).map {
                    AlignmentBead(
                        source: ($0.source.lowerBound + s.lowerBound)..<($0.source.upperBound
                            + s.lowerBound),
                        target: ($0.target.lowerBound + t.lowerBound)..<($0.target.upperBound
                            + t.lowerBound),
                        cost: $0.cost)
                }
            }
            var result = Result(
                source: sourceSegments, target: targetSegments, beads: beads, terms: terms)
            result.strayTargetControls = Self.strayControls(
                in: targetBytes, base: 0, start: .start, outside: targetSegments)
            return result
        } catch let error as SegmentationError {
            throw .segmentation(error)
        } catch {
            throw .segmentation(
                .icu(error as? ICUError ?? ICUError(status: 1, operation: "aligning")))
        }
    }

    /// Aligns two documents paragraph by paragraph, holding one paragraph of each at a time,
    /// and hands each paragraph's alignment to `body` (segments with their places in the
    /// files, beads over them). Both sources are read twice: once to count paragraphs, then
    /// to align (use ``ByteSource/replayable(_:limit:)`` for pipes). Returns `false`, having called nothing, when the paragraph counts differ;
    /// the caller then aligns the whole documents (``align(source:target:)``). The beads are
    /// the same as ``align(sourceText:targetText:)`` gives.
    public func alignParagraphs(
        source: () throws -> ByteSource, target: () throws -> ByteSource,
        _ body: (Result) throws -> Void
    ) throws -> Bool {
        func count(_ source: ByteSource) throws -> Int {
            var reader = ParagraphReader(source: source)
            var count = 0
            while try reader.next() != nil { count += 1 }
            return count
        }
        let paragraphs = try count(try source())
        guard try paragraphs == count(try target()) else { return false }
        let sourceSegmenter = try SentenceSegmenter(pack: sourcePack)
        let targetSegmenter = try SentenceSegmenter(pack: targetPack)
        var sourceReader = ParagraphReader(source: try source())
        var targetReader = ParagraphReader(source: try target())
        let aligner = SentenceAligner(model: model)
        var offsets = (source: 0, target: 0)
        var index = 0
        var before = ""
        while let left = try sourceReader.next(), let right = try targetReader.next() {
            let sourceSegments = try sourceSegmenter.segments(in: left)
            let targetSegments = try targetSegmenter.segments(in: right)
            let anchored = try anchoredUnits(
                source: (
                    sourceSegments, String(decoding: left.bytes, as: UTF8.self), left.byteOffset
                ),
                target: (
                    targetSegments, String(decoding: right.bytes, as: UTF8.self), right.byteOffset
                ))
            var result = Result(
                source: sourceSegments, target: targetSegments,
                beads: aligner.align(anchored.source, anchored.target),
                sourceOffset: offsets.source, targetOffset: offsets.target,
                sentenceBefore: before, endsDocument: index == paragraphs - 1,
                terms: anchored.terms)
            result.strayTargetControls = Self.strayControls(
                in: right.bytes, base: right.byteOffset,
                start: SourcePosition(line: right.line, column: 1), outside: targetSegments)
            try body(result)
            offsets.source += sourceSegments.count
            offsets.target += targetSegments.count
            before = sourceSegments.last?.text ?? before
            index += 1
        }
        return true
    }

    /// Part of one side of a document: its segments, the text they come from, and the file
    /// offset of that text's first byte.
    typealias Piece = (segments: [Segment], text: String, base: Int)

    /// Lengths and anchors of both sides' sentences, and their glossary terms.
    func anchoredUnits(source: Piece, target: Piece) throws(ICUError) -> (
        source: [SentenceAligner.Unit], target: [SentenceAligner.Unit], terms: SentenceTerms?
    ) {
        try anchoredUnits(source: [source], target: [target])
    }

    /// Lengths and anchors of both sides' sentences, and their glossary terms, each side in
    /// pieces (runs of its paragraphs) that are searched for terms one at a time: a whole
    /// document's text at once took a dozen bytes a character (pass 56: 414 MB for a 24 MB
    /// pair). Latin words and transliterations are paired across the whole sides.
    func anchoredUnits(source: [Piece], target: [Piece]) throws(ICUError) -> (
        source: [SentenceAligner.Unit], target: [SentenceAligner.Unit], terms: SentenceTerms?
    ) {
        let sourceSegments = source.flatMap(\.segments)
        let targetSegments = target.flatMap(\.segments)
        // Latin-script words kept in a non-Latin translation (names, COVID-19, acronyms)
        // are anchors too: collect them from the target, then look for them in the source.
        let sourceWords = sourceSegments.map { AnchorExtractor.latinWords(in: $0.text) }
        let targetWords = targetSegments.map { AnchorExtractor.latinWords(in: $0.text) }
        let shared = targetPack.script == "Latn" ? [] : Set(targetWords.joined())
        var (sourceUnits, sourceTerms) = try units(
            of: source, matcher: sourceMatcher, words: sourceWords, latin: shared,
            quotes: sourceQuotes)
        var (targetUnits, targetTerms) = try units(
            of: target, matcher: targetMatcher, words: targetWords, latin: shared,
            quotes: targetQuotes)
        if let transliteration {
            AnchorExtractor.addTransliterationAnchors(
                source: sourcePack.script == "Latn"
                    ? sourceWords : sourceSegments.map { AnchorExtractor.words(in: $0.text) },
                target: targetSegments, tables: transliteration, key: model.transliterationKey,
                sourceUnits: &sourceUnits,
                targetUnits: &targetUnits)
        }
        Self.markParagraphStarts(&sourceUnits, sourceSegments)
        Self.markParagraphStarts(&targetUnits, targetSegments)
        let terms = sourceTerms.flatMap { source in
            targetTerms.map {
                SentenceTerms(token: termsToken, source: source, target: $0)
            }
        }
        return (sourceUnits, targetUnits, terms)
    }

    /// Marks the units whose sentence starts a paragraph after the one before it.
    private static func markParagraphStarts(
        _ units: inout [SentenceAligner.Unit], _ segments: [Segment]
    ) {
        for index in segments.indices.dropFirst()
        where segments[index].paragraph != segments[index - 1].paragraph {
            units[index].startsParagraph = true
        }
    }

    /// `paragraphs` (sentence index ranges of `segments`) joined into runs of about a
    /// megabyte of text, to be searched for terms one run at a time; a longer paragraph is a
    /// run of its own.
    static func chunks(_ paragraphs: [Range<Int>], of segments: [Segment]) -> [Range<Int>] {
        var chunks: [Range<Int>] = []
        for paragraph in paragraphs {
            if let last = chunks.last, !last.isEmpty, !paragraph.isEmpty,
                segments[paragraph.upperBound - 1].byteEnd - segments[last.lowerBound].byteStart
                    <= 1 << 20
            {
                chunks[chunks.count - 1] = last.lowerBound..<paragraph.upperBound
            } else {
                chunks.append(paragraph)
            }
        }
        return chunks
    }

    /// Sentence index ranges of each paragraph.
    static func paragraphRanges(_ segments: [Segment]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for index in segments.indices
        where index + 1 == segments.count
            || segments[index + 1].paragraph != segments[index].paragraph
        {
            ranges.append(start..<(index + 1))
            start = index + 1
        }
        return ranges
    }

    /// ``units(_:text:base:matcher:words:latin:quotes:)`` of each piece in turn, `words`
    /// running over all of them.
    private func units(
        of pieces: [Piece], matcher: TermMatcher?, words: [[String]], latin: Set<String>,
        quotes: [(mark: [UInt8], halve: Bool)]
    ) throws(ICUError) -> ([SentenceAligner.Unit], [[TermOccurrence]]?) {
        var units: [SentenceAligner.Unit] = []
        var terms: [[TermOccurrence]]? = glossary.map { _ in [] }
        for piece in pieces {
            let first = units.count
            let (more, found) = try self.units(
                piece.segments, text: piece.text, base: piece.base, matcher: matcher,
                words: Array(words[first..<(first + piece.segments.count)]), latin: latin,
                quotes: quotes)
            units += more
            if let found { terms? += found }
        }
        return (units, terms)
    }

    /// Length and anchors of each sentence, and its glossary terms (nil without a
    /// glossary). Terms are found once over the whole text, glossary and word list together
    /// for anchors and the glossary alone for the checker, and handed to the sentences
    /// that contain them.
    private func units(
        _ segments: [Segment], text: String, base: Int, matcher: TermMatcher?, words: [[String]],
        latin: Set<String>, quotes: [(mark: [UInt8], halve: Bool)]
    )
        throws(ICUError) -> ([SentenceAligner.Unit], [[TermOccurrence]]?)
    {
        var terms = [[String]](repeating: [], count: segments.count)
        var occurrences: [[TermOccurrence]]? =
            glossary.map { _ in Array(repeating: [], count: segments.count) }
        if let matcher, !segments.isEmpty {
            // Scalar offset where each segment starts.
            var starts: [Int] = []
            var scalar = 0
            var byte = base
            var next = 0
            for unit in text.utf8 {
                while next < segments.count && segments[next].byteStart == byte {
                    starts.append(scalar)
                    next += 1
                }
                if unit & 0xC0 != 0x80 { scalar += 1 }
                byte += 1
            }
            while starts.count < segments.count { starts.append(scalar) }
            let found = try matcher.concepts(
                in: text, andMatchesBelow: glossary?.entries.count ?? 0)
            var index = 0
            for concept in found.concepts {
                while index + 1 < starts.count && starts[index + 1] <= concept.start {
                    index += 1
                }
                terms[index].append("term:" + concept.id)
            }
            if let glossary {
                let ends = segments.indices.map {
                    starts[$0] + segments[$0].text.scalarCount
                }
                var bySentence = [[TermMatch]](repeating: [], count: segments.count)
                // Sentences a term runs into from another (a list item or heading joined to
                // the next line): matched again on their own, as the checker would match
                // them, since the paragraph's reading used up their first words.
                var alone = [Bool](repeating: false, count: segments.count)
                index = 0
                for match in found.restricted {
                    while index + 1 < starts.count && starts[index + 1] <= match.range.lowerBound {
                        index += 1
                    }
                    bySentence[index].append(match)
                    var last = index
                    while match.range.upperBound > ends[last] && last + 1 < segments.count {
                        last += 1
                    }
                    if last > index || match.range.upperBound > ends[index] {
                        for crossed in index...last { alone[crossed] = true }
                    }
                }
                let own = alone.contains(true) ? matcher.restricted(to: glossary) : nil
                var sentenceTerms: [[TermOccurrence]] = []
                for (position, segment) in segments.enumerated() {
                    if alone[position], let own {
                        sentenceTerms.append(try own.occurrences(in: segment.text))
                    } else {
                        sentenceTerms.append(
                            matcher.occurrences(
                                of: bySentence[position], inSentence: segment.text,
                                at: starts[position]))
                    }
                }
                occurrences = sentenceTerms
            }
        }
        var units: [SentenceAligner.Unit] = []
        for (index, segment) in segments.enumerated() {
            var anchors =
                AnchorExtractor.numbers(in: segment.text) + terms[index]
                + AnchorExtractor.punctuationAnchors(in: segment.text)
                + AnchorExtractor.quoteAnchors(in: segment.text, marks: quotes)
            if !latin.isEmpty {
                anchors += words[index].filter(latin.contains).map {
                    "latn:" + $0
                }
            }
            units.append(
                SentenceAligner.Unit(
                    length: AlignmentProfile.length(of: segment.text), anchors: anchors))
        }
        return (units, occurrences)
    }
}

/// Why an alignment could not be made.
public enum AlignmentError: Error, Equatable, CustomStringConvertible {
    /// Reading or segmenting a document failed.
    case segmentation(SegmentationError)

    /// A message for people: what is wrong, where, and what to do.
    public var description: String {
        switch self {
        case .segmentation(let error): error.description
        }
    }
}
