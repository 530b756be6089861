import Dispatch
import Synchronization

/// Two independent pieces of work run at the same time: start-up builds the source and the
/// target language's tables this way, one on each core.
public enum Concurrently {
    /// The results of `first`, run on the calling thread, and `second`, run at the same time
    /// on another thread. Both always run to their end; then the first one's error, else the
    /// second one's, is passed on.
    public static func both<First, Second: Sendable, Failure: Error>(
        _ first: () throws(Failure) -> First,
        _ second: @escaping @Sendable () throws(Failure) -> Second
    ) throws(Failure) -> (First, Second) {
        let other = Outcome<Second, Failure>()
        DispatchQueue.global().async { other.finish(Result(catching: second)) }
        let mine = Result(catching: first)
        let theirs = other.wait()
        return (try mine.get(), try theirs.get())
    }

    /// The result of the work on the other thread, handed over once.
    private final class Outcome<Value: Sendable, Failure: Error>: Sendable {
        private let result = Mutex<Result<Value, Failure>?>(nil)
        private let done = DispatchSemaphore(value: 0)

        func finish(_ value: sending Result<Value, Failure>) {
            result.withLock { $0 = value }
            done.signal()
        }

        func wait() -> Result<Value, Failure> {
            done.wait()
            guard let value = result.withLock({ $0 }) else {
                preconditionFailure("the other thread signalled before handing its result over")
            }
            return value
        }
    }
}
