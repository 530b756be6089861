/// The spreadsheet worksheet: one row per sentence, for translators who work in LibreOffice
/// or Excel.
///
/// `# key: value` comment lines carry the languages, the source file name, the text
/// before the first sentence and the layout; then a header row and the columns `id`,
/// `source`, `target` (to fill in), `status` (empty, `translated`, `tm-exact` or `draft`),
/// `match` (the translation-memory matches, best first, with their scores: what a `draft`
/// target came from), `terms` (glossary hints), `after` (the text up to the next sentence,
/// escaped, which rebuilds the layout) and `source_hash` (``TranslationSegment/sourceHash``,
/// which merge checks the source against). Tabs,
/// line breaks and backslashes inside fields are written `\t`, `\n`, `\\`. Rows may be
/// re-sorted: `merge` orders them by id.
public enum WorksheetTSV {
    /// The columns, in order.
    public static let columns = [
        "id", "source", "target", "status", "match", "terms", "after", "source_hash",
    ]

    /// The worksheet for `job`.
    public static func document(_ job: TranslationJob) -> String {
        var text = "# Tarjuman worksheet: translate the source column into the target column.\n"
        text +=
            "# Keep the id, after and source_hash columns as they are: they put the document "
            + "back together.\n"
        for (key, value) in metadata(job) {
            text += "# \(key): \(SegmentFormat.tsvEscaped(value))\n"
        }
        text += columns.joined(separator: "\t") + "\n"
        for segment in job.segments {
            // Text a spreadsheet would run as a formula goes after an apostrophe (pass 39: a
            // source `=HYPERLINK(…)` became a live formula); reading takes it off again.
            let fields = [
                segment.id, DelimitedText.defused(segment.source),
                DelimitedText.defused(segment.target ?? ""), status(segment.origin),
                DelimitedText.defused(segment.matches.map(\.summary).joined(separator: "\n")),
                DelimitedText.defused(segment.terms.map(\.summary).joined(separator: "; ")),
                segment.after, segment.sourceHash,
            ]
            text +=
                fields.map { GlossaryTSV.quotedIfNeeded(SegmentFormat.tsvEscaped($0)) }.joined(
                    separator: "\t") + "\n"
        }
        return text
    }

