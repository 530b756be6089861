/// Turns ICU's sentence boundaries into Tarjuman's: removes the ones ICU gets wrong
/// (abbreviations, initials, list markers, dates, ellipses) and adds the ones it misses
/// (a missing space after a full stop, list items run together on one line, the unmarked
/// ends of mail layout: see ``MailLayoutBreaks``).
///
/// Works on one paragraph's UTF-16 text. Every rule looks at a few characters around a
/// boundary, so the cost is linear in the text.
final class BoundaryRefiner {
    let profile: SegmentationProfile
    /// How far back a word before a boundary is read: longer than any word a rule looks at.
    private static let tokenReach = 512
    /// The longest prefix, abbreviation or initial, in UTF-16 units: longer words skip the
    /// word rules without building a string.
    private let longestListedWord: Int
    /// The words looked up whole: prefixes, labels, abbreviations, single-letter words.
    private let wholeWords: ListedWordFilter
    /// The initials, looked up by a word's last dotted piece.
    private let initials: ListedWordFilter
    /// The pack's terminators in the Basic Multilingual Plane, as code units.
    private let terminatorUnits: [UInt16]
    /// The pack's ellipsis marks as code units, compared at every boundary.
    private let ellipsisUnits: [[UInt16]]
    /// The first code units of the pack's non-starters: a word is read only after one.
    /// (A few units, looked through faster than hashed at every boundary.)
    private let nonStarterFirstUnits: [UInt16]
    /// The pack's greetings (up to four words may follow) and sign-offs (none may) as code
    /// units, longest first, by their first unit (a sentence opening with any other is
    /// passed at once; pass 49's timing: every sentence tried every phrase).
    private let letterPhrases: [(first: UInt16, phrases: [(units: [UInt16], words: Int)])]
    /// The pack's openers (in a script with case; see ``SentenceOpeners``).
    private let openers: SentenceOpeners
    /// Mail layout's sentence ends, in a script with case (pass 55: stamps and blanks split
    /// Urdu and Hindi sentences).
    private let mailLayout: MailLayoutBreaks?

    init(profile: SegmentationProfile) {
        self.profile = profile
        let listed = profile.prefixes.union(profile.abbreviations).union(profile.initials)
        longestListedWord = listed.map(\.utf16.count).max() ?? 0
        wholeWords = ListedWordFilter(
            profile.prefixes.union(profile.labels).union(profile.abbreviations)
                .union(profile.singleLetterWords))
        initials = ListedWordFilter(profile.initials)
        terminatorUnits = profile.terminators.compactMap { UInt16(exactly: $0.value) }
        ellipsisUnits = profile.ellipses.map { Array($0.utf16) }
        nonStarterFirstUnits = Array(Set(profile.nonStarters.compactMap(\.utf16.first)))
        let phrases =
            (profile.greetings.map { (Array($0.utf16), 4) }
            + profile.signOffs.map { (Array($0.utf16), 0) }).sorted { $0.0.count > $1.0.count }
        letterPhrases = Dictionary(grouping: phrases.filter { !$0.0.isEmpty }) { $0.0[0] }
            .map { (first: $0.key, phrases: $0.value.map { (units: $0.0, words: $0.1) }) }
        mailLayout =
            profile.hasCase ? MailLayoutBreaks(sentenceStarters: profile.sentenceStarters) : nil
        openers = SentenceOpeners(
            profile.hasCase ? profile.openers : [],
            notAfter: profile.unwrapAfter.union(profile.attributionVerbs.map { $0.lowercased() }),
            terminators: profile.terminators.compactMap { UInt16(exactly: $0.value) })
    }

    /// The final sentence ends for `text`, given ICU's boundaries (sorted, ending at the
    /// text's length).
    func boundaries(in text: UnsafeBufferPointer<UInt16>, icu: ArraySlice<Int32>) -> [Int] {
        let count = text.count
        guard count > 0 else { return [] }
        let added = splitPoints(in: text)
        var result: [Int] = []
        var segmentStart = 0
        var nextAdded = 0
        var icuIndex = icu.startIndex
        while true {
            // Merge the two sorted lists; an added boundary is always kept.
            let fromICU = icuIndex < icu.endIndex ? Int(icu[icuIndex]) : Int.max
            let fromRules = nextAdded < added.count ? added[nextAdded] : Int.max
            let boundary = min(fromICU, fromRules)
            guard boundary < count else { break }
            if fromICU == boundary { icuIndex += 1 }
            if fromRules == boundary { nextAdded += 1 }
            guard boundary > segmentStart else { continue }
            if fromRules == boundary {
                result.append(boundary)
                segmentStart = boundary
                continue
            }
            switch decide(text, boundary: boundary, segmentStart: segmentStart) {
            case .keep:
                result.append(boundary)
                segmentStart = boundary
            case .merge:
                continue
            case .move(let earlier):
                result.append(earlier)
                segmentStart = earlier
            }
        }
        result.append(count)
        result = FootnoteMarks.moving(text, ends: result)
        let lettered = letterPhrases.isEmpty ? result : splittingLetterPhrases(text, ends: result)
        let opened = openers.isEmpty ? lettered : openers.splitting(text, ends: lettered)
        return mailLayout?.splitting(text, ends: opened) ?? opened
    }

    /// `ends` with a boundary after each greeting or sign-off that opens a sentence (`Hi
    /// Sam, Just a heads up`, `Dear All, My name is`, `Regards, Debra`): a listed greeting
    /// and at most four words, or a listed sign-off alone, a comma, then a capitalised word
    /// other than the pronoun I (`Hi, I'm Bob` stays one) that opens a sentence of four
    /// words or more after a greeting, a signature without a terminator after a sign-off.
    private func splittingLetterPhrases(_ text: UnsafeBufferPointer<UInt16>, ends: [Int])
        -> [Int]
    {
        // Most paragraphs hold none: the ends are copied only once one is found.
        var result: [Int]?
        var start = 0
        for (index, end) in ends.enumerated() {
            if let after = letterPhraseEnd(text, from: start, before: end) {
                if result == nil { result = Array(ends[..<index]) }
                result?.append(after)
            }
            result?.append(end)
            start = end
        }
        return result ?? ends
    }

