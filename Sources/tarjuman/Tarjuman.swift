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
        StandardDescriptors.holdClosedOnes()
        TemporaryFiles.installSignalCleanup()
        FilesRead.startRecording()
        // Swift reads arguments as UTF-8 text: a file name in another encoding would become
        // another name (reading "no such file", or writing -o to a different path).
        if let position = CommandLine.argumentNotInUTF8 {
            StandardError.write(
                "error: argument \(position) is not valid UTF-8; Tarjuman takes every argument in "
                    + "UTF-8 (text, language tags, file names): retype it in UTF-8, or for a file "
                    + "name in another encoding, rename the file (convmv can convert names) or "
                    + "pass the file on standard input")
            Foundation.exit(ExitStatus.usage.rawValue)
        }
        CommandLine.arguments.dropFirst().forEach(NamesWithControls.note)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code.rawValue == 64 {
                // `error:` as every other message of Tarjuman's begins (ArgumentParser writes
                // `Error:`), so one search finds them all.
                var message = CommandLine.shorteningLongArguments(in: fullMessage(for: error))
                if message.hasPrefix("Error: ") { message = "error: " + message.dropFirst(7) }
                StandardError.write(message)
                Foundation.exit(ExitStatus.usage.rawValue)
            }
            // Help and the version, written as every output is: a write that fails (a full
            // disk) is an error, not exit 0 (pass 43).
            let message = fullMessage(for: error)
            if code == .success, !message.isEmpty {
                do {
                    try OutputSink.standardOutput(message + "\n")
                } catch {
                    guard let failure = CommandFailure(error) else { exit(withError: error) }
                    StandardError.write(failure.message)
                    Foundation.exit(failure.status.code.rawValue)
                }
                Foundation.exit(0)
            }
            exit(withError: error)
        }
    }

}

extension CommandLine {
    /// `message` (ArgumentParser's, which quotes a refused value whole) with each argument
    /// longer than 200 characters shortened as Tarjuman's own messages show values (pass 22:
    /// a 100 KB `--format` value was printed in full).
    static func shorteningLongArguments(in message: String) -> String {
        var result = message
        for argument in arguments.dropFirst() {
            let value =
                argument.hasPrefix("--")
                ? argument.split(separator: "=", maxSplits: 1).last.map(String.init) ?? argument
                : argument
            for long in Set([argument, value]) where long.unicodeScalars.count > 200 {
                result = result.replacingOccurrences(of: long, with: long.shownInMessage)
            }
        }
        return result
    }

    /// The 1-based position of the first argument whose bytes are not valid UTF-8, if any.
    static var argumentNotInUTF8: Int? {
        for index in 1..<Int(argc) {
            guard let pointer = unsafeArgv[index] else { continue }
            let bytes = UnsafeBufferPointer(start: pointer, count: strlen(pointer))
            if String(validating: bytes.lazy.map { UInt8(bitPattern: $0) }, as: UTF8.self) == nil {
                return index
            }
        }
        return nil
    }
}
