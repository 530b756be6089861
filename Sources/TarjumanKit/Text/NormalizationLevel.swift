/// How far the normaliser goes. Each level includes the ones before it.
public enum NormalizationLevel: String, Sendable, CaseIterable, Comparable {
    /// L0: Unicode NFC, presentation forms unfolded, invisible junk (tatweel, ZWSP, BOM)
    /// removed. Safe for display in any orthography of the script.
    case canonical
    /// L1: the pack's orthographic folds (Arabic → Urdu letters, native digits). Safe for
    /// output in this orthography only.
    case orthographic
    /// L2: a lossy matching key (no diacritics, ASCII digits, no invisible marks, one quote
    /// style, case-folded). Never written out as text.
    case key

    /// The levels applied, in order, to reach this one.
    public var layers: [NormalizationLevel] {
        Self.allCases.filter { $0 <= self }
    }

    private var rank: Int {
        switch self {
        case .canonical: 0
        case .orthographic: 1
        case .key: 2
        }
    }

    /// Orders values from first to last.
    public static func < (lhs: NormalizationLevel, rhs: NormalizationLevel) -> Bool {
        lhs.rank < rhs.rank
    }
}
