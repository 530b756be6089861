/// The checks `tarjuman check` runs on an aligned source and translation.
public enum TranslationChecks {
    /// Every check, with its examples (English → Urdu, checked with the project glossary).
    public static let all: [Rule] = [
        Rule(
            translation: "term-missing", severity: .error,
            summary:
                "a glossary term in the source has no accepted rendering in its aligned translation",
            explanation:
                "The glossary is the project's agreed terminology: a source term whose aligned translation holds none of its accepted renderings (in any inflection the pack knows) was either translated another way or dropped. Use one of the expected renderings, or add the rendering to the glossary if it is right.",
            triggering: [("Enforced disappearances continue.", "گمشدگیاں جاری ہیں۔")],
            nonTriggering: [("Enforced disappearances continue.", "جبری گمشدگیاں جاری ہیں۔")]),
        Rule(
            translation: "term-forbidden", severity: .error,
            summary: "a deprecated or forbidden rendering is used",
            explanation:
                "Rows with status deprecated or forbidden record renderings the project decided against for a term; the message names the preferred rendering to use instead. A rendering is judged where the aligned source sentence has its term: the same words may rightly translate another (خود مختاری is forbidden for self-determination, and right for autonomy).",
            triggering: [
                ("They demand self-determination.", "وہ خود مختاری کا مطالبہ کرتے ہیں۔"),
                (
                    "The enforced disappearance shocked everyone.",
                    "اس اغوا نے سب کو ہلا کر رکھ دیا۔"
                ),
            ],
            nonTriggering: [
                ("They demand self-determination.", "وہ حقِ خود ارادیت کا مطالبہ کرتے ہیں۔"),
                ("The region wants autonomy.", "علاقہ خود مختاری چاہتا ہے۔"),
            ]),
        Rule(
            translation: "term-inconsistent", severity: .warning,
            summary:
                "one source term is rendered in different accepted ways across the document (or across the files checked together)",
            explanation:
                "A reader meets the same concept under two names and may take them for two things. Settle on one accepted rendering per concept across the document (a glossary row with status preferred says which).",
            triggering: [("Corruption spread. Corruption grew.", "بدعنوانی پھیلی۔ کرپشن بڑھی۔")],
            nonTriggering: [
                ("Corruption spread. Corruption grew.", "بدعنوانی پھیلی۔ بدعنوانی بڑھی۔")
            ]),
        Rule(
            translation: "number-mismatch", severity: .error,
            summary:
                "numbers differ between a sentence and its translation (digit scripts ignored)",
            explanation:
                "Dates, figures and counts must survive translation. Numbers are compared as values, whatever the digit script (1948 = ۱۹۴۸ = ١٩٤٨) and grouping (2,500 = ۲٬۵۰۰ = 2500; 2,50,000 = 250,000), so only a changed, missing or extra number is reported. A decimal point (. or ٫) is part of the value: 1.5 is not 15, and ۲٫۵ is 2.5, not 2,500; so is a minus sign before the digits (-5 is not 5), with or without the bidi marks CLDR writes around it in Arabic, Persian and Urdu. A comma groups only three digits (two in lakh grouping): 1,5 is two numbers, not 15.",
            triggering: [
                ("It was annexed in 1948.", "اس کا الحاق ۱۹۵۸ء میں ہوا۔"),
                ("Inflation was 1.5 percent.", "افراطِ زر 15 فیصد تھی۔"),
                ("It cost 2,500 rupees.", "اس پر ۲٫۵۰۰ روپے لگے۔"),
                ("It weighed 1,5 kg.", "اس کا وزن 15 کلو تھا۔"),
                ("Growth was -5%.", "ترقی 5٪ تھی۔"),
            ],
            nonTriggering: [
                ("It was annexed in 1948.", "اس کا الحاق ۱۹۴۸ء میں ہوا۔"),
                ("Inflation was 1.5 percent.", "افراطِ زر ۱٫۵ فیصد تھی۔"),
                ("It cost 2,500 rupees.", "اس پر ۲٬۵۰۰ روپے لگے۔"),
                ("It cost 2,50,000 rupees.", "اس پر 250,000 روپے لگے۔"),
                ("Growth was -5%.", "ترقی -5٪ تھی۔"),
            ]),
        Rule(
            translation: "omission", severity: .warning,
            summary: "a source sentence has no translation (1:0 bead)",
            explanation:
                "The aligner found no translation for this sentence (a 1:0 bead). Translate it; if it was left out on purpose, a reviewer should confirm that nothing the reader needs was lost.",
            triggering: [
                (
                    "Gwadar is a port with 300 workers. Protests began in 2021. The state replied with force.",
                    "گوادر ایک بندرگاہ ہے جہاں 300 مزدور ہیں۔ ریاست نے طاقت سے جواب دیا۔"
                )
            ],
            nonTriggering: [("Gwadar is a port.", "گوادر ایک بندرگاہ ہے۔")]),
        Rule(
            translation: "omitted-content", severity: .error,
            summary: "a sentence missing from the translation carries numbers or glossary terms",
            explanation:
                "An omission (1:0 bead) whose sentence holds numbers or glossary terms loses facts the reader needs, which the number and term checks cannot see with no translation to compare: the finding names them, at the first. Translate the sentence; if it was left out on purpose, suppress the finding with the reason.",
            triggering: [
                (
                    "Gwadar is a port with 300 workers. Protests began in 2021. The state replied with force.",
                    "گوادر ایک بندرگاہ ہے جہاں 300 مزدور ہیں۔ ریاست نے طاقت سے جواب دیا۔"
                )
            ],
            nonTriggering: [
                ("Gwadar is a port.", "گوادر ایک بندرگاہ ہے۔"),
                (
                    "Gwadar is a port with 300 workers. Nobody came back. The state replied with force.",
                    "گوادر ایک بندرگاہ ہے جہاں 300 مزدور ہیں۔ ریاست نے طاقت سے جواب دیا۔"
                ),
            ]),
        Rule(
            translation: "incomplete", severity: .error,
            summary:
                "more than half of the source sentences have no translation or look untranslated, or of the translated ones no source, or the translated sentences without a source are more than half as many as the source's",
            explanation:
                "When most source sentences have no counterpart, the translation is unfinished or the wrong file was given: one error says so for the whole file, so that a translation missing most of its text fails the run however its sentence-level omissions are configured. Each missing sentence is still listed as an omission, to say where the gaps are. A sentence left in the source's words (an untranslated finding) counts as having no translation: the source copied as its own translation is incomplete. So does one given a copy of what another source sentence was translated as (part of the translation pasted twice, filler repeated), and, in line-aligned files, a source line against an empty line. The same holds the other way: when most translated sentences have no source (an empty or shortened source file, or the wrong one), one error says so at the source, and each sentence is still listed as an addition. Translated sentences without a source more than half as many as the source's sentences are an error too, at the translation: text pasted twice, or a source that lacks a part. So are sentences left unpaired on both sides (two or more on each), together more than two fifths as many as the source's: a translation whose paragraphs were put in another order, or of another text.",
            triggering: [
                (
                    "The port is large. It was built in 2007. Fishermen lost their livelihoods.",
                    "بندرگاہ بڑی ہے۔"
                ),
                (
                    "The port is large.",
                    "بندرگاہ بڑی ہے۔ یہ 2007ء میں تعمیر ہوئی۔ ماہی گیروں کا روزگار چھن گیا۔"
                ),
                (
                    "The port is large. It was built in 2007.",
                    "The port is large. It was built in 2007."
                ),
                (
                    "The port is large. It was built in 2007. Fishermen lost their livelihoods.",
                    "بندرگاہ بڑی ہے۔ یہ 2007ء میں تعمیر ہوئی۔ ماہی گیروں کا روزگار چھن گیا۔ بندرگاہ بڑی ہے۔ یہ 2007ء میں تعمیر ہوئی۔ ماہی گیروں کا روزگار چھن گیا۔"
                ),
            ],
            nonTriggering: [
                (
                    "The port is large. It was built in 2007.",
                    "بندرگاہ بڑی ہے۔ یہ 2007ء میں تعمیر ہوئی۔"
                )
            ]),
        Rule(
            translation: "addition", severity: .warning,
            summary: "a translated sentence has no source (0:1 bead)",
            explanation:
                "A translated sentence with no source (a 0:1 bead) is text the translator added, or a sentence whose source was deleted after translation.",
            triggering: [
                (
                    "Gwadar is a port with 300 workers.",
                    "گوادر ایک بندرگاہ ہے جہاں 300 مزدور ہیں۔ یہ جملہ اصل متن میں موجود نہیں ہے اور مترجم نے اپنی طرف سے لکھا ہے۔"
                )
            ],
            nonTriggering: [("Gwadar is a port.", "گوادر ایک بندرگاہ ہے۔")]),
        Rule(
            translation: "merged", severity: .info,
            summary: "two source sentences were translated as one",
            explanation:
                "Two source sentences rendered as one is often good style; it is reported as information so a reviewer can confirm nothing was lost in the joining.",
            triggering: [
                (
                    "The port opened in 2007. Fishermen lost their livelihoods in 2008.",
                    "بندرگاہ 2007ء میں کھلی اور 2008ء میں ماہی گیر اپنے روزگار سے محروم ہو گئے۔"
                )
            ],
            nonTriggering: [
                (
                    "The port opened in 2007. Fishermen lost their livelihoods in 2008.",
                    "بندرگاہ 2007ء میں کھلی۔ 2008ء میں ماہی گیر اپنے روزگار سے محروم ہو گئے۔"
                )
            ]),
        Rule(
            translation: "paragraph-break", severity: .info,
            summary: "a paragraph joined to the one before, or split, by the translation",
            explanation:
                "Where the documents' paragraph counts differ, each place where a translated sentence starts a paragraph while its source sentence runs on (a paragraph split), or the other way round (two joined), is reported as information: it may be the translator's choice, but a worksheet or review tool pairing paragraphs goes wrong from there. Sentences added or omitted between them do not count.",
            triggering: [
                (
                    "The port opened in 2007.\n\nFishermen lost their livelihoods in 2008.",
                    "بندرگاہ 2007ء میں کھلی۔ 2008ء میں ماہی گیر اپنے روزگار سے محروم ہو گئے۔"
                ),
                (
                    "The port opened in 2007. Fishermen lost their livelihoods in 2008.",
                    "بندرگاہ 2007ء میں کھلی۔\n\n2008ء میں ماہی گیر اپنے روزگار سے محروم ہو گئے۔"
                ),
            ],
            nonTriggering: [
                (
                    "The port opened in 2007.\n\nFishermen lost their livelihoods in 2008.",
                    "بندرگاہ 2007ء میں کھلی۔\n\n2008ء میں ماہی گیر اپنے روزگار سے محروم ہو گئے۔"
                ),
                (
                    "The port opened in 2007.\n\nFishermen lost their livelihoods in 2008.",
                    "بندرگاہ 2007ء میں کھلی۔\n\nمترجم کا نوٹ۔\n\n2008ء میں ماہی گیر اپنے روزگار سے محروم ہو گئے۔"
                ),
            ]),
        Rule(
            translation: "reordered", severity: .info,
            summary: "two sentences translated in the other order",
            explanation:
                "Two source sentences aligned with two translated ones whose numbers and glossary "
                + "terms match crosswise, not in order: the translation swaps them. Often a slip "
                + "(steps of a procedure, a question and its answer); sometimes style, so it is "
                + "information for a reviewer.",
            triggering: [
                (
                    "Add 4 tomatoes and 2 spoons of salt. Cook on a high flame for 15 minutes.",
                    "تیز آنچ پر 15 منٹ تک پکائیں۔ 4 ٹماٹر اور 2 چمچ نمک ڈالیں۔"
                )
            ],
            nonTriggering: [
                (
                    "Add 4 tomatoes and 2 spoons of salt. Cook on a high flame for 15 minutes.",
                    "4 ٹماٹر اور 2 چمچ نمک ڈالیں۔ تیز آنچ پر 15 منٹ تک پکائیں۔"
                )
            ]),
        Rule(
            translation: "split", severity: .info,
            summary: "one source sentence was translated as two",
            explanation:
                "One source sentence rendered as two is often good style; it is reported as information so a reviewer can confirm the meaning holds across the split.",
            triggering: [
                (
                    "The port opened in 2007 and fishermen lost their livelihoods in 2008.",
                    "بندرگاہ 2007ء میں کھلی۔ 2008ء میں ماہی گیر اپنے روزگار سے محروم ہو گئے۔"
                )
            ],
            nonTriggering: [
                (
                    "The port opened in 2007 and fishermen lost their livelihoods in 2008.",
                    "بندرگاہ 2007ء میں کھلی اور 2008ء میں ماہی گیر اپنے روزگار سے محروم ہو گئے۔"
                )
            ]),
        Rule(
            translation: "untranslated", severity: .warning,
            summary:
                "a translated sentence is the source text, or mostly in a script not the translation's",
            explanation:
                "A sentence identical to its source, or mostly in the source's Latin script inside an Arabic-script translation, was probably pasted and not translated. So was one mostly in a third script, not the source's nor the translation's: English typed as the Balochi translation of an Urdu source, or a translation into another language pasted in; unless its source sentence is in that script too (names, a command). A sentence with a quarter of its words in the translation's script is translated, keeping names or a title.",
            triggering: [
                ("The port was built in 2007.", "The port was built in 2007."),
                ("The port was built in 2007.", "बंदरगाह 2007 में बना था।"),
            ],
            nonTriggering: [
                ("The port was built in 2007.", "بندرگاہ 2007ء میں تعمیر ہوئی۔"),
                (
                    "Anthony Fauci and Deborah Birx spoke at the White House.",
                    "Anthony Fauci اور Deborah Birx نے White House میں بات کی۔"
                ),
            ]),
        Rule(
            translation: "script-mixing", severity: .warning,
            summary: "a word mixes Latin and Arabic letters",
            explanation:
                "A word holding both Latin and Arabic letters is almost always a typing slip from switching keyboard layouts; it breaks search, spelling checks and shaping.",
            triggering: [("The port is large.", "بندرگاہ بڑیt ہے۔")],
            nonTriggering: [("The port is large.", "بندرگاہ بڑی ہے۔")]),
        Rule(
            translation: "punctuation", severity: .warning,
            summary:
                "Latin . ? , where the language uses ۔ ؟ ،, a question ending in a full stop, unbalanced brackets or quotes, bidi controls",
            explanation:
                "Urdu and Balochi use their own full stop, question mark and comma (۔ ؟ ،); Latin marks after Arabic letters, unbalanced brackets and bidi control characters left in the text show up as errors in print and on screen. A question in the source whose translation ends with a full stop has lost its question mark. A bracket the source sentence also leaves open (closed in a later sentence) is not reported.",
            triggering: [
                ("The port is large.", "بندرگاہ بڑی ہے."),
                ("The port (in Gwadar) is large.", "بندرگاہ (گوادر میں بڑی ہے۔"),
                ("Is the port large?", "کیا بندرگاہ بڑی ہے۔"),
            ],
            nonTriggering: [
                ("The port is large.", "بندرگاہ بڑی ہے۔"),
                ("He said (this is odd.", "اس نے کہا (یہ عجیب ہے۔"),
            ]),
        Rule(
            translation: "length-ratio", severity: .info,
            summary: "a sentence pair far outside the language pair's length model",
            explanation:
                "Under the language pair's length model (fitted from aligned text; see tm calibrate) this 1:1 pair is less likely than about 1 in 400: the translation may add or drop a clause. Information only: look, do not count.",
            triggering: [
                (
                    "Gwadar has 300 workers and 20 boats.",
                    "گوادر میں 300 مزدور اور 20 کشتیاں ہیں، اور ہر شخص جانتا ہے کہ ان مزدوروں کی زندگی نہایت کٹھن ہے۔"
                )
            ],
            nonTriggering: [("The port is large.", "بندرگاہ بڑی ہے۔")]),
        Rule(
            translation: "truncated", severity: .warning,
            summary: "a translated sentence under a third of the length its source calls for",
            explanation:
                "A 1:1 pair whose source has at least 40 characters and whose translation is under a third of the length the language pair's length model expects: most of the sentence is missing (a translation cut off, or only its first word typed). On TICO-19 dev, the shortest of 1,632 English–Urdu pairs of that size is 0.59 of its expected length; a third leaves room for terse translations. Reported instead of length-ratio.",
            triggering: [
                (
                    "The cat sat on the mat and then the dog ran away quickly into the forest.",
                    "بلی"
                )
            ],
            nonTriggering: [
                (
                    "The cat sat on the mat and then the dog ran away.",
                    "بلی چٹائی پر بیٹھی اور پھر کتا بھاگ گیا۔"
                ),
                ("The port is large.", "بڑی۔"),
            ]),
        Rule(
            translation: "not-normalised", severity: .warning,
            summary: "translated text not in the pack's canonical and orthographic form",
            explanation:
                "Text outside the pack's canonical and orthographic form (Arabic instead of Urdu yeh, heh or kaf; stray tatweel; presentation forms) looks right but fails search and matching. The fix is the normalised sentence; tarjuman normalize applies it to a file. A spelling the pack leaves to a person (Arabic heh inside an Urdu word, which may be heh goal ہ or do-chashmi heh ھ) is reported without a fix.",
            triggering: [
                ("The port is large.", "بندرگاه بڑی ہے۔"), ("They are here.", "وه یہاں هیں۔"),
            ],
            nonTriggering: [("The port is large.", "بندرگاہ بڑی ہے۔")]),
        Rule(
            translation: "inconsistent-target", severity: .warning,
            summary:
                "one source sentence is translated in different ways (across the files checked together)",
            explanation:
                "A sentence that recurs (a disclaimer, a heading, a repeated instruction) should read the same wherever it appears, unless the context demands otherwise. Reported at each later translation that differs from the first, which is named; white space and invisible characters (ZWSP, ZWNJ, ZWJ, BOM, soft hyphen, bidi marks) are not differences, and sentences of one word are not compared. Checked over every pair of one run: several SOURCE TARGET pairs, --batch, or the seeds.",
            triggering: [
                (
                    "The port is very large. The port is very large.",
                    "بندرگاہ بہت بڑی ہے۔ بندرگاہ نہایت وسیع ہے۔"
                )
            ],
            nonTriggering: [
                (
                    "The port is very large. The port is very large.",
                    "بندرگاہ بہت بڑی ہے۔ بندرگاہ بہت بڑی ہے۔"
                )
            ]),
        Rule(
            translation: "inconsistent-source", severity: .warning,
            summary: "different source sentences are given the same translation",
            explanation:
                "When two different source sentences end up with one translation, one of them was probably copied over the other (a memory match accepted without editing). Reported at the later translation, with the first source sentence named.",
            triggering: [
                (
                    "The port is very large. The port is very old.",
                    "بندرگاہ بہت بڑی ہے۔ بندرگاہ بہت بڑی ہے۔"
                )
            ],
            nonTriggering: [
                (
                    "The port is very large. The port is very old.",
                    "بندرگاہ بہت بڑی ہے۔ بندرگاہ بہت پرانی ہے۔"
                )
            ]),
        Rule(
            translation: "line-drift", severity: .error,
            summary:
                "line-aligned files (--lines) out of step: an extra, missing, empty or repeated line",
            explanation:
                "In a bitext shipped as one sentence per line, line n of the translation must translate line n of the source. One extra or lost line shifts every line after it, and tools that pair lines by number silently pair the wrong sentences. Each place the files go out of step is reported with both line numbers; remove the extra line or restore the missing one. Checked with tarjuman check --lines.",
            triggering: [
                (
                    "The port is large.\nIt was built in 2007.\nFishermen lost their livelihoods.",
                    "بندرگاہ بڑی ہے۔\n\nیہ 2007ء میں تعمیر ہوئی۔\nماہی گیر اپنے روزگار سے محروم ہو گئے۔"
                )
            ],
            nonTriggering: [
                (
                    "The port is large.\nIt was built in 2007.\nFishermen lost their livelihoods.",
                    "بندرگاہ بڑی ہے۔\nیہ 2007ء میں تعمیر ہوئی۔\nماہی گیر اپنے روزگار سے محروم ہو گئے۔"
                )
            ]),
    ]

