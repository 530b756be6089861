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

    /// Whether `path` names standard input: `-`, or any name of the file standard input is
    /// (`/dev/stdin`, `//dev/stdin`, a link to it: the same device and inode; pass 22:
    /// `check - /dev/stdin` read it twice, the second time empty). Only a stream read once
    /// counts (a pipe, a socket, a terminal): when standard input is a file or `/dev/null`,
    /// a name of it is opened and read on its own (review of pass 23: `check /dev/null
    /// /dev/null` with standard input from `/dev/null` was refused as reading it twice).
    public static func isStandardInput(_ path: String) -> Bool {
        if path == "-" { return true }
        var input = stat()
        var named = stat()
        guard fstat(STDIN_FILENO, &input) == 0, stat(path, &named) == 0 else { return false }
        let type = input.st_mode & S_IFMT
        guard type == S_IFIFO || type == S_IFSOCK || isatty(STDIN_FILENO) != 0 else {
            return false
        }
        return input.st_dev == named.st_dev && input.st_ino == named.st_ino
    }

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
    /// The pairs in a batch file's `text`, and the lines that are not pairs (each an error
    /// at its line and column, so the caller can report it and run the rest). A leading
    /// byte-order mark is dropped; blank lines and lines whose first non-blank character is
    /// `#` are skipped; fields are separated by tabs and keep their spaces (they are part of
    /// file names). An empty or `-` output field means the run's main output. A line with
    /// one field or more than three, or an empty file name, is not a pair.
    public static func parse(_ text: String, file: String) -> (
        pairs: [FilePair], problems: [FilePairsError]
    ) {
        var pairs: [FilePair] = []
        var problems: [FilePairsError] = []
        var lineNumber = 0
        let body = text.hasPrefix("\u{FEFF}") ? text.dropFirst() : text[...]
        for rawLine in body.splitLines() {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine[...]
            let content = line.drop(while: \.isWhitespace)
            if content.isEmpty || content.hasPrefix("#") { continue }
            var fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(
                String.init)
            if fields.count == 3 && (fields[2].isEmpty || fields[2] == "-") { fields.removeLast() }
            guard fields.count == 2 || fields.count == 3 else {
                problems.append(
                    FilePairsError(
                        file: file, position: SourcePosition(line: lineNumber, column: 1),
                        message:
                            "expected source<TAB>target or source<TAB>target<TAB>output, found \(fields.count) field(s)"
                    ))
                continue
            }
            var column = 1
            var empty: Int?
            for field in fields {
                if field.isEmpty && empty == nil { empty = column }
                column += field.unicodeScalars.count + 1
            }
            if let empty {
                problems.append(
                    FilePairsError(
                        file: file, position: SourcePosition(line: lineNumber, column: empty),
                        message: "empty file name"))
                continue
            }
            pairs.append(
                FilePair(
                    source: fields[0], target: fields[1],
                    output: fields.count == 3 ? fields[2] : nil, origin: "\(file):\(lineNumber)"))
        }
        return (pairs, problems)
    }

    /// Problems of a whole run's pairs that would lose or garble data if it went ahead: an
    /// output file that is also an input of the run (or `extraInputs`, such as the batch
    /// file), two pairs writing the same output file, a pair writing the run's own output
    /// (`mainOutput`, where the pairs without an output go), one pair twice into that output,
    /// or standard input (`-`) read by more than one pair or also holding the batch list. Two
    /// names are one file when `fileKey` gives them the same key (asked once per name, so
    /// thousands of pairs check in linear time).
    public static func conflicts(
        in pairs: [FilePair], extraInputs: [String] = [], mainOutput: String? = nil,
        stdinTaken: Bool = false, fileKey: (String) -> String
    ) -> [String] {
        var problems: [String] = []
        var keys: [String: String] = [:]
        func key(_ name: String) -> String {
            if let known = keys[name] { return known }
            let found = fileKey(name)
            keys[name] = found
            return found
        }
        // The first name each input file goes by.
        var inputs: [String: String] = [:]
        for input in pairs.flatMap({ [$0.source, $0.target] }) + extraInputs where input != "-" {
            let found = key(input)
            if inputs[found] == nil { inputs[found] = input }
        }
        // The run's own output (`-o`) is taken before any pair's.
        var outputs: [String: String] = [:]
        if let mainOutput, mainOutput != "-" {
            outputs[key(mainOutput)] = "-o"
            if let input = inputs[key(mainOutput)] {
                problems.append("output \(mainOutput) is also an input (\(input))")
            }
        }
        for pair in pairs {
            guard let output = pair.output else { continue }
            let found = key(output)
            if let input = inputs[found] {
                problems.append("\(pair.origin): output \(output) is also an input (\(input))")
            }
            if let earlier = outputs[found] {
                problems.append(
                    "\(pair.origin): output \(output) is also the output of \(earlier)")
            } else {
                outputs[found] = pair.origin
            }
        }
        // The same pair twice into the run's own output: its units or findings twice, under
        // the same ids (pass 54: `align a.en a.ur a.en a.ur --format tmx`).
        var mainPairs: [String: String] = [:]
        for pair in pairs where pair.output == nil && pair.source != "-" && pair.target != "-" {
            let found = key(pair.source) + "\u{0}" + key(pair.target)
            if let earlier = mainPairs[found] {
                problems.append(
                    "\(pair.origin): \(pair.source) and \(pair.target) are already the pair of "
                        + "\(earlier); give each pair once")
            } else {
                mainPairs[found] = pair.origin
            }
        }
        var stdinUsers = stdinTaken ? 1 : 0
        for pair in pairs
        where FilePair.isStandardInput(pair.source) || FilePair.isStandardInput(pair.target) {
            let both =
                FilePair.isStandardInput(pair.source) && FilePair.isStandardInput(pair.target)
            stdinUsers += both ? 2 : 1
            if stdinUsers > 1 {
                problems.append(
                    "\(pair.origin): standard input (-) is already read by another pair or the batch list"
                )
            }
        }
        return problems
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
