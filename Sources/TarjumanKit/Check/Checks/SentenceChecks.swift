/// Checks of each translated sentence on its own: untranslated, script-mixing, punctuation,
/// not-normalised.
extension TranslationChecker {
    /// Runs the sentence checks on every translated sentence of the bead.
    func checkSentences(_ bead: inout BeadContext) throws(ICUError) {
        for target in bead.targets {
            var found: [(String, String, SourcePosition?, Finding.Fix?)] = []
            try targetChecks(
                target, source: bead.sourceText,
                add: { rule, message, position, fix in found.append((rule, message, position, fix))
                })
            for (rule, message, position, fix) in found {
                bead.add(
                    rule, message, at: target, inTarget: true, position: position,
                    related: bead.sources.first, fix: fix)
            }
        }
        checkQuestion(&bead)
    }

    /// A question in the source that the translation ends with a full stop: its question
    /// mark was lost (pass 44: `…؟` written `…۔` went unreported). Looked at on the bead's
    /// last sentences, past closing quotes and brackets.
    private func checkQuestion(_ bead: inout BeadContext) {
        let marks = targetPack.punctuation
        guard let source = bead.sources.last, let target = bead.targets.last,
            let asked = Self.finalMark(of: source.text)?.mark,
            ["?", "؟", "？"].contains(asked),
            let (ended, offset) = Self.finalMark(of: target.text),
            String(ended) == marks.fullStop || ended == ".",
            marks.fullStop != marks.question
        else { return }
        bead.add(
            "punctuation",
            "the source asks a question but the translation ends with \(ended); use \(marks.question)",
            at: target, inTarget: true,
            position: Self.absolute(offset, in: target),
            related: source)
    }

    /// The last scalar of `text` that is no white space, closing quotation mark or bracket,
    /// and its offset in scalars.
    static func finalMark(of text: String) -> (mark: Unicode.Scalar, offset: Int)? {
        let scalars = text.scalarArray
        guard
            let offset = scalars.lastIndex(where: { scalar in
                !scalar.properties.isWhitespace
                    && !(scalar.value < 0x10000 && UTF16Text.isCloser(UInt16(scalar.value)))
            })
        else { return nil }
        return (scalars[offset], offset)
    }

    /// The bidi controls next to the bead's sentences but in none of them: left in the text
    /// all the same. Reported for any bead, one of a paragraph with no translated sentence
    /// too (review of pass 22: a paragraph of controls alone was passed).
    func checkStrayControls(_ bead: inout BeadContext) {
        for control in bead.strayControls {
            bead.add(
                "punctuation", "bidi control \(control.scalar.codePoint) left in the text",
                at: bead.targets.first, inTarget: true, position: control.position,
                related: bead.sources.first)
        }
    }

    /// The offset of the first closing bracket without an opening one in `scalars`, else of
    /// the last opening one left open.
    static func loneBracket(
        in scalars: [Unicode.Scalar], open: Unicode.Scalar, close: Unicode.Scalar
    ) -> Int? {
        var opened: [Int] = []
        for (index, scalar) in scalars.enumerated() {
            if scalar == open {
                opened.append(index)
            } else if scalar == close {
                if opened.popLast() == nil { return index }
            }
        }
        return opened.last
    }

    /// Where `close` first comes with no `open` before it left to close; nil when none does.
    static func closedBeforeOpened(
        _ scalars: [Unicode.Scalar], open: Unicode.Scalar, close: Unicode.Scalar
    ) -> Int? {
        var depth = 0
        for (index, scalar) in scalars.enumerated() {
            if scalar == open {
                depth += 1
            } else if scalar == close {
                depth -= 1
                if depth < 0 { return index }
            }
        }
        return nil
    }

    /// The zero of the decimal digit system `scalar` belongs to (ASCII, Arabic, Devanagari…),
    /// nil for anything else. Arabic-Indic and Extended Arabic-Indic digits are one system
    /// here: which of them a pack writes is its normal form's matter (`not-normalised`; pass
    /// 37: `١۲` was reported twice).
    static func digitSystem(_ scalar: Unicode.Scalar) -> UInt32? {
        if scalar.value < 0x80 { return scalar.value &- 0x30 < 10 ? 0x30 : nil }
        if (0x06F0...0x06F9).contains(scalar.value) { return 0x0660 }
        guard scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue
        else { return nil }
        return scalar.value - UInt32(value)
    }

