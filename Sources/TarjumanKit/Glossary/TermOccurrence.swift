/// A glossary term found in a text.
public struct TermOccurrence: Sendable, Equatable {
    /// The concept id of the matched rows.
    public let id: String
    /// Indices into `Glossary.entries` of every row whose form matched here.
    public let entries: [Int]
    /// The text as written.
    public let text: String
    /// Scalar offsets of the match in the text.
    public let range: Range<Int>
    /// Where the match starts.
    public let position: SourcePosition
}

/// A term found by a ``TermMatcher``: the rows whose forms matched, and the scalar offsets
/// of the match in the text searched.
struct TermMatch: Sendable {
    let range: Range<Int>
    let entries: [Int]
}

/// Which side of a glossary a text is written in.
public enum GlossarySide: String, Sendable {
    /// The source language (the glossary's first language, e.g. English).
    case source
    /// The target language (e.g. Urdu, Balochi).
    case target
}

extension TermOccurrence {
    /// The occurrence found in a paragraph that starts at column 1 of `line` of its file, with
    /// its position counted in the file (its scalar range stays the paragraph's).
    func moved(toLine line: Int) -> TermOccurrence {
        TermOccurrence(
            id: id, entries: entries, text: text, range: range,
            position: SourcePosition(line: position.line + line - 1, column: position.column))
    }
}
