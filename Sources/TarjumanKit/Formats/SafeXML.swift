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
    /// leaving out the content of descendants named in `skipping` (inline codes, say).
    func innerText(skipping: Set<String> = []) -> String {
        var result = ""
        for part in content {
            switch part {
            case .text(let text): result += text
            case .element(let index) where !skipping.contains(children[index].name):
                result += children[index].innerText(skipping: skipping)
            case .element: break
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

    /// The root element of `data`, or an error with the line and column of the problem.
    static func parse(_ original: Data) throws(XMLFailure) -> XMLElement {
        // XML reads CR LF and a lone CR as LF before parsing (XML 1.0 §2.11); doing it here
        // makes every line number count the lines an editor shows, whatever the line ends.
        let data = lineEndsAsLF(original)
        // Foundation's parser traps on element names that are not UTF-8: check first.
        let clean = data.withUnsafeBytes {
            UTF8Validator.firstProblem(in: $0.bindMemory(to: UInt8.self)) == nil
        }
        if !clean {
            do { try TextCheck.validate([UInt8](data), name: "") } catch {
                if case .invalidUTF8(_, _, let position, _) = error {
                    throw XMLFailure(
                        position: position, message: "invalid UTF-8; save the file as UTF-8")
                }
                if case .nulByte(_, _, let position) = error {
                    throw XMLFailure(position: position, message: "NUL byte; this is not XML text")
                }
            }
        }
        guard data.count <= maximumBytes else {
            throw XMLFailure(
                position: .start,
                message:
                    "the XML file is larger than \(maximumBytes >> 20) MB; split it or raise the limit"
            )
        }
        if let encoding = declaredEncoding(in: data),
            !["utf-8", "utf8"].contains(encoding.lowercased())
        {
            throw XMLFailure(
                position: .start,
                message:
                    "the file declares encoding=\"\(encoding)\"; Tarjuman reads XML in UTF-8 (or "
                    + "UTF-16 with a byte-order mark): save it as UTF-8 and fix the declaration")
        }
        if let position = declarationPosition(in: data) {
            throw XMLFailure(
                position: position,
                message:
                    "refused: the XML declares entities (an ENTITY or a DOCTYPE with [ … ]); Tarjuman never "
                    + "loads DTDs or expands entities (XXE, billion laughs). Remove the declarations "
                    + "and try again"
            )
        }
        let builder = TreeBuilder()
        // A Data is fed to libxml2 whole, which gives exact error positions but is refused
        // over its 10,000,000-byte lookup limit; larger documents are fed as a stream, in
        // chunks (error positions then fall at a chunk's end).
        let parser =
            data.count < 9_000_000
            ? XMLParser(data: data) : XMLParser(stream: InputStream(data: data))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = builder
        let parsed = parser.parse()
        if let failure = builder.failure { throw failure }
        if !parsed || builder.root == nil {
            let position =
                builder.errorPosition
                ?? SourcePosition(
                    line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1))
            let code = parser.parserError.map { " (XMLParser error \(($0 as NSError).code))" } ?? ""
            throw XMLFailure(
                position: position,
                message:
                    "malformed XML near here\(code): check that every tag is closed, in order, "
                    + "and that each & starts &amp; &lt; &gt; &quot; &apos; or &#…;")
        }
        guard let root = builder.root else {
            throw XMLFailure(position: .start, message: "empty XML")
        }
        return root
    }

    /// The `encoding` of the XML declaration, if there is one.
    private static func declaredEncoding(in data: Data) -> String? {
        let head = String(decoding: data.prefix(256), as: UTF8.self)
        guard head.hasPrefix("<?xml"), let end = head.range(of: "?>"),
            let key = head[..<end.lowerBound].range(of: "encoding")
        else { return nil }
        let rest = head[key.upperBound..<end.lowerBound].drop { $0 == " " || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote })
    }

    /// `data` with CR LF and lone CR turned into LF (the same bytes when it has no CR).
    private static func lineEndsAsLF(_ data: Data) -> Data {
        guard data.contains(0x0D) else { return data }
        var result = Data()
        result.reserveCapacity(data.count)
        var previousCR = false
        for byte in data {
            if byte == 0x0A && previousCR {
                previousCR = false
                continue
            }
            previousCR = byte == 0x0D
            result.append(previousCR ? 0x0A : byte)
        }
        return result
    }

    /// Where a dangerous declaration starts, if there is one: an `<!ENTITY` anywhere, or a
    /// `<!DOCTYPE` with an internal subset (`[ … ]`). A plain `<!DOCTYPE tmx SYSTEM
    /// "tmx14.dtd">`, as OmegaT and others write, is allowed: the DTD it names is never loaded.
    private static func declarationPosition(in data: Data) -> SourcePosition? {
        let bytes = [UInt8](data)
        let doctype = Array("<!DOCTYPE".utf8)
        let entity = Array("<!ENTITY".utf8)
        let matches = { (marker: [UInt8], index: Int) in
            index + marker.count <= bytes.count
                && zip(marker, bytes[index...]).allSatisfy { $0 == $1 || $0 == $1 & 0xDF }
        }
        var line = 1
        var column = 1
        var position: SourcePosition?
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x3C && (matches(entity, index) || matches(doctype, index)) {
                if matches(entity, index) { return SourcePosition(line: line, column: column) }
                position = SourcePosition(line: line, column: column)
            } else if position != nil && byte == 0x5B {
                return position
            } else if position != nil && byte == 0x3E {
                position = nil
            }
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return nil
    }
}

/// Builds the tree from parser events.
private final class TreeBuilder: NSObject, XMLParserDelegate {
    var root: XMLElement?
    /// Why the builder stopped the parser, if it did.
    var failure: XMLFailure?
    private var stack: [XMLElement] = []
    /// Character data not yet stored in the open element.
    private var pending = ""
    /// Where the parser met its first error (it may read on before it stops).
    var errorPosition: SourcePosition?

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        if errorPosition == nil {
            errorPosition = SourcePosition(
                line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1))
        }
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        flushText()
        let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
        let position = SourcePosition(
            line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1))
        guard stack.count < InputLimits.xmlDepth else {
            failure = XMLFailure(
                position: position,
                message:
                    "elements nested more than \(InputLimits.xmlDepth) deep; no TMX, XLIFF or TBX "
                    + "file needs this many, so the file is refused")
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
        guard let element = stack.popLast() else { return }
        if stack.isEmpty {
            root = element
        } else {
            stack[stack.count - 1].content.append(.element(stack[stack.count - 1].children.count))
            stack[stack.count - 1].children.append(element)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        pending += string
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        pending += String(decoding: block, as: UTF8.self)
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
