extension TranslationJob {
    /// The confirmed translations of a filled job as memory units, for `tm import` and
    /// `merge --tm-db`: sentences with a translation that is not a draft (fuzzy matches and
    /// unconfirmed sentences stay out of the memory), each with the source sentences before
    /// and after it in the document as its context.
    public func memoryUnits(origin: String, created: String, creator: String = "")
        -> [MemoryUnit]
    {
        let segments = self.segments
        return segments.indices.compactMap { index in
            let segment = segments[index]
            guard segment.isTranslated, segment.origin != .draft, let target = segment.target
            else { return nil }
            return MemoryUnit(
                source: segment.source, target: target, origin: origin, created: created,
                creator: creator, previous: index > 0 ? segments[index - 1].source : "",
                next: index + 1 < segments.count ? segments[index + 1].source : "")
        }
    }
}
