/// Everything Tarjuman knows about one language in one orthography, read from a YAML file
/// in `locales/`.
///
/// Packs are data: adding a language means adding a pack (and a glossary), not changing
/// code. See `locales/README.md` for the file format.
public struct LocalePack: Sendable {
    /// The BCP 47 tag, e.g. `ur` or `bal-Arab-PK`.
    public let tag: String
    /// The language and orthography in English, e.g. "Balochi (Arabic script, Pakistan)".
    public let name: String
    /// Other tags that select this pack, e.g. `bal` for `bal-Arab-PK`.
    public let aliases: [String]
    /// The ISO 15924 script code, e.g. `Arab` or `Latn`.
    public let script: String
    /// Writing direction.
    public let direction: TextDirection
    /// The ICU locale id given to ICU's break iterator.
    public let icuLocale: String
    /// Letters that write vowels (Urdu ا آ و ی ے ہ; Latin a e i o u): left out when the
    /// glossary linter compares the consonants of a term and its variants.
    public let vowels: Set<Unicode.Scalar>
    /// The ten native digits, zero first (ASCII for Latin-script packs).
    public let digits: [Unicode.Scalar]
    /// Words written before a number to make it negative (Urdu `منفی ۵`, English `minus 5`):
    /// the number check reads them as a minus sign.
    public let minusWords: [String]
    /// Words said between the parts of one number, lower-cased (English `and`: `one hundred
    /// and five` is 105): the number check reads on through one after a hundred, a thousand
    /// or a scale word when a number word under a hundred follows.
    public let numberJoiners: Set<String>
    /// Words said for a decimal point between two numbers, lower-cased (Urdu `اعشاریہ`:
    /// `۳ اعشاریہ ۵` and `تین اعشاریہ پانچ` are 3.5).
    public let decimalWords: Set<String>
    /// Words between the two ends of a range of numbers, lower-cased (English `to`, `or`;
    /// Urdu `سے`): before a number with a scale word, the first end takes the same scale
    /// (`2 to 3 million` is 2000000 to 3000000), as a dash does.
    public let rangeWords: Set<String>
    /// Words that open a range, each with the word that joins its two ends, lower-cased
    /// (English `between` … `and`): that joiner is a range word only after its opener.
    public let rangePairs: [String: String]
    /// Words that join a range's two ends, each with the word that closes the range after
    /// them, lower-cased (Urdu `اور` … `درمیان`: `۱۴ اور ۲۲ ملین کے درمیان`): that joiner is a
    /// range word only when its closer follows.
    public let rangeClosers: [String: String]
    /// Numbers written as words, lower-cased (Urdu `تین` 3, `تیسرے` 3, English `twelve` 12):
    /// the number check takes them for a number the other side writes in digits.
    public let numberWords: [String: Int]
    /// Words that are numbers only where a neighbour makes them one, lower-cased (Urdu `نو`
    /// 9, also "new"): after a fraction prefix (`ساڑھے نو`), or before a scale word, a
    /// hundred or thousand, or one of ``bindingWords`` (`نو بجے`, nine o'clock).
    public let boundNumberWords: [String: Int]
    /// Words after which a bound number word is a number (Urdu `بجے`), lower-cased.
    public let bindingWords: Set<String>
    /// Month names, lower-cased, with their numbers (`march` 3, `مارچ` 3): number words
    /// too, and compared word against word by the number check (14 March against ۱۴ اپریل).
    public let monthNames: [String: Int]
    /// Month names that are other words too (English `May`, `Mar`), lower-cased, with their
    /// numbers: a month only next to a number in digits (`12 May`, `May 2024`).
    public let datedMonthNames: [String: Int]
    /// The first letters of ``monthNames`` and ``datedMonthNames`` in either case: a word
    /// that starts otherwise is no month, told before the word is built (the check reads
    /// every sentence pair).
    let monthNameStarts: Set<Unicode.Scalar>
    /// Words that multiply the number before them, lower-cased, each with its power of ten
    /// (`million` 6, `لاکھ` 5): the number check compares `1.2 million` and `۱۲ لاکھ` as
    /// 1200000.
    public let scaleWords: [String: Int]
    /// Abbreviations of scale words read only written on the digits (`$3bn`), each with its
    /// power of ten: apart from them they are other words (`12 tn`, twelve tons).
    public let scaleSuffixes: [String: Int]
    /// Words for a number with a fraction, lower-cased, in hundredths (Urdu `ڈیڑھ`, one and
    /// a half: 150): number words too (`ڈیڑھ لاکھ` is 150000).
    public let fractionWords: [String: Int]
    /// Words that add a fraction to the number after them, lower-cased, in hundredths (Urdu
    /// `ساڑھے` 50: `ساڑھے تین` is 3.5; `پونے` -25: `پونے دو سو` is 175).
    public let fractionPrefixes: [String: Int]
    /// Words for a part of a whole, lower-cased, with how many parts make it (Urdu `تہائی`,
    /// a third: 3): a part word is its denominator as a number, and one part too unless a
    /// number word says how many (`ایک تہائی`, `دو تہائی` against 1/3, 2/3).
    public let partWords: [String: Int]
    /// Quotation mark pairs in order of preference.
    public let quotes: [QuotePair]
    /// The preferred sentence punctuation.
    public let punctuation: Punctuation
    /// Sentence segmentation data.
    public let segmentation: SegmentationProfile
    /// The normalisation rules, layer by layer.
    public let normalization: NormalizationProfile
    /// How words inflect, for recognising glossary terms in running text.
    public let inflection: InflectionProfile
    /// Sentence-length statistics of translations from English into this language.
    public let alignment: AlignmentProfile
    /// Consonant classes for meeting names and loanwords across scripts: letter sequences
    /// (one to three letters) → class letters (`A`…`Z`, empty for none). Empty when the
    /// pack has no table.
    public let transliteration: [String: String]
    /// The file the pack was read from.
    public let file: String
    /// Where the pack's tag and each alias are written, by lowercased tag, for the message
    /// when two packs claim one.
    let declarations: [String: SourcePosition]
}

