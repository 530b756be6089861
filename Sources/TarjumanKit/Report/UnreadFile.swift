import Foundation

/// An input a run could not read (a glossary in a linted folder, a pair's file), which it
/// skipped while reporting on the others: machine-readable reports list it, so that CI sees
/// what was not checked and why.
public struct UnreadFile: Sendable, Equatable, CustomStringConvertible {
    /// The file.
    public let file: String
    /// Where in it reading stopped, when the problem has a place (invalid UTF-8).
    public let position: SourcePosition?
    /// What is wrong and what to do.
    public let message: String

    /// A file not read, for `message`.
    public init(file: String, position: SourcePosition? = nil, message: String) {
        self.file = file
        self.position = position
        self.message = message
    }

    /// `FILE[:LINE:COL]: error: message`, as standard error shows it.
    public var description: String {
        "\(file)\(position.map { ":\($0)" } ?? ""): error: \(message)"
    }

    /// A file not read, from the line a run reported about it (`FILE[:LINE:COL]: error:
    /// message`), or `file` and the whole line when it is not of that form (pass 32: a
    /// report repeated the line's `FILE: error:` after its own).
    public init(reported line: String, file: String) {
        guard let marker = line.range(of: ": error: ") else {
            self.init(file: file, message: line)
            return
        }
        var location = Substring(line[..<marker.lowerBound])
        var position: SourcePosition?
        let parts = location.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count >= 3, let line = Int(parts[parts.count - 2]),
            let column = Int(parts[parts.count - 1])
        {
            position = SourcePosition(line: line, column: column)
            location = location.dropLast(
                parts[parts.count - 2].count + parts[parts.count - 1].count + 2)
        } else if parts.count >= 2, let line = Int(parts[parts.count - 1]), line > 0 {
            // A batch list's line (`pairs.tsv:2`), at its first column (pass 42: the file
            // was named `pairs.tsv:2` in every report).
            position = SourcePosition(line: line, column: 1)
            location = location.dropLast(parts[parts.count - 1].count + 1)
        }
        self.init(
            file: location.isEmpty ? file : String(location), position: position,
            message: String(line[marker.upperBound...]))
    }

    /// The file `error` is about.
    public init(_ error: InputError) {
        self.init(file: error.file, position: error.position, message: error.reason)
    }
}
