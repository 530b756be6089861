import Foundation
import Synchronization
import Testing

@testable import TarjumanKit

@Suite struct FilePairsTests {
    @Test func pairsWithAndWithoutOutputsCommentsBlankLinesAndAByteOrderMark() {
        let text =
            "\u{FEFF}# corpus\r\na b.en.txt\tb.ur.txt\n\n  \n  # indented\nc.en.txt\tc.ur.txt\tc.tsv\n"
            + "d.en.txt\td.ur.txt\t\ne.en.txt\te.ur.txt\t-\n"
        let parsed = FilePairs.parse(text, file: "pairs.tsv")
        #expect(parsed.problems.isEmpty)
        #expect(
            parsed.pairs == [
                FilePair(source: "a b.en.txt", target: "b.ur.txt", origin: "pairs.tsv:2"),
                FilePair(
                    source: "c.en.txt", target: "c.ur.txt", output: "c.tsv",
                    origin: "pairs.tsv:6"),
                // An empty or `-` output is the main output.
                FilePair(source: "d.en.txt", target: "d.ur.txt", origin: "pairs.tsv:7"),
                FilePair(source: "e.en.txt", target: "e.ur.txt", origin: "pairs.tsv:8"),
            ])
    }

    @Test func aLineThatIsNotAPairIsAProblemAtItsPlaceAndTheRestStillCounts() {
        let parsed = FilePairs.parse("a\tb\nx\ty\tz\tw\na.txt\t\tout\nc\td\n", file: "p.tsv")
        #expect(parsed.pairs.map(\.source) == ["a", "c"])
        #expect(
            parsed.problems == [
                FilePairsError(
                    file: "p.tsv", position: SourcePosition(line: 2, column: 1),
                    message:
                        "expected source<TAB>target or source<TAB>target<TAB>output, found 4 field(s)"
                ),
                FilePairsError(
                    file: "p.tsv", position: SourcePosition(line: 3, column: 7),
                    message: "empty file name"),
            ])
    }

    @Test func argumentsPairUp() {
        let pairs = FilePairs.fromArguments(["a", "b", "c", "d"])
        #expect(pairs.map(\.source) == ["a", "c"] && pairs.map(\.target) == ["b", "d"])
    }

    /// Each name is looked up once, however many pairs there are (every pair against every
    /// other used to stat and resolve names quadratically: 2,000 pairs did not finish in a
    /// minute).
    @Test func eachNameIsLookedUpOnce() {
        let pairs = (0..<3_000).map { index in
            FilePair(
                source: "d\(index).en.txt", target: "d\(index).ur.txt", output: "o\(index).tsv",
                origin: "p:\(index)")
        }
        var lookups = 0
        let problems = FilePairs.conflicts(
            in: pairs + [FilePair(source: "o7.tsv", target: "x.ur.txt", origin: "p:last")],
            extraInputs: ["pairs.tsv"], mainOutput: "out.txt"
        ) { name in
            lookups += 1
            return name
        }
        // 9,000 names of the pairs, then x.ur.txt, pairs.tsv and out.txt (o7.tsv is known).
        #expect(lookups == 9_003)
        #expect(problems == ["p:7: output o7.tsv is also an input (o7.tsv)"])
    }

    @Test func runsThatWouldOverwriteAnInputOrReadStandardInputTwiceAreConflicts() {
        let same: (String) -> String = { $0 }
        func pair(_ s: String, _ t: String, _ o: String? = nil, _ line: Int) -> FilePair {
            FilePair(source: s, target: t, output: o, origin: "p:\(line)")
        }
        #expect(
            FilePairs.conflicts(
                in: [pair("a", "b", "c", 1), pair("d", "e", "f", 2)], fileKey: same
            ).isEmpty)
        #expect(
            FilePairs.conflicts(
                in: [pair("a", "b", "e", 1), pair("d", "e", nil, 2)], fileKey: same)
                == ["p:1: output e is also an input (e)"])
        #expect(
            FilePairs.conflicts(
                in: [pair("a", "b", "o", 1), pair("d", "e", "o", 2)], fileKey: same)
                == ["p:2: output o is also the output of p:1"])
        // One pair twice into the main output (pass 54); into two outputs of its own it may.
        #expect(
            FilePairs.conflicts(
                in: [pair("a", "b", nil, 1), pair("a", "b", nil, 2)], fileKey: same)
                == ["p:2: a and b are already the pair of p:1; give each pair once"])
        #expect(
            FilePairs.conflicts(
                in: [pair("a", "b", "x.tmx", 1), pair("a", "b", "x.tsv", 2)], fileKey: same
            ).isEmpty)
        #expect(
            FilePairs.conflicts(
                in: [pair("a", "b", "p", 1)], extraInputs: ["p"], fileKey: same
            ) == ["p:1: output p is also an input (p)"])
        #expect(
            FilePairs.conflicts(in: [pair("-", "b", nil, 1)], stdinTaken: true, fileKey: same)
                .count == 1)
        #expect(
            FilePairs.conflicts(
                in: [pair("-", "b", nil, 1), pair("c", "-", nil, 2)], fileKey: same
            )
            .count == 1)
        #expect(
            FilePairs.conflicts(
                in: [pair("a", "b", "x.json", 1), pair("c", "d", nil, 2)], mainOutput: "x.json",
                fileKey: same) == ["p:1: output x.json is also the output of -o"])
        #expect(
            FilePairs.conflicts(
                in: [pair("a", "b", "x.json", 1)], mainOutput: "-", fileKey: same
            ).isEmpty)
        #expect(
            FilePairs.conflicts(in: [pair("a", "b", nil, 1)], mainOutput: "b", fileKey: same)
                == ["output b is also an input (b)"])
        #expect(FilePairs.conflicts(in: [pair("-", "b", nil, 1)], fileKey: same).isEmpty)
    }

    /// Standard input is known under its device names too (pass 22).
    @Test func standardInputIsKnownByItsNames() {
        // Any name of the file standard input is (here whatever the test runner gives).
        var input = stat()
        let open = fstat(STDIN_FILENO, &input) == 0
        for name in ["-", "/dev/stdin", "/dev/fd/0", "/proc/self/fd/0", "//dev/stdin"] {
            #expect(FilePair.isStandardInput(name) == (open || name == "-"), "\(name)")
        }
        #expect(!FilePair.isStandardInput("stdin"))
        #expect(!FilePair.isStandardInput("./-x"))
    }
}

