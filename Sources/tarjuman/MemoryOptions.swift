import ArgumentParser
import Foundation
import TarjumanKit
import TarjumanPostgres

/// Where the translation memory store is: `--tm-db PATH`, else `.tarjuman/memory.sqlite`
/// beside the nearest `tarjuman.yaml`.
struct MemoryOptions: ParsableArguments {
    @Option(
        name: .customLong("tm-db"),
        help:
            "Translation memory store: an SQLite file (tm import and merge create it in an existing folder; other commands need it to exist) or a shared PostgreSQL database, postgres://user:password@host:port/database[?sslmode=…] (lookup, search, stats, delete: default .tarjuman/memory.sqlite beside the nearest tarjuman.yaml)."
    )
    var database: String?

    func validate() throws {
        // ArgumentParser reports a file count first, and then suggests `--to` (pass 66).
        if database == nil,
            CommandLine.arguments.contains(where: { $0 == "--db" || $0.hasPrefix("--db=") })
        {
            throw ValidationError("unknown option '--db'; the memory store is named with --tm-db")
        }
        if let database, database.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--tm-db is empty; name the memory's file or postgres:// URL")
        }
        if let database, !Self.isPostgres(database), let scheme = database.range(of: "://") {
            throw ValidationError(
                "--tm-db \(redactedURL(database)): \(database[..<scheme.lowerBound]):// is not a store Tarjuman "
                    + "knows; give an SQLite file's path or a postgres:// URL")
        }
    }

    /// Whether `name` is a PostgreSQL URL rather than a file (the scheme in any case).
    static func isPostgres(_ name: String) -> Bool {
        let lowered = name.prefix(13).lowercased()
        return lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://")
    }

    /// The store, opened and migrated. With `creating`, a missing SQLite file is created
    /// (and the project's `.tarjuman/` folder with it; any other folder must exist);
    /// without, it must exist.
    func open(creating: Bool) throws -> any MemoryStore {
        guard let location = location() else {
            throw CommandFailure(
                "error: name the memory with --tm-db FILE (or run `tarjuman init` for a project, "
                    + "whose memory is .tarjuman/memory.sqlite)", status: .usage)
        }
        if Self.isPostgres(location) {
            return try PostgresMemoryStore(url: location, creating: creating)
        }
        // The same place whichever way it is named: relative, with `..`, through a link.
        let isProjects =
            Self.projectMemory().map { Paths.canonical($0) == Paths.canonical(location) } ?? false
        let creation: SQLiteMemoryStore.Creation =
            !creating ? .none : isProjects ? .fileAndFolder : .file
        return try SQLiteMemoryStore(path: location, creating: creation)
    }

    /// The store's path or URL, if one is named or a project gives one.
    func location() -> String? {
        database ?? Self.projectMemory()
    }

    /// `.tarjuman/memory.sqlite` beside the nearest `tarjuman.yaml`, if there is one.
    static func projectMemory() -> String? {
        guard let config = ProjectConfig.find(from: FileManager.default.currentDirectoryPath)
        else { return nil }
        return (PathNames.folder(of: config) as NSString)
            .appendingPathComponent(".tarjuman/memory.sqlite")
    }
}

/// The two languages of a memory command: `--from` (default en) and `--to`.
struct MemoryLanguages: ParsableArguments {
    @Option(name: .long, help: "Target language tag.")
    var to: String

    @Option(name: .long, help: "Source language tag.")
    var from = "en"

    /// Both packs; the same language twice is a usage error.
    func packs(_ data: DataOptions) throws -> (source: LocalePack, target: LocalePack) {
        let source = try data.pack(for: from)
        let target = try data.pack(for: to)
        guard source.tag != target.tag else {
            throw CommandFailure(
                "error: --from and --to are both \(source.tag) (--from is en when not given); "
                    + "name the memory's two languages",
                status: .usage)
        }
        return (source, target)
    }
}
