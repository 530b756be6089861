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

/// `--format text|tsv|jsonl` and `-o`, as `segment` and `terms` take them.
struct SegmentOutputOptions: ParsableArguments {
    @Option(
        name: .customLong("format"),
        help: "Output format: text, tsv or jsonl; default: the one -o is named for, else text.")
    var formatOption: SegmentFormat?

    @Option(
        name: [.short, .long], help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    /// `--format`, else the format `-o` is named for, else text.
    var format: SegmentFormat {
        SegmentFormat.chosen(formatOption, output: output, fallback: .text) ?? .text
    }

    func validate() throws {
        _ = try SegmentFormat.checked(formatOption, output: output, fallback: .text)
    }
}
