public import Foundation

/// XLIFF 2.0 (OASIS, core plus the Glossary module), as `prepare` writes it and `merge`
/// reads it back.
///
/// One `file` per document, one `unit` per paragraph (`p3`), one `segment` per sentence
/// (`p3s2`), and the text between sentences in `ignorable` elements, so the document can be
/// rebuilt byte for byte; `xml:space="preserve"` on every unit. Glossary terms are marked in
/// the source with `mrk type="term"` and described in the unit's `gls:glossary`. Exact
/// translation-memory matches are filled in with `state="translated"` and
/// `subState="tarjuman:tm-exact"`, fuzzy ones with `state="initial"`; every memory match of
/// a sentence is also listed in the unit's `mtc:matches` (Translation Candidates module) with
/// its `similarity` and `origin`, pointing at the segment, and with the numbers the sentence
/// and the match do not share as Metadata module `mda:meta type="tarjuman:numbers"`.
public enum XLIFF {
    /// The XLIFF 2.0 core namespace.
    public static let namespace = "urn:oasis:names:tc:xliff:document:2.0"
    /// The XLIFF 2.0 Glossary module namespace.
    public static let glossaryNamespace = "urn:oasis:names:tc:xliff:glossary:2.0"
    /// The XLIFF 2.0 Translation Candidates module namespace.
    public static let matchesNamespace = "urn:oasis:names:tc:xliff:matches:2.0"
    /// The XLIFF 2.0 Metadata module namespace.
    public static let metadataNamespace = "urn:oasis:names:tc:xliff:metadata:2.0"
    /// Tarjuman's own namespace, for the `tj:layout` attribute of `file` (the sentences per
    /// paragraph) and the `tj:sources` attribute of each `unit` (a hash of each of its
    /// sources, ``TranslationSegment/sourceHash``), which `merge` checks the filled file
    /// against. XLIFF 2.0 allows attributes from other namespaces on both.
    public static let tarjumanNamespace = "urn:tarjuman:xliff:1"

    /// The XLIFF document for `job`. `glossaryName` is recorded as the terms' source.
    public static func document(
        _ job: TranslationJob, sourceDirection: TextDirection, targetDirection: TextDirection,
        glossaryName: String? = nil
    ) -> String {
        let attribute = XMLText.attribute
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<xliff xmlns=\"\(namespace)\" xmlns:gls=\"\(glossaryNamespace)\" "
        xml += "xmlns:mtc=\"\(matchesNamespace)\" xmlns:mda=\"\(metadataNamespace)\" "
        xml += "xmlns:tj=\"\(tarjumanNamespace)\" version=\"2.0\" "
        xml +=
            "srcLang=\"\(attribute(job.sourceLanguage))\" trgLang=\"\(attribute(job.targetLanguage))\">\n"
        xml += "  <file id=\"f1\" original=\"\(attribute(job.original))\" "
        xml += "srcDir=\"\(sourceDirection.rawValue)\" trgDir=\"\(targetDirection.rawValue)\" "
        xml += "tj:layout=\"\(job.layoutText)\" tj:layoutHash=\"\(job.layoutHash)\">\n"
        for (index, unit) in job.units.enumerated() {
            xml += "    <unit id=\"\(attribute(unit.id))\" xml:space=\"preserve\" tj:sources=\""
            xml += unit.segments.map(\.sourceHash).joined(separator: " ") + "\">\n"
            xml += matches(for: unit)
            xml += glossary(for: unit, glossaryName: glossaryName)
            if index == 0 && !job.leading.isEmpty { xml += ignorable(job.leading) }
            var mark = 0
            for segment in unit.segments {
                xml += "      <segment id=\"\(attribute(segment.id))\""
                switch segment.origin {
                case .none, .draft: xml += " state=\"initial\">\n"
                case .translator: xml += " state=\"translated\">\n"
                case .memory: xml += " state=\"translated\" subState=\"tarjuman:tm-exact\">\n"
                }
                xml += "        <source>\(marked(segment, from: &mark))</source>\n"
                if let target = segment.target {
                    xml += "        <target>\(XMLText.xliffContent(target))</target>\n"
                }
                xml += "      </segment>\n"
                if !segment.after.isEmpty { xml += ignorable(segment.after) }
            }
            xml += "    </unit>\n"
        }
        return xml + "  </file>\n</xliff>\n"
    }

