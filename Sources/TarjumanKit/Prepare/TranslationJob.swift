/// A source document made ready for translation: its paragraphs (units) and sentences
/// (segments), the exact text between them, and, once filled in, the translations.
///
/// The sources plus the text between them reproduce the source document byte for byte
/// (``sourceText``), so nothing of the original is lost on the way to a CAT tool and back.
public struct TranslationJob: Sendable, Equatable {
    /// The source language tag (`en`).
    public var sourceLanguage: String
    /// The target language tag (`ur`, `bal-Arab-PK`).
    public var targetLanguage: String
    /// The source document's file name, recorded in exchange files.
    public var original: String
    /// White space before the first sentence.
    public var leading: String
    /// Where a filled exchange file records ``leading`` (the `# leading:` line, the first
    /// `<ignorable>`), for messages about it.
    public var leadingPosition = SourcePosition.start
    /// One unit per paragraph, in order.
    public var units: [TranslationUnit]
    /// How many sentences each paragraph of the source had when the job was prepared, as a
    /// filled file records it; `nil` when the file does not say (or says it wrongly).
    /// ``structureProblems()`` checks the filled file against it.
    public var layout: [Int]?
    /// The layout record as a filled file gave it (`nil` when it had none), for saying what
    /// is wrong with one that cannot be read.
    var layoutRecord: String?
    /// Where the filled file gave its layout record (or would have: its start), for messages.
    var layoutPosition = SourcePosition.start
    /// The hash of the layout record as the filled file gave it (``layoutHash``); `nil` when
    /// it had none (prepared before Tarjuman wrote one).
    var layoutHashRecord: String?
    /// Problems the reader found in the file's records (an XLIFF unit's `tj:sources` with a
    /// hash too many or too few), reported with ``structureProblems()``.
    var recordProblems: [StructureProblem] = []
    /// The paragraphs whose record is among ``recordProblems``: their sentences' hashes
    /// cannot be told apart, so they are not checked one by one as well.
    var paragraphsWithBadRecords: Set<Int> = []

    /// Creates a job.
    public init(
        sourceLanguage: String, targetLanguage: String, original: String, leading: String = "",
        units: [TranslationUnit]
    ) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.original = original
        self.leading = leading
        self.units = units
    }

    /// Every segment, in document order.
    public var segments: [TranslationSegment] { units.flatMap(\.segments) }

    /// Adds `gap` to the text after the last sentence so far, or before the first sentence
    /// when there is none yet.
    mutating func appendGap(_ gap: String) {
        guard let unit = units.lastIndex(where: { !$0.segments.isEmpty }) else {
            leading += gap
            return
        }
        units[unit].segments[units[unit].segments.count - 1].after += gap
    }

    /// The sentences per paragraph, as written into exchange files (`2,3,1`).
    var layoutText: String { units.map { String($0.segments.count) }.joined(separator: ",") }

    /// Reads a filled file's layout record (`2,3,1`; `nil` when it has none).
    mutating func readLayout(
        _ record: String?, hash: String? = nil, at position: SourcePosition = .start
    ) {
        layoutRecord = record
        layoutHashRecord = hash
        layoutPosition = position
        layout = Self.layout(from: record)
    }

    /// The hash written beside the layout record (`# layout_hash:`, `tj:layoutHash`), so
    /// that a record edited by hand is found: a sentence deleted with its paragraph's count
    /// lowered went through merge unseen (pass 60).
    var layoutHash: String { Self.layoutHash(of: layoutText) }

    /// The hash of `record` as ``layoutHash`` makes it.
    static func layoutHash(of record: String) -> String {
        shortHash(MemoryHash.of("layout", record))
    }

    /// `h` and eight hex digits of `value`: the `h` keeps spreadsheet programs from reading
    /// it as a number.
    static func shortHash(_ value: Int64) -> String {
        let bits = UInt64(bitPattern: value)
        let hex = String(UInt32(truncatingIfNeeded: bits ^ (bits >> 32)), radix: 16)
        return "h" + String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// `2,3,1` read back; `nil` for anything else.
    static func layout(from text: String?) -> [Int]? {
        guard let text, !text.isEmpty else { return nil }
        let counts = text.split(separator: ",", omittingEmptySubsequences: false).map { Int($0) }
        guard counts.allSatisfy({ ($0 ?? 0) > 0 }) else { return nil }
        // A count past any document is held at 2^31 - 1 (still far more than the file has,
        // so its sentences are missing), so that sums over the counts cannot overflow.
        return counts.compactMap { $0.map { min($0, Int(Int32.max)) } }
    }

    /// The source document as it was, byte for byte.
    public var sourceText: String {
        leading + segments.map { $0.source + $0.after }.joined()
    }
}

