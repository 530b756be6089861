import Foundation
import TarjumanPostgres
import Testing

@testable import TarjumanKit

/// The SQLite memory: provenance, deduplication, exact, in-context and fuzzy matches with
/// their scores, concordance, deletion by origin, and an index that misses nothing an
/// exhaustive scan finds.
@Suite struct MemoryStoreTests {
    /// The backends under test: SQLite always, PostgreSQL when `TARJUMAN_TEST_POSTGRES`
    /// names a server's database (`Tests/Support/postgres-server.sh` starts one; CI does).
    enum Backend: String, CaseIterable, Sendable {
        case sqlite
        case postgres

        static var available: [Backend] {
            ProcessInfo.processInfo.environment["TARJUMAN_TEST_POSTGRES"] == nil
                ? [.sqlite] : allCases
        }
    }

    /// A new, empty store: an SQLite file in a new folder, or a new schema of the test
    /// database (the folder is then unused).
    static func store(_ backend: Backend = .sqlite) throws -> (any MemoryStore, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tarjuman-memory-\(UUID().uuidString)")
        switch backend {
        case .sqlite:
            return (
                try SQLiteMemoryStore(
                    path: folder.appendingPathComponent("m.sqlite").path, creating: .fileAndFolder),
                folder
            )
        case .postgres:
            let url = try #require(ProcessInfo.processInfo.environment["TARJUMAN_TEST_POSTGRES"])
            let schema =
                "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            let separator = url.contains("?") ? "&" : "?"
            return (try PostgresMemoryStore(url: url + separator + "schema=" + schema), folder)
        }
    }

    /// Runs `statements` on the SQLite file at `path` as another program would (Python's
    /// sqlite3), returning its exit status.
    static func execute(_ statements: [String], in path: String) throws -> Int32 {
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sqlite.arguments =
            [
                "python3", "-c",
                "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); "
                    + "[c.execute(s) for s in sys.argv[2:]]; c.commit()",
                path,
            ] + statements
        try sqlite.run()
        sqlite.waitUntilExit()
        return sqlite.terminationStatus
    }

    static let units = [
        MemoryUnit(
            source: "The port of Gwadar was built in 2007.",
            target: "گوادر کی بندرگاہ 2007ء میں تعمیر ہوئی۔", origin: "tico.tmx",
            created: "2026-01-02T00:00:00Z", creator: "A", previous: "Gwadar is on the coast.",
            next: "Fishermen lost their livelihood."),
        MemoryUnit(
            source: "Protests began in Gwadar in 2021.",
            target: "گوادر میں 2021ء میں احتجاج شروع ہوا۔", origin: "tico.tmx"),
        MemoryUnit(
            source: "The students marched to the press club.",
            target: "طلبہ نے پریس کلب تک مارچ کیا۔", origin: "drafts"),
    ]

