import ArgumentParser
import Foundation
import TarjumanKit

/// The `tarjuman` command: checks and prepares English, Urdu and Balochi parallel texts.
@main
struct Tarjuman: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tarjuman",
        abstract: "Normalise, segment and check English, Urdu and Balochi parallel texts.",
        discussion: """
            Exit codes: 0 success; 1 findings at or above the chosen severity; 2 usage or \
            input error (bad arguments, unreadable or invalid input, unknown locale, broken \
            locale pack); 3 internal error.
            """,
        subcommands: [
            SegmentCommand.self, NormalizeCommand.self, TermsCommand.self, AlignCommand.self,
            CheckCommand.self,
            InitCommand.self, PrepareCommand.self, MergeCommand.self, TMCommand.self,
            GlossaryCommand.self,
            LocalesCommand.self,
        ]
    )

    /// Runs the command line, mapping usage errors to exit code 2 (ArgumentParser uses 64).
    /// Output files of a run stopped by a signal are deleted; no output replaces a file the
    /// run reads.
    static func main() {
        TemporaryFiles.installSignalCleanup()
        FilesRead.startRecording()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code.rawValue == 64 {
                StandardError.write(fullMessage(for: error))
                Foundation.exit(ExitStatus.usage.rawValue)
            }
            exit(withError: error)
        }
    }

}