@Suite struct OrderedParallelTests {
    /// A counter the workers share.
    final class Counter: Sendable {
        let value = Mutex(0)
        func add() { value.withLock { $0 += 1 } }
        var count: Int { value.withLock { $0 } }
    }

    @Test(arguments: [1, 2, 3, 8])
    func resultsArriveInItemOrderAndEveryItemRunsOnce(_ width: Int) {
        let items = Array(0..<103)
        let runs = Counter()
        var seen: [Int] = []
        OrderedParallel.forEach(items, width: width) { item in
            runs.add()
            // Uneven work, so that later items often finish first.
            var x = 0
            for step in 0..<((item % 7) * 2000) { x &+= step }
            return item * 10 + (x == -1 ? 1 : 0)
        } then: { item, output in
            #expect(output == item * 10)
            seen.append(item)
        }
        #expect(seen == items)
        #expect(runs.count == items.count)
    }

    struct Stop: Error {}

    @Test(arguments: [1, 2, 4])
    func aConsumerThatThrowsStopsTheRunWithinTheWindow(_ width: Int) {
        let items = Array(0..<500)
        let runs = Counter()
        var seen: [Int] = []
        #expect(throws: Stop.self) {
            try OrderedParallel.forEach(items, width: width) { item in
                runs.add()
                return item
            } then: { (item: Int, _: Int) throws(Stop) in
                seen.append(item)
                if item == 20 { throw Stop() }
            }
        }
        #expect(seen == Array(0...20))
        // Started: the consumed items and at most a window (4 × width) beyond them.
        #expect(runs.count >= 21 && runs.count <= 21 + 4 * width)
    }
}

@Suite struct ConcurrentlyTests {
    struct Failed: Error, Equatable {
        let side: String
    }

    @Test func bothResultsComeBackInTheirPlaces() throws {
        let (first, second) = try Concurrently.both(
            { () throws(Failed) in "first" }, { () throws(Failed) in 2 })
        #expect(first == "first")
        #expect(second == 2)
    }

    @Test func theOtherSideRunsToItsEndWhenTheFirstFails() {
        let ran = OrderedParallelTests.Counter()
        #expect(throws: Failed(side: "first")) {
            _ = try Concurrently.both(
                { () throws(Failed) -> Int in throw Failed(side: "first") },
                { () throws(Failed) -> Int in
                    usleep(20_000)
                    ran.add()
                    return 1
                })
        }
        #expect(ran.count == 1)
    }

    @Test func theFirstSidesErrorWinsAndTheSecondsComesAlone() {
        #expect(throws: Failed(side: "first")) {
            _ = try Concurrently.both(
                { () throws(Failed) -> Int in throw Failed(side: "first") },
                { () throws(Failed) -> Int in throw Failed(side: "second") })
        }
        #expect(throws: Failed(side: "second")) {
            _ = try Concurrently.both(
                { () throws(Failed) in 1 },
                { () throws(Failed) -> Int in throw Failed(side: "second") })
        }
    }
}
