import ArgumentParser
import TarjumanKit

/// `tarjuman locales`: list and validate the locale packs.
struct LocalesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "locales",
        abstract: "List the locale packs (and check that they load).",
        discussion: "Example: tarjuman locales --data-dir ./my-data")

    @OptionGroup var data: DataOptions

    func run() throws {
        try reportingFailures {
            let folder = try data.directory().locales
            let survey: (packs: [LocalePack], problems: [LocaleCatalogError])
            do throws(LocaleCatalogError) {
                survey = try LocaleCatalog.survey(folder: folder)
            } catch {
                throw CommandFailure(error.description, status: .usage)
            }
            try OutputSink.write(to: nil) { sink in
                for pack in survey.packs {
                    let aliases =
                        pack.aliases.isEmpty
                        ? "" : " (also: \(pack.aliases.joined(separator: ", ")))"
                    try sink.write(
                        "\(pack.tag)\t\(pack.script)\t\(pack.direction.rawValue)\t\(pack.name)\(aliases)\n"
                    )
                }
            }
            // The packs that load are listed; each broken one is named, and the run fails.
            for problem in survey.problems.dropLast() { StandardError.write(problem.description) }
            if let last = survey.problems.last {
                throw CommandFailure(last.description, status: .usage)
            }
        }
    }
}
