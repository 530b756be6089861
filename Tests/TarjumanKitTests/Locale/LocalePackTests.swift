import Foundation
import Testing

@testable import TarjumanKit

@Suite struct LocalePackTests {
    @Test func theProjectShipsTheRegionsPacks() {
        #expect(
            TestData.catalog.tags == [
                "ar", "bal-Arab-IR", "bal-Arab-PK", "bal-Latn", "en", "fa", "hi", "ps", "sd", "ur",
            ])
    }

    @Test(arguments: [
        ("bal", "bal-Arab-PK"), ("bcc", "bal-Arab-PK"), ("BAL-arab-pk", "bal-Arab-PK"),
        ("bal-IR", "bal-Arab-IR"),
        ("bal-Latn-PK", "bal-Latn"), ("ur_PK", "ur"), ("ur-Arab-IN", "ur"), ("en-GB", "en"),
        ("en-Latn-US", "en"),
    ])
    func resolvesTagsAndAliases(_ tag: String, _ expected: String) throws {
        #expect(try TestData.catalog.pack(for: tag).tag == expected)
    }

    @Test func unknownLocaleListsTheKnownOnes() {
        #expect(throws: LocalePackError.unknownLocale(tag: "brh", known: TestData.catalog.tags)) {
            try TestData.catalog.pack(for: "brh")
        }
        let message = LocalePackError.unknownLocale(tag: "brh", known: TestData.catalog.tags)
            .description
        #expect(message.contains("bal-Arab-PK, bal-Latn, en, fa, hi, ps, sd, ur"))
    }

    /// A script subtag the pack does not write is an unknown locale, not the pack in
    /// another script; the pack's own script, regions and variants still resolve.
    @Test func aTagInAnotherScriptIsUnknown() throws {
        #expect(
            throws: LocalePackError.otherScript(
                tag: "sd-Deva", pack: "sd", script: "Arab", asked: "Deva")
        ) { try TestData.catalog.pack(for: "sd-Deva") }
        #expect(throws: LocalePackError.self) { try TestData.catalog.pack(for: "ur-Latn") }
        #expect(throws: LocalePackError.self) { try TestData.catalog.pack(for: "bal-Cyrl") }
        #expect(try TestData.catalog.pack(for: "ur-Arab-PK").tag == "ur")
        #expect(try TestData.catalog.pack(for: "ar-EG-u-nu-latn").tag == "ar")
        #expect(try TestData.catalog.pack(for: "ur-x-test").tag == "ur")
        #expect(try TestData.catalog.pack(for: "bal-Latn").tag == "bal-Latn")
    }

    /// A tag that is no language tag is refused, not cut down to a pack (pass 9: `ur-`,
    /// `ur--PK` and `ur-Arab-Arab` were Urdu).
    @Test(arguments: [
        ("ur-", "an empty subtag"), ("ur--PK", "an empty subtag"),
        ("ur-Arab-Arab", "more than one script subtag"),
        ("ur-PK-IN", "more than one region subtag"),
        ("u", "the language 'u' is not 2–8 letters"), ("ur-toolongsubtag", "is not 1–8 letters"),
        ("ur-PK!", "is not 1–8 letters"),
    ])
    func aMalformedTagIsRefused(_ tag: String, _ reason: String) {
        #expect {
            try TestData.catalog.pack(for: tag)
        } throws: { error in
            guard case .malformedTag(tag, let found) = error as? LocalePackError else {
                return false
            }
            return found.contains(reason)
        }
    }

    @Test func urduPackDeclaresItsOrthography() throws {
        let urdu = try TestData.pack("ur")
        #expect(urdu.direction == .rtl)
        #expect(urdu.script == "Arab")
        #expect(String(String.UnicodeScalarView(urdu.digits)) == "۰۱۲۳۴۵۶۷۸۹")
        #expect(
            urdu.punctuation
                == Punctuation(
                    fullStop: "۔", question: "؟", comma: "،", semicolon: "؛", alsoAccepted: [],
                    sentenceSpace: " "))
        #expect(urdu.segmentation.terminators.contains("۔"))
        #expect(
            urdu.normalization.orthographic.contains { $0.id == "L1-ur-05" && $0.action == .report }
        )
    }

    /// A new language is a new file: Sindhi, added from a temporary folder, segments and
    /// normalises with no change to the code.
    @Test func aPackInANewFolderAddsALanguage() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "sd.yaml",
            """
            tag: sd
            name: Sindhi (Arabic script)
            aliases: [sd-PK, sd-Arab]
            script: Arab
            direction: rtl
            icu_locale: sd
            digits: "۰۱۲۳۴۵۶۷۸۹"
            punctuation: {full_stop: "۔", question: "؟", comma: "،"}
            segmentation:
              terminators: ["۔", "؟", "."]
              unwrap: never
            normalization:
              orthographic:
                - {id: sd-kaf, from: "\\u0643", to: "\\u06AA", note: "Arabic kaf → Sindhi swash kaf"}
            """)
        // Hidden files beside it (macOS's `._sd.yaml`, an editor's backup) are no packs.
        try folder.write("._sd.yaml", "\u{0}\u{5}junk")
        try folder.write(".sd.yaml", "tag: [")
        let catalog = try LocaleCatalog(folder: folder.path)
        #expect(catalog.packs.count == 1)
        let sindhi = try catalog.pack(for: "sd-PK")
        #expect(sindhi.name == "Sindhi (Arabic script)")
        let sentences = try SentenceSegmenter(pack: sindhi).segments(
            in: "سنڌ هڪ صوبو آهي۔ ڪراچي وڏو شهر آهي۔")
        #expect(sentences.map(\.text) == ["سنڌ هڪ صوبو آهي۔", "ڪراچي وڏو شهر آهي۔"])
        let folded = try Normalizer(pack: sindhi).normalize("كراچي", to: .orthographic)
        #expect(folded.text == "ڪراچي")
        #expect(folded.changes.map(\.rule) == ["sd-kaf"])
    }

    /// Each number word with an ordinal ending is that number too; a word listed wins.
    @Test func ordinalEndingsMakeOrdinalsOfNumberWords() throws {
        let pack = try LocalePack(
            yaml:
                "tag: xx\nname: X\nscript: Latn\nnumber_words: {seven: 7, nine: 9, nineth: 90}\n"
                + "ordinal_suffixes: [th, ths]\n",
            file: "xx.yaml")
        #expect(pack.numberWords["seventh"] == 7 && pack.numberWords["sevenths"] == 7)
        #expect(pack.numberWords["nineth"] == 90 && pack.numberWords["nineths"] == 9)
        #expect(try TestData.pack("ur").numberWords["اکیسویں"] == 21)
    }

    /// Two packs claiming one tag are both named where they write it (pass 22: no
    /// line:column, and only one pack's file).
    @Test func aTagClaimedTwiceIsNamedInBothPacks() throws {
        let first = try LocalePack(
            yaml: "tag: aa\nname: A\nscript: Latn\naliases: [aa-X, AA-Y]\n", file: "aa.yaml")
        let second = try LocalePack(
            yaml: "tag: bb\nname: B\nscript: Latn\naliases:\n  - bb-Z\n  - aa-y\n", file: "bb.yaml")
        #expect(
            throws: LocalePackError.duplicateTag(
                tag: "aa-y", file: "bb.yaml", position: SourcePosition(line: 6, column: 5),
                otherFile: "aa.yaml", otherPosition: SourcePosition(line: 4, column: 17))
        ) { try LocaleCatalog(packs: [second, first]) }
    }

    /// A tag naming a language in a file is checked as a pack's tag is.
    @Test func aTagIsCheckedWithoutAPack() throws {
        try LocaleCatalog.refuseMalformed("ur-PK")
        #expect(throws: LocalePackError.malformedTag(tag: "ur-", reason: "an empty subtag")) {
            try LocaleCatalog.refuseMalformed("ur-")
        }
    }

    /// A tag in a message is shown short, its control characters escaped (pass 22).
    @Test func aTagInAMessageIsShownShortAndEscaped() {
        let tag = "x\u{1B}" + String(repeating: "y", count: 100)
        #expect(
            LocalePackError.unknownLocale(tag: tag, known: ["ur"]).description
                == "error: unknown locale 'x\\u{1B}\(String(repeating: "y", count: 38))…'; known "
                + "locales: ur")
    }

    @Test(arguments: [
        BrokenPack(
            name: "YAML syntax", yaml: "tag: xx\nname: [unclosed\n",
            message: "broken.yaml:3:1: error: invalid YAML"),
        BrokenPack(
            name: "unknown field", yaml: "tag: xx\nname: X\nscript: Latn\nterminators: [\".\"]\n",
            message: "broken.yaml:4:1: error: unknown field 'terminators'"),
        BrokenPack(
            name: "too many inflected forms",
            yaml: "tag: xx\nname: X\nscript: Latn\ninflection:\n  suffixes: ["
                + (1...40).map { "s\($0)" }.joined(separator: ", ") + "]\n  prefixes: ["
                + (1...40).map { "p\($0)" }.joined(separator: ", ") + "]\n",
            message:
                "field 'inflection.prefixes': 40 suffixes, up to 0 endings for a final and 40 "
                + "prefixes make 1681 forms of every word; at most 1000 are allowed"),
        BrokenPack(
            name: "control character written",
            yaml: "tag: xx\nname: X\nscript: Latn\nnormalization:\n  orthographic:\n"
                + "    - {id: nul, from: a, to: \"\\u0000\"}\n",
            message:
                "field 'normalization.orthographic[0].to': writes the control character U+0000 into the text; a rule may only "
                + "write visible text"),
        BrokenPack(
            name: "a rule undoing one of its own layer",
            yaml: "tag: xx\nname: X\nscript: Latn\nnormalization:\n  orthographic:\n"
                + "    - {id: oe, from: o, to: e}\n    - {id: eo, from: e, to: o}\n",
            message:
                "broken.yaml:7:29: error: field 'normalization.orthographic[1].to': 'e' → 'o' "
                + "undoes rule 'oe' of the same layer"),
        BrokenPack(
            name: "a ring of three rules across layers",
            yaml: "tag: xx\nname: X\nscript: Latn\nnormalization:\n  canonical:\n"
                + "    - {id: g1, from: a, to: bb}\n  orthographic:\n"
                + "    - {id: g2, from: b, to: cc}\n    - {id: g3, from: c, to: aa}\n",
            message:
                "broken.yaml:9:29: error: field 'normalization.orthographic[1].to': 'c' → 'aa' "
                + "feeds rules that feed it again: 'a' → 'bb' ('g1'), 'b' → 'cc' ('g2') each "
                + "write what the next replaces (as written, or once the matching key folds "
                + "case and digits), the last what this one does, so the text would never "
                + "settle; break the ring"),
        // Pass 50: the key's digit fold closed the ring (`2` → `٢٢` → `22`), 64 times the text.
        BrokenPack(
            name: "a rule fed by the key's digit fold",
            yaml: "tag: xx\nname: X\nscript: Latn\nnormalization:\n  key:\n"
                + "    - {id: d, from: \"2\", to: \"٢٢\"}\n",
            message:
                "broken.yaml:6:30: error: field 'normalization.key[0].to': writes '٢٢', which the "
                + "matching key folds to '22' (case and digits), and that holds what the rule "
                + "replaces ('2'): the text would grow every round; write what the key keeps"),
        // Pass 52: rings the checks of `from` and `to` miss are found by running the rules on
        // what they replace: one closed over several writes and the case fold, a swap
        // through the case fold, and a letter whose lower case is longer (İ → i + U+0307).
        BrokenPack(
            name: "a ring over several writes and the case fold",
            yaml: "tag: xx\nname: X\nscript: Latn\nnormalization:\n"
                + "  key: [{id: K1, from: b, to: A}, {id: K2, from: aa, to: bbb}]\n",
            message: "broken.yaml:5:50: error: field 'normalization.key[1].from': 'aa' does not "
                + "settle: normalised it gives 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'… (94 "
                + "characters)"),
        BrokenPack(
            name: "a swap through the case fold",
            yaml: "tag: xx\nname: X\nscript: Latn\nnormalization:\n"
                + "  key: [{id: K1, from: a, to: B}, {id: K2, from: b, to: a}]\n",
            message: "field 'normalization.key[0].from': 'a' does not settle: normalised it gives "
                + "'b', and normalised again 'a'"),
        BrokenPack(
            name: "a capital whose lower case is longer",
            yaml: "tag: xx\nname: X\nscript: Latn\nnormalization:\n"
                + "  orthographic: [{id: dot, from: i, to: \"İ\"}]\n",
            message: "field 'normalization.orthographic[0].from': 'i' does not settle: "
                + "normalised it gives 'i\u{307}\\u{307}\\u{307}"),
        // Without the key's case fold, its message names the digits alone (pass 52).
        BrokenPack(
            name: "a rule fed by the digit fold of a key that keeps case",
            yaml: "tag: xx\nname: X\nscript: Latn\nnormalization:\n  key_casefold: false\n"
                + "  key:\n    - {id: d, from: \"2\", to: \"٢٢\"}\n",
            message: "writes '٢٢', which the matching key folds to '22' (digits), and that"),
        BrokenPack(
            name: "a ring of two closed by the key's case fold",
            yaml: "tag: xx\nname: X\nscript: Latn\nnormalization:\n  canonical:\n"
                + "    - {id: up, from: a, to: BB}\n  orthographic:\n"
                + "    - {id: down, from: b, to: a}\n",
            message:
                "broken.yaml:8:31: error: field 'normalization.orthographic[0].to': 'b' → 'a' "
                + "feeds rules that feed it again: 'a' → 'BB' ('up') each write"),
        BrokenPack(
            name: "a field given twice, at the second",
            yaml: "tag: xx\nname: X\nscript: Latn\nsegmentation:\n  abbreviations: [a]\n"
                + "  prefixes: [b]\n  abbreviations: [c]\n",
            message:
                "broken.yaml:7:3: error: invalid YAML: field 'abbreviations' is given twice, first "
                + "at line 5: keep one and merge what the other holds"),
        BrokenPack(
            name: "a field given twice in a list item, CR LF",
            yaml: "tag: xx\r\nname: X\r\nscript: Latn\r\nnormalization:\r\n  canonical:\r\n"
                + "    - id: a\r\n      from: x\r\n      id: b\r\n    - id: c\r\n      from: y\r\n",
            message:
                "broken.yaml:8:7: error: invalid YAML: field 'id' is given twice, first at line 6: "
                + "keep one and merge what the other holds"),

        BrokenPack(
            name: "a line break between sentences",
            yaml: "tag: xx\nname: X\nscript: Latn\npunctuation:\n  sentence_space: \"\\n\\n\"\n",
            message:
                "broken.yaml:5:19: error: field 'punctuation': sentence_space must be "
                + "spaces without a line break"),
        BrokenPack(
            name: "paragraph separator written",
            yaml: "tag: xx\nname: X\nscript: Latn\nnormalization:\n  canonical:\n"
                + "    - {id: ps, from: e, to: \"x\\u2029\"}\n",
            message:
                "field 'normalization.canonical[0].to': writes the control character U+2029 into the text"
        ),
        BrokenPack(
            name: "a terminator of two characters, placed at the item",
            yaml: "tag: xx\nname: X\nscript: Latn\nsegmentation:\n  terminators:\n"
                + "    - \".\"\n    - \"!\\e?\"\n",
            message:
                "broken.yaml:7:7: error: field 'segmentation.terminators': '!\\u{1B}?' is not "
                + "one character"),
        BrokenPack(
            name: "too many prefixes",
            yaml: "tag: xx\nname: X\nscript: Latn\nsegmentation:\n  prefixes: ["
                + (1...5_001).map { "w\($0)" }.joined(separator: ", ") + "]\n",
            message: "field 'segmentation.prefixes': lists 5001 words; at most 5000"),
        BrokenPack(
            name: "rules undoing each other",
            yaml: "tag: xx\nname: X\nscript: Latn\nnormalization:\n  orthographic:\n"
                + "    - {id: swap, from_each: ab, to_each: ba}\n",
            message:
                "field 'normalization.orthographic[0].to_each': 'b' → 'a' undoes rule 'swap' of "
                + "the same layer"),
        BrokenPack(
            name: "decomposed from",
            yaml: "tag: xx\nname: X\nscript: Arab\nnormalization:\n  orthographic:\n"
                + "    - {id: madda, from: \"\\u0627\\u0653\", to: \"\\u0622\"}\n",
            message:
                "field 'normalization.orthographic[0].from': 'آ' (U+0627 U+0653) is not in "
                + "composed form (NFC); text is composed before rules apply, so it never matches"),
        BrokenPack(
            name: "missing name", yaml: "tag: xx\nscript: Latn\n",
            message: "broken.yaml:1:1: error: missing required field 'name'"),
        BrokenPack(
            name: "bad direction", yaml: "tag: xx\nname: X\nscript: Latn\ndirection: up\n",
            message: "broken.yaml:4:12: error: field 'direction': 'up' is not one of: ltr, rtl"),
        BrokenPack(
            name: "a final of three letters",
            yaml: "tag: xx\nname: X\nscript: Latn\ninflection:\n  finals: {abc: [d]}\n",
            message:
                "broken.yaml:5:17: error: field 'inflection.finals.abc': a final must be one or two letters"
        ),
        BrokenPack(
            name: "inner finals multiplying",
            yaml: "tag: xx\nname: X\nscript: Latn\ninflection:\n  inner_finals: {a: [b, c, d]}\n",
            message:
                "broken.yaml:5:17: error: field 'inflection.inner_finals': at most two endings"),
        BrokenPack(
            name: "capital vowels",
            yaml: "tag: xx\nname: X\nscript: Latn\nsegmentation:\n  abbreviation_vowels: AEI\n",
            message:
                "broken.yaml:5:24: error: field 'segmentation.abbreviation_vowels': 'AEI' holds a "
                + "character that is no lower-case letter"),
        BrokenPack(
            name: "bad tag", yaml: "tag: x_1\nname: X\nscript: Latn\n",
            message: "broken.yaml:1:6: error: field 'tag': 'x_1' is not a BCP 47 tag"),
        BrokenPack(
            name: "malformed ICU locale",
            yaml: "tag: xx\nname: X\nscript: Latn\nicu_locale: \"@@@###\"\n",
            message: "broken.yaml:4:13: error: field 'icu_locale': '@@@###' is not a locale id ICU"),
        BrokenPack(
            name: "nine digits", yaml: "tag: xx\nname: X\nscript: Latn\ndigits: \"012345678\"\n",
            message: "broken.yaml:4:9: error: field 'digits': expected the ten decimal digits"),
        BrokenPack(
            name: "uneven from_each/to_each",
            yaml:
                "tag: xx\nname: X\nscript: Latn\nnormalization:\n  key:\n    - {id: d, from_each: \"ab\", to_each: \"c\"}\n",
            message:
                "broken.yaml:6:41: error: field 'normalization.key[0].to_each': has 1 characters but from_each has 2"
        ),
        BrokenPack(
            name: "unknown rule position",
            yaml:
                "tag: xx\nname: X\nscript: Latn\nnormalization:\n  key:\n    - {id: d, from: a, to: b, position: middle}\n",
            message:
                "error: field 'normalization.key[0].position': 'middle' is not one of: any, final, nonfinal"
        ),
        // Hostile pass 13: a bead key that only looked like one, a script not in ISO 15924
        // form, a rule naming what it replaces twice (one was silently ignored).
        BrokenPack(
            name: "a bead key with a sign",
            yaml: "tag: xx\nname: X\nscript: Latn\nalignment:\n  beads: {\"-1-1\": 0.5}\n",
            message: "field 'alignment.beads.-1-1': a bead is SOURCE-TARGET sentence counts"),
        BrokenPack(
            name: "a bead key with a leading zero",
            yaml: "tag: xx\nname: X\nscript: Latn\nalignment:\n  beads: {\"01-1\": 0.5}\n",
            message: "field 'alignment.beads.01-1': a bead is SOURCE-TARGET sentence counts"),
        BrokenPack(
            name: "a prior of 1",
            yaml: "tag: xx\nname: X\nscript: Latn\nalignment:\n  beads: {\"1-1\": 1}\n",
            message:
                "field 'alignment.beads.1-1': 1.0 is no prior: a prior is a probability above 0 and below 1"
        ),
        BrokenPack(
            name: "a script in capitals", yaml: "tag: xx\nname: X\nscript: ARAB\n",
            message: "broken.yaml:3:9: error: field 'script': expected an ISO 15924 code"),
        BrokenPack(
            name: "from and from_each",
            yaml:
                "tag: xx\nname: X\nscript: Latn\nnormalization:\n  key:\n    - {id: d, from: a, from_each: bc, to: x}\n",
            message:
                "field 'normalization.key[0].from_each': a rule has either from or from_each, not both"
        ),
        BrokenPack(
            name: "to_each without from_each",
            yaml:
                "tag: xx\nname: X\nscript: Latn\nnormalization:\n  key:\n    - {id: d, from: a, to_each: b}\n",
            message: "field 'normalization.key[0].to_each': needs from_each"),
        // Hostile pass 11: digits out of order, a report rule with a replacement, no id.
        BrokenPack(
            name: "ten zeros as digits",
            yaml: "tag: xx\nname: X\nscript: Latn\ndigits: \"0000000000\"\n",
            message: "broken.yaml:4:9: error: field 'digits': expected the ten decimal digits"),
        BrokenPack(
            name: "a report rule with a replacement",
            yaml:
                "tag: xx\nname: X\nscript: Latn\nnormalization:\n  key:\n    - {id: r, from: a, to: b, action: report}\n",
            message:
                "error: field 'normalization.key[0].to': a rule with action: report leaves the text as it is"
        ),
        BrokenPack(
            name: "an empty rule id",
            yaml:
                "tag: xx\nname: X\nscript: Latn\nnormalization:\n  key:\n    - {id: '', from: a, to: b}\n",
            message: "error: field 'normalization.key[0].id': is empty"),
        // Hostile pass 11: a → aa doubled the text in each of 32 rounds (an abort).
        BrokenPack(
            name: "a rule whose output holds its input",
            yaml:
                "tag: xx\nname: X\nscript: Latn\nnormalization:\n  orthographic:\n    - {id: g, from: a, to: baa}\n",
            message:
                "broken.yaml:6:28: error: field 'normalization.orthographic[0].to': holds what the rule replaces ('a')"
        ),
        // Pass 32: each of these loaded, and quietly changed or turned off what it governs.
        BrokenPack(
            name: "a script code Unicode does not encode",
            yaml: "tag: xx\nname: X\nscript: Arbc\n",
            message:
                "broken.yaml:3:9: error: field 'script': 'Arbc' is no script of a language that Unicode encodes"
        ),
        BrokenPack(
            name: "a placeholder script code",
            yaml: "tag: xx\nname: X\nscript: Zyyy\n",
            message:
                "broken.yaml:3:9: error: field 'script': 'Zyyy' is no script of a language that Unicode encodes"
        ),
        BrokenPack(
            name: "a minus word that is no word",
            yaml: "tag: xx\nname: X\nscript: Latn\nminus_words: [\"-\"]\n",
            message: "error: field 'minus_words': '-' is not one word of letters"),
        BrokenPack(
            name: "an empty full stop",
            yaml: "tag: xx\nname: X\nscript: Latn\npunctuation:\n  full_stop: \"\"\n",
            message:
                "broken.yaml:5:14: error: field 'punctuation': full_stop '' is no punctuation mark"
        ),
        BrokenPack(
            name: "a letter for a question mark",
            yaml: "tag: xx\nname: X\nscript: Latn\npunctuation:\n  question: x\n",
            message: "broken.yaml:5:13: error: field 'punctuation': question 'x' is no punctuation"
        ),
        BrokenPack(
            name: "a symbol for a full stop",
            yaml: "tag: xx\nname: X\nscript: Latn\npunctuation:\n  full_stop: \"$\"\n",
            message: "error: field 'punctuation': full_stop '$' is no punctuation mark"
        ),
        BrokenPack(
            name: "a number joiner that is no word",
            yaml: "tag: xx\nname: X\nscript: Latn\nnumber_joiners: [\"a b\"]\n",
            message:
                "broken.yaml:4:17: error: field 'number_joiners': 'a b' is not one word of letters; list the words said"
        ),
        BrokenPack(
            name: "a range pair of two words",
            yaml: "tag: xx\nname: X\nscript: Latn\nrange_pairs: {between: \"and then\"}\n",
            message: "field 'range_pairs.between': a range pair is the word that opens a range"
        ),
        BrokenPack(
            name: "a range closer of two words",
            yaml: "tag: xx\nname: X\nscript: Latn\nrange_closers: {and: \"in between\"}\n",
            message: "field 'range_closers.and': a range closer is the word that joins"
        ),
        BrokenPack(
            name: "an ordinal ending that is no word",
            yaml: "tag: xx\nname: X\nscript: Latn\nordinal_suffixes: [\"-th\"]\n",
            message:
                "broken.yaml:4:19: error: field 'ordinal_suffixes': '-th' is not one word of letters; list the endings"
        ),
        BrokenPack(
            name: "a range word that is no word",
            yaml: "tag: xx\nname: X\nscript: Latn\nrange_words: [\"2\"]\n",
            message:
                "broken.yaml:4:14: error: field 'range_words': '2' is not one word of letters; list the words between"
        ),
        BrokenPack(
            name: "a number word without a whole number",
            yaml: "tag: xx\nname: X\nscript: Latn\nnumber_words: {three: x}\n",
            message: "field 'number_words"),
        // Pass 54: a number too large to hold was "expected a whole number".
        BrokenPack(
            name: "a number word too large to hold",
            yaml: "tag: xx\nname: X\nscript: Latn\nnumber_words: {lots: 99999999999999999999}\n",
            message:
                "broken.yaml:4:22: error: field 'number_words.lots': 99999999999999999999 is too "
                + "large: at most 9223372036854775807"),
        BrokenPack(
            name: "an opener not capitalised",
            yaml: "tag: xx\nname: X\nscript: Latn\nsegmentation:\n  openers: [This, that]\n",
            message:
                "broken.yaml:5:19: error: field 'segmentation.openers': 'that' is no capitalised "
                + "word; list words as they open a sentence"),
        BrokenPack(
            name: "a whole number as a fraction word",
            yaml: "tag: xx\nname: X\nscript: Latn\nfraction_words: {two: 2}\n",
            message:
                "broken.yaml:4:23: error: field 'fraction_words.two': a fraction word is one word "
                + "of letters with a number that has a fraction"),
        BrokenPack(
            name: "a fraction prefix of more than one",
            yaml: "tag: xx\nname: X\nscript: Latn\nfraction_prefixes: {more: 1.5}\n",
            message: "field 'fraction_prefixes.more': a fraction prefix is one word of letters"),
        BrokenPack(
            name: "a part word of one part",
            yaml: "tag: xx\nname: X\nscript: Latn\npart_words: {whole: 1}\n",
            message:
                "broken.yaml:4:21: error: field 'part_words.whole': a part word is one word of "
                + "letters with how many such parts make a whole, 2 to 1000"),
        BrokenPack(
            name: "a fraction word of three decimals",
            yaml: "tag: xx\nname: X\nscript: Latn\nfraction_words: {odd: 1.125}\n",
            message: "field 'fraction_words.odd'"),
        BrokenPack(
            name: "a bead of three sentences",
            yaml: "tag: xx\nname: X\nscript: Latn\nalignment:\n  beads: {\"3-1\": 0.01}\n",
            message: "a bead is SOURCE-TARGET sentence counts of 0, 1 or 2"),
        BrokenPack(
            name: "a variance no translation has",
            yaml: "tag: xx\nname: X\nscript: Latn\nalignment:\n  variance: 1e-300\n",
            message: "broken.yaml:5:13: error: field 'alignment.variance': 1e-300 is outside what"),
        BrokenPack(
            name: "a length ratio no translation has",
            yaml: "tag: xx\nname: X\nscript: Latn\nalignment:\n  length_ratio: 90\n",
            message: "field 'alignment.length_ratio': 90.0 is outside what translations have"),
        BrokenPack(
            name: "an ICU locale of no language ICU knows",
            yaml: "tag: xx\nname: X\nscript: Latn\nicu_locale: zz\n",
            message: "broken.yaml:4:13: error: field 'icu_locale': ICU knows no language 'zz'"),
        BrokenPack(
            name: "an empty ellipsis",
            yaml: "tag: xx\nname: X\nscript: Latn\nsegmentation:\n  ellipses: [\"...\", \"\"]\n",
            message: "broken.yaml:5:21: error: field 'segmentation.ellipses': an item is empty"),
        BrokenPack(
            name: "an empty alias",
            yaml: "tag: xx\nname: X\nscript: Latn\naliases: [xy, \"\"]\n",
            message: "field 'aliases': an item is empty"),
        BrokenPack(
            name: "a space as a terminator",
            yaml: "tag: xx\nname: X\nscript: Latn\nsegmentation:\n  terminators: [\".\", \" \"]\n",
            message: "field 'segmentation.terminators': ' ' is no punctuation mark"),
        BrokenPack(
            name: "two rules apart with one id",
            yaml: "tag: xx\nname: X\nscript: Latn\nnormalization:\n  canonical:\n"
                + "    - {id: r, from: a, to: b}\n  orthographic:\n    - {id: s, from: c, to: d}\n"
                + "    - {id: r, from: e, to: f}\n",
            message:
                "broken.yaml:9:12: error: field 'normalization.orthographic[1].id': 'r' is also "
                + "the id of an earlier rule (in canonical)"),
        // Hostile pass 68: an alias naming the pack itself (its glossary then "2 files"),
        // end marks that are no terminator, no terminators, a title with its full stop.
        BrokenPack(
            name: "own tag as an alias",
            yaml: "tag: xx\nname: X\nscript: Latn\naliases: [xx-YY, XX]\n",
            message:
                "broken.yaml:4:18: error: field 'aliases': 'XX' is the pack's own tag; remove it"),
        BrokenPack(
            name: "an alias twice",
            yaml: "tag: xx\nname: X\nscript: Latn\naliases: [xx-YY, xx-yy]\n",
            message: "broken.yaml:4:18: error: field 'aliases': 'xx-yy' is listed twice"),
        BrokenPack(
            name: "a doubled full stop",
            yaml: "tag: xx\nname: X\nscript: Beng\npunctuation:\n  full_stop: \"।।\"\n"
                + "segmentation:\n  terminators: [\"।\", \"?\"]\n",
            message:
                "broken.yaml:5:14: error: field 'punctuation': full_stop '।।' is 2 characters; "
                + "write the one mark that ends a sentence"),
        BrokenPack(
            name: "a full stop that ends no sentence",
            yaml: "tag: xx\nname: X\nscript: Beng\npunctuation:\n  full_stop: \"॥\"\n"
                + "segmentation:\n  terminators: [\"।\", \"?\"]\n",
            message:
                "broken.yaml:5:14: error: field 'punctuation': full_stop '॥' is not one of "
                + "segmentation.terminators (? ।); add it there, or write one of them"),
        BrokenPack(
            name: "no terminators",
            yaml: "tag: xx\nname: X\nscript: Latn\nsegmentation:\n  terminators: []\n",
            message: "broken.yaml:5:16: error: field 'segmentation.terminators': lists no mark"),
        BrokenPack(
            name: "a title with its full stop",
            yaml: "tag: xx\nname: X\nscript: Latn\nsegmentation:\n  prefixes: [mr, dr.]\n",
            message:
                "broken.yaml:5:18: error: field 'segmentation.prefixes': 'dr.' ends with a "
                + "sentence terminator; list the word without it (dr for Dr.)"),
        // Pass 68: settings that contradict the pack or each other were taken silently.
        BrokenPack(
            name: "a direction against the script",
            yaml: "tag: xx\nname: X\nscript: Beng\ndirection: rtl\n",
            message:
                "broken.yaml:4:12: error: field 'direction': 'rtl' contradicts the script: "
                + "Unicode writes Beng left to right; leave the field out or write ltr"),
        BrokenPack(
            name: "a month in both month lists",
            yaml:
                "tag: xx\nname: X\nscript: Latn\nmonth_names: {may: 5}\n"
                + "dated_month_names: {may: 5}\n",
            message:
                "broken.yaml:5:20: error: field 'dated_month_names': 'may' is in month_names "
                + "too; list it in one of them"),
        BrokenPack(
            name: "the English stemmer on another script",
            yaml: "tag: xx\nname: X\nscript: Beng\ninflection:\n  stemmer: porter2\n",
            message:
                "broken.yaml:5:12: error: field 'inflection.stemmer': porter2 stems English "
                + "words written in Latin letters and leaves Beng words as they are"),
        BrokenPack(
            name: "priors adding up to more than one",
            yaml:
                "tag: xx\nname: X\nscript: Latn\nalignment:\n  beads: {\"1-1\": 0.89, "
                + "\"1-0\": 0.8}\n",
            message:
                "broken.yaml:5:10: error: field 'alignment.beads': the priors add up to 1.795 "
                + "(with the defaults of the shapes not listed); they are the shares"),
        BrokenPack(
            name: "a second rule for what an earlier one replaces",
            yaml:
                "tag: xx\nname: X\nscript: Latn\nnormalization:\n  key:\n"
                + "    - {id: a, from: x, to: y}\n    - {id: b, from: x, to: z}\n",
            message:
                "broken.yaml:7:21: error: field 'normalization.key[1].from': 'x' (U+0078) is also "
                + "what rule 'a' of this layer matches, wherever this one would apply; only the "
                + "earlier applies: keep one"
        ),
        BrokenPack(
            name: "a rule at word ends after one for anywhere",
            yaml:
                "tag: xx\nname: X\nscript: Latn\nnormalization:\n  key:\n"
                + "    - {id: a, from: x, to: y}\n"
                + "    - {id: b, from: x, to: z, position: final, not_after: q}\n",
            message:
                "broken.yaml:7:21: error: field 'normalization.key[1].from': 'x' (U+0078) is also "
                + "what rule 'a' of this layer matches"
        ),
    ])
    func brokenPacksSayWhereAndWhat(_ broken: BrokenPack) throws {
        let folder = try TemporaryFolder()
        try folder.write("broken.yaml", broken.yaml)
        do {
            _ = try LocaleCatalog(folder: folder.path)
            Issue.record("\(broken.name) loaded")
        } catch {
            #expect(error.description.contains(broken.message), "\(error.description)")
        }
    }

    /// Inner finals make each inner word's forms (up to three such words), the rendering
    /// itself first; the last word is left to the ordinary endings.
    @Test func innerFinalsMakeTheFormsOfAPhrase() {
        let profile = InflectionProfile(
            stemmer: nil, suffixes: [], finals: [:], innerFinals: ["ا": ["ے"]])
        #expect(profile.innerForms(of: "مکران کا ساحل") == ["مکران کا ساحل", "مکران کے ساحل"])
        #expect(
            profile.innerForms(of: "گہرا پانی کا دریا")
                == [
                    "گہرا پانی کا دریا", "گہرے پانی کا دریا", "گہرا پانی کے دریا",
                    "گہرے پانی کے دریا",
                ])
        #expect(profile.innerForms(of: "دریا") == ["دریا"])
        #expect(profile.innerForms(of: "a b c d e").count == 1)
        let many = InflectionProfile(
            stemmer: nil, suffixes: [], finals: [:], innerFinals: ["a": ["e"]])
        #expect(many.innerForms(of: "aa ba ca da ea").count == 8)
    }

    /// A pack that does not say its direction takes its script's.
    @Test func anUnsaidDirectionIsTheScripts() throws {
        let folder = try TemporaryFolder()
        try folder.write("aa.yaml", "tag: aa\nname: A\nscript: Arab\n")
        try folder.write("bb.yaml", "tag: bb\nname: B\nscript: Hebr\n")
        try folder.write("cc.yaml", "tag: cc\nname: C\nscript: Deva\n")
        let catalog = try LocaleCatalog(folder: folder.path)
        #expect(catalog.packs.map(\.direction) == [.rtl, .rtl, .ltr])
    }

    /// A survey of a folder loads each pack on its own: the good ones, and each problem
    /// (a broken file, then a tag two packs declare).
    @Test func aSurveyGoesOnPastABrokenPack() throws {
        let folder = try TemporaryFolder()
        try folder.write("aa.yaml", "tag: aa\nname: A\nscript: Latn\ndirection: sideways\n")
        try folder.write("bb.yaml", "tag: bb\nname: B\nscript: Latn\n")
        try folder.write("cc.yaml", "tag: cc\nname: C\nscript: Latn\naliases: [bb]\n")
        let survey = try LocaleCatalog.survey(folder: folder.path)
        #expect(survey.packs.map(\.tag) == ["bb", "cc"])
        #expect(survey.packs.map(\.direction) == [.ltr, .ltr])
        #expect(survey.problems.count == 2)
        #expect(survey.problems.first?.description.contains("aa.yaml:4:12") == true)
        #expect(survey.problems.last?.description.contains("'bb'") == true)
    }

    /// A rule that feeds itself through NFC (é → e + ◌́ + e + ◌́, which NFC composes to éé),
    /// a ring no rule's `to` shows, is refused when the pack loads: run on what it replaces,
    /// it does not settle (before, the text grew past four times its size, where the
    /// normaliser stops, as it still would).
    @Test func aRuleFeedingItselfThroughNFCIsRefused() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "xx.yaml",
            "tag: xx\nname: X\nscript: Latn\nnormalization:\n  orthographic:\n"
                + "    - {id: g, from: \"\\u00E9\", to: \"e\\u0301e\\u0301\"}\n")
        #expect {
            _ = try LocaleCatalog(folder: folder.path)
        } throws: { error in
            "\(error)".contains(
                "xx.yaml:6:21: error: field 'normalization.orthographic[0].from': 'é' does not "
                    + "settle")
        }
    }

    @Test func twoPacksClaimingOneTagAreRefused() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.yaml", "tag: xx\nname: A\nscript: Latn\n")
        try folder.write("b.yaml", "tag: yy\nname: B\nscript: Latn\naliases: [xx]\n")
        #expect(throws: LocaleCatalogError.self) { try LocaleCatalog(folder: folder.path) }
    }

    @Test func anEmptyFolderHasNoPacks() throws {
        let folder = try TemporaryFolder()
        #expect(throws: LocaleCatalogError.self) { try LocaleCatalog(folder: folder.path) }
    }
}

