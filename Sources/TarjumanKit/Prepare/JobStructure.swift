/// Something wrong with the sentences of a filled file, found before merging: a sentence
/// that would be lost, written twice, or that the prepared document never had.
public struct StructureProblem: Sendable, Equatable, CustomStringConvertible {
    /// What kind of problem it is.
    public enum Kind: Sendable, Equatable {
        /// No readable layout record.
        case layout
        /// A sentence inside another paragraph's unit.
        case moved
        /// Text between sentences that merge would drop.
        case textBetween
        /// Sentences out of the prepared order.
        case order
        /// The same sentence id twice.
        case duplicate
        /// An id the prepared document does not have.
        case unknown
        /// A sentence of the prepared document that the file lacks.
        case missing
        /// A source sentence edited after the file was prepared.
        case sourceChanged
        /// A sentence's source hash missing (in a file with others) or not one Tarjuman
        /// wrote, or an XLIFF unit's record with more or fewer hashes than its sentences.
        case sources

        /// Whether the problem leaves a sentence paired with a translation that is not its
        /// own (a stray or second one) or with neighbours that are not its own (the context
        /// of in-context matches), which a memory must not store; the others only matter to
        /// a merge.
        public var pairsWrongly: Bool {
            switch self {
            case .moved, .order, .duplicate, .unknown, .sourceChanged, .sources: true
            case .layout, .textBetween, .missing: false
            }
        }
    }