    /// Whether `text` holds words a translation would change: outside its web and e-mail
    /// addresses, a lower-case letter, a letter of a script without case, or three words in
    /// capitals (a heading). A line that is only an address, a number or an acronym or two
    /// (`COVID-19`, `WHO`) is rightly copied (pass 37: called untranslated).
    static func hasWordsToTranslate(_ text: String) -> Bool {
        let scalars = text.scalarArray
        var inAddress = [Bool](repeating: false, count: scalars.count)
        for range in WebAddress.ranges(in: text) {
            for index in range { inAddress[index] = true }
        }
        var capitalWords = 0
        var inWord = false
        for (index, scalar) in scalars.enumerated() where !inAddress[index] {
            let properties = scalar.properties
            if properties.isLowercase
                || (properties.isAlphabetic && !properties.changesWhenCaseMapped)
            {
                return true
            }
            if properties.isUppercase {
                if !inWord { capitalWords += 1 }
                inWord = true
            } else if ScalarText.isWhitespace(scalar) {
                inWord = false
            }
        }
        return capitalWords >= 3
    }

    /// Whether most letters of `text` outside its web and e-mail addresses (copied as they
    /// are) are in `script` (pass 36: an Urdu sentence holding a URL looked untranslated).
    static func isMostly(_ script: ICUScript, _ text: String) -> Bool {
        guard LetterScript.share(of: script, in: text) > 0.5 else { return false }
        return LetterScript.share(of: script, in: withoutAddresses(text)) > 0.5
    }

    /// The script most letters of `text` outside its web and e-mail addresses are in, when
    /// that is not `script`; nil when it is, or when no script has most of them.
    static func mostlyOther(than script: ICUScript, _ text: String) -> ICUScript? {
        // Addresses hold Latin letters alone: without them, a text mostly in another script
        // is only more so.
        if script != .latin, LetterScript.share(of: script, in: text) > 0.5 { return nil }
        let kept = withoutAddresses(text)
        guard let main = LetterScript.main(of: kept), main != script else { return nil }
        return main
    }

    /// `text` without its web and e-mail addresses.
    private static func withoutAddresses(_ text: String) -> String {
        let addresses = WebAddress.ranges(in: text)
        guard !addresses.isEmpty else { return text }
        let scalars = text.scalarArray
        var kept = String.UnicodeScalarView()
        var next = 0
        for range in addresses {
            kept.append(contentsOf: scalars[next..<range.lowerBound])
            next = range.upperBound
        }
        kept.append(contentsOf: scalars[next...])
        return String(kept)
    }

    /// Why the translated sentence `text` of `source` looks untranslated: it is the source,
    /// or its letters are mostly in a script not the translation's (the source's, or a third:
    /// pass 62, English typed as the translation of an Urdu source was not reported); nil
    /// when it does not, or has no words to translate.
    private func untranslatedReading(of text: String, source: String) -> String? {
        guard text != source else {
            return Self.hasWordsToTranslate(text) ? "this sentence looks untranslated" : nil
        }
        guard let targetScript, let other = Self.mostlyOther(than: targetScript, text),
            Self.hasWordsToTranslate(text),
            // A quarter of the words in the translation's script is a translation keeping
            // names or a title (pass 63: `Anthony Fauci और Deborah Birx ने White House में
            // बात की।` was called untranslated).
            Self.shareOfWords(in: targetScript, text) < 0.25
        else { return nil }
        guard other != sourceScript else {
            // Commands or names copied as the source writes them, in a sentence with words
            // of the translation's script, are kept, not left untranslated (pass 64).
            return Self.keepsOnlySourceWords(text, source: source, script: targetScript)
                ? nil : "this sentence looks untranslated"
        }
        // A source sentence itself mostly in that third script (names, a command, a
        // reference) is rightly kept so (pass 63).
        guard Self.mostlyOther(than: targetScript, source) != other else { return nil }
        return
            "this sentence is in \(other.name) letters, not \(targetScript.name): it looks untranslated"
    }

