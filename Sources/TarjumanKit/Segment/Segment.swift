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
