/// Comma-separated glossaries (RFC 4180), as exported by spreadsheets and published by
/// TICO-19. Reads any CSV with a header naming the source and target columns
/// (`source`/`sourceString`, `target`/`targetString`; optional `id`/`stringID`, `pos`,
/// `status`, `note`/`description`). A CSV with Tarjuman's own columns (as ``write(_:)``
/// makes it) is read column for column like the TSV format.
public enum GlossaryCSV {
    /// Reads CSV text.
    public static func read(
        _ text: String, file: String, languages: (source: String, target: String)? = nil
    )
        throws(GlossaryError) -> Glossary
    {
        let records = try parse(text, file: file)
        guard let header = records.first?.fields, header.contains(where: { !$0.isEmpty }) else {
            throw .malformed(
                file: file, position: SourcePosition(line: records.first?.line ?? 1, column: 1),
                message:
                    "empty CSV or an empty first line: expected a header row naming the columns "
                    + "(source,target…)")
        }
        let names = header.map { $0.lowercased() }
        if names.contains("id"), Set(names).isSubset(of: GlossaryTSV.columns) {
            // Tarjuman's own columns (as `write` makes them): every column is read as the TSV
            // format reads it, so TSV → CSV → TSV loses nothing.
            // Each row on the line its record starts on, so that positions name the CSV's
            // lines (pass 57: after Excel's `sep=` line, or a cell holding a line break,
            // every later row was placed a line early).
            var rows = ""
            var line = 1
            for (index, record) in records.enumerated() {
                if index > 0 {
                    rows += "\n"
                    line += 1
                }
                while line < record.line {
                    rows += "\n"
                    line += 1
                }
                let row = record.fields.map(GlossaryTSV.quotedIfNeeded).joined(separator: "\t")
                rows += row
                // A quoted cell keeps its line breaks, and the row its lines.
                let bytes = Array(row.utf8)
                for (index, byte) in bytes.enumerated()
                where byte == 0x0A || (byte == 0x0D && bytes.dropFirst(index + 1).first != 0x0A) {
                    line += 1
                }
            }
            var glossary = try GlossaryTSV.parse(rows, file: file)
            if let languages {
                (glossary.sourceLanguage, glossary.targetLanguage) = languages
            }
            return glossary
        }
        func column(_ options: [String]) -> Int? {
            options.lazy.compactMap { names.firstIndex(of: $0) }.first
        }
        // A column read twice: which one the file means cannot be told (the second target
        // column was dropped unseen).
        var seen: Set<String> = []
        for (index, name) in names.enumerated()
        where Self.readColumns.contains(name) && !seen.insert(name).inserted {
            throw .malformed(
                file: file,
                position: SourcePosition(
                    line: records[0].line, column: records[0].columns[index]),
                message: "column '\(header[index])' appears twice in the header; keep one")
        }
        guard let sourceColumn = column(["source", "sourcestring", "term", "en"]),
            let targetColumn = column(["target", "targetstring", "translation"])
        else {
            let headerStart = SourcePosition(line: records[0].line, column: 1)
            // Excel's `sep=` line naming a separator the cells do not use (pass 57: reported
            // as missing columns, at the hint's line).
            if let hint = separatorHint(text), header.count == 1,
                let used = [",", ";", "\t", "|"].first(where: {
                    $0 != Character(hint) && header[0].contains($0)
                })
            {
                throw .malformed(
                    file: file, position: headerStart,
                    message:
                        "the first line 'sep=\(String(hint).shownInMessage)' says the cells are "
                        + "separated by it, but the header's are separated by "
                        + "'\(String(used).shownInMessage)': delete the first line or correct it")
            }
            // Saved with semicolons, as spreadsheets in many European locales write CSV
            // (pass 35: said only that the columns were missing).
            if header.count == 1, header[0].contains(";") {
                throw .malformed(
                    file: file, position: headerStart,
                    message:
                        "the CSV was saved with semicolons between its cells; Tarjuman reads "
                        + "commas: save it again with the comma as the field separator")
            }
            throw .malformed(
                file: file, position: headerStart,
                message:
                    "the CSV header (\(header.prefix(8).map(\.shownInMessage).joined(separator: ", "))"
                    + "\(header.count > 8 ? ", …" : "")) needs a source column named source, "
                    + "sourceString, term or en and a target column named target, targetString "
                    + "or translation, in any letter case")
        }
        let idColumn = column(["id", "stringid"])
        let posColumn = column(["pos", "partofspeech"])
        let noteColumn = column(["note", "description", "comment"])
        let statusColumn = column(["status"])
        let sourceLanguageColumn = column(["sourcelang"])
        let targetLanguageColumn = column(["targetlang"])
        var entries: [GlossaryEntry] = []
        var pair = languages
        // A row of empty cells is a blank line as a spreadsheet saves one (pass 48: `,,`
        // stopped the glossary).
        for record in records.dropFirst()
        where record.fields.count > 1
            && !record.fields.allSatisfy({ $0.allSatisfy(\.isWhitespace) })
        {
            guard record.fields.count == header.count else {
                throw .malformed(
                    file: file, position: SourcePosition(line: record.line, column: 1),
                    message:
                        "row has \(record.fields.count) fields but the header has \(header.count)")
            }
            let field = { (index: Int?) in index.map { record.fields[$0] } ?? "" }
            if pair == nil, let s = sourceLanguageColumn, let t = targetLanguageColumn {
                pair = (record.fields[s], record.fields[t].replacingUnderscores())
            }
            let statusText = field(statusColumn)
            guard
                let status = statusText.isEmpty
                    ? TermStatus.admitted : TermStatus(rawValue: statusText.lowercased())
            else {
                throw .malformed(
                    file: file, position: SourcePosition(line: record.line, column: 1),
                    message: "unknown status '\(statusText.shownInMessage)'")
            }
            // A blank id is refused as in Tarjuman's own layout (review of pass 22: written
            // out, then refused by lint and every command reading the result).
            if let idColumn, !record.fields[idColumn].hasVisibleContent {
                throw .malformed(
                    file: file,
                    position: SourcePosition(line: record.line, column: record.columns[idColumn]),
                    message: "the id is empty; give every row an id (rows of one concept share it)")
            }
            entries.append(
                GlossaryEntry(
                    id: idColumn.map { record.fields[$0] } ?? "\(entries.count + 1)",
                    source: field(sourceColumn),
                    target: field(targetColumn), partOfSpeech: field(posColumn), status: status,
                    note: field(noteColumn),
                    sourceReference: file.split(separator: "/").last.map(String.init) ?? file,
                    line: record.line))
        }
        let resolved = pair ?? Glossary.languagePair(fromFileName: file) ?? ("en", "")
        return Glossary(
            sourceLanguage: resolved.source, targetLanguage: resolved.target, entries: entries)
    }

