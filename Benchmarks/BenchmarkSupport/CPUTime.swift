import Foundation

/// CPU seconds used by the calling thread (steadier than wall time on a shared machine).
public func threadCPUSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
}

/// Runs `body` and returns the CPU seconds it took with its result.
public func timed<Result>(_ body: () throws -> Result) rethrows -> (Double, Result) {
    let start = threadCPUSeconds()
    let result = try body()
    return (threadCPUSeconds() - start, result)
}

/// Runs `body` and returns the wall-clock seconds it took with its result (for latencies,
/// where waiting on the disk counts).
public func wallTimed<Result>(_ body: () throws -> Result) rethrows -> (Double, Result) {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = try body()
    return (Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9, result)
}

/// A small deterministic generator (SplitMix64) for benchmark inputs.
public struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    /// A generator starting from `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
