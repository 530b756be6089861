extension String {
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
}

extension String {
    /// The text with each run of white space (Unicode White_Space) as one space, and none
    /// at either end.
    func collapsingWhiteSpace() -> String {
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
}
