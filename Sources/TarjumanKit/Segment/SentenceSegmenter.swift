import Foundation

/// Splits text into sentences: ICU's sentence break iterator, filtered with the pack's
/// abbreviations, then Tarjuman's rules for what ICU gets wrong (see `BoundaryRefiner`).
///
/// Works paragraph by paragraph, so memory grows with the longest paragraph, not the file.
/// Not thread-safe (it owns an ICU iterator): use one segmenter per thread.
public final class SentenceSegmenter {
    /// The pack whose rules are applied.
    public let pack: LocalePack
    private let breaker: ICUSentenceBreaker
    private let refiner: BoundaryRefiner
    private let unwrapper: LineUnwrapper
    private var units: [UInt16] = []

    /// A segmenter for `pack`; `unwrap` overrides the pack's hard-wrap policy.
    public init(pack: LocalePack, unwrap: UnwrapPolicy? = nil) throws(ICUError) {
        let profile = pack.segmentation
        self.pack = pack
        self.breaker = try ICUSentenceBreaker(
            locale: pack.icuLocale, suppressions: Self.suppressions(profile))
        self.refiner = BoundaryRefiner(profile: profile)
        self.unwrapper = LineUnwrapper(
            policy: unwrap ?? profile.unwrap, minimumWords: profile.unwrapMinimumWords,
            hasCase: profile.hasCase,
            terminators: profile.terminators, continuedAfter: profile.unwrapAfter)
    }

    /// The sentences of one paragraph.
    public func segments(in paragraph: SourceParagraph) throws(ICUError) -> [Segment] {
        try segmented(paragraph).segments
    }

    /// One paragraph with the places of its sentences (no text copied).
    public func segmented(_ paragraph: SourceParagraph) throws(ICUError) -> SegmentedParagraph {
        UTF16Text.transcode(paragraph.bytes, into: &units)
        let multiline = paragraph.bytes.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0x0A, bytes.count) != nil || memchr(base, 0x0D, bytes.count) != nil
        }
        let hidden = multiline ? unwrapper.hideSoftBreaks(in: &units) : []
        let ends = try units.withUnsafeBufferPointer { text throws(ICUError) in
            let icu = try breaker.boundaries(in: text)
            return refiner.boundaries(in: text, icu: icu)
        }
        unwrapper.restore(hidden, in: &units)
        let spans = units.withUnsafeBufferPointer { text in
            var spans: [SegmentSpan] = []
            spans.reserveCapacity(ends.count)
            var walker = PositionWalker(
                line: paragraph.line, atFileStart: paragraph.byteOffset == 0)
            var start = 0
            for end in ends {
                var first = start
                var last = end
                while first < last && UTF16Text.isEdgeJunk(text[first]) { first += 1 }
                while last > first && UTF16Text.isEdgeJunk(text[last - 1]) { last -= 1 }
                start = end
                guard first < last else { continue }
                walker.advance(to: first, in: text)
                let byteStart = walker.byteOffset
                let startPosition = walker.position
                walker.advance(to: last, in: text)
                spans.append(
                    SegmentSpan(
                        sentence: spans.count + 1, bytes: byteStart..<walker.byteOffset,
                        start: startPosition, end: walker.position))
            }
            return spans
        }
        return SegmentedParagraph(paragraph: paragraph, spans: spans)
    }

    /// The sentences of a whole source, paragraph by paragraph.
    public func segments(of source: ByteSource) throws(SegmentationError) -> [Segment] {
        var segments: [Segment] = []
        try forEachSegment(of: source) { segments.append($0) }
        return segments
    }

    /// The sentences of `text`.
    public func segments(in text: String) throws(SegmentationError) -> [Segment] {
        try segments(of: .text(text))
    }

    /// Calls `body` with each sentence of `source` as soon as its paragraph is read.
    public func forEachSegment(
        of source: ByteSource, _ body: (Segment) throws(SegmentationError) -> Void
    )
        throws(SegmentationError)
    {
        try forEachParagraph(of: source) { paragraph throws(SegmentationError) in
            for span in paragraph.spans { try body(paragraph.segment(at: span)) }
        }
    }

    /// Calls `body` with each paragraph of `source` and its sentences, as it is read.
    public func forEachParagraph(
        of source: ByteSource, _ body: (SegmentedParagraph) throws(SegmentationError) -> Void
    )
        throws(SegmentationError)
    {
        var reader = ParagraphReader(source: source)
        while true {
            let paragraph: SourceParagraph?
            do {
                paragraph = try reader.next()
            } catch {
                throw .input(error)
            }
            guard let paragraph else { return }
            let found: SegmentedParagraph
            do {
                found = try segmented(paragraph)
            } catch {
                throw .icu(error)
            }
            try body(found)
        }
    }

    /// The pack's prefixes as ICU suppressions, capitalised ("Mr.", "Dr."), so ICU itself
    /// does not break after them. ICU matches a suppression against the end of any word, so
    /// lower-case and one-letter forms ("st.", "p.") would also hide the ends of "coast." or
    /// "ship."; the refiner handles those forms with whole-word matching. So does it two
    /// letters ending in s (`Ms.`, `PS.`): as suppressions they hid the end of plural
    /// acronyms, `MPs.`, `GPs.`, `CMs.` (pass 41).
    private static func suppressions(_ profile: SegmentationProfile) -> [String] {
        profile.prefixes.filter {
            $0.count >= 2 && $0.first?.isLetter == true && !($0.count == 2 && $0.hasSuffix("s"))
        }
        .map { $0.prefix(1).uppercased() + $0.dropFirst() + "." }.sorted()
    }
}

/// Why segmentation stopped.
public enum SegmentationError: Error, Equatable, CustomStringConvertible {
    /// The input could not be read.
    case input(InputError)
    /// ICU failed.
    case icu(ICUError)
    /// The consumer of the segments failed (for example, writing the output).
    case output(InputError)

    /// A message for people: what is wrong, where, and what to do.
    public var description: String {
        switch self {
        case .input(let error), .output(let error): error.description
        case .icu(let error): error.description
        }
    }
}
