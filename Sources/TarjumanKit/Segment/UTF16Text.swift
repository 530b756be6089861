/// UTF-16 code-unit helpers for the segmenter's hot loops.
///
/// Sentence punctuation, spaces and the letters the rules inspect are all in the Basic
/// Multilingual Plane, so the rules look at single code units; a surrogate counts as
/// "other".
enum UTF16Text {
    /// The scalar of the Basic Multilingual Plane that starts at byte `index` of validated
    /// UTF-8, and its length in bytes; nil for a scalar beyond it (four bytes).
    @inline(__always)
    static func bmpScalar(_ base: UnsafePointer<UInt8>, at index: Int) -> (
        value: UInt32, length: Int
    )? {
        let lead = UInt32(base[index])
        if lead < 0x80 { return (lead, 1) }
        if lead >= 0xF0 { return nil }
        if lead >= 0xE0 {
            return (
                (lead & 0x0F) << 12 | UInt32(base[index + 1] & 0x3F) << 6
                    | UInt32(base[index + 2] & 0x3F), 3
            )
        }
        return ((lead & 0x1F) << 6 | UInt32(base[index + 1] & 0x3F), 2)
    }

    /// Transcodes validated UTF-8 into `units`, replacing its contents.
    static func transcode(_ bytes: [UInt8], into units: inout [UInt16]) {
        units = bytes.withUnsafeBufferPointer { input in
            [UInt16](unsafeUninitializedCapacity: input.count) { output, written in
                written = transcode(input, into: output)
            }
        }
    }

