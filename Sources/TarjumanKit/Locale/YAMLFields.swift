import Yams

/// A YAML mapping read field by field, with the file position of every value, so that
/// errors in hand-edited data files point at the line to fix.
struct YAMLFields {
    let file: String
    let position: SourcePosition
    private let pairs: [(key: String, value: Node, position: SourcePosition)]
    private let path: String

    /// Parses `text` and returns its top-level mapping; with `allowingEmpty`, a document of
    /// nothing (only comments, `---`, `~`) is an empty mapping rather than an error.
    static func document(_ text: String, file: String, allowingEmpty: Bool = false)
        throws(LocalePackError) -> YAMLFields
    {
        let node: Node?
        do {
            // The basic resolver leaves every scalar a string (no regular expressions to
            // compile at start-up); numbers and booleans are read by the fields that want them.
            // A byte-order mark (an editor's UTF-8 "with BOM") is no part of the document:
            // Yams read it as text before the first key, and it took a column in positions.
            let body =
                text.unicodeScalars.first == "\u{FEFF}"
                ? String(text.unicodeScalars.dropFirst()) : text
            node = try Yams.compose(yaml: body, .basic)
        } catch let error as YamlError {
            let (position, message) = Self.problem(of: error, in: text)
            throw LocalePackError.syntax(file: file, position: position, message: message)
        } catch {
            throw LocalePackError.syntax(file: file, position: .start, message: "\(error)")
        }
        // Nothing, or a plain YAML null (a quoted "null" is text).
        if allowingEmpty, node == nil || isNull(node) {
            return try YAMLFields(node: .mapping(Node.Mapping([])), file: file, path: "")
        }
        guard let node else {
            throw LocalePackError.syntax(file: file, position: .start, message: "the file is empty")
        }
        return try YAMLFields(node: node, file: file, path: "")
    }

    /// Reads `node` as a mapping.
    init(node: Node, file: String, path: String) throws(LocalePackError) {
        self.file = file
        self.path = path
        self.position = Self.position(of: node)
        guard case .mapping(let mapping) = node else {
            throw LocalePackError.invalidField(
                file: file, position: position, field: path.isEmpty ? "(document)" : path,
                message: "expected a mapping of field: value lines")
        }
        var pairs: [(String, Node, SourcePosition)] = []
        for (key, value) in mapping {
            pairs.append((key.string ?? "", value, Self.position(of: key)))
        }
        self.pairs = pairs
    }

    /// Throws for any field not in `allowed`.
    func onlyAllow(_ allowed: [String]) throws(LocalePackError) {
        for pair in pairs where !allowed.contains(pair.key) {
            throw LocalePackError.unknownField(
                file: file, position: pair.position, field: qualified(pair.key), allowed: allowed)
        }
    }

    /// The field names, in file order.
    var keys: [String] { pairs.map(\.key) }

    /// Whether the field is present.
    func has(_ key: String) -> Bool { pairs.contains { $0.key == key } }

    /// The raw node of a field.
    func node(_ key: String) -> Node? { pairs.first { $0.key == key }?.value }

    /// The first item of the list `key` that is the text `value`, to place an error at it.
    func item(_ key: String, equalTo value: String) -> Node? {
        node(key)?.sequence?.first { $0.string == value }
    }

    /// A required or defaulted string field.
    func string(_ key: String, default fallback: String? = nil) throws(LocalePackError) -> String {
        guard let node = node(key) else {
            if let fallback { return fallback }
            throw LocalePackError.missingField(
                file: file, position: position, field: qualified(key))
        }
        guard case .scalar(let scalar) = node else {
            throw invalid(key, node, "expected text")
        }
        return scalar.string
    }

    /// Where each item of the string list `key` is written (see ``strings(_:required:)``);
    /// empty when the field is absent.
    func itemPositions(_ key: String) -> [SourcePosition] {
        switch node(key) {
        case .scalar(let scalar)?: [scalar.mark].compactMap { $0 }.map(Self.position(of:))
        case .sequence(let sequence)?: sequence.map(Self.position(of:))
        default: []
        }
    }

