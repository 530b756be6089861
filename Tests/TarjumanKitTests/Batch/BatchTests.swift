import Synchronization
import Testing

@testable import TarjumanKit

@Suite struct FilePairsTests {
    @Test func pairsWithAndWithoutOutputsCommentsAndBlankLines() throws {
        let text = "# corpus\r\na b.en.txt\tb.ur.txt\n\n  \nc.en.txt\tc.ur.txt\tc.tsv\n"
        let pairs = try FilePairs.parse(text, file: "pairs.tsv")
        #expect(
            pairs == [
                FilePair(source: "a b.en.txt", target: "b.ur.txt", origin: "pairs.tsv:2"),
                FilePair(
                    source: "c.en.txt", target: "c.ur.txt", output: "c.tsv",
                    origin: "pairs.tsv:5"),
            ])
    }

    @Test func aLineThatIsNotAPairIsAnErrorAtItsPlace() {
        #expect(
            throws: FilePairsError(
                file: "p.tsv", position: SourcePosition(line: 2, column: 1),
                message:
                    "expected source<TAB>target or source<TAB>target<TAB>output, found 4 field(s)")
        ) { try FilePairs.parse("a\tb\nx\ty\tz\tw\n", file: "p.tsv") }
        #expect(
            throws: FilePairsError(
                file: "p.tsv", position: SourcePosition(line: 1, column: 7),
                message: "empty file name")
        ) { try FilePairs.parse("a.txt\t\n", file: "p.tsv") }
    }

    @Test func argumentsPairUp() {
        let pairs = FilePairs.fromArguments(["a", "b", "c", "d"])
        #expect(pairs.map(\.source) == ["a", "c"] && pairs.map(\.target) == ["b", "d"])
    }
}

@Suite struct OrderedParallelTests {
    @Test(arguments: [1, 2, 3, 8])
    func resultsArriveInItemOrderAndEveryItemRunsOnce(_ width: Int) {
        let items = Array(0..<103)
        let runs = Mutex(0)
        var seen: [Int] = []
        OrderedParallel.forEach(items, width: width) { item in
            runs.withLock { $0 += 1 }
            // Uneven work, so that later items often finish first.
            var x = 0
            for step in 0..<((item % 7) * 2000) { x &+= step }
            return item * 10 + (x == -1 ? 1 : 0)
        } then: { item, output in
            #expect(output == item * 10)
            seen.append(item)
        }
        #expect(seen == items)
        #expect(runs.withLock { $0 } == items.count)
    }
}
