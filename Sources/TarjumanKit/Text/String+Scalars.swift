extension String {
    /// The text without bidi controls (embeddings, overrides, isolates, and the LRM, RLM
    /// and ALM marks): invisible, they change no word, and a phrase copied from a
    /// right-to-left editor often carries them.
    public var withoutBidiControls: String {
        guard utf8.contains(where: { $0 == 0xE2 || $0 == 0xD8 }) else { return self }
        return String(
            scalars: unicodeScalars.filter {
                $0.value > 0xFFFF || !UTF16Text.isBidiControl(UInt16($0.value))
            })
    }

    /// A string made of `scalars`, encoded to UTF-8 in one pass (several times faster than
    /// building a `String.UnicodeScalarView` from a sequence, which appends one by one).
    init(scalars: some Collection<Unicode.Scalar>) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 2)
        for scalar in scalars {
            if scalar.value < 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: scalar.value))
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        self.init(decoding: bytes, as: UTF8.self)
    }

    /// How many Unicode scalars the text holds, counted on its UTF-8 bytes (a byte that is
    /// not a continuation byte starts one): several times faster than
    /// `unicodeScalars.count`, which decodes every scalar.
    var scalarCount: Int {
        utf8.withContiguousStorageIfAvailable(Self.scalarCount(of:))
            ?? utf8.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// The text's scalars as an array, filled in one pass (`Array(unicodeScalars)` first
    /// counts them in a pass of its own).
    var scalarArray: [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(utf8.count)
        for scalar in unicodeScalars { scalars.append(scalar) }
        return scalars
    }

    private static func scalarCount(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }
}

extension String {
    /// The text with each run of white space (Unicode White_Space) as one space, and none
    /// at either end; every other scalar is kept, also a combining mark after a space
    /// (splitting at white-space characters dropped it). Text already so, as most is, comes
    /// back as it was, with no copy.
    func collapsingWhiteSpace() -> String {
        guard needsCollapsing else { return self }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var space = false
        for scalar in unicodeScalars {
            if ScalarText.isWhitespace(scalar) {
                space = !bytes.isEmpty
                continue
            }
            if space {
                bytes.append(0x20)
                space = false
            }
            UTF8.encode(scalar) { bytes.append($0) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether the text has white space other than single U+0020 spaces between other
    /// characters.
    private var needsCollapsing: Bool {
        var previousWasSpace = true
        for scalar in unicodeScalars {
            if ScalarText.isWhitespace(scalar) {
                if scalar != " " || previousWasSpace { return true }
                previousWasSpace = true
            } else {
                previousWasSpace = false
            }
        }
        return previousWasSpace && !isEmpty
    }
}

extension StringProtocol {
    /// The text without Unicode White_Space at either end. (Foundation's white-space sets
    /// also take U+200B ZERO WIDTH SPACE, which a translation may hold on purpose.)
    func trimmingWhiteSpace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars: scalars[first...last])
    }

    /// Whether the text shows anything: a character that is not white space, not
    /// default-ignorable (ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen) and not a tatweel.
    package var hasVisibleContent: Bool {
        unicodeScalars.contains { scalar in
            !scalar.properties.isWhitespace && !scalar.properties.isDefaultIgnorableCodePoint
                && scalar != "\u{0640}"
        }
    }
}
