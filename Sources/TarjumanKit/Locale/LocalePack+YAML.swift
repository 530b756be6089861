import Yams

/// Reading a locale pack from its YAML text.
extension LocalePack {
    /// Parses and validates a pack. Every error names the file, line and column to fix.
    public init(yaml text: String, file: String) throws(LocalePackError) {
        let top = try YAMLFields.document(text, file: file)
        try top.onlyAllow([
            "tag", "name", "aliases", "script", "direction", "icu_locale", "digits", "quotes",
            "punctuation", "segmentation", "normalization", "inflection", "alignment",
            "transliteration", "vowels", "minus_words", "number_words", "month_names",
            "scale_words", "fraction_words", "fraction_prefixes", "number_joiners", "range_words",
            "ordinal_suffixes", "scale_suffixes", "range_pairs", "range_closers",
            "decimal_words", "bound_number_words", "binding_words", "dated_month_names",
            "part_words",
        ])
        let tag = try top.string("tag")
        guard Self.isPlausibleTag(tag) else {
            throw top.invalid(
                "tag", top.node("tag"), "'\(tag)' is not a BCP 47 tag such as ur or bal-Arab-PK")
        }
        let aliases = try top.strings("aliases")
        // The pack's own tag as an alias names its glossary twice (pass 68: "2 files could
        // be the glossary", the same file twice); tags are read in any letter case.
        var named: Set = [tag.lowercased()]
        for (index, alias) in aliases.enumerated() {
            guard Self.isPlausibleTag(alias) else {
                throw top.invalid("aliases", top.node("aliases"), "'\(alias)' is not a BCP 47 tag")
            }
            guard named.insert(alias.lowercased()).inserted else {
                let what =
                    alias.lowercased() == tag.lowercased() ? "the pack's own tag" : "listed twice"
                throw top.invalid(
                    "aliases", top.itemNode("aliases", at: index) ?? top.node("aliases"),
                    "'\(alias)' is \(what); remove it (aliases are other names for the pack)")
            }
        }
        let script = try top.string("script")
        guard script.count == 4, script.allSatisfy({ $0.isASCII && $0.isLetter }),
            script.first?.isUppercase == true, script.dropFirst().allSatisfy(\.isLowercase)
        else {
            throw top.invalid(
                "script", top.node("script"), "expected an ISO 15924 code such as Arab or Latn")
        }
        // A code of the right shape that names no script Unicode encodes would turn the
        // script checks off unsaid (pass 32: `Arbc`).
        // The Z codes are no one language's writing (Zyyy common, Zinh inherited, Zzzz
        // unknown, Zmth, Zsym…): with one, the script checks turn off unsaid too.
        guard ICUScript(isoCode: script) != nil, !script.hasPrefix("Z") else {
            throw top.invalid(
                "script", top.node("script"),
                "'\(script)' is no script of a language that Unicode encodes; expected an ISO 15924 code such as "
                    + "Arab, Latn, Deva or Olck")
        }
        let digitText = try top.string("digits", default: "0123456789")
        let digits = Array(digitText.unicodeScalars)
        guard digits.count == 10,
            digits.enumerated().allSatisfy({ place, digit in
                digit.properties.numericType == .decimal
                    && digit.properties.numericValue == Double(place)
            })
        else {
            throw top.invalid(
                "digits", top.node("digits"), "expected the ten decimal digits, zero first")
        }
        self.tag = tag
        self.name = try top.string("name")
        // The name is listed one pack a line (pass 22: a line break or an escape sequence
        // in it went raw to the terminal; a right-to-left override turned the line round).
        if let control = name.unicodeScalars.first(where: {
            $0.isControlOrLineSeparator || OutputBytes.isBidiFormatting($0.value)
        }) {
            throw top.invalid(
                "name", top.node("name"),
                "holds the control character \(control.codePoint); a name is one line of text")
        }
        guard name.hasVisibleContent else {
            throw top.invalid("name", top.node("name"), "is empty; name the language and script")
        }
        self.aliases = aliases
        var declarations: [String: SourcePosition] = [:]
        for (alias, position) in zip(aliases, top.itemPositions("aliases")).reversed() {
            declarations[alias.lowercased()] = position
        }
        declarations[tag.lowercased()] = top.itemPositions("tag").first
        self.declarations = declarations
        self.script = script
        // Unsaid, the script's own direction (an Arabic-script pack without the field was
        // left to right).
        let scriptDirection = ICUScript(isoCode: script).map {
            $0.isRightToLeft ? TextDirection.rtl : TextDirection.ltr
        }
        self.direction = try top.choice("direction", default: scriptDirection ?? .ltr)
        // Said against the script, text would be laid out and quoted backwards in reports
        // (pass 68: `direction: rtl` was taken for a Bengali pack).
        if let scriptDirection, direction != scriptDirection {
            throw top.invalid(
                "direction", top.node("direction"),
                "'\(direction.rawValue)' contradicts the script: Unicode writes \(script) "
                    + "\(scriptDirection == .rtl ? "right to left" : "left to right"); leave the "
                    + "field out or write \(scriptDirection.rawValue)")
        }
        self.icuLocale = try top.string("icu_locale", default: tag)
        guard ICULocale.isWellFormed(icuLocale) else {
            throw top.invalid(
                "icu_locale", top.node("icu_locale"),
                "'\(icuLocale)' is not a locale id ICU understands (such as ur, fa_IR, bal_PK); "
                    + "ICU would quietly use its root rules")
        }
        // A well-formed id written for a language ICU does not know (`zz`) runs on the root
        // rules as quietly (pass 48): CLDR's likely subtags know every language ICU has data
        // for. Left out, the pack's tag is taken as it is (a language ICU lacks, `pnb`, runs
        // on the root rules by design).
        guard
            !top.has("icu_locale")
                || ICULocale.likelyScript(of: String(icuLocale.map { $0 == "_" ? "-" : $0 })) != nil
        else {
            throw top.invalid(
                "icu_locale", top.node("icu_locale"),
                "ICU knows no language '\(icuLocale)'; name one it knows (a related language "
                    + "written alike, such as ur), or leave the field out to run on ICU's root "
                    + "rules")
        }
        self.digits = digits
        self.quotes = try Self.quotePairs(top)
        self.punctuation = try Self.punctuation(top)
        self.segmentation = try Self.segmentation(top, script: script)
        try Self.checkEndMarks(top, punctuation: punctuation, terminators: segmentation.terminators)
        self.normalization = try Self.normalization(top)
        self.inflection = try Self.inflection(top, script: script)
        self.alignment = try Self.alignment(top)
        self.transliteration = try Self.transliteration(top)
        self.vowels = Set(try top.string("vowels", default: "").unicodeScalars)
        self.minusWords = try Self.words(
            top, "minus_words",
            "list the words written before a number to make it negative (Urdu منفی, English "
                + "minus)")
        self.numberJoiners = try Self.lowercasedWords(
            top, "number_joiners",
            "list the words said between the parts of one number (English and: one hundred and "
                + "five)")
        self.decimalWords = try Self.lowercasedWords(
            top, "decimal_words",
            "list the words said for a decimal point between two numbers (Urdu اعشاریہ: ۳ "
                + "اعشاریہ ۵ = 3.5)")
        self.rangeWords = try Self.lowercasedWords(
            top, "range_words",
            "list the words between the two ends of a range of numbers (English to: 2 to 3 "
                + "million)")
        self.rangePairs = try Self.wordPairs(
            top, "range_pairs",
            "a range pair is the word that opens a range with the word that joins its ends, "
                + "each one word of letters (between: and)")
        self.rangeClosers = try Self.wordPairs(
            top, "range_closers",
            "a range closer is the word that joins a range's ends with the word that closes it, "
                + "each one word of letters (اور: درمیان)")
        let monthNames = try Self.wordValues(
            top, "month_names", in: 1...12,
            "a month name is one word of letters with its number, 1 to 12 (مارچ: 3)")
        self.monthNames = monthNames
        // Pass 68: `12 May 2024` against `۱۲ جون ۲۰۲۴` passed, May being no month name.
        let datedMonthNames = try Self.wordValues(
            top, "dated_month_names", in: 1...12,
            "a dated month name is one word of letters with its number, 1 to 12 (may: 5)")
        if let both = datedMonthNames.keys.sorted().first(where: { monthNames[$0] != nil }) {
            throw top.invalid(
                "dated_month_names", top.node("dated_month_names"),
                "'\(both)' is in month_names too; list it in one of them")
        }
        self.datedMonthNames = datedMonthNames
        self.monthNameStarts = Set(
            (Array(monthNames.keys) + datedMonthNames.keys).flatMap { name in
                name.prefix(1).unicodeScalars + name.prefix(1).uppercased().unicodeScalars
            })
        self.scaleWords = try Self.powersOfTen(
            top, "scale_words",
            "a scale word is one word of letters with a power of ten (لاکھ: 100000)")
        self.scaleSuffixes = try Self.powersOfTen(
            top, "scale_suffixes",
            "a scale suffix is one word of letters with a power of ten (bn: 1000000000)")
        self.fractionWords = try Self.wordValues(
            top, "fraction_words", in: 1...100_000_000, fractions: true,
            "a fraction word is one word of letters with a number that has a fraction, up to two "
                + "decimals (ڈیڑھ: 1.5); whole numbers go in number_words")
        self.fractionPrefixes = try Self.wordValues(
            top, "fraction_prefixes", in: -99...99, fractions: true,
            "a fraction prefix is one word of letters with the fraction it adds to the number "
                + "after it, between -0.99 and 0.99 and not 0 (ساڑھے: 0.5, پونے: -0.25)")
        self.partWords = try Self.wordValues(
            top, "part_words", in: 2...1000,
            "a part word is one word of letters with how many such parts make a whole, 2 to "
                + "1000 (تہائی: 3)")
        var numberWords = try Self.wordValues(
            top, "number_words", in: 0...Int.max,
            "a number word is one word of letters with a whole number (تین: 3)")
        // Each number word with an ordinal ending is that number too (اکیس, اکیسویں; pass
        // 57: ordinals past the twelfth were listed nowhere); a word listed wins.
        let ordinalSuffixes = try Self.lowercasedWords(
            top, "ordinal_suffixes",
            "list the endings that make an ordinal of a number word (Urdu واں, ویں: پانچواں)")
        for (word, value) in numberWords {
            for suffix in ordinalSuffixes where numberWords[word + suffix] == nil {
                numberWords[word + suffix] = value
            }
        }
        self.numberWords = numberWords.merging(monthNames) { word, _ in word }
        self.boundNumberWords = try Self.wordValues(
            top, "bound_number_words", in: 0...Int.max,
            "a bound number word is one word of letters with a whole number (نو: 9)")
        self.bindingWords = try Self.lowercasedWords(
            top, "binding_words",
            "list the words after which a bound number word is a number (Urdu بجے: نو بجے)")
        self.file = file
        try checkRulesSettle(top)
    }