    /// Where the sentence after a greeting or sign-off at `from` starts, if one does before
    /// `limit`.
    private func letterPhraseEnd(
        _ text: UnsafeBufferPointer<UInt16>, from: Int, before limit: Int
    ) -> Int? {
        var start = from
        while start < limit && UTF16Text.isSpace(text[start]) { start += 1 }
        guard start < limit,
            let bucket = letterPhrases.first(where: { $0.first == text[start] }),
            let phrase = bucket.phrases.first(where: { phrase in
                start + phrase.units.count < limit
                    && phrase.units.indices.allSatisfy { text[start + $0] == phrase.units[$0] }
                    && !UTF16Text.isLetter(text[start + phrase.units.count])
            })
        else { return nil }
        // The words the phrase allows, then a comma, white space on the line and a capital.
        var index = start + phrase.units.count
        var words = 0
        while index < limit && text[index] != 0x2C {
            let unit = text[index]
            guard !isTerminator(unit), !UTF16Text.isNewline(unit) else { return nil }
            if unit == 0x20 && index + 1 < limit && text[index + 1] != 0x20
                && text[index + 1] != 0x2C
            {
                words += 1
                if words > phrase.words { return nil }
            }
            index += 1
        }
        var next = index + 1
        guard index < limit, next < limit, text[next] == 0x20 else { return nil }
        while next < limit && text[next] == 0x20 { next += 1 }
        guard next < limit, UTF16Text.isUpper(text[next]) else { return nil }
        let pronoun =
            text[next] == 0x49 && (next + 1 == limit || !UTF16Text.isLetter(text[next + 1]))
        guard !pronoun else { return nil }
        // Not a name called (pass 49: `Hi, Mom!`, `Thank you, Madam Speaker.`, `Hello, Mrs.
        // Jones, how are you?`): after a greeting a sentence of four words or more; after a
        // sign-off a signature, a name of up to three capitalised words that the text goes
        // on after or ends with, where a name called is closed by a terminator or a comma.
        if phrase.words == 0 { return isSignature(text, from: next, before: limit) ? next : nil }
        var following = 1
        var end = next
        while end < limit && !isTerminator(text[end]) {
            if text[end] == 0x20 && end + 1 < limit && text[end + 1] != 0x20 { following += 1 }
            end += 1
        }
        return following >= 4 ? next : nil
    }

    /// Whether the capitalised words at `from` are a signature (`Debra Perlingiere See
    /// attached`, `Kay` at the end) rather than a name called (`Dad.`, `Madam Speaker.`).
    private func isSignature(_ text: UnsafeBufferPointer<UInt16>, from: Int, before limit: Int)
        -> Bool
    {
        var index = from
        for _ in 0..<3 {
            while index < limit && !UTF16Text.isSpace(text[index]) && !isTerminator(text[index])
                && text[index] != 0x2C
            {
                index += 1
            }
            guard index < limit else { return true }
            guard UTF16Text.isSpace(text[index]) else { return false }
            while index < limit && UTF16Text.isSpace(text[index]) { index += 1 }
            guard index < limit, UTF16Text.isUpper(text[index]) else { return true }
        }
        return true
    }

    private enum Decision {
        case keep
        case merge
        case move(Int)
    }

    // MARK: - Boundaries ICU misses

    /// Positions where a sentence starts although ICU sees none, sorted.
    private func splitPoints(in text: UnsafeBufferPointer<UInt16>) -> [Int] {
        var points: [Int] = []
        var markers: [ListMarker] = []
        /// Where the last token checked as an address ends (one check per token).
        var addressChecked = 0
        let count = text.count
        let hasCase = profile.hasCase
        var index = 0
        /// Up to where units are looked at one by one, after a block that held one that may
        /// matter.
        var singlyUntil = 0
        while index < count {
            if index >= singlyUntil {
                index = UTF16Text.firstUnitThatMayMatter(in: text, from: index)
                singlyUntil = index + 8
                guard index < count else { break }
            }
            let unit = text[index]
            // Arabic-script letters, the bulk of Urdu and Balochi text, start nothing here.
            if unit >= 0x0600 && unit < 0x0660 || unit > 0x0669 && unit < 0x06F0 {
                index += 1
                continue
            }
            // Only terminators, `)`, digits and bullets matter here: skip the rest fast.
            let fullwidth = unit == 0xFF0E || unit == 0xFF01 || unit == 0xFF1F
            if unit < 0x80
                ? (unit >= 0x40 || unit == 0x20)
                : !UTF16Text.mayStartListMarker(unit) && !fullwidth
            {
                index += 1
                continue
            }
            if hasCase && (unit == 0x2E || unit == 0x21 || unit == 0x3F || fullwidth) && index > 0
                && index + 2 < count
                && missingSpace(text, at: index)
            {
                points.append(index + 1)
            }
            if hasCase && unit == 0x2E, let next = lowerCaseSentence(text, afterDot: index) {
                points.append(next)
            }
            if hasCase && (unit == 0x2E || unit == 0x21 || unit == 0x3F),
                let next = sentenceAfterDash(text, afterTerminator: index)
            {
                points.append(next)
            }
            if unit == 0x3A || unit == 0x3B, let next = sentenceAfterEmoticon(text, at: index) {
                points.append(next)
            }
            if hasCase && (unit == 0x2E || unit == 0x2F) && index >= addressChecked {
                addressChecked = tokenEnd(text, from: index)
                if let next = sentenceAfterAddress(text, tokenEnd: addressChecked) {
                    points.append(next)
                }
            }
            // A marker starts after white space with a digit or bullet; `a.`/`b)` markers are
            // found from their dot or bracket.
            var start = index
            if (unit == 0x2E || unit == 0x29) && index > 0 && text[index - 1] >= 0x61
                && text[index - 1] <= 0x7A
            {
                start = index - 1
            } else if !UTF16Text.mayStartListMarker(unit) {
                index += 1
                continue
            }
            let afterSpace = start == 0 || UTF16Text.isSpace(text[start - 1])
            // A bullet without an ordinal splits nothing inside a line (`water • food •
            // shelter`, pass 37): at a line's start it is a line of its own already.
            if afterSpace, markers.last.map({ start >= $0.end }) ?? true,
                let marker = ListMarker.parse(text, at: start), marker.ordinal != .none
            {
                markers.append(marker)
            }
            index += 1
        }
        if !markers.isEmpty { points += listItemStarts(markers, in: text) }
        points.sort()
        var unique = 0
        for point in points where unique == 0 || points[unique - 1] != point {
            points[unique] = point
            unique += 1
        }
        points.removeLast(points.count - unique)
        return points
    }

