import Foundation

/// Checks glossary files against `GlossaryRules` and applies their safe fixes.
public struct GlossaryLinter: Sendable {
    /// The locale packs the glossaries' languages must have.
    public let catalog: LocaleCatalog

    /// A linter that knows the packs in `catalog`.
    public init(catalog: LocaleCatalog) {
        self.catalog = catalog
    }

    /// The findings for one glossary file's text, sorted by position.
    public func lint(_ text: String, file: String) throws(ICUError) -> [Finding] {
        let read = GlossaryTSV.read(text, file: file)
        var findings = read.findings
        let glossary = read.glossary
        // Rows that cannot be read are reported as such; a header alone checks nothing.
        if findings.isEmpty && glossary.entries.isEmpty {
            findings.append(
                Finding(
                    rule: "no-entries", severity: .error,
                    message:
                        "the glossary has a header and no rows, so it checks nothing; restore "
                        + "its rows (a spreadsheet export that lost them?) or remove the file",
                    file: file, position: .start))
        }
        let english = try? catalog.pack(for: glossary.sourceLanguage)
        guard let pack = try? catalog.pack(for: glossary.targetLanguage) else {
            findings.append(
                Finding(
                    rule: "unknown-pack", severity: .error,
                    message: glossary.targetLanguage.isEmpty
                        ? "the file name does not state the languages; name it SOURCE-TARGET.tsv "
                            + "(en-ur.tsv, ur-bal-Arab-PK.tsv); known: "
                            + catalog.tags.joined(separator: ", ")
                        : "no locale pack for '\(glossary.targetLanguage)' (from the file name); known: "
                            + catalog.tags.joined(separator: ", "),
                    file: file, position: .start))
            return sorted(findings)
        }
        let normalizer = Normalizer(pack: pack)
        let sourceNormalizer = english.map { Normalizer(pack: $0) }
        let sourceReading = TermReading(pack: english)
        let targetReading = TermReading(pack: pack)
        for (index, entry) in glossary.entries.enumerated() {
            let columns = read.fieldColumns[index]
            let at = { (column: String) in
                SourcePosition(line: entry.line, column: columns[column] ?? 1)
            }
            // Source fields are held to the source pack's normal form too (an NFD `café`, an
            // Arabic yeh in an Urdu source term: they passed lint).
            let sourceScript = english?.script ?? "Latn"
            var fields: [(name: String, value: String, script: String, normalizer: Normalizer?)] = [
                ("source", entry.source, sourceScript, sourceNormalizer),
                ("target", entry.target, pack.script, normalizer),
            ]
            if !entry.sourceVariants.isEmpty {
                fields.append(
                    (
                        "source_variants", entry.sourceVariants.joined(separator: "|"),
                        sourceScript,
                        sourceNormalizer
                    ))
            }
            if !entry.variants.isEmpty {
                fields.append(
                    ("variants", entry.variants.joined(separator: "|"), pack.script, normalizer))
            }
            for field in fields {
                findings += try fieldFindings(
                    field.value, column: field.name, script: field.script, position: at(field.name),
                    file: file, normalizer: field.normalizer)
            }
            // Spaces at a note's ends are lost in TBX, whose readers trim element text (pass
            // 67: a round trip changed the note).
            let note = entry.note.trimmingWhiteSpace()
            if note != entry.note {
                findings.append(
                    Finding(
                        rule: "whitespace", severity: .warning,
                        message:
                            "note has leading or trailing spaces, which a TBX export drops",
                        file: file, position: at("note"),
                        fix: Finding.Fix(original: entry.note, replacement: note)))
            }
            // (side, column, term): the main terms and their variants, each at its column.
            let terms =
                [("source", "source", entry.source)]
                + entry.sourceVariants.map { ("source variant", "source_variants", $0) }
                + [("target", "target", entry.target)]
                + entry.variants.map { ("target variant", "variants", $0) }
            for (name, column, term) in terms where !term.isEmpty {
                let reading = column.hasPrefix("source") ? sourceReading : targetReading
                guard try !reading.readsAnything(term) else { continue }
                findings.append(
                    Finding(
                        rule: "empty-field", severity: .error,
                        message:
                            "\(name) '\(term)' has nothing the term matcher can match (no word, "
                            + "or only marks the matching key ignores): "
                            + (column.hasPrefix("source")
                                ? "it is never found" : "it cannot be checked in a translation"),
                        file: file, position: at(column)))
            }
            if english?.inflection.stemmer != nil {
                for term in [entry.source] + entry.sourceVariants {
                    guard let problem = Self.unreadPunctuation(in: term) else { continue }
                    findings.append(
                        Finding(
                            rule: "term-punctuation", severity: .warning,
                            message: "source '\(term)' \(problem)", file: file,
                            position: at(term == entry.source ? "source" : "source_variants")))
                }
            }
            findings += try variantFindings(
                entry, keyer: normalizer, vowels: pack.vowels, position: at("variants"), file: file)
        }
        findings += relationFindings(
            glossary, columns: read.fieldColumns, file: file, normalizer: normalizer,
            spacesMatter: pack.segmentation.hasCase)
        return sorted(findings)
    }

