internal import CICU

/// The Unicode normal forms Tarjuman asks ICU for.
enum ICUNormalForm {
    case nfc
    case nfkc

    fileprivate var code: Int32 { self == .nfc ? CICU_FORM_NFC : CICU_FORM_NFKC }
}

/// ICU's `Normalizer2` over UTF-16 text.
enum ICUNormalizer {
    /// The length of the prefix of `text` already in `form` (ICU quick check "yes").
    static func normalizedPrefix(of text: UnsafeBufferPointer<UInt16>, form: ICUNormalForm)
        throws(ICUError) -> Int
    {
        guard let base = text.baseAddress, !text.isEmpty else { return 0 }
        let length = try ICUError.length(text.count, "checking normalisation")
        var status: Int32 = 0
        let span = cicu_normalized_prefix(form.code, base, length, &status)
        try ICUError.check(status, "checking normalisation")
        return Int(span)
    }

    /// Whether valid UTF-8 `bytes` are already in `form`.
    static func isNormalized(utf8 bytes: UnsafeBufferPointer<UInt8>, form: ICUNormalForm)
        throws(ICUError) -> Bool
    {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return true }
        let length = try ICUError.length(bytes.count, "checking normalisation")
        var status: Int32 = 0
        let normalized = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
            cicu_is_normalized_utf8(form.code, $0, length, &status)
        }
        try ICUError.check(status, "checking normalisation")
        return normalized
    }

    /// Whether `scalar` can never make a text fail `form`'s quick check.
    static func isQuickCheckYes(_ scalar: Unicode.Scalar, form: ICUNormalForm) -> Bool {
        cicu_quick_check_yes(form.code, Int32(scalar.value))
    }

    /// Whether a normalisation boundary comes before `scalar` in `form`.
    static func hasBoundary(before scalar: Unicode.Scalar, form: ICUNormalForm) -> Bool {
        cicu_has_boundary_before(form.code, Int32(scalar.value))
    }

    /// `text` in normal form `form`, made stream-safe first (see ``streamSafe(_:)``).
    static func normalize(_ text: [UInt16], form: ICUNormalForm) throws(ICUError) -> [UInt16] {
        let text = streamSafe(text)
        let length = try ICUError.length(text.count, "normalising text")
        var capacity = text.count * 2 + 8
        while true {
            let room = try ICUError.length(capacity, "normalising text")
            var status: Int32 = 0
            var output = [UInt16](repeating: 0, count: capacity)
            let written = text.withUnsafeBufferPointer { source in
                output.withUnsafeMutableBufferPointer { dest in
                    cicu_normalize(
                        form.code, source.baseAddress, length, dest.baseAddress, room, &status)
                }
            }
            if status == CICU_BUFFER_OVERFLOW_ERROR {
                capacity = Int(written) + 8
                continue
            }
            try ICUError.check(status, "normalising text")
            output.removeSubrange(Int(written)...)
            return output
        }
    }

    /// The most combining marks (non-starters) in a row that reach ICU, as in Unicode's
    /// Stream-Safe Text Format (UAX #15): no written language comes near it.
    static let streamSafeRun = 30

    /// `text` with U+034F COMBINING GRAPHEME JOINER after every 30 non-starters in a row, as
    /// UAX #15's Stream-Safe Text Format does: NFC puts each run of marks in order by
    /// insertion, so an endless run made normalising quadratic (100,000 marks on one letter
    /// took seconds). Text without such runs comes back as it is.
    static func streamSafe(_ text: [UInt16]) -> [UInt16] {
        guard text.count > streamSafeRun else { return text }
        let scalars = String(decoding: text, as: UTF16.self).unicodeScalars
        var run = 0
        guard
            scalars.contains(where: { scalar in
                run = scalar.properties.canonicalCombiningClass.rawValue == 0 ? 0 : run + 1
                return run > streamSafeRun
            })
        else { return text }
        var output: [UInt16] = []
        output.reserveCapacity(text.count + text.count / streamSafeRun)
        run = 0
        for scalar in scalars {
            if scalar.properties.canonicalCombiningClass.rawValue == 0 {
                run = 0
            } else {
                if run == streamSafeRun {
                    output.append(0x034F)
                    run = 0
                }
                run += 1
            }
            UTF16.encode(scalar) { output.append($0) }
        }
        return output
    }
}
