import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A small XML tree read with everything dangerous switched off: entity declarations and
/// DOCTYPEs with an internal subset (the carriers of XXE and "billion laughs") are refused
/// before parsing, external DTDs and entities are never loaded, and size is limited.
struct XMLElement {
    /// The element name without its namespace prefix.
    let name: String
    /// Attributes by qualified name (`xml:lang`, `type`).
    var attributes: [String: String]
    /// Child elements in document order.
    var children: [XMLElement] = []
    /// Text and child elements in document order (`.element` indexes `children`).
    var content: [XMLContent] = []
    /// Where the element starts.
    let position: SourcePosition

    /// The children named `name`.
    func children(_ name: String) -> [XMLElement] { children.filter { $0.name == name } }

    /// The first child named `name`.
    func child(_ name: String) -> XMLElement? { children.first { $0.name == name } }

    /// All descendants named `name`, in document order.
    func descendants(_ name: String) -> [XMLElement] {
        children.flatMap { ($0.name == name ? [$0] : []) + $0.descendants(name) }
    }

    /// The trimmed text of the element and all its descendants.
    var allText: String {
        innerText().trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The text of the element and its descendants in document order, white space kept,
    /// leaving out the content of descendants named in `skipping` (inline codes, say; one
    /// left out between two spaces leaves one space).
    func innerText(skipping: Set<String> = []) -> String {
        var result = ""
        var skipped = false
        for part in content {
            switch part {
            case .text(let text):
                // A code left out between two spaces leaves one (pass 22: `See <ph/> it`
                // was stored as `See  it`).
                if skipped, result.last?.isWhitespace == true, text.first?.isWhitespace == true {
                    result += text.dropFirst()
                } else {
                    result += text
                }
                skipped = false
            case .element(let index) where !skipping.contains(children[index].name):
                result += children[index].innerText(skipping: skipping)
                skipped = false
            case .element: skipped = true
            }
        }
        return result
    }
}

/// One piece of an element's mixed content.
enum XMLContent: Equatable {
    /// Character data.
    case text(String)
    /// The child element at this index of `children`.
    case element(Int)
}

/// Why an XML document was refused, and where.
struct XMLFailure: Error {
    /// Where the problem is.
    let position: SourcePosition
    /// What is wrong and what to do.
    let message: String
}

/// Parses XML safely into an `XMLElement` tree.
enum SafeXML {
    /// The largest document accepted.
    static let maximumBytes = 64 << 20
    /// The largest document handed to libxml2 whole, which gives exact error positions;
    /// libxml2 refuses a whole document over 10,000,000 bytes, so a larger one is fed in
    /// chunks (error positions then fall at a chunk's end).
    static let wholeBytes = 9_000_000

    /// The root element of `data`, or an error with the line and column of the problem.
    static func parse(_ original: Data) throws(XMLFailure) -> XMLElement {
        guard let root = try parse(original, detaching: [], to: { _, _ in true }) else {
            throw XMLFailure(position: .start, message: "empty XML")
        }
        return root
    }

    /// Parses `data` as ``parse(_:)`` does, but hands every element named in `names` (under
    /// a parent named `parent`, or under any) to `body` as it closes, with the root as far
    /// as it is read, instead of keeping it in the tree: a large document's entries are
    /// read one at a time, not held all at once as elements. `body` returns false to stop;
    /// the result is then `nil`.
    static func parse(
        _ original: Data, detaching names: Set<String>, under parent: String? = nil,
        to body: @escaping (XMLElement, XMLElement) -> Bool
    ) throws(XMLFailure) -> XMLElement? {
        // XML reads CR LF and a lone CR as LF before parsing (XML 1.0 §2.11); doing it here
        // makes every line number count the lines an editor shows, whatever the line ends.
        let data = lineEndsAsLF(original)
        guard data.count <= maximumBytes else { throw tooLarge }
        try refuseDeclaredEncoding(in: data)
        // Foundation's parser traps on element names that are not UTF-8: checked first, a
        // megabyte at a time (no second copy of the document).
        var scan = XMLSafetyScan()
        let chunk = 1 << 20
        for start in stride(from: data.startIndex, to: data.endIndex, by: chunk) {
            try scan.feed([UInt8](data[start..<min(data.endIndex, start + chunk)]))
        }
        try scan.feed([], final: true)
        let builder = TreeBuilder(detaching: names, under: parent, to: body)
        builder.tagStarts = XMLTagStarts(data)
        if data.count < wholeBytes {
            return try run(XMLParser(data: data), builder)
        }
        var offset = data.startIndex
        let stream = ChunkInputStream { () throws(XMLReadFailure) in
            guard offset < data.endIndex else { return nil }
            let end = min(data.endIndex, offset + (1 << 20))
            defer { offset = end }
            return [UInt8](data[offset..<end])
        }
        return try run(XMLParser(stream: stream), builder)
    }