/// A paragraph of the source.
public struct TranslationUnit: Sendable, Equatable {
    /// Stable id: `p` and the paragraph number (`p3`).
    public var id: String
    /// The paragraph's sentences.
    public var segments: [TranslationSegment]

    /// Creates a unit.
    public init(id: String, segments: [TranslationSegment]) {
        self.id = id
        self.segments = segments
    }
}

/// A sentence to translate.
public struct TranslationSegment: Sendable, Equatable {
    /// Stable id: paragraph and sentence number (`p3s2`), unique in the document.
    public var id: String
    /// The source sentence exactly as written.
    public var source: String
    /// The source text between this sentence and the next (white space and line breaks).
    public var after: String
    /// The translation, when there is one.
    public var target: String?
    /// Where the translation came from.
    public var origin: TargetOrigin
    /// Glossary terms in the source sentence, with the renderings to use.
    public var terms: [TermHint]
    /// Translation-memory matches for the sentence, best first (the first fills `target`
    /// when it scores high enough): written as XLIFF translation candidates and in the
    /// worksheets' `match` column; not read back.
    public var matches: [MemoryMatch]
    /// Where the segment is in the file it was read from (the source document for
    /// `prepare`, the filled file for `merge`).
    public var position: SourcePosition
    /// Where the translation held inline codes (XLIFF `<ph>`, `<sc>`, `<ec>`, which a CAT
    /// tool may add) that text has no place for and that were left out of `target`: merge
    /// warns of each (pass 23: they vanished without a word).
    public var codesLeftOut: [SourcePosition] = []
    /// Where a worksheet's target began with an apostrophe before `-`, `=`, `+` or `@` that
    /// was read as the spreadsheet's text mark and dropped, while the rest of the target has
    /// an apostrophe of its own: likely a quotation typed as `'-5 فیصد'`, which merge names
    /// (pass 67: dropped without a word). `nil` otherwise.
    public var droppedApostrophe: SourcePosition?
    /// The hash of the source as prepared (``sourceHash``), as a filled file gave it; `nil`
    /// when the file has none (prepared before Tarjuman wrote one, or by another tool).
    /// ``TranslationJob/structureProblems()`` checks ``source`` against it.
    public var preparedSourceHash: String?

    /// Creates a segment.
    public init(
        id: String, source: String, after: String, target: String? = nil,
        origin: TargetOrigin = .none, terms: [TermHint] = [], matches: [MemoryMatch] = [],
        position: SourcePosition = .start
    ) {
        self.id = id
        self.source = source
        self.after = after
        self.target = target
        self.origin = origin
        self.terms = terms
        self.matches = matches
        self.position = position
    }

    /// `h` and eight hex digits of a hash of ``id`` and ``source`` (each run of white space
    /// one space, in NFC), written beside each sentence of an exchange file so that a source
    /// edited in the filled file is found: merge would write it for an untranslated
    /// sentence, and a memory would keep it as the source of the translation. The id is in
    /// it, so that a source moved to another sentence with its hash is found too; the `h`
    /// keeps spreadsheet programs from reading it as a number (`06138540` came back from
    /// LibreOffice as `6138540`, `782240e3` as `782240000`). Spacing and normal form, which
    /// spreadsheet programs and CAT tools may change, do not change it.
    public var sourceHash: String {
        TranslationJob.shortHash(MemoryHash.of(id, MemoryHash.comparable(source)))
    }

