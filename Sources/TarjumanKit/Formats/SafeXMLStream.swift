import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

extension SafeXML {
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
                    if chunk.starts(with: [0xFF, 0xFE]) || chunk.starts(with: [0xFE, 0xFF]) {
                        throw fail(
                            .start,
                            "UTF-16 XML is read up to \(maximumBytes >> 20) MB; save a larger "
                                + "file as UTF-8")
                    }
                    if let encoding = declaredEncoding(in: Data(chunk.prefix(256))),
                        !["utf-8", "utf8"].contains(encoding.lowercased())
                    {
                        throw fail(
                            .start,
                            "the file declares encoding=\"\(encoding)\"; save it as UTF-8 and fix "
                                + "the declaration")
                    }
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
