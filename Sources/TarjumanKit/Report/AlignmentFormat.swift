import Foundation

/// How `tarjuman align` writes beads.
public enum AlignmentFormat: String, Sendable, CaseIterable {
    /// Tab-separated with a header row.
    case tsv
    /// One JSON object per bead.
    case jsonl
    /// TMX 1.4b translation memory: one `tu` per bead that has both sides.
    case tmx

    /// The text to write before the first bead (TMX needs the two languages and a date,
    /// as `YYYYMMDDThhmmssZ`).
    /// With `files`, TSV gets `source_file` and `target_file` columns (several pairs in one
    /// output).
    public func header(
        sourceLanguage: String, targetLanguage: String, date: String, files: Bool = false
    ) -> String? {
        switch self {
        case .tsv:
            return
                "bead\tkind\tsource_ids\ttarget_ids\tsource_start\ttarget_start\tsource\ttarget"
                + (files ? "\tsource_file\ttarget_file\n" : "\n")
        case .jsonl:
            return nil
        case .tmx:
            return TMX.header(sourceLanguage: sourceLanguage, date: date)
        }
    }

    /// The text to write after the last bead.
    public var footer: String? {
        self == .tmx ? TMX.footer : nil
    }

    /// One bead as a line of output. With `files` (several pairs in one output), each line
    /// names its pair: TSV `source_file`/`target_file` columns, JSON `source_file` and
    /// `target_file` fields, TMX unit ids prefixed with the translation's path as given.
    public func line(
        for bead: AlignmentBead, in result: DocumentAligner.Result, sourceLanguage: String = "en",
        targetLanguage: String = "", files: (source: String, target: String)? = nil
    ) -> String {
        let sources = bead.source.map { result.source[$0] }
        let targets = bead.target.map { result.target[$0] }
        let kind = "\(bead.source.count):\(bead.target.count)"
        let sourceText = sources.map(\.text).joined(separator: " ")
        let targetText = targets.map(\.text).joined(separator: " ")
        switch self {
        case .tsv:
            return [
                bead.notation(sourceOffset: result.sourceOffset, targetOffset: result.targetOffset),
                kind, sources.map(\.id).joined(separator: ","),
                targets.map(\.id).joined(separator: ","),
                sources.first.map { "\($0.start)" } ?? "",
                targets.first.map { "\($0.start)" } ?? "",
                SegmentFormat.tsvEscaped(sourceText), SegmentFormat.tsvEscaped(targetText),
            ].joined(separator: "\t")
                + (files.map {
                    "\t" + SegmentFormat.tsvEscaped($0.source) + "\t"
                        + SegmentFormat.tsvEscaped($0.target)
                } ?? "") + "\n"
        case .tmx:
            // A unit needs text on both sides (an empty line of `--lines` is none).
            guard sourceText.contains(where: { !$0.isWhitespace }),
                targetText.contains(where: { !$0.isWhitespace })
            else { return "" }
            // The translation's path as given, so that pairs in different folders with the
            // same file names keep distinct ids.
            let prefix = files.map { $0.target + "#" } ?? ""
            // The sentences around the bead's in the document ("" at its start or end);
            // unknown after the last sentence of a paragraph aligned piece by piece that is
            // not the document's last (the next paragraph is not read yet).
            let first = bead.source.lowerBound
            let previous = first > 0 ? result.source[first - 1].text : result.sentenceBefore
            let next =
                bead.source.upperBound < result.source.count
                ? result.source[bead.source.upperBound].text : result.endsDocument ? "" : nil
            return TMX.unit(
                id: prefix + sources.map(\.id).joined(separator: "+"), source: sourceText,
                target: targetText, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
                context: next.map { SentenceContext(previous: previous, next: $0) })
        case .jsonl:
            let ids = { (segments: [Segment]) in
                segments.map { JSONText.quoted($0.id) }.joined(separator: ",")
            }
            let start = { (segment: Segment?) in
                segment.map { JSONText.position($0.start) } ?? "null"
            }
            let pair =
                files.map {
                    "\"source_file\":\(JSONText.quoted($0.source)),\"target_file\":\(JSONText.quoted($0.target)),"
                } ?? ""
            return
                "{\(pair)\"kind\":\"\(kind)\",\"source_ids\":[\(ids(sources))],\"target_ids\":[\(ids(targets))],"
                + "\"source_start\":\(start(sources.first)),\"target_start\":\(start(targets.first)),"
                + "\"cost\":\((bead.cost * 1000).rounded() / 1000),"
                + "\"source\":\(JSONText.quoted(sourceText)),\"target\":\(JSONText.quoted(targetText))}\n"
        }
    }
}
