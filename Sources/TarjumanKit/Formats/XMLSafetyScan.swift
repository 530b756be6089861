/// The checks made on XML bytes before any parser sees them, chunk by chunk, so that a file
/// too large to hold in memory is checked the same way as a small one: UTF-8 without NUL
/// bytes, no entity declarations and no DOCTYPE with an internal subset (the carriers of XXE
/// and "billion laughs"). A plain `<!DOCTYPE tmx SYSTEM "tmx14.dtd">`, as OmegaT and others
/// write, is allowed: the DTD it names is never loaded. A processing instruction with no
/// data (`<?x?>`) is refused too: Foundation's parser reads its missing data through a null
/// pointer and the process dies (found by fuzzing). An element with more attributes than
/// ``InputLimits/xmlAttributes`` is refused: the parser checks each against all before it
/// (200,000 attributes, 3 MB, took 24 s). Attributes are counted as `=` outside quotes from
/// a `<` and a name to the next `>` or `<`, also inside comments and CDATA sections (the
/// scan reads bytes, not markup), where that many `=` after a `<` and a letter would be
/// refused too. Markup longer than ``InputLimits/xmlMarkupBytes`` (a tag with its attribute
/// values, a comment, a CDATA section) is refused where it opens: the parser stops on it with
/// no more than "internal error". A comment ends at `-->`, a CDATA section at `]]>`, a
/// processing instruction at `?>`, a tag (or a DOCTYPE) at a `>` outside quoted values.
struct XMLSafetyScan {
    private static let doctype = Array("<!DOCTYPE".utf8)
    private static let entity = Array("<!ENTITY".utf8)
    private static let comment = Array("<!--".utf8)
    private static let cdata = Array("<![CDATA[".utf8)
    /// The bytes walked so far.
    private var walked = 0
    /// The markup being read: where its `<` is (offset and place) and what ends it.
    private var openMarkup: (offset: Int, position: SourcePosition, end: MarkupEnd)?
    /// The quote of the value being read in that markup, if it is a tag (0 outside values).
    private var markupQuote: UInt8 = 0
    /// The byte walked before `previous`.
    private var beforePrevious: UInt8 = 0

    /// What ends a piece of markup.
    private enum MarkupEnd {
        case comment, cdata, instruction, tag

        /// The bytes from its `<` at which it is refused. The parser's own limit falls a
        /// little under 10,000,000 bytes for a comment, value or instruction, by where its
        /// buffers stand, and at 10,000,000 bytes of a CDATA section's content (review of
        /// pass 30, measured with the system's libxml2 2.9.14).
        var limit: Int {
            self == .cdata ? InputLimits.xmlMarkupBytes + 11 : InputLimits.xmlMarkupBytes - 1_000
        }
    }
    /// Bytes held back from the last chunk: the start of a marker or a UTF-8 sequence.
    private var carry: [UInt8] = []
    private var lines = LineCounter()
    /// Where an open `<!DOCTYPE` starts, until its `>`.
    private var openDoctype: SourcePosition?
    /// The last byte walked.
    private var previous: UInt8 = 0
    /// Where the last `<` walked is.
    private var lastOpen = SourcePosition(line: 1, column: 1)
    /// Where an open processing instruction starts, while its target is being read.
    private var openTarget: SourcePosition?
    /// Where the start tag being read opens, until its `>`.
    private var openTag: SourcePosition?
    /// The quote of the attribute value being read in that tag (0 outside values).
    private var quote: UInt8 = 0
    /// The attributes of that tag so far.
    private var attributes = 0

    /// Checks the next chunk (`final` for the last one, which may be empty); returns the
    /// bytes now checked: those held back from the chunk before and this chunk's, but for
    /// the few at its end held back until the next (all of them when `final`).
    @discardableResult
    mutating func feed(_ chunk: [UInt8], final: Bool = false) throws(XMLFailure)
        -> ArraySlice<UInt8>
    {
        let bytes = carry + chunk
        var end = final ? bytes.count : max(0, bytes.count - Self.doctype.count)
        // Never end inside a UTF-8 sequence: it is checked whole with the next chunk. A
        // sequence has at most three continuation bytes: a longer run is checked now (a run
        // of millions was held back whole, and copied again with every chunk).
        var back = 0
        while !final && end > 0 && back < 3 && bytes[end] & 0xC0 == 0x80 {
            end -= 1
            back += 1
        }
        if let (offset, problem) = bytes.withUnsafeBufferPointer({
            UTF8Validator.firstProblem(in: UnsafeBufferPointer(rebasing: $0[..<end]))
        }) {
            // What comes before the bad byte is refused first, whatever the chunks.
            try Self.refuse(walk(bytes, upTo: offset))
            let position = lines.position
            switch problem {
            case .nul:
                throw XMLFailure(position: position, message: "NUL byte; this is not XML text")
            case .invalid:
                throw XMLFailure(
                    position: position, message: "invalid UTF-8; save the file as UTF-8")
            }
        }
        try Self.refuse(walk(bytes, upTo: end))
        carry = Array(bytes[end...])
        return bytes[..<end]
    }

