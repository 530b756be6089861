public import Foundation

/// What identifies a finding across edits of a document: the check, the file's name, the
/// two aligned sentences it is about (white space collapsed), and its message with every
/// `line:column` taken out — never its own position, so a finding keeps its signature when
/// lines are added or removed elsewhere.
public struct FindingSignature: Hashable, Sendable, Codable, Comparable {
    /// The check id.
    public let rule: String
    /// The file's name (last path component).
    public let file: String
    /// The aligned sentences (`en: …`, `ur: …`), white space collapsed.
    public let context: [String]
    /// The message without positions.
    public let message: String

    /// The signature of `finding`.
    public init(_ finding: Finding) {
        rule = finding.rule
        file = (finding.file as NSString).lastPathComponent
        context = finding.context.map(Self.collapsed)
        message = Self.collapsed(
            finding.message.replacingOccurrences(
                of: #"\d+:\d+"#, with: "…", options: .regularExpression))
    }

    private static func collapsed(_ text: String) -> String { text.collapsingWhiteSpace() }

    /// Orders signatures by rule, file, message and context (the order a baseline is written in).
    public static func < (lhs: FindingSignature, rhs: FindingSignature) -> Bool {
        (lhs.rule, lhs.file, lhs.message, lhs.context.joined(separator: "\n"))
            < (rhs.rule, rhs.file, rhs.message, rhs.context.joined(separator: "\n"))
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
        self.findings = findings.map(FindingSignature.init).sorted()
    }

    /// Reads a baseline written by ``encoded()``.
    public init(json data: Data, file: String) throws(BaselineError) {
        do {
            self = try JSONDecoder().decode(Baseline.self, from: data)
        } catch {
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
        var remaining: [FindingSignature: Int] = [:]
        for signature in self.findings { remaining[signature, default: 0] += 1 }
        var new: [Finding] = []
        var known: [Finding] = []
        for finding in findings {
            let signature = FindingSignature(finding)
            if let count = remaining[signature], count > 0 {
                remaining[signature] = count - 1
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
    /// What is wrong.
    public let reason: String

    /// A message for people: what is wrong, where, and what to do.
    public var description: String {
        "\(file): error: \(reason); write a new one with check --write-baseline \(file)"
    }
}
