import NIOCore
import TarjumanKit

/// A posting list as the PostgreSQL store keeps it: the units holding one token at one
/// length, ascending, as LEB128 varints of the first unit and then of each gap to the next
/// (a byte or two per unit), packed in one `bytea` per row instead of a row per unit (a row
/// costs about 40 bytes before its data: 15 million posting rows made a 1M-unit memory 7×
/// its TMX).
enum PostingList {
    /// The bytes of `units`.
    static func encode(_ units: [Int64]) -> ByteBuffer {
        var previous: Int64 = 0
        let gaps = units.sorted().map { unit in
            defer { previous = unit }
            return unit - previous
        }
        return ByteBuffer(bytes: TokenList.encode(gaps))
    }

    /// A posting list built a unit at a time, kept as its bytes (a few per unit, where an
    /// array of units takes eight): the lists of a whole import, written once at its end.
    struct Growing {
        private var bytes: [UInt8] = []
        private var last: Int64 = 0
        /// Units that came out of order, merged in when the list is read.
        private var unordered: [Int64] = []

        /// Adds `unit` (usually larger than every unit before it).
        mutating func append(_ unit: Int64) {
            if unit > last {
                TokenList.append(unit - last, to: &bytes)
                last = unit
            } else {
                unordered.append(unit)
            }
        }

        /// The list's units, ascending.
        var units: [Int64] { (PostingList.decode(ByteBuffer(bytes: bytes)) + unordered).sorted() }

        /// The list's bytes.
        var encoded: ByteBuffer {
            unordered.isEmpty ? ByteBuffer(bytes: bytes) : PostingList.encode(units)
        }
    }

    /// The units in `bytes`, appended to `units`.
    static func decode(_ bytes: ByteBuffer, into units: inout [Int64]) {
        var unit: Int64 = 0
        for gap in TokenList.decode(bytes.readableBytesView) {
            unit &+= gap
            units.append(unit)
        }
    }

    /// The units in `bytes`.
    static func decode(_ bytes: ByteBuffer) -> [Int64] {
        var units: [Int64] = []
        decode(bytes, into: &units)
        return units
    }

    /// Each unit held by at least `required` of the posting lists `entries` (a unit with its
    /// length, as read from every list of the probed tokens), with its length and how many
    /// lists hold it; sorted by unit.
    static func hits(_ entries: [(unit: Int64, length: Int32)], required: Int) -> [(
        unit: Int64, length: Int32, hits: Int
    )] {
        let sorted = entries.sorted { $0.unit < $1.unit }
        var found: [(unit: Int64, length: Int32, hits: Int)] = []
        var start = 0
        while start < sorted.count {
            var end = start + 1
            while end < sorted.count, sorted[end].unit == sorted[start].unit { end += 1 }
            if end - start >= required {
                found.append((sorted[start].unit, sorted[start].length, end - start))
            }
            start = end
        }
        return found
    }
}
