import Foundation
import TarjumanKit

/// The parsers and promises under fuzzing; `TARJUMAN_FUZZ_TARGET` picks one per run.
enum FuzzTarget: String, CaseIterable {
    /// The UTF-8 check and paragraph reader, at random chunk sizes.
    case paragraphs
    /// Glossary TSV and CSV (spreadsheet files).
    case glossary
    /// A locale pack's YAML.
    case pack
    /// XLIFF, TMX and TBX through the safe XML reader.
    case xml
    /// The TSV and Markdown worksheets.
    case worksheet
    /// The segmenter: segments plus gaps give back the text, in order.
    case segmenter
    /// The normaliser: offset maps stay monotonic and in range; normalising twice changes nothing.
    case normalizer
    /// The checks of an English–Urdu pair (the source before the first line break, the
    /// translation after it), numbers above all: every finding lies inside its file.
    case check

    /// Runs the target on one input; a broken promise stops the process (libFuzzer keeps the
    /// input as a crash).
    func run(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        switch self {
        case .paragraphs:
            let chunk = Int(bytes.first ?? 1) % 7 + 1
            var reader = ParagraphReader(source: .memory(bytes, chunkSize: chunk))
            var last = -1
            while let paragraph = try? reader.next() {
                require(paragraph.byteOffset > last, "paragraphs out of order")
                require(
                    Array(
                        bytes[paragraph.byteOffset..<(paragraph.byteOffset + paragraph.bytes.count)]
                    )
                        == paragraph.bytes, "paragraph bytes are not the input's")
                last = paragraph.byteOffset
            }
        case .glossary:
            _ = GlossaryTSV.read(text, file: "fuzz.en-ur.tsv")
            _ = try? GlossaryCSV.read(text, file: "fuzz.en-ur.csv")
            _ = try? GlossaryOmegaT.read(text, file: "fuzz.utf8")
        case .pack:
            _ = try? LocalePack(yaml: text, file: "fuzz.yaml")
        case .xml:
            let data = Data(bytes)
            _ = try? XLIFF.read(data, file: "fuzz.xlf")
            _ = try? TMX.read(data, file: "fuzz.tmx", source: "en", target: "ur")
            _ = try? TBX.read(data, file: "fuzz.tbx")
            // Parsed as it is read, in chunks of 1 to 7 bytes, a TMX gives what it gives
            // parsed whole: the same pairs, or an error (UTF-16 is read whole either way).
            guard !bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFE, 0xFF]) else {
                return
            }
            let chunk = Int(bytes.first ?? 1) % 7 + 1
            let whole = try? TMX.read(data, file: "fuzz.tmx", source: "en", target: "ur")
            let streamed = try? TMX.read(
                from: .memory(bytes, name: "fuzz.tmx", chunkSize: chunk), source: "en",
                target: "ur", wholeUpTo: 0)
            require(
                whole == streamed, "a TMX parsed as it is read differs from the TMX parsed whole")
        case .worksheet:
            _ = try? WorksheetTSV.read(text, file: "fuzz.tsv")
            _ = try? WorksheetMarkdown.read(text, file: "fuzz.md")
        case .segmenter:
            for segmenter in Fuzzing.segmenters {
                guard let segments = try? segmenter.segments(in: text) else { continue }
                let utf8 = Array(text.utf8)
                var end = 0
                for segment in segments {
                    require(segment.byteStart >= end, "segments overlap")
                    let gap = String(decoding: utf8[end..<segment.byteStart], as: UTF8.self)
                    require(gap.unicodeScalars.allSatisfy(isGap), "text lost between segments")
                    require(
                        Array(segment.text.utf8)
                            == Array(utf8[segment.byteStart..<segment.byteEnd]),
                        "segment text is not the input's")
                    end = segment.byteEnd
                }
                let tail = String(decoding: utf8[end...], as: UTF8.self)
                require(tail.unicodeScalars.allSatisfy(isGap), "text lost after the last segment")
            }
        case .check:
            let parts = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
            let (source, target) = (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
            guard let (aligner, checker) = Fuzzing.englishUrdu,
                let result = try? aligner.align(sourceText: source, targetText: target),
                let findings = try? checker.check(
                    result, sourceFile: "en.txt", targetFile: "ur.txt")
            else { return }
            // Lines end at LF, CR LF or CR, counted by scalars (CR LF is one Character, so a
            // count by Characters left it out: a false crash after 204,000 runs).
            let lines = ["en.txt": source, "ur.txt": target].mapValues { text in
                let scalars = Array(text.unicodeScalars)
                return 1
                    + scalars.indices.filter {
                        scalars[$0] == "\n"
                            || (scalars[$0] == "\r" && scalars.dropFirst($0 + 1).first != "\n")
                    }.count
            }
            for finding in findings {
                require(
                    finding.position.line >= 1 && finding.position.line <= lines[finding.file] ?? 0,
                    "a finding outside its file")
            }
        case .normalizer:
            // The first byte picks the pack and the rest is the text (all packs for every
            // input ran at ~150 inputs/s; one pack per input lets libFuzzer steer the choice
            // and run ten times as many).
            let normalizers = Fuzzing.normalizers
            let normalizer = normalizers[Int(bytes.first ?? 0) % normalizers.count]
            let rest = String(decoding: bytes.dropFirst(), as: UTF8.self)
            for level in NormalizationLevel.allCases {
                guard let once = try? normalizer.normalize(rest, to: level) else { continue }
                let count = once.text.unicodeScalars.count
                require(once.offsets.normalizedCount == count, "offset map length")
                var previous = 0
                for offset in 0...count {
                    let original = once.offsets.originalOffset(of: offset)
                    require(original >= previous, "offset map goes backwards")
                    require(original <= once.offsets.originalCount, "offset past the text")
                    previous = original
                }
                let twice = try? normalizer.normalize(once.text, to: level)
                require(twice?.text == once.text, "normalising twice changes the text")
                // Without change records, the direct path (where it applies) gives the same
                // text and map as the rules.
                let quick = try? normalizer.normalize(rest, to: level, recordingChanges: false)
                require(quick?.text == once.text, "the direct path changes the text")
                for offset in 0...count {
                    require(
                        quick?.offsets.originalOffset(of: offset)
                            == once.offsets.originalOffset(of: offset),
                        "the direct path changes the offset map")
                }
            }
        }
    }
}

