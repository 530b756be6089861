/// Segments a source document and its translation and aligns their sentences.
///
/// Each side is segmented with its own locale pack. Numbers (in any digit script), glossary
/// terms and general-dictionary words found on both sides anchor the alignment. When both
/// sides have the same number of paragraphs, beads never cross a paragraph boundary.
public struct DocumentAligner: Sendable {
    /// The source language pack.
    public let sourcePack: LocalePack
    /// The target language pack.
    public let targetPack: LocalePack
    /// The glossary whose terms anchor the alignment, if any.
    public let glossary: Glossary?
    /// The scoring model.
    public var model: AlignmentModel
    private let sourceMatcher: TermMatcher?
    private let targetMatcher: TermMatcher?
    private let sourceQuotes: [(mark: [UInt8], halve: Bool)]
    private let targetQuotes: [(mark: [UInt8], halve: Bool)]

    /// An aligner for `sourcePack` → `targetPack`; the length model comes from the target pack.
    /// `dictionary` is a general word list (`glossaries/dictionaries/`) whose words, like the
    /// glossary's terms, anchor sentences that translate each other; it plays no part in
    /// checking.
    public init(
        sourcePack: LocalePack, targetPack: LocalePack, glossary: Glossary? = nil,
        dictionary: Glossary? = nil
    ) throws(ICUError) {
        self.sourcePack = sourcePack
        self.targetPack = targetPack
        self.glossary = glossary
        sourceQuotes = Self.quoteMarks(sourcePack.quotes)
        targetQuotes = Self.quoteMarks(targetPack.quotes)
        self.model = AlignmentModel(
            lengthRatio: targetPack.alignment.lengthRatio, variance: targetPack.alignment.variance)
        var anchors = glossary
        if let dictionary {
            // Dictionary ids are kept apart from glossary concept ids.
            let words = dictionary.entries.map { entry in
                var word = entry
                word.id = "dictionary:" + entry.id
                return word
            }
            anchors = Glossary(
                sourceLanguage: dictionary.sourceLanguage,
                targetLanguage: dictionary.targetLanguage,
                entries: (glossary?.entries ?? []) + words)
        }
        (sourceMatcher, targetMatcher) = try TermMatcher.pair(
            for: anchors, source: sourcePack, target: targetPack)
    }

    /// A finished alignment.
    public struct Result: Sendable {
        /// The source sentences.
        public let source: [Segment]
        /// The target sentences.
        public let target: [Segment]
        /// The beads, in order, over the sentence indices.
        public let beads: [AlignmentBead]
        /// How many source sentences of the document come before `source` (0 unless this is
        /// a later paragraph of a document aligned piece by piece).
        public var sourceOffset = 0
        /// How many target sentences of the document come before `target`.
        public var targetOffset = 0
    }

    /// Aligns two documents read from `source` and `target`.
    public func align(source: ByteSource, target: ByteSource) throws(AlignmentError) -> Result {
        do {
            return try align(
                sourceText: try source.readAllText(), targetText: try target.readAllText())
        } catch let error as InputError {
            throw .segmentation(.input(error))
        } catch {
            throw error as? AlignmentError
                ?? .segmentation(.icu(ICUError(status: 1, operation: "aligning")))
        }
    }

    /// Aligns two documents. When both have the same number of paragraphs, each pair of
    /// paragraphs is aligned on its own (anchors looked for within the pair), exactly as
    /// ``alignParagraphs(source:target:_:)`` does; otherwise the whole documents at once.
    public func align(sourceText: String, targetText: String) throws(AlignmentError) -> Result {
        do {
            let sourceSegments = try SentenceSegmenter(pack: sourcePack).segments(in: sourceText)
            let targetSegments = try SentenceSegmenter(pack: targetPack).segments(in: targetText)
            let aligner = SentenceAligner(model: model)
            let sourceParagraphs = Self.paragraphRanges(sourceSegments)
            let targetParagraphs = Self.paragraphRanges(targetSegments)
            guard sourceParagraphs.count == targetParagraphs.count else {
                let (sourceUnits, targetUnits) = try anchoredUnits(
                    source: (sourceSegments, sourceText, 0),
                    target: (targetSegments, targetText, 0))
                return Result(
                    source: sourceSegments, target: targetSegments,
                    beads: aligner.align(sourceUnits, targetUnits))
            }
            let sourceBytes = Array(sourceText.utf8)
            let targetBytes = Array(targetText.utf8)
            // One side of a paragraph pair: its segments, its text, where that text starts.
            func side(_ segments: ArraySlice<Segment>, _ bytes: [UInt8]) -> (
                [Segment], String, Int
            ) {
                let start = segments.first?.byteStart ?? 0
                let end = segments.last?.byteEnd ?? start
                return (Array(segments), String(decoding: bytes[start..<end], as: UTF8.self), start)
            }
            var beads: [AlignmentBead] = []
            for (s, t) in zip(sourceParagraphs, targetParagraphs) {
                let (sourceUnits, targetUnits) = try anchoredUnits(
                    source: side(sourceSegments[s], sourceBytes),
                    target: side(targetSegments[t], targetBytes))
                beads += aligner.align(sourceUnits, targetUnits).map {
                    AlignmentBead(
                        source: ($0.source.lowerBound + s.lowerBound)..<($0.source.upperBound
                            + s.lowerBound),
                        target: ($0.target.lowerBound + t.lowerBound)..<($0.target.upperBound
                            + t.lowerBound),
                        cost: $0.cost)
                }
            }
            return Result(source: sourceSegments, target: targetSegments, beads: beads)
        } catch let error as SegmentationError {
            throw .segmentation(error)
        } catch {
            throw .segmentation(
                .icu(error as? ICUError ?? ICUError(status: 1, operation: "aligning")))
        }
    }