/// Left-to-right or right-to-left.
public enum TextDirection: String, Sendable, CaseIterable {
    case ltr
    case rtl
}

/// An opening and a closing quotation mark.
public struct QuotePair: Sendable, Equatable {
    /// The opening mark (may be more than one character, e.g. `’’`).
    public let open: String
    /// The closing mark.
    public let close: String
}

/// The punctuation a pack expects in running text.
public struct Punctuation: Sendable, Equatable {
    /// The sentence-final full stop (`.` or `۔`).
    public let fullStop: String
    /// The question mark (`?` or `؟`).
    public let question: String
    /// The comma (`,` or `،`).
    public let comma: String
    /// The semicolon (`;` or `؛`).
    public let semicolon: String
    /// Other marks that are also correct in this language (Pashto writes both `۔` and `.`
    /// as a full stop): the punctuation check leaves them alone.
    public let alsoAccepted: [String]
    /// What separates two sentences of one paragraph when a document is rebuilt from its
    /// sentences (`tarjuman merge`): one space unless the pack says otherwise.
    public let sentenceSpace: String

    /// Whether `mark` is this language's own: one of its marks or an accepted alternative.
    public func accepts(_ mark: String) -> Bool {
        mark == fullStop || mark == question || mark == comma || mark == semicolon
            || alsoAccepted.contains(mark)
    }
}

/// When single line breaks inside a paragraph are hard wrapping rather than structure.
public enum UnwrapPolicy: String, Sendable, CaseIterable {
    /// Every line is its own unit (headings, lists, verse).
    case never
    /// Join a line to the next when it does not end a sentence, holds at least
    /// `unwrapMinimumWords` words and the next line does not start a list item or (in cased
    /// scripts) a capitalised word.
    case auto
    /// Join every line inside a paragraph.
    case always
}

/// Data the sentence segmenter needs for one language.
public struct SegmentationProfile: Sendable {
    /// The most `prefixes` a pack may list (ICU's filter is built in quadratic time).
    public static let maximumPrefixes = 5_000

