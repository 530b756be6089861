import BenchmarkSupport
// Term matching throughput for glossaries of 100, 1,000 and 10,000 entries over the same
// English text: with one automaton for the whole glossary the speed should stay flat.
//
//   swift run -c release TermMatcherBenchmark               # 10 MB, English side
//   swift run -c release TermMatcherBenchmark --megabytes 2
import Foundation
import TarjumanKit

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let catalog = try LocaleCatalog(folder: root.appendingPathComponent("locales").path)
let english = try catalog.pack(for: "en")
let project = try GlossaryTSV.load(root.appendingPathComponent("glossaries/en-ur.tsv").path)
let seed = try String(
    contentsOf: root.appendingPathComponent("seeds/baloch-uprising.en.txt"), encoding: .utf8)

let arguments = CommandLine.arguments
let megabytes = arguments.firstIndex(of: "--megabytes").flatMap { Int(arguments[$0 + 1]) } ?? 10
var text = ""
while text.utf8.count < megabytes << 20 { text += seed + "\n\n" }

/// The project glossary plus made-up two- and three-word terms up to `size` entries (the
/// made-up ones use the text's own words, so the trie is exercised, not bypassed).
func glossary(size: Int) -> Glossary {
    let words = Array(
        Set(seed.split { !$0.isLetter }.map { $0.lowercased() }.filter { $0.count > 3 })
    ).sorted()
    var entries = Array(project.entries.prefix(size))
    var generator = SystemRandomNumberGenerator()
    var index = 0
    while entries.count < size {
        let length = 2 + index % 2
        let source = (0..<length).map { _ in words[Int(generator.next() % UInt64(words.count))] }
            .joined(separator: " ")
        entries.append(
            GlossaryEntry(id: "synthetic-\(index)", source: source, target: "اصطلاح \(index)"))
        index += 1
    }
    return Glossary(sourceLanguage: "en", targetLanguage: "ur", entries: entries)
}

let size = Double(text.utf8.count) / 1_048_576
print(String(format: "input: %.1f MB of English; best of 3 runs each", size))
var baseline: Double?
for entries in [100, 1_000, 10_000] {
    let matcher = try TermMatcher(glossary: glossary(size: entries), side: .source, pack: english)
    var best = Double.infinity
    var found = 0
    for _ in 0..<3 {
        let (seconds, count) = try timed { try matcher.occurrences(in: text).count }
        best = min(best, seconds)
        found = count
    }
    let speed = size / best
    baseline = baseline ?? speed
    print(
        String(
            format: "%6d entries: %6.1f MB/s  %5.2f× the 100-entry speed  %8d occurrences", entries,
            speed,
            speed / (baseline ?? speed), found))
}
