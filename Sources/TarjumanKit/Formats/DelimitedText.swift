/// Reads delimiter-separated text (TSV, CSV) as spreadsheet programs write it: an optional
/// UTF-8 byte-order mark, lines ending in LF, CR LF or CR, and fields in double quotes that
/// may hold the delimiter, line breaks and doubled quotes (`""`). An unquoted field may hold
/// quotes in pairs (`say "hi"`); an odd one is a stray quote.
///
/// The one TSV/CSV codec of Tarjuman: glossaries, CSV termbases and worksheets read through it.
struct DelimitedReader {
    /// One record (row) and where it starts.
    struct Record {
        /// The fields, unquoted.
        var fields: [String] = []
        /// The 1-based column (in Unicode scalars) of each field's first character, on the
        /// line where the field starts.
        var columns: [Int] = []
        /// The 1-based line the record starts on.
        var line: Int
        /// What is wrong with the quoting, and the column; the record is then incomplete.
        var problem: (message: String, column: Int)?
        /// The line as written, for comment lines (empty for others).
        var text: String = ""

        /// Where field `index` starts; the record's first column when it has no such field.
        func place(ofField index: Int?) -> SourcePosition {
            SourcePosition(
                line: line,
                column: index.flatMap { columns.indices.contains($0) ? columns[$0] : nil } ?? 1)
        }
    }

    private let scalars: [Unicode.Scalar]
    private let separator: Unicode.Scalar
    private var index = 0
    private var lines = LineCounter()
    private var line: Int { lines.line }
    private var column: Int { lines.column }

    /// A reader over `text` with fields separated by `separator` (tab or comma).
    init(_ text: String, separator: Unicode.Scalar) {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        self.scalars = scalars
        self.separator = separator
    }

    /// Skips Excel's first line `sep=X` and a byte-order mark after it, where a program wrote
    /// the line before its own text (pass 57: the mark was read into the first header name).
    mutating func skipSeparatorHint() {
        _ = next()
        if index < scalars.count && scalars[index] == "\u{FEFF}" { index += 1 }
    }

    /// The next record, or `nil` at the end. With `comments` true, a line starting with `#`
    /// is a comment: the whole line is returned as the record's `text`, unparsed, with no
    /// fields. Empty lines are records with one empty field.
    mutating func next(comments: Bool = false) -> Record? {
        guard index < scalars.count else { return nil }
        var record = Record(line: line)
        if comments && scalars[index] == "#" {
            let lineEnd = endOfLine(from: index)
            record.text = String(scalars: scalars[index..<lineEnd])
            skipLine(end: lineEnd)
            return record
        }
        // A quoted field's text is gathered in `field`; an unquoted one is the run of
        // scalars `run`, sliced once.
        var field = String.UnicodeScalarView()
        var run = index..<index
        var gathering = false
        var fieldStart = column
        var quoted = false
        var quotes = 0
        func finishField() {
            record.fields.append(
                gathering ? String(field) : String(scalars: scalars[run]))
            record.columns.append(fieldStart)
            field = String.UnicodeScalarView()
            gathering = false
            quoted = false
            quotes = 0
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\"" && run.isEmpty && !gathering && quotes == 0 {
                // A quoted field: read to its closing quote, across lines if need be.
                gathering = true
                let opening = (index: index, lines: lines)
                advance()
                var closed = false
                while index < scalars.count {
                    let inner = scalars[index]
                    if inner == "\"" {
                        if index + 1 < scalars.count && scalars[index + 1] == "\"" {
                            field.append("\"")
                            advance()
                            advance()
                            continue
                        }
                        advance()
                        closed = true
                        break
                    }
                    field.append(inner)
                    advance()
                }
                let clean =
                    closed
                    && (index == scalars.count || scalars[index] == separator
                        || scalars[index] == "\n" || scalars[index] == "\r")
                if !clean && line != opening.lines.line {
                    // Not a field spanning lines after all: a stray quote on its own line.
                    (index, lines) = opening
                    record.problem = (
                        "stray double quote: a field that starts with \" must end with \"",
                        opening.lines.column
                    )
                    skipLine(end: endOfLine(from: index))
                    finishField()
                    return record
                }
                guard closed else {
                    record.problem = ("a quoted field is never closed", opening.lines.column)
                    finishField()
                    return record
                }
                quoted = true
                continue
            }
            if scalar == separator {
                advance()
                finishField()
                fieldStart = column
                run = index..<index
                continue
            }
            if scalar == "\n" || scalar == "\r" {
                skipLine(end: index)
                finishField()
                return record
            }
            if quoted {
                record.problem = (
                    "stray double quote inside a quoted field; write it as \"\"", fieldStart
                )
                skipLine(end: endOfLine(from: index))
                finishField()
                return record
            }
            if scalar == "\"" { quotes += 1 }
            advance()
            run = run.lowerBound..<index
            if quotes % 2 == 1
                && (index == scalars.count || scalars[index] == separator
                    || scalars[index] == "\n" || scalars[index] == "\r")
            {
                record.problem = (
                    "stray double quote in a field; put the whole field in double quotes and "
                        + "write this one as \"\" (\"5\"\" wide\" reads as 5\" wide), or remove it",
                    fieldStart
                )
                skipLine(end: endOfLine(from: index))
                finishField()
                return record
            }
        }
        finishField()
        return record
    }

