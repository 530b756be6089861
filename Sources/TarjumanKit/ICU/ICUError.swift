internal import CICU

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

    /// A message for people: what is wrong, where, and what to do.
    public var description: String {
        "ICU failed while \(operation) (UErrorCode \(status))"
    }
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