    /// Characters that end a sentence (`.`, `?`, `!`, `۔`, `؟`…).
    public let terminators: Set<Unicode.Scalar>
    /// Whether the script distinguishes upper and lower case.
    public let hasCase: Bool
    /// Hard-wrap handling.
    public let unwrap: UnwrapPolicy
    /// The fewest words a line needs before `auto` unwrapping joins it to the next.
    public let unwrapMinimumWords: Int
    /// Words (without their final dot) that may end a sentence but usually do not, such as
    /// "co" or "U.S": a sentence ends after them only before a `sentenceStarters` word.
    public let abbreviations: Set<String>
    /// The abbreviations (also in `abbreviations`) that often end a sentence, such as "etc"
    /// or "Inc": a sentence ends after one before any capitalised word but a title
    /// (`prefixes`: "at 5 a.m. Mr. Smith went").
    public let finalAbbreviations: Set<String>
    /// Words (without their final dot) after which a sentence never ends, such as "Mr".
    public let prefixes: Set<String>
    /// Labels written before a number ("no", "p", "vol"): no sentence ends after one when a
    /// number follows; otherwise it is treated as an abbreviation.
    public let labels: Set<String>
    /// Words that, written with a full stop, are initials of a name (Urdu letter names).
    public let initials: Set<String>
    /// Capitalised words that typically start a sentence ("The", "However"…).
    public let sentenceStarters: Set<String>
    /// Ellipsis spellings that continue a sentence (`...`, `…`, `۔۔۔`).
    public let ellipses: [String]
    /// One-letter words that are not abbreviations (Pashto و "was"). In scripts without
    /// case, any other single letter before a full stop is taken for an abbreviation.
    public let singleLetterWords: Set<String>
    /// In scripts without case: words that continue a sentence after a quoted `!` or `?`
    /// (Persian و, Hindi के).
    public let continuers: [String]
    /// Verbs of saying that end a quotation's attribution (Urdu پوچھا, English shouted):
    /// after a quotation closed on `?` or `!`, a clause of at most
    /// ``SegmentationProfile/attributionWords`` words ending in one goes on with it
    /// (`’’کہاں جا رہے ہیں؟‘‘ ماں نے پوچھا۔`, `"Stop!" Jake shouted.`).
    public let attributionVerbs: Set<String>
    /// Words no sentence opens with, as written (English `Inc`, `Ltd`): a boundary before
    /// one is none (`Yahoo! Inc. is a company.`).
    public let nonStarters: Set<String>
    /// Units written short after a number, lower-cased, that are words elsewhere (English
    /// `in`, `no`): after a number, their full stop is an abbreviation's (`5 ft. 10 in.
    /// tall`), not a sentence's end before a lower-case word.
    public let numberUnits: Set<String>
    /// Greetings that open a letter, as written (`Hi`, `Dear`, `Good morning`): a greeting
    /// of at most four more words and a comma is a sentence of its own before a capitalised
    /// word (`Hi Sam, Just a heads up`).
    public let greetings: [String]
    /// Sign-offs that close a letter, as written (`Regards`, `Thanks`): alone before a
    /// comma, a sentence of their own before a capitalised word (`Regards, Debra`).
    public let signOffs: [String]
    /// Words that open a sentence after one written without a terminator, as written
    /// (`This`, `If`): in a script with case and a paragraph that ends without a
    /// terminator, one capitalised after a lower-case letter, two words or more into its
    /// sentence and before a lower-case word starts a sentence (`vacationing there If you
    /// know one`).
    public let openers: [String]
    /// The longest attribution clause read as one (see `attributionVerbs`).
    public static let attributionWords = 5
    /// Words no sentence ends with (English `for`, `the`, `of`): a line ending in one is
    /// hard wrapping in `auto` mode even before a capitalised word (`… hearing for` /
    /// `Tuesday, 14 April`), lower-cased.
    public let unwrapAfter: Set<String>
    /// The vowel letters of a cased script, lower-cased (English `aeiouy`, y included, as
    /// in `shy.`): a word of two or more ASCII letters without any, lower case after its
    /// first, is taken for an abbreviation (`tsp.`, `bldg.`) where a lower-case word follows
    /// (`1 tsp. of salt`); empty for none.
    public let abbreviationVowels: Set<UInt16>
}

/// The three normalisation layers of a pack.
public struct NormalizationProfile: Sendable {
    /// Apply Unicode NFC as the first step of L0.
    public let nfc: Bool
    /// Apply NFKC to Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFC) in L0.
    public let presentationForms: Bool
    /// L0 rules: display-safe for any text of the script.
    public let canonical: [NormalizationRule]
    /// L1 rules: the orthography of this pack.
    public let orthographic: [NormalizationRule]
    /// L2 rules: matching keys only (lossy).
    public let key: [NormalizationRule]
    /// Case-fold letters in L2 keys.
    public let keyCaseFold: Bool

    /// The rules of one layer.
    public func rules(for level: NormalizationLevel) -> [NormalizationRule] {
        switch level {
        case .canonical: canonical
        case .orthographic: orthographic
        case .key: key
        }
    }
}

