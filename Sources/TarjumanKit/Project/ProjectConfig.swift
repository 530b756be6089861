public import Foundation

/// A translation project's settings, read from `tarjuman.yaml` at its root (found upward
/// from the current folder). Paths in the file are relative to the file's folder. Every key
/// is optional; an unknown key, a value of the wrong kind or an invalid pattern is an error at
/// its `file:line:col`. Command-line options override the file.
public struct ProjectConfig: Sendable, Equatable {
    /// The file name looked for.
    public static let fileName = "tarjuman.yaml"

    /// The configuration file.
    public let file: String
    /// The source language (pack tag); `en` by default.
    public let sourceLanguage: String
    /// The pairs to check: given pairs, and every file matching a target glob with the
    /// source of the same name in the source language.
    public let pairs: [FilePair]
    /// The glossary (`none` to check without one), as named: see ``readableGlossary()``.
    public let glossary: String?
    /// The general word list that anchors alignment (`none` to turn it off), as named: see
    /// ``readableDictionary()``.
    public let dictionary: String?
    /// Why the glossary or word list named cannot be read (missing, empty, a folder, a
    /// FIFO), by key, at its field: an error only for a run that uses it, since a
    /// command-line `--glossary` or `--dictionary` wins (pass 41).
    private let unreadable: [String: ProjectConfigError]
    /// The lowest severity that fails a run.
    public let failOn: Finding.Severity?
    /// Check ids not to run.
    public let disabled: [String]
    /// The baseline file (findings accepted for now).
    public let baseline: String?
    /// The suppression file (findings accepted one by one).
    public let suppressions: String?
    /// The project's own checks.
    public let checks: [CustomCheck]

    private static let keys = [
        "source", "pairs", "glossary", "dictionary", "fail-on", "disable", "baseline",
        "suppressions", "checks",
    ]

