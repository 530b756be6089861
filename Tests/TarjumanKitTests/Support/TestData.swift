import Foundation
import Testing

@testable import TarjumanKit

/// Paths and shared objects for the tests.
enum TestData {
    /// The package root, found from this file's path.
    static let root: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(
            atPath: folder.appendingPathComponent("Package.swift").path)
        {
            folder.deleteLastPathComponent()
        }
        return folder
    }()

    /// A file under `Tests/Fixtures`.
    /// A file of `seeds/`; throws (failing the test) when it cannot be read, never "".
    static func seed(_ name: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("seeds/\(name)"), encoding: .utf8)
    }

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
    static func sentences(_ text: String, locale: String, unwrap: UnwrapPolicy? = nil) throws
        -> [String]
    {
        try SentenceSegmenter(pack: pack(locale), unwrap: unwrap).segments(in: text).map(\.text)
    }
}

/// A golden segmentation case.
struct SegmentationCase: Decodable, CustomTestStringConvertible, Sendable {
    let id: String
    let name: String?
    let input: String
    let expected: [String]
    let strictPartition: Bool?
    let locale: String?
    let unwrap: String?
    /// Why Tarjuman deliberately segments this case otherwise (another tool's convention, a
    /// mark it cannot tell from other uses); such cases are reported, not required.
    let differs: String?

    var testDescription: String { "\(id) \(name ?? "")" }

    private enum CodingKeys: String, CodingKey {
        case id, name, input, expected, locale, unwrap, differs
        case strictPartition = "strict_partition"
    }

    private struct Collection: Decodable {
        let cases: [SegmentationCase]
    }

    static func load(_ file: String) -> [SegmentationCase] {
        do {
            let data = try Data(contentsOf: TestData.fixture("segmentation/\(file)"))
            if let collection = try? JSONDecoder().decode(Collection.self, from: data) {
                return collection.cases
            }
            return try JSONDecoder().decode([SegmentationCase].self, from: data)
        } catch {
            fatalError("cannot read \(file): \(error)")
        }
    }
}

/// A temporary folder, removed when the value is released.
final class TemporaryFolder {
    let path: String

    init() throws {
        path =
            FileManager.default.temporaryDirectory.appendingPathComponent(
                "tarjuman-test-\(UUID().uuidString)"
            ).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes `text` to `name` in the folder and returns the file's path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    /// Writes `data` to `name` in the folder and returns the file's path.
    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let file = (path as NSString).appendingPathComponent(name)
        try data.write(to: URL(fileURLWithPath: file))
        return file
    }

    /// The names of the files in the folder.
    var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }
}
