import BenchmarkSupport
// Segmenter throughput and memory, reported against plain ICU measured in the same run.
//
//   swift run -c release SegmenterBenchmark            # speed on a 10 MB English text
//   swift run -c release SegmenterBenchmark --rss 1,10,100  # peak memory streaming 1, 10, 100 MB
//   valgrind --tool=callgrind .build/release/SegmenterBenchmark --megabytes 1 --only segment
//                                                      # instruction counts, one variant
//
// Never a unit test: timings depend on the machine; only ratios within one run mean much.
import CICU
import Foundation
import TarjumanKit

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let catalog = try LocaleCatalog(folder: root.appendingPathComponent("locales").path)
let pack = try catalog.pack(for: "en")
let seed = try Data(contentsOf: root.appendingPathComponent("seeds/baloch-uprising.en.txt"))

/// The seed document repeated (blank line between copies) until it reaches `megabytes`.
@MainActor func corpus(megabytes: Int) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(megabytes << 20 + seed.count)
    while bytes.count < megabytes << 20 {
        bytes.append(contentsOf: seed)
        bytes.append(contentsOf: [0x0A, 0x0A])
    }
    return bytes
}

let arguments = CommandLine.arguments
/// The value after `flag` on the command line.
func argument(_ flag: String) -> String? {
    arguments.firstIndex(of: flag).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
}

if let path = argument("--stream") {
    // Child process: stream one file through reader → segmenter, keeping nothing; print the
    // segment count and this process's peak RSS in kilobytes.
    let segmenter = try SentenceSegmenter(pack: pack)
    var count = 0
    try segmenter.forEachSegment(of: try ByteSource.file(path)) { _ in count += 1 }
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    print("\(count) \(usage.ru_maxrss)")
    exit(0)
}

if let sizes = argument("--rss") {
    // Peak RSS of a fresh process streaming files of each size: flat if memory follows the
    // largest paragraph, not the file.
    for size in sizes.split(separator: ",").compactMap({ Int($0) }) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tarjuman-rss-\(size).txt"
        ).path
        // Written copy by copy, so this process stays small before it spawns the child.
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let file = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        var written = 0
        while written < size << 20 {
            try file.write(contentsOf: seed + Data([0x0A, 0x0A]))
            written += seed.count + 2
        }
        try file.close()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let child = Process()
        child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        child.arguments = ["--stream", path]
        let output = Pipe()
        child.standardOutput = output
        try child.run()
        child.waitUntilExit()
        let report = String(
            decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let fields = report.split(whereSeparator: \.isWhitespace)
        let kilobytes = fields.count == 2 ? Double(fields[1]) ?? 0 : 0
        print(
            String(
                format: "streamed %4d MB: %@ segments, peak RSS of the child %.1f MB", size,
                String(fields.first ?? "?"), kilobytes / 1024))
    }
    exit(0)
}

let text = corpus(megabytes: argument("--megabytes").flatMap(Int.init) ?? 10)
let megabytes = Double(text.count) / 1_048_576
print(String(format: "input: %.1f MB of English (the seed document repeated)", megabytes))

let segmenter = try SentenceSegmenter(pack: pack)
let normalizer = Normalizer(pack: pack)

/// Plain ICU: UTF-8 → UTF-16 and ICU's sentence iterator, nothing else.
@MainActor func plainICU() -> Int {
    text.withUnsafeBufferPointer { buffer in
        var status: Int32 = 0
        return buffer.withMemoryRebound(to: CChar.self) {
            Int(cicu_sentence_count_utf8("en", $0.baseAddress, Int64($0.count), &status))
        }
    }
}

/// Tarjuman's segmenter: paragraphs read and checked, ICU, the rules, positions, text.
@MainActor func segmentOnly() throws -> Int {
    try segmenter.segments(of: .memory(text)).count
}

/// L0 normalisation of each paragraph, then segmentation of the normalised text.
@MainActor func normaliseAndSegment() throws -> Int {
    var reader = ParagraphReader(source: .memory(text))
    var count = 0
    while let paragraph = try reader.next() {
        let normalized = try normalizer.normalize(paragraph, to: .canonical)
        count += try segmenter.segments(in: normalized.paragraph).count
    }
    return count
}

if let only = argument("--only") {
    let variants: [String: () throws -> Int] = [
        "icu": plainICU, "segment": segmentOnly, "pipeline": normaliseAndSegment,
    ]
    guard let variant = variants[only] else { fatalError("--only takes icu, segment or pipeline") }
    print("\(only): \(try variant()) segments")
    exit(0)
}

// Interleaved rounds, best time of each: the machine's noise hits all three alike.
var icuTime = Double.infinity
var segmentTime = Double.infinity
var pipelineTime = Double.infinity
var icuCount = 0
var segmentCount = 0
var pipelineCount = 0
for _ in 0..<9 {
    let icu = timed(plainICU)
    let segment = try timed(segmentOnly)
    let pipeline = try timed(normaliseAndSegment)
    (icuTime, icuCount) = (min(icuTime, icu.0), icu.1)
    (segmentTime, segmentCount) = (min(segmentTime, segment.0), segment.1)
    (pipelineTime, pipelineCount) = (min(pipelineTime, pipeline.0), pipeline.1)
}

@MainActor func row(_ name: String, _ seconds: Double, _ count: Int) -> String {
    let speed = megabytes / seconds
    let ratio = icuTime / seconds
    let label = name.padding(toLength: 46, withPad: " ", startingAt: 0)
    return label + String(format: "%8.1f MB/s  %5.2f× ICU  %7d segments", speed, ratio, count)
}
print(row("plain ICU (UTF-8 → UTF-16 + BreakIterator)", icuTime, icuCount))
print(row("Tarjuman segment (read + rules + positions)", segmentTime, segmentCount))
print(row("Tarjuman normalise L0 + segment", pipelineTime, pipelineCount))