    /// Reads `text`, the contents of `file`. `whyNoLanguage` says why a tag names no
    /// language (nil when it does): a `source` it refuses is an error at that field (pass
    /// 32: it surfaced as a missing source file of a made-up name, at a pair).
    public init(
        yaml text: String, file: String, whyNoLanguage: (String) -> String? = { _ in nil }
    ) throws(ProjectConfigError) {
        self.file = file
        let folder = PathNames.folder(of: file)
        func path(_ value: String) -> String {
            value == "none" || value.hasPrefix("/") || folder.isEmpty
                ? value : (folder as NSString).appendingPathComponent(value)
        }
        do {
            // Every key is optional: a file of comments only is a project with no settings
            // (pass 31: it was refused as "the file is empty").
            let top = try YAMLFields.document(text, file: file, allowingEmpty: true)
            try top.onlyAllow(Self.keys)
            sourceLanguage = try top.string("source", default: "en")
            if top.has("source"), let reason = whyNoLanguage(sourceLanguage) {
                throw top.invalid("source", top.node("source"), reason)
            }
            var pairs: [FilePair] = []
            for (index, entry) in try top.mappings("pairs").enumerated() {
                try entry.onlyAllow(["source", "target"])
                let target = try entry.string("target")
                // Where the entry is, for messages an editor can jump to.
                let origin = "\(file):\(entry.position)"
                if entry.has("source") {
                    let source = path(try entry.string("source"))
                    // A FIFO or device named here is never opened (pass 28: a FIFO source
                    // left `check` waiting forever); a missing file is the pair's error.
                    let named = path(target)
                    for (key, pairFile) in [("source", source), ("target", named)] {
                        if let reason = PathNames.whyNotListable(pairFile, found: Self.namedHere) {
                            throw entry.invalid(key, entry.node(key), "\(pairFile) is \(reason)")
                        }
                    }
                    pairs.append(FilePair(source: source, target: named, origin: origin))
                    continue
                }
                // A glob as wide as `*.txt` also finds the sources: a file in the source
                // language is not a translation of itself.
                let language = sourceLanguage
                let matches = Self.glob(path(target)).filter {
                    Self.source(of: $0, language: language) != $0
                }
                guard !matches.isEmpty else {
                    throw entry.invalid(
                        "target", entry.node("target"),
                        "no translation matches '\(target)' (files in the source language "
                            + "\(sourceLanguage) are not counted)")
                }
                for match in matches {
                    if let reason = PathNames.whyNotListable(match, found: Self.namedHere) {
                        throw entry.invalid("target", entry.node("target"), "\(match) is \(reason)")
                    }
                    guard let source = Self.source(of: match, language: sourceLanguage) else {
                        throw entry.invalid(
                            "target", entry.node("target"),
                            "cannot tell the source of \(match): name files like doc.ur.txt")
                    }
                    if let reason = PathNames.whyNotListable(source, found: Self.namedHere) {
                        throw entry.invalid(
                            "target", entry.node("target"), "the source \(source) is \(reason)")
                    }
                    pairs.append(FilePair(source: source, target: match, origin: origin))
                }
            }
            // Entries that overlap (a file listed and also matched by a glob, `*.ur.txt` and
            // `./*.ur.txt`, a folder and a link to it) check it once.
            var seen: Set<String> = []
            self.pairs = pairs.filter {
                seen.insert(Self.resolved($0.source) + "\u{0}" + Self.resolved($0.target)).inserted
            }
            glossary = top.has("glossary") ? path(try top.string("glossary")) : nil
            dictionary = top.has("dictionary") ? path(try top.string("dictionary")) : nil
            // A glossary or word list the file names that cannot be read is an error at its
            // field (pass 39: it was each pair's, at the pair, "error:" twice).
            var unreadable: [String: ProjectConfigError] = [:]
            for (key, named) in [("glossary", glossary), ("dictionary", dictionary)] {
                guard let named, named != "none" else { continue }
                let written = try top.string(key)
                // `~` and `null` are YAML's empty value, not a file of that name; quoted,
                // they are a name.
                let reason: String? =
                    written.isEmpty || top.isNull(key)
                    ? "is empty; name a file relative to \(Self.fileName)'s folder, or write none"
                    : !FileManager.default.fileExists(atPath: named)
                        ? "\(named): no such file; name it relative to \(Self.fileName)'s folder, "
                            + "or write none"
                        : Self.whyNoFile(named)
                if let reason {
                    unreadable[key] = ProjectConfigError(
                        description: top.invalid(key, top.node(key), reason).description)
                }
            }
            failOn = top.has("fail-on") ? try top.choice("fail-on", default: .error) : nil
            disabled = try top.strings("disable")
            // An empty name (`""`, `~`), a folder or a FIFO (pass 54: the run hung on it) is
            // no file to read findings from (pass 43: ": error: cannot read: no such file",
            // with no name and no place): an error at the field, for a run that uses it
            // (`--baseline` and `--write-baseline` on the command line win, pass 45). A file
            // not made yet is no error here.
            for key in ["baseline", "suppressions"] where top.has(key) {
                let written = try top.string(key)
                let reason: String? =
                    written.isEmpty || top.isNull(key)
                    ? "is empty; name a file relative to \(Self.fileName)'s folder, or leave "
                        + "the field out"
                    : Self.whyNoFile(path(written))
                if let reason {
                    unreadable[key] = ProjectConfigError(
                        description: top.invalid(key, top.node(key), reason).description)
                }
            }
            baseline = top.has("baseline") ? path(try top.string("baseline")) : nil
            suppressions = top.has("suppressions") ? path(try top.string("suppressions")) : nil
            self.unreadable = unreadable
            var checks: [CustomCheck] = []
            for entry in try top.mappings("checks") {
                try entry.onlyAllow([
                    "id", "severity", "message", "source", "target-must", "target-must-not",
                ])
                for key in ["source", "target-must", "target-must-not"] where entry.has(key) {
                    if let problem = CustomCheck.problem(in: try entry.string(key)) {
                        throw entry.invalid(key, entry.node(key), problem)
                    }
                }
                guard entry.has("target-must") || entry.has("target-must-not") else {
                    throw LocalePackError.missingField(
                        file: file, position: entry.position,
                        field: "target-must or target-must-not")
                }
                let id = try entry.string("id")
                // An id is a word of reports, baselines and filters: letters, digits, `.`, `_`
                // and `-` only (a quote or `&` broke the JUnit and HTML reports).
                guard !id.isEmpty,
                    id.unicodeScalars.allSatisfy({
                        $0.isASCII
                            && ($0.properties.isAlphabetic || ("0"..."9").contains($0)
                                || "._-".unicodeScalars.contains($0))
                    })
                else {
                    throw entry.invalid(
                        "id", entry.node("id"),
                        "'\(id.shownInMessage)' is not a check id: use letters, "
                            + "digits, '.', '_' and '-' "
                            + "(for example terms-month-names)")
                }
                // Ids differing only in case (Term-Missing) would read as one in reports.
                let taken = (TranslationChecks.all.map(\.id) + checks.map(\.id)).first {
                    $0.lowercased() == id.lowercased()
                }
                if let taken {
                    throw entry.invalid(
                        "id", entry.node("id"),
                        "'\(id)' is already a check's id"
                            + (taken == id ? "" : " ('\(taken)'; ids differ by more than case)"))
                }
                // A finding says what is wrong in its message: an empty one gave findings with
                // no text in every report (pass 43).
                let message = try entry.string("message")
                guard message.hasVisibleContent else {
                    throw entry.invalid(
                        "message", entry.node("message"),
                        "the message is empty: say what a finding of \(id) means and what to do")
                }
                checks.append(
                    CustomCheck(
                        id: id, severity: try entry.choice("severity", default: .warning),
                        message: message,
                        source: entry.has("source") ? try entry.string("source") : nil,
                        targetMust: entry.has("target-must")
                            ? try entry.string("target-must") : nil,
                        targetMustNot: entry.has("target-must-not")
                            ? try entry.string("target-must-not") : nil))
            }
            self.checks = checks
            let known = Set(TranslationChecks.all.map(\.id) + checks.map(\.id))
            // At the unknown item (pass 60: at the list's bracket).
            for id in disabled where !known.contains(id) {
                throw top.invalid(
                    "disable", top.item("disable", equalTo: id) ?? top.node("disable"),
                    "unknown check '\(id)'")
            }
        } catch let error as LocalePackError {
            throw ProjectConfigError(description: error.description)
        } catch let error as ProjectConfigError {
            throw error
        } catch {
            throw ProjectConfigError(description: "\(file): error: \(error)")
        }
    }