    /// Aligns two documents paragraph by paragraph, holding one paragraph of each at a time,
    /// and hands each paragraph's alignment to `body` (segments with their places in the
    /// files, beads over them). Both sources are read twice: once to count paragraphs, then
    /// to align (use ``ByteSource/replayable(_:limit:)`` for pipes). Returns `false`, having called nothing, when the paragraph counts differ;
    /// the caller then aligns the whole documents (``align(source:target:)``). The beads are
    /// the same as ``align(sourceText:targetText:)`` gives.
    public func alignParagraphs(
        source: () throws -> ByteSource, target: () throws -> ByteSource,
        _ body: (Result) throws -> Void
    ) throws -> Bool {
        func count(_ source: ByteSource) throws -> Int {
            var reader = ParagraphReader(source: source)
            var count = 0
            while try reader.next() != nil { count += 1 }
            return count
        }
        guard try count(try source()) == count(try target()) else { return false }
        let sourceSegmenter = try SentenceSegmenter(pack: sourcePack)
        let targetSegmenter = try SentenceSegmenter(pack: targetPack)
        var sourceReader = ParagraphReader(source: try source())
        var targetReader = ParagraphReader(source: try target())
        let aligner = SentenceAligner(model: model)
        var offsets = (source: 0, target: 0)
        while let left = try sourceReader.next(), let right = try targetReader.next() {
            let sourceSegments = try sourceSegmenter.segments(in: left)
            let targetSegments = try targetSegmenter.segments(in: right)
            let (sourceUnits, targetUnits) = try anchoredUnits(
                source: (
                    sourceSegments, String(decoding: left.bytes, as: UTF8.self), left.byteOffset
                ),
                target: (
                    targetSegments, String(decoding: right.bytes, as: UTF8.self), right.byteOffset
                ))
            try body(
                Result(
                    source: sourceSegments, target: targetSegments,
                    beads: aligner.align(sourceUnits, targetUnits), sourceOffset: offsets.source,
                    targetOffset: offsets.target))
            offsets.source += sourceSegments.count
            offsets.target += targetSegments.count
        }
        return true
    }

    /// Lengths and anchors of both sides' sentences. Each side is its segments, the text they
    /// come from, and the file offset of that text's first byte.
    func anchoredUnits(
        source: (segments: [Segment], text: String, base: Int),
        target: (segments: [Segment], text: String, base: Int)
    ) throws(ICUError) -> (source: [SentenceAligner.Unit], target: [SentenceAligner.Unit]) {
        // Latin-script words kept in a non-Latin translation (names, COVID-19, acronyms)
        // are anchors too: collect them from the target, then look for them in the source.
        let sourceWords = source.segments.map { Self.latinWords(in: $0.text) }
        let targetWords = target.segments.map { Self.latinWords(in: $0.text) }
        let shared = targetPack.script == "Latn" ? [] : Set(targetWords.joined())
        var sourceUnits = try units(
            source.segments, text: source.text, base: source.base, matcher: sourceMatcher,
            words: sourceWords, latin: shared, quotes: sourceQuotes)
        var targetUnits = try units(
            target.segments, text: target.text, base: target.base, matcher: targetMatcher,
            words: targetWords, latin: shared, quotes: targetQuotes)
        if targetPack.script == "Arab" && sourcePack.script == "Latn" {
            Self.addTransliterationAnchors(
                source: sourceWords, target: target.segments, sourceUnits: &sourceUnits,
                targetUnits: &targetUnits)
        }
        return (sourceUnits, targetUnits)
    }