    /// Where the items of numbered or bulleted lists start, given every marker found.
    private func listItemStarts(
        _ markers: [ListMarker], in text: UnsafeBufferPointer<UInt16>
    )
        -> [Int]
    {
        var starts: [Int] = []
        // A numbered list opens where an item can start (a line start, after a terminator or
        // a colon) or with a bracket marker (`nights 1) what …`), and runs on through markers
        // that continue it; numbers that merely end phrases in turn (`room 1. Then … room
        // 2.`) open none.
        var opened: [Bool] = []
        for (position, marker) in markers.enumerated() {
            let previous = position > 0 ? markers[position - 1] : nil
            opened.append(
                text[marker.end - 1] == 0x29 || mayOpenList(text, before: marker.start)
                    || (previous.map { marker.follows($0) } == true && opened[position - 1]))
        }
        for (position, marker) in markers.enumerated() where marker.start > 0 {
            let previous = position > 0 ? markers[position - 1] : nil
            let next = position + 1 < markers.count ? markers[position + 1] : nil
            let inList =
                marker.hasBullet
                || (opened[position]
                    && (previous.map { marker.follows($0) } == true
                        || next.map { $0.follows(marker) } == true))
            if inList { starts.append(marker.start) }
        }
        return starts
    }

    /// Whether a list item may start at `start`: at the text's or a line's start, or after
    /// a terminator (the common ones and the pack's own: Hindi `।`, pass 33), colon or
    /// semicolon (spaces between).
    private func mayOpenList(_ text: UnsafeBufferPointer<UInt16>, before start: Int) -> Bool {
        var index = start
        while index > 0 && (text[index - 1] == 0x20 || text[index - 1] == 0x09) { index -= 1 }
        guard index > 0 else { return true }
        switch text[index - 1] {
        case 0x0A, 0x0D, 0x2028, 0x2029, 0x0C, 0x2E, 0x21, 0x3F, 0x3A, 0x3B, 0x06D4, 0x061F,
            0x061B, 0xFF0E, 0xFF01, 0xFF1F:
            return true
        case let unit:
            return terminatorUnits.contains(unit)
        }
    }

    /// In informal text written without capitals (`they're here. call them at 5.`), a full
    /// stop after an ordinary word, then a space and a lower-case word, ends a sentence,
    /// although ICU never breaks before lower case. Not after abbreviations, prefixes,
    /// labels, initials, single letters, ellipses or tokens holding dots (`e.g.`, `U.S.`).
    /// Returns where the next sentence starts.
    private func lowerCaseSentence(_ text: UnsafeBufferPointer<UInt16>, afterDot index: Int)
        -> Int?
    {
        var next = index + 1
        guard next < text.count, text[next] == 0x20 else { return nil }
        while next < text.count && text[next] == 0x20 { next += 1 }
        guard next < text.count, UTF16Text.isLower(text[next]), endsOrdinaryWord(text, at: index)
        else { return nil }
        return next
    }

    /// Whether the word before the full stop at `index` is an ordinary word of two or more
    /// letters or digits: not a listed abbreviation, prefix, label or initial, and no token
    /// holding dots (`e.g.`, `U.S.`).
    private func endsOrdinaryWord(_ text: UnsafeBufferPointer<UInt16>, at index: Int) -> Bool {
        var start = index
        while start > 0 && !UTF16Text.isSpace(text[start - 1]) { start -= 1 }
        while start < index && UTF16Text.isOpener(text[start]) { start += 1 }
        let word = UnsafeBufferPointer(rebasing: text[start..<index])
        guard word.count >= 2,
            word.allSatisfy({ UTF16Text.isLetter($0) || UTF16Text.digitValue($0) != nil }),
            !isVowelless(word)
        else { return false }
        let folded = Self.lowercased(word)
        return
            !(profile.abbreviations.contains(folded) || profile.prefixes.contains(folded)
            || profile.labels.contains(folded) || profile.initials.contains(folded)
            || (profile.numberUnits.contains(folded) && followsNumber(text, at: start)))
    }

    /// Whether a number ends just before the space before `start` (`10 in.`).
    private func followsNumber(_ text: UnsafeBufferPointer<UInt16>, at start: Int) -> Bool {
        var index = start
        while index > 0 && UTF16Text.isSpace(text[index - 1]) { index -= 1 }
        return index < start && index > 0 && UTF16Text.digitValue(text[index - 1]) != nil
    }

    /// A dash standing as a word after a sentence's terminator opens the next sentence:
    /// a signature (`…to act. -- Posted by`), an attachment list (`Thank you. - TEXT.htm`).
    /// ICU keeps a hyphen-minus with the sentence before it (UAX #29 SB8a). Returns where the
    /// dash starts.
    private func sentenceAfterDash(_ text: UnsafeBufferPointer<UInt16>, afterTerminator index: Int)
        -> Int?
    {
        var next = index + 1
        while next < text.count && (text[next] == 0x20 || text[next] == 0x09) { next += 1 }
        guard next > index + 1 else { return nil }
        var end = next
        while end < text.count && [0x2D, 0x2013, 0x2014].contains(text[end]) { end += 1 }
        guard end > next, end - next <= 4, end < text.count, UTF16Text.isSpace(text[end]) else {
            return nil
        }
        if text[index] == 0x2E {
            return endsOrdinaryWord(text, at: index) ? next : nil
        }
        return index > 0 && UTF16Text.isLetter(text[index - 1]) ? next : nil
    }

