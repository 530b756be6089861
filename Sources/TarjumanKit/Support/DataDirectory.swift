import Foundation

/// The folder that holds Tarjuman's data: `locales/`, `glossaries/` and `seeds/`.
public struct DataDirectory: Sendable {
    /// The folder's path.
    public let path: String
    /// Data folders above the current folder that ``locate(explicit:environment:executable:)``
    /// passed over because another user could have written them (see
    /// ``whyNotTrusted(_:)``), nearest first, each with the reason: a run says so rather than
    /// fall back to other data unexplained.
    public let passedOver: [(path: String, reason: String)]

    /// Uses `path` as the data folder.
    public init(path: String, passedOver: [(path: String, reason: String)] = []) {
        self.path = path
        self.passedOver = passedOver
    }

    /// The `locales/` folder.
    public var locales: String { (path as NSString).appendingPathComponent("locales") }
    /// The `glossaries/` folder.
    public var glossaries: String { (path as NSString).appendingPathComponent("glossaries") }
    /// The `glossaries/dictionaries/` folder: general word lists that anchor alignment.
    public var dictionaries: String {
        (glossaries as NSString).appendingPathComponent("dictionaries")
    }
    /// Every `glossaries/<source>-<target>.tsv` (e.g. `en-ur.tsv`, `ur-bal-Arab-PK.tsv`)
    /// that exists: more than one is for the caller to refuse.
    /// Each pack is named by its tag, else by one of its aliases (`en-sat.tsv` for a pack
    /// `sat-Olck` with the alias `sat`, as `glossary lint` reads that name; pass 32: `check`
    /// found no glossary there, and ran without one).
    public func glossaries(source: LocalePack, target: LocalePack) -> [String] {
        existing(in: glossaries, source: source, target: target)
    }

    /// Every `glossaries/dictionaries/<source>-<target>.tsv` that exists, the packs named
    /// as in ``glossaries(source:target:)``.
    public func dictionaries(source: LocalePack, target: LocalePack) -> [String] {
        existing(in: dictionaries, source: source, target: target)
    }

    /// The `<source>-<target>.tsv` files in `folder` that exist: tags first, then aliases.
    private func existing(in folder: String, source: LocalePack, target: LocalePack) -> [String] {
        var paths: [String] = []
        for from in [source.tag] + source.aliases {
            for to in [target.tag] + target.aliases {
                let path = (folder as NSString).appendingPathComponent("\(from)-\(to).tsv")
                if FileManager.default.fileExists(atPath: path) { paths.append(path) }
            }
        }
        return paths
    }

    /// The `seeds/` folder.
    public var seeds: String { (path as NSString).appendingPathComponent("seeds") }

    /// Finds the data folder, trying in order: `explicit` (`--data-dir`), `$TARJUMAN_DATA`,
    /// `<binary>/../share/tarjuman`, and the nearest folder above the binary or the current
    /// folder that holds `locales/` and either `glossaries/` or `Package.swift`. Throws, listing every place tried, when none holds `locales/`.
    public static func locate(explicit: String?, environment: [String: String], executable: String)
        throws(DataDirectoryError) -> DataDirectory
    {
        if let explicit {
            // An empty name is no folder (`""/locales` would be the current folder's).
            guard !explicit.isEmpty, holdsData(explicit) else {
                throw .notData(path: explicit, source: "--data-dir", fault: .of(explicit))
            }
            return DataDirectory(path: explicit)
        }
        if let variable = environment["TARJUMAN_DATA"], !variable.isEmpty {
            guard holdsData(variable) else {
                throw .notData(path: variable, source: "TARJUMAN_DATA", fault: .of(variable))
            }
            return DataDirectory(path: variable)
        }
        var tried: [String] = []
        var passedOver: [(path: String, reason: String)] = []
        let binary = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        let share = binary.deletingLastPathComponent().appendingPathComponent("share/tarjuman").path
        tried.append(share)
        if holdsData(share) { return DataDirectory(path: share) }
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        for (index, start) in [binary, current].enumerated() {
            var folder = start
            // The second walk stops where it meets the first (pass 57: `/tmp` and `/` were
            // listed twice).
            while !tried.contains(folder.path) {
                tried.append(folder.path)
                // A package checkout, or a translation project that carries its own locales/
                // and glossaries/.
                let marked = ["Package.swift", "glossaries"].contains {
                    FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path)
                }
                if marked && holdsData(folder.path) {
                    // Above the current folder, another user's data is passed over, as a
                    // `tarjuman.yaml` is: someone else's `/tmp/locales` would otherwise run
                    // every command started below `/tmp` (pass 54).
                    if index == 1 && folder != current, let reason = whyNotTrusted(folder.path) {
                        passedOver.append((folder.path, reason))
                    } else {
                        return DataDirectory(path: folder.path, passedOver: passedOver)
                    }
                }
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        throw .notFound(tried: tried, passedOver: passedOver.map(\.path))
    }

    /// Why the data folder at `path` may hold another user's writing, if it may: the folder,
    /// its `locales/` or `glossaries/`, or an entry directly in one of those two (links
    /// followed), belongs to a user other than this one or root, or anyone may write to one
    /// of those folders (pass 55: a foreign pack inside a root-owned `locales/`, a `chmod
    /// 777`, a foreign `glossaries/` got past a check of `locales/` alone).
    public static func whyNotTrusted(_ path: String) -> String? {
        let folder = path as NSString
        var places = [path, folder.appendingPathComponent("locales")]
        let glossaries = folder.appendingPathComponent("glossaries")
        if FileManager.default.fileExists(atPath: glossaries) { places.append(glossaries) }
        for place in places.dropFirst() {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: place)) ?? []
            places += names.sorted().map { (place as NSString).appendingPathComponent($0) }
        }
        for place in places {
            var status = stat()
            guard stat(place, &status) == 0 else { continue }
            if status.st_uid != geteuid() && status.st_uid != 0 {
                return "\(place) belongs to another user (uid \(status.st_uid))"
            }
            if status.st_mode & S_IFMT == S_IFDIR && status.st_mode & 0o002 != 0 {
                return "anyone may write to \(place)"
            }
        }
        return nil
    }

    private static func holdsData(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        let locales = (path as NSString).appendingPathComponent("locales")
        return FileManager.default.fileExists(atPath: locales, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }
}

