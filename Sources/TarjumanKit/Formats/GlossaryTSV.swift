import Foundation

/// Tarjuman's canonical glossary format: UTF-8, tab-separated, a header row, one rendering
/// per row. Lines starting with `#` before the header are comments (draft notices).
///
/// Fields are plain text; a field may be wrapped in double quotes (as spreadsheets export
/// it) with inner quotes doubled, and may then hold tabs and line breaks. Files saved by
/// spreadsheet programs (a byte-order mark, CR LF line ends) read as they are (see
/// ``DelimitedReader``). Lists (`variants`, `source_variants`) are `|`-separated.
public enum GlossaryTSV {
    /// The columns, in the order Tarjuman writes them.
    public static let columns = [
        "id", "source", "target", "pos", "status", "variants", "source_variants", "case", "match",
        "note",
        "source_ref",
    ]
    /// Columns every file must have.
    public static let requiredColumns = ["id", "source", "target"]

    /// Where the fields of one row start, by column name.
    public struct FieldColumns: Sendable {
        fileprivate let header: [String: Int]
        fileprivate let starts: [Int]

        /// The 1-based column where the field `name` starts, if the file has that column.
        public subscript(name: String) -> Int? { header[name].map { starts[$0] } }
    }

    /// One row's fields, looked up by column name through the header.
    private struct Row {
        let header: [String: Int]
        let fields: [String]

        subscript(name: String) -> String { header[name].map { fields[$0] } ?? "" }
    }

    /// The result of reading a file: the rows that could be read and the problems found.
    public struct ReadResult: Sendable {
        /// The glossary (rows with errors are left out).
        public let glossary: Glossary
        /// Malformed rows, unknown columns or values, with their positions.
        public let findings: [Finding]
        /// For each entry, the 1-based column where each field starts (for positions).
        public let fieldColumns: [FieldColumns]
    }

