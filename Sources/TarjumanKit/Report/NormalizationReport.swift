/// Lines describing normalisation changes for `tarjuman normalize --report`.
public enum NormalizationReport {
    /// One change as `file:line:column: kind [rule] U+0643 ك → U+06A9 ک (note)`.
    public static func line(for change: NormalizationChange, file: String) -> String {
        let before = describe(change.before)
        let kind = change.kind == .ambiguous ? "ambiguous" : "changed"
        let what =
            change.kind == .ambiguous
            ? "\(before) left unchanged"
            : "\(before) → \(change.after.isEmpty ? "(deleted)" : describe(change.after))"
        let note = change.note.isEmpty ? "" : " (\(change.note))"
        let name = file.escapingControls
        return "\(name):\(change.position): \(kind) [\(change.rule)] \(what)\(note)\n"
    }

    /// `U+0643 ك` for each scalar (invisible characters shown by code point only).
    static func describe(_ scalars: [Unicode.Scalar]) -> String {
        let codes = scalars.map(\.codePoint).joined(separator: " ")
        let visible = scalars.allSatisfy {
            !$0.properties.isWhitespace && $0.properties.generalCategory != .format
                && $0.properties.generalCategory != .control
        }
        guard visible else { return codes }
        let glyphs = String(scalars: scalars)
        return "\(codes) \(ScalarText.startsWithMark(scalars) ? "\u{25CC}" + glyphs : glyphs)"
    }
}
