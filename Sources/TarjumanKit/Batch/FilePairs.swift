import Foundation

/// One job of a batch run: a source document, its translation, and where its own result
/// goes (`nil`: the run's main output).
public struct FilePair: Sendable, Equatable {
    /// The source document.
    public let source: String
    /// The translation.
    public let target: String
    /// This pair's own output file, if any.
    public let output: String?
    /// Where the pair was given, for messages: `PAIRS.tsv:3` or `argument 2`.
    public let origin: String

    /// A pair.
    public init(source: String, target: String, output: String? = nil, origin: String) {
        self.source = source
        self.target = target
        self.output = output
        self.origin = origin
    }
}

/// Lists of file pairs for `--batch`: one `source<TAB>target[<TAB>output]` per line.
public enum FilePairs {
    /// The pairs in a batch file's `text`. Blank lines and lines starting with `#` are
    /// skipped; fields are separated by tabs, surrounding spaces are kept (they are part of
    /// file names). A line with one field, more than three, or an empty name is an error at
    /// its line and column.
    public static func parse(_ text: String, file: String) throws(FilePairsError) -> [FilePair] {
        var pairs: [FilePair] = []
        var lineNumber = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine[...]
            if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(
                String.init)
            guard fields.count == 2 || fields.count == 3 else {
                throw FilePairsError(
                    file: file, position: SourcePosition(line: lineNumber, column: 1),
                    message:
                        "expected source<TAB>target or source<TAB>target<TAB>output, found \(fields.count) field(s)"
                )
            }
            var column = 1
            for field in fields {
                if field.isEmpty {
                    throw FilePairsError(
                        file: file, position: SourcePosition(line: lineNumber, column: column),
                        message: "empty file name")
                }
                column += field.unicodeScalars.count + 1
            }
            pairs.append(
                FilePair(
                    source: fields[0], target: fields[1],
                    output: fields.count == 3 ? fields[2] : nil,
                    origin: "\(file):\(lineNumber)"))
        }
        return pairs
    }

    /// Command-line arguments `SOURCE TARGET [SOURCE TARGET …]` as pairs.
    public static func fromArguments(_ arguments: [String]) -> [FilePair] {
        stride(from: 0, to: arguments.count - 1, by: 2).map { index in
            FilePair(
                source: arguments[index], target: arguments[index + 1],
                origin: "arguments \(index + 1)–\(index + 2)")
        }
    }
}

/// A batch file line that is not a pair.
public struct FilePairsError: Error, Equatable, CustomStringConvertible {
    /// The batch file.
    public let file: String
    /// Where the problem is.
    public let position: SourcePosition
    /// What is wrong.
    public let message: String

    /// A message for people: what is wrong, where, and what to do.
    public var description: String { "\(file):\(position): error: \(message)" }
}
