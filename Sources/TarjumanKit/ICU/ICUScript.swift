internal import CICU

/// The writing system of a character, as ICU's `uscript_getScript` classifies it.
public struct ICUScript: Hashable, Sendable, CustomStringConvertible {
    /// The ICU `UScriptCode`.
    public let code: Int32

    /// Latin script.
    public static let latin = ICUScript(code: CICU_SCRIPT_LATIN)
    /// Arabic script (Urdu and Balochi in Arabic letters).
    public static let arabic = ICUScript(code: CICU_SCRIPT_ARABIC)
    /// Characters shared by all scripts (digits, punctuation, spaces).
    public static let common = ICUScript(code: CICU_SCRIPT_COMMON)
    /// Marks that take the script of their base character.
    public static let inherited = ICUScript(code: CICU_SCRIPT_INHERITED)

    /// The script of `scalar`.
    public init(of scalar: Unicode.Scalar) {
        code = cicu_script(Int32(scalar.value))
    }

    /// The script of `scalar` when it is a letter of one (Alphabetic, neither Common nor
    /// Inherited), as ICU says.
    static func ofLetter(_ scalar: Unicode.Scalar) -> ICUScript? {
        let code = cicu_letter_script(Int32(scalar.value))
        return code < 0 ? nil : ICUScript(code: code)
    }

    private init(code: Int32) {
        self.code = code
    }

    /// Whether the script is written right to left (Arabic, Hebrew, Thaana…).
    public var isRightToLeft: Bool { cicu_script_is_right_to_left(code) }

    /// The script whose ISO 15924 code is `isoCode` ("Arab", "Olck"), or nil when Unicode
    /// encodes no script of that code ("Arbc").
    public init?(isoCode: String) {
        let code = cicu_script_with_code(isoCode)
        guard code >= 0 else { return nil }
        self.code = code
    }

    /// The ISO 15924 code, e.g. "Arab" or "Latn".
    public var description: String {
        var buffer = [CChar](repeating: 0, count: 16)
        cicu_script_short_name(code, &buffer, Int32(buffer.count))
        return String(
            decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The English name, e.g. "Arabic" or "Devanagari" (ICU's, with underscores as spaces).
    public var name: String {
        var buffer = [CChar](repeating: 0, count: 64)
        cicu_script_name(code, &buffer, Int32(buffer.count))
        return String(
            decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0 == 0x5F ? 0x20 : $0) },
            as: UTF8.self)
    }
}
