import Foundation

/// Findings a project has accepted one by one, each with its reason, in a TSV file kept in
/// the repository (`check --suppressions FILE`). Columns (header row required):
///
/// - `check`: the check id (required, must exist);
/// - `source`: text the finding's source sentence contains (empty: any);
/// - `target`: text the finding's translated sentence contains (empty: any);
/// - `reason`: why it is accepted (required);
/// - `file` (optional): the file it applies to (empty: any), the finding's own or the one it
///   points to (a `term-missing` finding sits in the source and points to the translation):
///   its name, or a path as a report prints it, relative or absolute; the shorter of the two
///   paths must be the end of the longer, part by part.
///
/// Text is compared with white space collapsed, so a suppression survives re-wrapping and
/// edits elsewhere in the document. A suppression that matches nothing is stale and listed;
/// one whose every finding earlier entries suppress is redundant and listed.
public struct Suppressions: Sendable {
    /// One accepted finding.
    public struct Entry: Sendable, Equatable {
        /// The check id.
        public let check: String
        /// Text the source sentence contains.
        public let source: String
        /// Text the translated sentence contains.
        public let target: String
        /// Why the finding is accepted.
        public let reason: String
        /// The translation's file name, if limited to one.
        public let file: String
        /// Where the entry is written.
        public let line: Int
    }

    /// The entries, in file order.
    public let entries: [Entry]
    /// The file, for messages.
    public let file: String

    private static let columns = ["check", "source", "target", "reason", "file"]

    /// Reads a suppression file; every problem is an error at its line and column.
    /// `customChecks` are the project's own check ids (`tarjuman.yaml`), accepted too.
    public init(tsv text: String, file: String, customChecks: Set<String> = [])
        throws(SuppressionsError)
    {
        self.file = file
        var reader = DelimitedReader(text, separator: "\t")
        var header: [String: Int]?
        var headerCount = 0
        var entries: [Entry] = []
        while let record = reader.next(comments: true) {
            if record.fields.isEmpty || record.fields == [""] { continue }
            if let problem = record.problem {
                throw SuppressionsError(
                    file: file, position: SourcePosition(line: record.line, column: problem.column),
                    message: problem.message)
            }
            guard let columns = header else {
                var found: [String: Int] = [:]
                // Empty fields after the last name (a spreadsheet's trailing tabs) are nothing.
                let named = record.fields.lastIndex { !$0.isEmpty }.map { $0 + 1 } ?? 0
                for (index, name) in record.fields.prefix(named).enumerated() {
                    guard Self.columns.contains(name) else {
                        throw SuppressionsError(
                            file: file,
                            position: SourcePosition(
                                line: record.line, column: record.columns[index]),
                            message:
                                "unknown column '\(name)'; columns: \(Self.columns.joined(separator: ", "))"
                        )
                    }
                    if let first = found[name] {
                        throw SuppressionsError(
                            file: file,
                            position: SourcePosition(
                                line: record.line, column: record.columns[index]),
                            message:
                                "column '\(name)' is named twice (also column \(first + 1)); "
                                + "keep one")
                    }
                    found[name] = index
                }
                for required in ["check", "reason"] where found[required] == nil {
                    throw SuppressionsError(
                        file: file, position: SourcePosition(line: record.line, column: 1),
                        message: "the header needs a '\(required)' column")
                }
                header = found
                headerCount = named
                continue
            }
            // A field past the header's columns would be dropped, and with it maybe the
            // file the entry was meant for (pass 16: it then hid another file's finding).
            // (Empty fields after the last column, as spreadsheets may write, are nothing.)
            if let extra = record.fields.indices.dropFirst(headerCount).first(where: {
                !record.fields[$0].isEmpty
            }) {
                throw SuppressionsError(
                    file: file,
                    position: SourcePosition(line: record.line, column: record.columns[extra]),
                    message:
                        "this row has \(record.fields.count) fields but the header names "
                        + "\(headerCount) columns; a tab inside a text splits it (write the "
                        + "text without tabs) or the header lacks a column")
            }
            func field(_ name: String) -> String {
                guard let index = columns[name], index < record.fields.count else { return "" }
                return record.fields[index]
            }
            let check = field("check")
            guard !check.isEmpty else {
                throw SuppressionsError(
                    file: file, position: SourcePosition(line: record.line, column: 1),
                    message: "a suppression needs a check id")
            }
            do {
                if !customChecks.contains(check) {
                    try RuleCatalog.checkKnown([check], scope: .translation)
                }
            } catch {
                throw SuppressionsError(
                    file: file, position: SourcePosition(line: record.line, column: 1),
                    message: error.description)
            }
            guard field("reason").contains(where: { !$0.isWhitespace }) else {
                throw SuppressionsError(
                    file: file, position: SourcePosition(line: record.line, column: 1),
                    message: "a suppression needs a reason (why the finding is accepted)")
            }
            entries.append(
                Entry(
                    check: check, source: Self.collapsed(field("source")),
                    target: Self.collapsed(field("target")), reason: field("reason"),
                    file: field("file"), line: record.line))
        }
        self.entries = entries
    }

