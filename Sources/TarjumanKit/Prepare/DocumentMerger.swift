import Foundation

/// Rebuilds the translated document from a filled ``TranslationJob``: the same paragraphs in
/// the same order, with the target language's spacing and sentence punctuation.
///
/// Spacing: sentences of one line are joined by the pack's `sentence_space`; line breaks
/// (and page breaks) between sentences and paragraphs are kept as in the source, without the spaces, tabs or
/// no-break spaces around them (a line holding only a no-break space becomes an empty line);
/// the document ends with a line break. Punctuation: a translation ending in a Latin `.` or
/// `?` right after a letter of the pack's script gets the pack's full stop or question mark
/// unless the pack accepts the Latin mark too (every such change is listed). The translator's words are never touched otherwise.
public struct DocumentMerger {
    private let pack: LocalePack

    /// A merger for documents in `targetPack`.
    public init(targetPack: LocalePack) {
        pack = targetPack
    }

    /// What a merge produced.
    public struct Result: Sendable, Equatable {
        /// The rebuilt target document.
        public let text: String
        /// Segments without a translation (left in the source language, marked, in `text`).
        public let untranslated: [TranslationSegment]
        /// Segments whose final Latin punctuation was replaced.
        public let punctuationFixed: [TranslationSegment]
        /// Segments whose translation is marked as a draft (merged, to be reviewed).
        public let drafts: [TranslationSegment]
        /// Segments whose translation holds a line break (a `\n` typed in a worksheet,
        /// Alt+Enter in a spreadsheet cell), merged as it is: the line ends inside the
        /// paragraph, or at an empty line a paragraph starts (pass 69: unsaid).
        public let lineBroken: [TranslationSegment]
        /// The job with each translation as `text` has it (see ``finished(_:)``): what a
        /// memory takes from the merge.
        public let job: TranslationJob
    }

    /// `job` with each translation as the merged document writes it: trimmed, and its final
    /// Latin `.` or `?` in the pack's style where the merge puts it so (pass 33: the memory
    /// kept the Latin mark the document did not, and the next job was pre-filled with it).
    public func finished(_ job: TranslationJob) -> TranslationJob {
        var finished = job
        for unit in finished.units.indices {
            for index in finished.units[unit].segments.indices {
                let segment = finished.units[unit].segments[index]
                guard segment.isTranslated, let target = segment.target else { continue }
                finished.units[unit].segments[index].target =
                    finalPunctuation(target.trimmingWhiteSpace())
            }
        }
        return finished
    }

    /// Rebuilds the document. Untranslated segments appear as `⟦<source language>: source⟧`.
    /// When a file lost the text between two paragraphs (a tool dropped the ignorables), the
    /// paragraphs are still separated by an empty line.
    public func merge(_ job: TranslationJob) -> Result {
        let lineEnd = Self.firstLineEnd(in: job) ?? "\n"
        var text = Self.lineBreaks(in: job.leading)
        var untranslated: [TranslationSegment] = []
        var fixed: [TranslationSegment] = []
        let finished = finished(job)
        for (unitIndex, unit) in finished.units.enumerated() {
            for (index, segment) in unit.segments.enumerated() {
                if segment.isTranslated, let target = segment.target {
                    let given = job.units[unitIndex].segments[index]
                    if given.target?.trimmingWhiteSpace() != target { fixed.append(given) }
                    text += target
                } else {
                    untranslated.append(segment)
                    text += "⟦\(job.sourceLanguage): \(segment.source)⟧"
                }
                let breaks = Self.lineBreaks(in: segment.after)
                if !breaks.isEmpty {
                    text += breaks
                } else if index < unit.segments.count - 1 {
                    text += pack.punctuation.sentenceSpace
                } else {
                    text += unitIndex < job.units.count - 1 ? lineEnd + lineEnd : lineEnd
                }
            }
        }
        return Result(
            text: text, untranslated: untranslated, punctuationFixed: fixed,
            drafts: job.segments.filter { $0.isTranslated && $0.origin == .draft },
            lineBroken: finished.segments.filter { segment in
                segment.isTranslated
                    && segment.target?.unicodeScalars.contains(where: Self.lineEnds.contains)
                        == true
            }, job: finished)
    }

    /// `text` with a final Latin `.` or `?` after a letter of the pack's script replaced by
    /// the pack's own mark.
    private func finalPunctuation(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        guard let last = scalars.last, last == "." || last == "?" else { return text }
        let replacement = last == "." ? pack.punctuation.fullStop : pack.punctuation.question
        guard !pack.punctuation.accepts(String(last)) else { return text }
        let letter = scalars.dropLast().last {
            !$0.properties.isWhitespace && $0.properties.generalCategory != .nonspacingMark
        }
        guard let letter, letter.properties.isAlphabetic,
            ICUScript(of: letter).description == pack.script
        else { return text }
        scalars.removeLast()
        return String(scalars: scalars) + replacement
    }

    /// Only the mandatory breaks of `gap`, in order: line breaks (LF, CR LF, CR) and the
    /// other characters Unicode's line breaking algorithm always breaks after (form feed,
    /// vertical tab, next line, line and paragraph separators), so page breaks survive.
    static func lineBreaks(in gap: String) -> String {
        String(scalars: gap.unicodeScalars.filter { mandatoryBreaks.contains($0) })
    }

    private static let mandatoryBreaks: Set<Unicode.Scalar> = [
        "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}",
    ]

    /// The mandatory breaks that end a line (a form feed, a page break, is not one).
    private static let lineEnds = mandatoryBreaks.subtracting(["\u{0C}"])

    /// The first line break of the source (`\n`, `\r\n` or `\r`), to end the document with.
    private static func firstLineEnd(in job: TranslationJob) -> String? {
        for gap in [job.leading] + job.segments.map(\.after) {
            let scalars = Array(gap.unicodeScalars)
            guard let index = scalars.firstIndex(where: { $0 == "\n" || $0 == "\r" }) else {
                continue
            }
            if scalars[index] == "\n" { return "\n" }
            return index + 1 < scalars.count && scalars[index + 1] == "\n" ? "\r\n" : "\r"
        }
        return nil
    }
}
