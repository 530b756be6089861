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
            let catalog = try data.catalog()
            try OutputSink.write(to: nil) { sink in
                for pack in catalog.packs {
                    let aliases =
                        pack.aliases.isEmpty
                        ? "" : " (also: \(pack.aliases.joined(separator: ", ")))"
                    try sink.write(
                        "\(pack.tag)\t\(pack.script)\t\(pack.direction.rawValue)\t\(pack.name)\(aliases)\n"
                    )
                }
            }
        }
    }
}
