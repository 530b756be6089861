/// The buffer behind ``OutputBytes``: `capacity` bytes allocated once, the first `count` of
/// them written. `OutputBytes` copies it before writing whenever it is shared, so a buffer is
/// only ever written by the one value that holds it, which is what makes it `Sendable`.
final class ByteStorage: @unchecked Sendable {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    /// The number of bytes written, from `base` on.
    var count = 0

    /// An empty buffer with room for `capacity` bytes (at least 64).
    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    /// A buffer of its own holding the same bytes, with room for at least `capacity`.
    func copy(capacity: Int) -> ByteStorage {
        let copy = ByteStorage(capacity: max(capacity, self.capacity))
        copy.base.initialize(from: base, count: count)
        copy.count = count
        return copy
    }

    /// Makes room for at least `needed` bytes, doubling so that appends stay linear.
    func grow(toHold needed: Int) {
        let larger = max(needed, capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.initialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = larger
    }
}
