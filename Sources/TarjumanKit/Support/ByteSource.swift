import Foundation

/// Where text bytes come from: a file, standard input or memory, read in chunks so that
/// a large file never has to fit in memory at once.
public struct ByteSource {
    /// The name used in messages: a path, or `<stdin>`.
    public let name: String
    /// The size of a regular file; `nil` for memory, pipes, FIFOs and devices, which can only
    /// be read once.
    public let regularFileSize: Int?
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

    /// A file, or standard input when `path` is `-`. Anything that can be opened for reading
    /// is accepted: a regular file, a pipe, a FIFO, a device; only a folder is refused.
    public static func file(_ path: String, chunkSize: Int = 1 << 20) throws(InputError)
        -> ByteSource
    {
        let name = path == "-" ? "<stdin>" : path
        let descriptor: Int32
        if path == "-" {
            descriptor = STDIN_FILENO
        } else {
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                throw .unreadable(
                    file: path,
                    reason: errno == ENOENT ? "no such file" : String(cString: strerror(errno)))
            }
        }
        var status = stat()
        fstat(descriptor, &status)
        let type = status.st_mode & S_IFMT
        FilesRead.note(status, path: path)
        guard type != S_IFDIR else {
            close(descriptor)
            throw .folder(path)
        }
        let reader = DescriptorReader(descriptor: descriptor, owned: path != "-", name: name)
        let size = type == S_IFREG ? Int(status.st_size) : nil
        // A small file is read in one buffer of its size (and one more read to see its end),
        // not in a chunk-sized buffer.
        let chunk = size.map { min(chunkSize, max($0 + 1, 4096)) } ?? chunkSize
        return ByteSource(name: name, regularFileSize: size) { () throws(InputError) in
            try reader.read(upTo: chunk)
        }
    }

    /// A way to read `path` (or standard input, `-`) more than once without ever reading the
    /// input twice: a regular file is opened again each time; a pipe, FIFO, device or
    /// standard input is read once into memory (at most `limit` bytes, checked as UTF-8)
    /// and replayed from there.
    public static func replayable(_ path: String, limit: Int = InputLimits.documentBytes)
        throws(InputError) -> () throws(InputError) -> ByteSource
    {
        let first = try file(path)
        // Standard input cannot be opened again, even when it is a redirected file.
        if first.regularFileSize != nil && path != "-" {
            var unused: ByteSource? = first
            return { () throws(InputError) in
                defer { unused = nil }
                if let unused { return unused }
                return try file(path)
            }
        }
        let bytes = try first.readAllCheckedBytes(limit: limit)
        return { memory(bytes, name: first.name, chunkSize: 1 << 20) }
    }

    private init(
        name: String, regularFileSize: Int? = nil,
        readChunk: @escaping () throws(InputError) -> [UInt8]?
    ) {
        self.name = name
        self.regularFileSize = regularFileSize
        // Once at the end, always at the end: a reader asking again (the format sniffed
        // from an opening, XML's head then its rest) is not sent back to a terminal, where
        // each read past the end waited for another Ctrl-D.
        var ended = false
        self.readChunk = { () throws(InputError) in
            guard !ended else { return nil }
            let chunk = try readChunk()
            if chunk == nil { ended = true }
            return chunk
        }
    }

    /// `head` (bytes already read from `source`), then what is left of `source`.
    static func prefixed(_ head: [UInt8], then source: ByteSource) -> ByteSource {
        var pending: [UInt8]? = head
        return ByteSource(name: source.name, regularFileSize: source.regularFileSize) {
            () throws(InputError) in
            if let first = pending {
                pending = nil
                if !first.isEmpty { return first }
            }
            return try source.next()
        }
    }

    /// The next chunk, or `nil` at the end.
    func next() throws(InputError) -> [UInt8]? {
        try readChunk()
    }

    /// Reads everything that is left and checks it is UTF-8 text (at most `limit` bytes).
    public func readAllText(limit: Int = InputLimits.documentBytes) throws(InputError) -> String {
        String(decoding: try readAllCheckedBytes(limit: limit), as: UTF8.self)
    }

    /// Reads everything that is left and checks it is UTF-8 text, keeping the bytes. Each
    /// chunk is checked as it arrives, so a binary or endless input (`/dev/zero`) stops at
    /// its first bad byte; more than `limit` bytes is an error, found before reading when the
    /// size is known.
    public func readAllCheckedBytes(limit: Int = InputLimits.documentBytes) throws(InputError)
        -> [UInt8]
    {
        try readAllBytes(limit: limit, checkingUnless: { _ in false })
    }

    /// Reads everything that is left, checking it as UTF-8 chunk by chunk unless
    /// `unchecked(firstChunk)` says the input is in another encoding.
    private func readAllBytes(
        limit: Int, checkingUnless unchecked: ([UInt8]) -> Bool
    ) throws(InputError) -> [UInt8] {
        var bytes: [UInt8] = []
        var checking: Bool?
        var checked = 0
        try readAll(limit: limit) { (chunk, finished) throws(InputError) in
            if let chunk { bytes.append(contentsOf: chunk) }
            if checking == nil { checking = !unchecked(bytes) }
            guard checking == true else { return }
            let found = bytes.withUnsafeBufferPointer { all in
                UTF8Validator.firstProblem(
                    in: UnsafeBufferPointer(rebasing: all[checked...]),
                    allowTruncatedEnd: !finished)
            }
            if found != nil {
                try TextCheck.validate(bytes, name: name)
            }
            // A sequence cut by the chunk end is checked again with the next chunk.
            checked = UTF8Validator.completeEnd(of: bytes, from: checked)
        }
        return bytes
    }

    /// Hands every chunk to `body` (then `nil` with `finished` set), stopping with an error
    /// past `limit` bytes.
    private func readAll(
        limit: Int, _ body: ([UInt8]?, _ finished: Bool) throws(InputError) -> Void
    ) throws(InputError) {
        if let size = regularFileSize, size > limit { throw tooLarge(limit) }
        var total = 0
        while let chunk = try next() {
            total += chunk.count
            if total > limit { throw tooLarge(limit) }
            try body(chunk, false)
        }
        try body(nil, true)
    }

    private func tooLarge(_ limit: Int) -> InputError {
        .tooLarge(file: name, limit: limit)
    }

    /// The text of UTF-16 `bytes` after their byte-order mark, decoded strictly: a lone or
    /// reversed surrogate, or an odd last byte, is an error at its byte offset and
    /// line:column, never a silent U+FFFD.
    private static func decodeUTF16(_ bytes: [UInt8], name: String) throws(InputError)
        -> String
    {
        let little = bytes[0] == 0xFF
        // FF FE 00 00 is UTF-32's mark (little-endian), not UTF-16's and a NUL.
        if little, bytes.count >= 4, bytes[2] == 0, bytes[3] == 0 { throw utf32(name) }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count)
        var lines = LineCounter()
        var index = 2
        func unit(at offset: Int) -> UInt32 {
            let pair = (UInt32(bytes[offset]), UInt32(bytes[offset + 1]))
            return little ? pair.0 | pair.1 << 8 : pair.0 << 8 | pair.1
        }
        while index < bytes.count {
            guard index + 1 < bytes.count else {
                throw .invalidUTF16(file: name, byteOffset: index, position: lines.position)
            }
            var value = unit(at: index)
            var width = 2
            if (0xD800...0xDBFF).contains(value), index + 3 < bytes.count,
                case let low = unit(at: index + 2), (0xDC00...0xDFFF).contains(low)
            {
                value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                width = 4
            }
            guard let scalar = Unicode.Scalar(value) else {
                throw .invalidUTF16(file: name, byteOffset: index, position: lines.position)
            }
            // Checked here, at its place on disk: found after the conversion, its offset was
            // the UTF-8 one and the message called the file "UTF-16, not UTF-8" (pass 43).
            guard value != 0 else {
                throw .nulInUTF16(file: name, byteOffset: index, position: lines.position)
            }
            UTF8.encode(scalar) { utf8.append($0) }
            lines.advance(scalar: scalar)
            index += width
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// The error for a file in UTF-32, named `name`.
    private static func utf32(_ name: String) -> InputError {
        .unreadable(
            file: name,
            reason: "this is UTF-32 (its byte-order mark); Tarjuman reads UTF-8 and UTF-16: "
                + "save the file as UTF-8")
    }

    /// Whether `bytes` start with a UTF-16 byte-order mark.
    static func isUTF16(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2
            && ((bytes[0], bytes[1]) == (0xFF, 0xFE) || (bytes[0], bytes[1]) == (0xFE, 0xFF))
    }

    /// Reads an XML file as UTF-8: UTF-8 as it is, or UTF-16 with a byte-order mark (as
    /// Trados and some other tools write TMX) converted, its declaration then saying UTF-8.
    /// The result is checked like any text.
    public func readAllXML() throws(InputError) -> [UInt8] {
        // 00 00 FE FF, UTF-32's big-endian mark, would be "a NUL byte" (pass 45).
        var bytes = try readAllBytes(limit: InputLimits.xmlBytes) { bytes in
            Self.isUTF16(bytes) || bytes.starts(with: [0, 0, 0xFE, 0xFF])
        }
        if bytes.starts(with: [0, 0, 0xFE, 0xFF]) { throw Self.utf32(name) }
        if Self.isUTF16(bytes) {
            var text = try Self.decodeUTF16(bytes, name: name)
            if let declaration = text.range(of: "?>"), text.hasPrefix("<?xml") {
                let head = text[..<declaration.upperBound].replacingOccurrences(
                    of: "UTF-16", with: "UTF-8", options: .caseInsensitive)
                text = head + text[declaration.upperBound...]
            }
            bytes = Array(text.utf8)
            try TextCheck.validate(bytes, name: name)
        }
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
        var counter = LineCounter(line: baseLine)
        counter.advance(bytes: bytes[..<offset])
        return counter.position
    }
}