    /// Whether `text` has a word with letters of `script`, every word with letters of
    /// another script is also a word of `source`, and some word of `source` is not in `text`
    /// (translated: pass 65, the source with one Urdu word added passed); words trimmed of
    /// the marks around them (`target.txt۔` is `target.txt.`).
    static func keepsOnlySourceWords(_ text: String, source: String, script: ICUScript) -> Bool {
        func words(_ text: String) -> [Substring] {
            text.split(whereSeparator: \.isWhitespace).map { word in
                let isKept = { (character: Character) in character.isLetter || character.isNumber }
                guard let first = word.firstIndex(where: isKept),
                    let last = word.lastIndex(where: isKept)
                else { return word[word.startIndex..<word.startIndex] }
                return word[first...last]
            }
        }
        let sourceWords = Set(words(source))
        let textWords = words(text)
        var own = false
        for word in textWords {
            let scripts = word.unicodeScalars.compactMap(LetterScript.of)
            if scripts.contains(script) {
                own = true
            } else if !scripts.isEmpty, !sourceWords.contains(word) {
                return false
            }
        }
        let kept = Set(textWords)
        return own
            && sourceWords.contains {
                !kept.contains($0) && $0.unicodeScalars.contains { LetterScript.of($0) != nil }
            }
    }

    /// The share of the words of `text` (runs between white space holding a letter) that
    /// hold a letter of `script`; 0 without words.
    static func shareOfWords(in script: ICUScript, _ text: String) -> Double {
        var words = 0
        var inScript = 0
        for word in text.split(whereSeparator: {
            $0.unicodeScalars.allSatisfy(ScalarText.isWhitespace)
        }) {
            let scripts = word.unicodeScalars.compactMap(LetterScript.of)
            guard !scripts.isEmpty else { continue }
            words += 1
            if scripts.contains(script) { inScript += 1 }
        }
        return words == 0 ? 0 : Double(inScript) / Double(words)
    }