    /// The node of item `index` of the list `key`, for messages about that item; the field's
    /// own node when it is a single value.
    func itemNode(_ key: String, at index: Int) -> Node? {
        guard case .sequence(let sequence)? = node(key) else { return node(key) }
        return index < sequence.count ? sequence[index] : node(key)
    }

    /// A list of strings (a single string counts as a one-item list; YAML's null, none). An
    /// empty item is an error at its place: a trailing `, ""` in `ellipses` ended no sentence
    /// anywhere (pass 48).
    func strings(_ key: String, required: Bool = false) throws(LocalePackError) -> [String] {
        guard let node = node(key) else {
            if required {
                throw LocalePackError.missingField(
                    file: file, position: position, field: qualified(key))
            }
            return []
        }
        func text(_ item: Node, _ scalar: Node.Scalar) throws(LocalePackError) -> String {
            guard !scalar.string.isEmpty else {
                throw invalid(key, item, "an item is empty; remove it, or write what it stands for")
            }
            return scalar.string
        }
        switch node {
        case .scalar(let scalar):
            return Self.isNull(node) && !required ? [] : [try text(node, scalar)]
        case .sequence(let sequence):
            var result: [String] = []
            for item in sequence {
                guard case .scalar(let scalar) = item else {
                    throw invalid(key, item, "expected a list of text items")
                }
                result.append(try text(item, scalar))
            }
            return result
        default:
            throw invalid(key, node, "expected a list of text items")
        }
    }

