/// Footnote marks written straight after a sentence's terminator (`He left.¹ Then`,
/// `گیا۔* پھر`) belong to the sentence they follow: ICU breaks before them, and the next
/// sentence opened with the mark (pass 67).
enum FootnoteMarks {
    /// `ends` (sorted sentence ends of `text`, the last at its length) with each end that
    /// falls straight after the sentence's last character (its terminator or closing quote;
    /// no space between) and before footnote marks moved past the marks and the spaces
    /// after them, when white space follows the marks and text the spaces.
    static func moving(_ text: UnsafeBufferPointer<UInt16>, ends: [Int]) -> [Int] {
        var result = ends
        for index in result.indices.dropLast() {
            let end = result[index]
            guard end > 0, isMark(text[end]), !UTF16Text.isSpace(text[end - 1]),
                !isMark(text[end - 1])
            else { continue }
            var next = end
            while next < result[index + 1], isMark(text[next]) { next += 1 }
            guard next < result[index + 1], UTF16Text.isSpace(text[next]) else { continue }
            while next < result[index + 1], UTF16Text.isSpace(text[next]) { next += 1 }
            if next < result[index + 1] { result[index] = next }
        }
        return result
    }

    /// Superscript digits, `*`, `†` and `‡`.
    private static func isMark(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x2A, 0xB9, 0xB2, 0xB3, 0x2070, 0x2074...0x2079, 0x2020, 0x2021: true
        default: false
        }
    }
}
