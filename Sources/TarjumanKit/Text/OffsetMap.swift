/// Maps positions in a normalised text back to the original it came from.
///
/// Offsets count Unicode scalars. A character inserted or rewritten by a rule maps to the
/// original character it replaced; a deleted character leaves no trace in the normalised
/// text, so the offsets after it shift.
public struct OffsetMap: Sendable, Equatable {
    /// For each normalised scalar, the offset of the original scalar it came from; `nil`
    /// when nothing changed (the identity map) or `deleted` holds the map.
    private let origins: [Int32]?
    /// When the only changes were deletions and one-for-one replacements (the normaliser's
    /// direct path), the original offsets of the deleted scalars in order, in place of
    /// `origins`.
    private let deleted: [Int32]?
    /// The number of scalars in the original.
    public let originalCount: Int
    /// The number of scalars in the normalised text.
    public let normalizedCount: Int

    /// The map of a text that normalisation left unchanged.
    public static func identity(count: Int) -> OffsetMap {
        OffsetMap(origins: nil, originalCount: count, normalizedCount: count)
    }

    /// The map of a text of `originalCount` scalars from which the scalars at `deleted`
    /// (ascending original offsets) were taken away, each other scalar kept in its place or
    /// replaced by one other.
    init(deleted: [Int32], originalCount: Int) {
        self.origins = nil
        self.deleted = deleted
        self.originalCount = originalCount
        self.normalizedCount = originalCount - deleted.count
    }

    /// A map from each normalised scalar to its original offset.
    init(origins: [Int32], originalCount: Int) {
        self.init(origins: origins, originalCount: originalCount, normalizedCount: origins.count)
    }

    private init(origins: [Int32]?, originalCount: Int, normalizedCount: Int) {
        self.origins = origins
        self.deleted = nil
        self.originalCount = originalCount
        self.normalizedCount = normalizedCount
    }

    /// Whether the map is the identity.
    public var isIdentity: Bool { origins == nil && deleted == nil }

    /// The original offset of normalised offset `offset` (`normalizedCount` maps to
    /// `originalCount`).
    public func originalOffset(of offset: Int) -> Int {
        if let deleted {
            guard offset < normalizedCount else { return originalCount }
            // Before `deleted[i]` stand `deleted[i] - i` kept scalars, a count that never
            // falls: the scalar at `offset` comes after each deletion with at most `offset`.
            let kept = max(offset, 0)
            var low = 0
            var high = deleted.count
            while low < high {
                let middle = (low + high) / 2
                if Int(deleted[middle]) - middle <= kept {
                    low = middle + 1
                } else {
                    high = middle
                }
            }
            return kept + low
        }
        guard let origins else { return offset }
        guard offset < origins.count else { return originalCount }
        return Int(origins[max(offset, 0)])
    }

    /// The original range covering normalised range `range`.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        let lower = originalOffset(of: range.lowerBound)
        guard !range.isEmpty else { return lower..<lower }
        let upper =
            range.upperBound < normalizedCount
            ? originalOffset(of: range.upperBound) : originalCount
        return lower..<max(upper, originalOffset(of: range.upperBound - 1) + 1)
    }
}