    /// The unit's `mtc:matches`: each segment's memory matches, best first, pointing at the
    /// segment; `similarity` is the score (an in-context 101 is written as 100, the module's
    /// highest, with `subType="tarjuman:in-context"`).
    private static func matches(for unit: TranslationUnit) -> String {
        guard unit.segments.contains(where: { !$0.matches.isEmpty }) else { return "" }
        var xml = "      <mtc:matches>\n"
        for segment in unit.segments {
            for match in segment.matches {
                let context = match.score > 100 ? " subType=\"tarjuman:in-context\"" : ""
                xml += "        <mtc:match ref=\"#\(XMLText.attribute(segment.id))\" type=\"tm\""
                xml += " similarity=\"\(min(match.score, 100))\"\(context)"
                xml += " origin=\"\(XMLText.attribute(match.unit.origin))\">\n"
                // What the worksheets say beside the match (pass 68: XLIFF lacked it).
                if let numbers = match.numberDifference {
                    xml += "          <mda:metadata><mda:metaGroup category=\"tarjuman\">"
                    xml += "<mda:meta type=\"tarjuman:numbers\">\(XMLText.escaped(numbers))"
                    xml += "</mda:meta></mda:metaGroup></mda:metadata>\n"
                }
                xml += "          <source>\(XMLText.escaped(match.unit.source))</source>\n"
                xml += "          <target>\(XMLText.escaped(match.unit.target))</target>\n"
                xml += "        </mtc:match>\n"
            }
        }
        return xml + "      </mtc:matches>\n"
    }

    /// The unit's `gls:glossary`: one entry per marked term, pointing at its `mrk`.
    private static func glossary(for unit: TranslationUnit, glossaryName: String?) -> String {
        let hints = unit.segments.flatMap(\.terms)
        guard !hints.isEmpty else { return "" }
        let origin = glossaryName.map { " source=\"\(XMLText.attribute($0))\"" } ?? ""
        var xml = "      <gls:glossary>\n"
        for (index, hint) in hints.enumerated() {
            xml += "        <gls:glossEntry ref=\"#m\(index + 1)\">\n"
            xml += "          <gls:term\(origin)>\(XMLText.escaped(hint.text))</gls:term>\n"
            for rendering in hint.renderings {
                xml +=
                    "          <gls:translation>\(XMLText.escaped(rendering))</gls:translation>\n"
            }
            let definition = Self.definition(of: hint)
            if !definition.isEmpty {
                xml += "          <gls:definition>\(XMLText.escaped(definition))</gls:definition>\n"
            }
            xml += "        </gls:glossEntry>\n"
        }
        return xml + "      </gls:glossary>\n"
    }

    /// A hint's `gls:definition`: the renderings to avoid and the note, for a term of several
    /// concepts each concept's apart, under its id.
    private static func definition(of hint: TermHint) -> String {
        let part = { (avoid: [String], note: String) in
            ((avoid.isEmpty ? "" : "Avoid: \(avoid.joined(separator: ", ")). ") + note)
                .trimmingCharacters(in: .whitespaces)
        }
        guard hint.senses.count > 1 else { return part(hint.avoid, hint.note) }
        return hint.senses.compactMap { sense in
            let text = part(sense.avoid, sense.note)
            return text.isEmpty ? nil : "\(sense.concept): \(text)"
        }.joined(separator: " ")
    }

    /// The source with each term wrapped in `<mrk id="mN" type="term">`.
    private static func marked(_ segment: TranslationSegment, from mark: inout Int) -> String {
        guard !segment.terms.isEmpty else { return XMLText.xliffContent(segment.source) }
        let scalars = Array(segment.source.unicodeScalars)
        let text = { (range: Range<Int>) in
            XMLText.xliffContent(String(scalars: scalars[range]))
        }
        var xml = ""
        var cursor = 0
        for hint in segment.terms where hint.range.lowerBound >= cursor {
            mark += 1
            xml += text(cursor..<hint.range.lowerBound)
            xml += "<mrk id=\"m\(mark)\" type=\"term\">\(text(hint.range))</mrk>"
            cursor = hint.range.upperBound
        }
        return xml + text(cursor..<scalars.count)
    }

    private static func ignorable(_ text: String) -> String {
        "      <ignorable>\n        <source>\(XMLText.xliffContent(text))</source>\n"
            + "      </ignorable>\n"
    }

