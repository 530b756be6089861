/// How `tarjuman align` writes beads.
public enum AlignmentFormat: String, Sendable, CaseIterable {
    /// Tab-separated with a header row.
    case tsv
    /// One JSON object per bead.
    case jsonl

    /// The header to write first, if any.
    public var header: String? {
        self == .tsv
            ? "bead\tkind\tsource_ids\ttarget_ids\tsource_start\ttarget_start\tsource\ttarget\n"
            : nil
    }

    /// One bead as a line of output.
    public func line(for bead: AlignmentBead, in result: DocumentAligner.Result) -> String {
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
