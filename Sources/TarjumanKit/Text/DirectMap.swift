import Synchronization

/// The normaliser's direct path for one level: what becomes of each character of the Basic
/// Multilingual Plane when it is kept, deleted or replaced by one other character whatever
/// stands around it. Text made only of such characters is normalised by one walk over its
/// UTF-8 bytes, with no scalar arrays, rule lists or rounds: an English matching key changes
/// every capital, and each piece holding one went through every layer scalar by scalar.
///
/// A character takes the slow path when a rule reads its context (a position, `not_after`,
/// several characters, a report), when it starts such a rule or is the one its quick check
/// looks for (``Normalizer/trigger(of:)``), when NFC could touch it (a "maybe"/"no" quick
/// check, a surrogate, a presentation form the canonical layer unfolds), or when what it
/// becomes on the way through the layers and their rounds is any of these. A combining mark
/// that passes is flagged: two in a row (whose order NFC fixes) take the slow path. What a
/// character becomes is worked out by the same steps the slow path takes (the layers'
/// rules, the key's case and digit folds, the rounds until the text holds still), so the
/// two paths agree; an oracle test compares them on random text.
struct DirectMap: Sendable {
    /// Table values besides a replacement scalar: left as it is, slow path, deleted.
    private static let keep: UInt32 = 0x11_0000
    private static let slow: UInt32 = 0x11_0001
    private static let delete: UInt32 = 0x11_0002
    /// Set on a combining mark's entry.
    private static let markFlag: UInt32 = 0x8000_0000

    /// For each BMP code unit, its entry (a replacement scalar or one of the values above,
    /// with `markFlag` on marks).
    private let table: [UInt32]
    /// Output bytes per input byte at most (an ASCII capital may become a letter of three
    /// bytes in a pack's rules).
    private let growth: Int

    /// The map of `normalizer`'s layers up to `level`.
    init(_ normalizer: Normalizer, level: NormalizationLevel) {
        let profile = normalizer.pack.normalization
        let tables = Normalizer.UnicodeTables.shared
        let composing = tables.composing
        var table = [UInt32](repeating: Self.keep, count: 0x10000)
        var slow = Set<UInt32>()
        var candidates = Set<UInt32>()
        for layer in level.layers {
            for rule in profile.rules(for: layer) {
                guard let first = rule.from.first else { continue }
                if Self.isDirect(rule) {
                    candidates.insert(first.value)
                } else if let trigger = Normalizer.trigger(of: rule.from) {
                    slow.insert(trigger.value)
                }
            }
        }
        if level == .key {
            candidates.formUnion(
                tables.decimalDigits.indices.lazy.filter { tables.decimalDigits[$0] }.map {
                    UInt32($0)
                })
            if profile.keyCaseFold { candidates.formUnion(tables.caseFoldedUnits.map(UInt32.init)) }
        }
        for unit in 0..<0x10000 where composing[unit] {
            // A lone mark NFC leaves alone (quick check "yes") may stay or go; the rest of
            // what composes, and surrogates, take the slow path.
            table[unit] =
                tables.notNFCQuickCheck[unit] || !tables.combiningMarks[unit]
                ? Self.slow : Self.keep | Self.markFlag
        }
        if profile.presentationForms {
            for unit in 0xFB50...0xFEFC where ScalarText.isPresentationForm(UInt16(unit)) {
                table[unit] = Self.slow
            }
        }
        for unit in slow where unit < 0x10000 { table[Int(unit)] = Self.slow }
        var growth = 1
        for unit in candidates
        where unit < 0x10000 && table[Int(unit)] & ~Self.markFlag == Self.keep {
            let entry = Self.entry(of: unit, normalizer, level: level, slow: slow)
            table[Int(unit)] = composing[Int(unit)] ? entry | Self.markFlag : entry
            if entry < Self.keep {
                growth = max(
                    growth,
                    (Self.utf8Length(entry) + Self.utf8Length(unit) - 1) / Self.utf8Length(unit))
            }
        }
        self.table = table
        self.growth = growth
    }

    /// Whether `rule` replaces one character by at most one, wherever it stands.
    private static func isDirect(_ rule: NormalizationRule) -> Bool {
        rule.from.count == 1 && rule.to.count <= 1 && rule.position == .any
            && rule.notAfter.isEmpty && rule.action == .replace
    }

    /// What `unit` becomes through the layers up to `level`, round after round until it holds
    /// still (as the slow path runs them), or `slow`.
    private static func entry(
        of unit: UInt32, _ normalizer: Normalizer, level: NormalizationLevel, slow: Set<UInt32>
    ) -> UInt32 {
        guard let original = Unicode.Scalar(unit) else { return Self.slow }
        let composing = Normalizer.UnicodeTables.shared.composing
        var current: Unicode.Scalar? = original
        for _ in 0..<8 {
            let before = current
            for layer in level.layers {
                guard let scalar = current else { break }
                if let rule = normalizer.ruleSet(layer)?.candidates(for: scalar)?.first(where: {
                    $0.from.count == 1
                }) {
                    guard isDirect(rule) else { return Self.slow }
                    current = rule.to.first
                }
                if layer == .key, let scalar = current {
                    if normalizer.pack.normalization.keyCaseFold,
                        let lower = ScalarText.caseFolded(scalar)
                    {
                        guard lower.count == 1 else { return Self.slow }
                        current = lower[0]
                    }
                    if let scalar = current,
                        let digit = ScalarText.asciiDigit(
                            for: scalar, bmpDigits: Normalizer.UnicodeTables.shared.decimalDigits)
                    {
                        current = digit
                    }
                }
                if let scalar = current, scalar != original {
                    guard scalar.value < 0x10000, !composing[Int(scalar.value)],
                        !slow.contains(scalar.value)
                    else { return Self.slow }
                }
            }
            if current == before {
                guard let current else { return Self.delete }
                return current == original ? Self.keep : current.value
            }
        }
        return Self.slow
    }

