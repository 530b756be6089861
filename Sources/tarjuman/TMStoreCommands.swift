import ArgumentParser
import Foundation
import TarjumanKit

/// `tarjuman tm lookup`: the best matches of a sentence in the store.
struct TMLookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Show the best translation-memory matches of a sentence, with their scores.",
        discussion: """
            Scores as CAT tools show them: 101 exact in the same context (the previous and \
            next sentence, given with --previous and --next; "" for none), 100 exact (the same text in the pack's orthographic form, white \
            space aside), 99 when every token matches but letter case or punctuation \
            differs, below that token-level edit similarity in percent, less the memory's \
            penalty. Numbers that differ are listed with each match.
            Example: tarjuman tm lookup --to ur --tm-db memory.sqlite "The port was built in 2009."
            """)

    @OptionGroup var data: DataOptions
    @OptionGroup var memory: MemoryOptions
    @OptionGroup var languages: MemoryLanguages

    // Unconditional: `-1` is a value to refuse by range, not an unknown option (pass 22).
    @Option(name: .customLong("min-match"), parsing: .unconditional, help: "Lowest score shown.")
    var minimumMatch = 75

    // A sentence may start with a dash (a list item).
    @Option(
        name: .long, parsing: .unconditional,
        help: "The sentence before it in its document (\"\" for none), for 101 in context.")
    var previous: String?

    @Option(
        name: .long, parsing: .unconditional,
        help: "The sentence after it in its document (\"\" for none), for 101 in context.")
    var next: String?

    @Option(name: .long, parsing: .unconditional, help: "Most matches shown.")
    var limit = 5

    @Option(name: .long, help: "text or json.")
    var format: Format = .text

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The source sentence.")
    var sentence: String

    func validate() throws {
        guard (1...101).contains(minimumMatch) else {
            throw ValidationError("--min-match is a score from 1 to 101; got \(minimumMatch)")
        }
        guard limit >= 1 else { throw ValidationError("--limit is at least 1; got \(limit)") }
        // Nothing to look up matches nothing (pass 46: exit 0 with no matches).
        guard sentence.containsWords else {
            throw ValidationError("the sentence is empty; give the source sentence to look up")
        }
        // Half a context would score 101 against a unit that has nothing on the other side.
        guard (previous == nil) == (next == nil) else {
            throw ValidationError(
                "give the context whole: --previous and --next (\"\" where the sentence has none)")
        }
    }

    func run() throws {
        try reportingFailures {
            let (source, target) = try languages.packs(data)
            let matches = try memory.open(creating: false).lookup(
                sentence, source: source, target: target.tag, minimum: minimumMatch,
                limit: limit,
                context: previous.flatMap { previous in next.map { (previous, $0) } })
            var text = ""
            if format == .json {
                text =
                    "[\n"
                    + matches.map { match in
                        "  {\"score\":\(match.score),\"source\":\(JSONText.quoted(match.unit.source)),"
                            + "\"target\":\(JSONText.quoted(match.unit.target)),"
                            + "\"origin\":\(JSONText.quoted(match.unit.origin)),"
                            + "\"numbers_missing\":[\(match.numbersDiffer.missing.map(JSONText.quoted).joined(separator: ","))],"
                            + "\"numbers_extra\":[\(match.numbersDiffer.extra.map(JSONText.quoted).joined(separator: ","))]}"
                    }.joined(separator: ",\n") + (matches.isEmpty ? "]\n" : "\n]\n")
            } else {
                for match in matches {
                    text += "\(match.score)%\t\(match.unit.source)\n\t\(match.unit.target)\n"
                    text += "\tfrom \(match.unit.origin)"
                    if let difference = match.numberDifference { text += "; \(difference)" }
                    text += "\n"
                }
            }
            try OutputSink.standardOutput(text)
            if format == .text {
                StandardError.write("\(matches.count) match(es) at or above \(minimumMatch)%")
            }
        }
    }
}

