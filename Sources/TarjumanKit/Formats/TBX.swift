public import Foundation

/// TermBase eXchange: Tarjuman reads and writes both layouts in use.
///
/// - TBX v2 (`martif`, ISO 30042:2008): `termEntry/langSet/tig/term`, read by OmegaT, Okapi
///   and Translate Toolkit.
/// - TBX-Basic v3 (`tbx`, ISO 30042:2019): `conceptEntry/langSec/termSec/term`.
///
/// Each glossary row becomes one target term (`tig`/`termSec`) carrying the row's part of
/// speech, `administrativeStatus` (forbidden is written as deprecated plus a
/// `usageNote` "forbidden"), note and source; variants follow as terms with
/// `termType` "variant". Consecutive rows with the same id and source share an entry, so
/// TSV → TBX → TSV gives back the same rows in the same order.
public enum TBX {
    /// The two layouts.
    public enum Version: String, Sendable, CaseIterable {
        /// TBX v2 `martif`.
        case v2
        /// TBX-Basic v3.
        case v3
    }

    // MARK: - Writing

    /// The glossary as TBX text.
    public static func write(_ glossary: Glossary, version: Version = .v2) -> String {
        let (entry, langGroup, termGroup) =
            version == .v2
            ? ("termEntry", "langSet", "tig") : ("conceptEntry", "langSec", "termSec")
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let language = XMLText.attribute(glossary.sourceLanguage)
        if version == .v2 {
            xml += "<martif type=\"TBX\" xml:lang=\"\(language)\">\n  <martifHeader>\n"
        } else {
            xml +=
                "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"\(language)\" xmlns=\"urn:iso:std:iso:30042:ed-2\">\n"
            xml += "  <tbxHeader>\n"
        }
        xml +=
            "    <fileDesc>\n      <titleStmt><title>Tarjuman glossary \(language)–"
            + "\(XMLText.escaped(glossary.targetLanguage))</title></titleStmt>\n      <sourceDesc>"
        xml +=
            glossary.comments.isEmpty
            ? "<p/>" : glossary.comments.map { "<p>\(XMLText.escaped($0))</p>" }.joined()
        xml += "</sourceDesc>\n    </fileDesc>\n"
        xml += version == .v2 ? "  </martifHeader>\n" : "  </tbxHeader>\n"
        xml += "  <text>\n    <body>\n"
        for (group, id) in zip(groups(glossary.entries), entryIDs(glossary.entries)) {
            let first = group[0]
            xml += "      <\(entry) id=\"\(XMLText.attribute(XMLIDName.encoded(id)))\">\n"
            xml += "        <\(langGroup) xml:lang=\"\(language)\">\n"
            var sourceNotes = ""
            if first.caseSensitive {
                sourceNotes += "<termNote type=\"x-caseSensitive\">yes</termNote>"
            }
            if first.match != .inflected {
                sourceNotes += "<termNote type=\"x-match\">\(first.match.rawValue)</termNote>"
            }
            xml +=
                "          <\(termGroup)><term>\(XMLText.escaped(first.source))</term>\(sourceNotes)</\(termGroup)>\n"
            for variant in first.sourceVariants {
                xml +=
                    "          <\(termGroup)><term>\(XMLText.escaped(variant))</term>"
                    + "<termNote type=\"termType\">variant</termNote></\(termGroup)>\n"
            }
            xml += "        </\(langGroup)>\n"
            xml +=
                "        <\(langGroup) xml:lang=\"\(XMLText.attribute(glossary.targetLanguage))\">\n"
            for row in group {
                xml += "          <\(termGroup)><term>\(XMLText.escaped(row.target))</term>"
                if !row.partOfSpeech.isEmpty {
                    xml +=
                        "<termNote type=\"partOfSpeech\">\(XMLText.escaped(row.partOfSpeech))</termNote>"
                }
                xml +=
                    "<termNote type=\"administrativeStatus\">\(administrativeStatus(row.status))</termNote>"
                if row.status == .forbidden {
                    xml += "<termNote type=\"usageNote\">forbidden</termNote>"
                }
                if !row.sourceReference.isEmpty {
                    xml += "<admin type=\"source\">\(XMLText.escaped(row.sourceReference))</admin>"
                }
                if !row.note.isEmpty { xml += "<note>\(XMLText.escaped(row.note))</note>" }
                xml += "</\(termGroup)>\n"
                for variant in row.variants {
                    xml +=
                        "          <\(termGroup)><term>\(XMLText.escaped(variant))</term>"
                        + "<termNote type=\"termType\">variant</termNote></\(termGroup)>\n"
                }
            }
            xml += "        </\(langGroup)>\n      </\(entry)>\n"
        }
        xml += "    </body>\n  </text>\n"
        return xml + (version == .v2 ? "</martif>\n" : "</tbx>\n")
    }

