import Dispatch
import Synchronization

/// Two independent pieces of work run at the same time: start-up builds the source and the
/// target language's tables this way, one on each core.
public enum Concurrently {
    /// The results of `first` and `second`, run at the same time. Both always run to their
    /// end; then the first one's error, else the second one's, is passed on. The calling
    /// thread takes part (Dispatch's `concurrentPerform`), so calls from many threads at
    /// once cannot wait on each other for a free worker.
    public static func both<First: Sendable, Second: Sendable, Failure: Error>(
        _ first: @Sendable () throws(Failure) -> First,
        _ second: @Sendable () throws(Failure) -> Second
    ) throws(Failure) -> (First, Second) {
        let firstResult = Mutex<Result<First, Failure>?>(nil)
        let secondResult = Mutex<Result<Second, Failure>?>(nil)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 {
                let result = Result(catching: first)
                firstResult.withLock { $0 = result }
            } else {
                let result = Result(catching: second)
                secondResult.withLock { $0 = result }
            }
        }
        guard let mine = firstResult.withLock({ $0 }), let theirs = secondResult.withLock({ $0 })
        else {
            preconditionFailure("concurrentPerform returned before both halves ran")
        }
        return (try mine.get(), try theirs.get())
    }
}
