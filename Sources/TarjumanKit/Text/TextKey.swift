/// A text as a dictionary key that hashes and compares its UTF-8 bytes in NFC.
///
/// Swift hashes a `String` holding non-ASCII text by normalising it on the fly, which for
/// whole Urdu sentences cost more than everything else the project-wide checks do. The
/// text is put in NFC first (through ICU, only when it is not already), so texts Swift calls
/// equal (canonically equivalent) are still one key.
struct TextKey: Hashable, Sendable {
    private let bytes: [UInt8]

    /// The key of `parts` joined by U+0000.
    init(_ parts: String...) {
        var bytes: [UInt8] = []
        for (index, part) in parts.enumerated() {
            if index > 0 { bytes.append(0) }
            bytes += Self.nfc(part)
        }
        self.bytes = bytes
    }

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }

    /// The key's digest, to compare it with others without keeping its text.
    var digest: TextDigest { bytes.withUnsafeBytes { TextDigest($0) } }

    /// `text`'s UTF-8 in NFC; as it is should ICU fail.
    private static func nfc(_ text: String) -> [UInt8] {
        var utf8 = Array(text.utf8)
        let isNFC = utf8.withUnsafeBufferPointer { buffer in
            (try? ICUNormalizer.isNormalized(utf8: buffer, form: .nfc)) ?? true
        }
        if !isNFC, let units = try? ICUNormalizer.normalize(Array(text.utf16), form: .nfc) {
            utf8 = Array(String(decoding: units, as: UTF16.self).utf8)
        }
        return utf8
    }
}