    /// The id each entry (each of `groups(entries)`) is written with: its rows' id, or, for
    /// a second entry with an id already written (one id over two source terms, or rows of
    /// one concept apart), `ID.2`, `ID.3`… as no row uses it. TBX ids are XML IDs, unique in
    /// a file (pass 22: the same id was written twice, which TBX checkers refuse).
    /// Ids are compared as XML carries them (review of pass 23: `a` and `a` with a control
    /// character XML drops were written as the same id).
    static func entryIDs(_ entries: [GlossaryEntry]) -> [String] {
        var ids = UniqueIDs(taken: Set(entries.map { XMLText.carried($0.id) }))
        return groups(entries).map { ids.claim(XMLText.carried($0[0].id)) }
    }

    /// Consecutive rows with the same id and source terms.
    static func groups(_ entries: [GlossaryEntry]) -> [[GlossaryEntry]] {
        var groups: [[GlossaryEntry]] = []
        for entry in entries {
            if let last = groups.last?.first, last.id == entry.id, last.source == entry.source,
                last.sourceVariants == entry.sourceVariants,
                last.caseSensitive == entry.caseSensitive,
                last.match == entry.match
            {
                groups[groups.count - 1].append(entry)
            } else {
                groups.append([entry])
            }
        }
        return groups
    }

    private static func administrativeStatus(_ status: TermStatus) -> String {
        switch status {
        case .preferred: "preferredTerm-admn-sts"
        case .admitted: "admittedTerm-admn-sts"
        case .deprecated, .forbidden: "deprecatedTerm-admn-sts"
        }
    }

    // MARK: - Reading

    /// Reads TBX (either layout). `target` picks the target language when the file holds
    /// several; by default the first language that is not the source. Entries are read one
    /// at a time as the parser closes them, so a large termbase is never held as a tree of
    /// elements.
    /// `language` reads each language tag of the file and `target` (a pack's tag for its
    /// aliases, so that `bcc` terms are `bal-Arab-PK` ones; pass 33: none were read).
    /// `packs` are the tags of the locale packs, each a language of its own.
    public static func read(
        _ data: Data, file: String, target: String? = nil,
        language: @escaping @Sendable (String) -> String = { $0 }, packs: Set<String> = []
    ) throws(GlossaryError) -> Glossary {
        try read(.bytes(data), file: file, target: target, language: language, packs: packs)
    }