    /// The check with `id`.
    public static func check(_ id: String) -> Rule? { all.first { $0.id == id } }
}

/// Runs the translation checks over an alignment.
public struct TranslationChecker: Sendable {
    /// The glossary for term checks, if any.
    public let glossary: Glossary?
    /// The source language pack.
    public let sourcePack: LocalePack
    /// The target language pack.
    public let targetPack: LocalePack
    /// Check ids to skip (see ``disable(_:)``).
    public private(set) var disabled: Set<String> = []
    /// The severity of each check, by id.
    var severities: [String: Finding.Severity] = Dictionary(
        uniqueKeysWithValues: TranslationChecks.all.map { ($0.id, $0.severity) })
    /// The project's own checks (``addCustomChecks(_:)``).
    public private(set) var customChecks: [CustomCheck] = []
    var compiledChecks: [CompiledCustomCheck] = []
    let sourceMatcher: TermMatcher?
    let targetMatcher: TermMatcher?
    let normalizer: Normalizer
    let sourceKeyNormalizer: Normalizer
    /// The scripts of the two packs (nil for a script ICU does not know).
    let sourceScript: ICUScript?
    let targetScript: ICUScript?
    /// Accepted rows of each concept id.
    let acceptedRowsByID: [String: [Int]]
    let model: AlignmentModel
    /// The aligner whose matchers this checker shares: the terms it hands over with its
    /// results (``DocumentAligner/Result/terms``) are this checker's own.
    private var aligner: DocumentAligner.TermsToken?