    /// One entry prepared for matching: its texts as bytes, its path split once.
    private struct Candidate {
        let index: Int
        let source: [UInt8]
        let target: [UInt8]
        let file: [Substring]
    }

    /// The entries of one check, found by the first four bytes of a text they need: a
    /// finding is compared only with the entries whose text could be in its sentences, not
    /// with all of them (5,000 findings against 5,000 entries of one check took 20 s).
    private struct CheckIndex {
        var candidates: [Candidate] = []
        /// Candidates (positions in `candidates`) by the first four bytes of their target
        /// text, or of their source text when the target is shorter.
        var byTarget: [UInt32: [Int]] = [:]
        var bySource: [UInt32: [Int]] = [:]
        /// Candidates with neither text four bytes long: compared with every finding.
        var always: [Int] = []

        mutating func add(_ candidate: Candidate) {
            let position = candidates.count
            candidates.append(candidate)
            if candidate.target.count >= 4 {
                byTarget[Self.key(candidate.target, at: 0), default: []].append(position)
            } else if candidate.source.count >= 4 {
                bySource[Self.key(candidate.source, at: 0), default: []].append(position)
            } else {
                always.append(position)
            }
        }

        static func key(_ bytes: [UInt8], at offset: Int) -> UInt32 {
            UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16
                | UInt32(bytes[offset + 2]) << 8 | UInt32(bytes[offset + 3])
        }

        /// The candidates that may match sentences `source` and `target`, in entry order.
        func possible(source: [UInt8], target: [UInt8]) -> [Int] {
            var found = Set(always)
            for (text, index) in [(target, byTarget), (source, bySource)] where !index.isEmpty {
                for offset in stride(from: 0, to: text.count - 3, by: 1) {
                    if let positions = index[Self.key(text, at: offset)] {
                        found.formUnion(positions)
                    }
                }
            }
            return found.sorted()
        }
    }

    /// Splits `findings` into those still reported and those suppressed (each by the first
    /// entry that matches it), and lists the entries that matched no finding (stale) and
    /// those whose every finding earlier entries took (redundant, with the first earlier
    /// entry found to take one).
    public func apply(_ findings: [Finding]) -> (
        kept: [Finding], suppressed: [Finding], stale: [Entry],
        redundant: [(entry: Entry, by: Entry)]
    ) {
        // Entries by check, with their texts as bytes: each finding is compared with its
        // own check's entries that could match, by a byte search (10,000 findings against
        // 2,000 entries of one check took over a minute with String.contains). Each entry's
        // path is split once, and the current folder read once.
        var byCheck: [String: CheckIndex] = [:]
        for (index, entry) in entries.enumerated() {
            byCheck[entry.check, default: CheckIndex()].add(
                Candidate(
                    index: index, source: Array(entry.source.utf8),
                    target: Array(entry.target.utf8), file: Self.components(entry.file)))
        }
        let folder = FileManager.default.currentDirectoryPath
        var used = Set<Int>()
        // An entry matching only findings an earlier entry took: the index of that entry.
        var shadowedBy: [Int: Int] = [:]
        var kept: [Finding] = []
        var suppressed: [Finding] = []
        for finding in findings {
            guard let checkIndex = byCheck[finding.rule] else {
                kept.append(finding)
                continue
            }
            let source = Array(
                Self.collapsed(finding.context.first.map(Self.sentence) ?? "").utf8)
            let target = Array(
                Self.collapsed(finding.context.dropFirst().first.map(Self.sentence) ?? "").utf8)
            let absolute = { (file: String) in
                Self.components(file.hasPrefix("/") ? file : folder + "/" + file)
            }
            // The finding's file, and the file it points to: a finding placed in the source
            // (`term-missing`) is scoped by its translation (pass 32: no entry could name it).
            let paths =
                [absolute(finding.file)] + (finding.related.map { [absolute($0.file)] } ?? [])
            var taker: Int?
            for candidateIndex in checkIndex.possible(source: source, target: target) {
                let candidate = checkIndex.candidates[candidateIndex]
                // After the first match, only entries not yet known to match need looking at.
                if taker != nil,
                    used.contains(candidate.index) || shadowedBy[candidate.index] != nil
                {
                    continue
                }
                guard
                    (entries[candidate.index].file.isEmpty
                        || paths.contains { Self.samePath(candidate.file, $0) })
                        && Self.bytes(source, contain: candidate.source)
                        && Self.bytes(target, contain: candidate.target)
                else { continue }
                if let taker {
                    shadowedBy[candidate.index] = taker
                } else {
                    taker = candidate.index
                }
            }
            if let taker {
                used.insert(taker)
                suppressed.append(finding)
            } else {
                kept.append(finding)
            }
        }
        let unused = entries.indices.filter { !used.contains($0) }
        let stale = unused.filter { shadowedBy[$0] == nil }.map { entries[$0] }
        let redundant = unused.compactMap { index in
            shadowedBy[index].map { (entry: entries[index], by: entries[$0]) }
        }
        return (kept, suppressed, stale, redundant)
    }