/// A key rule that undoes a rule of a layer below settles, each round ending in the key
/// (pass 52: a Hindi pack writing Devanagari digits at L1, which its key turns back into
/// ASCII, was refused): it loads, L1 writes the pack's digits, the key ASCII ones.
@Test func aKeyRuleUndoingOneBelowLoads() throws {
    let normalizer = try normalizer(
        script: "Deva",
        normalization: "  orthographic:\n"
            + "    - {id: native, from_each: \"0123456789\", to_each: \"०१२३४५६७८९\"}\n"
            + "  key:\n    - {id: ascii, from_each: \"०१२३४५६७८९\", to_each: \"0123456789\"}\n")
    #expect(try normalizer.normalize("सन 1948", to: .orthographic).text == "सन १९४८")
    #expect(try normalizer.normalize("सन 1948", to: .key).text == "सन 1948")
    #expect(try normalizer.normalize("सन १९४८", to: .key).text == "सन 1948")
}

/// A rule the key's fold turns back into what it replaced, without growing the text
/// (ASCII digits written as Urdu ones at the orthographic level), settles at once: the pack
/// loads, and the key holds ASCII digits again.
@Test func aRuleTheKeyFoldsBackWithoutGrowingLoads() throws {
    let normalizer = try normalizer(
        script: "Latn",
        normalization: "  orthographic:\n"
            + "    - {id: native, from_each: \"0123456789\", to_each: \"۰۱۲۳۴۵۶۷۸۹\"}\n")
    #expect(try normalizer.normalize("a 25 b", to: .orthographic).text == "a ۲۵ b")
    #expect(try normalizer.normalize("a 25 b", to: .key).text == "a 25 b")
    // Every shipped pack settles on what its rules replace (the check at load).
    #expect(TestData.catalog.packs.count >= 10)
}

/// A normaliser for a pack `xx` in `script` whose `normalization:` section is
/// `normalization`, loaded as a catalogue loads it (every check at load applied).
private func normalizer(script: String, normalization: String) throws -> Normalizer {
    let folder = try TemporaryFolder()
    try folder.write(
        "xx.yaml", "tag: xx\nname: X\nscript: \(script)\nnormalization:\n" + normalization)
    return Normalizer(pack: try LocaleCatalog(folder: folder.path).pack(for: "xx"))
}

/// A locale pack file with one mistake, and the message it must produce.
struct BrokenPack: CustomTestStringConvertible, Sendable {
    let name: String
    let yaml: String
    let message: String
    var testDescription: String { name }
}
