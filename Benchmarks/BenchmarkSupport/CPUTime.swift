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
