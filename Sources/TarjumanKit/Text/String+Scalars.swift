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