    /// What is wrong with each entry ``apply(_:)`` found unused, by line, in the order of
    /// the lines (pass 17: the stale ones came first, then the redundant ones).
    public func unusedWarnings(stale: [Entry], redundant: [(entry: Entry, by: Entry)])
        -> [(line: Int, message: String)]
    {
        let stale = stale.map { entry in
            (
                line: entry.line,
                message:
                    "stale suppression: no \(entry.check) finding matches it any more; delete the line"
            )
        }
        let redundant = redundant.map { entry, earlier in
            (
                line: entry.line,
                message: "redundant suppression: earlier lines (the first: \(earlier.line)) "
                    + "already suppress every finding it matches; delete the line"
            )
        }
        return (stale + redundant).sorted { $0.line < $1.line }
    }

    /// Whether `text` contains `part` (an empty part is in every text).
    private static func bytes(_ text: [UInt8], contain part: [UInt8]) -> Bool {
        guard !part.isEmpty else { return true }
        guard part.count <= text.count else { return false }
        return text.withUnsafeBufferPointer { haystack in
            part.withUnsafeBufferPointer { needle in
                let first = needle[0]
                var start = 0
                while start <= haystack.count - needle.count {
                    if haystack[start] == first
                        && (1..<needle.count).allSatisfy({ haystack[start + $0] == needle[$0] })
                    {
                        return true
                    }
                    start += 1
                }
                return false
            }
        }
    }

    /// The sentence of a context line (`en: text` → `text`).
    private static func sentence(_ line: String) -> String {
        guard let colon = line.firstIndex(of: ":") else { return line }
        return String(line[line.index(after: colon)...])
    }

    /// White space collapsed and NFC: compared as bytes, canonically equivalent spellings
    /// (ہ + ٔ and ۂ) must be the same bytes.
    private static func collapsed(_ text: String) -> String {
        text.collapsingWhiteSpace().precomposedStringWithCanonicalMapping
    }
}

extension Suppressions {
    /// The names of a path, `.` and `..` resolved (`./ck//d.ur.txt` → `ck`, `d.ur.txt`; a
    /// relative path's leading `..` parts are dropped).
    static func components(_ path: String) -> [Substring] {
        // An absolute path starts with an empty part, the root, which only a path from the
        // root matches (`/repo/d.ur.txt` named /other/repo/d.ur.txt too).
        var parts: [Substring] = path.hasPrefix("/") ? [""] : []
        for part in path.split(separator: "/") where part != "." {
            if part == ".." {
                if let last = parts.last, !last.isEmpty { parts.removeLast() }
            } else {
                parts.append(part)
            }
        }
        return parts
    }

    /// Whether a suppression's `entry` path names the file at `file` (from the root): the
    /// entry is the end of the file's path, part by part (`d.ur.txt`, `ck/d.ur.txt` and
    /// `/repo/ck/d.ur.txt` all name `/repo/ck/d.ur.txt`; `other/d.ur.txt` and
    /// `/ck/d.ur.txt` do not).
    static func samePath(_ entry: [Substring], _ file: [Substring]) -> Bool {
        guard !entry.isEmpty, entry.count <= file.count else { return false }
        return file.suffix(entry.count).elementsEqual(entry)
    }
}

/// A suppression file that cannot be read.
public struct SuppressionsError: Error, Equatable, CustomStringConvertible {
    /// The file.
    public let file: String
    /// Where the problem is.
    public let position: SourcePosition
    /// What is wrong.
    public let message: String

    /// A message for people: what is wrong, where, and what to do.
    public var description: String { "\(file):\(position): error: \(message)" }
}