    private static func utf8Length(_ value: UInt32) -> Int {
        value < 0x80 ? 1 : value < 0x800 ? 2 : 3
    }

    /// `text` normalised through the map, or nil when a character of it needs the slow path.
    func normalize(_ text: String) -> NormalizedText? {
        if let result = text.utf8.withContiguousStorageIfAvailable({ normalize($0, text) }) {
            return result
        }
        return Array(text.utf8).withUnsafeBufferPointer { normalize($0, text) }
    }

    /// Where a walk over the bytes stands.
    private struct Cursor {
        /// The next byte to read.
        var byte = 0
        /// Scalars read.
        var scalar = 0
        /// Whether the last character read was a combining mark.
        var lastWasMark = false
        /// Bytes written to the output.
        var written = 0
        /// The first byte read but not yet copied to the output.
        var copyFrom = 0
    }

    private func normalize(_ input: UnsafeBufferPointer<UInt8>, _ text: String)
        -> NormalizedText?
    {
        var cursor = Cursor()
        var deleted: [Int32] = []
        // First up to the first change: unchanged text is handed back as it is.
        guard walk(input, &cursor, into: nil, deleted: &deleted) else { return nil }
        guard cursor.byte < input.count else {
            return NormalizedText(
                text: text, offsets: .identity(count: cursor.scalar), changes: [])
        }
        var failed = false
        let result = String(unsafeUninitializedCapacity: input.count * growth) { output in
            guard let out = output.baseAddress else { return 0 }
            failed = !walk(input, &cursor, into: out, deleted: &deleted)
            return failed ? 0 : cursor.written
        }
        guard !failed else { return nil }
        return NormalizedText(
            text: result,
            offsets: deleted.isEmpty
                ? .identity(count: cursor.scalar)
                : OffsetMap(deleted: deleted, originalCount: cursor.scalar),
            changes: [])
    }

    /// Walks `input` from `cursor`, writing to `out` (or, without one, stopping before the
    /// first character that changes) and listing the scalars deleted. Runs of characters
    /// left as they are are copied whole. False when a character needs the slow path.
    private func walk(
        _ input: UnsafeBufferPointer<UInt8>, _ cursor: inout Cursor,
        into out: UnsafeMutablePointer<UInt8>?, deleted: inout [Int32]
    ) -> Bool {
        guard let base = input.baseAddress else { return true }
        return table.withUnsafeBufferPointer { table in
            let count = input.count
            var at = cursor
            defer { cursor = at }
            while at.byte < count {
                guard let (value, length) = UTF16Text.bmpScalar(base, at: at.byte) else {
                    return false
                }
                let entry = table[Int(value)]
                let isMark = entry & Self.markFlag != 0
                if isMark && at.lastWasMark { return false }
                let action = entry & ~Self.markFlag
                if action != Self.keep {
                    guard action != Self.slow else { return false }
                    guard let out else { return true }
                    // The run before the change, then the change.
                    (out + at.written).update(
                        from: base + at.copyFrom, count: at.byte - at.copyFrom)
                    at.written += at.byte - at.copyFrom
                    if action == Self.delete {
                        // Kept between CR and LF, which it would join into one line end
                        // (the slow path keeps it; see ScalarText.rewrite).
                        if at.written > 0 && out[at.written - 1] == 0x0D && at.byte + length < count
                            && base[at.byte + length] == 0x0A
                        {
                            return false
                        }
                        deleted.append(Int32(truncatingIfNeeded: at.scalar))
                    } else {
                        at.written += Self.write(action, to: out + at.written)
                    }
                    at.copyFrom = at.byte + length
                }
                at.lastWasMark = isMark
                at.byte += length
                at.scalar += 1
            }
            if let out {
                (out + at.written).update(from: base + at.copyFrom, count: count - at.copyFrom)
                at.written += count - at.copyFrom
                at.copyFrom = count
            }
            return true
        }
    }

    /// Writes BMP scalar `value` as UTF-8 at `out`; the number of bytes.
    private static func write(_ value: UInt32, to out: UnsafeMutablePointer<UInt8>) -> Int {
        if value < 0x80 {
            out[0] = UInt8(value)
            return 1
        } else if value < 0x800 {
            out[0] = UInt8(0xC0 | value >> 6)
            out[1] = UInt8(0x80 | value & 0x3F)
            return 2
        }
        out[0] = UInt8(0xE0 | value >> 12)
        out[1] = UInt8(0x80 | (value >> 6) & 0x3F)
        out[2] = UInt8(0x80 | value & 0x3F)
        return 3
    }
}

/// A normaliser's direct maps, each built the first time its level is asked for (a map
/// costs milliseconds: a one-line run that never needs one does not pay for it).
final class DirectMaps: Sendable {
    private let built = Mutex<[NormalizationLevel: DirectMap]>([:])

    /// The map of `normalizer`'s layers up to `level`.
    func map(for level: NormalizationLevel, of normalizer: Normalizer) -> DirectMap {
        built.withLock { built in
            if let map = built[level] { return map }
            let map = DirectMap(normalizer, level: level)
            built[level] = map
            return map
        }
    }
}
