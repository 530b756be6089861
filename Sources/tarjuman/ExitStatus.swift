import ArgumentParser

/// The exit codes `tarjuman` promises (README, `--help`).
enum ExitStatus: Int32 {
    /// Success, nothing to report.
    case success = 0
    /// Findings at or above the `--fail-on` severity.
    case findings = 1
    /// Bad arguments or input the tool cannot read.
    case usage = 2
    /// A bug or an ICU failure.
    case internalError = 3

    var code: ExitCode { ExitCode(rawValue) }
}
