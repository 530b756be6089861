import ArgumentParser
import Foundation
import TarjumanKit

/// `tarjuman init`: write a commented `tarjuman.yaml` for a translation project.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented tarjuman.yaml (project settings) in the current folder.",
        discussion: """
            tarjuman check run in the folder or below reads it: pairs or globs, glossary, \
            fail-on, disabled checks, baseline, suppressions and the project's own checks.
            """)

    @Flag(name: .long, help: "Replace an existing tarjuman.yaml.")
    var force = false

    func run() throws {
        try reportingFailures {
            let path = ProjectConfig.fileName
            // A link counts as there even when it leads nowhere (fileExists follows it, and
            // the file would be written wherever the link points).
            var status = stat()
            if lstat(path, &status) == 0 && !force {
                throw CommandFailure(
                    "error: \(path) already exists; edit it, or pass --force to replace it",
                    status: .usage)
            }
            // The project file is a regular file: never written into a FIFO or a device
            // that happens to have its name.
            if let reason = PathNames.whyNotListable(path) {
                throw CommandFailure("\(path): error: \(reason)", status: .usage)
            }
            try OutputSink.write(to: path) { try $0.write(ProjectConfig.template) }
            // What comes next for a new project (pass 38: `check` in an empty folder
            // failed, its glob matching nothing, with no word of what to do).
            StandardError.write(
                "wrote \(path); next: put each translation beside its source (doc.en.txt, "
                    + "doc.ur.txt) or list the pairs under pairs:, then run tarjuman check")
        }
    }
}
