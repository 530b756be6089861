import Foundation
import Testing

@testable import TarjumanKit

/// `prepare` and `merge` on the shipped sample and on small documents with every layout
/// quirk.
@Suite struct PrepareMergeTests {
    static func seed(_ name: String) throws -> String {
        try String(
            contentsOf: TestData.root.appendingPathComponent("seeds/\(name)"), encoding: .utf8)
    }

    static func glossary() throws -> Glossary {
        try GlossaryFile.read(TestData.root.appendingPathComponent("glossaries/en-ur.tsv").path)
    }

    /// The sample as a job, its Urdu sentences filled in from the aligned seed translation.
    static func filledSample(glossary: Glossary? = nil) throws -> TranslationJob {
        let english = try seed("baloch-uprising.en.txt")
        let urdu = try seed("baloch-uprising.ur.txt")
        let aligned = try DocumentAligner(
            sourcePack: TestData.pack("en"), targetPack: TestData.pack("ur"), glossary: glossary
        ).align(source: .text(english), target: .text(urdu))
        let pairs = aligned.beads.filter { !$0.source.isEmpty && !$0.target.isEmpty }.map {
            TranslationPair(
                source: $0.source.map { aligned.source[$0].text }.joined(separator: " "),
                target: $0.target.map { aligned.target[$0].text }.joined(separator: " "))
        }
        return try JobPreparer(
            sourcePack: TestData.pack("en"), targetPack: TestData.pack("ur"), glossary: glossary,
            memory: TranslationMemory(pairs: pairs)
        ).prepare(
            .text(english, name: "baloch-uprising.en.txt"), original: "baloch-uprising.en.txt")
    }

    static func prepare(_ text: String, glossary: Glossary? = nil) throws -> TranslationJob {
        try JobPreparer(
            sourcePack: TestData.pack("en"), targetPack: TestData.pack("ur"), glossary: glossary
        ).prepare(.text(text), original: "doc.en.txt")
    }

