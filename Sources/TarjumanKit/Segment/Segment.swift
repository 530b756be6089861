/// One sentence (or heading, or list item) found by the segmenter, with its exact place in
/// the source file.
///
/// The segments of a file plus the gaps between them (white space and line breaks only)
/// reproduce the file byte for byte.
public struct Segment: Sendable, Equatable, Codable {
    /// 1-based paragraph number.
    public let paragraph: Int
    /// 1-based sentence number within the paragraph.
    public let sentence: Int
    /// Byte offset of the first byte in the file.
    public let byteStart: Int
    /// Byte offset just past the last byte.
    public let byteEnd: Int
    /// Position of the first character.
    public let start: SourcePosition
    /// Position just past the last character (on the same line as the last character).
    public let end: SourcePosition
    /// The exact text, line breaks of hard-wrapped lines included.
    public let text: String

    /// Stable id: paragraph and sentence number, e.g. `p3s2`.
    public var id: String { "p\(paragraph)s\(sentence)" }

    /// The byte range in the file.
    public var byteRange: Range<Int> { byteStart..<byteEnd }
}

/// Where one sentence lies in its paragraph, without its text copied out: what the
/// segmenter finds, from which ``Segment`` values or output lines are made.
public struct SegmentSpan: Sendable, Equatable {
    /// 1-based sentence number within the paragraph.
    public let sentence: Int
    /// The sentence's bytes within the paragraph's bytes.
    public let bytes: Range<Int>
    /// Position of the first character.
    public let start: SourcePosition
    /// Position just past the last character.
    public let end: SourcePosition
}

/// A paragraph with the sentences found in it.
public struct SegmentedParagraph: Sendable {
    /// The paragraph as read.
    public let paragraph: SourceParagraph
    /// Its sentences in order.
    public let spans: [SegmentSpan]

    /// The sentences as ``Segment`` values (each with its own copy of the text).
    public var segments: [Segment] {
        spans.map { segment(at: $0) }
    }

    /// `span` as a ``Segment``.
    public func segment(at span: SegmentSpan) -> Segment {
        Segment(
            paragraph: paragraph.number, sentence: span.sentence,
            byteStart: paragraph.byteOffset + span.bytes.lowerBound,
            byteEnd: paragraph.byteOffset + span.bytes.upperBound, start: span.start,
            end: span.end,
            text: String(decoding: paragraph.bytes[span.bytes], as: UTF8.self))
    }
}