    /// Where an emoticon standing as a word (`:)`, `;-)`, `:D`, `:P`) ends, if one starts
    /// at `index`: in web text it closes its sentence, as a full stop would.
    static func emoticonEnd(_ text: UnsafeBufferPointer<UInt16>, at index: Int) -> Int? {
        guard index < text.count, text[index] == 0x3A || text[index] == 0x3B,
            index == 0 || UTF16Text.isSpace(text[index - 1])
        else { return nil }
        var end = index + 1
        if end < text.count && text[end] == 0x2D { end += 1 }
        guard end < text.count, [0x29, 0x28, 0x44, 0x50, 0x70].contains(text[end]) else {
            return nil
        }
        end += 1
        return end == text.count || UTF16Text.isSpace(text[end]) ? end : nil
    }

    /// After an emoticon ending its sentence (`fun :) Posted by…`), where the next sentence
    /// starts: a letter, digit or opening quote or bracket after white space.
    private func sentenceAfterEmoticon(_ text: UnsafeBufferPointer<UInt16>, at index: Int)
        -> Int?
    {
        // Not at the start of the text or of a line: there it opens what follows.
        var before = index
        while before > 0 && UTF16Text.isSpace(text[before - 1])
            && !UTF16Text.isNewline(text[before - 1])
        {
            before -= 1
        }
        guard before > 0, !UTF16Text.isNewline(text[before - 1]),
            let end = Self.emoticonEnd(text, at: index)
        else { return nil }
        let face = text[end - 1] == 0x29 || text[end - 1] == 0x28
        var next = end
        while next < text.count && UTF16Text.isSpace(text[next]) { next += 1 }
        // In a script with case, a capital says a sentence starts (`fun :) Posted by`, but
        // `options :D and :P are fine`); after a smiling or frowning face (`:)`, `;-(`)
        // informal text also starts one in lower case (`soon :) you should…`).
        guard next < text.count else { return nil }
        let opens =
            profile.hasCase
            ? UTF16Text.isUpper(text[next]) || (face && UTF16Text.isLower(text[next]))
            : UTF16Text.isLetter(text[next])
        guard opens || UTF16Text.digitValue(text[next]) != nil || UTF16Text.isOpener(text[next])
        else { return nil }
        return next
    }

    /// `word.Next` with no space: a lower-case letter or digit, a terminator, then a
    /// capitalised word. Not inside e-mail addresses or URLs.
    private func missingSpace(_ text: UnsafeBufferPointer<UInt16>, at index: Int) -> Bool {
        let before = text[index - 1]
        guard UTF16Text.isLower(before) || UTF16Text.digitValue(before) != nil,
            UTF16Text.isUpper(text[index + 1]), UTF16Text.isLower(text[index + 2])
        else { return false }
        for position in WebAddress.token(in: text, around: index)
        where text[position] == 0x40 || text[position] == 0x2F || text[position] == 0x3A {
            return false
        }
        return !WebAddress.isAddress(text, around: index + 1)
    }

    /// The end of the token (run of characters other than white space) holding `index`.
    private func tokenEnd(_ text: UnsafeBufferPointer<UInt16>, from index: Int) -> Int {
        var end = index
        while end < text.count && !UTF16Text.isSpace(text[end]) { end += 1 }
        return end
    }

    /// After a web or e-mail address that ends its sentence without a full stop, as in
    /// signatures, pasted links and mail headers: where the next sentence starts, when a
    /// capitalised word follows, in double quotes or not (`…@gmail.com November 22`, `…/pages.html It
    /// is`, `http://www.accenture.com "Lenhart, Matthew"`), or another web address after a
    /// web address, each written bare (a list of links; e-mail addresses in a row are one
    /// person's, and Markdown's `[Docs](https://a.com) [API](…)` one sentence). Not when
    /// the address ends in punctuation (ICU and the other rules judge `.`, `,`, `:` there)
    /// other than the `>` of `<ann@x.org>`.
    private func sentenceAfterAddress(_ text: UnsafeBufferPointer<UInt16>, tokenEnd end: Int)
        -> Int?
    {
        guard end > 0, end < text.count else { return nil }
        let last = text[end - 1]
        guard
            UTF16Text.isLetter(last) || UTF16Text.digitValue(last) != nil || last == 0x2F
                || last == 0x29 || last == 0x5D || last == 0x3E
        else { return nil }
        var next = end
        while next < text.count && UTF16Text.isSpace(text[next]) { next += 1 }
        guard next + 1 < text.count else { return nil }
        let address = UnsafeBufferPointer(
            rebasing: text[WebAddress.token(in: text, around: end)])
        guard WebAddress.isSpelled(address) else { return nil }
        let following = UnsafeBufferPointer(
            rebasing: text[WebAddress.token(in: text, around: next)])
        let opens =
            (UTF16Text.isUpper(text[next])
                && (UTF16Text.isLetter(text[next + 1]) || UTF16Text.isSpace(text[next + 1])))
            || ([0x22, 0x201C, 0xAB].contains(text[next]) && UTF16Text.isUpper(text[next + 1]))
            || (!address.contains(0x40) && WebAddress.hasWebMark(following)
                && UTF16Text.isLetter(address[0]) && UTF16Text.isLetter(following[0]))
        return opens ? next : nil
    }

    // MARK: - Boundaries ICU gets wrong

