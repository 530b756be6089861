import Foundation

/// The plain-editor worksheet: each source sentence as a quotation, with its glossary
/// terms, and a line starting `<target language>:` to write the translation on.
///
/// HTML comments, invisible when the file is rendered, carry what rebuilds the document: the
/// first holds the languages, the source file name and the text before the first sentence;
/// each sentence's holds its id and the text up to the next sentence (JSON).
public enum WorksheetMarkdown {
    private static let marker = "<!-- tarjuman worksheet "
    /// How the instructions above the first sentence open.
    private static let instructionsOpening = "Write each translation after"

    /// The worksheet for `job`.
    public static func document(_ job: TranslationJob) -> String {
        let meta = WorksheetTSV.metadata(job).map {
            "\(commentJSON($0.0)):\(commentJSON($0.1))"
        }
        var text = marker + "{\(meta.joined(separator: ","))} -->\n"
        text += "# \(oneLine(job.original)): \(job.sourceLanguage) → \(job.targetLanguage)\n\n"
        text += instructionsOpening + " `\(job.targetLanguage):` below its sentence, on one line. "
        text += "Keep the `<!-- … -->` lines: they put the document back together.\n"
        for segment in job.segments {
            let status = WorksheetTSV.status(segment.origin)
            text += "\n<!-- \(segment.id) {\"after\":\(JSONText.quoted(segment.after)),"
            text += "\"status\":\(JSONText.quoted(status)),"
            text += "\"source_hash\":\(JSONText.quoted(segment.sourceHash))} -->\n"
            // Every line of a hard-wrapped source is quoted, whatever ends it (a CR LF is one
            // Character, and splitting at "\n" left the line after it unquoted: the worksheet
            // of a CR LF file did not merge, even untouched).
            for line in segment.source.splitLines() {
                text += "> \(line)\n"
            }
            if !segment.terms.isEmpty || !segment.matches.isEmpty { text += ">\n" }
            if !segment.terms.isEmpty {
                text +=
                    "> Terms: \(oneLine(segment.terms.map(\.summary).joined(separator: "; ")))\n"
            }
            for match in segment.matches {
                text += "> Memory: \(oneLine(match.summary))\n"
            }
            text += "\n\(job.targetLanguage): \(oneLine(segment.target ?? ""))\n"
        }
        return text
    }