    @Test func theSampleKeepsEveryByteAndGetsStableIDs() throws {
        let english = try Self.seed("baloch-uprising.en.txt")
        let first = try Self.prepare(english, glossary: Self.glossary())
        let second = try Self.prepare(english, glossary: Self.glossary())
        #expect(first == second)
        #expect(first.sourceText == english)
        let segments = try SentenceSegmenter(pack: TestData.pack("en")).segments(in: english)
        #expect(first.segments.map(\.source) == segments.map(\.text))
        #expect(first.units.count == Set(segments.map(\.paragraph)).count)
        #expect(first.units[0].id == "p1")
        #expect(first.units[0].segments.map(\.id) == ["p1s1", "p1s2", "p1s3"])
        let hint = try #require(first.segments[0].terms.first { $0.text == "Balochistan" })
        #expect(hint.renderings == ["بلوچستان"])
        let disappearances = try #require(
            first.segments[1].terms.first { $0.text == "enforced disappearances" })
        #expect(disappearances.avoid == ["اغوا"])
        #expect(disappearances.renderings.first == "جبری گمشدگی")
    }

    /// A term of two concepts (`military` the noun and the adjective) carries the
    /// renderings of both, and each one's note (pass 35: the second never reached the
    /// translator).
    @Test func aTermOfTwoConceptsCarriesBothRenderings() throws {
        let glossary = Glossary(
            sourceLanguage: "en", targetLanguage: "ur",
            entries: [
                GlossaryEntry(id: "mil", source: "military", target: "فوج", note: "the army"),
                GlossaryEntry(
                    id: "mil", source: "military", target: "عسکری ادارے", status: .admitted),
                GlossaryEntry(id: "mil-adj", source: "military", target: "فوجی", note: "adjective"),
                GlossaryEntry(id: "mil-adj", source: "military", target: "فوج", status: .forbidden),
            ])
        let job = try Self.prepare("The military operation began.", glossary: glossary)
        let hint = try #require(job.segments.first?.terms.first)
        #expect(job.segments.first?.terms.count == 1)
        #expect(hint.renderings == ["فوج", "عسکری ادارے", "فوجی"])
        #expect(hint.avoid == ["فوج"])
        #expect(hint.note == "mil: the army; mil-adj: adjective")
        // Each concept's renderings apart in the worksheets' line, a rendering to avoid with
        // its row's note (pass 37: run together, the note dropped).
        var noted = glossary
        noted.entries[3].note = "not for the adjective"
        let senses = try #require(
            try Self.prepare("The military operation began.", glossary: noted).segments.first?
                .terms.first)
        #expect(
            senses.summary
                == "military → فوج / عسکری ادارے [mil] | فوجی [mil-adj; avoid: فوج (not for the adjective)]"
        )
    }

    @Test(arguments: WorksheetFormat.all)
    func theFilledSampleMergesToTheUrduSeedByteForByte(_ format: WorksheetFormat) throws {
        let job = try Self.filledSample(glossary: Self.glossary())
        #expect(job.segments.allSatisfy { $0.origin == .memory })
        let file = format.document(job, sourceDirection: .ltr, targetDirection: .rtl)
        let read = try format.read(.text(file, name: "filled.\(format.fileExtension)"))
        #expect(read.sourceText == job.sourceText)
        #expect(read.segments.map(\.target) == job.segments.map(\.target))
        #expect(read.segments.allSatisfy { $0.origin == .memory })
        let merged = DocumentMerger(targetPack: try TestData.pack("ur")).merge(read)
        #expect(merged.untranslated.isEmpty)
        #expect(merged.text == (try Self.seed("baloch-uprising.ur.txt")))
    }

    @Test func spacingFollowsTheTargetLanguage() throws {
        var job = try Self.prepare("One.Two.  Three.\u{A0}\n\u{A0}\n\nFour.")
        #expect(job.segments.map(\.after) == ["", "  ", "\u{A0}\n\u{A0}\n\n", ""])
        for index in job.units.indices {
            for segment in job.units[index].segments.indices {
                job.units[index].segments[segment].target = "ج\(index)\(segment)۔"
            }
        }
        let merged = DocumentMerger(targetPack: try TestData.pack("ur")).merge(job)
        #expect(merged.text == "ج00۔ ج01۔ ج02۔\n\n\nج10۔\n")
    }

    /// A line break inside a translation is merged as it is, and named (pass 69: a `\n`
    /// typed in a worksheet, or `C:\new`, broke the line unsaid); a page break is not one.
    @Test func lineBreaksInsideATranslationAreNamed() throws {
        var job = try Self.prepare("One. Two. Three. Four.")
        for (index, target) in ["ایک\nسطر", "دو\u{0C}صفحہ", "تین", "چار\r\n\r\nپیرا"].enumerated() {
            job.units[0].segments[index].target = target
        }
        let merged = DocumentMerger(targetPack: try TestData.pack("ur")).merge(job)
        #expect(merged.text == "ایک\nسطر دو\u{0C}صفحہ تین چار\r\n\r\nپیرا\n")
        #expect(merged.lineBroken.map(\.id) == ["p1s1", "p1s4"])
    }

    @Test func crlfDocumentsStayCrlfAndLostIgnorablesStillSeparateParagraphs() throws {
        var job = try Self.prepare("\r\nOne.\r\n\r\nTwo.")
        for index in job.units.indices { job.units[index].segments[0].target = "ا" }
        let pack = try TestData.pack("ur")
        #expect(DocumentMerger(targetPack: pack).merge(job).text == "\r\nا\r\n\r\nا\r\n")
        job.units[0].segments[0].after = ""
        #expect(DocumentMerger(targetPack: pack).merge(job).text == "\r\nا\r\n\r\nا\r\n")
    }

    /// A page break (form feed) between sentences reaches the merged document through every
    /// worksheet format: XLIFF carries it as `<cp hex="000C"/>`, which XML cannot hold raw.
    @Test(arguments: WorksheetFormat.all)
    func pageBreaksBetweenSentencesSurviveTheRoundTrip(_ format: WorksheetFormat) throws {
        var job = try Self.prepare("One.\n\u{0C}Two.\u{0C}\nThree.\n")
        #expect(job.segments.map(\.after) == ["\n\u{0C}", "\u{0C}\n", "\n"])
        for index in job.units[0].segments.indices {
            job.units[0].segments[index].target = "ا\u{0C}ب"
        }
        let file = format.document(job, sourceDirection: .ltr, targetDirection: .rtl)
        let read = try format.read(.text(file, name: "page.\(format.fileExtension)"))
        #expect(read.sourceText == job.sourceText)
        let merged = DocumentMerger(targetPack: try TestData.pack("ur")).merge(read)
        #expect(merged.text == "ا\u{0C}ب\n\u{0C}ا\u{0C}ب\u{0C}\nا\u{0C}ب\n")
    }

    @Test func finalLatinPunctuationAfterUrduBecomesUrdu() throws {
        var job = try Self.prepare("Is it? Yes. The U.S. agreed.")
        job.units[0].segments[0].target = "کیا ایسا ہے?"
        job.units[0].segments[1].target = "ہاں."
        job.units[0].segments[2].target = "امریکا (U.S.)"
        let merged = DocumentMerger(targetPack: try TestData.pack("ur")).merge(job)
        #expect(merged.text == "کیا ایسا ہے؟ ہاں۔ امریکا (U.S.)\n")
        #expect(merged.punctuationFixed.map(\.id) == ["p1s1", "p1s2"])
        let latin = DocumentMerger(targetPack: try TestData.pack("bal-Latn")).merge(job)
        #expect(latin.punctuationFixed.isEmpty)
        // What a memory takes is what the document has (pass 33: the Latin mark).
        #expect(
            merged.job.memoryUnits(origin: "f", created: "").map(\.target) == [
                "کیا ایسا ہے؟", "ہاں۔", "امریکا (U.S.)",
            ])
        #expect(merged.job == DocumentMerger(targetPack: try TestData.pack("ur")).finished(job))
    }

    @Test func untranslatedSentencesAreListedAndMarked() throws {
        var job = try Self.prepare("First one. Second one.")
        job.units[0].segments[1].target = "دوسرا۔"
        job.units[0].segments[0].target = "  "
        let merged = DocumentMerger(targetPack: try TestData.pack("ur")).merge(job)
        #expect(merged.untranslated.map(\.id) == ["p1s1"])
        #expect(merged.text == "⟦en: First one.⟧ دوسرا۔\n")
    }

    /// A translation of invisible characters only (ZWSP, ZWNJ, BOM, soft hyphen, tatweel) is
    /// not a translation: merge used to write it as an empty sentence. Inside a translation
    /// they are kept, at its ends too (only white space is trimmed).
    @Test(arguments: ["\u{200B}", "\u{200C}\u{200D}", " \u{FEFF} ", "\u{00AD}", "\u{0640}\u{2060}"])
    func invisibleOnlyTranslationsAreUntranslated(_ invisible: String) throws {
        var job = try Self.prepare("First one. Second one.")
        job.units[0].segments[0].target = invisible
        job.units[0].segments[1].target = "\u{200B}دوسرا\u{200C}ہے۔ "
        let merged = DocumentMerger(targetPack: try TestData.pack("ur")).merge(job)
        #expect(merged.untranslated.map(\.id) == ["p1s1"])
        #expect(merged.text == "⟦en: First one.⟧ \u{200B}دوسرا\u{200C}ہے۔\n")
        for format in WorksheetFormat.all {
            let back = try format.read(
                .text(format.document(job), name: "j." + format.fileExtension))
            #expect(back.segments.map(\.isTranslated) == [false, true], "\(format)")
        }
    }

    @Test func memoryMatchesIgnoreOnlyWhiteSpace() throws {
        let memory = TranslationMemory(pairs: [
            TranslationPair(source: "The  people\nrose up.", target: "عوام اٹھ کھڑے ہوئے۔"),
            TranslationPair(source: "Women led.", target: "پرانا"),
            TranslationPair(source: "Women led.", target: "خواتین نے قیادت کی۔"),
            TranslationPair(source: "Empty.", target: " "),
        ])
        #expect(memory.exactMatch(for: "The people rose up.") == "عوام اٹھ کھڑے ہوئے۔")
        #expect(memory.exactMatch(for: "Women led.") == "خواتین نے قیادت کی۔")
        #expect(memory.exactMatch(for: "women led.") == nil)
        #expect(memory.exactMatch(for: "Empty.") == nil)
        #expect(memory.count == 2)
        // A translation is one sentence: a break in a memory's target is a space, as a
        // store keeps it (a blank line in it became a paragraph of the merged document).
        let broken = TranslationMemory(pairs: [
            TranslationPair(source: "Hello world.", target: "ہیلو\r\n\r\nدنیا۔")
        ])
        #expect(broken.exactMatch(for: "Hello world.") == "ہیلو  دنیا۔")
    }

    /// A source hard-wrapped with CR LF or CR is quoted line by line in a Markdown
    /// worksheet, which then reads back as prepared (pass 43: the line after a CR LF was
    /// unquoted and the untouched worksheet did not merge).
    @Test(arguments: ["\r\n", "\r"])
    func aWrappedSourceIsQuotedLineByLine(_ lineEnd: String) throws {
        let job = try Self.prepare(
            "A long sentence that is" + lineEnd + "wrapped over two lines." + lineEnd)
        let written = WorksheetFormat.md.document(job)
        #expect(written.contains("> A long sentence that is\n> wrapped over two lines.\n"))
        let read = try WorksheetFormat.md.read(.text(written, name: "job.md"))
        #expect(read.structureProblems().isEmpty)
        #expect(read.segments.map(\.sourceHash) == job.segments.map(\.sourceHash))
    }

    /// An empty source is refused; a control character inside a sentence is kept (the
    /// worksheets carry it; see JobStructureTests).
    @Test func emptySourcesAreRefusedAndControlCharactersKept() throws {
        #expect(throws: ExchangeError.emptySource(file: "<text>")) {
            try Self.prepare(" \n\u{A0}\n")
        }
        let job = try Self.prepare("Fine.\n\nBell \u{7} here.")
        #expect(job.segments.map(\.source) == ["Fine.", "Bell \u{7} here."])
    }
}