    /// The words of the mapping `key` with the exponents of their powers of ten (لاکھ:
    /// 100000 → 5), lower-cased; anything but a power of ten is an error that says `rule`.
    private static func powersOfTen(_ top: YAMLFields, _ key: String, _ rule: String)
        throws(LocalePackError) -> [String: Int]
    {
        var exponents: [String: Int] = [:]
        for (word, value) in try wordValues(top, key, in: 10...Int.max, rule) {
            let exponent = String(value).dropFirst().count
            guard String(value) == "1" + String(repeating: "0", count: exponent) else {
                let mapping = try top.mapping(key)
                throw top.invalid(
                    key, mapping?.node(word) ?? top.node(key),
                    "\(word.shownInMessage): \(value) is no power of ten; it multiplies the "
                        + "number before it by 10, 100, 1000…")
            }
            exponents[word] = exponent
        }
        return exponents
    }

    /// The list `key`, each item one word of letters; `purpose` tells what to list.
    private static func words(_ top: YAMLFields, _ key: String, _ purpose: String)
        throws(LocalePackError) -> [String]
    {
        let words = try top.strings(key)
        if let bad = words.first(where: { !isOneWord($0) }) {
            throw top.invalid(
                key, top.node(key), "'\(bad.shownInMessage)' is not one word of letters; \(purpose)"
            )
        }
        return words
    }

