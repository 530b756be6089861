import Foundation

/// All locale packs in a `locales/` folder, looked up by BCP 47 tag or alias.
public struct LocaleCatalog: Sendable {
    /// The packs, sorted by tag.
    public let packs: [LocalePack]
    private let index: [String: Int]

    /// Loads every `*.yaml` file in `folder` (hidden ones left out). Any broken pack stops the load with an error
    /// that names its file, line and column.
    public init(folder: String) throws(LocaleCatalogError) {
        var packs: [LocalePack] = []
        for path in try Self.packFiles(in: folder) { packs.append(try Self.load(path)) }
        guard !packs.isEmpty else { throw .pack(.noPacks(folder: folder)) }
        do {
            try self.init(packs: packs)
        } catch {
            throw .pack(error)
        }
    }

    /// Every pack file in `folder`, each loaded on its own, for a listing that goes on past
    /// a broken pack: the packs that load, sorted by tag, and the error of each file that
    /// does not (then a tag two packs declare). Throws only when there is no pack file.
    public static func survey(folder: String) throws(LocaleCatalogError) -> (
        packs: [LocalePack], problems: [LocaleCatalogError]
    ) {
        var packs: [LocalePack] = []
        var problems: [LocaleCatalogError] = []
        let paths = try packFiles(in: folder)
        guard !paths.isEmpty else { throw .pack(.noPacks(folder: folder)) }
        for path in paths {
            do {
                packs.append(try load(path))
            } catch {
                problems.append(error)
            }
        }
        do {
            _ = try LocaleCatalog(packs: packs)
        } catch {
            problems.append(.pack(error))
        }
        return (packs.sorted { $0.tag < $1.tag }, problems)
    }

    /// The paths of the pack files (`*.yaml`, `*.yml`, hidden ones left out) in `folder`.
    private static func packFiles(in folder: String) throws(LocaleCatalogError) -> [String] {
        do {
            return try PathNames.listing(of: folder)
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
                .map { (folder as NSString).appendingPathComponent($0) }
        } catch {
            throw .pack(.noPacks(folder: folder))
        }
    }

    /// A catalog of packs already in memory.
    public init(packs: [LocalePack]) throws(LocalePackError) {
        var index: [String: Int] = [:]
        let sorted = packs.sorted { $0.tag < $1.tag }
        for (position, pack) in sorted.enumerated() {
            for key in [pack.tag] + pack.aliases {
                let folded = key.lowercased()
                if let other = index[folded], other != position {
                    let start = SourcePosition(line: 1, column: 1)
                    throw LocalePackError.duplicateTag(
                        tag: key, file: pack.file, position: pack.declarations[folded] ?? start,
                        otherFile: sorted[other].file,
                        otherPosition: sorted[other].declarations[folded] ?? start)
                }
                index[folded] = position
            }
        }
        self.packs = sorted
        self.index = index
    }

    /// The pack for `tag` from `folder`, reading only `<tag>.yaml` when that file exists and
    /// declares `tag` (what a run needs); otherwise the whole catalog is loaded and
    /// searched as ``pack(for:)`` does (aliases, longer tags such as `ur-IN`).
    public static func pack(for tag: String, inFolder folder: String) throws(LocaleCatalogError)
        -> LocalePack
    {
        let wanted = tag.replacingOccurrences(of: "_", with: "-").lowercased()
        let names = (try? PathNames.listing(of: folder)) ?? []
        if let name = names.first(where: {
            ($0 as NSString).deletingPathExtension.lowercased() == wanted
                && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml"))
        }) {
            let path = (folder as NSString).appendingPathComponent(name)
            let pack = try load(path)
            if ([pack.tag] + pack.aliases).contains(where: { $0.lowercased() == wanted }) {
                return pack
            }
        }
        let catalog = try LocaleCatalog(folder: folder)
        do {
            return try catalog.pack(for: tag)
        } catch {
            throw .pack(error)
        }
    }

    /// Reads one pack file.
    private static func load(_ path: String) throws(LocaleCatalogError) -> LocalePack {
        if let reason = PathNames.whyNotListable(path) {
            throw .input(.unreadable(file: path, reason: reason))
        }
        let text: String
        do {
            text = try ByteSource.file(path).readAllText(limit: InputLimits.settingsBytes)
        } catch {
            throw .input(error)
        }
        do {
            return try LocalePack(yaml: text, file: path)
        } catch {
            throw .pack(error)
        }
    }

    /// The tags of all packs, sorted.
    public var tags: [String] { packs.map(\.tag) }

    /// The pack whose tag or alias `tag` is exactly (letter case and `_` for `-` aside),
    /// without ``pack(for:)``'s falling back to shorter tags: `bcc` is `bal-Arab-PK`, while
    /// `sd-IN` (Devanagari) names no pack.
    public func pack(named tag: String) -> LocalePack? {
        index[tag.replacingOccurrences(of: "_", with: "-").lowercased()].map { packs[$0] }
    }