    /// What term matching with one language's pack reads of a term: its words, where words
    /// are matched (English), else the characters its matching key keeps.
    struct TermReading {
        /// The key's normaliser; nil where words are matched.
        let keyer: Normalizer?

        init(pack: LocalePack?) {
            keyer = pack.flatMap { $0.inflection.stemmer == nil ? Normalizer(pack: $0) : nil }
        }

        /// Whether `term` holds anything to match: a word, or a character the key keeps (a
        /// lone vowel mark is dropped, pass 18: `check` then called it missing wherever its
        /// source was found).
        func readsAnything(_ term: String) throws(ICUError) -> Bool {
            guard let keyer else { return !EnglishWords.tokens(in: term).isEmpty }
            return try keyer.normalize(term, to: .key, recordingChanges: false).text
                .unicodeScalars.contains { !ScalarText.isWhitespace($0) }
        }
    }

    /// `text` with every safe fix in `findings` applied, and the findings that were fixed.
    /// (Each fixed finding's ``Finding/Fix/original`` is what the field held just before
    /// its fix, which may be the replacement already when another fix made it so.)
    public func fix(_ text: String, findings: [Finding]) -> (text: String, fixed: [Finding]) {
        let fixable = findings.filter { $0.fix != nil }
        guard !fixable.isEmpty else { return (text, []) }
        // Lines as LineCounter counts them (LF, CR LF, CR), each kept with its own ending.
        let pieces = text.linesWithEnds()
        var lines = pieces.map { String($0.line) }
        var fixed: [Finding] = []
        for (line, onLine) in Dictionary(grouping: fixable, by: \.position.line)
        where line - 1 < lines.count {
            var fields = lines[line - 1].components(separatedBy: "\t")
            var starts: [Int] = []
            var column = 1
            for field in fields {
                starts.append(column)
                column += field.unicodeScalars.count + 1
            }
            // Rounds until nothing more applies: one fix may make a field what another's
            // `original` says (an empty variant's bar removed, then its letters normalised).
            var pending = onLine
            var applied = true
            while applied {
                applied = false
                for (position, finding) in pending.enumerated().reversed() {
                    guard let fix = finding.fix,
                        let index = starts.firstIndex(of: finding.position.column)
                    else { continue }
                    // What the field holds before this fix, which another fix may have
                    // changed since the lint (review of pass 48: the log showed the value
                    // read by the lint, not the one replaced).
                    var before = fields[index]
                    if fields[index] == fix.original || fields[index] == fix.replacement {
                        fields[index] = fix.replacement
                    } else if fields[index] == Self.quoted(fix.original)
                        || fields[index] == Self.quoted(fix.replacement)
                    {
                        // A field a spreadsheet quoted stays quoted.
                        let wasReplaced = before.unicodeScalars.elementsEqual(
                            Self.quoted(fix.replacement).unicodeScalars)
                        before = wasReplaced ? fix.replacement : fix.original
                        fields[index] = Self.quoted(fix.replacement)
                    } else {
                        continue
                    }
                    var done = finding
                    done.fix = Finding.Fix(original: before, replacement: fix.replacement)
                    fixed.append(done)
                    pending.remove(at: position)
                    applied = true
                }
            }
            lines[line - 1] = fields.joined(separator: "\t")
        }
        let rebuilt = zip(lines, pieces).map { $0 + $1.end }.joined()
        return (rebuilt, fixed.sorted { $0.position < $1.position })
    }

