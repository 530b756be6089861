extension Normalizer {
    /// Where a piece of a text starts in the text.
    public struct PieceStart: Sendable, Equatable {
        /// Scalars before the piece.
        public let scalarOffset: Int
        /// The line and column of the piece's first scalar.
        public let position: SourcePosition

        /// A start `scalarOffset` scalars into a text, at `position`.
        public init(scalarOffset: Int, position: SourcePosition) {
            self.scalarOffset = scalarOffset
            self.position = position
        }
    }

    /// A text with more than `limit` characters in a row and no space or line break to cut
    /// it at, which pieces cannot bound.
    public struct PieceError: Error, Equatable, CustomStringConvertible {
        /// Where the run passes the limit, from the text's start.
        public let position: SourcePosition
        /// The longest run without a space or line break.
        public let limit: Int

        /// What is wrong and what to do.
        public var message: String {
            "more than \(limit) characters in a row without a space or line break; normalize "
                + "works a piece at a time between them: break the text up"
        }

        /// `line:column: error: …`, to follow a file name.
        public var description: String { "\(position): error: \(message)" }
    }

    /// `text` normalised to `level` a piece of about `pieceScalars` scalars at a time, each
    /// piece's result handed to `body` with where the piece starts, so that a long line
    /// costs the memory of one piece (change records for every letter of a 40 MB line took
    /// gigabytes). A piece ends before a space or a carriage return, or after a line feed,
    /// that no rule of the pack reads: no rule context (`from`, `not_after`, a letter before or after) and
    /// no NFC composition reaches across it, so the pieces joined are the text normalised
    /// whole. A pack with a rule that reads one of them is normalised whole. A run of more
    /// than 4 × `pieceScalars` without a break is a ``PieceError``. A text that needs work is
    /// cut at the first break after ``workPieceScalars`` (or `pieceScalars`, if fewer): most
    /// of its pieces then need none and pass as they are, where one change in a long piece
    /// sent it whole through the rewriting (Urdu keys: most pieces held a kasra or a quote).
    public func normalize(
        _ text: String, to level: NormalizationLevel, recordingChanges: Bool = true,
        piecesOf pieceScalars: Int, _ body: (NormalizedText, PieceStart) throws -> Void
    ) throws {
        // Without change records, text whose characters change one for one goes whole
        // through the direct path (see ``DirectMap``): no pieces are cut.
        if !recordingChanges, let result = directMaps.map(for: level, of: self).normalize(text) {
            try body(result, PieceStart(scalarOffset: 0, position: .start))
            return
        }
        // Text with nothing to change (a minified line, a base64 blob) costs no change
        // records, however long its runs: it is passed whole. (Bytes bound scalars: a text of
        // no more bytes than a piece is one piece.)
        guard splitsAtBreaks, text.utf8.count > pieceScalars, try !isNormalized(text, to: level)
        else {
            try body(
                try normalize(text, to: level, recordingChanges: recordingChanges),
                PieceStart(scalarOffset: 0, position: .start))
            return
        }
        // Read as UTF-8 bytes: the breaks are ASCII, a scalar starts at each byte that is no
        // continuation byte, and lines are counted a piece at a time.
        let bytes = Array(text.utf8)
        var start = PieceStart(scalarOffset: 0, position: .start)
        var pieceStart = 0
        var lines = LineCounter()
        var offset = 0
        // As if a break stood before the text: a run at the start counts like any other.
        var lastBreak = -1
        for index in bytes.indices where bytes[index] & 0xC0 != 0x80 {
            let byte = bytes[index]
            let isBreak = byte == 0x20 || byte == 0x0D || byte == 0x0A
            if isBreak {
                lastBreak = offset
            } else if offset - lastBreak > 4 * pieceScalars {
                // Normalised whole, a run this long kept a change record per letter: a
                // 16 MB line of one letter took gigabytes and aborted.
                lines.advance(bytes: bytes[pieceStart..<index])
                throw PieceError(position: lines.position, limit: 4 * pieceScalars)
            }
            // A piece is cut before a space or a CR and after a LF: a CR, what stands between
            // it and a LF, and the LF are one piece, so that a rule deleting what stands
            // between sees both ends and keeps them apart (pass 48: a ZWSP taken from between
            // CR and LF joined two line ends into one).
            let (cut, cutOffset) = byte == 0x0A ? (index + 1, offset + 1) : (index, offset)
            if isBreak
                && cutOffset - start.scalarOffset >= Swift.min(pieceScalars, Self.workPieceScalars)
            {
                let piece = String(decoding: bytes[pieceStart..<cut], as: UTF8.self)
                try body(try normalize(piece, to: level, recordingChanges: recordingChanges), start)
                lines.advance(bytes: bytes[pieceStart..<cut])
                start = PieceStart(scalarOffset: cutOffset, position: lines.position)
                pieceStart = cut
            }
            offset += 1
        }
        let last = String(decoding: bytes[pieceStart...], as: UTF8.self)
        try body(try normalize(last, to: level, recordingChanges: recordingChanges), start)
    }

    /// The size of the pieces a text that needs work is cut into (see
    /// ``normalize(_:to:recordingChanges:piecesOf:_:)``).
    static let workPieceScalars = 1_024

    /// Whether no rule of the pack reads a space, a line feed or a carriage return (in its
    /// `from` or `not_after`), so that texts can be normalised in pieces split before them.
    var splitsAtBreaks: Bool {
        let breaks: Set<Unicode.Scalar> = [" ", "\n", "\r"]
        let profile = pack.normalization
        return (profile.canonical + profile.orthographic + profile.key).allSatisfy { rule in
            !rule.from.contains(where: breaks.contains) && rule.notAfter.isDisjoint(with: breaks)
        }
    }
}

extension NormalizationChange {
    /// The same change in a text where the normalised piece starts at `start`.
    public func shifted(to start: Normalizer.PieceStart) -> NormalizationChange {
        let moved =
            position.line == 1
            ? SourcePosition(
                line: start.position.line, column: start.position.column + position.column - 1)
            : SourcePosition(line: start.position.line + position.line - 1, column: position.column)
        return NormalizationChange(
            rule: rule, kind: kind,
            originalRange: (originalRange.lowerBound + start.scalarOffset)..<(originalRange
                .upperBound + start.scalarOffset),
            before: before, after: after, position: moved, note: note)
    }
}
