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
    public var notation: String { notation(sourceOffset: 0, targetOffset: 0) }

    /// The notation with sentence numbers counted from `sourceOffset` and `targetOffset`
    /// (where a piece of a document starts in the whole).
    public func notation(sourceOffset: Int, targetOffset: Int) -> String {
        let sources = source.map { String($0 + sourceOffset) }
        let targets = target.map { String($0 + targetOffset) }
        return "[\(sources.joined(separator: ", "))]:[\(targets.joined(separator: ", "))]"
    }
}
