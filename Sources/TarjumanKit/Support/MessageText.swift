import Foundation
import Synchronization

extension String {
    /// The string as an error message shows a value the user typed or a file held, which
    /// may be anything: its first 40 characters, then `…`, with control and invisible
    /// format characters written as `\u{1b}` (pass 22: a 100 KB `--locale` was printed
    /// twice in full, an escape sequence in it raw to the terminal).
    public var shownInMessage: String {
        var shown = unicodeScalars.prefix(40).map { scalar in
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator:
                "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: String(scalar)
            }
        }.joined()
        if unicodeScalars.count > 40 { shown += "…" }
        return shown
    }
}

extension String {
    /// The string with control characters, line and paragraph separators and the bidi
    /// embeddings, overrides and isolates written as `\u{A}`, whole: a file name as a
    /// one-line report or message shows it.
    public var escapingControls: String {
        escapingControls {
            $0.isControlOrLineSeparator || OutputBytes.isBidiFormatting($0.value)
        }
    }

    /// The string with the characters `isEscaped` picks written as `\u{A}`.
    public func escapingControls(where isEscaped: (Unicode.Scalar) -> Bool) -> String {
        guard unicodeScalars.contains(where: isEscaped) else { return self }
        var result = ""
        for scalar in unicodeScalars {
            if isEscaped(scalar) {
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// The names a run handles that hold a line break or another control character (a file
/// named on the command line, or found by listing a folder): messages quoting one show it
/// escaped, so that a message names its file on one line (pass 22: a file name holding a
/// line feed split `NAME: error: …` in two, and the second half read as a message of its
/// own).
public enum NamesWithControls {
    private static let names = Mutex<Set<String>>([])

    /// Remembers `name` if it holds a control character or a line separator.
    public static func note(_ name: String) {
        guard name.unicodeScalars.contains(where: \.isControlOrLineSeparator) else { return }
        names.withLock { _ = $0.insert(name) }
    }

    /// `message` with every remembered name in it escaped where it stands as a name: after
    /// the start, a space, `(`, a quote or `/`, and before the end, `:`, `)`, a quote, a
    /// space or a comma (longest names first, so that a name inside another is not escaped
    /// twice). A message's own line breaks are left alone, even beside a name ending in one
    /// (review of pass 23).
    public static func escaped(in message: String) -> String {
        let known = names.withLock { $0 }
        guard !known.isEmpty else { return message }
        var result = message
        for name in known.sorted(by: { $0.utf8.count > $1.utf8.count }) where result.contains(name)
        {
            result = escaping(name, in: result)
        }
        return result
    }

    private static func escaping(_ name: String, in message: String) -> String {
        let opening: Set<Character> = [" ", "(", "'", "\"", "/", "‘", "“"]
        let closing: Set<Character> = [":", ")", "'", "\"", " ", ",", "’", "”"]
        var result = ""
        var rest = message[...]
        while let range = rest.range(of: name) {
            let before =
                range.lowerBound == message.startIndex
                ? nil : message[message.index(before: range.lowerBound)]
            let after = range.upperBound == message.endIndex ? nil : message[range.upperBound]
            let standsAlone =
                (before.map(opening.contains) ?? true) && (after.map(closing.contains) ?? true)
            result += rest[..<range.lowerBound]
            result += standsAlone ? name.escapingControls : name
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}

extension Unicode.Scalar {
    /// A control character (Cc) or a line or paragraph separator (U+2028, U+2029): what
    /// breaks a line or drives a terminal, refused in names and in what rules write.
    public var isControlOrLineSeparator: Bool {
        [.control, .lineSeparator, .paragraphSeparator].contains(properties.generalCategory)
    }
}
