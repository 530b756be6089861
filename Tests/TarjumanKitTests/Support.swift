import Foundation
import Testing
@testable import TarjumanKit

/// Paths and shared objects for the tests.
enum TestData {
    /// The package root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A file under `Tests/Fixtures`.
    static func fixture(_ path: String) -> URL {
        root.appendingPathComponent("Tests/Fixtures").appendingPathComponent(path)
    }

    /// The project's own locale packs.
    static let catalog: LocaleCatalog = {
        do {
            return try LocaleCatalog(folder: root.appendingPathComponent("locales").path)
        } catch {
            fatalError("the project's locale packs must load: \(error)")
        }
    }()

    /// The pack for `tag`.
    static func pack(_ tag: String) throws -> LocalePack {
        try catalog.pack(for: tag)
    }

    /// The sentences of `text` as strings.
    static func sentences(_ text: String, locale: String, unwrap: UnwrapPolicy? = nil) throws -> [String] {
        try SentenceSegmenter(pack: pack(locale), unwrap: unwrap).segments(in: text).map(\.text)
    }
}

/// A golden segmentation case.
struct SegmentationCase: Decodable, CustomTestStringConvertible, Sendable {
    let id: String
    let name: String?
    let input: String
    let expected: [String]
    let strict_partition: Bool?
    let locale: String?
    let unwrap: String?

    var testDescription: String { "\(id) \(name ?? "")" }

    private struct Collection: Decodable {
        let cases: [SegmentationCase]
    }

    static func load(_ file: String) -> [SegmentationCase] {
        do {
            let data = try Data(contentsOf: TestData.fixture("segmentation/\(file)"))
            if let collection = try? JSONDecoder().decode(Collection.self, from: data) { return collection.cases }
            return try JSONDecoder().decode([SegmentationCase].self, from: data)
        } catch {
            fatalError("cannot read \(file): \(error)")
        }
    }
}
