/// The checks made on XML bytes before any parser sees them, chunk by chunk, so that a file
/// too large to hold in memory is checked the same way as a small one: UTF-8 without NUL
/// bytes, no entity declarations and no DOCTYPE with an internal subset (the carriers of XXE
/// and "billion laughs"). A plain `<!DOCTYPE tmx SYSTEM "tmx14.dtd">`, as OmegaT and others
/// write, is allowed: the DTD it names is never loaded.
struct XMLSafetyScan {
    private static let doctype = Array("<!DOCTYPE".utf8)
    private static let entity = Array("<!ENTITY".utf8)
    /// Bytes held back from the last chunk: the start of a marker or a UTF-8 sequence.
    private var carry: [UInt8] = []
    private var line = 1
    private var column = 1
    /// Where an open `<!DOCTYPE` starts, until its `>`.
    private var openDoctype: SourcePosition?
    /// Whether the last byte walked was a CR.
    private var afterCR = false

    /// Checks the next chunk (`final` for the last one, which may be empty).
    mutating func feed(_ chunk: [UInt8], final: Bool = false) throws(XMLFailure) {
        let bytes = carry + chunk
        var end = final ? bytes.count : max(0, bytes.count - Self.doctype.count)
        // Never end inside a UTF-8 sequence: it is checked whole with the next chunk.
        while !final && end > 0 && bytes[end] & 0xC0 == 0x80 { end -= 1 }
        if let (offset, problem) = bytes.withUnsafeBufferPointer({
            UTF8Validator.firstProblem(in: UnsafeBufferPointer(rebasing: $0[..<end]))
        }) {
            walk(bytes, upTo: offset, findingDeclarations: false)
            let position = SourcePosition(line: line, column: column)
            switch problem {
            case .nul:
                throw XMLFailure(position: position, message: "NUL byte; this is not XML text")
            case .invalid:
                throw XMLFailure(
                    position: position, message: "invalid UTF-8; save the file as UTF-8")
            }
        }
        if let found = walk(bytes, upTo: end, findingDeclarations: true) {
            throw XMLFailure(
                position: found,
                message:
                    "refused: the XML declares entities (an ENTITY or a DOCTYPE with [ … ]); Tarjuman never "
                    + "loads DTDs or expands entities (XXE, billion laughs). Remove the declarations "
                    + "and try again"
            )
        }
        carry = Array(bytes[end...])
    }

    /// Advances the line and column over `bytes[..<end]`; with `findingDeclarations`,
    /// returns where the first dangerous declaration starts, if there is one.
    @discardableResult
    private mutating func walk(_ bytes: [UInt8], upTo end: Int, findingDeclarations: Bool)
        -> SourcePosition?
    {
        let matches = { (marker: [UInt8], index: Int) in
            index + marker.count <= bytes.count
                && zip(marker, bytes[index...]).allSatisfy { $0 == $1 || $0 == $1 & 0xDF }
        }
        for index in 0..<end {
            let byte = bytes[index]
            if findingDeclarations {
                if byte == 0x3C && (matches(Self.entity, index) || matches(Self.doctype, index)) {
                    let here = SourcePosition(line: line, column: column)
                    if matches(Self.entity, index) { return here }
                    openDoctype = here
                } else if let open = openDoctype, byte == 0x5B {
                    return open
                } else if openDoctype != nil && byte == 0x3E {
                    openDoctype = nil
                }
            }
            // LF, CR LF and a lone CR each end a line.
            if byte == 0x0D || (byte == 0x0A && !afterCR) {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 && byte != 0x0A {
                column += 1
            }
            afterCR = byte == 0x0D
        }
        return nil
    }
}