    private func decide(_ text: UnsafeBufferPointer<UInt16>, boundary: Int, segmentStart: Int)
        -> Decision
    {
        var end = boundary
        while end > segmentStart && UTF16Text.isSpace(text[end - 1]) { end -= 1 }
        guard end > segmentStart else { return .keep }
        for position in end..<boundary where UTF16Text.isNewline(text[position]) {
            return .keep
        }
        // An emoticon after a sentence's terminator belongs to it: `I love her. :)`.
        if Self.emoticonEnd(text, at: boundary) != nil { return .merge }
        if opensNoSentence(text, at: boundary) { return .merge }
        // Bidi controls around a full stop (د‪.‬ in Arabic web text) are not part of it.
        while end > segmentStart + 1 && UTF16Text.isBidiControl(text[end - 1]) { end -= 1 }
        // A segment of terminators alone (the opening ॥ of a Hindi invocation) opens the
        // sentence that follows.
        if boundary < text.count,
            (segmentStart..<end).allSatisfy({
                UTF16Text.isSpace(text[$0]) || isTerminator(text[$0])
            })
        {
            return .merge
        }
        // The word before the boundary, read back at most `tokenReach` units: in text without
        // spaces (merged dates `۱۴۔۰۸۔…`) each boundary would otherwise rescan the segment.
        var tokenStart = end
        let floor = max(segmentStart, end - Self.tokenReach)
        while tokenStart > floor && !UTF16Text.isSpace(text[tokenStart - 1]) {
            tokenStart -= 1
        }
        let last = text[end - 1]
        let endsWithTerminator = isTerminator(last)
        if end == boundary {
            // ICU broke inside a token: a terminator between digits (۱۴۔۰۸۔۱۹۷۳), after an
            // abbreviation (ق۔م), or inside a web address or e-mail address is wrong.
            if endsWithTerminator, end >= 2, UTF16Text.digitValue(text[end - 2]) != nil,
                UTF16Text.digitValue(text[boundary]) != nil
            {
                return .merge
            }
            if WebAddress.isAddress(text, around: boundary) { return .merge }
            // A full stop after an initial of a caseless script (ج.ا.ا, یو.ایس.اے, ن.م)
            // joins it to the letters after it: ICU breaks before such a letter where it would
            // not before a Latin one (U.S.A). An initial is a single letter or a listed one;
            // after an ordinary word (ده.دا, آیا.و: a space left out) a new sentence starts
            // (passes 23 and 24).
            if last == 0x2E, boundary < text.count, UTF16Text.isLetter(text[boundary]),
                !UTF16Text.isUpper(text[boundary]), !UTF16Text.isLower(text[boundary]),
                isInitial(text, before: end - 1)
            {
                return .merge
            }
            // A sentence ends at no opening bracket: `![Map](map.png)`, `Really!(sic)`,
            // `<![CDATA[`, `What?[1]` (UAX #29 counts brackets that open as closing
            // punctuation, so ICU broke after them; pass 67).
            if [0x28, 0x5B, 0x7B, 0xFF08, 0xFF3B, 0xFF5B].contains(last) { return .merge }
            // A terminator that starts a word (!Kung) ends nothing.
            if end - tokenStart == 1 && endsWithTerminator && boundary < text.count
                && UTF16Text.isLetter(text[boundary])
            {
                return .merge
            }
        }
        var sentenceStart = segmentStart
        while sentenceStart < end && UTF16Text.isSpace(text[sentenceStart]) { sentenceStart += 1 }
        if end < text.count, let marker = ListMarker.parse(text, at: sentenceStart),
            marker.end == end
        {
            return .merge
        }
        if endsInBracketedEllipsis(text, tokenStart: tokenStart, end: end) {
            let next = boundary < text.count ? text[boundary] : 0
            return next != 0x28 && ellipsisEndsSentence(text, next: boundary) ? .keep : .merge
        }
        // A quotation closed after its terminator and followed by a lower-case word is
        // continued by its attribution: "Why?" he asked.
        if profile.hasCase && !endsWithTerminator && endsInQuotedTerminator(text, tokenStart, end)
            && nextWordIsLowercase(text, from: boundary)
        {
            return .merge
        }
        // Without case, the pack's continuers say so: «آزادی!» و به سوی…
        if !profile.hasCase && !endsWithTerminator && endsInQuotedTerminator(text, tokenStart, end)
            && nextWordContinues(text, from: boundary)
        {
            return .merge
        }
        // A short clause ending in a verb of saying is the quotation's attribution:
        // ’’کہاں جا رہے ہیں؟‘‘ ماں نے پوچھا۔ / "Stop!" Jake shouted.
        if !endsWithTerminator && endsInQuotedTerminator(text, tokenStart, end)
            && attributionFollows(text, from: boundary)
        {
            return .merge
        }
        guard endsWithTerminator else { return .keep }
        // A capital letter with a full stop opening a sentence is a label (Q. … A. …).
        if profile.hasCase && tokenStart == sentenceStart && end - tokenStart == 2
            && text[end - 1] == 0x2E && UTF16Text.isUpper(text[tokenStart])
        {
            return .merge
        }
        if let decision = ellipsisDecision(
            text, tokenStart: tokenStart, end: end, segmentStart: segmentStart)
        {
            return decision
        }
        return wordDecision(
            text, tokenStart: tokenStart, end: end, next: boundary, insideToken: end == boundary,
            opensSentence: tokenStart == sentenceStart)
    }

    /// `[...]` or `[…]` (an omission mark) followed only by closing quotes or brackets.
    private func endsInBracketedEllipsis(
        _ text: UnsafeBufferPointer<UInt16>, tokenStart: Int, end: Int
    ) -> Bool {
        var close = end
        while close > tokenStart && text[close - 1] != 0x5D && UTF16Text.isCloser(text[close - 1]) {
            close -= 1
        }
        guard close > tokenStart, text[close - 1] == 0x5D else { return false }
        var open = close - 1
        while open > tokenStart && text[open - 1] != 0x5B { open -= 1 }
        guard open > tokenStart else { return false }
        let inner = open..<(close - 1)
        return !inner.isEmpty && inner.allSatisfy { text[$0] == 0x2E || text[$0] == 0x2026 }
    }

    /// Ellipsis rules: `...`/`…`/`۔۔۔` continue a sentence, four dots end it, and
    /// `word. . . . Next` ends after `word.`.
    private func ellipsisDecision(
        _ text: UnsafeBufferPointer<UInt16>, tokenStart: Int, end: Int, segmentStart: Int
    ) -> Decision? {
        if end - tokenStart == 1 && text[tokenStart] == 0x2E {
            var dots = 1
            var runStart = tokenStart
            var cursor = tokenStart
            while cursor >= segmentStart + 2 && text[cursor - 1] == 0x20 && text[cursor - 2] == 0x2E
                && (cursor - 2 == segmentStart || UTF16Text.isSpace(text[cursor - 3]))
            {
                dots += 1
                cursor -= 2
                runStart = cursor
            }
            guard dots >= 3 else { return nil }
            let attached = runStart >= 2 && text[runStart - 1] == 0x20 && text[runStart - 2] == 0x2E
            if attached && dots == 3 && runStart > segmentStart { return .move(runStart) }
            return dots >= 4 || ellipsisEndsSentence(text, next: end) ? .keep : .merge
        }
        var dots = 0
        while end - dots > tokenStart && text[end - dots - 1] == 0x2E { dots += 1 }
        if dots >= 4 { return .keep }
        var ellipsis = dots == 3 || text[end - 1] == 0x2026
        for mark in ellipsisUnits where ends(text, end: end, start: tokenStart, with: mark) {
            ellipsis = true
        }
        guard ellipsis else { return nil }
        return ellipsisEndsSentence(text, next: end) ? .keep : .merge
    }