    /// Reads `text` from `file`; the language pair comes from the file name unless given.
    public static func read(
        _ text: String, file: String, languages: (source: String, target: String)? = nil
    )
        -> ReadResult
    {
        let pair = languages ?? Glossary.languagePair(fromFileName: file) ?? ("en", "")
        var findings: [Finding] = []
        var entries: [GlossaryEntry] = []
        var fieldColumns: [FieldColumns] = []
        var comments: [String] = []
        var header: [String]?
        var headerIndex: [String: Int] = [:]
        var reader = DelimitedReader(text, separator: "\t")
        // Excel's first line `sep=X`: a tab is the file's own and the line no row; another
        // separator is said (pass 57: four findings about the header, none about the line).
        if let hint = GlossaryCSV.separatorHint(text) {
            guard hint == "\t" else {
                let named = hint == ";" ? "semicolons" : hint == "," ? "commas" : "'\(hint)'"
                let finding = Finding(
                    rule: "malformed-row", severity: .error,
                    message:
                        "the first line 'sep=\(hint)' is a spreadsheet's note that the cells are "
                        + "separated by \(named); Tarjuman reads a .tsv glossary tab-separated: save "
                        + "it again as text with the tab as the field separator (or name it .csv, "
                        + "whose reader follows the note)",
                    file: file, position: .start)
                return ReadResult(
                    glossary: Glossary(
                        sourceLanguage: pair.source, targetLanguage: pair.target, entries: []),
                    findings: [finding], fieldColumns: [])
            }
            reader.skipSeparatorHint()
        }
        while let record = reader.next(comments: header == nil) {
            let lineNumber = record.line
            if record.fields.isEmpty {
                comments.append(String(record.text.dropFirst().drop { $0 == " " }))
                continue
            }
            // A row of empty cells is a blank line as a spreadsheet saves one (pass 48: `\t\t`
            // stopped the glossary).
            if record.fields.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { continue }
            if let problem = record.problem {
                findings.append(
                    Finding(
                        rule: "malformed-row", severity: .error, message: problem.message,
                        file: file,
                        position: SourcePosition(line: lineNumber, column: problem.column)))
                continue
            }
            let starts = record.columns
            guard let columns = header else {
                // Header names in any letter case and without spaces around them (a
                // spreadsheet capitalises a cell's first letter; pass 48).
                let fields = record.fields.map { name in
                    let plain = name.trimmingCharacters(in: .whitespaces).lowercased()
                    return Self.columns.contains(plain) ? plain : name
                }
                header = fields
                for (index, name) in fields.enumerated() where headerIndex[name] == nil {
                    headerIndex[name] = index
                }
                findings += headerFindings(fields, starts: starts, file: file, line: lineNumber)
                // Rows under a header saved with other separators, or without a required
                // column, say nothing more (each would be "the id is empty").
                if Self.otherSeparator(fields) != nil
                    || Self.requiredColumns.contains(where: { !fields.contains($0) })
                {
                    break
                }
                continue
            }
            let fields = record.fields
            // A row may stop before the empty cells that end the header.
            let named = columns.count - columns.reversed().prefix { $0.isEmpty }.count
            guard (named...columns.count).contains(fields.count) else {
                // A comment below the header (pass 66: read as a row of one field).
                let advice =
                    fields.count == 1 && fields[0].hasPrefix("#")
                    ? "a line starting with # is a comment only above the header: move it there"
                    : "check for a missing or extra separator (a tab in TSV, a comma in CSV)"
                findings.append(
                    Finding(
                        rule: "malformed-row", severity: .error,
                        message:
                            "row has \(fields.count) fields but the header has \(columns.count); "
                            + advice,
                        file: file, position: SourcePosition(line: lineNumber, column: 1)))
                continue
            }
            let row = Row(header: headerIndex, fields: fields)
            let rowColumns = FieldColumns(header: headerIndex, starts: starts)
            if let entry = entry(
                from: row, columns: rowColumns, file: file, line: lineNumber, findings: &findings)
            {
                entries.append(entry)
                fieldColumns.append(rowColumns)
            }
        }
        if header == nil {
            findings.append(
                Finding(
                    rule: "malformed-row", severity: .error,
                    message:
                        "no header row; the first line must name the columns (id, source, target…)",
                    file: file, position: .start))
        }
        let glossary = Glossary(
            sourceLanguage: pair.source, targetLanguage: pair.target, entries: entries,
            comments: comments)
        return ReadResult(glossary: glossary, findings: findings, fieldColumns: fieldColumns)
    }

    /// Reads a file and throws at the first error-level problem.
    public static func load(_ path: String) throws(GlossaryError) -> Glossary {
        let text: String
        do {
            text = try ByteSource.file(path).readAllText()
        } catch {
            throw .input(error)
        }
        return try parse(text, file: path)
    }

    /// Reads `text` and throws at the first error-level problem.
    public static func parse(_ text: String, file: String) throws(GlossaryError) -> Glossary {
        let result = read(text, file: file)
        if let first = result.findings.first(where: { $0.severity == .error }) {
            throw .malformed(file: file, position: first.position, message: first.message)
        }
        return result.glossary
    }

    /// The glossary as TSV text (header, then one row per entry; comments first).
    public static func write(_ glossary: Glossary) -> String {
        // A comment holding a line break would end the `#` line early.
        // Built as one string: a line array joined at the end held the text three times.
        var text = ""
        for comment in glossary.comments.flatMap({ $0.split(whereSeparator: \.isNewline) }) {
            text += "# \(comment)\n"
        }
        text += columns.joined(separator: "\t") + "\n"
        for entry in glossary.entries {
            for (index, field) in fields(of: entry).enumerated() {
                if index > 0 { text += "\t" }
                text += quotedIfNeeded(field)
            }
            text += "\n"
        }
        return text
    }

    // MARK: - Fields

