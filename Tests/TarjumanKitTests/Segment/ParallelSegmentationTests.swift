import Testing

@testable import TarjumanKit

/// Segmenting on several threads gives byte for byte what one segmenter gives, in order,
/// at any width: batches of short paragraphs, a paragraph longer than a batch (written a
/// piece at a time), CR LF line ends, and a read that fails part way.
struct ParallelSegmentationTests {
    /// The sample, its CR LF form, and one paragraph of it many times over (longer than a
    /// batch), twice, so that batches and long paragraphs alternate.
    private static func document() throws -> [UInt8] {
        let sample = try TestData.seed("baloch-uprising.en.txt")
        let long = String(
            repeating: sample.split(separator: "\n").joined(separator: " "), count: 12)
        #expect(long.utf8.count > ParallelSegmentation.batchBytes)
        return Array(
            (sample.replacing("\n", with: "\r\n") + "\n\n" + long + "\n\n" + sample + "\n\n" + long)
                .utf8)
    }

    /// What one segmenter and the format give, paragraph by paragraph, up to a fault.
    private static func serial(
        _ source: ByteSource, _ pack: LocalePack, _ format: SegmentFormat
    ) throws -> [UInt8] {
        var output = OutputBytes()
        try? SentenceSegmenter(pack: pack).forEachParagraph(of: source) { paragraph in
            format.append(paragraph, sentences: paragraph.spans.indices, to: &output)
        }
        return output.bytes
    }

    private static func parallel(
        _ source: ByteSource, _ pack: LocalePack, _ format: SegmentFormat, width: Int
    ) throws(SegmentationError) -> (bytes: [UInt8], writes: Int) {
        var output = OutputBytes()
        var writes = 0
        let segmentation: ParallelSegmentation
        do {
            segmentation = try ParallelSegmentation(pack: pack, width: width)
        } catch {
            throw .icu(error)
        }
        try segmentation.forEachRendered(of: source) { paragraph, sentences, output in
            format.append(paragraph, sentences: sentences, to: &output)
        } write: { bytes in
            output.append(bytes)
            writes += 1
        }
        return (output.bytes, writes)
    }

    @Test(arguments: [1, 2, 3])
    func everyWidthGivesWhatOneSegmenterGives(width: Int) throws {
        let pack = try TestData.pack("en")
        let bytes = try Self.document()
        for format in SegmentFormat.allCases {
            let expected = try Self.serial(.memory(bytes), pack, format)
            let (got, writes) = try Self.parallel(.memory(bytes), pack, format, width: width)
            #expect(got == expected, "\(format) at width \(width)")
            // Batches and long paragraphs went as separate writes, not as one block.
            #expect(writes > 3)
        }
    }

    /// Reading stops at invalid UTF-8: what came before is written, then the error.
    @Test func aFaultyReadWritesWhatCameBefore() throws {
        let pack = try TestData.pack("en")
        let good = try TestData.seed("baloch-uprising.en.txt")
        let bytes = Array((good + "\n\n" + good).utf8) + [0x0A, 0x0A, 0xFF, 0x0A]
        let expected = try Self.serial(.memory(bytes, chunkSize: 4096), pack, .tsv)
        #expect(expected.count > 2 * good.utf8.count)
        var output = OutputBytes()
        #expect(throws: SegmentationError.self) {
            try ParallelSegmentation(pack: pack, width: 2).forEachRendered(
                of: .memory(bytes, chunkSize: 4096)
            ) { paragraph, sentences, output in
                SegmentFormat.tsv.append(paragraph, sentences: sentences, to: &output)
            } write: {
                output.append($0)
            }
        }
        #expect(output.bytes == expected, "\(output.count) bytes, not \(expected.count)")
    }
}