    /// Why a document over ``maximumBytes`` is refused.
    static let tooLarge = XMLFailure(
        position: .start,
        message:
            "the XML file is larger than \(maximumBytes >> 20) MB, the most Tarjuman reads of "
            + "one; split it"
    )

    /// Refuses a document whose XML declaration names an encoding other than UTF-8, or a
    /// version other than 1.0 (pass 35: XML 1.1 was "malformed XML (XMLParser error 97)").
    static func refuseDeclaredEncoding(in data: Data) throws(XMLFailure) {
        if let version = declared("version", in: data), version != "1.0" {
            throw XMLFailure(
                position: .start,
                message:
                    "the file declares XML version=\"\(version)\"; Tarjuman reads XML 1.0, as "
                    + "XLIFF, TBX and TMX are written: change the declaration to version=\"1.0\"")
        }
        if let encoding = declared("encoding", in: data),
            !["utf-8", "utf8"].contains(encoding.lowercased())
        {
            throw XMLFailure(
                position: .start,
                message:
                    "the file declares encoding=\"\(encoding)\"; Tarjuman reads XML in UTF-8 (or "
                    + "UTF-16 with a byte-order mark): save it as UTF-8 and fix the declaration")
        }
    }

    /// Runs `parser` with `builder` and everything dangerous off; returns the root, or `nil`
    /// when the builder's handler stopped the parser.
    static func run(_ parser: XMLParser, _ builder: TreeBuilder) throws(XMLFailure) -> XMLElement? {
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = builder
        let parsed = parser.parse()
        if let failure = builder.failure { throw failure }
        if builder.stopped { return nil }
        // The parser reports content after the root element (libxml2's error 5) and still
        // says it parsed: any error it reported counts.
        if !parsed || builder.root == nil || builder.errorPosition != nil {
            let position =
                builder.errorPosition
                ?? builder.placed(
                    SourcePosition(
                        line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1)),
                    code: (parser.parserError as? NSError)?.code)
            if let root = builder.root, (parser.parserError as? NSError)?.code == 5 {
                throw XMLFailure(
                    position: position,
                    message:
                        "content after the root element <\(root.name)> (line \(root.position.line)) "
                        + "has closed; a document has one root: remove what follows it")
            }
            let code = builder.errorCode ?? (parser.parserError as? NSError)?.code
            if let code, let problem = Self.problem(ofParserError: code) {
                throw XMLFailure(position: position, message: "malformed XML: \(problem)")
            }
            // Nothing read at all (pass 60: an empty file was "check that every tag is
            // closed").
            if code == nil, builder.root == nil, position == .start {
                throw XMLFailure(
                    position: position,
                    message: "no XML element here: the file is empty or not XML")
            }
            throw XMLFailure(
                position: position,
                message:
                    "malformed XML near here\(code.map { " (XMLParser error \($0))" } ?? ""): "
                    + "check that every tag is closed, in order, and that each & starts &amp; "
                    + "&lt; &gt; &quot; &apos; or &#…;")
        }
        return builder.root
    }

    /// What libxml2's error `code` means, in words and with the mend, for the mistakes an
    /// edited file makes (pass 46: a doubled attribute, `&nbsp;` and a bare `<` were all
    /// "check that every tag is closed"); nil for the others.
    static func problem(ofParserError code: Int) -> String? {
        switch code {
        case 23:
            "an & that starts no character reference (no ; after its name): write a literal & "
                + "as &amp;"
        case 26, 27, 111:
            "an entity XML does not define (&nbsp; and the like are HTML's): write the character "
                + "itself, or its number (&#160;)"
        case 38: "a < inside an attribute's value: write it as &lt;"
        case 39, 40, 41: "an attribute whose value is not in quotes: write name=\"value\""
        case 42: "an attribute given twice in one tag: keep one"
        case 45: "a comment that is not closed with -->"
        case 63: "a CDATA section that is not closed with ]]>"
        // libxml2 says a name is missing after a < and after an & alike.
        case 68:
            "a < or & that starts no tag or reference: write a literal < as &lt; and a literal "
                + "& as &amp;"
        case 73, 77: "a tag that is not finished with >"
        // The root never closed (content after a closed root is said apart).
        case 5: "the file ends before its elements are closed: it was cut short; restore its end"
        case 201:
            "a prefix (such as tj:) used without its xmlns: declaration: restore the declaration "
                + "(xmlns:tj=\"urn:tarjuman:xliff:1\" on the root, in a file Tarjuman prepared)"
        case 76: "a closing tag that is not the one of the element open here: close tags in order"
        default: nil
        }
    }