    /// A checker for `sourcePack` → `targetPack`.
    public init(sourcePack: LocalePack, targetPack: LocalePack, glossary: Glossary?)
        throws(ICUError)
    {
        let normalizers = (
            source: Normalizer(pack: sourcePack), target: Normalizer(pack: targetPack)
        )
        self.init(
            glossary: glossary, normalizers: normalizers,
            matchers: try TermMatcher.pair(
                for: glossary, source: normalizers.source, target: normalizers.target))
    }

    /// A checker for the language pair and glossary of `aligner`, sharing the term matchers it
    /// compiled (its glossary's rows come first in them, before the word list's): what a run
    /// that both aligns and checks builds once.
    public init(sharingMatchersOf aligner: DocumentAligner) {
        let matchers = aligner.glossary.map { glossary in
            (
                source: aligner.sourceMatcher?.restricted(to: glossary),
                target: aligner.targetMatcher?.restricted(to: glossary)
            )
        }
        self.init(
            glossary: aligner.glossary, normalizers: aligner.normalizers,
            matchers: matchers ?? (nil, nil))
        self.aligner = aligner.termsToken
    }

    private init(
        glossary: Glossary?, normalizers: (source: Normalizer, target: Normalizer),
        matchers: (source: TermMatcher?, target: TermMatcher?)
    ) {
        let sourcePack = normalizers.source.pack
        let targetPack = normalizers.target.pack
        self.sourcePack = sourcePack
        self.targetPack = targetPack
        self.glossary = glossary
        (sourceMatcher, targetMatcher) = matchers
        normalizer = normalizers.target
        sourceKeyNormalizer = normalizers.source
        sourceScript = LetterScript.script(named: sourcePack.script)
        targetScript = LetterScript.script(named: targetPack.script)
        var accepted: [String: [Int]] = [:]
        for (index, entry) in (glossary?.entries ?? []).enumerated() where entry.status.isAccepted {
            accepted[entry.id, default: []].append(index)
        }
        acceptedRowsByID = accepted
        model = AlignmentModel(profile: targetPack.alignment)
    }