    /// Sentence index ranges of each paragraph.
    static func paragraphRanges(_ segments: [Segment]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for index in segments.indices
        where index + 1 == segments.count
            || segments[index + 1].paragraph != segments[index].paragraph
        {
            ranges.append(start..<(index + 1))
            start = index + 1
        }
        return ranges
    }

    /// Length and anchors of each sentence. Glossary terms are found once over the whole
    /// text and handed to the sentences that contain them.
    private func units(
        _ segments: [Segment], text: String, base: Int, matcher: TermMatcher?, words: [[String]],
        latin: Set<String>, quotes: [(mark: [UInt8], halve: Bool)]
    )
        throws(ICUError) -> [SentenceAligner.Unit]
    {
        var terms = [[String]](repeating: [], count: segments.count)
        if let matcher, !segments.isEmpty {
            // Scalar offset where each segment starts.
            var starts: [Int] = []
            var scalar = 0
            var byte = base
            var next = 0
            for unit in text.utf8 {
                while next < segments.count && segments[next].byteStart == byte {
                    starts.append(scalar)
                    next += 1
                }
                if unit & 0xC0 != 0x80 { scalar += 1 }
                byte += 1
            }
            while starts.count < segments.count { starts.append(scalar) }
            var index = 0
            for concept in try matcher.concepts(in: text) {
                while index + 1 < starts.count && starts[index + 1] <= concept.start {
                    index += 1
                }
                terms[index].append("term:" + concept.id)
            }
        }
        var units: [SentenceAligner.Unit] = []
        for (index, segment) in segments.enumerated() {
            var anchors =
                Self.numbers(in: segment.text) + terms[index]
                + Self.punctuationAnchors(in: segment.text)
                + Self.quoteAnchors(in: segment.text, marks: quotes)
            if !latin.isEmpty {
                anchors += words[index].filter(latin.contains).map {
                    "latn:" + $0
                }
            }
            units.append(
                SentenceAligner.Unit(
                    length: AlignmentProfile.length(of: segment.text), anchors: anchors))
        }
        return units
    }