    /// What word-by-word term matching makes of punctuation in `term`, when it is not what
    /// the term says: `nil` for words separated by spaces and hyphens (apostrophes inside).
    static func unreadPunctuation(in term: String) -> String? {
        let words = EnglishWords.tokens(in: term)
        guard let first = words.first, let last = words.last else { return nil }
        if words.dropFirst().contains(where: { !$0.joined }) {
            return "has punctuation between its words, so it is never found (only spaces and "
                + "hyphens may join the words of a term)"
        }
        let scalars = Array(term.unicodeScalars)
        let outside = scalars[..<first.range.lowerBound] + scalars[last.range.upperBound...]
        guard outside.contains(where: { !ScalarText.isWhitespace($0) }) else { return nil }
        let found = String(scalars: scalars[first.range.lowerBound..<last.range.upperBound])
        return "is found as '\(found)': term matching reads words and skips "
            + "'\(String(scalars: outside.filter { !ScalarText.isWhitespace($0) }))'"
    }

    /// `text` as a TSV field in double quotes (inner quotes doubled), as spreadsheets write it.
    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    // MARK: - Field rules

    private func fieldFindings(
        _ value: String, column: String, script: String, position: SourcePosition, file: String,
        normalizer: Normalizer?
    ) throws(ICUError) -> [Finding] {
        var findings: [Finding] = []
        let cleaned = try Self.cleaned(value, script: script, normalizer: normalizer)
        // A fix that would leave a term empty (only invisibles or tatweel) is left to a
        // person: applied, it emptied a required field; a variants field may be emptied
        // (pass 41: blank variants were reported and never fixed). Compared scalar by scalar:
        // Swift's == holds ي + ٔ and ئ equal, and an NFC-only fix was never offered (pass 33).
        let optional = column == "variants" || column == "source_variants"
        let fix =
            cleaned.unicodeScalars.elementsEqual(value.unicodeScalars)
                || (cleaned.isEmpty && !optional)
            ? nil : Finding.Fix(original: value, replacement: cleaned)
        let invisible = value.unicodeScalars.filter {
            Self.isForbiddenInvisible($0, script: script)
        }
        if !invisible.isEmpty {
            findings.append(
                Finding(
                    rule: "invisible-character", severity: .warning,
                    message:
                        "\(column) holds invisible \(invisible.map(\.codePoint).joined(separator: ", "))",
                    file: file, position: position, fix: fix))
        }
        let pieces = Self.pieces(betweenBars: value)
        if pieces.contains(where: { $0 != Self.tidiedSpaces($0) }) {
            findings.append(
                Finding(
                    rule: "whitespace", severity: .warning,
                    message: "\(column) has leading, trailing or doubled spaces", file: file,
                    position: position,
                    fix: fix))
        }
        if value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            findings.append(
                Finding(
                    rule: "whitespace", severity: .warning,
                    message:
                        "\(column) holds a line break, tab or other control character; a term is "
                        + "one line, with spaces between its words", file: file, position: position)
            )
        }
        let foreign = Set(
            value.unicodeScalars.map { ICUScript(of: $0) }.filter {
                $0 != .common && $0 != .inherited && $0.description != script
            }.map(\.name))
        if !foreign.isEmpty {
            // Scripts by their English names, as the translation checks name them (pass 39:
            // "mixes Latn letters into a Arab term").
            let own = ICUScript(isoCode: script)?.name ?? script
            findings.append(
                Finding(
                    rule: "wrong-script", severity: .error,
                    message:
                        "\(column) '\(value)' mixes \(foreign.sorted().joined(separator: " and ")) "
                        + "letters into a term in \(own) script",
                    file: file, position: position))
        }
        if let normalizer {
            let stripped = Self.withoutInvisibles(value, script: script)
            let result = try normalizer.normalize(stripped, to: .orthographic)
            let replaced = result.changes.filter { $0.kind == .replaced }
            if !replaced.isEmpty {
                let what = replaced.map {
                    "\(NormalizationReport.describe($0.before)) → "
                        + "\($0.after.isEmpty ? "(deleted)" : NormalizationReport.describe($0.after)) [\($0.rule)]"
                }
                findings.append(
                    Finding(
                        rule: "not-normalised", severity: .warning,
                        message:
                            "\(column) '\(value)' is not in normal form: \(what.joined(separator: "; "))",
                        file: file, position: position, fix: fix))
            }
            for ambiguity in result.ambiguities {
                findings.append(
                    Finding(
                        rule: "not-normalised", severity: .info,
                        message:
                            "\(column) '\(value)': \(NormalizationReport.describe(ambiguity.before)) at letter "
                            + "\(ambiguity.originalRange.lowerBound + 1) is ambiguous (\(ambiguity.note))",
                        file: file, position: position))
            }
        }
        return findings
    }

    /// The value with invisibles removed, spaces trimmed and collapsed, (for target fields)
    /// normalised to the pack's L1 form, and variants left empty dropped.
    static func cleaned(_ value: String, script: String, normalizer: Normalizer?) throws(ICUError)
        -> String
    {
        let parts = Self.pieces(betweenBars: withoutInvisibles(value, script: script)).map(
            tidiedSpaces)
        var result = parts.joined(separator: "|")
        if let normalizer { result = try normalizer.normalize(result, to: .orthographic).text }
        // A variant cleaned away is dropped, not left as an empty piece between bars.
        return Self.pieces(betweenBars: result).filter { !$0.isEmpty }.joined(separator: "|")
    }

    /// The pieces of a field between its bars, empty ones kept: split by scalar, as the
    /// glossary reader splits variants (a bar a mark follows is one Character with it, so a
    /// split by Character missed it, pass 20).
    static func pieces(betweenBars value: String) -> [String] {
        value.unicodeScalars.split(separator: "|", omittingEmptySubsequences: false).map {
            String(String.UnicodeScalarView($0))
        }
    }

    /// `piece` without spaces at either end and with each run of spaces as its first: any
    /// space character (Unicode Zs: a no-break space too, which the whitespace rule
    /// reported but its fix left, pass 18), so that what the rule flags its fix removes.
    static func tidiedSpaces(_ piece: String) -> String {
        var kept: [Unicode.Scalar] = []
        var spaceBefore = false
        for scalar in piece.unicodeScalars {
            if scalar.properties.generalCategory == .spaceSeparator {
                if !kept.isEmpty && !spaceBefore { kept.append(scalar) }
                spaceBefore = true
            } else {
                kept.append(scalar)
                spaceBefore = false
            }
        }
        if spaceBefore, kept.last?.properties.generalCategory == .spaceSeparator {
            kept.removeLast()
        }
        return String(scalars: kept)
    }

    private static func withoutInvisibles(_ value: String, script: String) -> String {
        String(scalars: value.unicodeScalars.filter { !isForbiddenInvisible($0, script: script) })
    }

    /// Invisible characters a term must not hold (ZWNJ/ZWJ are spelling in Arabic script).
    static func isForbiddenInvisible(_ scalar: Unicode.Scalar, script: String) -> Bool {
        switch scalar.value {
        case 0x200C, 0x200D: return script != "Arab"
        case 0x200B, 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF, 0x00AD,
            0x2060:
            return true
        default: return false
        }
    }

    // MARK: - Variant rule

    private func variantFindings(
        _ entry: GlossaryEntry, keyer: Normalizer, vowels: Set<Unicode.Scalar>,
        position: SourcePosition, file: String
    )
        throws(ICUError) -> [Finding]
    {
        let targetText = try keyer.normalize(entry.target, to: .key).text
        let target = Array(targetText.unicodeScalars)
        let words = targetText.split(separator: " ").map { Array($0.unicodeScalars) }
        var findings: [Finding] = []
        for variant in entry.variants {
            let key = Array(try keyer.normalize(variant, to: .key).text.unicodeScalars)
            let related = words.contains {
                Self.sharesConsonants(of: $0, with: key, vowels: vowels)
            }
            if related || Self.editDistance(target, key, limit: 2) <= 2 {
                continue
            }
            findings.append(
                Finding(
                    rule: "variant-unrelated", severity: .warning,
                    message:
                        "variant '\(variant)' does not look like a form of '\(entry.target)'; check it belongs "
                        + "to entry \(entry.id)",
                    file: file, position: position))
        }
        return findings
    }

    /// Whether at least two thirds (and two) of the consonants of `word` appear in order in
    /// `form`: true of inflections and of broken plurals (حکم → احکامات, استاد → اساتذہ).
    /// `vowels` are the pack's vowel letters; spaces never count.
    static func sharesConsonants(
        of word: [Unicode.Scalar], with form: [Unicode.Scalar], vowels: Set<Unicode.Scalar>
    ) -> Bool {
        let consonants = word.filter { !vowels.contains($0) && $0 != " " }
        guard consonants.count >= 2 else { return false }
        let others = form.filter { !vowels.contains($0) && $0 != " " }
        // Longest common subsequence of the two consonant skeletons.
        var previous = [Int](repeating: 0, count: others.count + 1)
        for letter in consonants {
            var current = [Int](repeating: 0, count: others.count + 1)
            for (index, other) in others.enumerated() {
                current[index + 1] =
                    letter == other ? previous[index] + 1 : max(previous[index + 1], current[index])
            }
            previous = current
        }
        let common = previous[others.count]
        return common >= 2 && common * 3 >= consonants.count * 2
    }

    /// Levenshtein distance, giving up above `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(
                    previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    // MARK: - Rules across rows

    private func relationFindings(
        _ glossary: Glossary, columns: [GlossaryTSV.FieldColumns], file: String,
        normalizer: Normalizer, spacesMatter: Bool
    )
        -> [Finding]
    {
        var findings: [Finding] = []
        var seen: [String: GlossaryEntry] = [:]
        var preferred: [String: GlossaryEntry] = [:]
        var accepted: [String: GlossaryEntry] = [:]
        var rejected: [String: GlossaryEntry] = [:]
        for (index, entry) in glossary.entries.enumerated() {
            let at = { (column: String) in
                SourcePosition(line: entry.line, column: columns[index][column] ?? 1)
            }
            let source = entry.source.lowercased()
            let exact = "\(source)\t\(entry.target)\t\(entry.partOfSpeech)"
            if let first = seen[exact] {
                findings.append(
                    Finding(
                        rule: "duplicate-entry", severity: .warning,
                        message:
                            "'\(entry.source)' → '\(entry.target)' (\(entry.partOfSpeech)) repeats line \(first.line)",
                        file: file, position: at("source")))
            } else {
                seen[exact] = entry
            }
            let concept = "\(source)\t\(entry.partOfSpeech)"
            if entry.status == .preferred {
                if let other = preferred[concept], other.target != entry.target {
                    findings.append(
                        Finding(
                            rule: "conflicting-preferred", severity: .error,
                            message:
                                "'\(entry.source)' (\(entry.partOfSpeech)) has two preferred renderings: "
                                + "'\(other.target)' (line \(other.line)) and '\(entry.target)'",
                            file: file, position: at("status")))
                } else {
                    preferred[concept] = entry
                }
            }
            // Renderings compared as the term matcher sees them: on their matching key, and
            // in scripts without case, where a word is written in pieces with a space or a
            // joiner alike, without the spaces (pass 48: a forbidden كتاب or مارکس وادی never
            // fired beside a preferred کتاب or مارکس‌وادی; pass 49: `every day` is no
            // `everyday`).
            var key = (try? normalizer.normalize(entry.target, to: .key).text) ?? entry.target
            if !spacesMatter { key = key.filter { !$0.isWhitespace } }
            let pair = "\(source)\t\(key)"
            let opposite = entry.status.isAccepted ? rejected[pair] : accepted[pair]
            if let other = opposite {
                findings.append(
                    Finding(
                        rule: "preferred-and-forbidden", severity: .error,
                        message:
                            "'\(entry.target)' for '\(entry.source)' is \(entry.status.rawValue) here but "
                            + (other.target == entry.target
                                ? "" : "'\(other.target)', the same to the term matcher, is ")
                            + "\(other.status.rawValue) on line \(other.line)",
                        file: file, position: at("status")))
            }
            if entry.status.isAccepted { accepted[pair] = entry } else { rejected[pair] = entry }
        }
        // Rows a TBX copy writes as another concept under a new id (convert warns of them;
        // pass 35: lint passed them, and the round trip renamed them).
        var named: Set<String> = []
        for (row, id) in glossary.rowsTBXRenames where named.insert(id).inserted {
            guard let index = glossary.entries.firstIndex(where: { $0.line == row.line }) else {
                continue
            }
            let first = glossary.entries.first { $0.id == row.id }
            let earlier = first.map { $0.line == row.line ? "" : " (line \($0.line))" } ?? ""
            findings.append(
                Finding(
                    rule: "split-concept", severity: .warning,
                    message:
                        "this row shares the id '\(row.id)' with another concept\(earlier): its "
                        + "source, source_variants, case or match differ from the rows before "
                        + "it, or it stands apart from them; a TBX copy makes it the concept "
                        + "'\(id)'; give each concept its own id, with one source side and its "
                        + "rows together",
                    file: file,
                    position: SourcePosition(line: row.line, column: columns[index]["id"] ?? 1)))
        }
        return findings
    }

    private func sorted(_ findings: [Finding]) -> [Finding] {
        findings.sorted { ($0.position, $0.rule) < ($1.position, $1.rule) }
    }
}
