import Foundation

/// Where text bytes come from: a file, standard input or memory, read in chunks so that
/// a large file never has to fit in memory at once.
public struct ByteSource {
    /// The name used in messages: a path, or `<stdin>`.
    public let name: String
    private let readChunk: () throws(InputError) -> [UInt8]?

    /// Bytes held in memory, named `name` in messages, handed out `chunkSize` bytes at a
    /// time (all at once by default).
    public static func memory(_ bytes: [UInt8], name: String = "<text>", chunkSize: Int = .max)
        -> ByteSource
    {
        var offset = 0
        return ByteSource(name: name) { () throws(InputError) in
            guard offset < bytes.count else { return nil }
            let end = offset + min(chunkSize, bytes.count - offset)
            defer { offset = end }
            return offset == 0 && end == bytes.count ? bytes : Array(bytes[offset..<end])
        }
    }

    /// The UTF-8 bytes of `text`.
    public static func text(_ text: String, name: String = "<text>") -> ByteSource {
        memory(Array(text.utf8), name: name)
    }

    /// A file, or standard input when `path` is `-`.
    public static func file(_ path: String, chunkSize: Int = 1 << 20) throws(InputError)
        -> ByteSource
    {
        let handle: FileHandle
        let name: String
        if path == "-" {
            handle = FileHandle.standardInput
            name = "<stdin>"
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InputError.unreadable(file: path, reason: "no such file")
            }
            guard !isDirectory.boolValue else {
                throw InputError.unreadable(file: path, reason: "is a folder, not a text file")
            }
            guard let opened = FileHandle(forReadingAtPath: path) else {
                throw InputError.unreadable(file: path, reason: "permission denied")
            }
            handle = opened
            name = path
        }
        return ByteSource(name: name) { () throws(InputError) in
            do {
                guard let data = try handle.read(upToCount: chunkSize), !data.isEmpty else {
                    return nil
                }
                return [UInt8](data)
            } catch {
                throw InputError.unreadable(file: name, reason: error.localizedDescription)
            }
        }
    }

    private init(name: String, readChunk: @escaping () throws(InputError) -> [UInt8]?) {
        self.name = name
        self.readChunk = readChunk
    }

    /// The next chunk, or `nil` at the end.
    func next() throws(InputError) -> [UInt8]? {
        try readChunk()
    }

    /// Reads everything that is left and checks it is UTF-8 text.
    public func readAllText() throws(InputError) -> String {
        String(decoding: try readAllCheckedBytes(), as: UTF8.self)
    }

    /// Reads everything that is left and checks it is UTF-8 text, keeping the bytes.
    public func readAllCheckedBytes() throws(InputError) -> [UInt8] {
        let bytes = try readAllBytes()
        try TextCheck.validate(bytes, name: name)
        return bytes
    }

    /// Reads everything that is left, unchecked.
    func readAllBytes() throws(InputError) -> [UInt8] {
        var bytes: [UInt8] = []
        while let chunk = try next() { bytes.append(contentsOf: chunk) }
        return bytes
    }

    /// Reads an XML file as UTF-8: UTF-8 as it is, or UTF-16 with a byte-order mark (as
    /// Trados and some other tools write TMX) converted, its declaration then saying UTF-8.
    /// The result is checked like any text.
    public func readAllXML() throws(InputError) -> [UInt8] {
        var bytes = try readAllBytes()
        if bytes.count >= 2,
            (bytes[0], bytes[1]) == (0xFF, 0xFE) || (bytes[0], bytes[1]) == (0xFE, 0xFF)
        {
            let little = bytes[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var index = 2
            while index + 1 < bytes.count {
                let pair = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
                units.append(little ? pair.0 | pair.1 << 8 : pair.0 << 8 | pair.1)
                index += 2
            }
            var text = String(decoding: units, as: UTF16.self)
            if let declaration = text.range(of: "?>"), text.hasPrefix("<?xml") {
                let head = text[..<declaration.upperBound].replacingOccurrences(
                    of: "UTF-16", with: "UTF-8", options: .caseInsensitive)
                text = head + text[declaration.upperBound...]
            }
            bytes = Array(text.utf8)
        }
        try TextCheck.validate(bytes, name: name)
        return bytes
    }
}

/// Checks that bytes are text Tarjuman can read.
public enum TextCheck {
    /// Throws `InputError.invalidUTF8` or `.nulByte` at the first bad byte, with its position.
    public static func validate(
        _ bytes: [UInt8], name: String, baseOffset: Int = 0, baseLine: Int = 1
    )
        throws(InputError)
    {
        let found = bytes.withUnsafeBufferPointer { UTF8Validator.firstProblem(in: $0) }
        guard let (offset, problem) = found else { return }
        let position = TextCheck.position(ofByte: offset, in: bytes, baseLine: baseLine)
        switch problem {
        case .nul:
            throw InputError.nulByte(
                file: name, byteOffset: baseOffset + offset, position: position)
        case .invalid(let length):
            let shown = Array(bytes[offset..<min(bytes.count, offset + max(length, 1))])
            throw InputError.invalidUTF8(
                file: name, byteOffset: baseOffset + offset, position: position, bytes: shown)
        }
    }

    /// The line and column of byte `offset` in valid-up-to-`offset` UTF-8 `bytes`.
    static func position(ofByte offset: Int, in bytes: [UInt8], baseLine: Int) -> SourcePosition {
        var line = baseLine
        var column = 1
        var index = 0
        while index < offset {
            let byte = bytes[index]
            if byte == 0x0A
                || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A))
            {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 && byte != 0x0D {
                column += 1
            }
            index += 1
        }
        return SourcePosition(line: line, column: column)
    }
}
