/// Line and column lookup for scalar offsets in a text (LF, CR LF and CR end lines).
struct LinePositions {
    /// Scalar offsets where each line starts.
    private let lineStarts: [Int]

    init(_ scalars: [Unicode.Scalar]) {
        var starts = [0]
        var index = 0
        while index < scalars.count {
            let value = scalars[index].value
            if value == 0x0D && index + 1 < scalars.count && scalars[index + 1].value == 0x0A {
                index += 1
            }
            if value == 0x0A || value == 0x0D { starts.append(index + 1) }
            index += 1
        }
        lineStarts = starts
        startsWithMark = scalars.first == "\u{FEFF}"
    }

    /// Whether the text starts with a byte-order mark, which takes no column (editors hide
    /// it): the texts given are files, paragraphs and sentences, and only a file's first
    /// paragraph starts with one.
    private let startsWithMark: Bool

    /// The 1-based line and column of scalar offset `offset`.
    func position(of offset: Int) -> SourcePosition {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let mark = low == 0 && startsWithMark && offset > 0 ? 1 : 0
        return SourcePosition(line: low + 1, column: offset - lineStarts[low] + 1 - mark)
    }
}