    /// Whether the segment has a translation that shows something: not only white space or
    /// invisible characters (ZWSP, ZWNJ, BOM, soft hyphen, tatweel), which merge would
    /// otherwise write as an empty sentence.
    public var isTranslated: Bool {
        target?.hasVisibleContent ?? false
    }
}

/// Where a segment's translation came from.
public enum TargetOrigin: String, Sendable, Equatable, CaseIterable {
    /// Not translated yet.
    case none
    /// Written by a translator (or a CAT tool).
    case translator
    /// Pre-filled from an exact translation-memory match; to be reviewed.
    case memory = "tm-exact"
    /// Filled in but not confirmed: XLIFF `state="initial"` with a target (a CAT tool's
    /// draft or fuzzy match), worksheet status `draft`.
    case draft
}

/// A glossary term found in a source sentence, as shown to the translator.
public struct TermHint: Sendable, Equatable {
    /// The glossary concept id.
    public var concept: String
    /// The term as written in the sentence.
    public var text: String
    /// Scalar offsets of the term in the sentence.
    public var range: Range<Int>
    /// Accepted renderings, preferred first.
    public var renderings: [String]
    /// Deprecated or forbidden renderings.
    public var avoid: [String]
    /// The glossary's note for translators.
    public var note: String
    /// Each concept's own renderings, where the term is a term of several (`bank`: the
    /// money's and the river's); empty for a term of one.
    public var senses: [TermSense] = []

    /// Creates a hint.
    public init(
        concept: String, text: String, range: Range<Int>, renderings: [String],
        avoid: [String] = [], note: String = ""
    ) {
        self.concept = concept
        self.text = text
        self.range = range
        self.renderings = renderings
        self.avoid = avoid
        self.note = note
    }

    /// One line for worksheets: `term → rendering / other (avoid: x)`; for a term of several
    /// concepts, each concept's apart: `bank → بینک [bank-money] | کنارہ [bank-river; avoid:
    /// ساحل]` (pass 37: one list, the senses run together).
    public var summary: String {
        guard senses.count > 1 else {
            let avoided = avoid.isEmpty ? "" : " (avoid: \(avoid.joined(separator: ", ")))"
            return "\(text) → \(renderings.joined(separator: " / "))\(avoided)"
        }
        return "\(text) → "
            + senses.map { sense in
                let avoided =
                    sense.avoid.isEmpty ? "" : "; avoid: \(sense.avoid.joined(separator: ", "))"
                return "\(sense.renderings.joined(separator: " / ")) [\(sense.concept)\(avoided)]"
            }.joined(separator: " | ")
    }
}

/// One concept's part of a ``TermHint`` for a term of several concepts.
public struct TermSense: Sendable, Equatable {
    /// The glossary concept id.
    public var concept: String
    /// Its accepted renderings, preferred first.
    public var renderings: [String]
    /// Its deprecated or forbidden renderings, each with its row's note when it has one
    /// (`ساحل (not for rivers)`).
    public var avoid: [String]
    /// Its note for translators.
    public var note: String

    /// Creates a sense.
    public init(concept: String, renderings: [String], avoid: [String], note: String) {
        self.concept = concept
        self.renderings = renderings
        self.avoid = avoid
        self.note = note
    }
}

extension MemoryMatch {
    /// One line for worksheets: `87% tico19.tmx: «memory source» → «memory target»`, and the
    /// numbers to change when they differ.
    public var summary: String {
        let line = "\(score)% \(unit.origin): \(unit.source) → \(unit.target)"
        return numberDifference.map { line + " (\($0))" } ?? line
    }
}
