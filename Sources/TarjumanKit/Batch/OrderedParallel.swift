import Dispatch
import Synchronization

/// Runs independent jobs on several threads and hands their results back in job order.
public enum OrderedParallel {
    /// Calls `work` for every item, on up to `width` threads at once, and `consume` with each
    /// item's result in item order (on the calling thread). Items run in windows of
    /// `4 × width`, so at most that many results wait in memory; `consume` may throw to stop
    /// (items already started finish first).
    public static func forEach<Item: Sendable, Output: Sendable, Failure: Error>(
        _ items: [Item], width: Int, _ work: @Sendable (Item) -> Output,
        then consume: (Item, Output) throws(Failure) -> Void
    ) throws(Failure) {
        let width = max(1, width)
        let window = width * 4
        var start = 0
        while start < items.count {
            let slice = Array(items[start..<min(items.count, start + window)])
            let results = Mutex<[Output?]>(Array(repeating: nil, count: slice.count))
            if width == 1 || slice.count == 1 {
                for (index, item) in slice.enumerated() {
                    let output = work(item)
                    results.withLock { $0[index] = output }
                }
            } else {
                // concurrentPerform runs on as many threads as there are processors; each
                // of `width` lanes takes every width-th item.
                DispatchQueue.concurrentPerform(iterations: min(width, slice.count)) { lane in
                    for index in stride(from: lane, to: slice.count, by: width) {
                        let output = work(slice[index])
                        results.withLock { $0[index] = output }
                    }
                }
            }
            let finished = results.withLock { $0 }
            for (item, output) in zip(slice, finished) {
                guard let output else { continue }
                try consume(item, output)
            }
            start += window
        }
    }
}
