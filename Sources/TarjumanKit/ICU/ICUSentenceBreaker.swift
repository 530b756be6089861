internal import CICU

/// ICU's sentence break iterator for one locale, with optional abbreviation suppressions.
///
/// Wraps `icu::BreakIterator::createSentenceInstance`, filtered through
/// `icu::FilteredBreakIteratorBuilder` when suppressions are given. Not thread-safe: use one
/// per thread. The ICU handle is closed when the value is released.
final class ICUSentenceBreaker {
    private let handle: OpaquePointer
    private var breaks: [Int32] = Array(repeating: 0, count: 256)

    /// Opens an iterator for the ICU locale id `locale`, never breaking after any string in
    /// `suppressions` (for example `"Mr."`).
    init(locale: String, suppressions: [String]) throws(ICUError) {
        let units = suppressions.map { Array($0.utf16) }
        var status: Int32 = 0
        var opened: OpaquePointer?
        withUTF16Pointers(units) { pointers, lengths in
            opened = cicu_sentence_open(
                locale, pointers, lengths, Int32(units.count), &status)
        }
        guard let opened, status <= 0 else {
            throw ICUError(status: status, operation: "opening a sentence iterator for \(locale)")
        }
        handle = opened
    }

    deinit {
        cicu_sentence_close(handle)
    }

    /// The sentence boundaries ICU finds in `text`, as UTF-16 offsets (0 excluded, the end
    /// included).
    func boundaries(in text: UnsafeBufferPointer<UInt16>) throws(ICUError) -> ArraySlice<Int32> {
        guard let base = text.baseAddress, !text.isEmpty else { return [] }
        let length = try ICUError.length(text.count, "finding sentence boundaries")
        var status: Int32 = 0
        var found = breaks.withUnsafeMutableBufferPointer { out in
            cicu_sentence_breaks(
                handle, base, length, out.baseAddress, Int32(clamping: out.count), &status)
        }
        if found > breaks.count {
            breaks = Array(repeating: 0, count: Int(found))
            found = breaks.withUnsafeMutableBufferPointer { out in
                cicu_sentence_breaks(
                    handle, base, length, out.baseAddress, Int32(clamping: out.count), &status)
            }
        }
        try ICUError.check(status, "finding sentence boundaries")
        return breaks[0..<Int(found)]
    }
}

/// Calls `body` with C pointers to each UTF-16 array and their lengths.
private func withUTF16Pointers(
    _ arrays: [[UInt16]],
    _ body: (UnsafePointer<UnsafePointer<UInt16>?>?, UnsafePointer<Int32>?) -> Void
) {
    let lengths = arrays.map { Int32($0.count) }
    let buffers = arrays.map { array -> UnsafeMutableBufferPointer<UInt16> in
        let copy = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: max(array.count, 1))
        _ = copy.initialize(from: array)
        return copy
    }
    defer {
        for buffer in buffers { buffer.deallocate() }
    }
    let pointers: [UnsafePointer<UInt16>?] = buffers.map { UnsafePointer($0.baseAddress) }
    pointers.withUnsafeBufferPointer { pointerBuffer in
        lengths.withUnsafeBufferPointer { lengthBuffer in
            body(pointerBuffer.baseAddress, lengthBuffer.baseAddress)
        }
    }
}
