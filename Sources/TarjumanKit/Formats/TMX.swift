public import Foundation

/// TMX 1.4b translation memories: written by `align --format tmx` and `tm export`, read by
/// `tm import` and `prepare --tm`.
public enum TMX {
    /// The tool version written into headers.
    public static let toolVersion = "0.2"

    /// The document head: XML declaration, `tmx`, the `header` and `<body>`.
    /// `date` is UTC as `YYYYMMDDThhmmssZ`.
    public static func header(sourceLanguage: String, date: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
            + "  <header creationtool=\"Tarjuman\" creationtoolversion=\"\(toolVersion)\" "
            + "segtype=\"sentence\" o-tmf=\"Tarjuman\" adminlang=\"en\" "
            + "srclang=\"\(XMLText.attribute(sourceLanguage))\" datatype=\"plaintext\" "
            + "creationdate=\"\(date)\"/>\n  <body>\n"
    }

    /// The end of the document.
    public static let footer = "  </body>\n</tmx>\n"

    /// One translation unit. A line break inside a sentence becomes a space (a TMX segment is
    /// one sentence), as memory units hold it (``MemoryUnit/oneLine(_:)``). A `context` (the
    /// source sentences around it in its document) is written as `<prop type="x-context-pre">`
    /// and `x-context-post`, which `tm import` reads for in-context (101) matches.
    public static func unit(
        id: String, source: String, target: String, sourceLanguage: String,
        targetLanguage: String, context: SentenceContext? = nil
    ) -> String {
        let flat = { (text: String) in XMLText.escaped(MemoryUnit.oneLine(text)) }
        let properties =
            context.map {
                "      <prop type=\"x-context-pre\">\(flat($0.previous))</prop>\n"
                    + "      <prop type=\"x-context-post\">\(flat($0.next))</prop>\n"
            } ?? ""
        return "    <tu tuid=\"\(XMLText.attribute(id))\">\n" + properties
            + "      <tuv xml:lang=\"\(XMLText.attribute(sourceLanguage))\"><seg>\(flat(source))</seg></tuv>\n"
            + "      <tuv xml:lang=\"\(XMLText.attribute(targetLanguage))\"><seg>\(flat(target))</seg></tuv>\n"
            + "    </tu>\n"
    }

    /// One unit of a memory store with its provenance: `creationdate` and `creationid` on
    /// the `tu`, the origin as `<prop type="x-origin">` and the origin's `penalty`, when it
    /// has one, as `<prop type="x-penalty">` (read back by ``read(_:file:source:target:)``
    /// and `tm import`; pass 33: machine translation lost its penalty on the way to a
    /// colleague's store, and its matches read as confirmed).
    public static func unit(
        _ unit: MemoryUnit, id: String, sourceLanguage: String, targetLanguage: String,
        penalty: Int = 0
    ) -> String {
        var attributes = "tuid=\"\(XMLText.attribute(id))\""
        if let date = date(unit.created) { attributes += " creationdate=\"\(date)\"" }
        if !unit.creator.isEmpty {
            attributes += " creationid=\"\(XMLText.attribute(unit.creator))\""
        }
        let plain = Self.unit(
            id: id, source: unit.source, target: unit.target, sourceLanguage: sourceLanguage,
            targetLanguage: targetLanguage,
            context: unit.contextKnown
                ? SentenceContext(previous: unit.previous, next: unit.next) : nil)
        let variants = plain.drop { $0 != "\n" }.dropFirst()
        return "    <tu \(attributes)>\n"
            + "      <prop type=\"x-origin\">\(XMLText.escaped(unit.origin))</prop>\n"
            + (penalty > 0 ? "      <prop type=\"x-penalty\">\(penalty)</prop>\n" : "") + variants
    }

    /// `text` as a TMX date (`20260102T000000Z`): TMX's own form as it is, ISO 8601
    /// (`2026-01-02T00:00:00Z`, fractions of a second dropped) converted; nil for anything
    /// else.
    static func date(_ text: String) -> String? {
        var compact = text.filter { $0 != "-" && $0 != ":" }
        if let dot = compact.firstIndex(of: "."), compact.hasSuffix("Z") {
            compact = String(compact[..<dot]) + "Z"
        }
        let digits = compact.utf8.enumerated().allSatisfy { index, byte in
            switch index {
            case 8: byte == UInt8(ascii: "T")
            case 15: byte == UInt8(ascii: "Z")
            default: (0x30...0x39).contains(byte)
            }
        }
        guard compact.utf8.count == 16 && digits else { return nil }
        // Month, day, hour, minute and second in range (20261399T999999Z is no date).
        let bytes = Array(compact.utf8)
        let field = { (at: Int) in Int(bytes[at] - 0x30) * 10 + Int(bytes[at + 1] - 0x30) }
        guard (1...12).contains(field(4)), (1...31).contains(field(6)), field(9) <= 23,
            field(11) <= 59, field(13) <= 60
        else { return nil }
        return compact
    }

