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
                "All pairs run in one process, sharing packs and glossaries, on every processor. Blank lines and # comments are skipped; names are relative to the current folder; an empty or - output means the main output."
        ))
    var batch: String?

    // `.unconditional`: `--jobs -1` reaches validate() ("at least 1") instead of being read
    // as an option named -1.
    @Option(
        name: .long, parsing: .unconditional,
        help: "Pairs processed at once (default: the number of processors).")
    var jobs: Int?

    /// The pairs to run (`files` as SOURCE TARGET pairs, then the batch file's) and the
    /// batch lines that are not pairs (reported, counted as failed pairs, the rest still
    /// run). Refuses a run that would overwrite one of its inputs, write two pairs to one
    /// file, or read standard input twice; and a batch file with no pairs at all.
    func pairs(_ files: [String], mainOutput: String?) throws -> (
        pairs: [FilePair], problems: [CommandFailure]
    ) {
        var pairs = FilePairs.fromArguments(files)
        var problems: [CommandFailure] = []
        if let batch {
            let name = batch == "-" ? "<stdin>" : batch
            let parsed = FilePairs.parse(try ByteSource.file(batch).readAllText(), file: name)
            guard !parsed.pairs.isEmpty || !parsed.problems.isEmpty else {
                throw CommandFailure(
                    "error: \(name) holds no pairs (one source<TAB>target[<TAB>output] per line)",
                    status: .usage)
            }
            pairs += parsed.pairs
            problems = parsed.problems.map { CommandFailure($0.description, status: .usage) }
        }
        let conflicts = FilePairs.conflicts(
            in: pairs, extraInputs: batch.map { $0 == "-" ? [] : [$0] } ?? [],
            mainOutput: mainOutput, stdinTaken: batch == "-", fileKey: Paths.fileKey)
        guard conflicts.isEmpty else {
            throw CommandFailure(
                conflicts.map { "error: \($0); nothing was written" }.joined(separator: "\n"),
                status: .usage)
        }
        try Self.refusePipesNamedTwice(pairs, batch: batch)
        return (pairs, problems)
    }

    /// Refuses a pipe or FIFO named as more than one input, the `batch` file among them: it
    /// can be read only once (pass 61: `check p1 p1` on a FIFO waited forever, as `- -`
    /// would have; pass 62: so did a batch FIFO whose list named it).
    static func refusePipesNamedTwice(_ pairs: [FilePair], batch: String? = nil) throws {
        var seen: [String: String] = [:]
        let names = (batch.map { [$0] } ?? []) + pairs.flatMap { [$0.source, $0.target] }
        for name in names where name != "-" {
            var status = stat()
            // A device such as /dev/null reads alike each time (review of pass 23).
            guard stat(name, &status) == 0,
                [S_IFIFO, S_IFSOCK].contains(status.st_mode & S_IFMT)
            else { continue }
            let key = Paths.fileKey(name)
            if let first = seen[key] {
                let what =
                    batch == first
                    ? "the pairs list \(first) and the pair file \(name)"
                    : "\(first) and \(name)"
                throw CommandFailure(
                    "error: \(what) name one pipe, which can be read only once: give each "
                        + "its own file", status: .usage)
            }
            seen[key] = name
        }
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
        let stdinUses =
            files.filter(FilePair.isStandardInput).count
            + (batch.map(FilePair.isStandardInput) == true ? 1 : 0)
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
    /// Lines for standard error (line drifts), written in pair order.
    var notes: [String] = []
    /// Whether line-aligned files drift out of step (`--lines`).
    var drifted = false
    /// Findings a suppression file accepted.
    var suppressed: [Finding] = []
    /// Findings after suppressions, before the baseline (what `--write-baseline` records).
    var recorded: [Finding] = []
    /// How many findings the baseline already held.
    var known = 0
    /// The aligned sentence pairs, for the project-wide checks.
    var pairs: [AlignedPairRecord] = []
    /// The accepted term renderings met, for the project-wide checks.
    var renderings: [TermRendering] = []
    /// The pair side by side, for the HTML review page.
    var review: ReviewDocument?
    var failure: CommandFailure?
    /// The file ``failure`` is about, for the machine reports (set with it).
    var unread: UnreadFile?

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
            // An error that opens with one of the pair's files says where it is by itself;
            // a pair named on the command line needs no more (pass 22: `error: arguments
            // 1–2 (a, b): a:1:2: error: …` hid the position from editors). A batch file's
            // line is still named.
            let located = [pair.source, pair.target].contains {
                failure.message.hasPrefix("\($0):")
            }
            if located && pair.origin.hasPrefix("arguments ") {
                outcome.failure = failure
                outcome.unread = UnreadFile(reported: failure.message, file: pair.target)
                return outcome
            }
            let message =
                failure.message.hasPrefix("error: ")
                ? String(failure.message.dropFirst("error: ".count)) : failure.message
            // A pair from a file (a batch list's line, a project's entry) is named by its place
            // there, in the form editors jump to.
            // (An origin with no place, `seeds` or `arguments 1–2`, keeps the older form.)
            let named =
                pair.origin.contains(":")
                ? "\(pair.origin): error: the pair \(pair.source), \(pair.target): "
                : "error: \(pair.origin) (\(pair.source), \(pair.target)): "
            outcome.failure = CommandFailure(named + message, status: failure.status)
            outcome.unread = UnreadFile(reported: named + message, file: pair.target)
            // Without a place of its own, the pair is not the file: the reports name the
            // file the error is about, the pair in the message (pass 68: a pack's error was
            // reported as the file `error: arguments 1–2 (…): locales/bn.yaml`).
            if !pair.origin.contains(":"), failure.message.contains(": error: ") {
                let about = UnreadFile(reported: failure.message, file: pair.target)
                outcome.unread = UnreadFile(
                    file: about.file, position: about.position,
                    message: "\(pair.origin) (\(pair.source), \(pair.target)): \(about.message)")
            }
        }
        return outcome
    }
}