    /// A boolean field.
    func bool(_ key: String, default fallback: Bool) throws(LocalePackError) -> Bool {
        guard let node = node(key) else { return fallback }
        switch Self.plain(node)?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw invalid(key, node, "expected true or false")
        }
    }

    /// A positive number field.
    func positiveNumber(_ key: String, default fallback: Double) throws(LocalePackError) -> Double {
        guard let node = node(key) else { return fallback }
        guard let value = Self.plain(node).flatMap(Double.init), value > 0, value.isFinite else {
            throw invalid(key, node, "expected a positive number")
        }
        return value
    }

    /// The text of an unquoted scalar (quoted text is never a number or a boolean).
    /// Whether the field is YAML's null: no value, or a plain `~`, `null`, `Null`, `NULL` (a
    /// quoted `"null"` is text, a file may have that name).
    func isNull(_ key: String) -> Bool { Self.isNull(node(key)) }

    private static func isNull(_ node: Node?) -> Bool {
        node.flatMap(plain).map { ["", "~", "null", "Null", "NULL"].contains($0) } ?? false
    }

    private static func plain(_ node: Node) -> String? {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return nil }
        return scalar.string
    }

    /// A number field with at most two decimals (`1.5`, `-0.25`, `3`) in hundredths (150,
    /// -25, 300), read from its text (no binary fraction between); nil for anything else.
    func hundredths(_ key: String) -> Int? {
        guard let text = node(key).flatMap(Self.plain) else { return nil }
        let negative = text.hasPrefix("-")
        let parts = text.dropFirst(negative ? 1 : 0).split(
            separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts[0].count <= 12,
            parts.last.map({ parts.count == 1 || (1...2).contains($0.count) }) == true,
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { ("0"..."9").contains($0) } }),
            let whole = Int(parts[0])
        else { return nil }
        // Tenths (`.5`) or hundredths (`.25`).
        let decimals = parts.count == 2 ? parts[1] : "00"
        let fraction = (Int(decimals) ?? 0) * (decimals.count == 1 ? 10 : 1)
        return (negative ? -1 : 1) * (whole * 100 + fraction)
    }

    /// A non-negative integer field.
    func int(_ key: String, default fallback: Int) throws(LocalePackError) -> Int {
        guard let node = node(key) else { return fallback }
        let text = Self.plain(node)
        if let value = text.flatMap({ Int($0) }), value >= 0 { return value }
        // All digits and still no Int: too large, which "expected a whole number" hid.
        if let text, !text.isEmpty, text.allSatisfy({ ("0"..."9").contains($0) }) {
            throw invalid(key, node, "\(text) is too large: at most \(Int.max)")
        }
        throw invalid(key, node, "expected a whole number ≥ 0")
    }

    /// One of the raw values of `T`.
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, default fallback: T)
        throws(LocalePackError) -> T
    where T.RawValue == String {
        guard node(key) != nil else { return fallback }
        let text = try string(key)
        guard let value = T(rawValue: text) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw invalid(key, node(key), "'\(text)' is not one of: \(allowed)")
        }
        return value
    }

    /// A nested mapping.
    func mapping(_ key: String) throws(LocalePackError) -> YAMLFields? {
        guard let node = node(key) else { return nil }
        return try YAMLFields(node: node, file: file, path: qualified(key))
    }

    /// A list of nested mappings.
    func mappings(_ key: String) throws(LocalePackError) -> [YAMLFields] {
        guard let node = node(key) else { return [] }
        // A key with no value (`checks:` followed only by comments) is an empty list.
        if Self.isNull(node) { return [] }
        guard case .sequence(let sequence) = node else {
            throw invalid(key, node, "expected a list")
        }
        var result: [YAMLFields] = []
        for (index, item) in sequence.enumerated() {
            result.append(
                try YAMLFields(node: item, file: file, path: "\(qualified(key))[\(index)]"))
        }
        return result
    }

    /// An error about field `key`, placed at its value.
    func invalid(_ key: String, _ node: Node?, _ message: String) -> LocalePackError {
        .invalidField(
            file: file, position: node.map(Self.position(of:)) ?? position, field: qualified(key),
            message: message)
    }

    private func qualified(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    private static func position(of node: Node) -> SourcePosition {
        node.mark.map(position(of:)) ?? .start
    }

    private static func position(of mark: Mark) -> SourcePosition {
        SourcePosition(line: mark.line, column: mark.column)
    }

    /// Where `key` is given first and a second time in the block mapping that starts at
    /// `mapping`: the lines of the mapping holding `key:` at its column (the first may follow
    /// a list's `- `), lines ending in LF, CR LF or CR, the mapping ending at a line indented
    /// less (Yams names the mapping only; pass 22: a duplicate at line 58 was reported at
    /// line 12). Nil for a flow mapping or a key written otherwise (quoted).
    private static func keyTwice(_ key: String, of mapping: SourcePosition, in text: String)
        -> (first: SourcePosition, second: SourcePosition)?
    {
        let column = mapping.column - 1
        let lines = text.splitLines()
        var first: SourcePosition?
        for number in max(0, mapping.line - 1)..<lines.count {
            let scalars = Array(lines[number].unicodeScalars)
            if number > mapping.line - 1 {
                guard let content = scalars.firstIndex(where: { $0 != " " }),
                    scalars[content] != "#"
                else { continue }
                if content < column { break }
                if content > column { continue }
            }
            guard scalars.count > column else { continue }
            let rest = String(String.UnicodeScalarView(scalars[column...]))
            guard rest.hasPrefix(key),
                rest.dropFirst(key.count).drop(while: { $0 == " " || $0 == "\t" }).hasPrefix(":")
            else { continue }
            let place = SourcePosition(line: number + 1, column: mapping.column)
            guard let first else {
                first = place
                continue
            }
            return (first, place)
        }
        return nil
    }

    /// Where Yams's `error` lies in `text`, and what it is: a field given twice is placed at
    /// its second line and names the first (pass 68: a second `alignment:` section pasted
    /// from `tm calibrate` named neither).
    private static func problem(of error: YamlError, in text: String) -> (SourcePosition, String) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            return (
                SourcePosition(line: mark.line, column: mark.column),
                [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(
                    separator: ": ")
            )
        case .duplicatedKeysInMapping(let duplicates, let context):
            let mapping = SourcePosition(line: context.mark.line, column: context.mark.column)
            let names = duplicates.sorted()
            guard let key = names.first, let places = keyTwice(key, of: mapping, in: text) else {
                return (mapping, "duplicate fields: \(names.joined(separator: ", "))")
            }
            let others = names.dropFirst().map { "'\($0)'" }
            return (
                places.second,
                "field '\(key)' is given twice, first at line \(places.first.line): keep one and "
                    + "merge what the other holds"
                    + (others.isEmpty
                        ? "" : " (given twice as well: \(others.joined(separator: ", ")))")
            )
        default:
            return (.start, "\(error)")
        }
    }
}
