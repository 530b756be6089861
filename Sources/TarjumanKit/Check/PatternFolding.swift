/// Folds the literal text of an ICU regular expression the way a normaliser folds the text it
/// is matched against, leaving the pattern's syntax alone: escapes (`\D`, `\p{Lu}`,
/// `\x{0628}`, `\k<name>`), group openings (`(?<name>`, `(?i)`) and operators keep their
/// letters and case, so folding `\D` does not turn it into `\d`. A character that folding
/// turns into regex syntax (a fullwidth `．` into `.`) is escaped, so it stays a literal.
enum PatternFolding {
    /// `pattern` with each run of literal characters replaced by `fold(run)`.
    static func fold(_ pattern: String, _ fold: (String) throws -> String) rethrows -> String {
        let scalars = Array(pattern.unicodeScalars)
        var out = String.UnicodeScalarView()
        var literal = String.UnicodeScalarView()
        func flush(folding: Bool = true) throws {
            guard !literal.isEmpty else { return }
            let text = folding ? try fold(String(literal)) : String(literal)
            for scalar in text.unicodeScalars {
                if scalar.isASCII, syntax.contains(scalar) { out.append("\\") }
                out.append(scalar)
            }
            literal.removeAll()
        }
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\\", index + 1 < scalars.count, scalars[index + 1] == "Q" {
                try flush()
                let end = quotedEnd(scalars, from: index + 2)
                let quoted = try fold(String(String.UnicodeScalarView(scalars[(index + 2)..<end])))
                if quoted.contains("\\E") {
                    // Folding made a quote's end: the text is escaped instead of quoted.
                    literal.append(contentsOf: quoted.unicodeScalars)
                    try flush(folding: false)
                } else {
                    out.append(contentsOf: #"\Q"#.unicodeScalars)
                    out.append(contentsOf: quoted.unicodeScalars)
                    if end < scalars.count { out.append(contentsOf: #"\E"#.unicodeScalars) }
                }
                index = min(end + 2, scalars.count)
            } else if scalar == "\\" {
                try flush()
                let end = escapeEnd(scalars, from: index)
                out.append(contentsOf: scalars[index..<end])
                index = end
            } else if scalar == "(", index + 1 < scalars.count, scalars[index + 1] == "?" {
                try flush()
                let end = groupOpeningEnd(scalars, from: index + 2)
                out.append(contentsOf: scalars[index..<end])
                index = end
            } else if scalar.isASCII, syntax.contains(scalar) {
                try flush()
                out.append(scalar)
                index += 1
            } else {
                literal.append(scalar)
                index += 1
            }
        }
        try flush()
        return String(out)
    }

    /// ASCII characters with a meaning in a pattern or a set (escaped when folding makes one).
    private static let syntax = Set(#"\^$.|?*+()[]{}-&~:=!<>#,"#.unicodeScalars)

    /// Where the `\E` closing a `\Q` quote starts (the end of the pattern without one).
    private static func quotedEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index + 1 < scalars.count {
            if scalars[index] == "\\", scalars[index + 1] == "E" { return index }
            index += 1
        }
        return scalars.count
    }

    /// The end of the escape starting at `start` (a backslash): braced and angled arguments
    /// (`\p{…}`, `\N{…}`, `\x{…}`, `\k<…>`) and fixed-length ones (`\xhh`, `\uhhhh`,
    /// `\Uhhhhhhhh`, `\0ooo`, `\cX`) included.
    private static func escapeEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        guard start + 1 < scalars.count else { return scalars.count }
        let letter = scalars[start + 1]
        let next = start + 2
        func through(_ close: Unicode.Scalar) -> Int {
            var index = next + 1
            while index < scalars.count, scalars[index] != close { index += 1 }
            return min(index + 1, scalars.count)
        }
        func digits(_ count: Int, _ allowed: (Unicode.Scalar) -> Bool) -> Int {
            var index = next
            while index < min(next + count, scalars.count), allowed(scalars[index]) { index += 1 }
            return index
        }
        let hex: (Unicode.Scalar) -> Bool = { $0.properties.isASCIIHexDigit }
        if next < scalars.count, scalars[next] == "{", "pPNx".unicodeScalars.contains(letter) {
            return through("}")
        }
        switch letter {
        case "k" where next < scalars.count && scalars[next] == "<": return through(">")
        case "x": return digits(2, hex)
        case "u": return digits(4, hex)
        case "U": return digits(8, hex)
        case "0": return digits(3) { ("0"..."7").contains($0) }
        case "c": return min(next + 1, scalars.count)
        default: return next
        }
    }

    /// The end of a group opening after `(?`: its flags or name and the `:`, `)`, `>`, `=` or
    /// `!` that ends them.
    private static func groupOpeningEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if ":)>=!".unicodeScalars.contains(scalar) { break }
        }
        return index
    }
}
