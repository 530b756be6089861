import Foundation
import Testing

@testable import TarjumanKit

@Suite struct InputTests {
    @Test func invalidUTF8IsReportedWithByteOffsetLineAndColumn() throws {
        let bytes = Array("First line.\nSecond ".utf8) + [0xC3, 0x28] + Array(" line.\n".utf8)
        let segmenter = try SentenceSegmenter(pack: TestData.pack("en"))
        #expect(
            throws: SegmentationError.input(
                .invalidUTF8(
                    file: "draft.txt", byteOffset: 19, position: SourcePosition(line: 2, column: 8),
                    bytes: [0xC3]))
        ) {
            try segmenter.segments(of: .memory(bytes, name: "draft.txt"))
        }
    }

    /// A UTF-16 byte-order mark where the reader takes none is named, with the way out
    /// (pass 46: "invalid UTF-8 at byte offset 0 (bytes 0xFF)" for Excel's Unicode Text).
    @Test(arguments: [[0xFF, 0xFE], [0xFE, 0xFF]] as [[UInt8]])
    func aUTF16MarkIsNamed(_ mark: [UInt8]) throws {
        let segmenter = try SentenceSegmenter(pack: TestData.pack("en"))
        #expect {
            try segmenter.segments(of: .memory(mark + [0x41, 0], name: "sheet.txt"))
        } throws: { error in
            "\(error)".hasPrefix(
                "sheet.txt:1:1: error: this looks like UTF-16 (it starts with a byte-order mark, "
                    + "0x\(String(mark[0], radix: 16, uppercase: true))), as Excel's")
        }
        let binary = InputError.invalidUTF8(
            file: "b", byteOffset: 3, position: SourcePosition(line: 1, column: 4), bytes: [0xFF])
        #expect(binary.reason.hasPrefix("invalid UTF-8 at byte offset 3"))
    }

    @Test(arguments: [1, 2, 5, 1 << 20])
    func invalidUTF8IsFoundWhateverTheChunkSize(_ chunkSize: Int) throws {
        let bytes = Array("ٹھیک ہے۔\n\nیہ ".utf8) + [0xE2, 0x82] + Array("غلط ہے۔".utf8)
        let segmenter = try SentenceSegmenter(pack: TestData.pack("ur"))
        do {
            _ = try segmenter.segments(of: .memory(bytes, name: "u.txt", chunkSize: chunkSize))
            Issue.record("accepted invalid UTF-8")
        } catch {
            guard case .input(.invalidUTF8(_, let offset, let position, _)) = error else {
                Issue.record("wrong error \(error)")
                return
            }
            #expect(offset == bytes.firstIndex(of: 0xE2))
            #expect(position == SourcePosition(line: 3, column: 4))
        }
    }

    @Test func aNulByteMeansBinaryInput() throws {
        let bytes: [UInt8] = Array("abc".utf8) + [0] + Array("def".utf8)
        let message = InputError.nulByte(
            file: "x.bin", byteOffset: 3, position: .init(line: 1, column: 4)
        ).description
        #expect(message.contains("binary or UTF-16"))
        #expect(
            throws: InputError.nulByte(
                file: "x.bin", byteOffset: 3, position: .init(line: 1, column: 4))
        ) {
            try ByteSource.memory(bytes, name: "x.bin").readAllText()
        }
    }

    @Test(
        arguments: [
            [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0x80],
            [0xE0, 0x80, 0x80],
        ] as [[UInt8]])
    func malformedSequencesAreRejected(_ bad: [UInt8]) {
        let found = (Array("ok ".utf8) + bad).withUnsafeBufferPointer {
            UTF8Validator.firstProblem(in: $0)
        }
        #expect(found?.offset == 3)
    }

    @Test func validTextPassesTheValidator() {
        let text = "English, اردو, بلوچی, Balòchi, 😀, \u{10FFFF}"
        #expect(
            Array(text.utf8).withUnsafeBufferPointer { UTF8Validator.firstProblem(in: $0) } == nil)
    }

    @Test func missingFilesAndFoldersAreClearErrors() throws {
        #expect(throws: InputError.unreadable(file: "/no/such/file.txt", reason: "no such file")) {
            try ByteSource.file("/no/such/file.txt")
        }
        let folder = try TemporaryFolder()
        #expect(
            throws: InputError.unreadable(file: folder.path, reason: "is a folder, not a text file")
        ) {
            try ByteSource.file(folder.path)
        }
    }

    @Test func atomicFilesAppearWholeOrNotAtAll() throws {
        let folder = try TemporaryFolder()
        let path = (folder.path as NSString).appendingPathComponent("out.txt")
        let kept = try OutputFile(path: path)
        try kept.write("complete")
        try kept.commit()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "complete")
        let dropped = try OutputFile(path: path)
        try dropped.write("half")
        dropped.discard()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "complete")
        #expect(folder.files == ["out.txt"])
    }

    /// A source at its end stays there: what a file gains afterwards is not read (on a
    /// terminal, each read past the end waited for another Ctrl-D).
    @Test func aSourceAtItsEndStaysThere() throws {
        let folder = try TemporaryFolder()
        let path = (folder.path as NSString).appendingPathComponent("grows.txt")
        try Data("first".utf8).write(to: URL(fileURLWithPath: path))
        let source = try ByteSource.file(path)
        #expect(try source.next() == Array("first".utf8))
        #expect(try source.next() == nil)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("more".utf8))
        try handle.close()
        #expect(try source.next() == nil)
    }

    /// An output named as one of the process's own descriptors (`/dev/fd/N`) is written at
    /// that descriptor's offset and left open, not resolved to the file behind it and
    /// replaced (pass 29: `-o /dev/stdout >> log` lost the log).
    @Test func anOwnDescriptorIsWrittenWhereItIs() throws {
        let folder = try TemporaryFolder()
        let path = (folder.path as NSString).appendingPathComponent("log.txt")
        try Data("line1\n".utf8).write(to: URL(fileURLWithPath: path))
        let appending = open(path, O_WRONLY | O_APPEND)
        #expect(appending >= 0)
        defer { close(appending) }
        // (An edit in place: other tests record the files they read, and a recycled inode of
        // theirs would read as this run's input.)
        let output = try OutputFile(path: "/dev/fd/\(appending)", replacingInput: true)
        try output.write("line2\n")
        try output.commit()
        #expect(fcntl(appending, F_GETFD) >= 0, "the descriptor stays open")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "line1\nline2\n")
        #expect(folder.files == ["log.txt"])
        // One open for reading only is refused, not resolved to its file and replaced.
        let reading = open(path, O_RDONLY)
        defer { close(reading) }
        #expect(throws: InputError.self) { try OutputFile(path: "/dev/fd/\(reading)") }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "line1\nline2\n")
    }

    /// A file the run has read is never replaced by an output (named directly or through a
    /// hard link), unless the output is an edit in place.
    @Test func anOutputNeverReplacesAFileTheRunRead() throws {
        let folder = try TemporaryFolder()
        let input = (folder.path as NSString).appendingPathComponent("in.txt")
        let link = (folder.path as NSString).appendingPathComponent("link.txt")
        try "original".write(toFile: input, atomically: false, encoding: .utf8)
        #expect(link.withCString { to in input.withCString { Foundation.link($0, to) } } == 0)
        FilesRead.startRecording()
        _ = try ByteSource.file(input).readAllText()
        for path in [input, link] {
            let output = try OutputFile(path: path)
            try output.write("replaced")
            #expect(throws: InputError.self) { try output.commit() }
        }
        #expect(try String(contentsOfFile: input, encoding: .utf8) == "original")
        #expect(folder.files.sorted() == ["in.txt", "link.txt"])
        try OutputFile.write(Data("fixed".utf8), to: input, replacingInput: true)
        #expect(try String(contentsOfFile: input, encoding: .utf8) == "fixed")
        // The edited file is still an input: a later output may not replace it.
        #expect(throws: InputError.self) {
            try OutputFile.write(Data("report".utf8), to: input)
        }
        #expect(try String(contentsOfFile: input, encoding: .utf8) == "fixed")
    }

    /// A name reserved for a library's file beside one the run opened is refused as an
    /// output before that file exists, under any spelling of its folder.
    @Test func aReservedNameIsRefusedBeforeItExists() throws {
        let folder = try TemporaryFolder()
        let journal = (folder.path as NSString).appendingPathComponent("m.sqlite-journal")
        FilesRead.startRecording()
        FilesRead.reserve(path: journal, as: "a file SQLite keeps beside m.sqlite")
        let spelled = folder.path + "/./m.sqlite-journal"
        #expect(FilesRead.readAs(spelled) == "a file SQLite keeps beside m.sqlite")
        let output = try OutputFile(path: spelled)
        try output.write("document")
        #expect(throws: InputError.self) { try output.commit() }
        #expect(folder.files.isEmpty)
    }

    @Test func aWriteProtectedFileIsRefusedBeforeAnythingIsWritten() throws {
        let folder = try TemporaryFolder()
        let path = (folder.path as NSString).appendingPathComponent("report.txt")
        try "kept".write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o444)
        #expect(
            throws: InputError.unwritable(
                file: path,
                reason: "is write-protected; make it writable (chmod u+w) or name another file")
        ) { try OutputFile(path: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "kept")
        #expect(folder.files == ["report.txt"])
    }

    @Test func anEmptyOutputNameIsAnError() {
        #expect(
            throws: InputError.unwritable(
                file: "''", reason: "an empty name; name a file, or - for standard output")
        ) { try OutputFile(path: "") }
    }

    /// The paragraph limit is judged per paragraph, not per chunk: a text in memory comes
    /// as one chunk holding many paragraphs (a 75 MB document of short paragraphs was
    /// refused as one paragraph over 64 MB; pass 10).
    @Test func theParagraphLimitIsPerParagraphNotPerChunk() throws {
        let text = "Short one.\n\nShort two.\n\nShort three.\n"
        var reader = ParagraphReader(source: .text(text, name: "doc.txt"), limit: 16)
        var count = 0
        while try reader.next() != nil { count += 1 }
        #expect(count == 3)
        var long = ParagraphReader(
            source: .text("Short.\n\nA paragraph of more than sixteen bytes.\n", name: "doc.txt"),
            limit: 16)
        #expect(try long.next() != nil)
        #expect(throws: InputError.blockTooLarge(file: "doc.txt", line: 3, limit: 16)) {
            try long.next()
        }
    }

    @Test func lineChunksKeepLineNumbersAcrossChunks() throws {
        var reader = LineChunkReader(source: .memory(Array("a\r\nb\rc\nd".utf8), chunkSize: 2))
        var lines: [Int] = []
        var text = ""
        while let chunk = try reader.next() {
            lines.append(chunk.line)
            text += chunk.text
        }
        #expect(text == "a\r\nb\rc\nd")
        #expect(lines.first == 1)
        #expect(lines.last == 4)
    }

    /// A CR followed only by invisible characters stays with them until the next line end
    /// arrives, however the reads split the bytes (pass 50: a ZWSP was normalised apart
    /// from its LF, and taken out, joining two line ends); a CR before visible text is cut.
    @Test func aCRBeforeInvisiblesWaitsForWhatFollows() throws {
        let text = "a\r\u{200B}\u{FEFF}\nb\rc\r\u{200B}"
        for size in 1...6 {
            var reader = LineChunkReader(source: .memory(Array(text.utf8), chunkSize: size))
            var chunks: [String] = []
            while let chunk = try reader.next() { chunks.append(chunk.text) }
            #expect(chunks.joined() == text)
            // Each ZWSP is in the chunk of the CR before it.
            for chunk in chunks {
                let scalars = Array(chunk.unicodeScalars)
                for (index, scalar) in scalars.enumerated() where scalar == "\u{200B}" {
                    #expect(index > 0 && scalars[index - 1] == "\r", "\(size): \(chunks)")
                }
            }
        }
    }
}

