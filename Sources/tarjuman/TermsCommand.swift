import ArgumentParser
import Foundation
import TarjumanKit

/// `tarjuman terms`: glossary terms in a text.
struct TermsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "terms",
        abstract: "List every glossary term in a text, with the renderings to use.",
        discussion: """
            An English text is matched against the glossary's source terms (inflections, \
            hyphen/space variants); a text in the target language (--locale ur, bal…) against \
            its renderings, on the pack's matching key with inflection endings and variants.
            Example: tarjuman terms seeds/baloch-uprising.en.txt --glossary glossaries/en-ur.tsv
            """)

    @OptionGroup var data: DataOptions

    @Option(
        name: .long,
        help:
            "Glossary file (default: the one glossary in glossaries/ with the text's language, from --locale or the file name)."
    )
    var glossary: String?

    @Option(name: .long, help: "Language of the text (default: the glossary's source language).")
    var locale: String?

    @OptionGroup var out: FormatAndOutput<SegmentFormat>

    @Argument(help: "The text file, or - for standard input.")
    var file = "-"

    func run() throws {
        try reportingFailures {
            // Resolved once: per paragraph it cost a generic look-up and a path split.
            let format = out.format
            let path = try data.glossaryPath(
                glossary,
                language: try (locale ?? AlignCommand.locale(fromFileName: file)).map {
                    try data.pack(for: $0).tag
                })
            let loaded = try data.glossary(at: path, target: nil)
            let tag = locale ?? AlignCommand.locale(fromFileName: file) ?? loaded.sourceLanguage
            let pack = try data.pack(for: tag)
            let targetPack = try? data.pack(for: loaded.targetLanguage)
            // The text must be in one of the glossary's languages (a Balochi text read with
            // an English glossary printed nothing, exit 0).
            if !loaded.targetLanguage.isEmpty, pack.tag != targetPack?.tag,
                pack.tag != data.packTag(loaded.sourceLanguage)
            {
                throw CommandFailure(
                    "\(path): error: this glossary is for \(loaded.sourceLanguage) → "
                        + "\(loaded.targetLanguage), the text is \(pack.tag); name one for its "
                        + "language with --glossary",
                    status: .usage)
            }
            // A glossary whose name gives no pair (terms.tsv) has an unknown target column:
            // a text not in its source language would be matched against the wrong one.
            if loaded.targetLanguage.isEmpty, pack.tag != data.packTag(loaded.sourceLanguage) {
                throw CommandFailure(
                    "\(path): error: the file name does not say the glossary's languages, so its "
                        + "\(pack.tag) column is unknown; name it NAME.\(loaded.sourceLanguage)-"
                        + "\(pack.tag).tsv (its source → target languages)",
                    status: .usage)
            }
            let side: GlossarySide = pack.tag == targetPack?.tag ? .target : .source
            let matcher = try TermMatcher(glossary: loaded, side: side, pack: pack)
            let source = try ByteSource.file(file)
            let concepts = loaded.rowsByConcept()
            try OutputSink.write(to: out.output) { sink in
                if format == .tsv {
                    try sink.write("file\tline\tcolumn\tid\ttext\tpreferred\taccepted\tstatus\n")
                }
                // Paragraph by paragraph: memory bounded by the largest paragraph.
                var paragraphs = ParagraphReader(source: source)
                while let paragraph = try paragraphs.next() {
                    for occurrence in try matcher.occurrences(in: paragraph) {
                        let rows = occurrence.entries.map { loaded.entries[$0] }
                        // Every concept the text is a term of (`military` the noun and the
                        // adjective; pass 35: the text output showed the first alone).
                        var ids: [String] = []
                        for row in rows where !ids.contains(row.id) { ids.append(row.id) }
                        if format == .text {
                            var renderings: [String] = []
                            for id in ids {
                                renderings += Self.renderingsToUse(concepts[id] ?? []).filter {
                                    !renderings.contains($0)
                                }
                            }
                            // The sources once each: two renderings of `book` found in one
                            // place showed `book / book` (pass 48).
                            var sources: [String] = []
                            for row in rows where !sources.contains(row.source) {
                                sources.append(row.source)
                            }
                            // Each on one line: a line break in a glossary value forged
                            // a line of output (review of pass 22).
                            let shown = OutputBytes.flattened(
                                (side == .source ? renderings : sources).joined(separator: " / "))
                            let status = rows.map(\.status.rawValue).joined(separator: "|")
                            let flag =
                                side == .target && !rows.contains(where: \.status.isAccepted)
                                ? " [\(status)]" : ""
                            // A term found across a line break is shown on its one line;
                            // a glossary's control characters are shown escaped, as in
                            // reports (pass 22: an OSC sequence in a rendering set the
                            // terminal's title).
                            let found = OutputBytes.flattened(occurrence.text)
                            try sink.write(
                                FindingFormat.terminalSafe(
                                    "\(OutputBytes.flattened(source.name)):\(occurrence.position): \(ids.joined(separator: "|"))\t\(found) → \(shown)\(flag)"
                                ) + "\n")
                            continue
                        }
                        // One record per concept the text is a term of (جبر renders both
                        // oppression and repression), each with its own renderings.
                        for id in ids {
                            let concept = concepts[id] ?? []
                            let preferred = concept.filter { $0.status == .preferred }.map(\.target)
                            let accepted = concept.filter { $0.status.isAccepted }.map(\.target)
                            let status = rows.filter { $0.id == id }.map(\.status.rawValue)
                                .joined(separator: "|")
                            if format == .tsv {
                                try sink.write(
                                    [
                                        source.name, "\(occurrence.position.line)",
                                        "\(occurrence.position.column)", id, occurrence.text,
                                        preferred.joined(separator: "|"),
                                        accepted.joined(separator: "|"), status,
                                    ]
                                    .map(SegmentFormat.tsvEscaped).joined(separator: "\t") + "\n")
                            } else {
                                try sink.write(
                                    "{\"file\":\(JSONText.quoted(source.name)),\"line\":\(occurrence.position.line),"
                                        + "\"column\":\(occurrence.position.column),\"id\":\(JSONText.quoted(id)),"
                                        + "\"text\":\(JSONText.quoted(occurrence.text)),\"preferred\":["
                                        + preferred.map(JSONText.quoted).joined(separator: ",")
                                        + "],\"accepted\":["
                                        + accepted.map(JSONText.quoted).joined(separator: ",")
                                        + "],\"status\":\(JSONText.quoted(status))}\n")
                            }
                        }
                    }
                }
            }
        }
    }

    /// The renderings a translator should use for a concept: its preferred ones, or its
    /// accepted ones when none is preferred (a concept with only admitted renderings showed
    /// nothing after the arrow).
    static func renderingsToUse(_ concept: [GlossaryEntry]) -> [String] {
        let preferred = concept.filter { $0.status == .preferred }.map(\.target)
        return preferred.isEmpty ? concept.filter(\.status.isAccepted).map(\.target) : preferred
    }
}
