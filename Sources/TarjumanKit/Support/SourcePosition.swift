/// A place in a text file: 1-based line and column.
///
/// Columns count Unicode scalars, not bytes and not grapheme clusters, so a column is the
/// same whatever the terminal or font. A line ends at LF, CR LF or CR.
public struct SourcePosition: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column, in Unicode scalars.
    public var column: Int

    /// Creates a position from a 1-based line and column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The start of a file.
    public static let start = SourcePosition(line: 1, column: 1)

    /// Orders values from first to last.
    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    /// `line:column`.
    /// A message for people: what is wrong, where, and what to do.
    public var description: String { "\(line):\(column)" }
}
