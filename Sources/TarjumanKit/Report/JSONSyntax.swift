/// Where JSON text first breaks the grammar (RFC 8259), for messages: Foundation's parser
/// says only that the data "was not valid JSON" (pass 22: a baseline with a merge conflict
/// in it gave no line). Nesting is followed with a stack, not recursion, so any depth is
/// read; strings are checked for their escapes and control characters, numbers for their
/// shape (not their size).
enum JSONSyntax {
    /// The position (line and column, columns counting Unicode scalars) of the first
    /// character that breaks the grammar, and what was expected there; nil for valid JSON.
    /// An array or object opened deeper than `maximumDepth` is an error at its bracket:
    /// Foundation's decoder refuses deeper than 512, saying no more than "not valid JSON".
    static func firstError(in bytes: [UInt8], maximumDepth: Int = .max)
        -> (position: SourcePosition, expected: String)?
    {
        var reader = Reader(bytes: bytes, maximumDepth: maximumDepth)
        return reader.check()
    }

    private struct Reader {
        let bytes: [UInt8]
        let maximumDepth: Int
        var index = 0
        var lines = LineCounter()

        /// What is open: `{` or `[`.
        var open: [UInt8] = []

        mutating func check() -> (position: SourcePosition, expected: String)? {
            skipSpace()
            if let problem = value() { return problem }
            while true {
                skipSpace()
                guard let closer = open.last else {
                    return index < bytes.count ? fail("the end of the text") : nil
                }
                let close: UInt8 = closer == 0x7B ? 0x7D : 0x5D
                guard index < bytes.count else { return fail("\(closer == 0x7B ? "}" : "]")") }
                if bytes[index] == close {
                    advance()
                    open.removeLast()
                    continue
                }
                guard bytes[index] == 0x2C else {
                    return fail("',' or '\(closer == 0x7B ? "}" : "]")'")
                }
                advance()
                skipSpace()
                if closer == 0x7B, let problem = member() { return problem }
                if closer == 0x5B, let problem = value() { return problem }
            }
        }

        /// A key, its colon and the start of its value.
        mutating func member() -> (position: SourcePosition, expected: String)? {
            if let problem = key() { return problem }
            return value()
        }

        /// A key and its colon.
        mutating func key() -> (position: SourcePosition, expected: String)? {
            guard index < bytes.count, bytes[index] == 0x22 else { return fail("a quoted key") }
            if let problem = string() { return problem }
            skipSpace()
            guard index < bytes.count, bytes[index] == 0x3A else { return fail("':'") }
            advance()
            skipSpace()
            return nil
        }

        /// A value; an object or array is opened and left on the stack, and what opens it
        /// read in turn (a loop, not recursion: any depth).
        mutating func value() -> (position: SourcePosition, expected: String)? {
            while true {
                guard index < bytes.count else { return fail("a value") }
                switch bytes[index] {
                case 0x7B, 0x5B:
                    let opener = bytes[index]
                    if open.count >= maximumDepth {
                        return fail("at most \(maximumDepth) arrays and objects one inside another")
                    }
                    advance()
                    skipSpace()
                    let close: UInt8 = opener == 0x7B ? 0x7D : 0x5D
                    if index < bytes.count, bytes[index] == close {
                        advance()
                        return nil
                    }
                    open.append(opener)
                    if opener == 0x7B, let problem = key() { return problem }
                case 0x22: return string()
                case 0x2D, 0x30...0x39: return number()
                default:
                    for word in ["true", "false", "null"]
                    where bytes[index...].starts(with: word.utf8) {
                        for _ in word.utf8 { advance() }
                        return nil
                    }
                    return fail("a value")
                }
            }
        }

        mutating func string() -> (position: SourcePosition, expected: String)? {
            advance()
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x22 {
                    advance()
                    return nil
                }
                if byte < 0x20 { return fail("'\\u' for a control character in a string") }
                if byte == 0x5C {
                    advance()
                    guard index < bytes.count else { break }
                    if bytes[index] == 0x75 {
                        advance()
                        for _ in 0..<4 {
                            guard index < bytes.count, Self.isHexDigit(bytes[index]) else {
                                return fail("four hexadecimal digits after \\u")
                            }
                            advance()
                        }
                        continue
                    }
                    guard "\"\\/bfnrt".utf8.contains(bytes[index]) else {
                        return fail("an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u)")
                    }
                }
                advance()
            }
            return fail("the '\"' closing the string")
        }

        mutating func number() -> (position: SourcePosition, expected: String)? {
            if bytes[index] == 0x2D { advance() }
            guard digits() > 0 else { return fail("a digit") }
            if index < bytes.count, bytes[index] == 0x2E {
                advance()
                guard digits() > 0 else { return fail("a digit after '.'") }
            }
            if index < bytes.count, bytes[index] | 0x20 == 0x65 {
                advance()
                if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D { advance() }
                guard digits() > 0 else { return fail("a digit in the exponent") }
            }
            return nil
        }

        mutating func digits() -> Int {
            var count = 0
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) {
                advance()
                count += 1
            }
            return count
        }

        mutating func skipSpace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) {
                advance()
            }
        }

        mutating func advance() {
            lines.advance(byte: bytes[index])
            index += 1
        }

        func fail(_ expected: String) -> (position: SourcePosition, expected: String) {
            (lines.position, expected)
        }

        static func isHexDigit(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || (0x61...0x66).contains(byte | 0x20)
        }
    }
}