    /// After an ellipsis, a capitalised word other than the pronoun I opens a new sentence
    /// (`and so on... The next`); a lower-case word or `I` continues it (`the thing is . . .
    /// I didn't`). Only for scripts with case.
    private func ellipsisEndsSentence(_ text: UnsafeBufferPointer<UInt16>, next: Int) -> Bool {
        guard profile.hasCase else { return false }
        var start = next
        while start < text.count && UTF16Text.isSpace(text[start]) { start += 1 }
        while start < text.count && UTF16Text.isOpener(text[start]) { start += 1 }
        guard start < text.count, UTF16Text.isUpper(text[start]) else { return false }
        let pronoun =
            text[start] == 0x49
            && (start + 1 == text.count || !UTF16Text.isLetter(text[start + 1]))
        return !pronoun
    }

    /// Whether the token ends with a terminator followed only by closing quotes or brackets
    /// (`"Why?"`, `'Stop!'`, `“done.”`).
    private func endsInQuotedTerminator(
        _ text: UnsafeBufferPointer<UInt16>, _ tokenStart: Int, _ end: Int
    ) -> Bool {
        var close = end
        while close > tokenStart && UTF16Text.isCloser(text[close - 1]) { close -= 1 }
        // Another script's terminator too: an Urdu quotation in English text (“… ہے۔” and
        // left) ends with its own (pass 42: split before its attribution).
        return close < end && close > tokenStart
            && (isTerminator(text[close - 1]) || Self.otherTerminators.contains(text[close - 1]))
    }

    /// Abbreviation, prefix, initial and exclamation rules for the word before a terminator.
    private func wordDecision(
        _ text: UnsafeBufferPointer<UInt16>, tokenStart: Int, end: Int, next: Int,
        insideToken: Bool,
        opensSentence: Bool
    ) -> Decision {
        let terminator = text[end - 1]
        if terminator == 0x21 || terminator == 0x3F {
            // A lower-case word after ? or ! starts a new (informal) sentence, except after
            // a capitalised name that carries a ! (Yahoo! in the accounting department),
            // which inside a sentence also goes on into a listed abbreviation (joined Yahoo!
            // Inc. in 2004; but Congratulations! Sept. 12 is the day).
            guard profile.hasCase, terminator == 0x21, end - 1 > tokenStart,
                UTF16Text.isUpper(text[tokenStart]), UTF16Text.isLetter(text[end - 2]),
                nextWordIsLowercase(text, from: next)
                    || (!opensSentence && startsWithAbbreviation(text, from: next))
            else { return .keep }
            return .merge
        }
        var wordStart = tokenStart
        while wordStart < end - 1 && UTF16Text.isOpener(text[wordStart]) { wordStart += 1 }
        var wordEnd = end - 1
        while wordEnd > wordStart && UTF16Text.isBidiControl(text[wordEnd - 1]) { wordEnd -= 1 }
        guard wordStart < wordEnd else { return .keep }
        let wordUnits = UnsafeBufferPointer(rebasing: text[wordStart..<wordEnd])
        let initialism = isInitialism(wordUnits)
        let singleLetter =
            !profile.hasCase && wordUnits.count == 1 && UTF16Text.isLetter(wordUnits[0])
            && !profile.singleLetterWords.contains(Self.lowercased(wordUnits))
        // Dotted initials end in a listed one (یو.ایس.اے), however long the whole word.
        guard
            initialism || singleLetter || wordUnits.count <= longestListedWord
                || initials.mayContain(lastPiece(of: wordUnits))
        else {
            return .keep
        }
        // The common case, an ordinary word: no list can hold it, so only an initialism or
        // a single letter goes on (exactly as the look-ups below would decide).
        if !wholeWords.mayContain(wordUnits) && !initials.mayContain(lastPiece(of: wordUnits))
            && !initialism && !singleLetter
        {
            return .keep
        }
        let folded = Self.lowercased(wordUnits)
        if profile.prefixes.contains(folded) { return .merge }
        if profile.labels.contains(folded) && startsWithNumber(text, from: next) { return .merge }
        let lastPiece =
            profile.initials.isEmpty
            ? nil
            : folded.unicodeScalars.split { profile.terminators.contains($0) }.last.map {
                String(scalars: $0)
            }
        if let lastPiece, profile.initials.contains(lastPiece) {
            // اے. کے. خان and پی۔ٹی۔آئی are initials; after "۔ " only another initial says so,
            // or one before it: two initials in a row are a name's (ایم۔ اے۔ خان, ایم۔اے۔
            // خان; pass 36: split before خان).
            let pieces = folded.unicodeScalars.split { profile.terminators.contains($0) }
            let initialBefore =
                pieces.count > 1
                ? profile.initials.contains(String(scalars: pieces[pieces.count - 2]))
                : previousTokenIsInitial(text, before: wordStart)
            if terminator == 0x2E || insideToken || initialBefore
                || profile.initials.contains(self.word(at: next, in: text))
            {
                return .merge
            }
            return .keep
        }
        let abbreviation =
            initialism || singleLetter || profile.abbreviations.contains(folded)
            || profile.labels.contains(folded)
        guard abbreviation else { return .keep }
        if next >= text.count { return .merge }
        // Without case, only a listed sentence starter after it ends the sentence.
        if !profile.hasCase {
            return profile.sentenceStarters.contains(nextWord(text, from: next)) ? .keep : .merge
        }
        // A dotted abbreviation written in capitals (6 P.M.) before a capitalised word ends
        // the sentence; in lower case (5 a.m. Mr. Smith) it does so only before a starter.
        if profile.abbreviations.contains(folded), wordUnits.contains(0x2E),
            wordUnits.allSatisfy({ $0 == 0x2E || UTF16Text.isUpper($0) }),
            nextWordIsCapitalised(text, from: next)
        {
            return .keep
        }
        // An abbreviation that often ends a sentence (etc., Inc.) ends one before a
        // capitalised word, unless that word is a title (at 5 a.m. Mr. Smith went, in the
        // golden rules) or in brackets (10 a.m. (CDT), Inc. ("CPS"), in UD English-EWT).
        // Dotted capitals (U.S.) are left out: ending them so before a capital lost more
        // than it gained on every English set (U.S. Government).
        if profile.finalAbbreviations.contains(folded), nextWordIsCapitalised(text, from: next),
            !bracketFollows(text, from: next),
            !profile.prefixes.contains(nextWord(text, from: next).lowercased())
        {
            return .keep
        }
        // Initials in a row (M. A. Khan, Dr. M. I. Khan): a capital letter before another
        // capital and its full stop goes on, though `A` and `I` are words that open
        // sentences (pass 36: `Dr. M.` | `A. Khan`).
        if wordUnits.count == 1, UTF16Text.isUpper(wordUnits[0]), initialFollows(text, from: next) {
            return .merge
        }
        return startsSentence(text, from: next) ? .keep : .merge
    }

