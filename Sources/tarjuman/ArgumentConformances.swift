public import ArgumentParser
public import TarjumanKit

// Library enums used directly as option values.
extension SegmentFormat: ExpressibleByArgument {}
extension UnwrapPolicy: ExpressibleByArgument {}
extension NormalizationLevel: ExpressibleByArgument {}
extension FindingFormat: ExpressibleByArgument {}
extension Finding.Severity: ExpressibleByArgument {}
extension TBX.Version: ExpressibleByArgument {}
extension AlignmentFormat: ExpressibleByArgument {}
extension WorksheetFormat: ExpressibleByArgument {}
