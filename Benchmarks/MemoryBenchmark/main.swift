import BenchmarkSupport
// Lookups in a large memory store (made by Benchmarks/Memory/run.sh): latency of the
// indexed lookup, p50 and p99 over the queries; the same queries by exhaustive scan (the
// way CAT tools without an index do it) as the baseline of the same run; and the recall of
// the index against the exhaustive scan at 75%. With a PostgreSQL URL holding the same
// memory, the same lookups there too, and whether both backends give the same answers.
//
//   MemoryBenchmark MEMORY.sqlite QUERIES [SCANS [POSTGRES_URL]]   (SCANS 0: latency only)
import Foundation
import TarjumanKit
import TarjumanPostgres

let arguments = CommandLine.arguments
guard arguments.count >= 3, let queryCount = Int(arguments[2]) else {
    FileHandle.standardError.write(
        Data("usage: MemoryBenchmark MEMORY.sqlite QUERIES [SCANS [POSTGRES_URL]]\n".utf8))
    exit(2)
}
// SCANS 0 leaves out the recall check and the exhaustive scans (a quick latency run).
let scanCount = max(0, arguments.count > 3 ? Int(arguments[3]) ?? 20 : 20)
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
let catalog = try LocaleCatalog(folder: root.appendingPathComponent("locales").path)
let english = try catalog.pack(for: "en")
let store = try SQLiteMemoryStore(path: arguments[1], creating: .none)
var units: [MemoryUnit] = []
var last: Int64 = 0
while true {
    let page = try store.units(source: "en", target: "ur", after: last, limit: 50_000)
    guard let end = page.last else { break }
    units += page.map(\.unit)
    last = end.number
}
print("memory: \(units.count) units")

// Queries: random units' sources with one word replaced by another word of the memory, so
// that most have fuzzy matches and few have exact ones.
var random = SeededGenerator(seed: 2026)
let vocabulary = Set(units.prefix(5_000).flatMap { $0.source.split(separator: " ") }).sorted()
let queries: [String] = (0..<queryCount).map { _ in
    var words = units[Int(random.next() % UInt64(units.count))].source.split(separator: " ")
    if !words.isEmpty {
        words[Int(random.next() % UInt64(words.count))] =
            vocabulary[Int(random.next() % UInt64(vocabulary.count))]
    }
    return words.joined(separator: " ")
}

/// The best match (75% or more) of every query in `store`, with each lookup's milliseconds.
func bestMatches(in store: any MemoryStore) throws -> (answers: [String], milliseconds: [Double]) {
    var answers: [String] = []
    var latencies: [Double] = []
    for query in queries {
        let (seconds, matches) = try wallTimed {
            try store.lookup(
                query, source: english, target: "ur", minimum: 75, limit: 1, context: ("", ""))
        }
        latencies.append(seconds * 1000)
        answers.append(
            matches.first.map { "\($0.score) \($0.unit.source) → \($0.unit.target)" } ?? "")
    }
    return (answers, latencies)
}

func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
}

// Indexed lookups as `prepare` makes them (best match, 75% or more).
let (answers, latencies) = try bestMatches(in: store)
print(
    String(
        format:
            "indexed lookup, best match ≥ 75%%: p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d queries)",
        percentile(latencies, 0.5), percentile(latencies, 0.99), latencies.max() ?? 0,
        queries.count))

if scanCount > 0 {
    // Recall: every match ≥ 75% of the exhaustive scan (length window in SQL, same scores)
    // against the index's full answer.
    var expected = 0
    var found = 0
    var windowed: [Double] = []
    for query in queries {
        let (seconds, scan) = try wallTimed {
            try store.exhaustiveLookup(
                query, source: english, target: "ur", minimum: 75, window: true)
        }
        windowed.append(seconds * 1000)
        let index = try store.lookup(
            query, source: english, target: "ur", minimum: 75, limit: 1_000_000, context: ("", ""))
        let indexed = Set(index.map(\.unit.source))
        expected += scan.count
        found += scan.filter { indexed.contains($0.source) }.count
    }
    print(
        String(
            format:
                "recall of the index against the exhaustive scan: %d of %d matches ≥ 75%% (%.4f)",
            found, expected, expected == 0 ? 1 : Double(found) / Double(expected)))
    print(
        String(
            format: "exhaustive scan with a length window: p50 %.1f ms, p99 %.1f ms",
            percentile(windowed, 0.5), percentile(windowed, 0.99)))

    // The baseline: every unit scored, no index, no window (as OmegaT's FindMatches does).
    var scans: [Double] = []
    for query in queries.prefix(scanCount) {
        let (seconds, _) = try wallTimed {
            try store.exhaustiveLookup(
                query, source: english, target: "ur", minimum: 75, window: false)
        }
        scans.append(seconds * 1000)
    }
    print(
        String(
            format:
                "exhaustive scan of every unit (baseline): p50 %.0f ms, p99 %.0f ms (%d queries); indexed p50 = %.4f× the scan",
            percentile(scans, 0.5), percentile(scans, 0.99), scans.count,
            percentile(latencies, 0.5) / percentile(scans, 0.5)))
}

// The same lookups in the PostgreSQL copy of the memory.
if arguments.count > 4 {
    let postgres = try PostgresMemoryStore(url: arguments[4])
    let (theirs, milliseconds) = try bestMatches(in: postgres)
    print(
        String(
            format:
                "PostgreSQL indexed lookup, best match ≥ 75%%: p50 %.2f ms, p99 %.2f ms, max %.2f ms; same best match as SQLite for %d of %d queries",
            percentile(milliseconds, 0.5), percentile(milliseconds, 0.99), milliseconds.max() ?? 0,
            zip(answers, theirs).filter { $0 == $1 }.count, queries.count))
}
