extension OutputBytes {
    /// Room reserved in an ``OutputBytes`` once, for a record's fixed fields (numbers,
    /// positions, short literals): each is written with one bounds check instead of the
    /// buffer's uniqueness and capacity checks around every append. Made by
    /// ``OutputBytes/withRoom(_:_:)``; writing past the room stops the program rather than
    /// the memory after it.
    public struct Room {
        private var cursor: UnsafeMutablePointer<UInt8>
        private let end: UnsafeMutablePointer<UInt8>

        /// The most bytes ``append(decimal:)`` writes (a sign and 19 digits).
        public static let decimalWidth = 20

        init(_ start: UnsafeMutablePointer<UInt8>, capacity: Int) {
            cursor = start
            end = start + capacity
        }

        /// Where the next byte goes: the bytes written end here.
        var position: UnsafeMutablePointer<UInt8> { cursor }

        /// The next `count` bytes of the room, taken.
        @inline(__always)
        private mutating func take(_ count: Int) -> UnsafeMutablePointer<UInt8> {
            precondition(end - cursor >= count, "OutputBytes.Room: more written than reserved")
            defer { cursor += count }
            return cursor
        }

        /// Appends `text` (ASCII literal) as it is.
        @inline(__always)
        public mutating func append(_ text: StaticString) {
            let count = text.utf8CodeUnitCount
            let target = take(count)
            if text.hasPointerRepresentation {
                target.initialize(from: text.utf8Start, count: count)
            } else {
                text.withUTF8Buffer { bytes in
                    for (offset, byte) in bytes.enumerated() {
                        (target + offset).initialize(to: byte)
                    }
                }
            }
        }

        /// Appends one byte.
        @inline(__always)
        public mutating func append(byte: UInt8) {
            take(1).initialize(to: byte)
        }

        /// Appends `value` in decimal.
        public mutating func append(decimal value: Int) {
            if value < 0 { append(byte: UInt8(ascii: "-")) }
            var rest = value.magnitude
            var count = 1
            var power: UInt = 10
            while count < 20 && rest >= power {
                count += 1
                power &*= 10
            }
            // Two digits at a time from the end, from a table of the pairs 00…99.
            let pairs: StaticString = """
                0001020304050607080910111213141516171819202122232425262728293031323334353637383940\
                4142434445464748495051525354555657585960616263646566676869707172737475767778798081\
                828384858687888990919293949596979899
                """
            precondition(pairs.utf8CodeUnitCount == 200)
            var place = take(count) + count
            let table = pairs.utf8Start
            while rest >= 100 {
                let pair = Int(rest % 100) &* 2
                rest /= 100
                place -= 2
                place.initialize(to: table[pair])
                (place + 1).initialize(to: table[pair + 1])
            }
            if rest >= 10 {
                let pair = Int(rest) &* 2
                place -= 2
                place.initialize(to: table[pair])
                (place + 1).initialize(to: table[pair + 1])
            } else {
                (place - 1).initialize(to: 0x30 + UInt8(truncatingIfNeeded: rest))
            }
        }

        /// Appends `position` as `line:column`.
        public mutating func append(position: SourcePosition) {
            append(decimal: position.line)
            append(byte: UInt8(ascii: ":"))
            append(decimal: position.column)
        }

        /// Appends `position` as the JSON object `{"line":L,"column":C}`.
        public mutating func appendJSON(position: SourcePosition) {
            append("{\"line\":")
            append(decimal: position.line)
            append(",\"column\":")
            append(decimal: position.column)
            append(byte: UInt8(ascii: "}"))
        }
    }
}
