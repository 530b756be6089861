/// A list-item marker at the start of a token: `1.`, `2)`, `3.)`, `a.`, `۱۔`, `۱-`, `•`,
/// `⁃9.`.
struct ListMarker: Equatable {
    /// What kind of ordinal the marker carries.
    enum Ordinal: Equatable {
        case number(Int)
        case letter(Int)
        case none
    }

    /// Where the marker starts.
    let start: Int
    /// Just past the marker's last character.
    let end: Int
    /// The ordinal, if the marker has one.
    let ordinal: Ordinal
    /// Whether the marker starts with a bullet character.
    let hasBullet: Bool

    /// Whether `self` directly continues `previous` in a numbered or lettered list.
    func follows(_ previous: ListMarker) -> Bool {
        switch (previous.ordinal, ordinal) {
        case (.number(let a), .number(let b)), (.letter(let a), .letter(let b)): return b == a + 1
        default: return false
        }
    }

    /// Parses a marker starting at `start`. A marker must be followed by white space.
    static func parse(_ text: UnsafeBufferPointer<UInt16>, at start: Int) -> ListMarker? {
        var index = start
        let count = text.count
        var hasBullet = false
        // A bullet and the space after it are a marker of their own, an ordinal after them
        // or not (`• high fever`: pass 36, a bullet before a word was no marker, so Urdu
        // bullet lines were unwrapped into the line before them).
        var bulletOnly: ListMarker? = nil
        if index < count && isBullet(text[index]) {
            hasBullet = true
            index += 1
            if index < count, UTF16Text.isSpace(text[index]) {
                bulletOnly = ListMarker(start: start, end: index, ordinal: .none, hasBullet: true)
            }
            while index < count && text[index] == 0x20 { index += 1 }
        }
        var ordinal = Ordinal.none
        var digits = 0
        var value = 0
        while index < count, digits < 4, let digit = UTF16Text.digitValue(text[index]) {
            value = value * 10 + digit
            digits += 1
            index += 1
        }
        if digits > 3 { return bulletOnly }
        if digits > 0 {
            ordinal = .number(value)
        } else if index < count, text[index] >= 0x61, text[index] <= 0x7A,
            index + 1 < count, text[index + 1] == 0x2E || text[index + 1] == 0x29
        {
            ordinal = .letter(Int(text[index] - 0x61))
            index += 1
        }
        if ordinal != .none {
            guard index < count else { return bulletOnly }
            switch text[index] {
            case 0x2E, 0x06D4:
                index += 1
                if index < count && text[index] == 0x29 { index += 1 }
            case 0x29:
                index += 1
            // `۱- ` and `1- `: Persian and Arabic lists number items with a hyphen.
            case 0x2D where digits > 0:
                index += 1
            default:
                return bulletOnly
            }
        } else {
            return bulletOnly
        }
        guard index < count, UTF16Text.isSpace(text[index]) else { return bulletOnly }
        return ListMarker(start: start, end: index, ordinal: ordinal, hasBullet: hasBullet)
    }

    /// Bullet characters that start list items.
    static func isBullet(_ unit: UInt16) -> Bool {
        unit == 0x2022 || unit == 0x2043 || unit == 0x25E6 || unit == 0x25AA || unit == 0x2023
    }
}
