/// Times of day the two sides of a bead write on different clocks: `3:30 p.m.` against
/// `۱۵:۳۰`, `15:30` against `سہ پہر ۳:۳۰`, `3.30pm` against `۱۵:۳۰` (pass 71: each was
/// "missing 3; unexpected 15", while the same time said in words passed).
extension TranslationChecker {
    /// A time of day in digits: its hour, minutes, and the half of the day it names.
    struct ClockTime: Equatable {
        /// 0–24.
        let hours: Int
        /// 0–59.
        let minute: Int
        /// `a` or `p` when `am` or `pm` follows it; nil when nothing does.
        let half: Character?

        /// The hours of the day (0–23) it may be: after `am` or `pm` one, from 0 or 13 up
        /// one, from 1 to 12 (a twelve-hour clock without either) two.
        var readings: Set<Int> {
            switch half {
            case "a": [hours % 12]
            case "p": [hours % 12 + 12]
            default: hours == 0 || hours > 12 ? [hours % 24] : [hours % 12, hours % 12 + 12]
            }
        }

        /// Whether `other` is this time written another way: the same minutes, and an hour
        /// of the day both may be (`3:30 p.m.` = `15:30`, `12:30 a.m.` = `00:30`; `3:30 a.m.`
        /// is not `15:30`).
        func matches(_ other: ClockTime) -> Bool {
            minute == other.minute && hours != other.hours
                && !readings.isDisjoint(with: other.readings)
        }
    }

    /// Takes out of `missing` and `unexpected` the hours of each time that one side writes
    /// on a twelve-hour clock and the other on a twenty-four-hour one, and the dotted time
    /// (`3.30pm`, read as the decimal 3.3) with the hour and minutes that match it.
    static func pairClockTimes(_ missing: inout [NumberPlace], _ unexpected: inout [NumberPlace]) {
        guard !missing.isEmpty, !unexpected.isEmpty else { return }
        // Each sentence's scalars once, by side (the two sides' sentences share ids).
        var scalarsOf: [[String: [Unicode.Scalar]]] = [[:], [:]]
        func clock(_ number: NumberPlace, side: Int) -> (time: ClockTime, dotted: Bool)? {
            let text =
                scalarsOf[side][number.segment.id]
                ?? {
                    let made = number.segment.text.scalarArray
                    scalarsOf[side][number.segment.id] = made
                    return made
                }()
            if let (hours, minute) = dottedTime(number, in: text) {
                let end = digitsEnd(number.offset, in: text)
                return (
                    ClockTime(hours: hours, minute: minute, half: half(after: end, in: text)), true
                )
            }
            return colonTime(number, in: text).map { ($0, false) }
        }
        for index in missing.indices.reversed() {
            guard let (time, dotted) = clock(missing[index], side: 0),
                let hour = unexpected.firstIndex(where: {
                    clock($0, side: 1).map { !$0.dotted && $0.time.matches(time) } ?? false
                })
            else { continue }
            if dotted {
                // The minutes are a number of their own on the colon's side.
                guard hour + 1 < unexpected.count,
                    unexpected[hour + 1].segment.id == unexpected[hour].segment.id,
                    Int(unexpected[hour + 1].value) == time.minute
                else { continue }
                unexpected.remove(at: hour + 1)
            }
            unexpected.remove(at: hour)
            missing.remove(at: index)
        }
    }

    /// The time `H:MM` whose hour is `number`, with the `am` or `pm` after it.
    private static func colonTime(_ number: NumberPlace, in text: [Unicode.Scalar]) -> ClockTime? {
        let end = digitsEnd(number.offset, in: text)
        guard end + 3 <= text.count, text[end] == ":",
            let tens = AnchorExtractor.digit(text[end + 1]),
            let ones = AnchorExtractor.digit(text[end + 2]),
            end + 3 == text.count || AnchorExtractor.digit(text[end + 3]) == nil,
            number.offset == 0 || text[number.offset - 1] != ":",
            let hours = Int(number.value), (0...24).contains(hours),
            case let minute = Int(tens) * 10 + Int(ones), minute < 60
        else { return nil }
        return ClockTime(hours: hours, minute: minute, half: half(after: end + 3, in: text))
    }