    /// Skips the checks `ids`; an id that names no check is an error (nothing is skipped).
    public mutating func disable(_ ids: some Sequence<String>) throws(UnknownRuleError) {
        try RuleCatalog.checkKnown(ids, scope: .translation, custom: customChecks.map(\.id))
        disabled.formUnion(ids)
    }

    /// Adds a project's own checks (from `tarjuman.yaml`), compiled for this language pair.
    /// An id already taken by a check of Tarjuman's, or a pattern that is not a regular
    /// expression, is an error.
    public mutating func addCustomChecks(_ checks: [CustomCheck]) throws(CustomCheckError) {
        for check in checks {
            // Ids differing only in case would read as one check in reports and --disable.
            let folded = check.id.lowercased()
            if let taken = severities.keys.first(where: { $0.lowercased() == folded }) {
                throw CustomCheckError(
                    id: check.id,
                    reason: taken == check.id
                        ? "the id is already a check's" : "the id is already a check's ('\(taken)')"
                )
            }
            do {
                compiledChecks.append(
                    try CompiledCustomCheck(check, source: sourceKeyNormalizer, target: normalizer))
            } catch {
                throw CustomCheckError(
                    id: check.id, reason: "a pattern is not a regular expression")
            }
            severities[check.id] = check.severity
            customChecks.append(check)
        }
    }

