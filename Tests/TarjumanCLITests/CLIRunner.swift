import Foundation
import Testing

/// Runs the built `tarjuman` binary and captures what it prints.
struct CLIRunner {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

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

    /// The `tarjuman` binary beside the test bundle.
    static let binary: URL = {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("tarjuman"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
                .appendingPathComponent("tarjuman"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
            ?? candidates[0]
    }()

    /// A new empty folder under the system's temporary folder; the caller removes it.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tarjuman-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Runs `tarjuman` with `arguments` in the package root, feeding `input` on stdin.
    static func run(
        _ arguments: [String], input: Data? = nil, environment: [String: String] = [:],
        in folder: URL? = nil
    ) throws -> Result {
        try capture(binary, arguments, in: folder ?? root, environment: environment, input: input)
    }

    /// Runs a bash `script` in `folder` with `$TARJUMAN` naming the binary and `$ROOT` the
    /// package root, for what needs a shell: devices, FIFOs, redirections and signals.
    static func shell(_ script: String, in folder: URL) throws -> Result {
        try capture(
            URL(fileURLWithPath: "/bin/bash"), ["-c", script], in: folder,
            environment: ["TARJUMAN": binary.path, "ROOT": root.path], input: nil)
    }

    /// `shell(_:in:)` in a new temporary folder, removed afterwards.
    static func shellInTemporaryFolder(_ script: String) throws -> Result {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        return try shell(script, in: folder)
    }

    /// Runs `executable` without `$TARJUMAN_DATA` (plus `environment`), feeding `input` (or
    /// nothing) on stdin, and returns its status and output. The child starts with every
    /// signal at its default action, as from a user's shell: `Process` passes on what this
    /// process ignores, and SwiftNIO (the PostgreSQL memory tests) ignores SIGPIPE for the
    /// whole test process.
    private static func capture(
        _ executable: URL, _ arguments: [String], in folder: URL, environment: [String: String],
        input: Data?
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["--default-signal", executable.path] + arguments
        process.currentDirectoryURL = folder
        var merged = ProcessInfo.processInfo.environment
        merged.removeValue(forKey: "TARJUMAN_DATA")
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        let output = Pipe()
        let errors = Pipe()
        let stdin = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(input) }
        try stdin.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self))
    }
}
