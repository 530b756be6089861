/// Maps positions in a normalised text back to the original it came from.
///
/// Offsets count Unicode scalars. A character inserted or rewritten by a rule maps to the
/// original character it replaced; a deleted character leaves no trace in the normalised
/// text, so the offsets after it shift.
public struct OffsetMap: Sendable, Equatable {
    /// For each normalised scalar, the offset of the original scalar it came from; `nil`
    /// when nothing changed (the identity map).
    private let origins: [Int32]?
    /// The number of scalars in the original.
    public let originalCount: Int
    /// The number of scalars in the normalised text.
    public let normalizedCount: Int

    /// The map of a text that normalisation left unchanged.
    public static func identity(count: Int) -> OffsetMap {
        OffsetMap(origins: nil, originalCount: count, normalizedCount: count)
    }

    /// A map from each normalised scalar to its original offset.
    init(origins: [Int32], originalCount: Int) {
        self.init(origins: origins, originalCount: originalCount, normalizedCount: origins.count)
    }

    private init(origins: [Int32]?, originalCount: Int, normalizedCount: Int) {
        self.origins = origins
        self.originalCount = originalCount
        self.normalizedCount = normalizedCount
    }

    /// Whether the map is the identity.
    public var isIdentity: Bool { origins == nil }

    /// The original offset of normalised offset `offset` (`normalizedCount` maps to
    /// `originalCount`).
    public func originalOffset(of offset: Int) -> Int {
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