    /// Reads TBX from `input` as ``read(_:file:target:language:)`` reads bytes; a large file
    /// is parsed as it is read, never held whole.
    static func read(
        _ input: XMLInput, file: String, target: String?,
        language: @escaping @Sendable (String) -> String, packs: Set<String> = []
    ) throws(GlossaryError) -> Glossary {
        let packs = Set(packs.map(folded))
        var targetLanguage = target.map(language)
        var rows: [GlossaryEntry] = []
        // The rows of entries without an id, named after their line once all ids are known,
        // and of entries whose id an earlier entry has.
        var unnamed: [Range<Int>] = []
        var repeated: [Range<Int>] = []
        // The ids met, by hash: half the memory of the ids themselves, which tipped reading a
        // 55 MB TBX over 3× its size. From the first hash met again, the ids themselves
        // (made once from the rows read) tell a repeat from a collision.
        var explicitIDs: Set<Int> = []
        var idsRead: Set<String>?
        var withoutTarget = 0
        var failure: GlossaryError?
        let parsed: XMLElement?
        do throws(XMLReadFailure) {
            parsed = try SafeXML.parse(input, detaching: ["termEntry", "conceptEntry"]) {
                read, root in
                guard root.name == "martif" || root.name == "tbx" else { return true }
                let source = language(root.attributes["xml:lang"] ?? "en")
                // Each group's language as `language` reads it.
                var entry = read
                for index in entry.children.indices
                where ["langSet", "langSec"].contains(entry.children[index].name) {
                    entry.children[index].attributes["xml:lang"] = entry.children[index]
                        .attributes["xml:lang"].map(language)
                }
                // Entries before the first one in another language have no target rows
                // whatever the target, so choosing it here picks what a whole-file pass would.
                if targetLanguage == nil {
                    let tags = languageGroups(entry).compactMap { $0.attributes["xml:lang"] }
                        .filter { folded($0) != folded(source) }
                    targetLanguage =
                        tags.first { !LanguageSelector(source).accepts($0) } ?? tags.first
                }
                do throws(GlossaryError) {
                    let found = try rowsOf(
                        entry, source: source, target: targetLanguage ?? "", file: file,
                        packs: packs)
                    if found.isEmpty { withoutTarget += 1 }
                    let range = rows.count..<rows.count + found.count
                    if let id = explicitID(of: entry) {
                        if !found.isEmpty, !explicitIDs.insert(id.hashValue).inserted {
                            if idsRead == nil { idsRead = Set(rows.map(\.id)) }
                            if idsRead?.contains(id) == true { repeated.append(range) }
                        }
                        if !found.isEmpty { idsRead?.insert(id) }
                    } else {
                        unnamed.append(range)
                    }
                    rows += found
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
                throw .unsafeXML(file: file, position: error.position, message: error.message)
            }
        }
        if let failure { throw failure }
        let renamed = name(unnamed, repeated: repeated, in: &rows)
        guard let root = parsed, root.name == "martif" || root.name == "tbx" else {
            throw .malformed(
                file: file, position: parsed?.position ?? .start,
                message: "not TBX: the root element is <\(parsed?.name ?? "")>, "
                    + "expected <martif> (TBX v2) or <tbx> (TBX v3)")
        }
        // A comment is one line (a TSV `#` line): a paragraph wrapped over lines is one
        // comment per line.
        let comments = root.descendants("sourceDesc").flatMap { $0.children("p") }
            .flatMap { $0.allText.split(whereSeparator: \.isNewline) }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var glossary = Glossary(
            sourceLanguage: language(root.attributes["xml:lang"] ?? "en"),
            targetLanguage: targetLanguage ?? "", entries: rows, comments: comments)
        glossary.conceptsWithoutTarget = withoutTarget
        glossary.renamedOnReading = renamed
        return glossary
    }

    /// The entry's own id, if it has one that is not blank.
    private static func explicitID(of entry: XMLElement) -> String? {
        entry.attributes["id"].map(XMLIDName.decoded).flatMap { $0.hasVisibleContent ? $0 : nil }
    }

    /// Names the rows of each entry without an id (`ranges` of `rows`, each one entry's rows,
    /// which `rowsOf` named `line-N`) so that its rows stay one concept and no other concept
    /// shares its id: `line-N`, or `line-N.2`, `line-N.3`… when an entry's own id or an
    /// earlier entry on the same line has it (pass 22: an entry without an id on line 5 and
    /// one with `id="line-5"` were read as one concept).
    ///
    /// An entry whose own id an earlier entry has (`repeated`) is another concept under the
    /// same id, which TBX does not allow: it is read as `ID.2`, `ID.3`… and returned, so that
    /// the two concepts are not merged into one (review of pass 23).
    private static func name(
        _ ranges: [Range<Int>], repeated: [Range<Int>], in rows: inout [GlossaryEntry]
    ) -> [Glossary.RenamedRow] {
        guard !ranges.isEmpty || !repeated.isEmpty else { return [] }
        let moved = Set((ranges + repeated).flatMap { $0 })
        var ids = UniqueIDs(
            taken: Set(rows.indices.filter { !moved.contains($0) }.map { rows[$0].id }))
        for range in ranges where !range.isEmpty {
            let id = ids.claim(rows[range.lowerBound].id, reusing: false)
            for index in range { rows[index].id = id }
        }
        var renamed: [Glossary.RenamedRow] = []
        for range in repeated {
            let old = rows[range.lowerBound].id
            let id = ids.claim(old, reusing: false)
            for index in range {
                rows[index].id = id
                renamed.append(.init(line: rows[index].line, id: old, newID: id))
            }
        }
        return renamed
    }

    private static func languageGroups(_ entry: XMLElement) -> [XMLElement] {
        entry.children("langSet") + entry.children("langSec")
    }

    /// The language groups of `language`: each group goes to the side (`language` or
    /// `other`) whose tag it shares more subtags with, an exact tag (letter case and `_` for
    /// `-` aside) counting most. So `en` under `xml:lang="en-US"`, and `ur-PK` and `UR` in
    /// one concept, are one language (such terms were dropped). A script is the writing: a
    /// group written in another script than `language` is not taken, each tag's script being
    /// its script subtag or else the one CLDR's likely subtags give (`bal` and `ur` Arabic,
    /// `sd-IN` Devanagari; review of pass 22: `bal-Latn` and `bal-Arab-PK` were merged).
    /// Two packs' tags are two languages (pass 48: `bal-Arab-IR` terms were read as
    /// `bal-Arab-PK` ones, sharing two subtags).
    private static func groups(
        in language: String, of groups: [XMLElement], not other: String, packs: Set<String>
    ) -> [XMLElement] {
        let script = self.script(of: language)
        let ownPack = packs.contains(folded(language))
        return groups.filter {
            let tag = $0.attributes["xml:lang"] ?? ""
            if ownPack && folded(tag) != folded(language) && packs.contains(folded(tag)) {
                return false
            }
            let mine = affinity(tag, language)
            let written = self.script(of: tag)
            return mine > 0 && mine >= affinity(tag, other)
                && !(mine == affinity(tag, other) && folded(tag) != folded(language))
                && (written == nil || script == nil || written == script)
        }
    }

    /// The script `tag` is written in: its script subtag, else CLDR's likely one (nil when
    /// ICU does not know the language), lower case.
    private static func script(of tag: String) -> String? {
        let written = folded(tag).split(separator: "-").dropFirst().first {
            $0.count == 4 && $0.allSatisfy(\.isLetter)
        }
        return written.map { String($0) } ?? ICULocale.likelyScript(of: folded(tag))?.lowercased()
    }

    /// How closely `tag` names `language`: 0 for another language; otherwise twice the
    /// leading subtags they share, plus one when the tags are the same.
    private static func affinity(_ tag: String, _ language: String) -> Int {
        let a = folded(tag).split(separator: "-")
        let b = folded(language).split(separator: "-")
        let shared = zip(a, b).prefix { $0 == $1 }.count
        guard shared > 0 else { return 0 }
        return 2 * shared + (a == b ? 1 : 0)
    }

    private static func folded(_ tag: String) -> String {
        tag.lowercased().replacingOccurrences(of: "_", with: "-")
    }

    /// A language group's terms in document order: `tig` and `termSec`, and the `termGrp`
    /// of each `ntig` (so the first term written is the main one whatever its element).
    private static func terms(_ group: XMLElement) -> [XMLElement] {
        group.children.compactMap { child in
            switch child.name {
            case "tig", "termSec": child
            // An ntig's term group, with what the ntig says of it beside the group (its
            // notes and descriptions; pass 37: dropped).
            case "ntig":
                child.child("termGrp").map { group in
                    var term = group
                    term.children += child.children.filter { $0.name != "termGrp" }
                    return term
                }
            default: nil
            }
        }
    }

    /// The text of a term element's `<term>`. A term an editor wrapped over lines (indented
    /// XML) is one line again: when it holds a line break, each run of white space is one
    /// space and the ends are trimmed.
    private static func termText(_ term: XMLElement) -> String? {
        guard let text = term.child("term")?.allText else { return nil }
        guard text.contains(where: \.isNewline) else { return text }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A term's status: `administrativeStatus` (or TBX v2's `normativeAuthorization`) as a
    /// `termNote` or, in TBX v3's DCT style, an element of that name; letter case and the
    /// `-admn-sts` ending do not matter. A value that is none of them is an error at the
    /// term, not read as preferred (a forbidden rendering passed `check` so).
    private static func status(of term: XMLElement, file: String) throws(GlossaryError)
        -> TermStatus
    {
        let kinds = ["administrativeStatus", "normativeAuthorization"]
        let found =
            kinds.lazy.compactMap { kind in note(term, kind).map { (kind, $0) } }.first
            ?? term.children.lazy.compactMap { child -> (String, String)? in
                let name = String(child.name.split(separator: ":").last ?? "")
                return kinds.contains(name) ? (name, child.allText) : nil
            }.first
        guard let (kind, written) = found else { return .preferred }
        var value = written.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if value.hasSuffix("-admn-sts") { value.removeLast("-admn-sts".count) }
        switch value {
        // normativeAuthorization's standardized, legal and regulated terms are authorities'
        // choices, read as preferred (review of pass 22: refused as undefined).
        case "preferredterm", "preferred", "", "standardizedterm", "legalterm", "regulatedterm":
            return .preferred
        case "admittedterm", "admitted": return .admitted
        case "deprecatedterm", "deprecated", "supersededterm", "superseded": return .deprecated
        case "forbidden", "forbiddenterm": return .forbidden
        default:
            throw .malformed(
                file: file, position: term.position,
                message:
                    "\(kind) '\(written.shownInMessage)' is not one TBX defines: "
                    + (kind == "normativeAuthorization"
                        ? "preferredTerm, admittedTerm, deprecatedTerm, supersededTerm, "
                            + "standardizedTerm, legalTerm or regulatedTerm"
                        : "preferredTerm-admn-sts, admittedTerm-admn-sts, "
                            + "deprecatedTerm-admn-sts or supersededTerm-admn-sts"))
        }
    }

    /// The text of `term`'s `termNote` of `type`, the type in any letter case (TBX writers
    /// differ: `PartOfSpeech` was left out, review of pass 22).
    private static func note(_ term: XMLElement, _ type: String) -> String? {
        term.children("termNote").first {
            $0.attributes["type"]?.caseInsensitiveCompare(type) == .orderedSame
        }?.allText
    }

    private static func rowsOf(
        _ element: XMLElement, source: String, target: String, file: String, packs: Set<String>
    ) throws(GlossaryError) -> [GlossaryEntry] {
        // An entry without an id is named by its line, so that the rows stay one concept
        // (made unique by `name(_:in:)` once the whole file is read).
        let id = explicitID(of: element) ?? "line-\(element.position.line)"
        let all = languageGroups(element)
        let sourceGroups = groups(in: source, of: all, not: target, packs: packs)
        let sourceTerms = sourceGroups.flatMap(terms)
        let targetGroups =
            target.isEmpty ? [] : groups(in: target, of: all, not: source, packs: packs)
        // The main term is the first one written that is not a variant; a blank one (an
        // emptied <term>) does not drop the concept, the next term is.
        guard
            let mainIndex = sourceTerms.indices.first(where: {
                note(sourceTerms[$0], "termType") != "variant"
                    && termText(sourceTerms[$0])?.hasVisibleContent == true
            })
        else { return [] }
        let main = sourceTerms[mainIndex]
        let sourceText = termText(main) ?? ""
        // Every other source term of the concept (a synonym, a variant) is a way the source
        // writes it: all of them are matched.
        let sourceVariants = sourceTerms.indices.filter { $0 != mainIndex }.compactMap {
            termText(sourceTerms[$0])
        }.filter(\.hasVisibleContent)
        let match = note(main, "x-match").flatMap(MatchMode.init(rawValue:)) ?? .inflected
        // What a row's note carries besides its term's own: its language group's, the
        // entry's and the source side's descriptions (pass 35: a definition or context at
        // term or language level, and a note on the source term, were dropped unsaid).
        let entryNotes = descriptions(of: element)
        let sourceNotes = (sourceTerms.flatMap(descriptions) + sourceGroups.flatMap(descriptions))
            .map {
                "\(source): \($0)"
            }
        var rows: [GlossaryEntry] = []
        for group in targetGroups {
            let groupNotes = descriptions(of: group)
            for term in terms(group) {
                let text = termText(term) ?? ""
                guard text.hasVisibleContent else { continue }
                if note(term, "termType") == "variant", !rows.isEmpty {
                    rows[rows.count - 1].variants.append(text)
                    continue
                }
                var status = try Self.status(of: term, file: file)
                if note(term, "usageNote") == "forbidden" { status = .forbidden }
                var notes: [String] = []
                for note in descriptions(of: term) + groupNotes + entryNotes + sourceNotes
                where !notes.contains(note) {
                    notes.append(note)
                }
                rows.append(
                    GlossaryEntry(
                        id: id, source: sourceText, target: text,
                        partOfSpeech: note(term, "partOfSpeech") ?? note(main, "partOfSpeech")
                            ?? "",
                        status: status,
                        sourceVariants: sourceVariants,
                        caseSensitive: note(main, "x-caseSensitive") == "yes",
                        match: match,
                        note: notes.joined(separator: "; "),
                        sourceReference: term.children("admin").first {
                            $0.attributes["type"] == "source"
                        }?.allText ?? "",
                        line: term.position.line))
            }
        }
        return rows
    }

    /// What a TSV note carries of `element` (a term, a language group or an entry): its
    /// `<note>`s and definitions as written, other descriptions (`context`, `example`) named
    /// by their type, those in a `descripGrp` too.
    private static func descriptions(of element: XMLElement) -> [String] {
        var pieces = element.children("note").map(\.allText)
        let descriptions =
            element.children("descrip")
            + element.children("descripGrp").flatMap {
                $0.children("descrip")
            }
        for description in descriptions {
            let type = description.attributes["type"] ?? ""
            let text = description.allText
            pieces.append(type.isEmpty || type == "definition" ? text : "\(type): \(text)")
        }
        return pieces.filter(\.hasVisibleContent)
    }
}

/// Ids handed out once each: a wanted id, or else `ID.2`, `ID.3`… as nothing has it. Each
/// base remembers its last suffix, so that thousands of entries under one id take linear
/// time (pass 23: 10,000 took 9 s).
struct UniqueIDs {
    /// Ids that exist besides those handed out (another entry's own).
    private let taken: Set<String>
    private var given: Set<String> = []
    private var lastSuffix: [String: Int] = [:]

