/// The result of normalising a text: the new text, the way back to the original, and
/// every change made or refused.
public struct NormalizedText: Sendable {
    /// The normalised text.
    public let text: String
    /// Positions in `text` back to the original.
    public let offsets: OffsetMap
    /// Every change, in original order, and every ambiguous spot left unchanged.
    public let changes: [NormalizationChange]

    /// The changes that need a person's decision.
    public var ambiguities: [NormalizationChange] { changes.filter { $0.kind == .ambiguous } }
}

/// One change made by the normaliser, or one spot it would not decide.
public struct NormalizationChange: Sendable, Equatable {
    /// Whether the text was changed.
    public enum Kind: String, Sendable {
        /// The rule rewrote the text.
        case replaced
        /// The rule matched but the right spelling is unclear; the text was left as it was.
        case ambiguous
    }

    /// The id of the rule (from the locale pack, or `L0-NFC` / `L0-10` / `L2-casefold`).
    public let rule: String
    /// Replaced or ambiguous.
    public let kind: Kind
    /// Scalar offsets of the original characters.
    public let originalRange: Range<Int>
    /// The original scalars.
    public let before: [Unicode.Scalar]
    /// The scalars written instead (equal to `before` when ambiguous).
    public let after: [Unicode.Scalar]
    /// Where the change starts in the original text.
    public let position: SourcePosition
    /// The rule's note.
    public let note: String
}

extension Unicode.Scalar {
    /// `U+06A9` notation.
    public var codePoint: String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