    /// The latest `SOURCE_DATE_EPOCH` a TMX date can hold: 9999-12-31T23:59:59Z.
    static let latestEpoch: Int64 = 253_402_300_799

    /// The current time as TMX writes dates, or the time `SOURCE_DATE_EPOCH` gives (seconds
    /// since 1970, as reproducible builds set it), so that a run can be repeated byte for
    /// byte. An empty `SOURCE_DATE_EPOCH` counts as unset; anything else that is not a whole
    /// number of seconds from 0 to ``latestEpoch`` is an error, as the reproducible-builds
    /// convention asks, rather than a date silently taken from the clock.
    public static func now(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(ExchangeError) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.locale = Locale(identifier: "en_US_POSIX")
        guard let text = environment["SOURCE_DATE_EPOCH"], !text.isEmpty else {
            return formatter.string(from: Date())
        }
        guard text.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let seconds = Int64(text),
            seconds <= latestEpoch
        else { throw .sourceDateEpoch(text) }
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    /// A memory read from TMX: the pairs for one language pair and how many units were
    /// skipped because they lack one of the two languages.
    public struct Contents: Sendable, Equatable {
        /// Source and target of every usable unit, in file order.
        public var pairs: [TranslationPair]
        /// Units without a segment in the source or the target language.
        public var skipped: Int
    }

    /// Reads the `source` → `target` pairs of a TMX file (any version from 1.1 on); a unit's
    /// variant is in a language when the selector accepts its `xml:lang` (each distinct
    /// source variant and translation gives a pair, see `pairs(of:)`). Inline codes (`bpt`,
    /// `ept`, `it`, `ph`) are left out of the text
    /// with what they hold (a `sub` inside one is a text of its own, such as a caption, not
    /// part of the sentence); `hi` text is kept. Units are read one at a time as
    /// the parser closes them, never held all at once as elements.
    public static func read(
        _ data: Data, file: String, source: LanguageSelector, target: LanguageSelector
    )
        throws(ExchangeError) -> Contents
    {
        try read(.bytes(data), file: file, source: source, target: target)
    }

    /// Reads TMX from `input` as ``read(_:file:source:target:)`` reads bytes; a large file
    /// is parsed as it is read, never held whole.
    static func read(
        _ input: XMLInput, file: String, source: LanguageSelector, target: LanguageSelector,
        wholeUpTo: Int = SafeXML.wholeBytes
    ) throws(ExchangeError) -> Contents {
        var contents = Contents(pairs: [], skipped: 0)
        var failure: ExchangeError?
        let parsed: XMLElement?
        do throws(XMLReadFailure) {
            parsed = try SafeXML.parse(
                input, detaching: ["tu"], under: "body", wholeUpTo: wholeUpTo
            ) { unit, _ in
                do throws(ExchangeError) {
                    let pairs = try pairs(of: unit, file: file, source: source, target: target)
                    contents.pairs += pairs
                    if pairs.isEmpty { contents.skipped += 1 }
                    return true
                } catch {
                    failure = error
                    return false
                }
            }
        } catch {
            switch error {
            case .input(let error): throw .input(error)
            case .xml(let error):
                throw .malformed(file: file, position: error.position, message: error.message)
            }
        }
        if let failure { throw failure }
        guard let root = parsed, root.name == "tmx", root.child("body") != nil else {
            throw .malformed(
                file: file, position: parsed?.position ?? .start,
                message: "expected <tmx> with a <body>; is this a TMX file?")
        }
        try refuseUnitsOutsideBody(root, file: file)
        return contents
    }

    /// Whether `a` and `b` differ in white space alone.
    private static func sameWords(_ a: String, _ b: String) -> Bool {
        a.split(whereSeparator: \.isWhitespace) == b.split(whereSeparator: \.isWhitespace)
    }

    /// The `source` → `target` pairs of one `<tu>`: one per distinct source variant and
    /// distinct translation (a unit with `ur` and `ur-PK` variants that differ gives two;
    /// with two English variants as well, four: pass 21 kept the first English only), the
    /// first variants' pair last, so that where one translation of a sentence is taken (the
    /// last read, the newest stored) it is that one, as before; none when the unit lacks
    /// either language.
    private static func pairs(
        of unit: XMLElement, file: String, source: LanguageSelector, target: LanguageSelector
    )
        throws(ExchangeError) -> [TranslationPair]
    {
        // Inline codes, dropped with what they hold (`ut`, TMX 1.4b's unknown tag, too: pass
        // 31 kept its markup as text).
        let codes: Set<String> = ["bpt", "ept", "it", "ph", "ut"]
        var sourceTexts: [String] = []
        var targetTexts: [String] = []
        for variant in unit.children("tuv") {
            // A variant in no language cannot be placed on either side: named, with the fix
            // (pass 68: it stopped the import with no fix, while `xml:lang=""` was skipped).
            guard
                let language = variant.attributes["xml:lang"] ?? variant.attributes["lang"],
                !language.trimmingWhiteSpace().isEmpty
            else {
                throw .malformed(
                    file: file, position: variant.position,
                    message: "a <tuv> needs an xml:lang attribute naming its language: add one "
                        + "(xml:lang=\"\(source.tag)\" or \"\(target.tag)\"), or delete this <tu>")
            }
            // A variant without text is none: the unit then lacks that language and is
            // skipped and counted as such (pass 43: the whole import stopped). Text outside
            // a <seg>, or in a second one, would be left out without a word, as XLIFF's
            // second <target> would (pass 45).
            let segs = variant.children("seg")
            guard var seg = segs.first else {
                guard variant.innerText(skipping: ["prop", "note"]).trimmingWhiteSpace().isEmpty
                else {
                    throw .malformed(
                        file: file, position: variant.position,
                        message: "this <tuv> holds text outside a <seg>, which would be lost: "
                            + "put it in a <seg>")
                }
                continue
            }
            if segs.count > 1 {
                let written = segs.filter { !$0.innerText().trimmingWhiteSpace().isEmpty }
                if written.count > 1 {
                    throw .malformed(
                        file: file, position: written[1].position,
                        message: "a <tuv> holds one <seg>; this second one would be lost: join "
                            + "their text into the first")
                }
                seg = written.first ?? seg
            }
            let text = seg.innerText(skipping: codes)
            // Variants differing in white space alone are one (exact matches ignore it).
            if source.accepts(language), !sourceTexts.contains(where: { Self.sameWords($0, text) })
            {
                sourceTexts.append(text)
            }
            if target.accepts(language), !targetTexts.contains(where: { Self.sameWords($0, text) })
            {
                targetTexts.append(text)
            }
        }
        // Provenance is one line: an origin or creator wrapped over lines (or blank) would
        // be listed as a name no one can type; a date TMX cannot read is no date (the
        // import's), not kept as written and then dropped on export.
        let property = { (type: String) in
            unit.children("prop").first { $0.attributes["type"] == type }?.innerText()
        }
        // A context only when the file states both sides (a memory's order is no document's).
        let context = property("x-context-pre").flatMap { previous in
            property("x-context-post").map { SentenceContext(previous: previous, next: $0) }
        }
        // A penalty Tarjuman wrote is a whole number from 0 to 100; anything else is refused
        // at its place (review of pass 33: read as 0, and machine translation as confirmed).
        var penalty: Int?
        if let written = unit.children("prop").first(where: { $0.attributes["type"] == "x-penalty" }
        ) {
            guard let value = Int(written.innerText().trimmingWhiteSpace()),
                (0...100).contains(value)
            else {
                throw .malformed(
                    file: file, position: written.position,
                    message: "x-penalty '\(written.innerText().shownInMessage)' is no whole number "
                        + "from 0 to 100")
            }
            penalty = value
        }
        return sourceTexts.reversed().flatMap { sourceText in
            targetTexts.reversed().map { targetText in
                TranslationPair(
                    source: sourceText, target: targetText,
                    created: unit.attributes["creationdate"].flatMap(date) ?? "",
                    creator: (unit.attributes["creationid"] ?? "").collapsingWhiteSpace(),
                    origin: (property("x-origin") ?? "").collapsingWhiteSpace(), context: context,
                    penalty: penalty)
            }
        }
    }

    /// Reads the `source` → `target` pairs of the TMX file at `path`, of any size, handing
    /// them to `body` at most `batch` at a time, in order; returns how many units lacked
    /// either language. A file of up to `wholeUpTo` bytes (and a pipe or standard input) is
    /// read whole, as ``read(path:source:target:)`` reads it; a larger one is parsed as a
    /// stream in bounded memory (UTF-8 only; see `SafeXML.stream`).
    public static func stream(
        path: String, source: LanguageSelector, target: LanguageSelector, batch: Int = 50_000,
        wholeUpTo: Int = InputLimits.xmlBytes,
        _ body: ([TranslationPair]) throws(ExchangeError) -> Void
    ) throws(ExchangeError) -> Int {
        // Asked of the name, not by opening it: a FIFO opened and closed unread loses its
        // writer before the real read.
        var status = stat()
        let isLarge =
            path != "-" && stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
            && Int(status.st_size) > wholeUpTo
        guard isLarge else {
            let contents = try read(path: path, source: source, target: target)
            for start in stride(from: 0, to: contents.pairs.count, by: batch) {
                try body(Array(contents.pairs[start..<min(start + batch, contents.pairs.count)]))
            }
            return contents.skipped
        }
        // Every pass reads the file opened here, even if the name is given to another file
        // meanwhile.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .input(.unreadable(file: path, reason: String(cString: strerror(errno))))
        }
        defer { close(descriptor) }
        var opened = stat()
        if fstat(descriptor, &opened) == 0 { FilesRead.note(opened, path: path) }
        let pinned = "/proc/self/fd/\(descriptor)"
        let readable = FileManager.default.fileExists(atPath: pinned) ? pinned : path
        // The first pass checks the whole file and every unit, storing nothing; only a file
        // that reads to its end is handed over, so a bad one leaves nothing half imported.
        _ = try pass(readable, name: path, source: source, target: target, checking: true) {
            _ in
        }
        return try withoutActuallyEscaping(body) { body throws(ExchangeError) in
            var pending: [TranslationPair] = []
            let skipped = try pass(
                readable, name: path, source: source, target: target, checking: false
            ) { (pair: TranslationPair) throws(ExchangeError) in
                pending.append(pair)
                if pending.count >= batch {
                    try body(pending)
                    pending.removeAll(keepingCapacity: true)
                }
            }
            if !pending.isEmpty { try body(pending) }
            return skipped
        }
    }