    /// Reads a (filled) worksheet.
    public static func read(_ text: String, file: String) throws(ExchangeError) -> TranslationJob {
        var meta: [String: String] = [:]
        var layoutPosition = SourcePosition.start
        var leadingPosition = SourcePosition.start
        var header: [String]?
        var rows: [(number: (Int, Int), segment: TranslationSegment)] = []
        // Saved with commas between the cells, the first line ends in the commas of the
        // empty cells after it (quoted or not), and would read as a broken field.
        let first = text.unicodeScalars.drop { $0 == "\u{FEFF}" }.prefix {
            $0 != "\n" && $0 != "\r"
        }
        let opening = String(String.UnicodeScalarView(first))
        // Semicolons are the separator spreadsheets in many European locales save CSV with
        // (pass 35: read as "the header row has no 'id' column").
        for (ending, name) in [(",,", "commas"), (";;", "semicolons")]
        where
            (opening.hasPrefix("# Tarjuman worksheet:")
            || opening.hasPrefix("\"# Tarjuman worksheet:")) && opening.hasSuffix(ending)
        {
            throw savedWith(name, file: file, at: .start)
        }
        var reader = DelimitedReader(text, separator: "\t")
        while let record = reader.next(comments: header == nil) {
            let position = SourcePosition(line: record.line, column: 1)
            // A `# key: value` line, also as a spreadsheet saves it: in quotes, with empty
            // cells after it (LibreOffice, unless told not to quote text cells).
            let saved =
                header == nil && !record.fields.isEmpty && record.fields[0].hasPrefix("#")
                && record.fields.dropFirst().allSatisfy(\.isEmpty)
            if record.fields.isEmpty || saved {
                let line = saved ? record.fields[0] : record.text
                let body = line.dropFirst().drop { $0 == " " }
                if let colon = body.firstIndex(of: ":") {
                    let key = String(body[..<colon])
                    // Two records of one key: which the file means cannot be told (a second
                    // layout line let a deleted sentence through).
                    if meta[key] != nil, metadataKeys.contains(key) {
                        throw .malformed(
                            file: file, position: position,
                            message: "a second '# \(key):' line; keep the one the file was "
                                + "prepared with")
                    }
                    // A key of Tarjuman's in other letters (`# Layout:`) is that record edited,
                    // not a comment (pass 25: "the file has no layout record" at 1:1).
                    if !metadataKeys.contains(key), metadataKeys.contains(key.lowercased()) {
                        throw .malformed(
                            file: file, position: position,
                            message:
                                "'# \(key.shownInMessage):' should read '# \(key.lowercased()):' "
                                + "(Tarjuman reads its records in lower case); restore it")
                    }
                    if key == "layout" { layoutPosition = position }
                    if key == "leading" { leadingPosition = position }
                    // Tabs after the value are a spreadsheet's padding of the line to the
                    // width of the rows (LibreOffice writes seven): Tarjuman writes a tab in a
                    // value as `\t` (pass 27: the layout record read "2,3,1\t\t…").
                    var value = body[body.index(after: colon)...].drop { $0 == " " }
                    while value.last == "\t" { value = value.dropLast() }
                    meta[key] = SegmentFormat.tsvUnescaped(String(value))
                }
                continue
            }
            if record.fields.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { continue }
            if let problem = record.problem {
                throw .malformed(
                    file: file, position: SourcePosition(line: record.line, column: problem.column),
                    message: problem.message)
            }
            let fields = record.fields
            guard let names = header else {
                // `align`'s own TSV is no worksheet (pass 22: named only a missing column).
                if fields.starts(with: ["bead", "kind", "source_ids", "target_ids"]) {
                    throw .malformed(
                        file: file, position: position,
                        message: "this is `tarjuman align` output, not a worksheet; for a "
                            + "memory, write the alignment as TMX (align --format tmx)")
                }
                // A column of Tarjuman's in other letters or with spaces around it is that
                // column edited: read as an unknown one, it would turn its check off (pass 28:
                // `Source_Hash` let an edited source through).
                for (index, name) in fields.enumerated() {
                    let meant = name.trimmingWhiteSpace().lowercased()
                    guard meant != name, columns.contains(meant), !fields.contains(meant) else {
                        continue
                    }
                    throw .malformed(
                        file: file, position: record.place(ofField: index),
                        message:
                            "the column '\(name.shownInMessage)' should read '\(meant)'; restore "
                            + "the header row as the file was prepared")
                }
                // Saved with semicolons or commas and no padded record line before the header
                // (pass 37, pass 39: "the header row has no 'id' column").
                for (separator, name) in [(";", "semicolons"), (",", "commas")]
                where fields.count == 1 && fields[0].split(separator: separator).contains("id") {
                    throw savedWith(name, file: file, at: position)
                }
                // A column named twice would be read from its last copy: a second `target`
                // column's text merged unsaid (pass 41).
                if let twice = fields.indices.first(where: {
                    !fields[$0].isEmpty && fields[..<$0].contains(fields[$0])
                }) {
                    throw .malformed(
                        file: file, position: record.place(ofField: twice),
                        message:
                            "the column '\(fields[twice].shownInMessage)' is named twice in the "
                            + "header row; rename or remove the second (the translation goes in "
                            + "the first 'target')")
                }
                // The source is checked against its hash where the file has one (pass 31: the
                // column deleted read as every sentence edited); without its status column,
                // every draft would merge as a confirmed translation (pass 39). A worksheet
                // prepared before the hash column was written is read as before.
                let required =
                    ["id", "target", "after"]
                    + (fields.contains("source_hash") ? ["source", "status"] : [])
                for required in required where !fields.contains(required) {
                    throw .malformed(
                        file: file, position: position,
                        message:
                            "the header row has no '\(required)' column; a worksheet has "
                            + columns.joined(separator: ", ")
                            + (required == "status"
                                ? " (without 'status', a draft would be merged as a confirmed "
                                    + "translation); restore the column as it was prepared"
                                : ""))
                }
                header = fields
                continue
            }
            // A cell past the header's last column holds text no column reads: typed one cell
            // too far, a translation was dropped (pass 35). Empty padding cells are fine.
            if let extra = fields.indices.dropFirst(names.count).first(where: {
                !fields[$0].allSatisfy(\.isWhitespace)
            }) {
                throw .malformed(
                    file: file, position: record.place(ofField: extra),
                    message:
                        "\(fields.first.map(\.shownInMessage) ?? "the row") has text in cell "
                        + "\(extra + 1), past the header's \(names.count) columns; move it into "
                        + "its column (the translation goes in 'target'), or name the column in "
                        + "the header row to keep notes there")
            }
            var row: [String: String] = [:]
            for (name, value) in zip(names, fields) {
                row[name] = DelimitedText.restored(SegmentFormat.tsvUnescaped(value))
            }
            let id = row["id"] ?? ""
            guard let number = WorksheetID.parse(id) else {
                throw .malformed(
                    file: file, position: position,
                    message:
                        "'\(id.shownInMessage)' is not a worksheet id such as p3s2; keep the id column as it was"
                )
            }
            // A row that stops before its `after` field was cut short: read as it is, it
            // would join its sentence to the next (pass 31: with no source_hash column, a
            // truncated last row was merged, exit 0). With the column, the row's missing hash
            // says so, among the job's other checks.
            if !names.contains("source_hash"), let after = names.firstIndex(of: "after"),
                fields.count <= after
            {
                throw .malformed(
                    file: file, position: position,
                    message:
                        "\(id) has \(fields.count) of the header's \(names.count) fields and no "
                        + "'after': a row cut short; restore it as it was prepared")
            }
            let target = row["target"].flatMap { $0.isEmpty ? nil : $0 }
            let status = row["status"] ?? ""
            guard let stated = origin(status: status) else {
                throw .malformed(
                    file: file, position: record.place(ofField: names.firstIndex(of: "status")),
                    message: "\(id) has status '\(status.shownInMessage)'; \(statusChoices)")
            }
            let origin: TargetOrigin = target == nil ? .none : stated
            var segment = TranslationSegment(
                id: id, source: row["source"] ?? "", after: row["after"] ?? "",
                target: target, origin: origin, position: position)
            // A worksheet prepared before the column was written has none to check.
            if names.contains("source_hash") {
                segment.preparedSourceHash = row["source_hash"] ?? ""
            }
            // A quotation typed at the start of the target (`'-5 فیصد' کمی`) loses its
            // opening apostrophe as the spreadsheet's text mark; merge names it (pass 67).
            if let column = names.firstIndex(of: "target"), column < fields.count, let target,
                SegmentFormat.tsvUnescaped(fields[column]) != target, target.first != "'",
                target.contains("'")
            {
                segment.droppedApostrophe = record.place(ofField: column)
            }
            rows.append((number, segment))
        }
        guard !rows.isEmpty else {
            throw .malformed(file: file, position: .start, message: "the worksheet has no rows")
        }
        rows.sort { $0.number < $1.number }
        var job = TranslationJob(
            sourceLanguage: meta["source_language"] ?? "",
            targetLanguage: meta["target_language"] ?? "",
            original: meta["original"] ?? "", leading: meta["leading"] ?? "",
            units: WorksheetID.units(rows.map { ($0.number.0, $0.segment) }))
        job.readLayout(meta["layout"], hash: meta["layout_hash"], at: layoutPosition)
        job.leadingPosition = leadingPosition
        return job
    }