    /// Whether `word` is one word of letters (marks on them allowed).
    private static func isOneWord(_ word: String) -> Bool {
        !word.isEmpty
            && word.unicodeScalars.allSatisfy {
                $0.properties.isAlphabetic || $0.properties.isGraphemeExtend
            }
    }

    /// The mapping `key` of one word to another, both lower-cased; `purpose` says what a
    /// pair is when one is not a word.
    private static func wordPairs(_ top: YAMLFields, _ key: String, _ purpose: String)
        throws(LocalePackError) -> [String: String]
    {
        var pairs: [String: String] = [:]
        guard let mapping = try top.mapping(key) else { return pairs }
        for first in mapping.keys {
            let second = try mapping.string(first)
            guard Self.isOneWord(first), Self.isOneWord(second) else {
                throw mapping.invalid(first, mapping.node(first), purpose)
            }
            pairs[first.lowercased()] = second.lowercased()
        }
        return pairs
    }

    /// The list `key` as ``words(_:_:_:)`` reads it, lower-cased, as a set.
    private static func lowercasedWords(_ top: YAMLFields, _ key: String, _ purpose: String)
        throws(LocalePackError) -> Set<String>
    {
        Set(try words(top, key, purpose).map { $0.lowercased() })
    }

    /// Letters, digits and hyphens in BCP 47 shape: a 2–3 letter language, then subtags.
    static func isPlausibleTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first, (2...3).contains(language.count),
            language.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count)
                && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }

    /// The words of the mapping `key` with their whole numbers in `range`, lower-cased;
    /// with `fractions`, numbers of one or two decimals that are not whole, in hundredths
    /// (`1.5` → 150); anything else is an error at the entry that says `rule`.
    private static func wordValues(
        _ top: YAMLFields, _ key: String, in range: ClosedRange<Int>, fractions: Bool = false,
        _ rule: String
    ) throws(LocalePackError) -> [String: Int] {
        var values: [String: Int] = [:]
        guard let mapping = try top.mapping(key) else { return values }
        for word in mapping.keys {
            let value = fractions ? mapping.hundredths(word) : try mapping.int(word, default: -1)
            guard let value, range.contains(value), !fractions || value % 100 != 0,
                isOneWord(word)
            else {
                throw mapping.invalid(word, mapping.node(word), rule)
            }
            values[word.lowercased()] = value
        }
        return values
    }

    private static func quotePairs(_ top: YAMLFields) throws(LocalePackError) -> [QuotePair] {
        guard let node = top.node("quotes") else { return [QuotePair(open: "\"", close: "\"")] }
        guard case .sequence(let pairs) = node else {
            throw top.invalid("quotes", node, "expected a list of [open, close] pairs")
        }
        var result: [QuotePair] = []
        for pair in pairs {
            let marks = pair.array().compactMap(\.string)
            guard marks.count == 2, marks.allSatisfy({ !$0.isEmpty }) else {
                throw top.invalid("quotes", pair, "expected a pair [open, close]")
            }
            result.append(QuotePair(open: marks[0], close: marks[1]))
        }
        return result
    }

    private static func inflection(_ top: YAMLFields, script: String) throws(LocalePackError)
        -> InflectionProfile
    {
        guard let fields = try top.mapping("inflection") else { return .none }
        try fields.onlyAllow(["stemmer", "suffixes", "finals", "prefixes", "inner_finals"])
        var stemmer: Stemmer?
        if fields.node("stemmer") != nil {
            let name = try fields.string("stemmer")
            if name != "none" {
                guard let named = Stemmer(rawValue: name) else {
                    let known = (["none"] + Stemmer.allCases.map(\.rawValue)).joined(
                        separator: ", ")
                    throw fields.invalid(
                        "stemmer", fields.node("stemmer"), "'\(name)' is not one of: \(known)")
                }
                // Porter2 stems English words in Latin letters; every other word passes
                // through it unchanged (pass 68: it was taken for a Bengali pack, unsaid).
                guard named != .porter2 || script == "Latn" else {
                    throw fields.invalid(
                        "stemmer", fields.node("stemmer"),
                        "porter2 stems English words written in Latin letters and leaves "
                            + "\(script) words as they are; remove it and list the language's "
                            + "endings in suffixes")
                }
                stemmer = named
            }
        }
        func finalsMapping(_ name: String) throws(LocalePackError) -> [String: [String]] {
            var finals: [String: [String]] = [:]
            guard let node = fields.node(name) else { return finals }
            let mapping = try YAMLFields(node: node, file: fields.file, path: "inflection.\(name)")
            for key in mapping.keys {
                guard (1...2).contains(key.unicodeScalars.count) else {
                    throw mapping.invalid(
                        key, mapping.node(key), "a final must be one or two letters")
                }
                finals[key] = try mapping.strings(key, required: true)
            }
            return finals
        }
        let finals = try finalsMapping("finals")
        let innerFinals = try finalsMapping("inner_finals")
        // Each word inside a rendering may take one: their forms multiply.
        guard innerFinals.values.allSatisfy({ $0.count <= 2 }) else {
            throw fields.invalid(
                "inner_finals", fields.node("inner_finals"),
                "at most two endings for a final inside a rendering (every word of a term may "
                    + "take one, and their forms multiply)")
        }
        let profile = InflectionProfile(
            stemmer: stemmer, suffixes: try fields.strings("suffixes"), finals: finals,
            prefixes: try fields.strings("prefixes"), innerFinals: innerFinals)
        // Every form is tried at every word of a text: thousands of endings times thousands
        // of clitics would make matching crawl.
        let forms = profile.formsPerWord
        guard forms <= InflectionProfile.maximumForms else {
            let key = profile.prefixes.isEmpty ? "suffixes" : "prefixes"
            throw fields.invalid(
                key, fields.node(key),
                "\(profile.suffixes.count) suffixes, up to \(finals.values.map(\.count).max() ?? 0) "
                    + "endings for a final and \(profile.prefixes.count) prefixes make \(forms) "
                    + "forms of every word; at most \(InflectionProfile.maximumForms) are allowed "
                    + "(list the words that need rare endings as glossary variants)")
        }
        return profile
    }

    private static func transliteration(_ top: YAMLFields) throws(LocalePackError)
        -> [String: String]
    {
        guard let fields = try top.mapping("transliteration") else { return [:] }
        var table: [String: String] = [:]
        for key in fields.keys {
            let classes = try fields.string(key, default: "")
            guard (1...3).contains(key.unicodeScalars.count), key.lowercased() == key else {
                throw fields.invalid(
                    key, fields.node(key), "a key is one to three lower-case letters")
            }
            guard classes.utf8.count <= 3, classes.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A })
            else {
                throw fields.invalid(
                    key, fields.node(key), "classes are up to three capital letters A–Z")
            }
            table[key] = classes
        }
        return table
    }

    private static func alignment(_ top: YAMLFields) throws(LocalePackError) -> AlignmentProfile {
        guard let fields = try top.mapping("alignment") else { return .uncalibrated }
        try fields.onlyAllow(["length_ratio", "variance", "beads"])
        var beads: [AlignmentModel.BeadShape: Double] = [:]
        if let shapes = try fields.mapping("beads") {
            for key in shapes.keys {
                // Exactly one digit 0–2 each side (the aligner's beads hold at most two
                // sentences a side; pass 32: `3-1` was taken, and aligned as two): `-1-1`
                // and `01-1` are no beads.
                let parts = key.split(separator: "-", omittingEmptySubsequences: false).map {
                    $0.count == 1 ? Int($0).flatMap { (0...2).contains($0) ? $0 : nil } : nil
                }
                let counts = parts.compactMap { $0 }
                guard parts.count == 2, counts.count == 2, counts != [0, 0] else {
                    throw shapes.invalid(
                        key, shapes.node(key),
                        "a bead is SOURCE-TARGET sentence counts of 0, 1 or 2, e.g. 2-1")
                }
                let prior = try shapes.positiveNumber(key, default: 1)
                guard prior < 1 else {
                    throw shapes.invalid(
                        key, shapes.node(key),
                        "\(prior) is no prior: a prior is a probability above 0 and below 1")
                }
                beads[AlignmentModel.BeadShape(counts[0], counts[1])] = prior
            }
        }
        // The priors are the shares of the bead shapes, so they add up to 1, with the
        // defaults of the shapes left out (pass 68: priors adding up to 1.8 were taken). A
        // pack's rounded shares may miss 1 by a little.
        let total = AlignmentModel.defaultPriors.merging(beads) { $1 }.values.reduce(0, +)
        guard abs(total - 1) <= 0.1 else {
            throw fields.invalid(
                "beads", fields.node("beads"),
                "the priors add up to \((total * 1000).rounded() / 1000) (with the defaults of "
                    + "the shapes not listed); they are the shares of the bead shapes, so they "
                    + "add up to 1")
        }
        let ratio = try fields.positiveNumber("length_ratio", default: 1)
        let variance = try fields.positiveNumber("variance", default: 6.8)
        // What `tm calibrate` would refuse or never print (pass 32: 1e-300 made every
        // sentence an omission and an addition).
        for (key, value, range) in [
            ("length_ratio", ratio, AlignmentProfile.plausibleLengthRatios),
            ("variance", variance, AlignmentProfile.plausibleVariances),
        ] where !range.contains(value) {
            throw fields.invalid(
                key, fields.node(key),
                "\(value) is outside what translations have (\(range.lowerBound) to "
                    + "\(range.upperBound)); tarjuman tm calibrate measures it from a memory")
        }
        return AlignmentProfile(lengthRatio: ratio, variance: variance, beads: beads)
    }

    private static func punctuation(_ top: YAMLFields) throws(LocalePackError) -> Punctuation {
        guard let fields = try top.mapping("punctuation") else {
            return Punctuation(
                fullStop: ".", question: "?", comma: ",", semicolon: ";", alsoAccepted: [],
                sentenceSpace: " ")
        }
        try fields.onlyAllow([
            "full_stop", "question", "comma", "semicolon", "also_accepted", "sentence_space",
        ])
        let space = try fields.string("sentence_space", default: " ")
        // Between the sentences of one paragraph: a line break there would make each
        // sentence a paragraph of the merged document (pass 43).
        guard
            space.unicodeScalars.allSatisfy({
                $0.properties.isWhitespace
                    && !"\n\r\u{0B}\u{0C}\u{85}\u{2028}\u{2029}".unicodeScalars.contains($0)
            })
        else {
            throw top.invalid(
                "punctuation", fields.node("sentence_space"),
                "sentence_space must be spaces without a line break (\" \" or \"\")")
        }
        // Marks, not letters or nothing: `merge` writes them and the `punctuation` check
        // compares them (pass 54: an empty full stop made merge drop every final `.`, and a
        // letter `x` ended every sentence with it).
        var marks: [String: String] = [:]
        for (key, standard) in [
            ("full_stop", "."), ("question", "?"), ("comma", ","), ("semicolon", ";"),
        ] {
            let mark = try fields.string(key, default: standard)
            // Punctuation only (pass 55: `$`, `+`, `©` were taken).
            guard !mark.isEmpty,
                mark.unicodeScalars.allSatisfy({
                    switch $0.properties.generalCategory {
                    case .connectorPunctuation, .dashPunctuation, .openPunctuation,
                        .closePunctuation, .initialPunctuation, .finalPunctuation,
                        .otherPunctuation:
                        true
                    default: false
                    }
                })
            else {
                throw top.invalid(
                    "punctuation", fields.node(key),
                    "\(key) '\(mark.shownInMessage)' is no punctuation mark; write the mark "
                        + "itself (full_stop: \"۔\")")
            }
            marks[key] = mark
        }
        return Punctuation(
            fullStop: marks["full_stop"] ?? ".", question: marks["question"] ?? "?",
            comma: marks["comma"] ?? ",", semicolon: marks["semicolon"] ?? ";",
            alsoAccepted: try fields.strings("also_accepted"), sentenceSpace: space)
    }

    /// Refuses a written `full_stop` or `question` that is not one of the pack's terminators
    /// (merge ends sentences with it, and the punctuation check compares it: pass 68, `।।` and
    /// `॥` loaded, and a question ending in `।` went unreported).
    private static func checkEndMarks(
        _ top: YAMLFields, punctuation: Punctuation, terminators: Set<Unicode.Scalar>
    ) throws(LocalePackError) {
        guard let fields = try top.mapping("punctuation") else { return }
        for (key, mark) in [
            ("full_stop", punctuation.fullStop), ("question", punctuation.question),
        ]
        where fields.has(key) {
            let scalars = Array(mark.unicodeScalars)
            guard scalars.count == 1 else {
                throw top.invalid(
                    "punctuation", fields.node(key),
                    "\(key) '\(mark.shownInMessage)' is \(scalars.count) characters; write the one "
                        + "mark that ends a sentence")
            }
            guard !terminators.contains(scalars[0]) else { continue }
            throw top.invalid(
                "punctuation", fields.node(key),
                "\(key) '\(mark.shownInMessage)' is not one of segmentation.terminators ("
                    + terminators.sorted { $0.value < $1.value }.map { String($0) }.joined(
                        separator: " ")
                    + "); add it there, or write one of them")
        }
    }

    /// Whether `scalar` is punctuation or a symbol (general category P or S).
    private static func canEndSentences(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol,
            .currencySymbol, .modifierSymbol, .otherSymbol:
            true
        default: false
        }
    }

    private static func segmentation(_ top: YAMLFields, script: String) throws(LocalePackError)
        -> SegmentationProfile
    {
        let fields = try top.mapping("segmentation")
        try fields?.onlyAllow([
            "terminators", "unwrap", "unwrap_min_words", "abbreviations", "prefixes", "labels",
            "initials", "sentence_starters", "ellipses", "has_case", "single_letter_words",
            "continuers", "unwrap_after", "abbreviation_vowels", "final_abbreviations",
            "attribution_verbs", "non_starters", "number_units", "greetings", "sign_offs",
            "openers",
        ])
        let vowelText = try fields?.string("abbreviation_vowels", default: "") ?? ""
        guard vowelText.unicodeScalars.allSatisfy({ $0.properties.isLowercase }) else {
            throw top.invalid(
                "segmentation.abbreviation_vowels", fields?.node("abbreviation_vowels"),
                "'\(vowelText.shownInMessage)' holds a character that is no lower-case letter; "
                    + "list the vowel letters in lower case, such as aeiouy")
        }
        // A segmentation section without the key has the default ones too (it had none).
        let terminatorText =
            fields?.has("terminators") == true
            ? try fields?.strings("terminators") ?? [] : [".", "?", "!"]
        var terminators = Set<Unicode.Scalar>()
        for (index, item) in terminatorText.enumerated() {
            let scalars = Array(item.unicodeScalars)
            guard scalars.count == 1, let scalar = scalars.first else {
                // Placed at the item itself (it was at the list's first item).
                throw top.invalid(
                    "segmentation.terminators", fields?.itemNode("terminators", at: index),
                    "'\(item.shownInMessage)' is not one character")
            }
            // Punctuation or a symbol: a space, letter or digit would end a sentence at
            // every word (pass 32: `" "` was taken).
            guard Self.canEndSentences(scalar) else {
                throw top.invalid(
                    "segmentation.terminators", fields?.itemNode("terminators", at: index),
                    "'\(item.shownInMessage)' is no punctuation mark; a sentence ends at "
                        + "punctuation such as . ? ! ۔")
            }
            terminators.insert(scalar)
        }
        // A sentence would never end (pass 68: `terminators: []` loaded).
        if terminatorText.isEmpty {
            throw top.invalid(
                "segmentation.terminators", fields?.node("terminators"),
                "lists no mark; a sentence ends at one at least (. ? ! ۔ ।)")
        }
        let folded = { (words: [String]) in Set(words.map { $0.lowercased() }) }
        // An opener is matched as written, capitalised: another entry never matches (pass
        // 50: `this`, `.` and a ZWSP were taken and did nothing).
        let openers = try fields?.strings("openers") ?? []
        for (index, word) in openers.enumerated() {
            let scalars = Array(word.unicodeScalars)
            guard let first = scalars.first, first.properties.isUppercase,
                scalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "'" || $0 == "’" })
            else {
                throw top.invalid(
                    "segmentation.openers", fields?.itemNode("openers", at: index),
                    "'\(word.shownInMessage)' is no capitalised word; list words as they open a "
                        + "sentence (This, If)")
            }
        }
        // ICU builds its abbreviation filter from the prefixes in time that grows with the
        // square of their number (32,000 took 3 s before every command).
        let prefixes = try fields?.strings("prefixes") ?? []
        guard prefixes.count <= SegmentationProfile.maximumPrefixes else {
            throw top.invalid(
                "segmentation.prefixes", fields?.node("prefixes"),
                "lists \(prefixes.count) words; at most \(SegmentationProfile.maximumPrefixes) "
                    + "(titles before a name, such as Mr. and Dr.; other abbreviations go in "
                    + "abbreviations)")
        }
        // A title is listed without its full stop: with it, it never matches, and the
        // sentence ends after it (pass 68: `ডা.`).
        for (index, prefix) in prefixes.enumerated()
        where prefix.unicodeScalars.last.map(terminators.contains) == true {
            throw top.invalid(
                "segmentation.prefixes", fields?.itemNode("prefixes", at: index),
                "'\(prefix.shownInMessage)' ends with a sentence terminator; list the word "
                    + "without it (dr for Dr.)")
        }
        return SegmentationProfile(
            terminators: terminators,
            hasCase: try fields?.bool("has_case", default: script == "Latn") ?? (script == "Latn"),
            unwrap: try fields?.choice("unwrap", default: UnwrapPolicy.auto) ?? .auto,
            unwrapMinimumWords: try fields?.int("unwrap_min_words", default: 4) ?? 4,
            abbreviations: folded(
                try (fields?.strings("abbreviations") ?? [])
                    + (fields?.strings("final_abbreviations") ?? [])),
            finalAbbreviations: folded(try fields?.strings("final_abbreviations") ?? []),
            prefixes: folded(prefixes),
            labels: folded(try fields?.strings("labels") ?? []),
            initials: folded(try fields?.strings("initials") ?? []),
            sentenceStarters: Set(try fields?.strings("sentence_starters") ?? []),
            ellipses: try fields?.strings("ellipses") ?? ["...", "…"],
            singleLetterWords: folded(try fields?.strings("single_letter_words") ?? []),
            continuers: try fields?.strings("continuers") ?? [],
            attributionVerbs: Set(try fields?.strings("attribution_verbs") ?? []),
            nonStarters: Set(try fields?.strings("non_starters") ?? []),
            numberUnits: folded(try fields?.strings("number_units") ?? []),
            greetings: try fields?.strings("greetings") ?? [],
            signOffs: try fields?.strings("sign_offs") ?? [],
            openers: openers,
            unwrapAfter: folded(try fields?.strings("unwrap_after") ?? []),
            abbreviationVowels: Set(vowelText.utf16))
    }

    private static func normalization(_ top: YAMLFields) throws(LocalePackError)
        -> NormalizationProfile
    {
        let fields = try top.mapping("normalization")
        try fields?.onlyAllow([
            "nfc", "presentation_forms", "canonical", "orthographic", "key", "key_casefold",
        ])
        let nfc = try fields?.bool("nfc", default: true) ?? true
        let caseFolds = try fields?.bool("key_casefold", default: true) ?? true
        // Each layer applies with the ones below it, so none may undo them either.
        let canonical = try rules(
            fields, "canonical", composed: nfc, caseFolds: caseFolds, below: [])
        let orthographic = try rules(
            fields, "orthographic", composed: nfc, caseFolds: caseFolds,
            below: [("canonical", canonical)])
        return NormalizationProfile(
            nfc: nfc,
            presentationForms: try fields?.bool("presentation_forms", default: false) ?? false,
            canonical: canonical, orthographic: orthographic,
            key: try rules(
                fields, "key", composed: nfc, caseFolds: caseFolds,
                below: [("canonical", canonical), ("orthographic", orthographic)]),
            keyCaseFold: caseFolds)
    }

    /// The rules of one layer. With `composed` (the pack's `nfc`), rules see text in NFC, so
    /// a `from` sequence that NFC would change (decomposed: ا + ٓ for آ; marks out of
    /// canonical order) never matches, and is refused. `caseFolds`: whether the key folds
    /// case (for rings closed by the key's fold).
    private static func rules(
        _ fields: YAMLFields?, _ layer: String, composed: Bool, caseFolds: Bool,
        below: [(layer: String, rules: [NormalizationRule])]
    ) throws(LocalePackError) -> [NormalizationRule] {
        guard let fields else { return [] }
        var result: [NormalizationRule] = []
        // The layer's replace rules by the first character of what they replace.
        var byFirst: [Unicode.Scalar: [Int]] = [:]
        // Where each rule of this layer applies, by what it matches: a later rule of the same
        // `from` applying nowhere the earlier one does not is never reached.
        var matchers: [[UInt32]: [(NormalizationRule.Position, Set<Unicode.Scalar>, String)]] =
            [:]
        // The replace rules of this layer and the ones below, which apply with it, indexed
        // the same way, to find rings of rules that feed each other.
        var feeding = RuleChains(rules: below.flatMap(\.rules), caseFolds: caseFolds)
        for entry in try fields.mappings(layer) {
            try entry.onlyAllow([
                "id", "from", "to", "from_each", "to_each", "position", "not_after", "action",
                "note",
            ])
            let id = try entry.string("id")
            guard !id.trimmingWhiteSpace().isEmpty else {
                throw entry.invalid("id", entry.node("id"), "is empty; reports name rules by id")
            }
            // Reports name a rule by its id alone: one id is one rule, or one family of rules
            // listed together (the six legacy spellings of L1-bal-04); pass 32: two rules far
            // apart shared one, unsaid.
            let family = result.last?.id == id
            if !family,
                let other = ([(layer, result)] + below).first(where: {
                    $0.rules.contains { $0.id == id }
                })
            {
                throw entry.invalid(
                    "id", entry.node("id"),
                    "'\(id.shownInMessage)' is also the id of an earlier rule (in \(other.layer)); "
                        + "reports name rules by id: give this rule its own, or list the rules "
                        + "of one id together")
            }
            let position = try entry.choice("position", default: NormalizationRule.Position.any)
            let action = try entry.choice("action", default: NormalizationRule.Action.replace)
            if action == .report, let field = ["to", "to_each"].first(where: entry.has) {
                throw entry.invalid(
                    field, entry.node(field),
                    "a rule with action: report leaves the text as it is; remove '\(field)' or "
                        + "make it a replace rule")
            }
            let notAfter = Set(try entry.strings("not_after").flatMap(\.unicodeScalars))
            let note = try entry.string("note", default: "")
            let pairs = try replacementPairs(entry, action: action)
            // Pass 68: a rule repeating an earlier one's `from` was taken, and never applied;
            // pass 70: so was one whose earlier rule applies anywhere. By code point: Swift's
            // string equality would take U+0340 for U+0300.
            for (from, _) in pairs {
                let key = from.map(\.value)
                let shadowing = matchers[key, default: []].first { earlier in
                    (earlier.0 == .any || earlier.0 == position) && earlier.1.isSubset(of: notAfter)
                }
                if let (_, _, earlier) = shadowing {
                    let field = entry.has("from") ? "from" : "from_each"
                    let written =
                        "'\(String(String.UnicodeScalarView(from)))' "
                        + "(\(from.map(\.codePoint).joined(separator: " ")))"
                    throw entry.invalid(
                        field, entry.node(field),
                        earlier == id
                            ? "lists \(written) twice under the id '\(id.shownInMessage)': "
                                + "keep one"
                            : "\(written) is also what rule '\(earlier.shownInMessage)' of "
                                + "this layer matches, wherever this one would apply; only the "
                                + "earlier applies: keep one")
                }
                matchers[key, default: []].append((position, notAfter, id))
            }
            // (A single character NFC replaces, in `from` or in a set, is merely never met:
            // a range of marks holds some, and the Hindi pack states NFC's nukta choice.)
            if composed, entry.has("from"), let (from, _) = pairs.first, from.count > 1,
                !isComposed(from)
            {
                let written = String(String.UnicodeScalarView(from))
                throw entry.invalid(
                    "from", entry.node("from"),
                    "'\(written)' (\(from.map(\.codePoint).joined(separator: " "))) is not in "
                        + "composed form (NFC); text is composed before rules apply, so it "
                        + "never matches: write it composed")
            }
            // A problem with what the rule writes, at its `to` or `to_each` field.
            let toField = entry.has("to") ? "to" : "to_each"
            let refused = { (message: String) in
                entry.invalid(toField, entry.node(toField), message)
            }
            for (from, to) in pairs where action == .replace && RuleChains.holds(to, from) {
                throw refused(
                    "holds what the rule replaces ('\(String(String.UnicodeScalarView(from)))'): "
                        + "the rule would match its own output again and again; replace only "
                        + "what changes")
            }
            // A control character written into text (NUL, ESC, a line break) corrupts the
            // document or the positions of everything after it; so does U+2028 or U+2029,
            // a line break to Unicode (pass 22: they were let through).
            if let control = pairs.lazy.flatMap(\.1).first(where: \.isControlOrLineSeparator) {
                throw refused(
                    "writes the control character \(control.codePoint) "
                        + "into the text; a rule may only write visible text, spaces and "
                        + "invisible format marks")
            }
            for (from, to) in pairs {
                // Two rules of one layer that each write what the other replaces (a → b and
                // b → a) undo each other: the text would change every round, never settle.
                // Against a layer below, each round ends in this layer, so the text settles
                // unless the pair grows it (the ring check below) or the run says otherwise
                // (pass 52: a Hindi key's ० → 0 was refused against an L1 0 → ०).
                let undoes = { (other: NormalizationRule) in
                    other.action == .replace && RuleChains.holds(to, other.from)
                        && RuleChains.holds(other.to, from)
                }
                var undone: (layer: String, rule: NormalizationRule)?
                if action == .replace {
                    let candidates = Set(to).flatMap { byFirst[$0] ?? [] }.sorted()
                    if let same = candidates.map({ result[$0] }).first(where: undoes) {
                        undone = ("the same", same)
                    }
                }
                if let (layerName, other) = undone {
                    throw refused(
                        "'\(String(String.UnicodeScalarView(from)))' → "
                            + "'\(String(String.UnicodeScalarView(to)))' undoes rule "
                            + "'\(other.id)' of \(layerName) layer (it writes what this one "
                            + "replaces), so the text would never settle; keep one direction")
                }
                // Longer rings grow the text every round (a → bb, b → cc, c → aa: pass 49
                // measured 8–128 times its size before the rounds stopped).
                if action == .replace, let ring = feeding.ring(from: from, to: to) {
                    let written = { (scalars: [Unicode.Scalar]) in
                        "'" + String(String.UnicodeScalarView(scalars)) + "'"
                    }
                    if ring.isEmpty {
                        throw refused(
                            "writes \(written(to)), which the matching key folds to "
                                + "\(written(feeding.keyFolded(to))) (\(caseFolds ? "case and " : "")"
                                + "digits), and that "
                                + "holds what the rule replaces (\(written(from))): the text "
                                + "would grow every round; write what the key keeps")
                    }
                    let links = ring.map { "\(written($0.from)) → \(written($0.to)) ('\($0.id)')" }
                    throw refused(
                        "\(written(from)) → \(written(to)) feeds rules that feed it again: "
                            + links.joined(separator: ", ") + " each write what the next "
                            + "replaces (as written, or once the matching key folds case and "
                            + "digits), the last what this one does, so the text would never "
                            + "settle; break the ring")
                }
                let rule = NormalizationRule(
                    id: id, from: from, to: to, position: position, notAfter: notAfter,
                    action: action, note: note)
                if action == .replace, let first = from.first {
                    byFirst[first, default: []].append(result.count)
                }
                feeding.add(rule)
                result.append(rule)
            }
        }
        return result
    }

    /// Whether NFC leaves `scalars` as they are.
    private static func isComposed(_ scalars: [Unicode.Scalar]) -> Bool {
        let units = Array(String(String.UnicodeScalarView(scalars)).utf16)
        return (try? ICUNormalizer.normalize(units, form: .nfc)).map { $0 == units } ?? true
    }

    /// The (from, to) pairs of a rule: `from`/`to` for one sequence, `from_each`/`to_each`
    /// for a set of single characters mapped one to one (or all to `to`).
    private static func replacementPairs(_ entry: YAMLFields, action: NormalizationRule.Action)
        throws(LocalePackError) -> [([Unicode.Scalar], [Unicode.Scalar])]
    {
        // One way of naming what a rule replaces: a second one was silently ignored.
        for (one, other) in [("from", "from_each"), ("to", "to_each")]
        where entry.has(one) && entry.has(other) {
            throw entry.invalid(
                other, entry.node(other), "a rule has either \(one) or \(other), not both")
        }
        if entry.has("to_each") && !entry.has("from_each") {
            throw entry.invalid("to_each", entry.node("to_each"), "needs from_each")
        }
        let to = Array(try entry.string("to", default: "").unicodeScalars)
        if entry.has("from_each") {
            let sources = Array(try entry.string("from_each").unicodeScalars)
            guard !sources.isEmpty else {
                throw entry.invalid("from_each", entry.node("from_each"), "is empty")
            }
            if entry.has("to_each") {
                let targets = Array(try entry.string("to_each").unicodeScalars)
                guard targets.count == sources.count else {
                    throw entry.invalid(
                        "to_each", entry.node("to_each"),
                        "has \(targets.count) characters but from_each has \(sources.count)")
                }
                return zip(sources, targets).map { ([$0], [$1]) }
            }
            return sources.map { ([$0], to) }
        }
        let from = Array(try entry.string("from").unicodeScalars)
        guard !from.isEmpty else { throw entry.invalid("from", entry.node("from"), "is empty") }
        guard action == .report || entry.has("to") else {
            throw LocalePackError.missingField(
                file: entry.file, position: entry.position, field: "to")
        }
        return [(from, to)]
    }
}