    /// The glossary the file names (nil when it names none), or the error at its field when
    /// it cannot be read.
    public func readableGlossary() throws(ProjectConfigError) -> String? {
        if let problem = unreadable["glossary"] { throw problem }
        return glossary
    }

    /// The baseline the file names (nil when it names none), or the error at its field when
    /// it is no file name.
    public func readableBaseline() throws(ProjectConfigError) -> String? {
        if let problem = unreadable["baseline"] { throw problem }
        return baseline
    }

    /// The suppressions file the file names (nil when it names none), or the error at its
    /// field when it is no file name.
    public func readableSuppressions() throws(ProjectConfigError) -> String? {
        if let problem = unreadable["suppressions"] { throw problem }
        return suppressions
    }

    /// The word list the file names (nil when it names none), or the error at its field when
    /// it cannot be read.
    public func readableDictionary() throws(ProjectConfigError) -> String? {
        if let problem = unreadable["dictionary"] { throw problem }
        return dictionary
    }

    /// The nearest `tarjuman.yaml` in `folder` or a folder above it, as a path relative to
    /// `folder` (`tarjuman.yaml`, `../tarjuman.yaml`), so that file names in messages stay
    /// as short as the user's own. One in a folder above that belongs to another user (not
    /// the one running, not root) is passed over, as git passes over a repository another
    /// user owns: a file planted in a shared `/tmp` or `/home` must not choose what a run
    /// reads and writes.
    public static func find(from folder: String) -> String? {
        search(from: folder).found
    }

    /// The `tarjuman.yaml` files ``find(from:)`` passed over because another user owns them,
    /// nearest first, with their owners' user ids: a run says so rather than fall back to
    /// other files unexplained.
    public static func passedOver(from folder: String) -> [(path: String, owner: UInt32)] {
        search(from: folder).passedOver
    }

    private static func search(from folder: String) -> (
        found: String?, passedOver: [(path: String, owner: UInt32)]
    ) {
        // A folder that is gone (deleted under the shell) has no name to climb from: the
        // search walked ".." forever.
        guard folder.hasPrefix("/") else { return (nil, []) }
        var parts = folder.split(separator: "/").filter { $0 != "." }
        var up = ""
        var passedOver: [(path: String, owner: UInt32)] = []
        while true {
            let candidate = "/" + (parts + [Substring(fileName)]).joined(separator: "/")
            var status = stat()
            // A link that leads nowhere (or in a loop) is found too, so that reading it says
            // what is wrong (pass 26: it was passed over, and another project's files run).
            if stat(candidate, &status) == 0 || lstat(candidate, &status) == 0 {
                if up.isEmpty || status.st_uid == geteuid() || status.st_uid == 0 {
                    return (up + fileName, passedOver)
                }
                passedOver.append((up + fileName, status.st_uid))
            }
            guard !parts.isEmpty else { return (nil, passedOver) }
            parts.removeLast()
            up += "../"
        }
    }

    /// Where a project file's names come from, for ``PathNames/whyNotListable(_:found:)``.
    private static let namedHere = "that a project file names"