    /// The value of the XML declaration's pseudo-attribute `name` (`version`, `encoding`),
    /// if there is one.
    static func declared(_ name: String, in data: Data) -> String? {
        // After a byte-order mark too (pass 37: XML 1.1 behind one was "malformed").
        var head = String(decoding: data.prefix(256), as: UTF8.self)
        if head.hasPrefix("\u{FEFF}") { head.removeFirst() }
        guard head.hasPrefix("<?xml"), let end = head.range(of: "?>"),
            let key = head[..<end.lowerBound].range(of: name)
        else { return nil }
        let rest = head[key.upperBound..<end.lowerBound].drop { $0 == " " || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote })
    }

    /// `data` with CR LF and lone CR turned into LF (the same bytes when it has no CR).
    private static func lineEndsAsLF(_ data: Data) -> Data {
        guard data.contains(0x0D) else { return data }
        var folding = LineEndFolding()
        return Data(folding.fold(data))
    }
}

/// Turns CR LF and a lone CR into LF in text read a chunk at a time (a CR LF may be split
/// between two chunks), as XML 1.0 §2.11 reads line ends.
struct LineEndFolding {
    private var previousCR = false

    /// `chunk` with its line ends as LF.
    mutating func fold(_ chunk: some Collection<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(chunk.count)
        for byte in chunk {
            if byte == 0x0A && previousCR {
                previousCR = false
                continue
            }
            previousCR = byte == 0x0D
            result.append(previousCR ? 0x0A : byte)
        }
        return result
    }
}

/// Builds the tree from parser events.
final class TreeBuilder: NSObject, XMLParserDelegate {
    var root: XMLElement?
    /// Elements of these names (under a parent named `detachedParent`, or any when it is
    /// nil) are handed to `onDetached` as they close, with the root read so far, instead of
    /// being kept in the tree (a streamed TMX's `tu`, an XLIFF `unit`); the handler returns
    /// false to stop the parser.
    private let detached: Set<String>
    private let detachedParent: String?
    private let onDetached: (XMLElement, XMLElement) -> Bool
    /// Whether `onDetached` stopped the parser.
    private(set) var stopped = false

    /// A builder keeping the whole tree, or handing every element named in `detached` to
    /// `onDetached` instead.
    init(
        detaching detached: Set<String> = [], under parent: String? = nil,
        to onDetached: @escaping (XMLElement, XMLElement) -> Bool = { _, _ in true }
    ) {
        self.detached = detached
        self.detachedParent = parent
        self.onDetached = onDetached
    }
    /// Finds where start tags begin, for a document held in memory (a stream's elements
    /// keep the parser's position, the end of their start tag).
    var tagStarts: XMLTagStarts?
    /// Why the builder stopped the parser, if it did.
    var failure: XMLFailure?
    private var stack: [XMLElement] = []
    /// Character data not yet stored in the open element.
    private var pending = ""
    /// Where the parser met its first error (it may read on before it stops).
    var errorPosition: SourcePosition?
    /// The code of the first error the parser reported (later ones follow from it).
    var errorCode: Int?