    /// `text` on one line of the worksheet: each line break the reader splits at (LF, CR LF,
    /// CR) a space. A memory's target or a glossary rendering holding one would otherwise
    /// put its second line where the worksheet reads structure (a `>` line, a second
    /// translation line, a forged record), and merge would refuse a file nobody edited; the
    /// reader joins a translation's lines with a space, so the text reads back the same.
    private static func oneLine(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return text }
        return text.splitLines().joined(separator: " ")
    }

    /// `text` as a JSON string for a record comment: `>` escaped, so that no value (a file
    /// name holding `-->`) ends the comment when the worksheet is rendered.
    private static func commentJSON(_ text: String) -> String {
        JSONText.quoted(text).replacingOccurrences(of: ">", with: "\\u003E")
    }

    /// Reads a (filled) worksheet.
    public static func read(_ text: String, file: String) throws(ExchangeError) -> TranslationJob {
        // A byte-order mark an editor added is no part of the first line.
        let body =
            text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
        let lines = body.splitLines()
        guard let first = lines.first, first.hasPrefix(marker) else {
            throw .malformed(
                file: file, position: .start,
                message:
                    "not a Tarjuman worksheet: the first line must be the '\(marker)…-->' comment")
        }
        let meta = try json(in: first.dropFirst(marker.count), file: file, line: 1)
        let language = meta["target_language"] ?? ""
        var segments: [(number: (Int, Int), segment: TranslationSegment)] = []
        var sourceOpen = false
        var targetOpen = false
        /// Whether a blank line has followed the translation typed so far: text after it
        /// is no continuation of it.
        var targetClosed = false
        for (index, line) in lines.enumerated().dropFirst() {
            // A record's comment line with its end cut off is an edited record, not text
            // (pass 31: the error came at the next line, about a '>' line).
            let closed = line.trimmingWhiteSpace().hasSuffix("-->")
            // A record indented is that record, mistyped (pass 63: "text after a blank line").
            let trimmed = line.trimmingWhiteSpace()
            if !line.hasPrefix("<!-- "), trimmed.hasPrefix("<!-- "),
                WorksheetID.parse(String(trimmed.dropFirst(5).prefix { $0 != " " })) != nil
            {
                throw Self.refusal(
                    file, line: index,
                    "this record line is indented; a record starts at the beginning of its "
                        + "line, as prepared: remove the white space before '<!--'")
            }
            if line.hasPrefix("<!-- "), !closed,
                WorksheetID.parse(String(line.dropFirst(5).prefix { $0 != " " })) != nil
            {
                throw Self.refusal(
                    file, line: index,
                    "this comment line was edited (its closing --> is missing); restore it "
                        + "from the prepared worksheet")
            }
            if line.hasPrefix("<!-- ") && closed {
                let body = line.dropFirst(5)
                let id = String(body.prefix { $0 != " " })
                if WorksheetID.isMisspelled(id) {
                    throw Self.refusal(
                        file, line: index,
                        "'\(id.shownInMessage)' is not a worksheet id such as p3s2; restore the "
                            + "id this record was prepared with")
                }
                guard let number = WorksheetID.parse(id) else { continue }
                let fields = try json(in: body.dropFirst(id.count), file: file, line: index + 1)
                // Prepared with a source hash, the record names its status: with the field
                // deleted, a draft would merge as a confirmed translation (pass 39).
                if fields["source_hash"] != nil && fields["status"] == nil {
                    throw Self.refusal(
                        file, line: index,
                        "\(id) has no \"status\" in its record; without it a draft would be "
                            + "merged as a confirmed translation: restore the record as it was "
                            + "prepared")
                }
                guard let origin = WorksheetTSV.origin(status: fields["status"] ?? "") else {
                    throw Self.refusal(
                        file, line: index,
                        "\(id) has status '\((fields["status"] ?? "").shownInMessage)'; "
                            + WorksheetTSV.statusChoices)
                }
                var segment = TranslationSegment(
                    id: id, source: "", after: fields["after"] ?? "", origin: origin,
                    position: SourcePosition(line: index + 1, column: 1))
                segment.preparedSourceHash = fields["source_hash"]
                segments.append((number, segment))
                sourceOpen = true
                targetOpen = false
                targetClosed = false
                continue
            }
            guard !segments.isEmpty else {
                // Above the first sentence only the title and the instructions are written:
                // a note typed there would be lost (pass 31).
                guard
                    line.trimmingWhiteSpace().isEmpty || line.hasPrefix("#")
                        || line.hasPrefix(instructionsOpening)
                else {
                    throw Self.refusal(
                        file, line: index,
                        "text above the first sentence would be lost; write each translation "
                            + "after the '\(language):' line of its sentence")
                }
                continue
            }
            let last = segments.count - 1
            if line.hasPrefix(">") {
                // A quoted line under the translation would be dropped as part of the source.
                if targetOpen {
                    throw Self.refusal(
                        file, line: index,
                        "a '>' line after the translation of \(segments[last].segment.id) "
                            + "is read as source, not translation; remove the '>' or the line")
                }
                if line == ">" { sourceOpen = false }
                // Below the source only the hints Tarjuman writes are quoted: a translation
                // typed there would be dropped with them (pass 25).
                if !sourceOpen, line != ">", !line.hasPrefix("> Terms: "),
                    !line.hasPrefix("> Memory: ")
                {
                    throw Self.refusal(
                        file, line: index,
                        "a '>' line among the hints of \(segments[last].segment.id) is neither "
                            + "'> Terms:' nor '> Memory:' and would be lost; write the translation "
                            + "after '\(language):'")
                }
                if sourceOpen {
                    let content = String(line.dropFirst(line.hasPrefix("> ") ? 2 : 1))
                    segments[last].segment.source +=
                        segments[last].segment.source.isEmpty ? content : "\n" + content
                }
                continue
            }
            sourceOpen = false
            var content = Substring(line)
            if targetOpen, !language.isEmpty, line.hasPrefix(language + ":") {
                throw Self.refusal(
                    file, line: index,
                    "a second '\(language):' line for \(segments[last].segment.id); write the "
                        + "translation once, continuing lines without the prefix")
            }
            if !targetOpen, line.hasPrefix(language + ":") {
                targetOpen = true
                content = line.dropFirst(language.count + 1)
            } else if !targetOpen {
                // The prefix indented or in capitals is that line mistyped (pass 60: called
                // "text before the line").
                let trimmed = line.trimmingWhiteSpace()
                if !language.isEmpty, trimmed.lowercased().hasPrefix(language.lowercased() + ":"),
                    let colon = line.firstIndex(of: ":")
                {
                    throw Self.refusal(
                        file, line: index,
                        "'\(String(line[...colon]).shownInMessage)' should "
                            + "read '\(language):' at the start of the line, as prepared; the "
                            + "translation of \(segments[last].segment.id) goes after it")
                }
                guard trimmed.isEmpty else {
                    throw Self.refusal(
                        file, line: index,
                        "text before the '\(language.shownInMessage):' line of \(segments[last].segment.id) "
                            + "would be lost; write the translation after '\(language):'")
                }
                continue
            }
            let piece = content.trimmingWhiteSpace()
            let previous = segments[last].segment.target ?? ""
            guard !piece.isEmpty else {
                targetClosed = !previous.isEmpty
                continue
            }
            // A translation goes on over lines that follow each other; text after a blank
            // line is something else (a note) and would be read as the translation (pass 31:
            // it was appended to it, exit 0).
            if targetClosed {
                throw Self.refusal(
                    file, line: index,
                    "text after a blank line below the translation of "
                        + "\(segments[last].segment.id) would be read as part of it; join it to "
                        + "the translation's lines or remove it")
            }
            segments[last].segment.target = previous.isEmpty ? piece : previous + " " + piece
        }
        guard !segments.isEmpty else {
            throw .malformed(
                file: file, position: .start, message: "the worksheet has no sentences")
        }
        for index in segments.indices {
            let translated = segments[index].segment.isTranslated
            if !translated {
                segments[index].segment.origin = .none
            } else if segments[index].segment.origin == .none {
                segments[index].segment.origin = .translator
            }
        }
        var job = TranslationJob(
            sourceLanguage: meta["source_language"] ?? "", targetLanguage: language,
            original: meta["original"] ?? "", leading: meta["leading"] ?? "",
            units: WorksheetID.units(
                segments.sorted { $0.number < $1.number }.map { ($0.number.0, $0.segment) }))
        job.readLayout(meta["layout"], hash: meta["layout_hash"])
        return job
    }

    /// The error for the line at `index` (0-based) of `file`.
    private static func refusal(_ file: String, line index: Int, _ message: String)
        -> ExchangeError
    {
        .malformed(
            file: file, position: SourcePosition(line: index + 1, column: 1), message: message)
    }

    /// The string fields of the JSON object in a comment (`{…} -->`).
    private static func json(in text: Substring, file: String, line: Int) throws(ExchangeError)
        -> [String: String]
    {
        let body = text.trimmingCharacters(in: .whitespaces)
        guard body.hasSuffix("-->"),
            let object = try? JSONSerialization.jsonObject(
                with: Data(body.dropLast(3).utf8)) as? [String: Any]
        else {
            throw .malformed(
                file: file, position: SourcePosition(line: line, column: 1),
                message: "this comment line was edited; restore it from the prepared worksheet")
        }
        // Every field is text: a status of 5 was dropped and the row read as confirmed
        // (pass 22).
        if let (name, _) = object.first(where: { !($0.value is String) }) {
            throw .malformed(
                file: file, position: SourcePosition(line: line, column: 1),
                message: "field '\(name.shownInMessage)' of this comment line is not text; "
                    + "restore the line from the prepared worksheet")
        }
        // A field given twice is read as its last copy by JSON readers: a `"status"` of
        // draft then tm-exact merged the draft as confirmed (pass 46).
        if let doubled = doubledKey(in: body.dropLast(3)) {
            throw .malformed(
                file: file, position: SourcePosition(line: line, column: 1),
                message: "field '\(doubled.shownInMessage)' is given twice in this comment line; "
                    + "restore the line from the prepared worksheet")
        }
        return object.compactMapValues { $0 as? String }
    }

    /// The first name given twice in the flat JSON object `text`, compared as decoded
    /// (`"st\\u0061tus"` is `status`, pass 47), or nil.
    private static func doubledKey(in text: Substring) -> String? {
        var seen: Set<String> = []
        var index = text.startIndex
        while index < text.endIndex {
            guard text[index] == "\"" else {
                index = text.index(after: index)
                continue
            }
            // A string: to its closing quote, past escaped characters.
            var end = text.index(after: index)
            while end < text.endIndex && text[end] != "\"" {
                if text[end] == "\\" { end = text.index(after: end) }
                if end < text.endIndex { end = text.index(after: end) }
            }
            guard end < text.endIndex else { return nil }
            let written = text[index...end]
            index = text.index(after: end)
            // A string followed by a colon is a name.
            guard text[index...].first(where: { !$0.isWhitespace }) == ":" else { continue }
            let name =
                (try? JSONSerialization.jsonObject(
                    with: Data(written.utf8), options: .fragmentsAllowed)) as? String
                ?? String(written.dropFirst().dropLast())
            if !seen.insert(name).inserted { return name }
        }
        return nil
    }
}

extension WorksheetFormat {
    /// The Markdown worksheet (`.md`, `.markdown`), for plain editors.
    public static let md = WorksheetFormat(
        name: "md", extensions: ["md", "markdown"],
        write: { job, _ in WorksheetMarkdown.document(job) },
        read: { source throws(ExchangeError) in
            try WorksheetMarkdown.read(try text(of: source), file: source.name)
        })
}