    /// The `# key:` records a worksheet carries.
    private static let metadataKeys: Set = [
        "original", "source_language", "target_language", "leading", "layout", "layout_hash",
    ]

    static func metadata(_ job: TranslationJob) -> [(String, String)] {
        [
            ("original", job.original), ("source_language", job.sourceLanguage),
            ("target_language", job.targetLanguage), ("leading", job.leading),
            ("layout", job.layoutText), ("layout_hash", job.layoutHash),
        ]
    }

    /// A worksheet saved with `separator` (commas, semicolons) between its cells.
    private static func savedWith(_ separator: String, file: String, at position: SourcePosition)
        -> ExchangeError
    {
        .malformed(
            file: file, position: position,
            message:
                "the worksheet was saved with \(separator) between its cells; Tarjuman reads it "
                + "tab-separated: save it again as text with the tab as the field separator")
    }

    /// What a status cell may hold, for messages.
    static let statusChoices =
        "write 'translated', 'draft' or 'tm-exact' (or leave it empty: a filled target is "
        + "translated)"

    /// The origin a status cell names (any letter case, spaces around ignored): empty and
    /// `translated` are the translator's, `tm-exact` and `draft` as written; `nil` for any
    /// other word, which a reader refuses rather than guess (a misspelt `draft` would merge
    /// as confirmed).
    static func origin(status: String) -> TargetOrigin? {
        switch status.trimmingWhiteSpace().lowercased() {
        case "", "translated": .translator
        case TargetOrigin.memory.rawValue: .memory
        case TargetOrigin.draft.rawValue: .draft
        default: nil
        }
    }

