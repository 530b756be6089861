import Foundation

/// Segments a source on several threads and hands the result back in order, as bytes to
/// write: paragraphs are read on the calling thread and gathered into batches of about
/// ``batchBytes``; each batch is segmented and rendered by a worker with a segmenter of its
/// own; the calling thread writes each batch's bytes in document order while the workers go
/// on. A paragraph longer than a batch is segmented on the calling thread and rendered a
/// piece at a time, so that its output is never held whole. With a width of 1 it all runs
/// on the calling thread.
///
/// Every paragraph is segmented as ``SentenceSegmenter/segmented(_:)`` does on its own, so
/// the output is the same at any width.
public struct ParallelSegmentation: Sendable {
    private let pool: SegmenterPool
    private let width: Int

    /// Input bytes per batch a worker takes.
    static let batchBytes = 1 << 16
    /// Sentences rendered at a time from a paragraph longer than a batch.
    static let pieceSentences = 1024

    /// Segmentation with `pack` (and `unwrap`, as ``SentenceSegmenter/init(pack:unwrap:)``
    /// takes it) on `width` threads (nil: one per processor), at most one per processor:
    /// more would not segment faster, and each reads batches ahead (pass 52: `--jobs 10000`
    /// held 3.3 GB read ahead, and 2^61 overflowed). Segmenters are made as threads need
    /// them.
    public init(pack: LocalePack, unwrap: UnwrapPolicy? = nil, width: Int? = nil)
        throws(ICUError)
    {
        pool = try SegmenterPool(pack: pack, unwrap: unwrap)
        let processors = ProcessInfo.processInfo.activeProcessorCount
        self.width = min(max(1, width ?? processors), processors)
    }

    /// Segments `source`; `render` writes sentences of a paragraph (indices into its spans)
    /// into a buffer, on any thread; `write` gets the buffers in document order, on the
    /// calling thread (an empty one for a stretch without sentences). When reading fails,
    /// everything before the fault is written first, as a serial run would.
    public func forEachRendered(
        of source: ByteSource,
        render: @escaping @Sendable (SegmentedParagraph, Range<Int>, inout OutputBytes) -> Void,
        write: (OutputBytes) throws(SegmentationError) -> Void
    ) throws(SegmentationError) {
        var reader = ParagraphReader(source: source)
        var batches: [[SourceParagraph]] = []
        var batch: [SourceParagraph] = []
        var batchSize = 0
        let round = 4 * width
        // Everything read and not yet written, the batch being gathered too.
        func runPending() throws(SegmentationError) {
            try run(batches + (batch.isEmpty ? [] : [batch]), render: render, write: write)
            (batches, batch, batchSize) = ([], [], 0)
        }
        while true {
            let paragraph: SourceParagraph?
            do {
                paragraph = try reader.next()
            } catch {
                try runPending()
                throw .input(error)
            }
            guard let paragraph else { break }
            if paragraph.bytes.count > Self.batchBytes {
                try runPending()
                try renderAlone(paragraph, render: render, write: write)
                continue
            }
            batch.append(paragraph)
            batchSize += paragraph.bytes.count
            guard batchSize >= Self.batchBytes else { continue }
            batches.append(batch)
            (batch, batchSize) = ([], 0)
            if batches.count == round {
                try run(batches, render: render, write: write)
                batches = []
            }
        }
        try runPending()
    }

    /// Segments and renders `batches` on the workers, writing each in order.
    private func run(
        _ batches: [[SourceParagraph]],
        render: @escaping @Sendable (SegmentedParagraph, Range<Int>, inout OutputBytes) -> Void,
        write: (OutputBytes) throws(SegmentationError) -> Void
    ) throws(SegmentationError) {
        let pool = self.pool
        try OrderedParallel.forEach(batches, width: width) { batch in
            Result { () throws(ICUError) -> OutputBytes in
                try pool.borrow { segmenter throws(ICUError) in
                    var output = OutputBytes(capacity: 4 * Self.batchBytes)
                    for paragraph in batch {
                        let found = try segmenter.segmented(paragraph)
                        render(found, found.spans.indices, &output)
                    }
                    return output
                }
            }
        } then: { (_, result: Result<OutputBytes, ICUError>) throws(SegmentationError) in
            switch result {
            case .success(let output): try write(output)
            case .failure(let error): throw .icu(error)
            }
        }
    }

    /// Segments one long paragraph here and writes it a piece at a time.
    private func renderAlone(
        _ paragraph: SourceParagraph,
        render: (SegmentedParagraph, Range<Int>, inout OutputBytes) -> Void,
        write: (OutputBytes) throws(SegmentationError) -> Void
    ) throws(SegmentationError) {
        let found: SegmentedParagraph
        do {
            found = try pool.borrow { segmenter throws(ICUError) in
                try segmenter.segmented(paragraph)
            }
        } catch {
            throw .icu(error)
        }
        let spans = found.spans.indices
        var output = OutputBytes(capacity: 1 << 17)
        for start in stride(from: spans.lowerBound, to: spans.upperBound, by: Self.pieceSentences) {
            output.removeAll()
            render(found, start..<min(start + Self.pieceSentences, spans.upperBound), &output)
            try write(output)
        }
    }
}

/// Segmenters for the threads of a ``ParallelSegmentation``: one is lent to one thread at a
/// time (a segmenter owns an ICU iterator), and made when none is free.
private final class SegmenterPool: @unchecked Sendable {
    private let pack: LocalePack
    private let unwrap: UnwrapPolicy?
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var free: [SentenceSegmenter]

    init(pack: LocalePack, unwrap: UnwrapPolicy?) throws(ICUError) {
        self.pack = pack
        self.unwrap = unwrap
        // One made at once, so that a pack ICU refuses fails before any reading.
        free = [try SentenceSegmenter(pack: pack, unwrap: unwrap)]
    }

    /// Runs `body` with a segmenter no other thread is using, then takes it back.
    func borrow<Result>(_ body: (SentenceSegmenter) throws(ICUError) -> Result)
        throws(ICUError) -> Result
    {
        let lent: SentenceSegmenter
        if let spare = lock.withLock({ free.popLast() }) {
            lent = spare
        } else {
            lent = try SentenceSegmenter(pack: pack, unwrap: unwrap)
        }
        defer { lock.withLock { free.append(lent) } }
        return try body(lent)
    }
}