    /// Whether `word` is two or more ASCII letters, none of them one of the pack's vowels,
    /// in lower case after its first: an abbreviation no list holds (`tsp.`, `Bldg.`), which
    /// does not end a sentence before a lower-case word (`1 tsp. of salt`). Before a capital
    /// it is left to ICU, as any word: `5 pm. Results`, `MPs. Protesters`, `Hmm. John`
    /// (pass 41: they were merged). False when the pack lists no such vowels.
    private func isVowelless(_ word: UnsafeBufferPointer<UInt16>) -> Bool {
        guard profile.hasCase, !profile.abbreviationVowels.isEmpty, word.count >= 2 else {
            return false
        }
        for (index, unit) in word.enumerated() {
            let lower = unit >= 0x61 && unit <= 0x7A
            guard lower || (index == 0 && unit >= 0x41 && unit <= 0x5A) else { return false }
            if profile.abbreviationVowels.contains(unit | 0x20) { return false }
        }
        return true
    }

    /// Whether a capital letter and a full stop standing as a word (`A. `) follow `from`,
    /// after white space.
    private func initialFollows(_ text: UnsafeBufferPointer<UInt16>, from: Int) -> Bool {
        var start = from
        while start < text.count && UTF16Text.isSpace(text[start]) { start += 1 }
        guard start + 1 < text.count, UTF16Text.isUpper(text[start]), text[start + 1] == 0x2E
        else { return false }
        return start + 2 == text.count || UTF16Text.isSpace(text[start + 2])
    }

    /// Whether the letters just before `stop` (back to a space or a full stop) are an
    /// initial: one letter, or one of the pack's initials.
    private func isInitial(_ text: UnsafeBufferPointer<UInt16>, before stop: Int) -> Bool {
        var start = stop
        while start > 0 && UTF16Text.isLetter(text[start - 1]) { start -= 1 }
        guard start < stop,
            start == 0 || text[start - 1] == 0x2E || UTF16Text.isSpace(text[start - 1])
        else { return false }
        return isInitial(UnsafeBufferPointer(rebasing: text[start..<stop]))
    }

    /// Whether the token before `start` (white space between) is one of the pack's initials
    /// and a terminator (`ایم۔` before `اے۔`).
    private func previousTokenIsInitial(_ text: UnsafeBufferPointer<UInt16>, before start: Int)
        -> Bool
    {
        var end = start
        while end > 0 && UTF16Text.isSpace(text[end - 1]) { end -= 1 }
        guard end < start, end > 1, terminatorUnits.contains(text[end - 1]) else { return false }
        var first = end - 1
        while first > 0 && UTF16Text.isLetter(text[first - 1]) { first -= 1 }
        guard first < end - 1, first == 0 || UTF16Text.isSpace(text[first - 1]) else {
            return false
        }
        return profile.initials.contains(
            Self.lowercased(UnsafeBufferPointer(rebasing: text[first..<(end - 1)])))
    }

    private func isInitial(_ letters: UnsafeBufferPointer<UInt16>) -> Bool {
        letters.count == 1
            || profile.initials.contains(String(decoding: letters, as: UTF16.self))
    }

    /// The last piece of `word` between the pack's terminators (`کے` of `اے۔کے`), as the
    /// initials look-up splits it: the whole word when it holds none.
    private func lastPiece(of word: UnsafeBufferPointer<UInt16>) -> UnsafeBufferPointer<UInt16> {
        var end = word.count
        while end > 0 && terminatorUnits.contains(word[end - 1]) { end -= 1 }
        var start = end
        while start > 0 && !terminatorUnits.contains(word[start - 1]) { start -= 1 }
        return UnsafeBufferPointer(rebasing: word[start..<end])
    }

    /// `E`, `U.S`, `a.m`: single Latin letters joined by dots; or two or more letters of a
    /// caseless script so joined (`ج.ا.ا`, pass 23: split as two sentences).
    private func isInitialism(_ word: UnsafeBufferPointer<UInt16>) -> Bool {
        guard word.count % 2 == 1 else { return false }
        let latin = word[0] < 0x80
        guard latin || word.count >= 3 else { return false }
        // The dots first: they rule out most words without a look at a letter's properties.
        for index in stride(from: 1, to: word.count, by: 2) where word[index] != 0x2E {
            return false
        }
        for index in stride(from: 0, to: word.count, by: 2) {
            let unit = word[index]
            let isLetter =
                latin
                ? unit < 0x80 && UTF16Text.isLetter(unit)
                : UTF16Text.isLetter(unit) && !UTF16Text.isUpper(unit) && !UTF16Text.isLower(unit)
            if !isLetter { return false }
        }
        return true
    }

    /// Whether the word at `from` (after opening quotes) is a typical sentence opener.
    private func startsSentence(_ text: UnsafeBufferPointer<UInt16>, from: Int) -> Bool {
        var start = from
        while start < text.count && UTF16Text.isOpener(text[start]) { start += 1 }
        guard start < text.count, UTF16Text.isUpper(text[start]) else { return false }
        var end = start
        while end < text.count && UTF16Text.isLetter(text[end]) { end += 1 }
        let word = String(
            decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF16.self)
        return profile.sentenceStarters.contains(word)
    }

