import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Why XML read from a ``ByteSource`` was refused: the input could not be read, or is not
/// XML Tarjuman accepts.
enum XMLReadFailure: Error {
    /// The input could not be read, is too large, or is not text.
    case input(InputError)
    /// The XML is malformed or refused.
    case xml(XMLFailure)
}

/// XML to parse: bytes already in memory, or a source read as it is parsed.
enum XMLInput {
    /// Bytes in memory, parsed as ``SafeXML/parse(_:detaching:under:to:)`` parses them.
    case bytes(Data)
    /// A file, pipe or memory, read in chunks.
    case source(ByteSource)
}

extension SafeXML {
    /// Parses `input` as ``parse(_:detaching:under:to:)`` parses bytes. A source is read
    /// whole (UTF-8, or UTF-16 with a byte-order mark) when it ends within `wholeUpTo`
    /// bytes, for exact error positions; a larger one is parsed as it is read and never
    /// held whole, each chunk checked (size, encoding, ``XMLSafetyScan``) before the parser
    /// sees it.
    static func parse(
        _ input: XMLInput, detaching names: Set<String>, under parent: String? = nil,
        wholeUpTo: Int = wholeBytes, to body: @escaping (XMLElement, XMLElement) -> Bool
    ) throws(XMLReadFailure) -> XMLElement? {
        let source: ByteSource
        switch input {
        case .bytes(let data):
            do {
                return try parse(data, detaching: names, under: parent, to: body)
            } catch {
                throw .xml(error)
            }
        case .source(let given): source = given
        }
        // A file's size is known before reading (pass 29: refused only once 64 MB were parsed).
        let tooLarge = InputError.tooLarge(file: source.name, limit: maximumBytes)
        if let size = source.regularFileSize, size > maximumBytes { throw .input(tooLarge) }
        var head: [UInt8] = []
        do {
            while head.count < wholeUpTo, let chunk = try source.next() { head += chunk }
        } catch {
            throw .input(error)
        }
        let whole = head.count < wholeUpTo || ByteSource.isUTF16(head)
        let rest = ByteSource.prefixed(head, then: source)
        head = []
        if whole {
            let data: Data
            do throws(InputError) {
                data = Data(try rest.readAllXML())
            } catch {
                throw .input(error)
            }
            return try parse(.bytes(data), detaching: names, under: parent, to: body)
        }
        var chunks = CheckedChunks(source: rest, tooLarge: tooLarge)
        let stream = ChunkInputStream { () throws(XMLReadFailure) in try chunks.next() }
        do throws(XMLFailure) {
            return try run(
                XMLParser(stream: stream), TreeBuilder(detaching: names, under: parent, to: body))
        } catch {
            throw stream.failure ?? .xml(error)
        }
    }

    /// Parses the XML file at `path` (named `name` in messages), of any size, without
    /// holding it in memory: every element named `element` whose parent is named `parent` is
    /// handed to `body` when it closes and left out of the tree returned; `body` returns
    /// false to stop. With `checking`, the file is first read once through
    /// ``XMLSafetyScan`` (UTF-8, no entity declarations); then it is parsed as a stream. It
    /// must be a regular file in UTF-8, and the parser's error positions fall at its chunk
    /// ends rather than exactly on the problem. Returns the root, or `nil` when `body`
    /// stopped the parser.
    static func stream(
        path: String, name: String, element: String, parent: String, checking: Bool = true,
        _ body: @escaping (XMLElement) -> Bool
    ) throws(ExchangeError) -> XMLElement? {
        let fail = { (position: SourcePosition, message: String) in
            ExchangeError.malformed(file: name, position: position, message: message)
        }
        if checking {
            try check(path: path, fail: fail)
        }
        guard let stream = InputStream(fileAtPath: path) else {
            throw .input(.unreadable(file: name, reason: "cannot open the file again"))
        }
        do {
            return try run(
                XMLParser(stream: stream),
                TreeBuilder(detaching: [element], under: parent) { element, _ in body(element) })
        } catch {
            throw fail(error.position, error.message)
        }
    }

    /// Reads the file at `path` through ``XMLSafetyScan`` and its encoding checks.
    private static func check(
        path: String, fail: (SourcePosition, String) -> ExchangeError
    ) throws(ExchangeError) {
        do {
            let source = try ByteSource.file(path)
            var scan = XMLSafetyScan()
            var first = true
            while let chunk = try source.next() {
                if first {
                    first = false
                    if ByteSource.isUTF16(chunk) {
                        throw fail(
                            .start,
                            "UTF-16 XML is read up to \(maximumBytes >> 20) MB; save a larger "
                                + "file as UTF-8")
                    }
                    try refuseDeclaredEncoding(in: Data(chunk.prefix(256)))
                }
                try scan.feed(chunk)
            }
            try scan.feed([], final: true)
        } catch let error as XMLFailure {
            throw fail(error.position, error.message)
        } catch let error as InputError {
            throw .input(error)
        } catch let error as ExchangeError {
            throw error
        } catch {
            throw fail(.start, "\(error)")
        }
    }
}

/// The bytes of a source as the parser may see them: line ends folded, the declared
/// encoding checked on the first 256 bytes, at most ``SafeXML/maximumBytes`` in all, and
/// only bytes ``XMLSafetyScan`` has passed (it holds back the last few of each chunk until
/// the next, so the parser never reads past what is checked: a name cut by a chunk's end
/// was parsed before its bad UTF-8 was found, found by fuzzing).
private struct CheckedChunks {
    let source: ByteSource
    /// What to say when the source grows past ``SafeXML/maximumBytes``.
    let tooLarge: InputError
    private var scan = XMLSafetyScan()
    private var lineEnds = LineEndFolding()
    private var total = 0
    private var started = false
    private var ended = false

    init(source: ByteSource, tooLarge: InputError) {
        self.source = source
        self.tooLarge = tooLarge
    }

    /// The next checked bytes, or `nil` at the end.
    mutating func next() throws(XMLReadFailure) -> [UInt8]? {
        while !ended {
            var read = try pull()
            if !started {
                started = true
                while let first = read, first.count < 256, let more = try pull() {
                    read = first + more
                }
                if let read {
                    do throws(XMLFailure) {
                        try SafeXML.refuseDeclaredEncoding(in: Data(read.prefix(256)))
                    } catch {
                        throw .xml(error)
                    }
                }
            }
            let checked: ArraySlice<UInt8>
            if let read {
                total += read.count
                guard total <= SafeXML.maximumBytes else { throw .input(tooLarge) }
            }
            do throws(XMLFailure) {
                if let read {
                    checked = try scan.feed(lineEnds.fold(read))
                } else {
                    ended = true
                    checked = try scan.feed([], final: true)
                }
            } catch {
                throw .xml(error)
            }
            if !checked.isEmpty { return Array(checked) }
        }
        return nil
    }

    private func pull() throws(XMLReadFailure) -> [UInt8]? {
        do {
            return try source.next()
        } catch {
            throw .input(error)
        }
    }
}
