/// Input that Tarjuman cannot read: the tool stops and says where and why.
public enum InputError: Error, Equatable, CustomStringConvertible {
    /// The file could not be opened or read.
    case unreadable(file: String, reason: String)
    /// An output could not be created or written (a full disk, a closed pipe, no permission).
    case unwritable(file: String, reason: String)
    /// The input is larger than Tarjuman reads (see ``InputLimits``).
    case tooLarge(file: String, limit: Int)
    /// A paragraph or line starting at `line` is longer than a streaming reader holds.
    case blockTooLarge(file: String, line: Int, limit: Int)
    /// A line-aligned file (`--lines`) has more lines than are aligned at once.
    case tooManyLines(file: String, limit: Int)
    /// The bytes at `byteOffset` are not valid UTF-8.
    case invalidUTF8(file: String, byteOffset: Int, position: SourcePosition, bytes: [UInt8])
    /// A NUL byte, the usual sign of a binary file or a UTF-16 file.
    case nulByte(file: String, byteOffset: Int, position: SourcePosition)
    /// A file with a UTF-16 byte-order mark holds a lone surrogate at `byteOffset`, or ends
    /// in half a code unit.
    case invalidUTF16(file: String, byteOffset: Int, position: SourcePosition)
    /// A file with a UTF-16 byte-order mark holds the character U+0000 at `byteOffset`.
    case nulInUTF16(file: String, byteOffset: Int, position: SourcePosition)

    /// A folder named where a text file is read.
    public static func folder(_ path: String) -> InputError {
        .unreadable(file: path, reason: "is a folder, not a text file")
    }

    /// A message for people: what is wrong, where, and what to do.
    public var description: String {
        "\(file)\(position.map { ":\($0)" } ?? ""): error: \(reason)"
    }

    /// The file.
    public var file: String {
        switch self {
        case .unreadable(let file, _), .unwritable(let file, _), .tooLarge(let file, _),
            .blockTooLarge(let file, _, _), .tooManyLines(let file, _),
            .invalidUTF8(let file, _, _, _), .nulByte(let file, _, _),
            .invalidUTF16(let file, _, _), .nulInUTF16(let file, _, _):
            file
        }
    }

    /// Where in the file, when the problem has a place.
    public var position: SourcePosition? {
        switch self {
        case .unreadable, .unwritable, .tooLarge: nil
        case .blockTooLarge(_, let line, _): SourcePosition(line: line, column: 1)
        case .tooManyLines(_, let limit): SourcePosition(line: limit + 1, column: 1)
        case .invalidUTF8(_, _, let position, _), .nulByte(_, _, let position),
            .invalidUTF16(_, _, let position), .nulInUTF16(_, _, let position):
            position
        }
    }

    /// What is wrong and what to do, without the file and place.
    public var reason: String {
        switch self {
        case .unreadable(_, let reason):
            return "cannot read: \(reason)"
        case .unwritable(_, let reason):
            return "cannot write: \(reason)"
        case .tooLarge(_, let limit) where limit <= InputLimits.settingsBytes:
            // No settings file is split (pass 55: "split the file").
            return "larger than \(limit >> 20) MB, the most Tarjuman reads for settings (a "
                + "locale pack, a project file); check that it is the file you meant"
        case .tooLarge(_, let limit):
            return "larger than \(limit >> 20) MB, the most Tarjuman reads here; "
                + "split the file (or check that it is the file you meant)"
        case .blockTooLarge(_, _, let limit):
            return "the paragraph or line starting here is longer than "
                + "\(limit >> 20) MB, the most Tarjuman holds at once; break it up with blank lines"
        case .tooManyLines(_, let limit):
            return "more than \(limit) lines; --lines aligns both "
                + "files whole, at about 1 KB of memory a line: split both at the same lines "
                + "(split -l \(limit / 2)) and check each pair of parts"
        case .invalidUTF8(_, 0, _, let bytes) where bytes.first == 0xFF || bytes.first == 0xFE:
            // FF FE or FE FF: UTF-16's mark, where the reader takes none (pass 46).
            return "this looks like UTF-16 (it starts with a byte-order mark, 0x"
                + String(bytes[0], radix: 16, uppercase: true) + "), as Excel's \"Unicode Text\" "
                + "and Notepad's \"Unicode\" save text; save it again as UTF-8 with the same "
                + "separators (LibreOffice: Text CSV, character set UTF-8, the file's field "
                + "delimiter, tab for .tsv; an editor: encoding UTF-8) and try again"
        case .invalidUTF8(_, let offset, _, let bytes):
            let hex = bytes.map { String($0, radix: 16, uppercase: true) }.map {
                $0.count == 1 ? "0x0\($0)" : "0x\($0)"
            }
            return "invalid UTF-8 at byte offset \(offset) "
                + "(bytes \(hex.joined(separator: " "))); save the file as UTF-8 and try again"
        case .nulByte(_, let offset, _):
            return "NUL byte at byte offset \(offset); this looks "
                + "like a binary or UTF-16 file, not UTF-8 text"
        case .nulInUTF16(_, let offset, _):
            return "the character U+0000 (NUL) at byte offset \(offset) of this UTF-16 file; "
                + "text holds no NUL: remove it, or save the file again from its program"
        case .invalidUTF16(_, let offset, _):
            return "invalid UTF-16 at byte offset \(offset) (a lone "
                + "surrogate, or half a code unit at the end); save the file as UTF-8 and try again"
        }
    }
}