    init(taken: Set<String>) {
        self.taken = taken
    }

    /// `wanted` if it is free, else its next free suffixed form. With `reusing` (the
    /// default), `wanted` counts as free while only `taken` has it: the first entry of an id
    /// keeps it.
    mutating func claim(_ wanted: String, reusing: Bool = true) -> String {
        var id = wanted
        if given.contains(id) || (!reusing && taken.contains(id)) {
            var suffix = lastSuffix[wanted] ?? 1
            repeat {
                suffix += 1
                id = "\(wanted).\(suffix)"
            } while given.contains(id) || taken.contains(id)
            lastSuffix[wanted] = suffix
        }
        given.insert(id)
        return id
    }
}

extension Glossary {
    /// The rows a TBX copy writes under another id than their own (see `TBX.entryIDs`),
    /// with that id: a converting command warns of them.
    public var rowsTBXRenames: [(row: GlossaryEntry, id: String)] {
        var renamed: [(row: GlossaryEntry, id: String)] = []
        for (group, id) in zip(TBX.groups(entries), TBX.entryIDs(entries))
        where id != XMLText.carried(group[0].id) {
            renamed += group.map { ($0, id) }
        }
        return renamed
    }

    /// The rows holding a character XML 1.0 cannot carry (a control character), which a
    /// TBX copy leaves out of their fields: a converting command warns of them.
    public var rowsXMLCannotCarry: [GlossaryEntry] {
        entries.filter { entry in
            ([
                entry.id, entry.source, entry.target, entry.partOfSpeech, entry.note,
                entry.sourceReference,
            ] + entry.variants + entry.sourceVariants)
            .contains { !XMLText.canCarry($0) }
        }
    }
}

extension GlossaryFormat {
    /// TermBase eXchange (`.tbx`), v2 or TBX-Basic v3.
    public static let tbx = GlossaryFormat(
        name: "tbx", extensions: ["tbx"],
        read: { source, options throws(GlossaryError) in
            try TBX.read(
                .source(source), file: source.name, target: options.tbxTarget,
                language: options.tbxLanguage, packs: options.tbxPackTags)
        },
        write: { glossary, options in TBX.write(glossary, version: options.tbxVersion) })
}