    /// Checks that look at one translated sentence on its own.
    private func targetChecks(
        _ target: Segment, source: String,
        add: (String, String, SourcePosition?, Finding.Fix?) -> Void
    ) throws(ICUError) {
        let text = target.text
        // An empty line against an empty line (`--lines`) is in step, not untranslated; an
        // empty translation of text is an omission, reported as such.
        // The cheap tests first: the words are looked at only for a sentence that would be
        // called untranslated (most are not).
        if text.hasVisibleContent, let reading = untranslatedReading(of: text, source: source) {
            add("untranslated", reading, nil, nil)
        }
        let scalars = text.scalarArray
        // Words are runs of scalars between white space (no grapheme breaking: a sentence at
        // a time that was a sixteenth of `check`); a line break a paragraph was unwrapped at
        // ends a word too (pass 22: it was quoted as part of one).
        var wordStart = 0
        var scripts: [ICUScript] = []
        // The digit system of the run of digits being read, and whether one run mixed two
        // (`۱2`, a keyboard slip the number check reads as 12; pass 36: never reported).
        var digits: UInt32?
        var mixedDigits = false
        let addresses = WebAddress.ranges(in: text)
        for index in 0...scalars.count {
            if index < scalars.count, !ScalarText.isWhitespace(scalars[index]) {
                let system = Self.digitSystem(scalars[index])
                if let system, let digits, system != digits { mixedDigits = true }
                // A group separator or decimal point between digits is inside the number
                // (`۱,200`, `۱.5`; pass 37: missed).
                if system != nil || !",.٫٬،".unicodeScalars.contains(scalars[index]) {
                    digits = system
                }
                if let script = LetterScript.of(scalars[index]), !scripts.contains(script) {
                    scripts.append(script)
                }
                continue
            }
            digits = nil
            if mixedDigits {
                add(
                    "script-mixing",
                    "'\(String(String.UnicodeScalarView(scalars[wordStart..<index])))' mixes digits of two scripts in one number",
                    Self.absolute(wordStart, in: target), nil)
                mixedDigits = false
            }
            // Letters of the translation's script with another's: a keyboard slip. Other
            // mixtures (TNFα: Latin and Greek) are notation, and so is a web address with a
            // path in the translation's script (pass 71: `https://health.gov.pk/urdu/فارم`).
            if scripts.count > 1, let targetScript, scripts.contains(targetScript),
                !addresses.contains(where: { $0.overlaps(wordStart..<index) })
            {
                // The intruding script first: "mixes Latin and Arabic letters" in Urdu.
                let others = scripts.filter { $0 != targetScript }.map(\.name)
                let word = String(String.UnicodeScalarView(scalars[wordStart..<index]))
                add(
                    "script-mixing",
                    "'\(word)' mixes \(others.joined(separator: ", ")) and \(targetScript.name) letters",
                    Self.absolute(wordStart, in: target), nil)
            }
            scripts.removeAll(keepingCapacity: true)
            wordStart = index + 1
        }
        let marks = targetPack.punctuation
        if !marks.accepts("."), text.hasSuffix("."), !text.hasSuffix("..."),
            let last = scalars.dropLast().last(where: { !$0.properties.isWhitespace }),
            !last.isASCII
        {
            add(
                "punctuation", "sentence ends with a Latin full stop; use \(marks.fullStop)",
                Self.absolute(scalars.count - 1, in: target),
                Finding.Fix(original: ".", replacement: marks.fullStop))
        }
        for (index, scalar) in scalars.enumerated() where index > 0 {
            let right: String
            switch scalar {
            case "?": right = marks.question
            case ",": right = marks.comma
            case ";": right = marks.semicolon
            default: continue
            }
            guard !marks.accepts(String(scalar)), let targetScript,
                LetterScript.of(scalars[index - 1]) == targetScript
            else { continue }
            add(
                "punctuation", "Latin '\(scalar)' after \(targetScript.name) letters; use \(right)",
                Self.absolute(index, in: target), nil)
        }
        // Unbalanced as the source is not (a bracket the source leaves open, across
        // sentences, may stay open in the translation too).
        let sourceScalars = source.scalarArray
        func imbalance(_ scalars: [Unicode.Scalar], _ open: Unicode.Scalar, _ close: Unicode.Scalar)
            -> Int
        {
            scalars.count(where: { $0 == open }) - scalars.count(where: { $0 == close })
        }
        for (open, close) in [("(", ")"), ("[", "]"), ("«", "»")]
            as [(Unicode.Scalar, Unicode.Scalar)]
        where imbalance(scalars, open, close) != 0
            && imbalance(scalars, open, close) != imbalance(sourceScalars, open, close)
        {
            // At the bracket left alone (pass 36: at the sentence's start).
            let lone = Self.loneBracket(in: scalars, open: open, close: close)
            add(
                "punctuation", "unbalanced \(open)\(close)",
                lone.map { Self.absolute($0, in: target) }, nil)
        }
        // Balanced, but closed before opened, as the source is not: typed in the order the
        // brackets show in right-to-left text (pass 71: `)کوئٹہ میں(` passed).
        for (open, close) in [("(", ")"), ("[", "]")] as [(Unicode.Scalar, Unicode.Scalar)]
        where imbalance(scalars, open, close) == 0 {
            guard let early = Self.closedBeforeOpened(scalars, open: open, close: close),
                Self.closedBeforeOpened(sourceScalars, open: open, close: close) == nil
            else { continue }
            add(
                "punctuation",
                "'\(close)' before its '\(open)': in right-to-left text type '\(open)' first (it "
                    + "shows as '\(close)' on the right)",
                Self.absolute(early, in: target), nil)
        }
        // LRM, RLM and ALM around a number's minus sign are CLDR's way of writing it (pass
        // 33); elsewhere they are stray, the ALM too (it was never reported).
        if let index = scalars.indices.first(where: { index in
            let value = scalars[index].value
            return (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
                || (AnchorExtractor.isBidiMark(scalars[index])
                    && !AnchorExtractor.isSignMark(scalars, at: index))
        }) {
            add(
                "punctuation", "bidi control \(scalars[index].codePoint) left in the text",
                Self.absolute(index, in: target), nil)
        }
        // The first change, and how many more the fix makes (pass 69: 25 changes of three
        // kinds read as one).
        let normalized = try normalizer.normalize(text, to: .orthographic)
        let replaced = normalized.changes.filter { $0.kind == .replaced }
        func more(_ changes: [NormalizationChange], _ what: String) -> String {
            changes.count > 1 ? "; \(changes.count - 1) more \(what) in this sentence" : ""
        }
        if let change = replaced.first {
            add(
                "not-normalised",
                "not in \(targetPack.tag) normal form: \(NormalizationReport.describe(change.before)) → "
                    + "\(change.after.isEmpty ? "(deleted)" : NormalizationReport.describe(change.after)) [\(change.rule)]"
                    + more(replaced, "the fix makes"),
                Self.absolute(change.originalRange.lowerBound, in: target),
                Finding.Fix(original: text, replacement: normalized.text))
        }
        // A spelling the pack will not decide (Arabic heh inside an Urdu word: ہ or ھ?) is
        // for the translator to look at (pass 69: nothing was said).
        let doubts = normalized.ambiguities
        if let doubt = doubts.first {
            add(
                "not-normalised",
                "\(NormalizationReport.describe(doubt.before)) has no one fix in "
                    + "\(targetPack.tag): \(doubt.note) [\(doubt.rule)]"
                    + more(doubts, "to look at"),
                Self.absolute(doubt.originalRange.lowerBound, in: target), nil)
        }
    }
}
