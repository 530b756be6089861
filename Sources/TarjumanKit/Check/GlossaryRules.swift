/// The catalogue of glossary lint rules, with their examples.
public enum GlossaryRules {
    private static let header = "id\tsource\ttarget\tpos\tstatus\tvariants\n"

    /// Every rule, in the order they are documented.
    public static let all: [Rule] = [
        Rule(
            glossary: "malformed-row", severity: .error, summary: "A row that cannot be read.",
            explanation:
                "Every row needs as many tab-separated fields as the header, and a field that starts "
                + "with a double quote must end with one (inner quotes doubled). Check for a missing or "
                + "extra tab, or a quote left by a spreadsheet.",
            fixable: false,
            triggering: [.glossary(file: "en-ur.tsv", text: header + "c1\tcourt\tعدالت\tnoun\n")],
            nonTriggering: [
                .glossary(file: "en-ur.tsv", text: header + "c1\tcourt\tعدالت\tnoun\tpreferred\t\n")
            ]),
        Rule(
            glossary: "no-entries", severity: .error,
            summary: "A glossary with a header and no rows.",
            explanation:
                "A termbase without entries checks nothing: every translation passes its term "
                + "checks. It is most often an export that lost its rows (a spreadsheet saved "
                + "with the header alone, a filter left on); restore them, or remove the file.",
            fixable: false,
            triggering: [.glossary(file: "en-ur.tsv", text: header)],
            nonTriggering: [
                .glossary(file: "en-ur.tsv", text: header + "c1\tcourt\tعدالت\tnoun\tpreferred\t\n")
            ]),
        Rule(
            glossary: "unknown-column", severity: .error,
            summary: "A header column Tarjuman does not know.",
            explanation: "Known columns: " + GlossaryTSV.columns.joined(separator: ", ")
                + ". A misspelt column would silently lose its data.",
            fixable: false,
            triggering: [
                .glossary(
                    file: "en-ur.tsv",
                    text: "id\tsource\ttarget\tstatuss\nc1\tcourt\tعدالت\tpreferred\n")
            ],
            nonTriggering: [
                .glossary(
                    file: "en-ur.tsv",
                    text: "id\tsource\ttarget\tstatus\nc1\tcourt\tعدالت\tpreferred\n")
            ]),
        Rule(
            glossary: "unknown-status", severity: .error,
            summary: "A status, case or match value that is not allowed.",
            explanation:
                "status is preferred, admitted, deprecated or forbidden (as TBX administrativeStatus); "
                + "case is yes or empty; match is exact, inflected or stem; in any letter case "
                + "(spreadsheets capitalise a cell's first letter).",
            fixable: false,
            triggering: [
                .glossary(file: "en-ur.tsv", text: header + "c1\tcourt\tعدالت\tnoun\tapproved\t\n")
            ],
            nonTriggering: [
                .glossary(file: "en-ur.tsv", text: header + "c1\tcourt\tعدالت\tnoun\tadmitted\t\n"),
                .glossary(
                    file: "en-ur.tsv", text: header + "c1\tcourt\tعدالت\tnoun\tPreferred\t\n"),
            ]),
        Rule(
            glossary: "empty-field", severity: .error,
            summary:
                "An empty id, source or target, or a term with nothing the term matcher can match.",
            explanation:
                "A row without a term cannot be matched or checked; nor can a term holding no "
                + "word (`-` in English) or only what the matching key ignores (a lone vowel "
                + "mark in Urdu): such a source is never found, and such a rendering cannot be "
                + "checked (check counts it present).",
            fixable: false,
            triggering: [
                .glossary(file: "en-ur.tsv", text: header + "c1\tcourt\t\tnoun\tpreferred\t\n"),
                .glossary(file: "en-ur.tsv", text: header + "c1\t-\tعدالت\tnoun\tpreferred\t\n"),
            ],
            nonTriggering: [
                .glossary(file: "en-ur.tsv", text: header + "c1\tcourt\tعدالت\tnoun\tpreferred\t\n")
            ]),
        Rule(
            glossary: "term-too-long", severity: .error,
            summary: "A term or variant longer than 1,000 characters.",
            explanation:
                "Terms are words and phrases; a matcher keeps every letter of every form, so a "
                + "pasted paragraph costs memory on every run. Put longer text in the note.",
            fixable: false,
            triggering: [
                .glossary(
                    file: "en-ur.tsv",
                    text: header
                        + "c1\tcourt\t\(String(repeating: "ع", count: 1_001))\tnoun\tpreferred\t\n")
            ],
            nonTriggering: [
                .glossary(file: "en-ur.tsv", text: header + "c1\tcourt\tعدالت\tnoun\tpreferred\t\n")
            ]),
        Rule(
            glossary: "unknown-pack", severity: .error,
            summary: "A glossary for a language with no locale pack.",
            explanation:
                "The file name names the pair (en-ur.tsv, en-bal-Arab-PK.tsv); the target must be a "
                + "locale pack (tarjuman locales lists them). Add a pack or rename the file.",
            fixable: false,
            triggering: [
                .glossary(file: "en-xx.tsv", text: header + "c1\tcourt\tcourt\tnoun\tpreferred\t\n")
            ],
            nonTriggering: [
                .glossary(file: "en-ur.tsv", text: header + "c1\tcourt\tعدالت\tnoun\tpreferred\t\n")
            ]),
        Rule(
            glossary: "duplicate-entry", severity: .warning,
            summary: "The same source, target and POS twice.",
            explanation: "Keep one row; merge their notes and variants.",
            fixable: false,
            triggering: [
                .glossary(
                    file: "en-ur.tsv",
                    text: header
                        + "c1\tcourt\tعدالت\tnoun\tpreferred\t\nc2\tcourt\tعدالت\tnoun\tpreferred\t\n"
                )
            ],
            nonTriggering: [
                .glossary(
                    file: "en-ur.tsv",
                    text: header
                        + "c1\tcourt\tعدالت\tnoun\tpreferred\t\nc1\tcourt\tکورٹ\tnoun\tdeprecated\t\n"
                )
            ]),
        Rule(
            glossary: "split-concept", severity: .warning,
            summary: "Rows of one id that are not one concept.",
            explanation:
                "A concept's rows share their source side (source, source_variants, case, match) "
                + "and stand together. Rows of one id that differ there, or stand apart, are "
                + "written as another concept under a new id (ID.2) by a TBX copy, which CAT tools "
                + "then read as two entries: give each concept its own id.",
            fixable: false,
            triggering: [
                .glossary(
                    file: "en-ur.tsv",
                    text: header
                        + "c1\tstate\tریاست\tnoun\tpreferred\t\nc1\tcountry\tملک\tnoun\tadmitted\t\n"
                )
            ],
            nonTriggering: [
                .glossary(
                    file: "en-ur.tsv",
                    text: header
                        + "c1\tstate\tریاست\tnoun\tpreferred\t\nc1\tstate\tمملکت\tnoun\tadmitted\t\n"
                )
            ]),
        Rule(
            glossary: "conflicting-preferred", severity: .error,
            summary: "Two different preferred renderings for one source term and POS.",
            explanation:
                "A translator needs one answer: make one preferred and the others admitted.",
            fixable: false,
            triggering: [
                .glossary(
                    file: "en-ur.tsv",
                    text: header
                        + "c1\tcourt\tعدالت\tnoun\tpreferred\t\nc1\tcourt\tکورٹ\tnoun\tpreferred\t\n"
                )
            ],
            nonTriggering: [
                .glossary(
                    file: "en-ur.tsv",
                    text: header
                        + "c1\tcourt\tعدالت\tnoun\tpreferred\t\nc1\tcourt\tکورٹ\tnoun\tadmitted\t\n"
                )
            ]),
        Rule(
            glossary: "preferred-and-forbidden", severity: .error,
            summary: "The same rendering both accepted and deprecated or forbidden.",
            explanation:
                "A rendering cannot be both right and wrong for the same source term. Renderings "
                + "are compared as the term matcher reads them (کتاب, كتاب and کِتاب are one), since "
                + "a forbidden one that matches a preferred one can never be reported.",
            fixable: false,
            triggering: [
                .glossary(
                    file: "en-ur.tsv",
                    text: header
                        + "c1\tcourt\tعدالت\tnoun\tpreferred\t\nc1\tcourt\tعدالت\tnoun\tforbidden\t\n"
                ),
                // The same word to the term matcher: Arabic kaf, a zer, a space for a ZWNJ.
                .glossary(
                    file: "en-ur.tsv",
                    text: header
                        + "c1\tbook\tکتاب\tnoun\tpreferred\t\nc1\tbook\tکِتاب\tnoun\tforbidden\t\n"
                ),
            ],
            nonTriggering: [
                .glossary(
                    file: "en-ur.tsv",
                    text: header
                        + "c1\tcourt\tعدالت\tnoun\tpreferred\t\nc1\tcourt\tکورٹ\tnoun\tforbidden\t\n"
                ),
                // In a script with case a space makes another word (pass 49).
                .glossary(
                    file: "ur-en.tsv",
                    text: header
                        + "c1\tروزانہ\tevery day\tadverb\tpreferred\t\nc1\tروزانہ\teveryday\tadverb\tforbidden\t\n"
                ),
            ]),
        Rule(
            glossary: "not-normalised", severity: .warning,
            summary: "A term not in its pack's canonical and orthographic form.",
            explanation:
                "Arabic kaf or yeh in Urdu, ه in Balochi (Pakistan), tatweel, decomposed letters: text "
                + "typed this way does not match text typed correctly. Source terms and source variants "
                + "are held to the source language's pack, targets and variants to the target's. "
                + "--fix rewrites it; a spelling the pack "
                + "cannot decide (Urdu non-final ه) is reported and left alone.",
            fixable: true,
            triggering: [
                .glossary(file: "en-ur.tsv", text: header + "c1\tbook\tكتاب\tnoun\tpreferred\t\n")
            ],
            nonTriggering: [
                .glossary(file: "en-ur.tsv", text: header + "c1\tbook\tکتاب\tnoun\tpreferred\t\n")
            ]),
        Rule(
            glossary: "wrong-script", severity: .error,
            summary: "Letters of another script in a term.",
            explanation:
                "Latin letters inside an Urdu term, Arabic letters in a Balochi (Latin) term or in the "
                + "English source, found with ICU's script property. Often a keyboard left in the wrong layout.",
            fixable: false,
            triggering: [
                .glossary(
                    file: "en-ur.tsv", text: header + "c1\tcourt\tعدالتt\tnoun\tpreferred\t\n")
            ],
            nonTriggering: [
                .glossary(
                    file: "en-bal-Latn.tsv", text: header + "c1\tcourt\tadálat\tnoun\tadmitted\t\n")
            ]),
        Rule(
            glossary: "invisible-character", severity: .warning,
            summary: "Bidi controls, zero-width spaces, BOMs or soft hyphens in a term.",
            explanation:
                "They are invisible in most editors and stop terms from matching. ZWNJ and ZWJ are "
                + "allowed in Arabic-script terms, where they are part of the spelling. --fix removes the rest.",
            fixable: true,
            triggering: [
                .glossary(
                    file: "en-ur.tsv",
                    text: header + "c1\tcourt\t\u{200F}عدالت\tnoun\tpreferred\t\n")
            ],
            nonTriggering: [
                .glossary(
                    file: "en-ur.tsv",
                    text: header + "c1\tsemi-official\tنیم\u{200C}سرکاری\tadj\tpreferred\t\n"
                )
            ]),
        Rule(
            glossary: "whitespace", severity: .warning,
            summary:
                "Leading, trailing or doubled spaces in a field, or a line break or tab in a term.",
            explanation:
                "Spaces a reader cannot see make two spellings of one term. --fix trims and collapses them. "
                + "A line break or tab inside a term (a quoted spreadsheet cell) is never found in running "
                + "text, which has spaces there; it is left to a person to fix. A note keeps the spaces inside "
                + "it, but spaces at its ends are trimmed: a TBX export drops them.",
            fixable: true,
            triggering: [
                .glossary(
                    file: "en-ur.tsv", text: header + "c1\tcourt \tعدالت\tnoun\tpreferred\t\n"),
                .glossary(
                    file: "en-ur.tsv",
                    text: header + "c1\t\"high\ncourt\"\tعدالتِ عالیہ\tnoun\tpreferred\t\n"),
            ],
            nonTriggering: [
                .glossary(file: "en-ur.tsv", text: header + "c1\tcourt\tعدالت\tnoun\tpreferred\t\n")
            ]),
        Rule(
            glossary: "term-punctuation", severity: .warning,
            summary: "A source term whose punctuation term matching does not read.",
            explanation:
                "Terms of a language matched by words (English) are matched word by word, and only "
                + "spaces and hyphens may stand between the words: a term with other punctuation "
                + "between its words (U.S., R&D, 9/11) is never found, and one with punctuation at "
                + "an end (C++, 50%) is found as its words alone (C in vitamin C), which makes "
                + "false findings. Write the words (United States; C plus plus as a variant) or "
                + "leave the term to a project check.",
            fixable: false,
            triggering: [
                .glossary(
                    file: "en-ur.tsv", text: header + "c1\tU.S.\tامریکہ\tnoun\tpreferred\t\n"),
                .glossary(
                    file: "en-ur.tsv", text: header + "c1\tC++\tسی پلس پلس\tnoun\tpreferred\t\n"),
            ],
            nonTriggering: [
                .glossary(
                    file: "en-ur.tsv",
                    text: header + "c1\tstate-of-the-art\tجدید ترین\tadj\tpreferred\t\n"),
                .glossary(
                    file: "en-ur.tsv",
                    text: header + "c1\tjudge's order\tجج کا حکم\tnoun\tpreferred\t\n"),
            ]),
        Rule(
            glossary: "variant-unrelated", severity: .warning,
            summary: "A variant that does not look like a form of its entry.",
            explanation:
                "A variant should be an inflected form, a spelling variant or a broken plural of the "
                + "target: its matching key either keeps the target's consonants in order (حکم → احکامات) or "
                + "differs by at most two letters. Anything else is probably in the wrong row.",
            fixable: false,
            triggering: [
                .glossary(
                    file: "en-ur.tsv", text: header + "c1\torder\tحکم\tnoun\tpreferred\tعدالت\n")
            ],
            nonTriggering: [
                .glossary(
                    file: "en-ur.tsv",
                    text: header + "c1\torder\tحکم\tnoun\tpreferred\tاحکامات|احکام\n")
            ]),
    ]

    /// The rule with `id`, if there is one.
    public static func rule(_ id: String) -> Rule? { all.first { $0.id == id } }
}