    /// Moves past one scalar, counting lines and columns.
    private mutating func advance() {
        lines.advance(scalar: scalars[index])
        index += 1
    }

    private func endOfLine(from start: Int) -> Int {
        var end = start
        while end < scalars.count && scalars[end] != "\n" && scalars[end] != "\r" { end += 1 }
        return end
    }

    /// Moves past the line ending at `end` and its terminator.
    private mutating func skipLine(end: Int) {
        while index < end { advance() }
        if index < scalars.count { advance() }
        if index < scalars.count && scalars[index - 1] == "\r" && scalars[index] == "\n" {
            advance()
        }
    }
}

/// Writing delimiter-separated fields.
enum DelimitedText {
    /// The first characters that make a spreadsheet cell a formula.
    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// `field` as a spreadsheet shows it as text: an apostrophe before a formula start (`=`,
    /// `+`, `-`, `@`, a tab or a carriage return: a cell `=HYPERLINK(…)` would run when the
    /// file is opened), and before apostrophes that already precede one (so that `'=1` comes
    /// back as written). ``restored(_:)`` undoes it.
    static func defused(_ field: String) -> String {
        startsFormula(field.drop { $0 == "'" }) ? "'" + field : field
    }

    /// `field` as written before ``defused(_:)``: one apostrophe fewer before a formula start.
    static func restored(_ field: String) -> String {
        guard field.hasPrefix("'"), startsFormula(field.drop { $0 == "'" }) else { return field }
        return String(field.dropFirst())
    }

    private static func startsFormula(_ text: Substring) -> Bool {
        // By scalar: `=` carrying a combining mark is one character (review of pass 22).
        text.unicodeScalars.first.map(formulaStarts.contains) == true
    }

    /// `field` in double quotes, its quotes doubled, when it holds one of the ASCII bytes
    /// `special` (or always, when `special` is empty). Judged and escaped by scalar, not by
    /// character: CR LF, and a quote or comma carrying a combining mark, are one character
    /// each, and a check by character missed them (pass 22).
    static func quoted(_ field: String, when special: Set<UInt8>) -> String {
        guard special.isEmpty || field.utf8.contains(where: special.contains) else { return field }
        var escaped = String.UnicodeScalarView()
        escaped.append("\"")
        for scalar in field.unicodeScalars {
            if scalar == "\"" { escaped.append("\"") }
            escaped.append(scalar)
        }
        escaped.append("\"")
        return String(escaped)
    }
}
