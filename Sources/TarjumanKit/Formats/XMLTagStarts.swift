import Foundation

/// Where start tags begin in a document held in memory. The XML parser says where a start
/// tag ends (its `>`, or the `/` of `/>`); a finding about an element belongs at its `<`
/// (pass 39: XLIFF findings pointed past the end of `<segment …>`). Elements arrive in
/// document order, so a cursor walks the text once, forward, whatever its size.
struct XMLTagStarts {
    /// The document with its line ends as LF, as the parser read it.
    private let text: Data
    /// A place the cursor has reached: its line and column (in Unicode scalars) and the
    /// byte where the scalar there starts.
    private var line = 1
    private var column = 1
    private var offset: Int

    init(_ text: Data) {
        self.text = text
        offset = text.startIndex
    }

    /// The position of the `<` of the start tag that ends at `end` (the parser's line and
    /// column); `end` itself when the text there is not the end of a start tag (the parser
    /// counted otherwise), so that a position is never worse than the parser's.
    mutating func start(ofTagEndingAt end: SourcePosition) -> SourcePosition {
        guard let closing = advance(to: end), closing < text.endIndex,
            text[closing] == 0x3E || text[closing] == 0x2F
        else { return end }
        // No `<` stands inside a start tag (not even in its attribute values), so the first
        // one before its end is its own.
        var open = closing
        var lineBreaks = 0
        while open > text.startIndex && text[open] != 0x3C {
            open -= 1
            if text[open] == 0x0A { lineBreaks += 1 }
        }
        guard text[open] == 0x3C else { return end }
        let text = self.text
        let scalars = { (bytes: Range<Int>) in
            text[bytes].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        }
        // On the tag's last line, counted back from its end: walking to the line's start
        // for every element made a document of one long line quadratic (review: a 2.6 MB
        // TMX on one line ran for minutes).
        guard lineBreaks > 0 else {
            return SourcePosition(line: end.line, column: end.column - scalars(open..<closing))
        }
        // A tag over several lines: back to the start of the line it opens on (each line
        // is walked for one such tag at most, since the next starts after it ends).
        var lineStart = open
        while lineStart > text.startIndex && text[lineStart - 1] != 0x0A { lineStart -= 1 }
        return SourcePosition(line: end.line - lineBreaks, column: scalars(lineStart..<open) + 1)
    }

    /// The position of the last of `marks` (`<`, `&`) before `end` on its line: where the
    /// markup starts that the parser reports an error after (pass 51: a stray `&` was
    /// reported one column past it, a wrong closing tag after its `>`); `end` itself when
    /// there is none.
    mutating func start(ofMarkupBefore end: SourcePosition, marks: Set<UInt8>) -> SourcePosition {
        guard let at = advance(to: end) else { return end }
        var found = at
        while found > text.startIndex && text[found - 1] != 0x0A {
            found -= 1
            if marks.contains(text[found]) {
                let scalars = text[found..<at].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
                return SourcePosition(line: end.line, column: end.column - scalars)
            }
        }
        return end
    }

    /// Moves the cursor forward to `target` and returns its byte (the text's end when the
    /// target is just past its last character), or nil when the target lies behind the
    /// cursor or further past the text.
    private mutating func advance(to target: SourcePosition) -> Int? {
        guard (line, column) <= (target.line, target.column) else { return nil }
        while (line, column) < (target.line, target.column) {
            guard offset < text.endIndex else { return nil }
            if text[offset] == 0x0A {
                line += 1
                column = 1
                offset += 1
            } else {
                column += 1
                offset += 1
                while offset < text.endIndex && text[offset] & 0xC0 == 0x80 { offset += 1 }
            }
        }
        return (line, column) == (target.line, target.column) ? offset : nil
    }
}