/// `tarjuman tm search`: a concordance over the store.
struct TMSearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "List the memory units containing a word or phrase, in either language.",
        discussion: """
            Whole words, on each language's matching key (an Arabic-keyboard ي finds Urdu ی); \
            in translations, the phrase in any spelling the orthography folds together \
            (ي and ی, ك and ک). The phrase is marked «» where it appears.
            Example: tarjuman tm search --to ur --tm-db memory.sqlite "press club"
            """)

    @OptionGroup var data: DataOptions
    @OptionGroup var memory: MemoryOptions
    @OptionGroup var languages: MemoryLanguages

    @Option(name: .long, parsing: .unconditional, help: "Most units listed.")
    var limit = 50

    @Argument(help: "The word or phrase.")
    var text: String

    /// The longest phrase searched for (a longer one made SQLite's pattern too complex,
    /// said with its SQL; pass 42).
    static let maximumCharacters = 1_000

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit is at least 1; got \(limit)") }
        guard text.containsWords else {
            throw ValidationError("the phrase is empty; give a word or phrase to search for")
        }
        let count = text.unicodeScalars.count
        guard count <= Self.maximumCharacters else {
            throw ValidationError(
                "the phrase has \(count) characters; at most \(Self.maximumCharacters): search "
                    + "for a part of it (tm lookup finds whole sentences)")
        }
    }

    func run() throws {
        // Direction marks copied with the phrase from a right-to-left editor are invisible
        // and no part of what is searched for (pass 42: the translations' side found none).
        let text = self.text.withoutBidiControls
        try reportingFailures {
            let (source, target) = try languages.packs(data)
            // One more than listed says whether the list is cut (pass 46: "50 unit(s)" with
            // thousands more matching).
            var units = try memory.open(creating: false).search(
                text, source: source, target: target, limit: min(limit, Int.max - 1) + 1)
            let cut = units.count > limit
            if cut { units.removeLast(units.count - limit) }
            let spelling = try FoldedSpelling(text, pack: target)
            let keyer = Normalizer(pack: source)
            var output = ""
            for unit in units {
                let inSource = try SearchMarks.sourceRanges(
                    of: text, in: unit.source, normalizer: keyer)
                output +=
                    "\(Self.marked(unit.source, inSource, or: text, wholeWords: true))\n"
                    + "\t\(Self.marked(unit.target, SearchMarks.wholeCharacters(spelling.ranges(in: unit.target), in: unit.target), or: text))\n"
            }
            try OutputSink.standardOutput(output)
            StandardError.write(
                "\(units.count) unit(s)" + (cut ? "; more match: raise --limit to list them" : ""))
        }
    }

    /// `translation` with `ranges` (where the phrase was found) between « and », else each
    /// case-insensitive occurrence of `phrase` (whole words only with `wholeWords`).
    static func marked(
        _ translation: String, _ ranges: [Range<String.Index>], or phrase: String,
        wholeWords: Bool = false
    ) -> String {
        guard !ranges.isEmpty else { return marked(translation, phrase, wholeWords: wholeWords) }
        var result = ""
        var start = translation.startIndex
        for range in ranges {
            result += translation[start..<range.lowerBound] + "«" + translation[range] + "»"
            start = range.upperBound
        }
        return result + translation[start...]
    }

    /// `sentence` with each case-insensitive occurrence of `phrase` between « and »: in the
    /// source only whole words (as the source side is searched), in the translation any.
    static func marked(_ sentence: String, _ phrase: String, wholeWords: Bool) -> String {
        var result = ""
        var rest = sentence[...]
        let isWordPart = { (character: Character?) in
            character.map { $0.isLetter || $0.isNumber } ?? false
        }
        while let range = rest.range(of: phrase, options: [.caseInsensitive]) {
            let before =
                range.lowerBound > sentence.startIndex
                ? sentence[sentence.index(before: range.lowerBound)] : nil
            let after = range.upperBound < sentence.endIndex ? sentence[range.upperBound] : nil
            let whole = !isWordPart(before) && !isWordPart(after)
            if !wholeWords || whole {
                result += rest[..<range.lowerBound] + "«" + rest[range] + "»"
            } else {
                result += rest[..<range.upperBound]
            }
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}

/// `tarjuman tm stats`: what the store holds.
struct TMStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "Count the memory's units by origin.")

    @OptionGroup var memory: MemoryOptions

    func run() throws {
        try reportingFailures {
            let statistics = try memory.open(creating: false).statistics()
            var text = "origin\tunits\tpenalty\n"
            for origin in statistics.origins {
                // An origin is any name a user gave: escaped, so that each is one TSV row.
                text +=
                    "\(SegmentFormat.tsvEscaped(origin.origin))\t\(origin.units)\t\(origin.penalty)\n"
            }
            try OutputSink.standardOutput(text)
            StandardError.write(
                "\(statistics.units) unit(s) in \(statistics.origins.count) origin(s); schema version \(statistics.schemaVersion)"
            )
        }
    }
}

/// `tarjuman tm delete`: remove one origin's units.
struct TMDeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "Remove every unit imported from one origin.")

    @OptionGroup var memory: MemoryOptions

    @Option(name: .long, help: "The origin (as `tm stats` lists it).")
    var origin: String

    func run() throws {
        try reportingFailures {
            let store = try memory.open(creating: false)
            let known = try store.penalties()[origin] != nil
            let removed = try store.delete(origin: origin)
            // An origin whose units were all taken over by origins of a lower penalty is
            // listed with none; deleting it removes its name (and penalty) alone.
            if removed == 0 && known {
                StandardError.write(
                    "removed origin \(origin), which held no units (origins with a lower "
                        + "penalty had taken them over)")
                return
            }
            guard removed > 0 else {
                // A mistyped origin removes nothing; say so rather than succeed.
                throw CommandFailure(
                    "error: the memory has no units of origin '\(origin)'; `tm stats` lists "
                        + "the origins", status: .usage)
            }
            StandardError.write("removed \(removed) unit(s) of \(origin)")
        }
    }
}

extension String {
    /// Whether anything but white space and direction marks is written: a phrase or
    /// sentence to look for.
    fileprivate var containsWords: Bool { !withoutBidiControls.allSatisfy(\.isWhitespace) }
}