    /// Long English words whose consonant skeleton appears in an Arabic-script sentence
    /// (transliterated technical terms and names) become anchors on both sides. `source`
    /// holds the Latin words of each source sentence (``latinWords(in:)``).
    static func addTransliterationAnchors(
        source: [[String]], target: [Segment], sourceUnits: inout [SentenceAligner.Unit],
        targetUnits: inout [SentenceAligner.Unit]
    ) {
        // Words of eight letters or more with four to twelve consonant classes, packed five bits
        // each into a UInt64.
        func pack(_ codes: ArraySlice<UInt8>) -> UInt64 { codes.reduce(0) { $0 << 5 | UInt64($1) } }
        let sourceKeys: [Set<UInt64>] = source.map { words in
            var keys = Set<UInt64>()
            for word in words where word.utf8.count >= 8 {
                let codes = Transliteration.codes(english: word)
                if codes.count >= 4 { keys.insert(pack(codes.prefix(12))) }
            }
            return keys
        }
        // Which key lengths occur (bit n = n classes), and a 64 Ki-bit filter over the keys so
        // that most windows of the target never reach the set.
        var lengths: UInt16 = 0
        var all = Set<UInt64>()
        var filter = [UInt64](repeating: 0, count: 1024)
        func slot(_ key: UInt64) -> Int {
            Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 48)
        }
        for keys in sourceKeys {
            for key in keys {
                all.insert(key)
                lengths |= 1 << ((64 - key.leadingZeroBitCount + 4) / 5)
                filter[slot(key) >> 6] |= 1 << UInt64(slot(key) & 63)
            }
        }
        guard !all.isEmpty else { return }
        var found = Set<UInt64>()
        for (index, segment) in target.enumerated() {
            let codes = Transliteration.codes(arabic: segment.text)
            var keys = Set<UInt64>()
            for start in codes.indices {
                var key: UInt64 = 0
                for length in 1...min(12, codes.count - start) {
                    key = key << 5 | UInt64(codes[start + length - 1])
                    guard length >= 4, lengths & (1 << length) != 0 else { continue }
                    let bit = slot(key)
                    if filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 && all.contains(key) {
                        keys.insert(key)
                    }
                }
            }
            found.formUnion(keys)
            targetUnits[index] = SentenceAligner.Unit(
                length: targetUnits[index].length,
                anchors: targetUnits[index].anchors + keys.sorted().map { "tr:\($0)" })
        }
        for (index, keys) in sourceKeys.enumerated() {
            let shared = keys.intersection(found).sorted().map { "tr:\($0)" }
            sourceUnits[index] = SentenceAligner.Unit(
                length: sourceUnits[index].length, anchors: sourceUnits[index].anchors + shared)
        }
    }

    /// Punctuation that translations keep: brackets, percent signs, question marks, colons.
    static func punctuationAnchors(in text: String) -> [String] {
        var anchors: [String] = []
        for scalar in text.unicodeScalars {
            switch scalar {
            case "(": anchors.append("p:(")
            case "%", "٪": anchors.append("p:%")
            case "?", "؟": anchors.append("p:?")
            case ":": anchors.append("p::")
            default: break
            }
        }
        return anchors
    }

    /// A pack's double quotation marks as UTF-8, for ``quoteAnchors(in:marks:)``: the
    /// opening mark, and whether it also closes (so that quotations are half its count).
    /// Single quotes are left out (they are also apostrophes), and so are marks outside
    /// ASCII, Latin-1 and General Punctuation (the fast scan looks only for those).
    static func quoteMarks(_ quotes: [QuotePair]) -> [(mark: [UInt8], halve: Bool)] {
        quotes.filter { !["‘", "’", "'"].contains($0.open) }.map {
            (Array($0.open.utf8), $0.open == $0.close)
        }.filter { [0x22, 0xC2, 0xE2].contains($0.mark.first) }
    }

    /// One anchor per quotation in `text` (“…” in English, ’’…‘‘ or ”…“ in Urdu).
    static func quoteAnchors(in text: String, marks: [(mark: [UInt8], halve: Bool)]) -> [String] {
        var found = [Int](repeating: 0, count: marks.count)
        // Native strings are contiguous UTF-8; others have no quotation anchors.
        _ = text.utf8.withContiguousStorageIfAvailable { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                // Every mark starts with ", « (C2) or a general-punctuation quote (E2).
                guard byte == 0x22 || byte == 0xC2 || byte == 0xE2 else { continue }
                for (number, entry) in marks.enumerated()
                where entry.mark[0] == byte
                    && bytes[(index - 1)...].starts(with: entry.mark)
                {
                    found[number] += 1
                    index += entry.mark.count - 1
                    break
                }
            }
        }
        let count = zip(found, marks).reduce(0) { $0 + ($1.1.halve ? $1.0 / 2 : $1.0) }
        return Array(repeating: "p:q", count: count)
    }

    /// Latin-script words of three letters or more, lower-cased.
    static func latinWords(in text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        var hasLetter = false
        func flush() {
            if current.count >= 3 && hasLetter {
                words.append(String(decoding: current, as: UTF8.self))
            }
            current.removeAll(keepingCapacity: true)
            hasLetter = false
        }
        for byte in text.utf8 {
            let lower = byte | 0x20
            if lower >= 0x61 && lower <= 0x7A {
                current.append(lower)
                hasLetter = true
            } else if byte >= 0x30 && byte <= 0x39 {
                current.append(byte)
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// The numbers in `text` as ASCII digit strings, whatever digits they are written in;
    /// group and decimal separators between digits are dropped. Reads UTF-8 directly: ASCII,
    /// Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹) digits without decoding, other
    /// scripts' digits through Unicode properties.
    public static func numbers(in text: String) -> [String] {
        var numbers: [String] = []
        var current: [UInt8] = []
        var pendingSeparator = false
        func flush() {
            if !current.isEmpty { numbers.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
            pendingSeparator = false
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let digit: UInt32?
            switch value {
            case 0x30...0x39: digit = value - 0x30
            case 0x0660...0x0669: digit = value - 0x0660
            case 0x06F0...0x06F9: digit = value - 0x06F0
            case 0...0x7F, 0x0600...0x06FF: digit = nil
            default:
                digit =
                    scalar.properties.numericType == .decimal
                    ? scalar.properties.numericValue.map { UInt32($0) } : nil
            }
            if let digit {
                current.append(UInt8(0x30 + digit))
                pendingSeparator = false
            } else if !current.isEmpty && !pendingSeparator
                && (value == 0x2C || value == 0x2E || value == 0x066B || value == 0x066C)
            {
                pendingSeparator = true
            } else {
                flush()
            }
        }
        flush()
        return numbers
    }
}

/// Why an alignment could not be made.
public enum AlignmentError: Error, CustomStringConvertible {
    /// Reading or segmenting a document failed.
    case segmentation(SegmentationError)

    /// A message for people: what is wrong, where, and what to do.
    public var description: String {
        switch self {
        case .segmentation(let error): error.description
        }
    }
}