/// What the targets share: the project's packs, loaded once.
enum Fuzzing {
    static let packs: [LocalePack] = {
        let root = ProcessInfo.processInfo.environment["TARJUMAN_DATA"] ?? "."
        guard let catalog = try? LocaleCatalog(folder: root + "/locales") else {
            fatalError("set TARJUMAN_DATA to the folder holding locales/")
        }
        return catalog.packs
    }()
    nonisolated(unsafe) static let segmenters = packs.compactMap {
        try? SentenceSegmenter(pack: $0)
    }
    static let normalizers = packs.map { Normalizer(pack: $0) }
    nonisolated(unsafe) static let englishUrdu: (DocumentAligner, TranslationChecker)? = {
        guard let en = packs.first(where: { $0.tag == "en" }),
            let ur = packs.first(where: { $0.tag == "ur" }),
            let aligner = try? DocumentAligner(sourcePack: en, targetPack: ur),
            let checker = try? TranslationChecker(sourcePack: en, targetPack: ur, glossary: nil)
        else { return nil }
        return (aligner, checker)
    }()
    nonisolated(unsafe) static var target = FuzzTarget.paragraphs
}

/// What may stand between segments: white space and invisible format characters (ZWNJ,
/// bidi marks), as the segmenter promises.
func isGap(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isWhitespace || scalar.properties.generalCategory == .format
}

/// Stops the process when a promise is broken.
func require(_ condition: Bool, _ message: String) {
    if !condition { fatalError(message) }
}

/// libFuzzer's entry point: one input for the chosen target.
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    Fuzzing.target.run(bytes)
    return 0
}

/// Picks the target named by `TARJUMAN_FUZZ_TARGET` and loads the packs.
func chooseTarget() {
    let name = ProcessInfo.processInfo.environment["TARJUMAN_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        fatalError(
            "set TARJUMAN_FUZZ_TARGET to one of "
                + FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))
    }
    Fuzzing.target = target
    _ = Fuzzing.packs
}
