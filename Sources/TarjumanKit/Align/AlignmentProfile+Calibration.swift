/// Fitting a language pair's length model to sentences already aligned (a translation
/// memory, an earlier alignment).
extension AlignmentProfile {
    /// The length the model measures: characters other than spaces and line feeds (UTF-8
    /// lead bytes, counted directly).
    public static func length(of sentence: String) -> Int {
        sentence.utf8.reduce(0) { $0 + ($1 & 0xC0 == 0x80 || $1 == 0x20 || $1 == 0x0A ? 0 : 1) }
    }

    /// Length ratios a language pair can have (characters of the translation per source
    /// character); a fit outside says the pairs are not translations of each other.
    public static let plausibleLengthRatios = 0.05...20.0

    /// Variances a language pair's length model can have (squared characters per source
    /// character; Gale and Church measured 6.8): far below, every length difference costs
    /// more than a lost and an added sentence, and nothing aligns 1:1.
    public static let plausibleVariances = 0.1...1000.0

    /// Gale and Church's estimates from `pairs`: the ratio is total target length over total
    /// source length; the variance is Σ (target − ratio × source)² / Σ source. Pairs with an
    /// empty side are left out; `nil` when fewer than `minimum` pairs remain.
    public static func calibrated(from pairs: [TranslationPair], minimum: Int = 20)
        -> AlignmentProfile?
    {
        let lengths = pairs.map { (Double(length(of: $0.source)), Double(length(of: $0.target))) }
            .filter { $0.0 > 0 && $0.1 > 0 }
        guard lengths.count >= minimum else { return nil }
        let source = lengths.reduce(0) { $0 + $1.0 }
        let ratio = lengths.reduce(0) { $0 + $1.1 } / source
        let squares = lengths.reduce(0) { $0 + ($1.1 - ratio * $1.0) * ($1.1 - ratio * $1.0) }
        return AlignmentProfile(lengthRatio: ratio, variance: squares / source)
    }
}
