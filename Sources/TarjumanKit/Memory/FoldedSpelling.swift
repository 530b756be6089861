/// A phrase as the translations of a memory may spell it: its orthographic form, each
/// letter with the letters a locale pack folds into it one for one (Urdu `ی` with Arabic
/// `ي` and `ى`, `ک` with `ك`). Translations are stored as written, so a search for `ٹھیک`
/// must also find `ٹھيک` typed on an Arabic keyboard (pass 22: only the query was folded).
/// Digits match in any of the scripts numbers are written in. Letters a rule drops (tatweel,
/// ZWSP) or writes as several are not covered.
public struct FoldedSpelling: Sendable, Equatable {
    /// Each scalar of the phrase's orthographic form with the scalars that fold into it,
    /// itself first.
    public let classes: [[Unicode.Scalar]]

    /// The spellings of `phrase` in `pack`'s orthography.
    public init(_ phrase: String, pack: LocalePack) throws(ICUError) {
        let normalizer = Normalizer(pack: pack)
        var folding: [Unicode.Scalar: [Unicode.Scalar]] = [:]
        let rules = pack.normalization.canonical + pack.normalization.orthographic
        for rule in rules where rule.action == .replace && rule.from.count == 1 {
            // Where the letter ends up after every rule of both layers.
            let folded = try normalizer.normalize(
                String(rule.from[0]), to: .orthographic, recordingChanges: false
            ).text.unicodeScalars
            guard folded.count == 1, let into = folded.first, into != rule.from[0] else { continue }
            if !(folding[into]?.contains(rule.from[0]) ?? false) {
                folding[into, default: []].append(rule.from[0])
            }
        }
        let form = try normalizer.normalize(phrase, to: .orthographic, recordingChanges: false)
        classes = form.text.unicodeScalars.map { scalar in
            let folded = [scalar] + (folding[scalar] ?? [])
            return folded + Self.sameDigits(scalar).filter { !folded.contains($0) }
        }
    }

    /// The digits of the other scripts translations write numbers in (Western, Arabic-Indic,
    /// Extended Arabic-Indic as in Urdu, Devanagari) with the value of `scalar`, if it is
    /// one of them: a search for `۲۰۰۹` finds a translation that wrote `2009`, as the key
    /// finds it in a source (pass 23).
    static func sameDigits(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        let zeros: [UInt32] = [0x30, 0x660, 0x6F0, 0x966]
        guard let zero = zeros.first(where: { (0...9).contains(Int64(scalar.value) - Int64($0)) })
        else { return [] }
        let value = scalar.value - zero
        return zeros.filter { $0 != zero }.compactMap { Unicode.Scalar($0 + value) }
    }

    /// An SQLite `GLOB` pattern for text holding the phrase in any of its spellings (a
    /// phrase folded to nothing, only the empty text).
    public var glob: String {
        guard !classes.isEmpty else { return "" }
        return "*"
            + classes.map { scalars in
                scalars.count > 1 || "*?[".unicodeScalars.contains(scalars[0])
                    ? "[" + String(String.UnicodeScalarView(scalars)) + "]"
                    : String(scalars[0])
            }.joined() + "*"
    }

    /// A PostgreSQL regular expression (`~`, which a `pg_trgm` index serves) for text
    /// holding the phrase in any of its spellings (a phrase folded to nothing, only the
    /// empty text).
    public var regularExpression: String {
        guard !classes.isEmpty else { return "^$" }
        return classes.map { scalars in
            if scalars.count > 1 { return "[" + String(String.UnicodeScalarView(scalars)) + "]" }
            let scalar = scalars[0]
            // An ASCII sign after a backslash is itself; letters and digits are as written.
            let plain =
                !scalar.isASCII || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
            return plain ? String(scalar) : "\\" + String(scalar)
        }.joined()
    }

    /// The ranges of `text` that spell the phrase, left to right, not overlapping.
    public func ranges(in text: String) -> [Range<String.Index>] {
        guard !classes.isEmpty else { return [] }
        let scalars = text.unicodeScalars
        var found: [Range<String.Index>] = []
        var start = scalars.startIndex
        search: while start < scalars.endIndex {
            var index = start
            for allowed in classes {
                guard index < scalars.endIndex, allowed.contains(scalars[index]) else {
                    start = scalars.index(after: start)
                    continue search
                }
                index = scalars.index(after: index)
            }
            found.append(start..<index)
            start = index
        }
        return found
    }
}