    /// An entry's fields in the order of `columns` (lists `|`-joined, defaults left empty).
    static func fields(of entry: GlossaryEntry) -> [String] {
        [
            entry.id, entry.source, entry.target, entry.partOfSpeech, entry.status.rawValue,
            entry.variants.joined(separator: "|"), entry.sourceVariants.joined(separator: "|"),
            entry.caseSensitive ? "yes" : "", entry.match == .inflected ? "" : entry.match.rawValue,
            entry.note,
            entry.sourceReference,
        ]
    }

    /// `field`, wrapped in double quotes (inner quotes doubled) when it holds a quote, a tab
    /// or a line break.
    static func quotedIfNeeded(_ field: String) -> String {
        // By scalar: a quote carrying a combining mark is one character (pass 22).
        let special: Set<UInt32> = [0x22, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029]
        guard field.unicodeScalars.contains(where: { special.contains($0.value) }) else {
            return field
        }
        return DelimitedText.quoted(field, when: [])
    }

    /// Whether a header row is one field of column names joined by semicolons.
    /// The separator a header saved as one cell holds instead of tabs (`;` or `,`).
    private static func otherSeparator(_ fields: [String]) -> String? {
        guard fields.count == 1 else { return nil }
        return [";", ","].first { separator in
            fields[0].split(separator: separator).contains {
                $0.trimmingCharacters(in: .whitespaces).lowercased() == "source"
            }
        }.map { $0 == ";" ? "semicolons" : "commas" }
    }

    private static func headerFindings(_ fields: [String], starts: [Int], file: String, line: Int)
        -> [Finding]
    {
        // Saved with semicolons (a spreadsheet in many European locales): one finding that
        // says so, not a column of its own and three missing (pass 37).
        if let separator = otherSeparator(fields) {
            return [
                Finding(
                    rule: "malformed-row", severity: .error,
                    message:
                        "the glossary was saved with \(separator) between its cells; Tarjuman "
                        + "reads it tab-separated: save it again as text with the tab as the "
                        + "field separator"
                        + (separator == "commas" ? " (or name it .csv)" : ""),
                    file: file, position: SourcePosition(line: line, column: 1))
            ]
        }
        var findings: [Finding] = []
        var seen: Set<String> = []
        // Empty cells that end the header are a spreadsheet's padding, as CSV reads them
        // (pass 57: "unknown column ''" and "column '' appears twice").
        let named = fields.count - fields.reversed().prefix { $0.isEmpty }.count
        let fields = Array(fields.prefix(named))
        for (index, name) in fields.enumerated() where !seen.insert(name).inserted {
            findings.append(
                Finding(
                    rule: "malformed-row", severity: .error,
                    message: "column '\(name)' appears twice in the header; keep one",
                    file: file, position: SourcePosition(line: line, column: starts[index])))
        }
        for (index, name) in fields.enumerated() where !columns.contains(name) {
            findings.append(
                Finding(
                    rule: "unknown-column", severity: .error,
                    message:
                        "unknown column '\(name)'; known columns: \(columns.joined(separator: ", "))",
                    file: file, position: SourcePosition(line: line, column: starts[index])))
        }
        for name in requiredColumns where !fields.contains(name) {
            findings.append(
                Finding(
                    rule: "malformed-row", severity: .error,
                    message: "the header lacks the required column '\(name)'",
                    file: file, position: SourcePosition(line: line, column: 1)))
        }
        return findings
    }

    /// Why an entry with a term over ``InputLimits/termCharacters`` is refused.
    static func overlongTermMessage(_ id: String) -> String {
        "entry '\(id)' has a term longer than \(InputLimits.termCharacters) characters; a "
            + "glossary holds words and phrases (put longer text in the note)"
    }