    /// Transcodes validated UTF-8 into `output` (at least as many units as input bytes) and
    /// returns the number of units written.
    private static func transcode(
        _ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt16>
    )
        -> Int
    {
        var index = 0
        var written = 0
        let count = input.count
        guard let base = input.baseAddress else { return 0 }
        while index < count {
            // Eight ASCII bytes at a time.
            while index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                guard word & 0x8080_8080_8080_8080 == 0 else { break }
                for k in 0..<8 {
                    output[written + k] = UInt16(truncatingIfNeeded: word >> (8 * UInt64(k))) & 0xFF
                }
                written += 8
                index += 8
            }
            // Four two-byte letters (Arabic script, accented Latin) at a time.
            while index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                guard word & 0xC0E0_C0E0_C0E0_C0E0 == 0x80C0_80C0_80C0_80C0 else { break }
                for k in 0..<4 {
                    let pair = UInt16(truncatingIfNeeded: word >> (16 * UInt64(k)))
                    output[written + k] = (pair & 0x1F) << 6 | (pair >> 8) & 0x3F
                }
                written += 4
                index += 8
            }
            guard index < count else { break }
            let lead = UInt32(input[index])
            if lead < 0x80 {
                output[written] = UInt16(lead)
                written += 1
                index += 1
            } else if lead < 0xE0 {
                output[written] = UInt16((lead & 0x1F) << 6 | UInt32(input[index + 1] & 0x3F))
                written += 1
                index += 2
            } else if lead < 0xF0 {
                let value =
                    (lead & 0x0F) << 12 | UInt32(input[index + 1] & 0x3F) << 6
                    | UInt32(input[index + 2] & 0x3F)
                output[written] = UInt16(value)
                written += 1
                index += 3
            } else {
                let value =
                    (lead & 0x07) << 18 | UInt32(input[index + 1] & 0x3F) << 12
                    | UInt32(input[index + 2] & 0x3F) << 6 | UInt32(input[index + 3] & 0x3F)
                let offset = value - 0x10000
                output[written] = UInt16(0xD800 + (offset >> 10))
                output[written + 1] = UInt16(0xDC00 + (offset & 0x3FF))
                written += 2
                index += 4
            }
        }
        return written
    }

    /// The scalars of valid UTF-16 `units`, decoded in one pass into an array of the right
    /// size (`Array(text.unicodeScalars)` counts them in a pass of its own first).
    static func scalars(of units: [UInt16]) -> [Unicode.Scalar] {
        units.withUnsafeBufferPointer { input in
            [Unicode.Scalar](unsafeUninitializedCapacity: input.count) { output, written in
                var index = 0
                written = 0
                while index < input.count {
                    let unit = input[index]
                    var value = UInt32(unit)
                    if unit & 0xFC00 == 0xD800 && index + 1 < input.count {
                        value =
                            0x10000
                            + (UInt32(unit & 0x3FF) << 10 | UInt32(input[index + 1] & 0x3FF))
                        index += 1
                    }
                    // Valid UTF-16 holds no lone surrogate; one would be kept as U+FFFD.
                    output[written] = Unicode.Scalar(value) ?? "\u{FFFD}"
                    written += 1
                    index += 1
                }
            }
        }
    }

    /// The start of the first block of eight units at or after `start` holding a unit that may
    /// matter to the boundary refiner's scan (one of `!).:;/?`, a digit, or a character
    /// other than ASCII and the Arabic letters); the last units, fewer than eight, are
    /// always looked at.
    static func firstUnitThatMayMatter(in text: UnsafeBufferPointer<UInt16>, from start: Int)
        -> Int
    {
        guard let base = text.baseAddress else { return start }
        // Vectors on both sides: Swift's forms with a scalar operand are not vectorised.
        typealias Units = SIMD8<UInt16>
        let (bang, closing, question) = (
            Units(repeating: 0x21), Units(repeating: 0x29), Units(repeating: 0x3F)
        )
        let (dot, semicolon) = (Units(repeating: 0x2E), Units(repeating: 0x3B))
        let (nonASCII, arabic) = (Units(repeating: 0x80), Units(repeating: 0x0600))
        let (digitZero, digitNine) = (Units(repeating: 0x0660), Units(repeating: 0x0669))
        let afterArabicLetters = Units(repeating: 0x06F0)
        var index = start
        while index + 8 <= text.count {
            let block = UnsafeRawPointer(base + index).loadUnaligned(as: Units.self)
            let punctuation =
                (block .== bang) .| (block .== closing) .| (block .== question)
                .| ((block .>= dot) .& (block .<= semicolon))
            // Not ASCII and not an Arabic letter (U+0600–U+065F, U+066A–U+06EF).
            let other =
                ((block .>= nonASCII) .& (block .< arabic))
                .| ((block .>= digitZero) .& (block .<= digitNine))
                .| (block .>= afterArabicLetters)
            if any(punctuation .| other) { break }
            index += 8
        }
        return index
    }

    /// Whether `unit` could start a numbered or bulleted list marker (a digit or a bullet).
    @inline(__always)
    static func mayStartListMarker(_ unit: UInt16) -> Bool {
        if unit >= 0x30 && unit <= 0x39 { return true }
        if unit < 0x80 { return false }
        return (0x0660...0x0669).contains(unit) || (0x06F0...0x06F9).contains(unit)
            || (0x0966...0x096F).contains(unit)
            || ListMarker.isBullet(unit)
    }

    /// Bidi embedding, override and isolate controls and the LRM/RLM/ALM marks.
    static func isBidiControl(_ unit: UInt16) -> Bool {
        (0x202A...0x202E).contains(unit) || (0x2066...0x2069).contains(unit) || unit == 0x200E
            || unit == 0x200F || unit == 0x061C
    }

    /// White space (Unicode White_Space in the BMP).
    @inline(__always)
    static func isSpace(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x20, 0x09...0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
            0x3000:
            return true
        default:
            return false
        }
    }

    /// White space or an invisible format character that never belongs at a segment's edge
    /// (ZWSP, ZWNJ, ZWJ, bidi marks and controls, BOM).
    @inline(__always)
    static func isEdgeJunk(_ unit: UInt16) -> Bool {
        isSpace(unit) || (0x200B...0x200F).contains(unit) || (0x202A...0x202E).contains(unit)
            || (0x2066...0x2069).contains(unit) || unit == 0x061C || unit == 0xFEFF
    }

    /// A line terminator (LF or CR).
    @inline(__always)
    static func isNewline(_ unit: UInt16) -> Bool { unit == 0x0A || unit == 0x0D }

    /// The scalar of a BMP unit; `nil` for surrogates.
    @inline(__always)
    static func scalar(_ unit: UInt16) -> Unicode.Scalar? { Unicode.Scalar(unit) }

    /// An upper-case letter.
    @inline(__always)
    static func isUpper(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return unit >= 0x41 && unit <= 0x5A }
        return scalar(unit)?.properties.isUppercase ?? false
    }

    /// A lower-case letter.
    @inline(__always)
    static func isLower(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return unit >= 0x61 && unit <= 0x7A }
        return scalar(unit)?.properties.isLowercase ?? false
    }

    /// A letter of any script.
    @inline(__always)
    static func isLetter(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return (unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7A }
        return scalar(unit)?.properties.isAlphabetic ?? false
    }

    /// The value of a decimal digit of any script, or `nil`.
    @inline(__always)
    static func digitValue(_ unit: UInt16) -> Int? {
        if unit >= 0x30 && unit <= 0x39 { return Int(unit - 0x30) }
        if unit < 0x80 { return nil }
        guard let scalar = scalar(unit), scalar.properties.numericType == .decimal else {
            return nil
        }
        return scalar.properties.numericValue.map { Int($0) }
    }

    /// Opening punctuation that may precede a word: quotes and brackets.
    @inline(__always)
    static func isOpener(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0xAB, 0x2018, 0x2019, 0x201C, 0x201D, 0x2039, 0x203A,
            0xBB:
            return true
        default:
            return false
        }
    }

    /// Closing punctuation that may follow a terminator: quotes and brackets.
    @inline(__always)
    static func isCloser(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0xBB, 0xAB, 0x2019, 0x201D, 0x201C, 0x2018, 0x203A,
            0x2039:
            return true
        default:
            return false
        }
    }
}