/// The UTF-8 check takes ASCII and two-byte letters sixteen bytes at a time, the UTF-16
/// transcoding runs of two-byte letters four at a time;
/// on random text they agree with Swift's own UTF-8 decoder, wherever a run starts or breaks.
@Suite struct UTF8FastPathTests {
    private static let pieces: [[UInt8]] = [
        Array("ب".utf8), Array("ی".utf8), Array("é".utf8), Array("߿".utf8), [0x20], [0x61],
        Array("€".utf8), Array("😀".utf8),
    ]
    private static let broken: [[UInt8]] = [
        [0xC0, 0x80], [0xC1, 0xBF], [0x80], [0xD8], [0xD8, 0x41], [0x00], [0xE0, 0x80, 0x80],
    ]

    @Test func theFirstProblemIsTheOneSwiftsDecoderMeets() {
        var random = SeededRandom(seed: 0x07F8_2B17)
        for _ in 0..<12_000 {
            var bytes: [UInt8] = []
            // Long enough for runs checked sixteen bytes at a time to start and break anywhere.
            for _ in 0..<Int(random.next() % 60) {
                let pool = random.next() % 40 == 0 ? Self.broken : Self.pieces
                bytes += pool[Int(random.next() % UInt64(pool.count))]
            }
            let found = bytes.withUnsafeBufferPointer { UTF8Validator.firstProblem(in: $0) }
            #expect(found?.offset == Self.firstProblem(in: bytes), "\(bytes)")
        }
        // Blocks that end exactly at the end of the text, or one byte short of it.
        for length in 0..<70 {
            for text in [
                String(repeating: "a", count: length), String(repeating: "ب", count: length),
                "a" + String(repeating: "ب ", count: length),
                String(repeating: "a", count: length) + "\u{80}",
            ] {
                let bytes = Array(text.utf8)
                let found = bytes.withUnsafeBufferPointer { UTF8Validator.firstProblem(in: $0) }
                #expect(found?.offset == Self.firstProblem(in: bytes), "\(bytes)")
            }
        }
    }

    @Test func transcodingGivesSwiftsUTF16() {
        var random = SeededRandom(seed: 0x07F8_2B18)
        for _ in 0..<4_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(random.next() % 40) {
                bytes += Self.pieces[Int(random.next() % UInt64(Self.pieces.count))]
            }
            var units: [UInt16] = []
            UTF16Text.transcode(bytes, into: &units)
            #expect(units == Array(String(decoding: bytes, as: UTF8.self).utf16))
        }
        // Words and spaces in eights wherever they end, then a longer letter.
        for length in 0..<40 {
            for text in [
                "a" + String(repeating: "ب ", count: length) + "€",
                String(repeating: "aب", count: length) + "😀"
                    + String(repeating: "é", count: length),
            ] {
                var units: [UInt16] = []
                UTF16Text.transcode(Array(text.utf8), into: &units)
                #expect(units == Array(text.utf16), "\(text)")
            }
        }
    }

    /// The offset of the first malformed sequence or NUL, as Swift's parser reads the bytes.
    private static func firstProblem(in bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1 && encoded.first == 0 { return offset }
                offset += encoded.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }
}
