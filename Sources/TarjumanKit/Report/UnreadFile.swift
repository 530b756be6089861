/// An input a run could not read (a glossary in a linted folder, a pair's file), which it
/// skipped while reporting on the others: machine-readable reports list it, so that CI sees
/// what was not checked and why.
public struct UnreadFile: Sendable, Equatable, CustomStringConvertible {
    /// The file.
    public let file: String
    /// Where in it reading stopped, when the problem has a place (invalid UTF-8).
    public let position: SourcePosition?
    /// What is wrong and what to do.
    public let message: String

    /// A file not read, for `message`.
    public init(file: String, position: SourcePosition? = nil, message: String) {
        self.file = file
        self.position = position
        self.message = message
    }

    /// `FILE[:LINE:COL]: error: message`, as standard error shows it.
    public var description: String {
        "\(file)\(position.map { ":\($0)" } ?? ""): error: \(message)"
    }

    /// The file `error` is about.
    public init(_ error: InputError) {
        self.init(file: error.file, position: error.position, message: error.reason)
    }
}
