import Foundation

/// OmegaT's tab-separated glossary (`.utf8` or `.tab`, UTF-8): one `source`, `target`,
/// `comment` line per rendering, `#` lines as comments, no header.
///
/// Only accepted renderings (preferred, admitted) are written, since OmegaT offers every
/// line as a suggestion; the comment gives the status, the note, the rendering's other forms
/// (`forms: طلبہ|طلباء`), a case-sensitive term (`case: yes`), a match other than inflected
/// (`match: exact`), the note (after `note: ` when it reads like one of those) and the
/// renderings to avoid. Read back, every line is a rendering with
/// the comment (and any columns after it, joined by `; `) as its note: admitted, or
/// preferred when the comment opens with the status Tarjuman writes (`preferred; …`), whose
/// forms, case and match are then read back too (pass 39: they were dropped unsaid).
public enum GlossaryOmegaT {
    /// The glossary as OmegaT reads it.
    public static func write(_ glossary: Glossary) -> String {
        let clean = { (text: String) in
            String(
                scalars: text.unicodeScalars.map {
                    $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0
                })
        }
        var text =
            "# \(glossary.sourceLanguage) → \(glossary.targetLanguage), written by Tarjuman\n"
        for comment in glossary.comments { text += "# \(clean(comment))\n" }
        let avoided = Dictionary(
            grouping: glossary.entries.filter { !$0.status.isAccepted }, by: \.id)
        for entry in glossary.entries where entry.status.isAccepted {
            var comment = [entry.status.rawValue]
            if !entry.variants.isEmpty {
                comment.append(Self.forms + entry.variants.joined(separator: "|"))
            }
            if entry.caseSensitive { comment.append(Self.caseSensitive) }
            if entry.match != .inflected { comment.append(Self.match + entry.match.rawValue) }
            if !entry.note.isEmpty {
                // A note that reads like one of the fields before it is marked as the note
                // (pass 41: a note `case: yes` came back as a case-sensitive term).
                let looksLikeField = [Self.forms, Self.caseField, Self.match, Self.noteField]
                    .contains { entry.note.hasPrefix($0) }
                comment.append((looksLikeField ? Self.noteField : "") + entry.note)
            }
            if let avoid = avoided[entry.id] {
                comment.append("avoid: " + avoid.map(\.target).joined(separator: ", "))
            }
            for source in [entry.source] + entry.sourceVariants {
                text +=
                    "\(clean(source))\t\(clean(entry.target))\t\(clean(comment.joined(separator: "; ")))\n"
            }
        }
        return text
    }

    /// Reads an OmegaT glossary; `languages` come from the file name when it has them.
    public static func read(
        _ text: String, file: String, languages: (source: String, target: String)? = nil
    ) throws(GlossaryError) -> Glossary {
        var entries: [GlossaryEntry] = []
        var comments: [String] = []
        // A UTF-8 byte-order mark, as Windows editors save, is no part of the first line
        // (review of pass 22: it broke a comment and became part of a term).
        let text =
            text.unicodeScalars.first == "\u{FEFF}"
            ? String(text.unicodeScalars.dropFirst()) : text
        for (index, line) in text.splitLines().enumerated() {
            if line.hasPrefix("#") {
                // The line Tarjuman heads its own files with is not the glossary's comment
                // (pass 24: each round trip added one).
                let comment = String(line.dropFirst().drop { $0 == " " })
                if !(index == 0 && comment.hasSuffix(", written by Tarjuman")) {
                    comments.append(comment)
                }
                continue
            }
            guard !line.allSatisfy(\.isWhitespace) else { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw .malformed(
                    file: file, position: SourcePosition(line: index + 1, column: 1),
                    message: "expected 'source<TAB>target[<TAB>comment]'")
            }
            // Columns past the comment (a spreadsheet's, another tool's) are kept in the
            // note, not dropped (pass 22: a fourth column was lost on conversion).
            var note = fields.dropFirst(2).filter { !$0.allSatisfy(\.isWhitespace) }
                .joined(separator: "; ")
            // A comment Tarjuman wrote opens with the status: read back as the status, not
            // kept in the note (pass 24: `admitted; admitted; …` grew each round trip).
            // Only the first word is the status: a note that is itself a status word stays
            // the note (pass 31: `preferred; admitted` came back admitted, with no note).
            var status = TermStatus.admitted
            var entry = GlossaryEntry(
                id: "\(entries.count + 1)", source: String(fields[0]), target: String(fields[1]),
                status: .admitted, note: "", line: index + 1)
            if let accepted = [TermStatus.preferred, .admitted].first(where: {
                note == $0.rawValue || note.hasPrefix($0.rawValue + "; ")
            }) {
                status = accepted
                note = String(
                    note.dropFirst(accepted.rawValue.count).drop { $0 == ";" || $0 == " " })
                note = Self.takeAttributes(from: note, into: &entry)
            }
            entry.status = status
            entry.note = note
            entries.append(entry)
        }
        let pair = languages ?? Glossary.languagePair(fromFileName: file) ?? ("en", "")
        return Glossary(
            sourceLanguage: pair.source, targetLanguage: pair.target, entries: entries,
            comments: comments)
    }

    private static let forms = "forms: "
    private static let caseField = "case: "
    private static let caseSensitive = "case: yes"
    private static let match = "match: "
    private static let noteField = "note: "

    /// Reads the forms, case and match Tarjuman writes after the status (in that order, each
    /// only when it has one) into `entry`; returns the rest of the comment, the note.
    private static func takeAttributes(from comment: String, into entry: inout GlossaryEntry)
        -> String
    {
        var parts = comment.components(separatedBy: "; ")[...]
        if let first = parts.first, first.hasPrefix(forms) {
            entry.variants = first.dropFirst(forms.count).split(separator: "|").map(String.init)
            parts.removeFirst()
        }
        if parts.first == caseSensitive {
            entry.caseSensitive = true
            parts.removeFirst()
        }
        if let first = parts.first, first.hasPrefix(match),
            let mode = MatchMode(rawValue: String(first.dropFirst(match.count)))
        {
            entry.match = mode
            parts.removeFirst()
        }
        let note = parts.joined(separator: "; ")
        return note.hasPrefix(noteField) ? String(note.dropFirst(noteField.count)) : note
    }
}

extension GlossaryFormat {
    /// OmegaT's tab-separated glossary (`.utf8`, `.tab`): accepted renderings only.
    public static let omegat = GlossaryFormat(
        name: "omegat", extensions: ["utf8", "tab"], keepsEveryRow: false,
        read: { source, _ throws(GlossaryError) in
            try GlossaryOmegaT.read(try text(of: source), file: source.name)
        },
        write: { glossary, _ in GlossaryOmegaT.write(glossary) })
}