    /// The findings for an aligned pair of files, in file order.
    public func check(_ result: DocumentAligner.Result, sourceFile: String, targetFile: String)
        throws(ICUError)
        -> [Finding]
    {
        var run = start(sourceFile: sourceFile, targetFile: targetFile)
        try run.add(result)
        return run.finish()
    }

    /// A check of a pair of files given one aligned piece (a paragraph pair) at a time.
    public func start(sourceFile: String, targetFile: String) -> TranslationCheckRun {
        TranslationCheckRun(checker: self, sourceFile: sourceFile, targetFile: targetFile)
    }

    /// Checks the beads of `result`, one piece of the document of `run`: each check in its
    /// own file (`Check/Checks/`), called here in the order its findings are listed.
    func check(_ result: DocumentAligner.Result, into run: inout TranslationCheckRun)
        throws(ICUError)
    {
        // Terms the aligner found with this checker's glossary are not looked for again.
        let terms = result.terms.flatMap { $0.token === aligner ? $0 : nil }
        let nearest = nearestTargets(result)
        let strays = Self.strayControlsByBead(result)
        for (beadIndex, bead) in result.beads.enumerated() {
            var context = BeadContext(
                sources: bead.source.map { result.source[$0] },
                targets: bead.target.map { result.target[$0] }, sourcePack: sourcePack,
                targetPack: targetPack, sourceFile: run.sourceFile, targetFile: run.targetFile,
                disabled: disabled, severities: severities)
            if let terms {
                context.terms = (
                    bead.source.map { terms.source[$0] }, bead.target.map { terms.target[$0] }
                )
            }
            if let controls = strays[beadIndex] {
                var own = context
                own.strayControls = controls
                checkStrayControls(&own)
                run.findings += own.findings
            }
            // Empty lines of line-aligned files are no sentences (`line-drift` names them;
            // pass 62: counted, 55 empty source lines kept the source copied line for line
            // under half untranslated).
            run.sourceSentences += context.sources.count { $0.text.hasVisibleContent }
            run.targetSentences += context.targets.count { $0.text.hasVisibleContent }
            run.reached(context.targets)
            if run.keepsBeads {
                run.beads.append(ReviewBead(sources: context.sources, targets: context.targets))
            }
            if try checkUnpaired(
                &context, nearestTarget: nearest[beadIndex].map { result.target[$0] }, run: &run)
            {
                continue
            }
            if run.keepsPairs { run.keepPair(of: context) }
            checkShape(&context)
            checkParagraphBreaks(&context, run: &run)
            try checkOrder(&context)
            checkNumbers(&context)
            try checkTerms(&context, run: &run)
            try checkSentences(&context)
            try checkCustom(&context)
            checkLength(&context)
            let untranslated = context.findings.count { $0.rule == "untranslated" }
            run.untranslated += untranslated
            if untranslated == 0 { run.noteRepeat(of: context) }
            run.findings += context.findings
        }
    }

