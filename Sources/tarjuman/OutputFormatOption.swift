import ArgumentParser
import TarjumanKit

extension NamedByExtension {
    /// ``chosen(_:output:fallback:)``, or a usage error when `--format` contradicts the
    /// name of the `-o` file (`--format tsv -o memory.tmx`).
    static func checked(_ option: Self?, output: String?, fallback: Self) throws -> Self {
        if let format = chosen(option, output: output, fallback: fallback) { return format }
        throw ValidationError(misfit(option, output: output))
    }

    /// Refuses, as a usage error of the run, a `--format` that contradicts the name of a
    /// `--batch` pair's own output.
    static func checkPairOutput(_ option: Self?, output: String) throws {
        guard let option, chosen(option, output: output, fallback: option) == nil else { return }
        throw CommandFailure("error: " + misfit(option, output: output), status: .usage)
    }

    private static func misfit(_ option: Self?, output: String?) -> String {
        let named = output.flatMap(Self.init(extensionOf:))?.rawValue ?? ""
        return "--format \(option?.rawValue ?? "") does not fit \(output ?? ""), a name for "
            + "\(named) output; name the file for \(option?.rawValue ?? ""), or drop --format"
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