    /// The word after white space and opening quotes at `from`, as written.
    private func nextWord(_ text: UnsafeBufferPointer<UInt16>, from: Int) -> String {
        var start = from
        while start < text.count
            && (UTF16Text.isSpace(text[start]) || UTF16Text.isOpener(text[start]))
        {
            start += 1
        }
        var end = start
        while end < text.count && !UTF16Text.isSpace(text[end]) && !isTerminator(text[end])
            && !UTF16Text.isCloser(text[end])
        {
            end += 1
        }
        return String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF16.self)
    }

    /// Whether the words from `from` to the next terminator are at most
    /// ``SegmentationProfile/attributionWords`` and the last is one of the pack's verbs of
    /// saying.
    private func attributionFollows(_ text: UnsafeBufferPointer<UInt16>, from: Int) -> Bool {
        guard !profile.attributionVerbs.isEmpty else { return false }
        var index = from
        var words = 0
        var last = from..<from
        while index < text.count, !isTerminator(text[index]) {
            guard !UTF16Text.isSpace(text[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < text.count, !UTF16Text.isSpace(text[index]), !isTerminator(text[index]) {
                index += 1
            }
            words += 1
            if words > SegmentationProfile.attributionWords { return false }
            last = start..<index
        }
        guard index < text.count, words > 0 else { return false }
        let word = String(decoding: UnsafeBufferPointer(rebasing: text[last]), as: UTF16.self)
        return profile.attributionVerbs.contains(word)
    }

    /// Whether the word at `boundary` is one of the pack's non-starters, abbreviated with a
    /// full stop (`Yahoo! Inc. is`; the word `Ltd companies` may open one).
    private func opensNoSentence(_ text: UnsafeBufferPointer<UInt16>, at boundary: Int) -> Bool {
        guard boundary < text.count, nonStarterFirstUnits.contains(text[boundary]) else {
            return false
        }
        let word = nextWord(text, from: boundary)
        let end = boundary + word.utf16.count
        return end < text.count && text[end] == 0x2E && profile.nonStarters.contains(word)
    }

    /// Whether the next word is one of the pack's continuers.
    private func nextWordContinues(_ text: UnsafeBufferPointer<UInt16>, from: Int) -> Bool {
        profile.continuers.contains(nextWord(text, from: from))
    }

    /// The word (letters only) starting at `from`, lower-cased.
    private func word(at from: Int, in text: UnsafeBufferPointer<UInt16>) -> String {
        var end = from
        while end < text.count && UTF16Text.isLetter(text[end]) { end += 1 }
        return Self.lowercased(UnsafeBufferPointer(rebasing: text[from..<end]))
    }

    /// `units` as a lower-cased string (ASCII folded directly, anything else by Unicode).
    private static func lowercased(_ units: UnsafeBufferPointer<UInt16>) -> String {
        guard units.allSatisfy({ $0 < 0x80 }) else {
            return String(decoding: units, as: UTF16.self).lowercased()
        }
        return String(unsafeUninitializedCapacity: units.count) { buffer in
            for (index, unit) in units.enumerated() {
                let byte = UInt8(truncatingIfNeeded: unit)
                buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            return units.count
        }
    }

    /// Whether the next word (after spaces and opening brackets) starts with a digit or is a
    /// Roman numeral (a label's number: `p. 5`, `vol. iv`, `ch. XII`).
    private func startsWithNumber(_ text: UnsafeBufferPointer<UInt16>, from: Int) -> Bool {
        var start = from
        while start < text.count
            && (UTF16Text.isSpace(text[start]) || UTF16Text.isOpener(text[start]))
        {
            start += 1
        }
        guard start < text.count else { return false }
        if UTF16Text.digitValue(text[start]) != nil { return true }
        var end = start
        while end < text.count && "ivxlcdmIVXLCDM".utf16.contains(text[end]) { end += 1 }
        return end > start && (end == text.count || !UTF16Text.isLetter(text[end]))
    }

    private func nextWordIsCapitalised(_ text: UnsafeBufferPointer<UInt16>, from: Int) -> Bool {
        var start = from
        while start < text.count && UTF16Text.isOpener(text[start]) { start += 1 }
        return start < text.count && UTF16Text.isUpper(text[start])
    }

    /// Whether an opening bracket follows `from`, after white space.
    private func bracketFollows(_ text: UnsafeBufferPointer<UInt16>, from: Int) -> Bool {
        var start = from
        while start < text.count && UTF16Text.isSpace(text[start]) { start += 1 }
        return start < text.count && (text[start] == 0x28 || text[start] == 0x5B)
    }

    /// Whether a listed abbreviation with its full stop (`Inc.`) starts at `from`.
    private func startsWithAbbreviation(_ text: UnsafeBufferPointer<UInt16>, from: Int) -> Bool {
        let word = word(at: from, in: text)
        let after = from + word.utf16.count
        return !word.isEmpty && after < text.count && text[after] == 0x2E
            && profile.abbreviations.contains(word)
    }

    private func nextWordIsLowercase(_ text: UnsafeBufferPointer<UInt16>, from: Int) -> Bool {
        var start = from
        while start < text.count && UTF16Text.isOpener(text[start]) { start += 1 }
        return start < text.count && UTF16Text.isLower(text[start])
    }

    /// Sentence terminators of other scripts a quotation may end with: Urdu ۔ and ؟,
    /// Devanagari । and ॥, the ideographic and fullwidth stops.
    private static let otherTerminators: Set<UInt16> = [
        0x06D4, 0x061F, 0x0964, 0x0965, 0x3002, 0xFF0E, 0xFF01, 0xFF1F,
    ]

    private func isTerminator(_ unit: UInt16) -> Bool {
        guard let scalar = UTF16Text.scalar(unit) else { return false }
        return profile.terminators.contains(scalar) || unit == 0x2026
    }

    private func ends(
        _ text: UnsafeBufferPointer<UInt16>, end: Int, start: Int, with units: [UInt16]
    ) -> Bool {
        guard end - start >= units.count else { return false }
        return zip(text[(end - units.count)..<end], units).allSatisfy { $0 == $1 }
    }
}
