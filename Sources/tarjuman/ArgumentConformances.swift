public import ArgumentParser
public import TarjumanKit

// Library enums used directly as option values.
extension SegmentFormat: ExpressibleByArgument {}
extension UnwrapPolicy: ExpressibleByArgument {}
extension NormalizationLevel: ExpressibleByArgument {}