    /// A relative memory path reaches SQLite as a file name from `./`: `:memory:` and names
    /// starting `file:` are files, not SQLite's in-memory database or a URI (pass 32).
    @Test func relativeNamesAreFileNamesToSQLite() {
        #expect(SQLiteMemoryStore.plainPath(":memory:") == "./:memory:")
        #expect(
            SQLiteMemoryStore.plainPath("file:m.sqlite?mode=memory")
                == "./file:m.sqlite?mode=memory")
        #expect(SQLiteMemoryStore.plainPath("/srv/tm/m.sqlite") == "/srv/tm/m.sqlite")
    }

    /// A store is removed as unused only when it holds no units and no other open store
    /// (another Tarjuman, here another handle) has it.
    @Test func aStoreIsRemovedOnlyWhenNoOneElseHasItAndItIsEmpty() throws {
        let folder = try TemporaryFolder()
        let path = (folder.path as NSString).appendingPathComponent("m.sqlite")
        let made = try SQLiteMemoryStore(path: path, creating: .file)
        var other: SQLiteMemoryStore? = try SQLiteMemoryStore(path: path, creating: .none)
        #expect(!made.removeIfUnused())
        _ = try other?.add(
            [Self.units[0]], source: try TestData.pack("en"), target: try TestData.pack("ur"),
            penalty: nil)
        other = nil
        #expect(!made.removeIfUnused())
        #expect(FileManager.default.fileExists(atPath: path))
        let empty = (folder.path as NSString).appendingPathComponent("e.sqlite")
        #expect(try SQLiteMemoryStore(path: empty, creating: .file).removeIfUnused())
        #expect(!FileManager.default.fileExists(atPath: empty))
    }

    /// A damaged store says so, without the statement it ran (pass 60).
    @Test func aDamagedStoreSaysSo() throws {
        let folder = try TemporaryFolder()
        let path = try Self.damagedStore(in: folder) { size in 4096..<size }
        #expect {
            _ = try SQLiteMemoryStore(path: path, creating: .none).statistics()
        } throws: { error in
            "\(error)".contains("the memory file is damaged") && !"\(error)".contains("SELECT")
        }
    }

    /// A page the counts do not read is checked too (pass 66: statistics of a file with a
    /// damaged page were given).
    @Test func statisticsCheckEveryPage() throws {
        let folder = try TemporaryFolder()
        let path = try Self.damagedStore(in: folder) { size in (size - 4096)..<size }
        #expect {
            _ = try SQLiteMemoryStore(path: path, creating: .none).statistics()
        } throws: { error in
            "\(error)".contains("the memory file is damaged (SQLite: quick check: ")
        }
    }

    /// A store in `folder` holding ``units``, whose statistics are read once, then the bytes
    /// `damaged` gives for its size overwritten with 0xFF; its path.
    private static func damagedStore(
        in folder: TemporaryFolder, damaged: (UInt64) -> Range<UInt64>
    ) throws -> String {
        let path = (folder.path as NSString).appendingPathComponent("m.sqlite")
        var made: SQLiteMemoryStore? = try SQLiteMemoryStore(path: path, creating: .file)
        _ = try made?.add(
            units, source: try TestData.pack("en"), target: try TestData.pack("ur"), penalty: nil)
        #expect(try made?.statistics().units == units.count)
        made = nil
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        let range = damaged(try handle.seekToEnd())
        try handle.seek(toOffset: range.lowerBound)
        try handle.write(contentsOf: Data(repeating: 0xFF, count: range.count))
        try handle.close()
        return path
    }

    /// Adds made atomically are all kept when the block returns and none when it throws,
    /// however many there were; outside such a block each add is kept at once.
    /// A unit without words in its source or with a blank translation is not stored: it
    /// could never be found, or would fill a sentence with nothing (hostile pass 7).
    @Test(arguments: Backend.available)
    func emptyUnitsAreNotStored(_ backend: Backend) throws {
        let (store, folder) = try Self.store(backend)
        defer { try? FileManager.default.removeItem(at: folder) }
        let blank = ["", "   ", "\u{200B}", "\u{0640}"].map { target in
            MemoryUnit(source: "The port is large.", target: target, origin: "t.tmx", created: "")
        }
        let wordless = ["", "...", "—"].map {
            MemoryUnit(source: $0, target: "بندرگاہ", origin: "t.tmx", created: "")
        }
        #expect(blank.allSatisfy { !$0.isStorable } && wordless.allSatisfy { !$0.isStorable })
        #expect(Self.units[0].isStorable)
        let added = try store.add(
            blank + wordless + [Self.units[0]], source: try TestData.pack("en"),
            target: try TestData.pack("ur"), penalty: 0)
        #expect(added == 1)
        #expect(try store.statistics().units == 1)
    }

    /// Units already stored under another origin add nothing, and the new origin is not
    /// left listed with no units (hostile pass 11), unless it was given a penalty, which
    /// its later units need (pass 46).
    @Test(arguments: Backend.available)
    func anOriginThatAddedNothingIsNotListed(_ backend: Backend) throws {
        let (store, folder) = try Self.store(backend)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (en, ur) = (try TestData.pack("en"), try TestData.pack("ur"))
        #expect(try store.add(Self.units, source: en, target: ur, penalty: 0) == 3)
        let again = Self.units.map {
            MemoryUnit(source: $0.source, target: $0.target, origin: "again.tmx")
        }
        #expect(try store.add(again, source: en, target: ur, penalty: nil) == 0)
        #expect(try store.add(again, source: en, target: ur, penalty: 0) == 0)
        #expect(!(try store.statistics().origins.map(\.origin).contains("again.tmx")))
        #expect(try store.statistics().units == 3)
        // The penalties alone, as imports and exports read them, agree with the counts.
        let penalties = try store.penalties()
        #expect(penalties.keys.contains("again.tmx") == false)
        #expect(
            penalties
                == Dictionary(
                    uniqueKeysWithValues: try store.statistics().origins.map {
                        ($0.origin, $0.penalty)
                    }))
        #expect(!penalties.isEmpty)
        #expect(try store.add(again, source: en, target: ur, penalty: 5) == 0)
        #expect(try store.penalties()["again.tmx"] == 5)
    }

    /// Sources with the same words but other punctuation, letter case or digits are units
    /// of their own, each found as written (100) and the other at 99; white space alone
    /// does not make another unit (pass 23: the second was "already stored" and dropped).
    @Test(arguments: Backend.available)
    func sourcesThatDifferOnlyInPunctuationAreBothStored(_ backend: Backend) throws {
        let (store, folder) = try Self.store(backend)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (en, ur) = (try TestData.pack("en"), try TestData.pack("ur"))
        let sources = ["Room 12 is open.", "Room 12 is open!", "room 12 is open."]
        let units = (sources + ["Room  12 is open. "]).map {
            MemoryUnit(source: $0, target: "کمرہ 12 کھلا ہے۔", origin: "v.tmx")
        }
        #expect(try store.add(units, source: en, target: ur, penalty: nil) == 3)
        #expect(try store.add(units, source: en, target: ur, penalty: nil) == 0)
        // Nor does a normal form (pass 24: `Café` with a combining accent was another unit).
        let composed = ["Caf\u{E9} is open.", "Cafe\u{301} is open."].map {
            MemoryUnit(source: $0, target: "کیفے کھلا ہے۔", origin: "v.tmx")
        }
        #expect(try store.add(composed, source: en, target: ur, penalty: nil) == 1)
        for sentence in sources {
            let matches = try store.lookup(
                sentence, source: en, target: "ur", minimum: 90, limit: 5, context: nil)
            #expect(matches.map(\.score) == [100, 99, 99], "\(sentence)")
            #expect(matches.first?.unit.source == sentence)
        }
    }

    /// A memory of schema v1 (units hashed by key and translation) is rehashed when opened:
    /// adding its units again adds nothing, and a source variant it had dropped is added.
    @Test func aSchemaOneStoreIsRehashed() throws {
        let (store, folder) = try Self.store(.sqlite)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (en, ur) = (try TestData.pack("en"), try TestData.pack("ur"))
        #expect(try store.add(Self.units, source: en, target: ur, penalty: nil) == 3)
        let path = folder.appendingPathComponent("m.sqlite").path
        #expect(
            try Self.execute(
                [
                    "UPDATE unit SET unit_hash = -id",
                    "DELETE FROM grdb_migrations WHERE identifier = 'v2'",
                ],
                in: path) == 0)
        // A reader reads it as it stands (review of pass 23: v2 refused shared read-only
        // memories); its first write rehashes it.
        let reopened = try SQLiteMemoryStore(path: path, creating: .none)
        #expect(try reopened.statistics().schemaVersion == 1)
        #expect(
            try reopened.lookup(
                Self.units[1].source, source: en, target: "ur", minimum: 75, limit: 1,
                context: nil
            ).first?.score == 100)
        #expect(try reopened.add(Self.units, source: en, target: ur, penalty: nil) == 0)
        #expect(try reopened.statistics().schemaVersion == 2)
        let variant = MemoryUnit(
            source: Self.units[1].source.replacingOccurrences(of: ".", with: "!"),
            target: Self.units[1].target, origin: "v.tmx")
        #expect(try reopened.add([variant], source: en, target: ur, penalty: nil) == 1)
    }

    @Test(arguments: Backend.available)
    func anAtomicBlockKeepsAllOrNothing(_ backend: Backend) throws {
        struct Stop: Error {}
        let (store, folder) = try Self.store(backend)
        defer { try? FileManager.default.removeItem(at: folder) }
        let en = try TestData.pack("en")
        let ur = try TestData.pack("ur")
        #expect(try store.add([Self.units[0]], source: en, target: ur, penalty: 0) == 1)
        #expect(throws: Stop.self) {
            try store.atomically {
                _ = try store.add([Self.units[1]], source: en, target: ur, penalty: 0)
                _ = try store.add([Self.units[2]], source: en, target: ur, penalty: 0)
                throw Stop()
            }
        }
        #expect(try store.statistics().units == 1)
        let added = try store.atomically {
            try store.add(Array(Self.units[1...]), source: en, target: ur, penalty: 0)
        }
        #expect(added == 2)
        #expect(try store.statistics().units == 3)
    }

    @Test(arguments: Backend.available)
    func exactInContextAndFuzzyMatchesScoreAsCATToolsShowThem(_ backend: Backend) throws {
        let (store, folder) = try Self.store(backend)
        defer { try? FileManager.default.removeItem(at: folder) }
        let en = try TestData.pack("en")
        let ur = try TestData.pack("ur")
        #expect(try store.add(Self.units, source: en, target: ur, penalty: 0) == 3)
        // Importing again adds nothing.
        #expect(try store.add(Self.units, source: en, target: ur, penalty: 0) == 0)
        let exact = try store.lookup(
            "The  port of Gwadar\twas built in 2007. ", source: en, target: "ur", minimum: 75,
            limit: 3, context: ("", ""))
        #expect(exact.first?.score == 100)
        // Every token the same but the text not (case, punctuation): 99, a draft to confirm,
        // in context too (hostile pass 11: "Hello world?" was filled as "Hello world.").
        for sentence in [
            "The port of GWADAR was built in 2007.", "The port of Gwadar was built in 2007?",
            "The port of Gwadar, was built in 2007",
        ] {
            let near = try store.lookup(
                sentence, source: en, target: "ur", minimum: 75, limit: 3,
                context: ("Gwadar is on the coast.", "Fishermen lost their livelihood."))
            #expect(near.first?.score == 99, "\(sentence)")
        }
        let inContext = try store.lookup(
            "The port of Gwadar was built in 2007.", source: en, target: "ur", minimum: 75,
            limit: 3, context: ("Gwadar is on the coast.", "Fishermen lost their livelihood."))
        #expect(inContext.first?.score == 101)
        #expect(inContext.first?.unit.creator == "A")
        // One word of eight changed, and the year: 6 of 8 tokens kept → 75%.
        let fuzzy = try store.lookup(
            "The port of Pasni was built in 2009.", source: en, target: "ur", minimum: 75,
            limit: 3, context: ("", ""))
        #expect(fuzzy.map(\.score) == [75])
        #expect(fuzzy.first?.numbersDiffer.missing == ["2009"])
        #expect(fuzzy.first?.numbersDiffer.extra == ["2007"])
        #expect(
            fuzzy.first?.numberDifference
                == "numbers: only the sentence has 2009; only the match has 2007")
        #expect(
            try store.lookup(
                "The port of Pasni was built in 2009.", source: en, target: "ur", minimum: 80,
                limit: 3, context: ("", "")
            ).isEmpty)
    }

    /// Only a unit whose context is known scores 101: one from a memory in no document's
    /// order (another tool's TMX) scores 100 even for a lookup whose context is empty too
    /// (pass 13: a one-sentence lookup scored 101 against a one-unit import).
    @Test(arguments: Backend.available)
    func anUnknownContextNeverScoresInContext(_ backend: Backend) throws {
        let (store, folder) = try Self.store(backend)
        defer { try? FileManager.default.removeItem(at: folder) }
        let en = try TestData.pack("en")
        let ur = try TestData.pack("ur")
        let units = [
            MemoryUnit(
                source: "The port opened.", target: "بندرگاہ کھلی۔", origin: "tmx",
                contextKnown: false),
            MemoryUnit(source: "The road was built.", target: "سڑک بنی۔", origin: "job"),
        ]
        _ = try store.add(units, source: en, target: ur, penalty: 0)
        let score = { (sentence: String) in
            try store.lookup(
                sentence, source: en, target: "ur", minimum: 75, limit: 1, context: ("", "")
            ).first?.score
        }
        #expect(try score("The port opened.") == 100)
        #expect(try score("The road was built.") == 101)
        // A lookup that does not know its own context never scores 101 (pass 16: `tm
        // lookup` asked with an empty one).
        let unknown = try store.lookup(
            "The road was built.", source: en, target: "ur", minimum: 75, limit: 1, context: nil)
        #expect(unknown.first?.score == 100)
    }

    @Test(arguments: Backend.available)
    func keysFoldArabicKeyboardLettersSoUrduFindsUrdu(_ backend: Backend) throws {
        let (store, folder) = try Self.store(backend)
        defer { try? FileManager.default.removeItem(at: folder) }
        let ur = try TestData.pack("ur")
        let bal = try TestData.pack("bal-Arab-PK")
        let unit = MemoryUnit(
            source: "بلوچستان کی تاریخ", target: "بلوچستانءِ تاریخ", origin: "x",
            contextKnown: false)
        _ = try store.add([unit], source: ur, target: bal, penalty: 0)
        // Arabic kaf and yeh typed for Urdu ک and ی.
        let found = try store.lookup(
            "بلوچستان كي تاريخ", source: ur, target: "bal-Arab-PK", minimum: 100, limit: 1,
            context: ("", ""))
        #expect(found.first?.unit == unit)
    }

    /// A lookup for the best few stops scoring once no candidate left can reach them, but not
    /// before a later unit that can tie: among equal scores the most recent wins.
    @Test(arguments: Backend.available)
    func theBestMatchIsFoundWhenLookupsStopEarly(_ backend: Backend) throws {
        let (store, folder) = try Self.store(backend)
        defer { try? FileManager.default.removeItem(at: folder) }
        let en = try TestData.pack("en")
        let ur = try TestData.pack("ur")
        // The query has 10 tokens, "a" twice. 47 units with two tokens swapped and one with
        // "a" for "i" hold every token at the same length (bound 100) and score 80 and 90:
        // they fill the lookup's first two batches (16 + 32). The last unit lacks the final
        // "a": bound 90, score 90, and the most recent, so it is the best match.
        let query = "a b c d e f g h i a"
        let words = query.split(separator: " ").map(String.init)
        var units = (0..<47).map { index in
            var swapped = words
            swapped.swapAt(index % 9, index % 9 + 1)
            return MemoryUnit(
                source: swapped.joined(separator: " "), target: "پُر \(index)", origin: "fill")
        }
        units.append(MemoryUnit(source: "a b c d e f g h i i", target: "نوے", origin: "fill"))
        units.append(MemoryUnit(source: "a b c d e f g h i", target: "آخری", origin: "fill"))
        _ = try store.add(units, source: en, target: ur, penalty: 0)
        let best = try store.lookup(
            query, source: en, target: "ur", minimum: 75, limit: 1, context: ("", ""))
        #expect(best.map(\.unit.target) == ["آخری"])
        #expect(best.map(\.score) == [90])
    }

    /// A score of 0 asks for everything without overflowing; a sentence too long for fuzzy
    /// matching (quadratic in its length) finds its exact match at once and nothing else.
    @Test(arguments: Backend.available)
    func extremeScoresAndSentenceLengthsAreAnswered(_ backend: Backend) throws {
        let (store, folder) = try Self.store(backend)
        defer { try? FileManager.default.removeItem(at: folder) }
        let en = try TestData.pack("en")
        let ur = try TestData.pack("ur")
        let long = (0..<3_000).map { "word\($0 % 50)" }.joined(separator: " ")
        var near = long
        near.removeLast(6)
        _ = try store.add(
            Self.units + [
                MemoryUnit(source: long, target: "طویل", origin: "long"),
                MemoryUnit(source: near, target: "تقریباً", origin: "long"),
            ], source: en, target: ur, penalty: 0)
        let everything = try store.lookup(
            "The port of Gwadar", source: en, target: "ur", minimum: 0, limit: 100,
            context: ("", ""))
        #expect(everything.first?.unit.source == Self.units[0].source)
        #expect(everything.allSatisfy { $0.unit.origin != "long" })
        let exact = try store.lookup(
            long, source: en, target: "ur", minimum: 50, limit: 5, context: ("", ""))
        #expect(exact.map(\.unit.target) == ["طویل"])
    }

    @Test(arguments: Backend.available)
    func aPenaltyRanksALessTrustedMemoryLowerAndOriginsCanBeDeleted(_ backend: Backend) throws {
        let (store, folder) = try Self.store(backend)
        defer { try? FileManager.default.removeItem(at: folder) }
        let en = try TestData.pack("en")
        let ur = try TestData.pack("ur")
        _ = try store.add([Self.units[0]], source: en, target: ur, penalty: 0)
        var machine = Self.units[0]
        machine.target = "گوادر بندرگاہ 2007 میں بنی"
        machine.origin = "mt.tmx"
        _ = try store.add([machine], source: en, target: ur, penalty: 30)
        let matches = try store.lookup(
            Self.units[0].source, source: en, target: "ur", minimum: 50, limit: 5,
            context: ("", ""))
        #expect(matches.map(\.score) == [100, 70])
        #expect(matches.map(\.unit.origin) == ["tico.tmx", "mt.tmx"])
        let stats = try store.statistics()
        #expect(stats.units == 2 && stats.schemaVersion == (backend == .sqlite ? 2 : 3))
        #expect(stats.origins.map(\.penalty) == [30, 0])
        // More units of the origin without a penalty keep the one it has; a new one sets it.
        var more = machine
        more.source = "The port of Pasni was built in 1988."
        _ = try store.add([more], source: en, target: ur, penalty: nil)
        #expect(try store.statistics().origins.map(\.penalty) == [30, 0])
        more.source = "The port of Ormara was built in 1990."
        _ = try store.add([more], source: en, target: ur, penalty: 10)
        #expect(try store.statistics().origins.map(\.penalty) == [10, 0])
        #expect(try store.delete(origin: "mt.tmx") == 3)
        #expect(try store.statistics().units == 1)
        #expect(
            try store.lookup(
                "The port of Pasni was built in 2009.", source: en, target: "ur", minimum: 50,
                limit: 5, context: ("", "")
            ).map(\.unit.origin) == ["tico.tmx"])
    }

    /// A translation a translator confirmed that a machine translation already held (the
    /// same source and target) takes the unit over from the penalised origin, with its
    /// context; it was dropped as "already stored", kept scoring 70 and was deleted with
    /// the machine translations (pass 43). A unit of a higher penalty takes nothing.
    @Test(arguments: Backend.available)
    func aConfirmedTranslationTakesOverAPenalisedUnit(_ backend: Backend) throws {
        let (store, folder) = try Self.store(backend)
        defer { try? FileManager.default.removeItem(at: folder) }
        let en = try TestData.pack("en")
        let ur = try TestData.pack("ur")
        let machine = MemoryUnit(
            source: Self.units[0].source, target: Self.units[0].target, origin: "mt.tmx",
            contextKnown: false)
        #expect(try store.add([machine], source: en, target: ur, penalty: 30) == 1)
        #expect(try store.add([Self.units[0]], source: en, target: ur, penalty: 0) == 1)
        let context = (previous: Self.units[0].previous, next: Self.units[0].next)
        let matches = try store.lookup(
            Self.units[0].source, source: en, target: "ur", minimum: 50, limit: 5,
            context: context)
        #expect(matches.map(\.score) == [101])
        #expect(matches.map(\.unit.origin) == ["tico.tmx"])
        // With the provenance of the copy that took it over (pass 45: the machine's).
        #expect(matches.map(\.unit.creator) == ["A"])
        // The machine translations' origin stays, empty, with its penalty: more of it
        // imported later still ranks lower (pass 45).
        #expect(
            try store.statistics().origins.map { "\($0.origin) \($0.units) \($0.penalty)" } == [
                "mt.tmx 0 30", "tico.tmx 1 0",
            ])
        #expect(try store.penalties()["mt.tmx"] == 30)
        var worse = Self.units[0]
        worse.origin = "later-mt.tmx"
        #expect(try store.add([worse], source: en, target: ur, penalty: 40) == 0)
        // Its penalty is kept though it added nothing: its next units rank lower (pass 46:
        // they matched at 100).
        #expect(try store.penalties()["later-mt.tmx"] == 40)
        var next = worse
        next.source = "The port of Pasni was built in 1988."
        #expect(try store.add([next], source: en, target: ur, penalty: nil) == 1)
        #expect(try store.penalties()["later-mt.tmx"] == 40)
        #expect(try store.delete(origin: "later-mt.tmx") == 1)
        #expect(try store.statistics().units == 1)
    }

    @Test(arguments: Backend.available)
    func concordanceFindsWholeWordsInEitherLanguage(_ backend: Backend) throws {
        let (store, folder) = try Self.store(backend)
        defer { try? FileManager.default.removeItem(at: folder) }
        let en = try TestData.pack("en")
        let ur = try TestData.pack("ur")
        _ = try store.add(Self.units, source: en, target: ur, penalty: 0)
        #expect(try store.search("gwadar", source: en, target: ur, limit: 10).count == 2)
        #expect(try store.search("press club", source: en, target: ur, limit: 10).count == 1)
        #expect(try store.search("احتجاج", source: en, target: ur, limit: 10).count == 1)
        #expect(try store.search("gwad", source: en, target: ur, limit: 10).isEmpty)
        // A number in the translation is found in another digit script (pass 23).
        #expect(
            try store.search("۲۰۲۱ء میں", source: en, target: ur, limit: 10).map(\.source)
                == [Self.units[1].source])
        // A phrase without words (a sign, an emoji) is still looked for in the translations
        // (hostile pass 11: it found nothing).
        _ = try store.add(
            [MemoryUnit(source: "R and D grew.", target: "R&D بڑھا 😀", origin: "x.tmx")],
            source: en, target: ur, penalty: 0)
        #expect(try store.search("&", source: en, target: ur, limit: 10).count == 1)
        #expect(try store.search("😀", source: en, target: ur, limit: 10).count == 1)
        #expect(try store.search(" ", source: en, target: ur, limit: 10).isEmpty)
        // Translations stored with Arabic-keyboard letters are found by the Urdu spelling,
        // and the other way round (pass 22: only the query was folded); signs are literal.
        _ = try store.add(
            [
                MemoryUnit(
                    source: "Is it right?", target: "كيا يہ ٹھيک ہے؟ (a*b)", origin: "k.tmx"),
                MemoryUnit(source: "Is it right now?", target: "کیا یہ ٹھیک ہے؟", origin: "k.tmx"),
            ], source: en, target: ur, penalty: 0)
        for query in ["ٹھیک ہے", "ٹھيک ہے", "كیا یہ ٹھ"] {
            #expect(
                try store.search(query, source: en, target: ur, limit: 10).map(\.source) == [
                    "Is it right?", "Is it right now?",
                ], "\(query)")
        }
        #expect(try store.search("(a*b)", source: en, target: ur, limit: 10).count == 1)
        #expect(try store.search("(a.b)", source: en, target: ur, limit: 10).isEmpty)
        #expect(try store.search("ـ", source: en, target: ur, limit: 10).isEmpty)
    }

    /// Every unit an exhaustive scan scores at 60% or more is found through the index, on a
    /// memory of near-duplicates (word substitutions and drops).
    @Test(arguments: Backend.available)
    func theIndexMissesNothingAnExhaustiveScanFinds(_ backend: Backend) throws {
        let (store, folder) = try Self.store(backend)
        defer { try? FileManager.default.removeItem(at: folder) }
        let en = try TestData.pack("en")
        let ur = try TestData.pack("ur")
        let words = "the port city coast of gwadar was built in by china with a loan for fishermen"
            .split(separator: " ").map(String.init)
        var seeded = SeededRandom(seed: 7)
        var units: [MemoryUnit] = []
        for index in 0..<400 {
            let count = 4 + Int(seeded.next() % 10)
            let sentence = (0..<count).map { _ in words[Int(seeded.next() % UInt64(words.count))] }
            units.append(
                MemoryUnit(
                    source: sentence.joined(separator: " "), target: "ترجمہ \(index)",
                    origin: "generated"))
        }
        _ = try store.add(units, source: en, target: ur, penalty: 0)
        let normalizer = Normalizer(pack: en)
        let keys = try units.map { try MemoryKey($0.source, normalizer: normalizer) }
        for query in units.prefix(60) {
            let key = try MemoryKey(query.source, normalizer: normalizer)
            for minimum in [60, 75, 90] {
                let expected = Set(
                    zip(units, keys).filter { $0.1.similarity(to: key) >= minimum }.map(\.0.source))
                let found = try store.lookup(
                    query.source, source: en, target: "ur", minimum: minimum, limit: 10_000,
                    context: ("", ""))
                #expect(Set(found.map(\.unit.source)) == expected)
                // Asking for the best few gives the head of the full answer, ties included.
                let altered =
                    "harbour "
                    + query.source.split(separator: " ").dropFirst()
                    .joined(separator: " ")
                for sentence in [query.source, altered] {
                    let all = try store.lookup(
                        sentence, source: en, target: "ur", minimum: minimum, limit: 10_000,
                        context: ("", ""))
                    for limit in [1, 3] {
                        let best = try store.lookup(
                            sentence, source: en, target: "ur", minimum: minimum, limit: limit,
                            context: ("", ""))
                        #expect(best == Array(all.prefix(limit)), "\(sentence) \(minimum)")
                    }
                }
            }
        }
    }

    @Test func aStoreIsCreatedOnlyAsFarAsAsked() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tarjuman-memory-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("m.sqlite").path
        #expect {
            try SQLiteMemoryStore(path: path, creating: .file)
        } throws: { error in
            "\(error)".contains("the folder \(folder.path) does not exist")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect {
            try SQLiteMemoryStore(path: path, creating: .none)
        } throws: { error in
            "\(error)".contains("no memory here")
        }
        #expect(!FileManager.default.fileExists(atPath: path))
        // An empty file is not made a memory by a command that only reads.
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        #expect {
            try SQLiteMemoryStore(path: path, creating: .none)
        } throws: { error in
            "\(error)".contains("an empty file, not a memory")
        }
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int == 0)
        _ = try SQLiteMemoryStore(path: path, creating: .file).statistics()
        #expect(try SQLiteMemoryStore(path: path, creating: .none).statistics().units == 0)
    }

    /// A store without write access (a read-only share) is read as it is; writes are
    /// refused with what to do. Runs where permissions bind (not as root; the CLI test runs
    /// the same as `nobody`).
    @Test(.enabled(if: getuid() != 0))
    func aReadOnlyStoreIsRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tarjuman-memory-\(UUID().uuidString)")
        defer {
            chmod(folder.path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        let path = folder.appendingPathComponent("m.sqlite").path
        let en = try TestData.pack("en")
        let ur = try TestData.pack("ur")
        do {
            // Closed at the end of this block: SQLite folds its WAL file back in.
            let store = try SQLiteMemoryStore(path: path, creating: .fileAndFolder)
            #expect(
                try store.add(Self.units, source: en, target: ur, penalty: 0) == Self.units.count)
        }
        chmod(path, 0o444)
        chmod(folder.path, 0o555)
        let shared = try SQLiteMemoryStore(path: path, creating: .none)
        #expect(try shared.statistics().units == Self.units.count)
        #expect(
            try !shared.lookup(
                Self.units[0].source, source: en, target: "ur", minimum: 75, limit: 1,
                context: ("", "")
            ).isEmpty)
        #expect {
            try shared.delete(origin: Self.units[0].origin)
        } throws: { error in
            "\(error)".contains("the memory is read-only here")
        }
        // A writer is refused before SQLite makes files beside the memory (pass 22).
        chmod(folder.path, 0o755)
        #expect {
            try SQLiteMemoryStore(path: path, creating: .file)
        } throws: { error in
            "\(error)".contains("the memory is read-only here")
        }
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    /// Another program's SQLite database is refused as it is: no tables added, no WAL.
    @Test func anotherProgramsDatabaseIsNotMadeAMemory() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tarjuman-memory-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("contacts.db").path
        func python(_ code: String) throws -> String {
            let process = Process()
            let output = Pipe()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [
                "python3", "-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); " + code,
                path,
            ]
            process.standardOutput = output
            try process.run()
            process.waitUntilExit()
            return String(
                decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        }
        // An empty database is made a memory by a writer only (pass 22: tm stats did).
        _ = try python("c.execute('VACUUM')")
        #expect {
            try SQLiteMemoryStore(path: path, creating: .none)
        } throws: { error in
            "\(error)".contains("an empty SQLite database, not a memory")
        }
        #expect(
            try python("print(c.execute('SELECT count(*) FROM sqlite_master').fetchone()[0])")
                == "0\n")
        // Nor is one holding only a view (review of pass 22: a writer made it a memory).
        _ = try python("c.execute('CREATE VIEW v AS SELECT 1'); c.commit()")
        #expect {
            try SQLiteMemoryStore(path: path, creating: .file)
        } throws: { error in
            "\(error)".contains("an SQLite database of another program (views v)")
        }
        _ = try python("c.execute('DROP VIEW v'); c.commit()")
        _ = try python("c.execute('CREATE TABLE contacts (name TEXT)'); c.commit()")
        for creating in [SQLiteMemoryStore.Creation.none, .file] {
            #expect {
                try SQLiteMemoryStore(path: path, creating: creating)
            } throws: { error in
                "\(error)".contains(
                    "not a translation memory: an SQLite database of another program (tables contacts)"
                )
            }
        }
        #expect(
            try python(
                "print([r[0] for r in c.execute('SELECT name FROM sqlite_master')], "
                    + "c.execute('PRAGMA journal_mode').fetchone()[0])")
                == "['contacts'] delete\n")
        // A memory another run is making (for a moment, its migrations record alone) is one
        // (pass 61: of four imports starting a memory at once, one refused it); with another
        // program's table beside the record it is not.
        let making = folder.appendingPathComponent("making.db").path
        let record = "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)"
        #expect(try Self.execute([record], in: making) == 0)
        #expect(try SQLiteMemoryStore(path: making, creating: .file).statistics().units == 0)
        let mixed = folder.appendingPathComponent("mixed.db").path
        #expect(try Self.execute([record, "CREATE TABLE contacts (name TEXT)"], in: mixed) == 0)
        #expect {
            try SQLiteMemoryStore(path: mixed, creating: .file)
        } throws: { error in
            "\(error)".contains("another program (tables contacts, grdb_migrations)")
        }
    }

    /// A value of the wrong kind in a store's column (changed by another program) is an
    /// error naming the store and the column, never GRDB's fatal error (hostile pass 11).
    @Test(arguments: [
        (
            "UPDATE unit SET source = x'ff'",
            "holds 1 bytes that are not UTF-8 text in column 'source'"
        ),
        ("UPDATE origin SET penalty = 'x'", "holds text in column 'penalty'"),
        ("UPDATE unit SET tokens = 7", "holds a whole number in column 'tokens'"),
        (
            "UPDATE origin SET penalty = -50",
            "holds -50 in column 'penalty' where Tarjuman keeps a penalty from 0 to 100"
        ),
    ])
    func aValueOfTheWrongKindIsAnError(_ change: String, _ said: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tarjuman-memory-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("m.sqlite").path
        let (en, ur) = (try TestData.pack("en"), try TestData.pack("ur"))
        do {
            let store = try SQLiteMemoryStore(path: path, creating: .fileAndFolder)
            #expect(try store.add([Self.units[0]], source: en, target: ur, penalty: 0) == 1)
        }
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sqlite.arguments = [
            "python3", "-c",
            "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(sys.argv[2]); c.commit()",
            path, change,
        ]
        try sqlite.run()
        sqlite.waitUntilExit()
        let store = try SQLiteMemoryStore(path: path)
        let reads: [() throws -> Void] = [
            { _ = try store.units(source: "en", target: "ur", after: 0, limit: 10) },
            {
                _ = try store.lookup(
                    Self.units[0].source, source: en, target: "ur", minimum: 50, limit: 5,
                    context: ("", ""))
            },
            { _ = try store.statistics() },
        ]
        var failures = 0
        for read in reads {
            do { try read() } catch {
                #expect("\(error)".contains(path) && "\(error)".contains(said), "\(error)")
                failures += 1
            }
        }
        #expect(failures >= 1)
    }

    @Test func aStoreFromANewerTarjumanIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tarjuman-memory-\(UUID().uuidString)")
        let store = try SQLiteMemoryStore(
            path: folder.appendingPathComponent("m.sqlite").path, creating: .fileAndFolder)
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try store.statistics()
        let path = store.path
        _ = try Self.execute(["INSERT INTO grdb_migrations VALUES ('v99')"], in: path)
        #expect {
            try SQLiteMemoryStore(path: path)
        } throws: { error in
            "\(error)".contains("newer Tarjuman")
        }
    }

    @Test(arguments: Backend.available)
    func preparedFilesListEveryCandidateWithItsScoreAndOrigin(_ backend: Backend) throws {
        let (store, folder) = try Self.store(backend)
        defer { try? FileManager.default.removeItem(at: folder) }
        let en = try TestData.pack("en")
        let ur = try TestData.pack("ur")
        let variant = MemoryUnit(
            source: "The port of Pasni was built in 2007.",
            target: "پسنی کی بندرگاہ 2007ء میں تعمیر ہوئی۔", origin: "pasni & co.tmx")
        _ = try store.add(Self.units + [variant], source: en, target: ur, penalty: 0)
        let preparer = try JobPreparer(
            sourcePack: en, targetPack: ur, store: store, minimumMatch: 70, candidates: 2)
        let job = try preparer.prepare(
            .text("The port of Ormara was built in 2007. Nothing else matches here."),
            original: "new.en.txt")
        let first = try #require(job.segments.first)
        // Two memory units differ from the sentence by one word of eight: 87%.
        #expect(first.matches.map(\.score) == [87, 87])
        #expect(first.origin == .draft)
        #expect(first.target == first.matches[0].unit.target)
        #expect(job.segments[1].matches.isEmpty)
        let xliff = XLIFF.document(job, sourceDirection: .ltr, targetDirection: .rtl)
        #expect(xliff.contains("xmlns:mtc=\"urn:oasis:names:tc:xliff:matches:2.0\""))
        #expect(
            xliff.components(
                separatedBy: "<mtc:match ref=\"#\(first.id)\" type=\"tm\" similarity=\"87\""
            )
            .count == 3)
        #expect(xliff.contains("origin=\"pasni &amp; co.tmx\""))
        #expect(xliff.contains("<source>The port of Pasni was built in 2007.</source>"))
        // Candidates are not read back as segments: the file merges as before.
        let back = try XLIFF.read(Data(xliff.utf8), file: "new.xlf")
        #expect(back.segments.map(\.source) == job.segments.map(\.source))
        #expect(back.segments.map(\.target) == job.segments.map(\.target))
        let worksheet = WorksheetTSV.document(job)
        #expect(worksheet.contains("\tmatch\t"))
        #expect(worksheet.contains("\tdraft\t87% "))
        let markdown = WorksheetMarkdown.document(job)
        #expect(
            markdown.contains("> Memory: 87% pasni & co.tmx: The port of Pasni was built in 2007."))
        let reread = try WorksheetMarkdown.read(markdown, file: "new.md")
        #expect(reread.segments.map(\.source) == job.segments.map(\.source))
        let rereadTSV = try WorksheetTSV.read(worksheet, file: "new.tsv")
        #expect(rereadTSV.segments.map(\.target) == job.segments.map(\.target))
        // A TMX memory's exact match fills the sentence, and the store's are still listed
        // (pass 68: with --tm and --tm-db, the match column was empty).
        let memory = TranslationMemory(pairs: [
            TranslationPair(source: "The port of Ormara was built in 2007.", target: "اورماڑہ۔")
        ])
        let both = try JobPreparer(
            sourcePack: en, targetPack: ur, memory: memory, store: store, minimumMatch: 70,
            candidates: 2
        ).prepare(.text("The port of Ormara was built in 2007."), original: "new.en.txt")
        #expect(both.segments.map(\.target) == ["اورماڑہ۔"])
        #expect(both.segments.map(\.origin) == [.memory])
        #expect(both.segments.first?.matches.map(\.score) == [87, 87])
    }

    @Test(arguments: Backend.available)
    func unitsPageThroughAStoreAndKeepTheirProvenanceInTMX(_ backend: Backend) throws {
        let (store, folder) = try Self.store(backend)
        defer { try? FileManager.default.removeItem(at: folder) }
        let en = try TestData.pack("en")
        let ur = try TestData.pack("ur")
        _ = try store.add(Self.units, source: en, target: ur, penalty: 0)
        let first = try store.units(source: "en", target: "ur", after: 0, limit: 2)
        let rest = try store.units(
            source: "en", target: "ur", after: try #require(first.last).number, limit: 2)
        #expect((first + rest).map(\.unit.source) == Self.units.map(\.source))
        #expect(try store.units(source: "en", target: "bal", after: 0, limit: 2).isEmpty)
        let tmx =
            TMX.header(sourceLanguage: "en", date: "20260101T000000Z")
            + (first + rest).map {
                TMX.unit($0.unit, id: "\($0.number)", sourceLanguage: "en", targetLanguage: "ur")
            }.joined() + TMX.footer
        let back = try TMX.read(Data(tmx.utf8), file: "m.tmx", source: "en", target: "ur").pairs
        #expect(back.map(\.target) == Self.units.map(\.target))
        #expect(back[0].created == "20260102T000000Z" && back[0].creator == "A")
        #expect(back.map(\.origin) == ["tico.tmx", "tico.tmx", "drafts"])
        #expect(TMX.date("2026-01-02T03:04:05.123Z") == "20260102T030405Z")
        #expect(TMX.date("yesterday") == nil)
    }

    /// The two backends give the same matches, scores and order on the same memory.
    @Test(.enabled(if: Backend.available.count > 1))
    func bothBackendsFindTheSameMatches() throws {
        let en = try TestData.pack("en")
        let ur = try TestData.pack("ur")
        let words = "the port city coast of gwadar was built in by china with a loan for fishermen"
            .split(separator: " ").map(String.init)
        var seeded = SeededRandom(seed: 11)
        let units = (0..<300).map { index in
            let count = 4 + Int(seeded.next() % 10)
            let sentence = (0..<count).map { _ in words[Int(seeded.next() % UInt64(words.count))] }
            return MemoryUnit(
                source: sentence.joined(separator: " "), target: "ترجمہ \(index % 50)",
                origin: index % 3 == 0 ? "mt" : "tico", previous: "x \(index % 4)")
        }
        var results: [[String]] = []
        for backend in Backend.allCases {
            let (store, folder) = try Self.store(backend)
            defer { try? FileManager.default.removeItem(at: folder) }
            // Added in three calls, so that PostgreSQL keeps lists of a token in several rows.
            for part in stride(from: 0, to: units.count, by: 100) {
                _ = try store.add(
                    Array(units[part..<part + 100]), source: en, target: ur, penalty: 0)
            }
            _ = try store.add(Array(units.prefix(40)), source: en, target: ur, penalty: 5)
            var lines: [String] = []
            // Deleting an origin rewrites the lists: the same answers before and after.
            for deleted in ["", "mt"] {
                if !deleted.isEmpty { lines.append("deleted \(try store.delete(origin: deleted))") }
                for query in units.prefix(50) {
                    for minimum in [60, 90] {
                        let found = try store.lookup(
                            query.source, source: en, target: "ur", minimum: minimum, limit: 8,
                            context: ("x 1", ""))
                        lines.append(
                            found.map { "\($0.score) \($0.unit.source) \($0.unit.origin)" }
                                .joined(separator: " | "))
                    }
                }
                lines += try store.search("gwadar port", source: en, target: ur, limit: 5).map(
                    \.source)
                let stats = try store.statistics()
                lines.append("\(stats.units) \(stats.origins.map(\.origin))")
            }
            results.append(lines)
        }
        #expect(results[0] == results[1])
    }
}