    /// Checks that the TMX file at `path` reads to its end as
    /// ``stream(path:source:target:batch:wholeUpTo:_:)`` would read it (every unit, the
    /// root), keeping none of its pairs: for a run that must know all its files are good
    /// before it stores any.
    /// Returns how many `source` → `target` pairs it holds.
    public static func check(
        path: String, source: LanguageSelector, target: LanguageSelector,
        wholeUpTo: Int = InputLimits.xmlBytes
    ) throws(ExchangeError) -> Int {
        var status = stat()
        if stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
            && Int(status.st_size) > wholeUpTo
        {
            var pairs = 0
            _ = try pass(path, name: path, source: source, target: target, checking: true) {
                _ in pairs += 1
            }
            return pairs
        }
        return try read(path: path, source: source, target: target).pairs.count
    }

    /// One streaming pass over a TMX file: each pair to `each`; returns the units lacking
    /// either language.
    private static func pass(
        _ path: String, name: String, source: LanguageSelector, target: LanguageSelector,
        checking: Bool,
        _ each: (TranslationPair) throws(ExchangeError) -> Void
    ) throws(ExchangeError) -> Int {
        var skipped = 0
        var failure: ExchangeError?
        let root = try withoutActuallyEscaping(each) { each throws(ExchangeError) in
            try SafeXML.stream(
                path: path, name: name, element: "tu", parent: "body", checking: checking
            ) { unit in
                do throws(ExchangeError) {
                    let pairs = try pairs(of: unit, file: name, source: source, target: target)
                    for pair in pairs { try each(pair) }
                    if pairs.isEmpty { skipped += 1 }
                    return true
                } catch {
                    failure = error
                    return false
                }
            }
        }
        if let failure { throw failure }
        guard let root, root.name == "tmx", root.child("body") != nil else {
            throw .malformed(
                file: name, position: root?.position ?? .start,
                message: "expected <tmx> with a <body>; is this a TMX file?")
        }
        try refuseUnitsOutsideBody(root, file: name)
        return skipped
    }