    /// The stray bidi controls of `result` by the bead they go with: the first bead with a
    /// translated sentence ending at or after the control (one right after a sentence goes
    /// with it), else the last with one (pass 22: a control at a sentence's edge was in no
    /// sentence, and never reported).
    private static func strayControlsByBead(_ result: DocumentAligner.Result)
        -> [Int: [DocumentAligner.StrayControl]]
    {
        guard !result.strayTargetControls.isEmpty, !result.beads.isEmpty else { return [:] }
        let withTargets = result.beads.indices.filter { !result.beads[$0].target.isEmpty }
        // A piece with no translated sentence: its first bead takes them.
        guard !withTargets.isEmpty else { return [0: result.strayTargetControls] }
        var byBead: [Int: [DocumentAligner.StrayControl]] = [:]
        var next = 0
        for control in result.strayTargetControls {
            while next < withTargets.count - 1,
                let last = result.beads[withTargets[next]].target.last,
                result.target[last].byteEnd < control.byte
            {
                next += 1
            }
            byBead[withTargets[next], default: []].append(control)
        }
        return byBead
    }

    /// Findings that need the whole document: renderings of a term that differ, and a
    /// translation that leaves most of its source out.
    func documentFindings(of run: TranslationCheckRun) -> [Finding] {
        var findings: [Finding] = []
        if !disabled.contains("term-inconsistent") {
            for (id, uses) in run.renderings.sorted(by: { $0.key < $1.key }) {
                let first = uses.first
                for use in uses.differing {
                    findings.append(
                        Finding(
                            rule: "term-inconsistent", severity: .warning,
                            message:
                                "\(id) is rendered '\(use.0)' here but '\(first.0)' at \(first.1.position)",
                            file: use.1.file, position: use.1.position))
                }
            }
        }
        /// One `incomplete` error at `file` when more than half of `total` `sentences` are
        /// lacking, saying what they lack (`lack`).
        func incomplete(
            _ lacking: Int, of total: Int, _ sentences: String, _ lack: String, file: String
        ) {
            guard !disabled.contains("incomplete"), total > 0, lacking * 2 > total else { return }
            findings.append(
                Finding(
                    rule: "incomplete", severity: .error,
                    message:
                        "\(lacking) of \(total) \(sentences) (\(lacking * 100 / total)%) \(lack)",
                    file: file, position: .start))
        }
        // Sentences left in the source's words count as untranslated (pass 61: the source
        // copied as its translation passed with a warning per sentence), and those given a
        // copy of another's translation as repeated (pass 63).
        let others = [
            ("look untranslated", run.untranslated), ("repeat another's translation", run.repeated),
        ].filter { $0.1 > 0 }.map { "\($0.0) (\($0.1))" }
        let lack =
            others.isEmpty
            ? "have no translation"
            : "have no translation (\(run.omitted))\(others.count > 1 ? ", " : " or ")"
                + others.joined(separator: " or ")
        let before = findings.count
        incomplete(
            run.omitted + run.untranslated + run.repeated, of: run.sourceSentences,
            "source sentences", "\(lack); is this the whole translation of \(run.sourceFile)?",
            file: run.targetFile)
        // An empty or shortened source (pass 60: an empty source passed with 88 additions).
        incomplete(
            run.added, of: run.targetSentences, "translated sentences",
            "have no source; is this the whole source of \(run.targetFile)?", file: run.sourceFile)
        if findings.count == before, !disabled.contains("incomplete"),
            let message = Self.unpairedMessage(run)
        {
            findings.append(
                Finding(
                    rule: "incomplete", severity: .error, message: message, file: run.targetFile,
                    position: .start))
        }
        return findings
    }

