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
        let file = empty.appendingPathComponent("file")
        try Data("x".utf8).write(to: file)
        // Pass 57: a file named locales, and the locales/ folder itself, were "no locales/".
        let localesFile = empty.appendingPathComponent("withfile")
        try FileManager.default.createDirectory(at: localesFile, withIntermediateDirectories: true)
        try Data().write(to: localesFile.appendingPathComponent("locales"))
        let packs = empty.appendingPathComponent("mine/locales")
        try FileManager.default.createDirectory(at: packs, withIntermediateDirectories: true)
        for (path, fault, said) in [
            (
                empty.path, .noLocales,
                "error: \(empty.path) (from --data-dir) holds no locales/ folder"
            ),
            (
                empty.appendingPathComponent("gone").path, .missing,
                "error: \(empty.path)/gone (from --data-dir) does not exist"
            ),
            (
                file.path, .notFolder,
                "error: \(file.path) (from --data-dir) is a file, not a folder"
            ),
            ("", DataDirectoryError.Fault.empty, "error: --data-dir is an empty name"),
            (
                localesFile.path, .localesNotFolder,
                "error: \(localesFile.path) (from --data-dir) holds a file named locales, not a folder"
            ),
            (
                packs.path, .isLocales,
                "error: \(packs.path) (from --data-dir) is a locales/ folder itself, not the data "
                    + "folder above it"
            ),
        ] {
            #expect(DataDirectoryError.Fault.of(path) == fault, "\(path)")
            let error = DataDirectoryError.notData(path: path, source: "--data-dir", fault: fault)
            #expect(throws: error) {
                try DataDirectory.locate(explicit: path, environment: [:], executable: "/x")
            }
            #expect(error.description.hasPrefix(said + "; point it at the folder"))
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

    /// Every glossary named for a pair is found, by tag first, then by alias: the caller
    /// refuses several.
    @Test func everyGlossaryNamedForAPairIsFound() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tarjuman-data-\(UUID().uuidString)")
        let glossaries = folder.appendingPathComponent("glossaries")
        try FileManager.default.createDirectory(at: glossaries, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = DataDirectory(path: folder.path)
        let (en, bal) = (try TestData.pack("en"), try TestData.pack("bal-Arab-PK"))
        #expect(data.glossaries(source: en, target: bal).isEmpty)
        for name in ["eng-bal.tsv", "en-bal-Arab-PK.tsv", "en-ur.tsv"] {
            try Data().write(to: glossaries.appendingPathComponent(name))
        }
        #expect(
            data.glossaries(source: en, target: bal) == [
                glossaries.appendingPathComponent("en-bal-Arab-PK.tsv").path,
                glossaries.appendingPathComponent("eng-bal.tsv").path,
            ])
        #expect(data.dictionaries(source: en, target: bal).isEmpty)
    }
}