    /// Why `named`, which exists, is no file to read: a folder, or a FIFO, socket or device
    /// (a run would wait on it for ever).
    private static func whyNoFile(_ named: String) -> String? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: named, isDirectory: &isFolder) else {
            return nil
        }
        return isFolder.boolValue
            ? "\(named) is a folder; name the file"
            : PathNames.whyNotListable(named, found: Self.namedHere).map { "\(named) is \($0)" }
    }

    /// A commented starting file for `tarjuman init`.
    public static let template = """
        # Tarjuman project settings (README.md, "A project file"). Paths are relative to
        # this file; command-line options override these. Every key is optional.

        # The language translated from (a locale pack tag).
        source: en

        # The translations to check. A target may be a glob; its source is the file of the same
        # name in the source language (docs/intro.ur.txt → docs/intro.en.txt).
        pairs:
          - target: "*.ur.txt"
        #  - source: originals/report.txt
        #    target: urdu/report.txt

        # glossary: my-terms.en-ur.tsv       # the project's own glossary (relative to this
                                             # file); default: Tarjuman's glossaries/en-<tag>.tsv
        # dictionary: none                   # general word list for alignment; none to turn off
        fail-on: error                       # info, warning or error
        disable: []                          # check ids not to run, e.g. [length-ratio]
        # baseline: .tarjuman/baseline.json  # fail only on new findings (check --write-baseline)
        # suppressions: .tarjuman/suppressions.tsv   # findings accepted one by one, with reasons

        # The project's own checks: when the source matches `source`, the translation must
        # (not) match. Regular expressions over the matching key (Arabic letters folded to the
        # pack's, case ignored).
        checks:
        #  - id: month-names
        #    severity: warning
        #    message: write the month in Urdu
        #    source: '\\bjanuary\\b'
        #    target-must: 'جنوری'

        """

    /// What identifies the file `path` names: its device and inode (one for every name a
    /// link gives it, hard links included); for a file that is not there (reported when it
    /// is read), its folder resolved and its name.
    private static func resolved(_ path: String) -> String {
        var status = stat()
        if stat(path, &status) == 0 { return "\(status.st_dev):\(status.st_ino)" }
        func real(_ path: String) -> String? {
            guard let found = realpath(path, nil) else { return nil }
            defer { free(found) }
            return String(cString: found)
        }
        if let found = real(path) { return found }
        let name = (path as NSString).lastPathComponent
        let folder = PathNames.folder(of: path)
        return real(folder.isEmpty ? "." : folder).map { $0 + "/" + name }
            ?? (path as NSString).standardizingPath
    }

    /// Files matching a glob pattern (`*`, `?`, `[…]`, and `**` as a whole path component
    /// for any number of folders, none included), sorted, each once.
    static func glob(_ pattern: String) -> [String] {
        let parts = pattern.split(separator: "/", omittingEmptySubsequences: false)
        guard let star = parts.firstIndex(of: "**") else { return plainGlob(pattern) }
        let head = parts[..<star].joined(separator: "/")
        var rest = parts[(star + 1)...].joined(separator: "/")
        if rest.isEmpty { rest = "*" }
        // `**` first: the current folder; after `/` alone: the root.
        let bases = star == 0 ? ["."] : plainGlob(head.isEmpty ? "/" : head)
        var found: Set<String> = []
        for base in bases {
            for folder in folders(under: base) {
                let prefix = star == 0 && folder == "." ? "" : folder == "/" ? "/" : folder + "/"
                found.formUnion(glob(prefix + rest))
            }
        }
        return found.sorted()
    }

    /// The largest folder tree `**` walks; a deeper or wider one is cut there.
    static let globFolderLimit = 100_000

    /// `base` and every folder below it, symbolic links not followed (a link loop would
    /// never end), hidden folders (`.git`) left out.
    private static func folders(under base: String) -> [String] {
        var result: [String] = []
        var pending = [base]
        while let folder = pending.popLast(), result.count < globFolderLimit {
            var status = stat()
            guard lstat(folder, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
                continue
            }
            result.append(folder)
            guard let names = try? PathNames.listing(of: folder) else { continue }
            for name in names.reversed() {
                pending.append(folder == "/" ? "/" + name : folder + "/" + name)
            }
        }
        return result
    }

    private static func plainGlob(_ pattern: String) -> [String] {
        var result = glob_t()
        defer { globfree(&result) }
        guard Glibc.glob(pattern, 0, nil, &result) == 0 else { return [] }
        var paths: [String] = []
        for index in 0..<Int(result.gl_pathc) {
            if let path = result.gl_pathv[index] { paths.append(String(cString: path)) }
        }
        return paths.sorted()
    }

    /// `doc.ur.txt` → `doc.<language>.txt`, or `nil` for a name without a language part.
    static func source(of target: String, language: String) -> String? {
        let name = (target as NSString).lastPathComponent
        var parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return nil }
        parts[parts.count - 2] = Substring(language)
        return (PathNames.folder(of: target) as NSString)
            .appendingPathComponent(parts.joined(separator: "."))
    }
}

/// A project file that cannot be used.
public struct ProjectConfigError: Error, Equatable, CustomStringConvertible {
    /// A message for people: what is wrong, where (`file:line:col`), and what to do.
    public let description: String
}