    static func status(_ origin: TargetOrigin) -> String {
        switch origin {
        case .none: ""
        case .translator: "translated"
        case .memory, .draft: origin.rawValue
        }
    }
}

/// Segment ids of worksheets (`p3s2`): paragraph and sentence numbers.
enum WorksheetID {
    /// `(3, 2)` for `p3s2`, `nil` for anything else (numbers start at 1, digits only, no
    /// leading zeros: `p01s1` is not a second spelling of `p1s1`, which merged the row
    /// twice).
    static func parse(_ id: String) -> (Int, Int)? {
        guard id.hasPrefix("p"), let s = id.firstIndex(of: "s") else { return nil }
        let paragraphDigits = id[id.index(after: id.startIndex)..<s]
        let sentenceDigits = id[id.index(after: s)...]
        guard paragraphDigits.allSatisfy(\.isASCII), sentenceDigits.allSatisfy(\.isASCII),
            paragraphDigits.allSatisfy(\.isNumber), sentenceDigits.allSatisfy(\.isNumber),
            let paragraph = Int(paragraphDigits), let sentence = Int(sentenceDigits),
            // Numbers no document reaches are not ids: sums over them cannot overflow.
            (1...Int(Int32.max)).contains(paragraph), (1...Int(Int32.max)).contains(sentence),
            paragraphDigits.first != "0", sentenceDigits.first != "0"
        else { return nil }
        return (paragraph, sentence)
    }

    /// Whether `id` has an id's shape (`p`, digits, `s`, digits) but is none (`p01s1`,
    /// `p0s1`): an id edited, not some other name.
    static func isMisspelled(_ id: String) -> Bool {
        guard parse(id) == nil, id.hasPrefix("p"), let s = id.dropFirst().firstIndex(of: "s")
        else { return false }
        let digits = [id[id.index(after: id.startIndex)..<s], id[id.index(after: s)...]]
        return digits.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    /// `3` for the unit id `p3`, `nil` for anything else.
    static func paragraph(of unitID: String) -> Int? {
        parse(unitID + "s1")?.0
    }

    /// Segments in order, grouped into units by paragraph number.
    static func units(_ segments: [(paragraph: Int, segment: TranslationSegment)])
        -> [TranslationUnit]
    {
        var units: [TranslationUnit] = []
        var current: Int?
        for (paragraph, segment) in segments {
            if paragraph != current || units.isEmpty {
                units.append(TranslationUnit(id: "p\(paragraph)", segments: []))
                current = paragraph
            }
            units[units.count - 1].segments.append(segment)
        }
        return units
    }
}

extension WorksheetFormat {
    /// The tab-separated worksheet (`.tsv`), for spreadsheets.
    public static let tsv = WorksheetFormat(
        name: "tsv", extensions: ["tsv"],
        write: { job, _ in WorksheetTSV.document(job) },
        read: { source throws(ExchangeError) in
            try WorksheetTSV.read(try text(of: source), file: source.name)
        })
}
