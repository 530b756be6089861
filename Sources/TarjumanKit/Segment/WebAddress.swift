/// Web and e-mail addresses in a paragraph's UTF-16 text, which the refiner never cuts at
/// their dots or question marks.
///
/// Every look is bounded: a token (run of characters other than white space) is read at
/// most ``reach`` units either side of the position asked about, so a paragraph written
/// without spaces (Chinese, or `۱۴۔۰۸۔` repeated) is not scanned again from each of its
/// boundaries, which made segmenting it quadratic.
enum WebAddress {
    /// How far a token is read either side of a position: longer than addresses people
    /// write, short enough to keep every look cheap.
    static let reach = 512

    /// Top-level domains common enough that `word.Com` is read as a domain name.
    private static let domains: [[UInt16]] = [
        "com", "org", "net", "edu", "gov", "int", "mil", "info", "biz", "io", "co", "uk", "pk",
        "in", "ir", "af",
    ].map { Array($0.utf16) }

    /// The token around `index`, at most ``reach`` units either side of it.
    static func token(in text: UnsafeBufferPointer<UInt16>, around index: Int) -> Range<Int> {
        let index = min(index, text.count)
        var start = index
        let first = max(0, index - reach)
        while start > first && !UTF16Text.isSpace(text[start - 1]) { start -= 1 }
        var end = index
        let last = min(text.count, index + reach)
        while end < last && !UTF16Text.isSpace(text[end]) { end += 1 }
        return start..<end
    }

    /// Whether the token around `index` is an address: it is spelled as one (see
    /// ``isSpelled(_:)``), or it is a dotted name ending in a common domain (`Newsfeed.Com`).
    static func isAddress(_ text: UnsafeBufferPointer<UInt16>, around index: Int) -> Bool {
        let token = UnsafeBufferPointer(rebasing: text[Self.token(in: text, around: index)])
        // Every address holds a dot, `@` or `:`; most tokens hold none.
        guard token.contains(where: { $0 == 0x2E || $0 == 0x40 || $0 == 0x3A }) else {
            return false
        }
        if isSpelled(token) { return true }
        // The name between its first and last letters, cut at its dots: at least two parts,
        // none empty, the last a common domain. Read in one pass: splitting the token made
        // a look at each of 4,000 boundaries of `ا.ا.…` cost seconds.
        guard let first = token.firstIndex(where: UTF16Text.isLetter),
            let last = token.lastIndex(where: UTF16Text.isLetter)
        else { return false }
        var lastPart = first
        for position in first...last where token[position] == 0x2E {
            guard position > lastPart else { return false }
            lastPart = position + 1
        }
        guard lastPart > first else { return false }
        let folded = token[lastPart...last].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        return domains.contains(folded)
    }

    /// Whether `token` is unmistakably an address: it holds `://`, `www.` (any case) or `@`.
    static func isSpelled(_ token: UnsafeBufferPointer<UInt16>) -> Bool {
        token.contains(0x40) || hasWebMark(token)
    }

    /// Whether `token` is spelled as a web address: it holds `://` or `www.` (any case).
    static func hasWebMark(_ token: UnsafeBufferPointer<UInt16>) -> Bool {
        let count = token.count
        for position in 0..<count {
            switch token[position] {
            case 0x3A:
                if position + 2 < count && token[position + 1] == 0x2F
                    && token[position + 2] == 0x2F
                {
                    return true
                }
            case 0x57, 0x77:
                if position + 3 < count && token[position + 1] | 0x20 == 0x77
                    && token[position + 2] | 0x20 == 0x77 && token[position + 3] == 0x2E
                {
                    return true
                }
            default:
                continue
            }
        }
        return false
    }
}

extension WebAddress {
    /// The scalar ranges of the words of `text` (runs between white space) that are web or
    /// e-mail addresses: spelled as one (`://`, `www.`, `@`), or a dotted name ending in a
    /// common domain written in lower case (`court.gov.pk`; `hospital.In`, a missing space,
    /// is none). A translation copies them unchanged, so terms are not looked for in them
    /// and their letters are not text left untranslated (pass 36).
    static func ranges(in text: String) -> [Range<Int>] {
        // Most sentences hold no `@` or `:`, and no dot followed by a letter (or any byte of
        // a character past ASCII): no scan, and this look is a pass over the bytes (each
        // term look-up of `align` and `check` makes it).
        var mayHold = false
        var afterDot = false
        for byte in text.utf8 {
            if byte == 0x40 || byte == 0x3A
                || afterDot && (byte >= 0x80 || (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
            {
                mayHold = true
                break
            }
            afterDot = byte == 0x2E
        }
        guard mayHold else { return [] }
        var ranges: [Range<Int>] = []
        var word: [UInt16] = []
        var start = 0
        var offset = 0
        func close() {
            defer { word.removeAll(keepingCapacity: true) }
            guard word.contains(where: { $0 == 0x2E || $0 == 0x40 || $0 == 0x3A }) else { return }
            let isAddress = word.withUnsafeBufferPointer { buffer in
                isSpelled(buffer)
                    || (Self.isAddress(buffer, around: 0)
                        && !buffer[(buffer.lastIndex(of: 0x2E) ?? 0)...].contains {
                            $0 >= 0x41 && $0 <= 0x5A
                        })
            }
            if isAddress { ranges.append(start..<offset) }
        }
        for scalar in text.unicodeScalars {
            if ScalarText.isWhitespace(scalar) {
                close()
                start = offset + 1
            } else {
                UTF16.encode(scalar) { word.append($0) }
            }
            offset += 1
        }
        close()
        return ranges
    }
}