/// Regular noun inflection of a language, used to recognise glossary renderings in their
/// inflected forms. Irregular (broken) plurals are not derived: a glossary lists them as
/// variants.
public struct InflectionProfile: Sendable {
    /// The stemmer that reduces words to their stem (English: `porter2`); nil when words are
    /// matched by their letters with `suffixes` and `finals`.
    public let stemmer: Stemmer?
    /// Endings added to any word (Urdu -وں, -یں, -ات).
    public let suffixes: [String]
    /// Final letters that may also be replaced by endings (Urdu ا → ے, وں; ی → یاں, یوں).
    public let finals: [String: [String]]
    /// Clitics written joined to the front of a word (Arabic و "and", ب "with", ال "the").
    public let prefixes: [String]
    /// Final letters a word *inside* a multi-word rendering may change, and how (Urdu
    /// ا → ے: `مکران کا ساحل` is `مکران کے ساحل` before a postposition, `گہرا پانی` is
    /// `گہرے پانی میں`); the last word takes `finals`.
    public let innerFinals: [String: [String]]

    /// A profile; `prefixes` empty unless the language writes clitics on the front,
    /// `innerFinals` unless words inside a phrase agree with its case.
    public init(
        stemmer: Stemmer?, suffixes: [String], finals: [String: [String]], prefixes: [String] = [],
        innerFinals: [String: [String]] = [:]
    ) {
        self.stemmer = stemmer
        self.suffixes = suffixes
        self.finals = finals
        self.prefixes = prefixes
        self.innerFinals = innerFinals
    }

    /// The forms of a multi-word `rendering` its inner words' finals make, the rendering
    /// itself first: each word but the last (at most the first three that can) as written
    /// or with its final (the longest that fits) replaced by one of its ``innerFinals``
    /// endings.
    public func innerForms(of rendering: String) -> [String] {
        guard !innerFinals.isEmpty else { return [rendering] }
        let words = rendering.split(separator: " ", omittingEmptySubsequences: false)
        guard words.count > 1 else { return [rendering] }
        var forms: [[Substring]] = [words]
        var changed = 0
        for index in words.indices.dropLast() where changed < 3 {
            let word = Array(words[index].unicodeScalars)
            // The longest final the word ends in, with a letter before it.
            guard
                let (final, endings) = innerFinals.map({ (Array($0.key.unicodeScalars), $0.value) })
                    .filter({
                        word.count > $0.0.count && word.suffix($0.0.count).elementsEqual($0.0)
                    })
                    .max(by: { $0.0.count < $1.0.count })
            else { continue }
            changed += 1
            let stem = String(String.UnicodeScalarView(word.dropLast(final.count)))
            forms += forms.flatMap { form in
                endings.map { ending in
                    var other = form
                    other[index] = Substring(stem + ending)
                    return other
                }
            }
        }
        return forms.map { $0.joined(separator: " ") }
    }

    /// No inflection.
    public static let none = InflectionProfile(stemmer: nil, suffixes: [], finals: [:])

    /// The most forms of one word a pack may make (``formsPerWord``).
    public static let maximumForms = 1_000

    /// How many forms of a word the profile makes at most: the word, with a suffix, or with
    /// an ending in place of its final letter, each alone or behind a prefix (matching
    /// tries them all at every word).
    public var formsPerWord: Int {
        (1 + suffixes.count + (finals.values.map(\.count).max() ?? 0)) * (1 + prefixes.count)
    }
}

/// A stemmer a pack can name in `inflection.stemmer`.
public enum Stemmer: String, Sendable, CaseIterable {
    /// The Snowball Porter2 English stemmer.
    case porter2
}

/// How long a translation from English into this language runs, for the aligner's
/// Gale–Church length model. Calibrate it from aligned sentence pairs.
public struct AlignmentProfile: Sendable {
    /// Target characters per English character.
    public let lengthRatio: Double
    /// Variance of the target length per English character.
    public let variance: Double
    /// Prior probability of each bead shape (source sentences : target sentences); empty
    /// for the model's defaults (Gale and Church's published priors).
    public let beads: [AlignmentModel.BeadShape: Double]

    /// A profile; `beads` empty for the default priors.
    public init(
        lengthRatio: Double, variance: Double, beads: [AlignmentModel.BeadShape: Double] = [:]
    ) {
        self.lengthRatio = lengthRatio
        self.variance = variance
        self.beads = beads
    }

    /// Gale and Church's published defaults (ratio 1, variance 6.8, their priors).
    public static let uncalibrated = AlignmentProfile(lengthRatio: 1, variance: 6.8)
}
