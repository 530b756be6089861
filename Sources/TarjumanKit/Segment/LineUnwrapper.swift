/// Decides which line breaks inside a paragraph are hard wrapping (joined into one
/// sentence) and which are structure (headings, list items, short lines).
struct LineUnwrapper {
    let policy: UnwrapPolicy
    let minimumWords: Int
    let hasCase: Bool
    let terminators: Set<Unicode.Scalar>
    /// Lower-cased words a line ending in which goes on into the next, whatever its case.
    let continuedAfter: Set<String>

    /// Replaces the soft line breaks in `text` with spaces (so ICU does not break there)
    /// and returns their offsets and original units, to put back with `restore`.
    func hideSoftBreaks(in text: inout [UInt16]) -> [(Int, UInt16)] {
        guard policy != .never else { return [] }
        var hidden: [(Int, UInt16)] = []
        var lineStart = 0
        var index = 0
        let count = text.count
        while index < count {
            let unit = text[index]
            guard UTF16Text.isNewline(unit) else {
                index += 1
                continue
            }
            let breakEnd =
                unit == 0x0D && index + 1 < count && text[index + 1] == 0x0A ? index + 2 : index + 1
            if isSoft(text, line: lineStart..<index, next: breakEnd) {
                for position in index..<breakEnd {
                    hidden.append((position, text[position]))
                    text[position] = 0x20
                }
            }
            lineStart = breakEnd
            index = breakEnd
        }
        return hidden
    }

    /// Puts back the line breaks hidden by `hideSoftBreaks`.
    func restore(_ hidden: [(Int, UInt16)], in text: inout [UInt16]) {
        for (position, unit) in hidden { text[position] = unit }
    }

    /// Whether a line starts with `-`, `*`, `–` or `—` and a space: a plain-text list item
    /// (pass 36: Urdu `- ` items were unwrapped into the line before).
    private static func startsDashItem(_ text: [UInt16], at start: Int) -> Bool {
        guard start + 1 < text.count, UTF16Text.isSpace(text[start + 1]) else { return false }
        return [0x2D, 0x2A, 0x2013, 0x2014].contains(text[start])
    }

    /// Whether the last word of `line` is one no sentence ends with (pass 36: `… Case No.
    /// 214 for` / `Tuesday, 14 April …` was cut in two before the capital).
    private func endsInContinuingWord(_ text: [UInt16], line: Range<Int>) -> Bool {
        guard !continuedAfter.isEmpty else { return false }
        var start = line.upperBound
        while start > line.lowerBound && UTF16Text.isLetter(text[start - 1]) { start -= 1 }
        guard start < line.upperBound, line.upperBound - start <= 12 else { return false }
        if start > line.lowerBound && !UTF16Text.isSpace(text[start - 1]) { return false }
        let word = String(decoding: text[start..<line.upperBound], as: UTF16.self).lowercased()
        return continuedAfter.contains(word)
    }

    private func isSoft(_ text: [UInt16], line: Range<Int>, next: Int) -> Bool {
        var nextStart = next
        while nextStart < text.count && text[nextStart] != 0x0A && text[nextStart] != 0x0D
            && UTF16Text.isSpace(text[nextStart])
        {
            nextStart += 1
        }
        guard nextStart < text.count else { return false }
        let startsItem = text.withUnsafeBufferPointer { ListMarker.parse($0, at: nextStart) } != nil
        if startsItem || Self.startsDashItem(text, at: nextStart) { return false }
        if policy == .always { return true }
        var last = line.upperBound
        while last > line.lowerBound && UTF16Text.isSpace(text[last - 1]) { last -= 1 }
        guard last > line.lowerBound else { return false }
        if let scalar = UTF16Text.scalar(text[last - 1]), terminators.contains(scalar) {
            return false
        }
        var words = 0
        var inWord = false
        for position in line.lowerBound..<last {
            let space = UTF16Text.isSpace(text[position])
            if !space && !inWord { words += 1 }
            inWord = !space
        }
        // Before a capital, a line ending in a continuing word is wrapped prose only when it
        // is as long as such lines are: a short one is a heading (`What we stand for`;
        // pass 37).
        if hasCase && !UTF16Text.isLower(text[nextStart]) {
            return words >= 2 * minimumWords
                && endsInContinuingWord(text, line: line.lowerBound..<last)
        }
        return words >= minimumWords
    }
}
