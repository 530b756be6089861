import Foundation
import Testing

@testable import TarjumanKit

/// Finding the data folder: a named folder is judged and its fault said.
@Suite struct DataDirectoryTests {
    @Test func aNamedFolderWithoutDataOrNotThereIsSaidSo() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tarjuman-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        for (path, said) in [
            (empty.path, "holds no locales/ folder"),
            (empty.appendingPathComponent("gone").path, "does not exist"),
        ] {
            #expect(throws: DataDirectoryError.notData(path: path, source: "--data-dir")) {
                try DataDirectory.locate(explicit: path, environment: [:], executable: "/x")
            }
            #expect(
                DataDirectoryError.notData(path: path, source: "--data-dir").description
                    .contains("\(path) (from --data-dir) \(said)"))
        }
    }

    @Test func aFolderWithLocalesIsTaken() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tarjuman-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("locales"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let found = try DataDirectory.locate(
            explicit: nil, environment: ["TARJUMAN_DATA": folder.path], executable: "/x")
        #expect(found.path == folder.path)
        #expect(found.passedOver.isEmpty)
    }
}
