import ArgumentParser
import TarjumanKit

extension NamedByExtension {
    /// ``chosen(_:output:fallback:)``, or a usage error when `--format` contradicts the
    /// name of the `-o` file (`--format tsv -o memory.tmx`).
    static func checked(_ option: Self?, output: String?, fallback: Self) throws -> Self {
        if let format = chosen(option, output: output, fallback: fallback) { return format }
        throw ValidationError(misfit(option, output: output))
    }

    /// Refuses, as a usage error of the run, a `--batch` pair's own output whose name
    /// contradicts `--format` or names another command's format.
    static func checkPairOutput(_ option: Self?, output: String, fallback: Self) throws {
        guard chosen(option, output: output, fallback: fallback) == nil else { return }
        throw CommandFailure("error: " + misfit(option, output: output), status: .usage)
    }

    private static func misfit(_ option: Self?, output: String?) -> String {
        let output = output ?? ""
        let named = OutputExtension.of(output)
        guard let option else {
            let own = allCases.flatMap(\.fileExtensions).map { "." + $0 }
            let unnamed = allCases.filter(\.fileExtensions.isEmpty).map(\.rawValue)
            return "\(output): this command writes no .\(named) files; name the file "
                + Self.listed(
                    own + (unnamed.isEmpty ? [] : ["another name for \(Self.listed(unnamed))"]))
        }
        return "--format \(option.rawValue) does not fit \(output), a name for "
            + "\(named) output; name the file for \(option.rawValue), or drop --format"
    }
}

extension NamedByExtension {
    /// `a`, `a or b`, `a, b or c`.
    fileprivate static func listed(_ items: [String]) -> String {
        items.count < 2
            ? items.joined()
            : items.dropLast().joined(separator: ", ") + " or " + items[items.count - 1]
    }
}

/// A format `--format` names and an `-o` file's name may imply, with its default and the
/// help of `--format`.
protocol ChosenFormat: NamedByExtension, ExpressibleByArgument {
    /// The format written without `--format` and an `-o` named for one.
    static var fallback: Self { get }
    /// The help of `--format`.
    static var help: String { get }
}

extension SegmentFormat: ChosenFormat {
    static let fallback = SegmentFormat.text
    static let help =
        "Output format: text, tsv or jsonl; default: the one -o is named for, else text."
}

extension AlignmentFormat: ChosenFormat {
    static let fallback = AlignmentFormat.tsv
    static let help =
        "Output format: tsv, jsonl or tmx (TMX 1.4b translation memory); default: the one -o is "
        + "named for, else tsv."
}

extension FindingFormat: ChosenFormat {
    static let fallback = FindingFormat.text
    static let help =
        "text (or human), json, junit, sarif, github or html; default: the one -o is named for "
        + "(.json, .xml, .sarif, .html), else text."
}

/// `--format` and `-o`: the format is the one `--format` names, else the one the `-o` file
/// is named for, else the command's default; a name that contradicts `--format`, or names
/// another command's format, is a usage error.
struct FormatAndOutput<Format: ChosenFormat & Sendable>: ParsableArguments, Sendable {
    @Option(name: .customLong("format"), help: ArgumentHelp(Format.help))
    var formatOption: Format?

    @Option(
        name: [.short, .long], help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    /// The format to write (the run has been validated).
    var format: Format {
        Format.chosen(formatOption, output: output, fallback: Format.fallback) ?? Format.fallback
    }

    /// The format of a `--batch` pair's own output `path`: the one its name says, else the
    /// run's.
    func format(of path: String?) -> Format {
        path.flatMap { Format.chosen(formatOption, output: $0, fallback: format) } ?? format
    }

    /// Refuses, as a usage error of the run, a `--batch` pair's own output whose name
    /// contradicts `--format` or names another command's format.
    func checkPairOutput(_ path: String) throws {
        try Format.checkPairOutput(formatOption, output: path, fallback: format)
    }

    func validate() throws {
        _ = try Format.checked(formatOption, output: output, fallback: Format.fallback)
    }
}