    /// The header names (lower case) a CSV from another tool is read by.
    private static let readColumns: Set = [
        "source", "sourcestring", "term", "en", "target", "targetstring", "translation", "id",
        "stringid", "pos", "partofspeech", "note", "description", "comment", "status",
        "sourcelang", "targetlang",
    ]

    /// The glossary as CSV with Tarjuman's columns. A cell a spreadsheet would run as a
    /// formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return: a hostile TBX
    /// converted to CSV ran `=cmd|…` when opened) is written after an apostrophe, which
    /// ``read(_:file:languages:)`` takes off again.
    public static func write(_ glossary: Glossary) -> String {
        var lines = [GlossaryTSV.columns.joined(separator: ",")]
        for entry in glossary.entries {
            lines.append(
                GlossaryTSV.fields(of: entry).map { quoted(DelimitedText.defused($0)) }.joined(
                    separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// `field` quoted when it holds a comma, quote or line break, byte by byte: a check by
    /// character missed CR LF and a comma or quote carrying a combining mark, one character
    /// each (pass 22: such rows came back with their columns shifted).
    private static func quoted(_ field: String) -> String {
        DelimitedText.quoted(field, when: [0x2C, 0x22, 0x0A, 0x0D])
    }

    /// RFC 4180 records with the line each starts on and the column of each field.
    static func parse(_ text: String, file: String) throws(GlossaryError) -> [(
        fields: [String], line: Int, columns: [Int]
    )] {
        var records: [(fields: [String], line: Int, columns: [Int])] = []
        let hint = separatorHint(text)
        var reader = DelimitedReader(text, separator: hint ?? ",")
        // Excel's hint line is no row (pass 54: it was read as the header).
        if hint != nil { reader.skipSeparatorHint() }
        while let record = reader.next() {
            if let problem = record.problem {
                throw .malformed(
                    file: file, position: SourcePosition(line: record.line, column: problem.column),
                    message: problem.message)
            }
            records.append(
                (record.fields.map(DelimitedText.restored), record.line, record.columns))
        }
        return records
    }
}

extension GlossaryCSV {
    /// The separator named by a first line `sep=X` (after a byte-order mark), as Excel writes
    /// and reads it to mean "cells separated by X": a comma, semicolon, tab or vertical bar.
    static func separatorHint(_ text: String) -> Unicode.Scalar? {
        let scalars = text.unicodeScalars
        let head = Array(scalars.drop(while: { $0 == "\u{FEFF}" }).prefix(6))
        guard head.count >= 5,
            String(String.UnicodeScalarView(head[0..<4])).lowercased() == "sep=",
            [",", ";", "\t", "|"].contains(head[4]),
            head.count == 5 || ["\n", "\r"].contains(head[5])
        else { return nil }
        return head[4]
    }
}

extension String {
    /// `ur_PK` → `ur-PK`.
    fileprivate func replacingUnderscores() -> String {
        String(map { $0 == "_" ? "-" : $0 })
    }
}

extension GlossaryFormat {
    /// Comma-separated glossaries (`.csv`).
    public static let csv = GlossaryFormat(
        name: "csv", extensions: ["csv"],
        read: { source, _ throws(GlossaryError) in
            try GlossaryCSV.read(try text(of: source), file: source.name)
        },
        write: { glossary, _ in GlossaryCSV.write(glossary) })
}
