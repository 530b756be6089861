import ArgumentParser
import Foundation
import TarjumanKit

/// `--batch` and `--jobs`: many pairs in one process (`align`, `check`).
struct BatchOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "A file of pairs, one source<TAB>target[<TAB>output] per line (- for standard input).",
            discussion:
                "All pairs run in one process, sharing packs and glossaries, on every processor. Blank lines and # comments are skipped."
        ))
    var batch: String?

    @Option(name: .long, help: "Pairs processed at once (default: the number of processors).")
    var jobs: Int?

    /// The pairs to run: `files` as SOURCE TARGET pairs, then the batch file's.
    func pairs(_ files: [String]) throws -> [FilePair] {
        var pairs = FilePairs.fromArguments(files)
        if let batch {
            let text = try ByteSource.file(batch).readAllText()
            pairs += try FilePairs.parse(text, file: batch == "-" ? "<stdin>" : batch)
        }
        return pairs
    }

    /// Checks the file arguments: whole pairs, at least one pair unless a batch file is
    /// given, standard input used at most once.
    func validate(_ files: [String], allowNone: Bool = false) throws {
        guard files.count % 2 == 0 else {
            throw ValidationError("give files as SOURCE TARGET pairs (\(files.count) given)")
        }
        guard !files.isEmpty || batch != nil || allowNone else {
            throw ValidationError("give SOURCE TARGET, or --batch PAIRS.tsv")
        }
        let stdinUses = files.filter { $0 == "-" }.count + (batch == "-" ? 1 : 0)
        guard stdinUses <= 1 else {
            throw ValidationError("standard input (-) can be read only once")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    /// The number of pairs to run at once.
    var width: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }
}

/// What one pair of a batch gave: its output (for the main output) or why it failed.
struct PairOutcome: Sendable {
    var output = ""
    var findings: [Finding] = []
    var failure: CommandFailure?

    /// Runs `body`, turning a Tarjuman error into a failure naming the pair.
    static func running(_ pair: FilePair, _ body: (inout PairOutcome) throws -> Void) -> PairOutcome
    {
        var outcome = PairOutcome()
        do {
            try body(&outcome)
        } catch {
            let failure =
                CommandFailure(error)
                ?? CommandFailure("internal error: \(error)", status: .internalError)
            let message =
                failure.message.hasPrefix("error: ")
                ? String(failure.message.dropFirst("error: ".count)) : failure.message
            outcome.failure = CommandFailure(
                "error: \(pair.origin) (\(pair.source), \(pair.target)): \(message)",
                status: failure.status)
        }
        return outcome
    }
}