    /// The tag a TBX's language tag `tag` stands for: the pack's tag for a tag or alias of
    /// it, or for a longer tag that names the pack's script (`bcc-Arab-PK` is
    /// `bal-Arab-PK`, pass 48: its terms were dropped); else `tag` as written (`sd-IN`,
    /// naming no script, is not the Arabic-script `sd`).
    public func tbxTag(_ tag: String) -> String {
        if let pack = pack(named: tag) { return pack.tag }
        guard Self.scriptSubtag(Self.parts(of: tag)) != nil, let pack = try? pack(for: tag) else {
            return tag
        }
        return pack.tag
    }

    /// The pack for `tag`: an exact tag or alias (case-insensitive), else the longest
    /// prefix of its subtags that names a pack (`ur-IN` → `ur`), unless a subtag left out
    /// names another script than the pack's (`sd-Deva` is not the Arabic-script `sd`).
    public func pack(for tag: String) throws(LocalePackError) -> LocalePack {
        var parts = Self.parts(of: tag)
        if let reason = Self.malformation(parts) { throw .malformedTag(tag: tag, reason: reason) }
        let script = Self.scriptSubtag(parts)
        while !parts.isEmpty {
            if let found = index[parts.joined(separator: "-")] {
                let pack = packs[found]
                if let script, script.index >= parts.count, script.name != pack.script.lowercased()
                {
                    throw .otherScript(
                        tag: tag, pack: pack.tag, script: pack.script,
                        asked: script.name.capitalized)
                }
                return pack
            }
            parts.removeLast()
        }
        throw LocalePackError.unknownLocale(tag: tag, known: tags)
    }

    /// An error when `tag` is no well-formed language tag (see ``pack(for:)``), for a tag
    /// that names a language in a file rather than a pack (a TBX's `--target`).
    public static func refuseMalformed(_ tag: String) throws(LocalePackError) {
        if let reason = malformation(parts(of: tag)) {
            throw .malformedTag(tag: tag, reason: reason)
        }
    }

    /// A tag's subtags, lower case, `_` read as `-`, empty ones kept.
    private static func parts(of tag: String) -> [Substring] {
        tag.replacingOccurrences(of: "_", with: "-").lowercased().split(
            separator: "-", omittingEmptySubsequences: false)
    }

    /// What makes a tag's parts no BCP 47 language tag (`nil` when they are one as far as a
    /// pack is chosen): an empty subtag, one longer than 8 letters and digits, a language
    /// that is not 2–8 letters, or a second script or region before any singleton
    /// (`ur-Arab-Arab`).
    private static func malformation(_ parts: [Substring]) -> String? {
        if parts.contains(where: \.isEmpty) { return "an empty subtag" }
        if let bad = parts.first(where: {
            $0.count > 8 || !$0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }) {
            return "'\(String(bad).shownInMessage)' is not 1–8 letters and digits"
        }
        guard (2...8).contains(parts[0].count), parts[0].allSatisfy(\.isLetter) else {
            return "the language '\(String(parts[0]).shownInMessage)' is not 2–8 letters"
        }
        var scripts = 0
        var regions = 0
        for part in parts.dropFirst() {
            if part.count == 1 { break }
            if part.count == 4, part.allSatisfy(\.isLetter) { scripts += 1 }
            if (part.count == 2 && part.allSatisfy(\.isLetter))
                || (part.count == 3 && part.allSatisfy(\.isNumber))
            {
                regions += 1
            }
        }
        if scripts > 1 { return "more than one script subtag" }
        if regions > 1 { return "more than one region subtag" }
        return nil
    }

    /// The script subtag of a BCP 47 tag's parts and its index: four letters right after the
    /// language (and an extended language subtag, if any), before any singleton such as
    /// `-u-` or `-x-` (`ar-EG-u-nu-latn` names no script).
    private static func scriptSubtag(_ parts: [Substring]) -> (index: Int, name: String)? {
        var index = 1
        if index < parts.count, parts[index].count == 3, parts[index].allSatisfy(\.isLetter) {
            index += 1
        }
        guard index < parts.count, parts[index].count == 4,
            parts[index].allSatisfy({ $0.isASCII && $0.isLetter })
        else { return nil }
        return (index, String(parts[index]))
    }
}

/// Why a catalog could not be loaded: an unreadable file or a broken pack.
public enum LocaleCatalogError: Error, CustomStringConvertible {
    /// A pack file could not be read as UTF-8 text.
    case input(InputError)
    /// A pack is invalid, or there are none.
    case pack(LocalePackError)

    /// A message for people: what is wrong, where, and what to do.
    public var description: String {
        switch self {
        case .input(let error): error.description
        case .pack(let error): error.description
        }
    }
}