    /// Where the error of libxml2's `code` that it `reported` here lies: a stray `<` or `&`,
    /// an undefined entity and a wrong closing tag are reported after them, and are placed
    /// at their start instead (pass 51).
    func placed(_ reported: SourcePosition, code: Int?) -> SourcePosition {
        let marks: Set<UInt8>? =
            switch code {
            case 23, 68: [0x3C, 0x26]
            case 26, 27, 111: [0x26]
            case 76: [0x3C]
            default: nil
            }
        return marks.flatMap { tagStarts?.start(ofMarkupBefore: reported, marks: $0) } ?? reported
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if errorPosition == nil {
            let reported = SourcePosition(
                line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1))
            let code = (parseError as NSError).code
            errorCode = code
            errorPosition = placed(reported, code: code)
        }
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        flushText()
        let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
        let end = SourcePosition(
            line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1))
        let position = tagStarts?.start(ofTagEndingAt: end) ?? end
        guard stack.count < InputLimits.xmlDepth else {
            failure = XMLFailure(
                position: position,
                message:
                    "elements nested more than \(InputLimits.xmlDepth) deep; no TMX, XLIFF or TBX "
                    + "file needs this many, so the file is refused")
            parser.abortParsing()
            return
        }
        if detached.contains(local), let outer = stack.last(where: { detached.contains($0.name) }) {
            failure = XMLFailure(
                position: position,
                message:
                    "<\(local)> inside <\(outer.name)> (line \(outer.position.line)); entries do not "
                    + "nest: close the first before the next")
            parser.abortParsing()
            return
        }
        stack.append(XMLElement(name: local, attributes: attributes, position: position))
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
        qualifiedName: String?
    ) {
        flushText()
        guard var element = stack.popLast() else { return }
        if detached.contains(element.name), let root = stack.first,
            detachedParent == nil || stack.last?.name == detachedParent
        {
            // A detached element keeps the bindings of the prefixes its attributes use, made
            // around it (on a `group` it sits in, say), which its reader has no other way to
            // see (pass 27: a prefix bound on an XLIFF group hid Tarjuman's attributes). Only
            // those prefixes, each looked up from the nearest ancestor out: copying every
            // ancestor's declarations to every entry would cost a deep, wide file dearly.
            let prefixes = Set(
                element.attributes.keys.compactMap { name -> String? in
                    guard let colon = name.firstIndex(of: ":"), !name.hasPrefix("xmlns") else {
                        return nil
                    }
                    return "xmlns:" + name[..<colon]
                })
            for binding in prefixes where element.attributes[binding] == nil {
                if let value = stack.reversed().lazy.compactMap({ $0.attributes[binding] }).first {
                    element.attributes[binding] = value
                }
            }
            if !onDetached(element, root) {
                stopped = true
                parser.abortParsing()
            }
        } else if stack.isEmpty {
            root = element
        } else {
            stack[stack.count - 1].content.append(.element(stack[stack.count - 1].children.count))
            stack[stack.count - 1].children.append(element)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        pending += string
        refuseLongText(parser)
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        pending += String(decoding: block, as: UTF8.self)
        refuseLongText(parser)
    }

    /// Stops at text of one element past the paragraph limit: no sentence, term or memory
    /// unit is that long, and holding it costs many times its size (pass 61: one 150 MB
    /// `<seg>` took `tm import` to 1.8 GB).
    private func refuseLongText(_ parser: XMLParser) {
        guard pending.utf8.count > InputLimits.paragraphBytes, failure == nil else { return }
        let element = stack.last
        failure = XMLFailure(
            position: element?.position ?? .start,
            message:
                "the text of <\(element?.name ?? "?")> is over \(InputLimits.paragraphBytes >> 20) "
                + "MB, more than any sentence, term or paragraph Tarjuman reads; split it")
        parser.abortParsing()
    }

    /// Moves the text gathered since the last element event into the open element, in one
    /// piece (appending piece by piece to a stored value would copy it each time).
    private func flushText() {
        guard !pending.isEmpty else { return }
        if !stack.isEmpty { stack[stack.count - 1].content.append(.text(pending)) }
        pending = ""
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?)
        -> Data?
    {
        parser.abortParsing()
        return nil
    }
}

/// A stream the parser reads in chunks pulled from `next` (`nil` at the end), without the
/// copy Foundation's `InputStream(data:)` makes. When `next` throws, the stream reports an
/// error to the parser, which stops, and keeps the reason in `failure`.
final class ChunkInputStream: InputStream {
    private let next: () throws(XMLReadFailure) -> [UInt8]?
    private var chunk: [UInt8] = []
    private var offset = 0
    private var ended = false
    /// Why `next` failed, if it did.
    private(set) var failure: XMLReadFailure?

    init(_ next: @escaping () throws(XMLReadFailure) -> [UInt8]?) {
        self.next = next
        super.init(data: Data())
    }

    override func open() {}
    override func close() {}
    override var hasBytesAvailable: Bool { !ended }
    override var streamStatus: Stream.Status {
        failure != nil ? .error : ended ? .atEnd : .open
    }
    // The parser reads this when `read` fails; the inherited getter traps in a subclass.
    override var streamError: (any Error)? { nil }

    override func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) -> Int {
        while offset == chunk.count {
            guard !ended, failure == nil else { return failure == nil ? 0 : -1 }
            do throws(XMLReadFailure) {
                guard let pulled = try next() else {
                    ended = true
                    return 0
                }
                (chunk, offset) = (pulled, 0)
            } catch {
                failure = error
                return -1
            }
        }
        let count = min(length, chunk.count - offset)
        _ = UnsafeMutableBufferPointer(start: buffer, count: count)
            .update(fromContentsOf: chunk[offset..<offset + count])
        offset += count
        return count
    }
}