    /// Throws what the walk found to refuse, if anything.
    private static func refuse(_ found: Refused?) throws(XMLFailure) {
        switch found {
        case nil: return
        case .declaration(let position):
            throw XMLFailure(
                position: position,
                message:
                    "refused: the XML declares entities (an ENTITY or a DOCTYPE with [ … ]); Tarjuman never "
                    + "loads DTDs or expands entities (XXE, billion laughs). Remove the declarations "
                    + "and try again"
            )
        case .tooManyAttributes(let position):
            throw XMLFailure(
                position: position,
                message:
                    "an element with more than \(InputLimits.xmlAttributes) attributes; no TMX, "
                    + "XLIFF or TBX element has more than a few dozen (the XML parser's time "
                    + "grows with the square of their number)")
        case .markupTooLong(let position):
            throw XMLFailure(
                position: position,
                message:
                    "a tag, comment or CDATA section that opens here runs on for about "
                    + "\(InputLimits.xmlMarkupBytes) bytes or more, more than the XML parser "
                    + "reads of one piece of markup: shorten the attribute value or comment, or "
                    + "put the text between tags")
        case .emptyInstruction(let position):
            throw XMLFailure(
                position: position,
                message:
                    "refused: a processing instruction without data (<?name?>) cannot be read "
                    + "safely by the XML parser; remove it or give it data (<?name data?>)")
        }
    }

    /// What the walk refuses, and where it starts.
    private enum Refused {
        /// An entity declaration or a DOCTYPE with an internal subset.
        case declaration(SourcePosition)
        /// A processing instruction whose target is followed at once by `?>`.
        case emptyInstruction(SourcePosition)
        /// A start tag with more than ``InputLimits/xmlAttributes`` attributes.
        case tooManyAttributes(SourcePosition)
        /// Markup longer than ``InputLimits/xmlMarkupBytes``.
        case markupTooLong(SourcePosition)
    }

    /// Advances the line and column over `bytes[..<end]`; returns the first thing refused,
    /// if there is one.
    private mutating func walk(_ bytes: [UInt8], upTo end: Int) -> Refused? {
        let matches = { (marker: [UInt8], index: Int) in
            index + marker.count <= bytes.count
                && zip(marker, bytes[index...]).allSatisfy { $0 == $1 || $0 == $1 & 0xDF }
        }
        for index in 0..<end {
            let byte = bytes[index]
            if byte == 0x3C && (matches(Self.entity, index) || matches(Self.doctype, index)) {
                let here = lines.position
                if matches(Self.entity, index) { return .declaration(here) }
                openDoctype = here
            } else if let open = openDoctype, byte == 0x5B {
                return .declaration(open)
            } else if openDoctype != nil && byte == 0x3E {
                openDoctype = nil
            }
            if let open = openTarget {
                // The target ends at white space (data follows) or at `?>` (none does).
                if byte == 0x3E && previous == 0x3F { return .emptyInstruction(open) }
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                    openTarget = nil
                }
            } else if byte == 0x3F && previous == 0x3C {
                openTarget = lastOpen
            }
            if openTag != nil && byte == 0x3C {
                // No `<` is inside a start tag, not even in a quoted value: what looked like
                // one (`<x don't` in a comment or CDATA) was not, and counting starts again
                // (pass 22: its open quote hid 200,000 attributes of the next tag).
                openTag = nil
            }
            if let open = openTag {
                // An attribute is counted at its `=`, outside quoted values.
                if quote != 0 {
                    if byte == quote { quote = 0 }
                } else if byte == 0x22 || byte == 0x27 {
                    quote = byte
                } else if byte == 0x3D {
                    attributes += 1
                    if attributes > InputLimits.xmlAttributes { return .tooManyAttributes(open) }
                } else if byte == 0x3E {
                    openTag = nil
                }
            } else if previous == 0x3C && Self.startsName(byte) {
                (openTag, quote, attributes) = (lastOpen, 0, 0)
            }
            if let refused = followMarkup(byte, at: index, in: bytes, matches: matches) {
                return refused
            }
            if byte == 0x3C { lastOpen = lines.position }
            lines.advance(byte: byte)
            beforePrevious = previous
            previous = byte
            walked += 1
        }
        return nil
    }

    /// Opens, ends or measures the markup being read at `byte` (at `index` of `bytes`,
    /// before the line counter moves past it).
    private mutating func followMarkup(
        _ byte: UInt8, at index: Int, in bytes: [UInt8], matches: ([UInt8], Int) -> Bool
    ) -> Refused? {
        if let open = openMarkup {
            // Where `byte` is in the markup: an end needs its own marks after the opening's
            // (`<!-->` and `<!--->` are comments that go on; review of pass 30).
            let at = walked - open.offset
            var ends = false
            switch open.end {
            case .comment:
                ends = byte == 0x3E && previous == 0x2D && beforePrevious == 0x2D && at >= 6
            case .cdata:
                ends = byte == 0x3E && previous == 0x5D && beforePrevious == 0x5D && at >= 11
            case .instruction: ends = byte == 0x3E && previous == 0x3F && at >= 3
            case .tag:
                if byte == 0x3C {
                    // No `<` is inside a tag, not even in a quoted value: what looked like one
                    // was not, and this `<` opens the markup.
                    openMarkup = nil
                } else if markupQuote != 0 {
                    if byte == markupQuote { markupQuote = 0 }
                } else if byte == 0x22 || byte == 0x27 {
                    markupQuote = byte
                } else {
                    ends = byte == 0x3E
                }
            }
            if ends {
                openMarkup = nil
            } else if openMarkup != nil && at >= open.end.limit {
                return .markupTooLong(open.position)
            }
        }
        if openMarkup == nil && byte == 0x3C {
            let end: MarkupEnd =
                if matches(Self.comment, index) {
                    .comment
                } else if matches(Self.cdata, index) {
                    .cdata
                } else if index + 1 < bytes.count && bytes[index + 1] == 0x3F {
                    .instruction
                } else {
                    .tag
                }
            (openMarkup, markupQuote) = ((walked, lines.position, end), 0)
        }
        return nil
    }

    /// Whether `byte` may start an element name (after `<`): a letter, `_`, `:` or the
    /// first byte of a non-ASCII letter.
    private static func startsName(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x5F || byte == 0x3A
            || byte >= 0x80
    }
}
