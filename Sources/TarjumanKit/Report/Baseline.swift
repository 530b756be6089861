public import Foundation

/// What identifies a finding across edits of a document: the check, the file's name (and
/// for a finding in a source, its translation's), the two aligned sentences it is about
/// (white space collapsed), and its message with every `line:column` and `line N` taken
/// out — never its own position, so a finding keeps its signature when lines are added or
/// removed elsewhere.
public struct FindingSignature: Hashable, Sendable, Codable, Comparable {
    /// The check id.
    public let rule: String
    /// The file's name (last path component).
    public let file: String
    /// For a finding in a source, the name of the translation it was checked against
    /// (``Finding/counterpart``); absent from baselines written before it was kept.
    public let counterpart: String?
    /// The aligned sentences (`en: …`, `ur: …`), white space collapsed; a line longer than
    /// ``Finding/shownCharacters`` is kept as its beginning and a hash of the whole, so that
    /// an edit anywhere in it, and only a real edit, makes the finding new.
    public let context: [String]
    /// The message without positions.
    public let message: String

    /// The signature of `finding`.
    public init(_ finding: Finding) {
        self.init(finding, context: finding.context.map(Self.kept))
    }

    /// The signature of `finding` whose context lines are `context`, as ``kept(_:)`` keeps
    /// them.
    private init(_ finding: Finding, context: [String]) {
        rule = finding.rule
        file = (finding.file as NSString).lastPathComponent
        counterpart = finding.counterpart.map { ($0 as NSString).lastPathComponent }
        self.context = context
        // Line numbers are positions too: `line 11`, `lines 4–6`; and so is how far a
        // line drift has moved the lines after it (passes 23 and 24: a baselined drift came
        // back as new when a line was added above it, or another drift before it).
        message = Self.collapsed(
            finding.message.replacingOccurrences(
                of: #"\d+:\d+"#, with: "…", options: .regularExpression
            ).replacingOccurrences(
                of: #"\b(lines?) \d+(–\d+)?"#, with: "$1 …", options: .regularExpression
            ).replacingOccurrences(
                of: #" \(the lines after it are [^)]*\)"#, with: "", options: .regularExpression))
    }

    private init(_ signature: FindingSignature, counterpart: String?) {
        rule = signature.rule
        file = signature.file
        self.counterpart = counterpart
        context = signature.context
        message = signature.message
    }

    /// The signature as a baseline written before translations were told apart records it
    /// (nil when it has no counterpart): such a baseline still hides the finding, whichever
    /// translation it is found against.
    var withoutCounterpart: FindingSignature? {
        counterpart == nil ? nil : FindingSignature(self, counterpart: nil)
    }

    private static func collapsed(_ text: String) -> String { text.collapsingWhiteSpace() }

    /// The signatures of `findings`, in order. The findings of one bead share its context:
    /// each context is prepared once, not once per finding (3,200 findings of one 80 KB
    /// sentence pair took over a minute).
    static func of(_ findings: [Finding]) -> [FindingSignature] {
        var previous: (context: [String], kept: [String])?
        return findings.map { finding in
            if let previous, previous.context == finding.context {
                return FindingSignature(finding, context: previous.kept)
            }
            let kept = finding.context.map(Self.kept)
            previous = (finding.context, kept)
            return FindingSignature(finding, context: kept)
        }
    }

    /// A context line as a baseline keeps it: collapsed, and past ``Finding/shownCharacters``
    /// its beginning with an FNV-1a hash of the whole collapsed line.
    private static func kept(_ line: String) -> String {
        let line = collapsed(line)
        let head = line.prefix(Finding.shownCharacters)
        guard head.endIndex < line.endIndex else { return line }
        let hash = UInt64(bitPattern: MemoryHash.of(line))
        return "\(head)… (hash \(String(hash, radix: 16)))"
    }

    /// Orders signatures by rule, file, counterpart, message and context (the order a
    /// baseline is written in).
    public static func < (lhs: FindingSignature, rhs: FindingSignature) -> Bool {
        (
            lhs.rule, lhs.file, lhs.counterpart ?? "", lhs.message,
            lhs.context.joined(separator: "\n")
        )
            < (
                rhs.rule, rhs.file, rhs.counterpart ?? "", rhs.message,
                rhs.context.joined(separator: "\n")
            )
    }
}

/// The findings a project has accepted for now (`check --write-baseline`), so that a CI run
/// (`check --baseline`) fails only on new ones. Each signature is counted: a third
/// occurrence of a finding recorded twice is new.
public struct Baseline: Sendable, Equatable, Codable {
    /// The format version of the file.
    public var version = 1
    /// The accepted findings.
    public var findings: [FindingSignature]

    /// A baseline holding `findings`.
    public init(recording findings: [Finding]) {
        self.findings = FindingSignature.of(findings).sorted()
    }

    /// The deepest nesting of arrays and objects Foundation's decoder reads.
    static let maximumDepth = 512

    /// Reads a baseline written by ``encoded()``.
    public init(json data: Data, file: String) throws(BaselineError) {
        // A version other than 1 is said as such, whatever its kind of number (1.5 failed as
        // "not valid JSON", from the decoder of a whole number).
        if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let version = object["version"] as? NSNumber, version.doubleValue != 1
        {
            throw BaselineError(file: file, reason: "baseline version \(version) is not supported")
        }
        do {
            self = try JSONDecoder().decode(Baseline.self, from: data)
        } catch {
            // Broken JSON is placed (review of pass 22: "not valid JSON" and no line).
            if let (position, expected) = JSONSyntax.firstError(
                in: [UInt8](data), maximumDepth: Self.maximumDepth)
            {
                // Lines as the position counts them: LF, CR LF and CR (review of pass 22: a
                // split on LF alone ran past the lines of a CR LF file, and crashed).
                let lines = String(decoding: data, as: UTF8.self).splitLines()
                let line = lines.indices.contains(position.line - 1) ? lines[position.line - 1] : ""
                let conflict = ["<<<<<<<", "=======", ">>>>>>>"].contains { line.hasPrefix($0) }
                throw BaselineError(
                    file: file, position: position,
                    reason: "not JSON: expected \(expected) here"
                        + (conflict ? " (a merge conflict: keep one side's findings)" : ""))
            }
            throw BaselineError(
                file: file, reason: "not a Tarjuman baseline (\(Self.reason(error)))")
        }
        guard version == 1 else {
            throw BaselineError(file: file, reason: "baseline version \(version) is not supported")
        }
    }

    /// The baseline as pretty-printed JSON, keys sorted, one finding per block (diffs well).
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data()
    }

    /// Splits `findings` into new ones and those the baseline already holds.
    public func split(_ findings: [Finding]) -> (new: [Finding], known: [Finding]) {
        var remaining = counts
        return Self.split(findings, remaining: &remaining)
    }

    /// How many times the baseline holds each signature: the budget a run's ``split(_:remaining:)``
    /// calls share.
    public var counts: [FindingSignature: Int] {
        var counts: [FindingSignature: Int] = [:]
        for signature in findings { counts[signature, default: 0] += 1 }
        return counts
    }

    /// Splits `findings` into new ones and those still in `remaining` (see ``counts``),
    /// taking each known one out of it: a run of several pairs passes the same budget to
    /// every pair, so that a finding recorded once hides one finding, not one in each file
    /// of that name (pass 23: `x/d.ur.txt` and `y/d.ur.txt` both matched one entry).
    public static func split(_ findings: [Finding], remaining: inout [FindingSignature: Int])
        -> (new: [Finding], known: [Finding])
    {
        var new: [Finding] = []
        var known: [Finding] = []
        for (finding, signature) in zip(findings, FindingSignature.of(findings)) {
            let recorded = [signature, signature.withoutCounterpart].compactMap { $0 }.first {
                (remaining[$0] ?? 0) > 0
            }
            if let recorded, let count = remaining[recorded] {
                remaining[recorded] = count - 1
                known.append(finding)
            } else {
                new.append(finding)
            }
        }
        return (new, known)
    }

    /// What is wrong, and where in the JSON (`findings[2].rule: expected a string`).
    private static func reason(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "unreadable JSON" }
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return context.debugDescription
        case .dataCorrupted(let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        case .keyNotFound(let key, let context):
            return "missing \(path(context.codingPath + [key]))"
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            return "\(path(context.codingPath)): expected \(describe(type))"
        @unknown default:
            return "unreadable JSON"
        }
    }

    /// `findings[2].rule` for a coding path (`the top level` when empty).
    private static func path(_ keys: [any CodingKey]) -> String {
        guard !keys.isEmpty else { return "the top level" }
        var text = ""
        for key in keys {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "a whole number"
        case is [String: Any].Type: "an object"
        case is [Any].Type: "a list"
        default: "a value of another kind"
        }
    }
}

/// A baseline file that cannot be used.
public struct BaselineError: Error, Equatable, CustomStringConvertible {
    /// The file.
    public let file: String
    /// Where in it, when the problem has a place.
    public let position: SourcePosition?
    /// What is wrong.
    public let reason: String

    /// An error in `file`, at `position` if it has one.
    public init(file: String, position: SourcePosition? = nil, reason: String) {
        self.file = file
        self.position = position
        self.reason = reason
    }

    /// A message for people: what is wrong, where, and what to do.
    public var description: String {
        "\(file)\(position.map { ":\($0)" } ?? ""): error: \(reason); write a new one with "
            + "check --write-baseline \(file)"
    }
}
