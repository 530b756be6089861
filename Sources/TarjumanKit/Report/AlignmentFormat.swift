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
    public func header(sourceLanguage: String, targetLanguage: String, date: String) -> String? {
        switch self {
        case .tsv:
            return
                "bead\tkind\tsource_ids\ttarget_ids\tsource_start\ttarget_start\tsource\ttarget\n"
        case .jsonl:
            return nil
        case .tmx:
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
                + "  <header creationtool=\"Tarjuman\" creationtoolversion=\"0.1\" segtype=\"sentence\" "
                + "o-tmf=\"tarjuman\" adminlang=\"en\" srclang=\"\(XMLText.escaped(sourceLanguage))\" "
                + "datatype=\"plaintext\" creationdate=\"\(date)\"/>\n  <body>\n"
        }
    }

    /// The text to write after the last bead.
    public var footer: String? {
        self == .tmx ? "  </body>\n</tmx>\n" : nil
    }

    /// One bead as a line of output.
    public func line(
        for bead: AlignmentBead, in result: DocumentAligner.Result, sourceLanguage: String = "en",
        targetLanguage: String = ""
    ) -> String {
        let sources = bead.source.map { result.source[$0] }
        let targets = bead.target.map { result.target[$0] }
        let kind = "\(bead.source.count):\(bead.target.count)"
        let sourceText = sources.map(\.text).joined(separator: " ")
        let targetText = targets.map(\.text).joined(separator: " ")
        switch self {
        case .tsv:
            return [
                bead.notation, kind, sources.map(\.id).joined(separator: ","),
                targets.map(\.id).joined(separator: ","),
                sources.first.map { "\($0.start)" } ?? "",
                targets.first.map { "\($0.start)" } ?? "",
                SegmentFormat.tsvEscaped(sourceText), SegmentFormat.tsvEscaped(targetText),
            ].joined(separator: "\t") + "\n"
        case .tmx:
            guard !sources.isEmpty && !targets.isEmpty else { return "" }
            let flat = { (text: String) in
                XMLText.escaped(
                    String(
                        String.UnicodeScalarView(
                            text.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 })))
            }
            return "    <tu tuid=\"\(sources.map(\.id).joined(separator: "+"))\">\n"
                + "      <tuv xml:lang=\"\(XMLText.escaped(sourceLanguage))\"><seg>\(flat(sourceText))</seg></tuv>\n"
                + "      <tuv xml:lang=\"\(XMLText.escaped(targetLanguage))\"><seg>\(flat(targetText))</seg></tuv>\n"
                + "    </tu>\n"
        case .jsonl:
            let ids = { (segments: [Segment]) in
                segments.map { JSONText.quoted($0.id) }.joined(separator: ",")
            }
            let start = { (segment: Segment?) in
                segment.map { JSONText.position($0.start) } ?? "null"
            }
            return
                "{\"kind\":\"\(kind)\",\"source_ids\":[\(ids(sources))],\"target_ids\":[\(ids(targets))],"
                + "\"source_start\":\(start(sources.first)),\"target_start\":\(start(targets.first)),"
                + "\"cost\":\((bead.cost * 1000).rounded() / 1000),"
                + "\"source\":\(JSONText.quoted(sourceText)),\"target\":\(JSONText.quoted(targetText))}\n"
        }
    }
}
