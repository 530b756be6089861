public import ArgumentParser
public import TarjumanKit

// Library enums used directly as option values.
extension SegmentFormat: ExpressibleByArgument {}
extension UnwrapPolicy: ExpressibleByArgument {}
extension NormalizationLevel: ExpressibleByArgument {}
extension FindingFormat: ExpressibleByArgument {
    /// `human` is kept as a name for `text`.
    public init?(argument: String) {
        self.init(rawValue: argument == "human" ? "text" : argument)
    }
}
extension Finding.Severity: ExpressibleByArgument {}
extension TBX.Version: ExpressibleByArgument {}
extension AlignmentFormat: ExpressibleByArgument {}
extension WorksheetFormat: ExpressibleByArgument {
    /// The format by its name.
    public init?(argument: String) {
        self.init(name: argument)
    }

    /// Every format's name, for help and completion.
    public static var allValueStrings: [String] { all.map(\.name) }
}
