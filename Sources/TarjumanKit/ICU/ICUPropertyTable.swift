internal import CICU

/// Per-BMP-code-unit tables of Unicode properties from ICU, built from ICU's property sets
/// range by range (far faster than asking for each of the 65,536 code points).
enum ICUPropertyTable {
    /// The properties a table can hold.
    enum Property {
        /// NFC quick check "no" or "maybe".
        case nfcNotYes
        /// A canonical combining class other than 0.
        case combining
        /// Changes_When_Casefolded.
        case changesWhenCaseFolded
        /// A decimal digit (general category Nd) other than the ASCII ones.
        case nonASCIIDecimalDigit

        fileprivate var code: Int32 {
            switch self {
            case .nfcNotYes: CICU_TABLE_NFC_NOT_YES
            case .combining: CICU_TABLE_COMBINING
            case .changesWhenCaseFolded: CICU_TABLE_CASE_FOLDS
            case .nonASCIIDecimalDigit: CICU_TABLE_DECIMAL_DIGITS
            }
        }
    }

    /// For each BMP code unit (0...0xFFFF), whether it has `property`. Should ICU fail to
    /// build the set, each code point is asked in turn instead (slower, same answer).
    static func bmp(_ property: Property) -> [Bool] {
        var bytes = [UInt8](repeating: 0, count: 0x10000)
        var status: Int32 = 0
        bytes.withUnsafeMutableBufferPointer {
            cicu_bmp_table(property.code, $0.baseAddress, &status)
        }
        guard status <= 0 else {
            return (0..<0x10000).map { unit in
                Unicode.Scalar(UInt32(unit)).map { property.holds(for: $0) } ?? false
            }
        }
        return bytes.map { $0 != 0 }
    }
}

extension ICUPropertyTable.Property {
    /// Whether `scalar` has the property, asked one code point at a time.
    fileprivate func holds(for scalar: Unicode.Scalar) -> Bool {
        switch self {
        case .nfcNotYes: !cicu_quick_check_yes(CICU_FORM_NFC, Int32(scalar.value))
        case .combining: scalar.properties.canonicalCombiningClass.rawValue != 0
        case .changesWhenCaseFolded: scalar.properties.changesWhenCaseFolded
        case .nonASCIIDecimalDigit:
            scalar.properties.generalCategory == .decimalNumber && !scalar.isASCII
        }
    }
}
