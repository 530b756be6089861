internal import CICU
import Synchronization

/// A failure reported by the system ICU library.
public struct ICUError: Error, Equatable, CustomStringConvertible {
    /// The ICU `UErrorCode` value.
    public let status: Int32
    /// What Tarjuman was doing when ICU failed.
    public let operation: String

    /// Throws when `status` is an ICU failure (positive `UErrorCode`); warnings pass.
    static func check(_ status: Int32, _ operation: @autoclosure () -> String) throws(ICUError) {
        if status > CICU_ZERO_ERROR {
            throw ICUError(status: status, operation: operation())
        }
    }

    /// `count` as the `int32_t` length ICU takes, or an error for text of 2^31 UTF-16 units
    /// or more (ICU's limit) instead of a trap.
    static func length(_ count: Int, _ operation: @autoclosure () -> String) throws(ICUError)
        -> Int32
    {
        guard let length = Int32(exactly: count) else {
            throw ICUError(status: CICU_INPUT_TOO_LONG_ERROR, operation: operation())
        }
        return length
    }

    /// Whether a regular expression ran past its time limit or ICU's backtracking stack: a
    /// pattern's fault, not Tarjuman's.
    public var isRunaway: Bool {
        status == CICU_REGEX_TIME_OUT || status == CICU_REGEX_STACK_OVERFLOW
    }

    /// A message for people: what is wrong, where, and what to do.
    public var description: String {
        if isRunaway {
            return "the regular expression ran past its limit (\(ICURegex.timeLimit) steps or "
                + "ICU's backtracking stack) while \(operation); simplify it: nested repetition "
                + "such as (a|a)+ or (a+)+ backtracks without end"
        }
        if status == CICU_INPUT_TOO_LONG_ERROR {
            return "the text is too long for ICU while \(operation) (2^31 UTF-16 units at most); "
                + "split it into smaller paragraphs"
        }
        return "ICU failed while \(operation) (UErrorCode \(status))"
    }
}

/// Locale ids as ICU reads them.
public enum ICULocale {
    /// Whether `id` is a well-formed locale id with a language (`ur`, `bal_PK`, `fa-IR`);
    /// ICU would run a malformed one (`@@@###`) on its root rules without a word.
    public static func isWellFormed(_ id: String) -> Bool {
        cicu_locale_is_well_formed(id)
    }

    /// The script language tag `tag` is written in (`Arab` for `ur` and `bal`, `Latn` for
    /// `bal-Latn`, `Deva` for `sd-IN`), by CLDR's likely subtags; nil when ICU does not know
    /// the language.
    public static func likelyScript(of tag: String) -> String? {
        // A TBX asks once per language group: the answers for a few hundred tags are kept.
        if let known = likelyScripts.withLock({ $0[tag] }) { return known }
        var buffer = [CChar](repeating: 0, count: 16)
        cicu_likely_script(tag, &buffer, Int32(buffer.count))
        let script = String(
            decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let answer = script.isEmpty ? nil : script
        likelyScripts.withLock { if $0.count < 256 { $0[tag] = answer } }
        return answer
    }

    private static let likelyScripts = Mutex<[String: String?]>([:])
}

/// Facts about the ICU library Tarjuman is linked against.
public enum ICULibrary {
    /// The ICU version, e.g. "72.1".
    public static var version: String {
        var buffer = [CChar](repeating: 0, count: 32)
        cicu_version(&buffer, Int32(buffer.count))
        return String(
            decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
