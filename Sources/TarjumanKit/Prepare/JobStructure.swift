/// Something wrong with the sentences of a filled file, found before merging: a sentence
/// that would be lost, written twice, or that the prepared document never had.
public struct StructureProblem: Sendable, Equatable, CustomStringConvertible {
    /// Where in the filled file.
    public let position: SourcePosition
    /// What is wrong and what to do.
    public let message: String

    /// `line:column: error: message`, to follow the file name.
    public var description: String { "\(position): error: \(message)" }
}

extension TranslationJob {
    /// Checks that every sentence of the prepared document is in the filled file exactly
    /// once and that there is nothing else: missing, duplicated and unknown ids. The expected
    /// sentences come from ``layout`` when the file records it; otherwise every paragraph
    /// from `p1` to the last one seen must be present with its sentences numbered from `s1`
    /// without gaps. Problems come in file order.
    public func structureProblems() -> [StructureProblem] {
        var problems: [StructureProblem] = []
        var seen: [String: SourcePosition] = [:]
        var present: [(Int, Int)] = []
        // A segment moved into another paragraph's unit (XLIFF) would be merged there.
        for unit in units {
            for segment in unit.segments {
                guard let number = WorksheetID.parse(segment.id), unit.id != "p\(number.0)"
                else { continue }
                problems.append(
                    StructureProblem(
                        position: segment.position,
                        message:
                            "\(segment.id) is inside unit \(unit.id); move it back to unit "
                            + "p\(number.0), or its sentence would be merged into another paragraph"
                    ))
            }
        }
        for segment in segments {
            if let first = seen[segment.id] {
                problems.append(
                    StructureProblem(
                        position: segment.position,
                        message:
                            "\(segment.id) appears twice (first at \(first)); keep one, or the "
                            + "sentence would be merged twice"))
                continue
            }
            seen[segment.id] = segment.position
            guard let number = WorksheetID.parse(segment.id), isExpected(number) else {
                problems.append(
                    StructureProblem(
                        position: segment.position,
                        message:
                            "\(segment.id) is not a sentence of the prepared document; remove it "
                            + "or prepare the file again"))
                continue
            }
            present.append(number)
        }
        let found = Set(present.map { "p\($0.0)s\($0.1)" })
        let ordered = segments.filter { found.contains($0.id) }
        for (paragraph, sentence) in expectedSentences()
        where !found.contains("p\(paragraph)s\(sentence)") {
            let id = "p\(paragraph)s\(sentence)"
            // Reported where it would have been: at the next sentence the file has.
            let next = ordered.first {
                guard let number = WorksheetID.parse($0.id) else { return false }
                return number > (paragraph, sentence)
            }
            problems.append(
                StructureProblem(
                    position: next?.position ?? ordered.last?.position ?? .start,
                    message:
                        "\(id) is missing: its sentence would be lost from the document; restore it "
                        + "from the prepared file"))
        }
        return problems.sorted { $0.position < $1.position }
    }

    private func isExpected(_ number: (Int, Int)) -> Bool {
        guard let layout else { return number.0 >= 1 && number.1 >= 1 }
        return number.0 >= 1 && number.0 <= layout.count && number.1 >= 1
            && number.1 <= layout[number.0 - 1]
    }

    /// Every sentence the prepared document had, in order.
    private func expectedSentences() -> [(Int, Int)] {
        var counts = layout ?? []
        if layout == nil {
            for segment in segments {
                guard let (paragraph, sentence) = WorksheetID.parse(segment.id),
                    paragraph >= 1, sentence >= 1
                else { continue }
                if counts.count < paragraph {
                    counts += Array(repeating: 0, count: paragraph - counts.count)
                }
                counts[paragraph - 1] = max(counts[paragraph - 1], sentence)
            }
            // A paragraph the file lost entirely had at least one sentence.
            counts = counts.map { max($0, 1) }
        }
        return counts.enumerated().flatMap { paragraph, count in
            (1...max(count, 1)).map { (paragraph + 1, $0) }
        }
    }
}
