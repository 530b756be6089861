import Dispatch
import Synchronization

/// Runs independent jobs on several threads and hands their results back in job order.
public enum OrderedParallel {
    /// Calls `work` for every item, on `width` worker threads, and `consume` with each item's
    /// result in item order, on the calling thread, while the workers go on with later
    /// items. A worker takes the next item as soon as it is free (long and short items mix
    /// without idle lanes); at most `4 × width` items are started and not yet consumed, so
    /// that many results at most wait in memory. `consume` may throw to stop: no item starts
    /// after that, and those already started finish before the error is passed on.
    public static func forEach<Item: Sendable, Output: Sendable, Failure: Error>(
        _ items: [Item], width: Int, _ work: @escaping @Sendable (Item) -> Output,
        then consume: (Item, Output) throws(Failure) -> Void
    ) throws(Failure) {
        let width = max(1, min(width, items.count))
        guard width > 1 else {
            for item in items { try consume(item, work(item)) }
            return
        }
        let run = Run<Item, Output>(items: items, window: width * 4)
        let workers = DispatchGroup()
        for _ in 0..<width {
            DispatchQueue.global().async(group: workers) { run.work(work) }
        }
        defer {
            run.stop()
            workers.wait()
        }
        for index in items.indices {
            let output = run.take(index)
            try consume(items[index], output)
        }
    }

    /// The state the workers and the consumer share: the next item to start, a ring of
    /// `window` result slots, and semaphores that make a worker wait while `window` items
    /// are started and unconsumed, and the consumer wait for the next result in order.
    private final class Run<Item: Sendable, Output: Sendable>: Sendable {
        let items: [Item]
        let window: Int
        /// Free places in the window: taken by a worker before it starts an item, given back
        /// by the consumer when it has taken that item's result.
        let places: DispatchSemaphore
        /// One per ring slot: signalled when the slot's result is ready.
        let ready: [DispatchSemaphore]
        let slots: Mutex<[Output?]>
        let next = Mutex(0)
        let stopped = Atomic(false)

        init(items: [Item], window: Int) {
            self.items = items
            self.window = window
            // Made empty and then given its places: libdispatch refuses to free a
            // semaphore whose count ends below the one it was made with.
            places = DispatchSemaphore(value: 0)
            for _ in 0..<window { places.signal() }
            ready = (0..<window).map { _ in DispatchSemaphore(value: 0) }
            slots = Mutex(Array(repeating: nil, count: window))
        }

        /// A worker's loop: take a place, then the next item, until none is left or the
        /// run stops. Item `i` starts only once item `i − window` is consumed, so its slot
        /// is free.
        func work(_ body: @Sendable (Item) -> Output) {
            while true {
                places.wait()
                let index = next.withLock { next -> Int? in
                    guard !stopped.load(ordering: .acquiring), next < items.count else {
                        return nil
                    }
                    defer { next += 1 }
                    return next
                }
                guard let index else {
                    // Passed on, so that every waiting worker wakes and ends too.
                    places.signal()
                    return
                }
                let output = body(items[index])
                slots.withLock { $0[index % window] = output }
                ready[index % window].signal()
            }
        }

        /// The result of item `index`, waiting for it; its place goes back to the workers.
        func take(_ index: Int) -> Output {
            ready[index % window].wait()
            let output = slots.withLock { slots -> Output? in
                defer { slots[index % window] = nil }
                return slots[index % window]
            }
            places.signal()
            guard let output else {
                preconditionFailure("a worker signals a slot only after filling it")
            }
            return output
        }

        /// Ends the run: no item starts after this, and workers waiting for a place wake.
        func stop() {
            stopped.store(true, ordering: .releasing)
            places.signal()
        }
    }
}