/// Why the data folder could not be found.
public enum DataDirectoryError: Error, Equatable, CustomStringConvertible {
    /// What is wrong with a folder named by the user, found when it was judged.
    public enum Fault: Sendable, Equatable {
        /// The name is empty.
        case empty
        /// Nothing has that name.
        case missing
        /// The name is a file's.
        case notFolder
        /// The folder holds no `locales/` folder.
        case noLocales
        /// Its `locales` is a file.
        case localesNotFolder
        /// The folder is a `locales/` folder itself (its name, or the packs in it, say so).
        case isLocales

        /// What is wrong with `path`, which does not hold the data.
        static func of(_ path: String) -> Fault {
            var isDirectory: ObjCBool = false
            guard !path.isEmpty else { return .empty }
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                return .missing
            }
            guard isDirectory.boolValue else { return .notFolder }
            let locales = (path as NSString).appendingPathComponent("locales")
            if FileManager.default.fileExists(atPath: locales) { return .localesNotFolder }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            let named = URL(fileURLWithPath: path).standardizedFileURL.lastPathComponent
            if named == "locales" || names.contains(where: { $0 == "en.yaml" || $0 == "ur.yaml" }) {
                return .isLocales
            }
            return .noLocales
        }
    }

    /// A folder named by the user is not one with a `locales/` folder, for `fault`.
    case notData(path: String, source: String, fault: Fault)
    /// No candidate folder holds the data (those another user owns were passed over).
    case notFound(tried: [String], passedOver: [String])

    /// A message for people: what is wrong, where, and what to do.
    public var description: String {
        switch self {
        case .notData(let path, let source, let fault):
            // A name that is nothing, or a file, is said so (passes 54 and 55: "holds no
            // locales/ folder").
            let what =
                switch fault {
                case .empty: "error: \(source) is an empty name"
                case .missing: "error: \(path) (from \(source)) does not exist"
                case .notFolder: "error: \(path) (from \(source)) is a file, not a folder"
                case .noLocales: "error: \(path) (from \(source)) holds no locales/ folder"
                case .localesNotFolder:
                    "error: \(path) (from \(source)) holds a file named locales, not a folder"
                case .isLocales:
                    "error: \(path) (from \(source)) is a locales/ folder itself, not the data "
                        + "folder above it"
                }
            return what + "; point it at the folder that contains locales/, glossaries/ and seeds/"
        case .notFound(let tried, let passedOver):
            return "error: cannot find Tarjuman's data (a folder with locales/ and glossaries/); "
                + "looked in:\n  " + tried.joined(separator: "\n  ")
                + (passedOver.isEmpty
                    ? ""
                    : "\npassed over, as another user could have written them: "
                        + passedOver.joined(separator: ", "))
                + "\nuse --data-dir or set TARJUMAN_DATA"
        }
    }
}