    /// Reads an XLIFF 2.0 document back into a job (sources, targets, the text between
    /// sentences, states). Positions of segments are their places in this file. Units are
    /// read one at a time as the parser closes them, so a large file is never held as a
    /// tree of elements.
    public static func read(_ data: Data, file: String) throws(ExchangeError) -> TranslationJob {
        try read(.bytes(data), file: file)
    }

    /// Reads XLIFF from `input` as ``read(_:file:)`` reads bytes; a large file is parsed as
    /// it is read, never held whole.
    static func read(_ input: XMLInput, file: String) throws(ExchangeError) -> TranslationJob {
        let fail = { (element: XMLElement, message: String) in
            ExchangeError.malformed(file: file, position: element.position, message: message)
        }
        var job = TranslationJob(sourceLanguage: "", targetLanguage: "", original: "", units: [])
        var failure: ExchangeError?
        let parsed: XMLElement?
        // Each unit's sources record, by the unit's id.
        var records: [String: (position: SourcePosition, hashes: [Substring])] = [:]
        do throws(XMLReadFailure) {
            parsed = try SafeXML.parse(input, detaching: ["unit"]) { unitElement, _ in
                do throws(ExchangeError) {
                    try add(unitElement, to: &job, fail: fail)
                    // The element carries the prefixes bound around it (SafeXML).
                    if let record = tarjumanAttribute("sources", of: [unitElement.attributes]) {
                        records[unitElement.attributes["id"] ?? ""] = (
                            unitElement.position, record.split(whereSeparator: \.isWhitespace)
                        )
                    }
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
        guard let root = parsed else {
            throw .malformed(file: file, position: .start, message: "empty XML")
        }
        guard root.name == "xliff" else {
            throw fail(root, "expected an <xliff> document, found <\(root.name)>")
        }
        let version = root.attributes["version"] ?? ""
        // The core namespace, as the default one or under any prefix.
        let declared = root.attributes.contains {
            ($0.key == "xmlns" || $0.key.hasPrefix("xmlns:")) && $0.value == namespace
        }
        guard version.hasPrefix("2."), declared else {
            throw fail(
                root,
                (declared || !version.hasPrefix("2.")
                    ? "this is XLIFF \(version.isEmpty ? "of no version" : version)"
                    : "the root does not declare the XLIFF 2.0 namespace")
                    + "; Tarjuman reads XLIFF 2.0 "
                    + "(version=\"2.0\", xmlns=\"\(namespace)\"); export XLIFF 2.0 from the CAT tool"
            )
        }
        guard let sourceLanguage = root.attributes["srcLang"], let fileElement = root.child("file")
        else { throw fail(root, "missing srcLang or <file>") }
        let files = root.children("file")
        if files.count > 1 {
            throw fail(
                files[1],
                "a second <file>; Tarjuman reads one document per XLIFF file: split it, one "
                    + "<file> each")
        }
        try refuseStrayText(in: root, fail: fail)
        try refuseStrayText(in: fileElement, fail: fail)
        job.sourceLanguage = sourceLanguage
        job.targetLanguage = root.attributes["trgLang"] ?? ""
        job.original = fileElement.attributes["original"] ?? ""
        job.readLayout(
            tarjumanAttribute("layout", of: [fileElement.attributes, root.attributes]),
            hash: tarjumanAttribute("layoutHash", of: [fileElement.attributes, root.attributes]),
            at: fileElement.position)
        // A record holds a hash for each sentence the layout gives its paragraph: one more
        // or less is an edited record (white space between hashes aside).
        if let layout = job.layout {
            for (id, record) in records.sorted(by: { $0.value.position < $1.value.position }) {
                guard let paragraph = WorksheetID.paragraph(of: id), paragraph <= layout.count,
                    record.hashes.count != layout[paragraph - 1]
                else { continue }
                job.paragraphsWithBadRecords.insert(paragraph)
                job.recordProblems.append(
                    StructureProblem(
                        kind: .sources, position: record.position,
                        message:
                            "the tj:sources record of unit \(id.shownInMessage) holds "
                            + "\(record.hashes.count) hash(es) for the \(layout[paragraph - 1]) "
                            + "sentence(s) the layout gives it; restore it from the prepared file"))
            }
        }
        // Each sentence's hash from the record of its paragraph's unit, wherever the file has
        // it now; a record too short for it gives an empty one, which the check refuses.
        for unit in job.units.indices {
            for index in job.units[unit].segments.indices {
                let segment = job.units[unit].segments[index]
                guard let number = WorksheetID.parse(segment.id),
                    !job.paragraphsWithBadRecords.contains(number.0),
                    let record = records["p\(number.0)"]?.hashes
                else { continue }
                job.units[unit].segments[index].preparedSourceHash =
                    record.indices.contains(number.1 - 1) ? String(record[number.1 - 1]) : ""
            }
        }
        job.units.removeAll { $0.segments.isEmpty }
        guard !job.units.isEmpty else { throw fail(root, "the file has no <segment>") }
        return job
    }

    /// A record of an element (`layout` of `file`, `sources` of a `unit`): its attribute
    /// `name` in Tarjuman's namespace, under whatever prefix the file binds to it (`tj:`, or
    /// `ns1:` after a tool rewrote the file); an attribute named `tj:layout` in another
    /// namespace is not Tarjuman's. `scopes` are the attributes of the element, then of its
    /// ancestors, where the prefix may be bound.
    private static func tarjumanAttribute(_ name: String, of scopes: [[String: String]])
        -> String?
    {
        guard let element = scopes.first else { return nil }
        for (attribute, value) in element.sorted(by: { $0.key < $1.key })
        where attribute.hasSuffix(":" + name) {
            let prefix = attribute.dropLast(name.count + 1)
            let bound = scopes.lazy.compactMap { $0["xmlns:\(prefix)"] }.first
            if bound == tarjumanNamespace { return value }
        }
        return nil
    }

    /// Adds one `<unit>` to `job`: its segments, and its ignorable text as gaps.
    private static func add(
        _ unitElement: XMLElement, to job: inout TranslationJob,
        fail: (XMLElement, String) -> ExchangeError
    ) throws(ExchangeError) {
        job.units.append(TranslationUnit(id: unitElement.attributes["id"] ?? "", segments: []))
        try refuseStrayText(in: unitElement, fail: fail)
        var place = 0
        for part in unitElement.children {
            if part.name == "segment" || part.name == "ignorable" {
                place += 1
                try checkOrder(of: part, place: place, fail: fail)
                try refuseStrayText(in: part, fail: fail)
            }
            let text =
                try part.child("source").map { (source) throws(ExchangeError) in
                    try inlineText(source, fail: fail)
                } ?? ""
            switch part.name {
            case "segment":
                job.units[job.units.count - 1].segments.append(
                    try segment(part, text: text, fail: fail))
            case "ignorable":
                if job.segments.isEmpty && !job.leading.hasVisibleContent {
                    job.leadingPosition = part.position
                }
                job.appendGap(text)
                // A target typed into an ignorable is text merge would drop: kept in the
                // gap, where the structure check refuses it (blank ones change nothing).
                if let target = try part.child("target").map({ (target) throws(ExchangeError) in
                    try inlineText(target, fail: fail)
                }), target.hasVisibleContent {
                    job.appendGap(target)
                }
            default: continue
            }
        }
    }

    /// Refuses text typed straight into `element` (a `<segment>`, `<unit>`, `<file>`…),
    /// outside any `<source>` or `<target>`: merge would drop it (pass 66: a sentence typed
    /// after `</target>` was lost, exit 0). White space between elements is layout.
    static func refuseStrayText(
        in element: XMLElement, fail: (XMLElement, String) -> ExchangeError
    ) throws(ExchangeError) {
        for case .text(let text) in element.content where text.hasVisibleContent {
            let shown = text.trimmingWhiteSpace().shownInMessage
            throw fail(
                element,
                "<\(element.name)> holds '\(shown)' outside any <source> or <target>, which "
                    + "merge would drop; put it in the <target> it belongs to, or remove it")
        }
    }

    /// Refuses a `<target order="N">` that moves a translation away from its segment's
    /// place in the unit (XLIFF 2.0 lets a tool reorder the target parts; merge rebuilds the
    /// document in source order, so a moved part would be merged in the wrong place).
    private static func checkOrder(
        of part: XMLElement, place: Int, fail: (XMLElement, String) -> ExchangeError
    ) throws(ExchangeError) {
        guard let target = part.child("target"), let order = target.attributes["order"] else {
            return
        }
        guard Int(order) != place else { return }
        throw fail(
            target,
            "this <target> has order=\"\(order)\" but is part \(place) of its unit: Tarjuman "
                + "merges translations in the order of their sources; put the translation in "
                + "the segment it translates and remove the order attribute")
    }

    /// The text of a `<source>` or `<target>`: its character data and that of its inline
    /// elements, each code point element `<cp hex="…"/>` read as the character it stands for.
    /// `codes` hears of each inline code (`<ph>`, `<sc>`, `<ec>`) left out.
    private static func inlineText(
        _ element: XMLElement, fail: (XMLElement, String) -> ExchangeError,
        codes: (XMLElement) -> Void = { _ in }
    ) throws(ExchangeError) -> String {
        var result = ""
        for part in element.content {
            switch part {
            case .text(let text): result += text
            case .element(let index) where element.children[index].name == "cp":
                let point = element.children[index]
                guard let hex = point.attributes["hex"] else {
                    throw fail(
                        point,
                        "<cp/> has no hex attribute: it names one Unicode code point in "
                            + "hexadecimal (<cp hex=\"000C\"/> is a form feed)")
                }
                // NUL is refused too: a text document holding one is read as binary.
                guard (1...6).contains(hex.count), hex.allSatisfy(\.isHexDigit),
                    let value = UInt32(hex, radix: 16), value != 0,
                    let scalar = Unicode.Scalar(value)
                else {
                    throw fail(
                        point,
                        "<cp hex=\"\(hex)\"> is not a character: hex names one Unicode code "
                            + "point in hexadecimal (<cp hex=\"000C\"/> is a form feed)")
                }
                result.unicodeScalars.append(scalar)
            case .element(let index)
            where ["ph", "sc", "ec"].contains(element.children[index].name):
                // A code stands for something of the original document (a tag, an image):
                // text has no place for it, and it is left out, where the caller hears of it.
                codes(element.children[index])
            case .element(let index):
                result += try inlineText(element.children[index], fail: fail, codes: codes)
            }
        }
        return result
    }

    private static func segment(
        _ element: XMLElement, text: String, fail: (XMLElement, String) -> ExchangeError
    ) throws(ExchangeError) -> TranslationSegment {
        guard let id = element.attributes["id"], element.child("source") != nil else {
            throw fail(element, "a <segment> needs an id and a <source>")
        }
        // At the second one (review of pass 23: at the segment's start, lines above).
        let sources = element.children("source")
        let targets = element.children("target")
        guard targets.count <= 1, sources.count == 1 else {
            throw fail(
                sources.count > 1 ? sources[1] : targets[1],
                "segment \(id) has more than one <source> or <target>; keep one")
        }
        if let state = element.attributes["state"],
            !["initial", "translated", "reviewed", "final"].contains(state)
        {
            throw fail(
                element,
                "segment \(id) has state '\(state)'; XLIFF 2.0 states are initial, translated, "
                    + "reviewed and final")
        }
        var codes: [SourcePosition] = []
        let target = try element.child("target").map { (target) throws(ExchangeError) in
            try inlineText(target, fail: fail) { codes.append($0.position) }
        }
        let origin: TargetOrigin
        if target == nil || target?.isEmpty == true {
            origin = .none
        } else if element.attributes["subState"] == "tarjuman:tm-exact" {
            origin = .memory
        } else {
            // XLIFF 2.0: a segment without `state` is `initial`, a draft.
            origin = (element.attributes["state"] ?? "initial") == "initial" ? .draft : .translator
        }
        var segment = TranslationSegment(
            id: id, source: text, after: "", target: target, origin: origin,
            position: element.position)
        segment.codesLeftOut = codes
        return segment
    }
}

extension WorksheetFormat {
    /// XLIFF 2.0 (`.xlf`, `.xliff`), for CAT tools.
    public static let xliff = WorksheetFormat(
        name: "xliff", extensions: ["xlf", "xliff"], readLimit: InputLimits.xmlBytes,
        write: { job, options in
            XLIFF.document(
                job, sourceDirection: options.sourceDirection,
                targetDirection: options.targetDirection, glossaryName: options.glossaryName)
        },
        read: { source throws(ExchangeError) in try XLIFF.read(.source(source), file: source.name) }
    )
}