    /// What kind of problem it is.
    public let kind: Kind
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
    /// sentences come from ``layout``; a file without a readable layout record, or without
    /// the record's hash or with another's, is a problem (a sentence dropped at the end of a
    /// paragraph could not be noticed), and beyond it
    /// every paragraph from `p1` to the last one seen must be present with its sentences
    /// numbered from `s1` without gaps, in that order. When the file carries source hashes
    /// (``TranslationSegment/sourceHash``), every sentence's source must match its own.
    /// Problems come in file order.
    public func structureProblems() -> [StructureProblem] {
        var problems: [StructureProblem] = []
        if layout == nil {
            let what =
                layoutRecord.map {
                    "the layout record '\($0.shownInMessage)' is not the sentences per paragraph "
                        + "(such as 2,3,1)"
                }
                ?? "the file has no layout record (tj:layout of <file>, '# layout:' or \"layout\")"
            problems.append(
                StructureProblem(
                    kind: .layout, position: layoutPosition,
                    message:
                        what + ", so a sentence removed at the end of a paragraph would go "
                        + "unnoticed; copy the record from a file prepared again from the same "
                        + "source (tarjuman prepare SOURCE -o NEW), unchanged"))
        } else if layoutHashRecord == nil {
            // Only Tarjuman writes the layout record, and always with its hash (pass 61: the
            // hash line deleted with the edit let a lost sentence through; pass 62: so did
            // deleting every source hash as well).
            problems.append(
                StructureProblem(
                    kind: .layout, position: layoutPosition,
                    message:
                        "the file has no hash of its layout record (tj:layoutHash of <file>, "
                        + "'# layout_hash:' or \"layout_hash\"), so an edited record would go "
                        + "unnoticed; copy it from a file prepared again from the same source "
                        + "(tarjuman prepare SOURCE -o NEW), unchanged"))
        } else if let layoutRecord, let hash = layoutHashRecord,
            Self.layoutHash(of: layoutRecord) != hash
        {
            problems.append(
                StructureProblem(
                    kind: .layout, position: layoutPosition,
                    message:
                        "the layout record '\(layoutRecord.shownInMessage)' is not the one the "
                        + "file was prepared with (its hash '\(hash.shownInMessage)' is "
                        + "another's): a sentence removed with its paragraph's count would be "
                        + "lost; restore the record and the sentence from the prepared file"))
        }
        var seen: [String: SourcePosition] = [:]
        var present: [(Int, Int)] = []
        // A segment moved into another paragraph's unit (XLIFF) would be merged there; one
        // whose id names no unit of the file had its id edited (pass 31: "move it back to
        // unit p9" when there was none).
        let unitIDs = Set(units.map(\.id))
        for unit in units {
            for segment in unit.segments {
                guard let number = WorksheetID.parse(segment.id), unit.id != "p\(number.0)"
                else { continue }
                let message =
                    unitIDs.contains("p\(number.0)")
                    ? "\(segment.id) is inside unit \(unit.id); move it back to unit "
                        + "p\(number.0), or its sentence would be merged into another paragraph"
                    : "\(segment.id) is inside unit \(unit.id), and the file has no unit "
                        + "p\(number.0): its id was edited; restore the id it was prepared with"
                problems.append(
                    StructureProblem(kind: .moved, position: segment.position, message: message))
            }
        }
        // Text between sentences (an edited XLIFF <ignorable>, TSV `after` cell or Markdown
        // record) is not merged: merge keeps only the breaks there.
        for (gap, position, place) in [(leading, leadingPosition, "before the first sentence")]
            + segments.map({ ($0.after, $0.position, "after \($0.id)") })
        where gap.hasVisibleContent {
            problems.append(
                StructureProblem(
                    kind: .textBetween, position: position,
                    message:
                        "the text \(place) holds '\(gap.trimmingWhiteSpace().shownInMessage)', which "
                        + "merge would drop (only line and page breaks between sentences are "
                        + "kept); move it into a translation, or restore the prepared file's text"))
        }
        // Sentences out of order (a unit or segment moved in XLIFF) would be merged in the
        // file's order; the worksheets sort their rows by id when read.
        var previous: (id: String, number: (Int, Int))?
        for segment in segments {
            // An id naming no unit is reported above, not again as out of order.
            guard let number = WorksheetID.parse(segment.id), unitIDs.contains("p\(number.0)")
            else { continue }
            if let previous, number < previous.number {
                problems.append(
                    StructureProblem(
                        kind: .order, position: segment.position,
                        message:
                            "\(segment.id) comes after \(previous.id); put the units and segments "
                            + "back in the prepared order, or the document would be merged "
                            + "in this one"))
            }
            previous = (segment.id, number)
        }
        for segment in segments {
            if let first = seen[segment.id] {
                problems.append(
                    StructureProblem(
                        kind: .duplicate, position: segment.position,
                        message:
                            "\(segment.id) appears twice (first at \(first)); keep one, or the "
                            + "sentence would be merged twice"))
                continue
            }
            seen[segment.id] = segment.position
            guard let number = WorksheetID.parse(segment.id), isExpected(number) else {
                problems.append(
                    StructureProblem(
                        kind: .unknown, position: segment.position,
                        message:
                            "\(segment.id) is not a sentence of the prepared document; remove it "
                            + "or prepare the file again"))
                continue
            }
            present.append(number)
        }
        var found: [Int: Set<Int>] = [:]
        for (paragraph, sentence) in present { found[paragraph, default: []].insert(sentence) }
        let ordered = segments.filter { segment in
            WorksheetID.parse(segment.id).map { found[$0.0]?.contains($0.1) ?? false } ?? false
        }
        let (listed, total) = missingSentences(found: found)
        for (paragraph, sentence) in listed {
            let id = "p\(paragraph)s\(sentence)"
            // Reported where it would have been: at the next sentence the file has.
            let next = ordered.first {
                guard let number = WorksheetID.parse($0.id) else { return false }
                return number > (paragraph, sentence)
            }
            problems.append(
                StructureProblem(
                    kind: .missing, position: next?.position ?? ordered.last?.position ?? .start,
                    message:
                        "\(id) is missing: its sentence would be lost from the document; restore it "
                        + "from the prepared file"))
        }
        if total > listed.count {
            problems.append(
                StructureProblem(
                    kind: .missing, position: ordered.last?.position ?? .start,
                    message:
                        "\(total - listed.count) more sentences are missing (\(total) in all, of "
                        + "\(present.count + total) the file's layout and ids call for); the file "
                        + "is not the prepared one, or its layout record was edited: prepare it "
                        + "again"))
        }
        problems += sourceProblems() + recordProblems
        return problems.sorted { $0.position < $1.position }
    }