    /// `a` or `p` when `am` or `pm` (with points, after a space or not) starts at `offset`.
    private static func half(after offset: Int, in text: [Unicode.Scalar]) -> Character? {
        var index = offset
        if index < text.count, text[index] == " " { index += 1 }
        let marker = text[index..<min(index + 4, text.count)].filter { $0 != "." }
        guard marker.count >= 2, case let first = Character(marker[0]).lowercased(),
            ["a", "p"].contains(first), Character(marker[1]).lowercased() == "m",
            marker.count == 2 || !isLetter(marker[2])
        else { return nil }
        return Character(first)
    }

    /// `time 3:30 written ۳۰:۳` when the translation writes a source's time `H:MM` with its
    /// two parts the other way round, which no clock reads (a one-digit minute, or an hour
    /// past 24): typed in the order right-to-left text seems to want, while digits with a
    /// colon show left to right (pass 71: both numbers were there, and it passed). At the
    /// first such time, related to the source's.
    func reversedTime(_ bead: BeadContext) -> (
        text: String, place: (Segment, Int), related: (Segment, Int)
    )? {
        guard bead.sourceText.contains(":"), bead.targetText.contains(":") else { return nil }
        var times: [String: (Segment, Int)] = [:]
        // Pairs the source writes as they stand (a verse `12:5`, a score `25:21`) are no
        // time reversed (review of pass 71).
        var written = Set<[Int]>()
        for segment in bead.sources {
            for pair in Self.colonPairs(in: segment.text.scalarArray) {
                written.insert([pair.left.value, pair.right.value])
            }
            for pair in Self.colonPairs(in: segment.text.scalarArray)
            where pair.right.digits == 2 && pair.left.value <= 24 && pair.right.value < 60 {
                let key = Self.time(pair.left.value, pair.right.value)
                if times[key] == nil { times[key] = (segment, pair.offset) }
            }
        }
        for segment in bead.targets {
            let scalars = segment.text.scalarArray
            for pair in Self.colonPairs(in: scalars)
            where pair.right.digits == 1 || pair.left.value > 24 {
                guard pair.left.digits == 2, pair.left.value < 60, pair.right.value <= 24,
                    !written.contains([pair.left.value, pair.right.value]),
                    let source = times[Self.time(pair.right.value, pair.left.value)]
                else { continue }
                let written = String(scalars: scalars[pair.offset..<pair.end])
                return (
                    "time \(Self.time(pair.right.value, pair.left.value)) written \(written)",
                    (segment, pair.offset), source
                )
            }
        }
        return nil
    }

    /// The numbers of one or two digits on both sides of a colon in `scalars`, alone (no
    /// third part, as in `10:30:15`), with where they start and end.
    static func colonPairs(in scalars: [Unicode.Scalar]) -> [(
        left: (value: Int, digits: Int), right: (value: Int, digits: Int), offset: Int, end: Int
    )] {
        var pairs:
            [(
                left: (value: Int, digits: Int), right: (value: Int, digits: Int), offset: Int,
                end: Int
            )] = []
        for colon in scalars.indices where scalars[colon] == ":" {
            var start = colon
            while start > 0, AnchorExtractor.digit(scalars[start - 1]) != nil { start -= 1 }
            var end = colon + 1
            while end < scalars.count, AnchorExtractor.digit(scalars[end]) != nil { end += 1 }
            guard (1...2).contains(colon - start), (1...2).contains(end - colon - 1),
                start == 0 || scalars[start - 1] != ":",
                end == scalars.count || scalars[end] != ":"
            else { continue }
            func value(_ range: Range<Int>) -> Int {
                scalars[range].compactMap(AnchorExtractor.digit).reduce(0) { $0 * 10 + Int($1) }
            }
            pairs.append(
                (
                    (value(start..<colon), colon - start),
                    (value((colon + 1)..<end), end - colon - 1),
                    start, end
                ))
        }
        return pairs
    }
}