    /// What is wrong with a translation whose sentences pair badly with the source's though
    /// neither side lacks half of them: text repeated, or put in another order; nil when
    /// they pair well enough.
    static func unpairedMessage(_ run: TranslationCheckRun) -> String? {
        let (omitted, added, total) = (run.omitted, run.added, run.sourceSentences)
        guard total > 0 else { return nil }
        // Text the source has once, twice in the translation (pass 62: pasted twice, 49.7%
        // of the translated sentences had no source, just under half).
        if added * 2 > total {
            return "\(added) translated sentences have no source, more than half as many as the "
                + "source has (\(total)); is text repeated in the translation, or is "
                + "\(run.sourceFile) not its whole source?"
        }
        // Sentences left unpaired on either side: at most a quarter of the source's in each
        // of the 21 TICO-19 dev documents (a tenth in those of ten sentences or more), half
        // to four fifths with the paragraphs of a translation shuffled (pass 63: it passed).
        // Two fifths lies between. Both sides have some: one sentence unpaired in a short
        // file is a gap, reported as such, not text in another order.
        guard omitted >= 2, added >= 2, (omitted + added) * 5 > total * 2 else { return nil }
        return "\(omitted) source sentences have no translation and \(added) translated "
            + "sentences no source, \((omitted + added) * 100 / total)% as many as the source "
            + "has (\(total)); is the translation in another order (its paragraphs moved), or "
            + "of another text?"
    }

    /// `text` with runs of white space as one space.
    static func collapsed(_ text: String) -> String { text.collapsingWhiteSpace() }

    /// A position relative to a segment's text made absolute in its file.
    static func absolute(_ relative: SourcePosition, in segment: Segment) -> SourcePosition {
        relative.line == 1
            ? SourcePosition(
                line: segment.start.line, column: segment.start.column + relative.column - 1)
            : SourcePosition(line: segment.start.line + relative.line - 1, column: relative.column)
    }

    /// The absolute position of scalar `offset` in a segment's text (lines end at LF, CR LF
    /// or CR, as everywhere).
    static func absolute(_ offset: Int, in segment: Segment) -> SourcePosition {
        let lines = LinePositions(Array(segment.text.unicodeScalars))
        return absolute(lines.position(of: offset), in: segment)
    }
}