    /// Units are read from `<body>` only; one anywhere else (left in the tree, as only those
    /// in `<body>` are handed over) is an error rather than a pair silently lost.
    private static func refuseUnitsOutsideBody(_ root: XMLElement, file: String)
        throws(ExchangeError)
    {
        if let stray = root.descendants("tu").first {
            throw .malformed(
                file: file, position: stray.position,
                message: "<tu> outside <body>; move it into <body>")
        }
    }

    /// Reads the TMX file at `path` (see ``read(_:file:source:target:)``), UTF-8 or UTF-16.
    public static func read(path: String, source: LanguageSelector, target: LanguageSelector)
        throws(ExchangeError)
        -> Contents
    {
        let file: ByteSource
        do {
            file = try ByteSource.file(path)
        } catch {
            throw .input(error)
        }
        return try read(from: file, source: source, target: target)
    }

    /// Reads TMX from `file` (see ``read(_:file:source:target:)``). One that ends within
    /// `wholeUpTo` bytes (by default 9,000,000) is read whole, for exact error positions; a
    /// larger one is parsed as it is read, never held whole.
    public static func read(
        from file: ByteSource, source: LanguageSelector, target: LanguageSelector,
        wholeUpTo: Int? = nil
    ) throws(ExchangeError) -> Contents {
        try read(
            .source(file), file: file.name, source: source, target: target,
            wholeUpTo: wholeUpTo ?? SafeXML.wholeBytes)
    }

}