    /// Each sentence whose source is not the one prepared, by the hash the file keeps beside
    /// it (a file prepared before Tarjuman wrote them, or by another tool, has none: nothing
    /// to check against). White space and normal form are not changes: spreadsheet programs
    /// and CAT tools may alter them.
    private func sourceProblems() -> [StructureProblem] {
        // Once the file has hashes, a sentence without one is a hash removed (pass 27: an
        // edit went through with its unit's record or its field deleted).
        guard segments.contains(where: { $0.preparedSourceHash != nil }) else { return [] }
        return segments.compactMap { segment in
            if let number = WorksheetID.parse(segment.id),
                paragraphsWithBadRecords.contains(number.0)
            {
                return nil
            }
            let recorded = segment.preparedSourceHash?.lowercased() ?? ""
            let hex = recorded.dropFirst()
            guard recorded.hasPrefix("h"), hex.utf8.count == 8,
                hex.allSatisfy(\.isHexDigit)
            else {
                let what =
                    segment.preparedSourceHash == nil
                    ? "\(segment.id) has no source hash, though the file's other sentences have one"
                    : "the source hash of \(segment.id) ('\((segment.preparedSourceHash ?? "").shownInMessage)') is not one "
                        + "Tarjuman wrote (h and eight hex digits)"
                return StructureProblem(
                    kind: .sources, position: segment.position,
                    message:
                        what + " (tj:sources of its <unit>, the source_hash column or field), "
                        + "so an edited source could not be found; restore it from the prepared file"
                )
            }
            guard recorded != segment.sourceHash else { return nil }
            // A cell a spreadsheet program read as a number, a date or a formula (`007` saved
            // as `7`, `1/2/2023` as `01/02/23`: pass 28) changed without anyone editing it.
            let converted =
                segment.source.contains(where: \.isNumber)
                && segment.source.allSatisfy { $0.isNumber || " .,:/%$€£+-()E".contains($0) }
            let hint =
                converted
                ? "; if a spreadsheet program opened the file, it may have read the cell as a "
                    + "number or date: open the file with the source column as Text"
                : ""
            return StructureProblem(
                kind: .sourceChanged, position: segment.position,
                message:
                    "the source of \(segment.id) is not the sentence prepared: it was edited in "
                    + "this file, or moved from another sentence; restore it from the prepared "
                    + "file (merge would write the edited text for an untranslated sentence, and "
                    + "a memory would keep it as the source of this translation)" + hint)
        }
    }

    /// The ``structureProblems()`` that pair a sentence with a translation or neighbours not
    /// its own (duplicated, unknown, moved and reordered ids; a source edited, or its hash
    /// missing or broken, so that it cannot be told unedited): a memory must refuse the file,
    /// while gaps, missing sentences and a missing layout record only matter to a merge.
    public func memoryProblems() -> [StructureProblem] {
        structureProblems().filter(\.kind.pairsWrongly)
    }

    private func isExpected(_ number: (Int, Int)) -> Bool {
        guard let layout else { return number.0 >= 1 && number.1 >= 1 }
        return number.0 >= 1 && number.0 <= layout.count && number.1 >= 1
            && number.1 <= layout[number.0 - 1]
    }

    /// At most this many missing sentences are listed one by one; the rest are counted.
    static let missingListed = 100

    /// The first ``missingListed`` sentences the prepared document had that are not in
    /// `found` (sentence numbers by paragraph), in order, and how many are missing in all.
    /// Counted, never listed whole: a layout record or an id can call for a billion
    /// sentences.
    private func missingSentences(found: [Int: Set<Int>]) -> (listed: [(Int, Int)], total: Int) {
        // Sentences per paragraph: from the layout, else up to the highest number seen (a
        // paragraph the file lost entirely had at least one sentence).
        let paragraphs = layout?.count ?? found.keys.max() ?? 0
        func sentences(in paragraph: Int) -> Int {
            if let layout { return layout[paragraph - 1] }
            return max(found[paragraph]?.max() ?? 1, 1)
        }
        var listed: [(Int, Int)] = []
        var total = 0
        var paragraph = 1
        while paragraph <= paragraphs {
            if listed.count >= Self.missingListed && layout == nil {
                // The rest, counted: one sentence for each paragraph the file has nothing of.
                let seen = found.keys.filter { $0 >= paragraph }
                total += paragraphs - paragraph + 1 - seen.count
                for seenParagraph in seen {
                    let count = sentences(in: seenParagraph)
                    total += count - (found[seenParagraph]?.filter { $0 <= count }.count ?? 0)
                }
                break
            }
            let count = sentences(in: paragraph)
            let have = found[paragraph]?.filter { $0 <= count } ?? []
            total += count - have.count
            var sentence = 1
            while listed.count < Self.missingListed && sentence <= count {
                if !have.contains(sentence) { listed.append((paragraph, sentence)) }
                sentence += 1
            }
            paragraph += 1
        }
        return (listed, total)
    }
}