    private static func entry(
        from row: Row, columns: FieldColumns, file: String, line: Int,
        findings: inout [Finding]
    ) -> GlossaryEntry? {
        func place(_ column: String) -> SourcePosition {
            SourcePosition(line: line, column: columns[column] ?? 1)
        }
        var ok = true
        let statusText = row["status"]
        // Values in any letter case: spreadsheets capitalise a cell's first letter.
        let status =
            statusText.isEmpty
            ? TermStatus.preferred : TermStatus(rawValue: statusText.lowercased())
        if status == nil {
            findings.append(
                Finding(
                    rule: "unknown-status", severity: .error,
                    message:
                        "unknown status '\(statusText)'; use preferred, admitted, deprecated or forbidden",
                    file: file, position: place("status")))
            ok = false
        }
        let caseText = row["case"].lowercased()
        let knownCase = ["", "yes", "no", "sensitive", "insensitive", "true", "false"]
        if !knownCase.contains(caseText) {
            findings.append(
                Finding(
                    rule: "unknown-status", severity: .error,
                    message:
                        "unknown case value '\(row["case"])'; use yes (case-sensitive) or leave it empty",
                    file: file, position: place("case")))
            ok = false
        }
        let matchText = row["match"]
        let match =
            matchText.isEmpty ? MatchMode.inflected : MatchMode(rawValue: matchText.lowercased())
        if match == nil {
            findings.append(
                Finding(
                    rule: "unknown-status", severity: .error,
                    message: "unknown match mode '\(matchText)'; use exact, inflected or stem",
                    file: file, position: place("match")))
            ok = false
        }
        // Blank or invisible only (a ZWSP, a tatweel): no text can ever hold the term.
        for name in requiredColumns where !row[name].hasVisibleContent {
            findings.append(
                Finding(
                    rule: "empty-field", severity: .error, message: "the \(name) is empty",
                    file: file,
                    position: place(name)))
            ok = false
        }
        guard ok, let status, let match else { return nil }
        // A bar with nothing on one side (`كتب|`, `|a`, `a||b`) is a variant typed and lost:
        // read without it, and `--fix` removes the bar (pass 39: left unsaid, and the bar
        // stopped the field's other fixes from applying).
        for name in ["variants", "source_variants"] {
            let pieces = row[name].unicodeScalars.split(
                separator: "|", omittingEmptySubsequences: false)
            guard pieces.count > 1, pieces.contains(where: \.isEmpty) else { continue }
            let kept = pieces.filter { !$0.isEmpty }.map { String(String.UnicodeScalarView($0)) }
            findings.append(
                Finding(
                    rule: "empty-field", severity: .error,
                    message:
                        "\(name) '\(row[name].shownInMessage)' has an empty variant (a '|' with "
                        + "nothing on one side); remove the extra '|' or write the variant",
                    file: file, position: place(name),
                    fix: Finding.Fix(original: row[name], replacement: kept.joined(separator: "|")))
            )
        }
        let list = { (name: String) in
            // Split at every bar, even one a mark follows (`a|َ`: one grapheme to Character).
            row[name].unicodeScalars.split(separator: "|").map {
                String(String.UnicodeScalarView($0))
            }
        }
        let entry = GlossaryEntry(
            id: row["id"], source: row["source"],
            target: row["target"],
            partOfSpeech: row["pos"], status: status, variants: list("variants"),
            sourceVariants: list("source_variants"),
            caseSensitive: ["yes", "sensitive", "true"].contains(caseText),
            match: match, note: row["note"],
            sourceReference: row["source_ref"], line: line)
        guard !entry.hasOverlongTerm else {
            findings.append(
                Finding(
                    rule: "term-too-long", severity: .error,
                    message: overlongTermMessage(entry.id), file: file,
                    position: SourcePosition(line: line, column: 1)))
            return nil
        }
        return entry
    }
}

extension GlossaryFormat {
    /// Tarjuman's own tab-separated glossary (`.tsv`, `.txt`).
    public static let tsv = GlossaryFormat(
        name: "tsv", extensions: ["tsv", "txt"],
        read: { source, _ throws(GlossaryError) in
            try GlossaryTSV.parse(try text(of: source), file: source.name)
        },
        write: { glossary, _ in GlossaryTSV.write(glossary) })
}
