/// One bead of a sentence alignment: source sentences and the target sentences that
/// translate them (1:1, 2:1, 1:2, 2:2; 1:0 is an omission, 0:1 an addition).
public struct AlignmentBead: Sendable, Equatable {
    /// Indices of the source sentences.
    public let source: Range<Int>
    /// Indices of the target sentences.
    public let target: Range<Int>
    /// The bead's cost under the model (lower is more certain).
    public let cost: Double

    /// `[0, 1]:[0]`, the format of the alignment scorer.
    public var notation: String {
        "[\(source.map(String.init).joined(separator: ", "))]:[\(target.map(String.init).joined(separator: ", "))]"
    }
}
