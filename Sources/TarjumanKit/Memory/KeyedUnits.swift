/// Units ready for a memory store: each with its matching key and the hashes every store
/// keeps. Keying is Tarjuman's share of an import's work and needs no store, so a caller
/// can key one batch while a store writes the one before (see ``MemoryWriter``).
public struct KeyedUnits: Sendable {
    /// One unit with what a store keeps of it besides its texts.
    package struct Item: Sendable {
        /// The unit as given.
        package let unit: MemoryUnit
        /// Its source's matching key.
        package let key: MemoryKey
        /// The hash of the pair and the key (what an exact lookup finds).
        package let keyHash: Int64
        /// What makes the unit one (see ``MemoryHash/unit(keyHash:source:target:)``).
        package let unitHash: Int64
        /// The context hashes of the sentences before and after it.
        package let previous: Int64
        package let next: Int64
    }

    /// The source language's tag.
    public let source: String
    /// The target language's tag.
    public let target: String
    /// The units with words in their source and a visible translation, in the order given.
    package let items: [Item]

    /// The storable units of `units` (the pair `source` → `target`), keyed with `normalizer`
    /// (the source pack's) for the store at `store` (named in errors); each distinct text
    /// (a unit's source is usually another's neighbour) is keyed once.
    package init(
        _ units: [MemoryUnit], source: LocalePack, target: LocalePack, normalizer: Normalizer,
        store: String
    ) throws(MemoryError) {
        do {
            self = try Self(units, source: source.tag, target: target.tag, normalizer: normalizer)
        } catch {
            throw MemoryError(store: store, reason: "cannot normalise a unit: \(error)")
        }
    }

    private init(
        _ units: [MemoryUnit], source: String, target: String, normalizer: Normalizer
    ) throws(ICUError) {
        let pair = MemoryHash.pair(source, target)
        var keys: [String: MemoryKey] = [:]
        func key(_ text: String) throws(ICUError) -> MemoryKey {
            if let known = keys[text] { return known }
            let made = try MemoryKey(text, normalizer: normalizer)
            keys[text] = made
            return made
        }
        var items: [Item] = []
        items.reserveCapacity(units.count)
        for unit in units {
            let sourceKey = try key(unit.source)
            guard !sourceKey.tokens.isEmpty, unit.isStorable else { continue }
            let keyHash = MemoryHash.of(pair, sourceKey.text)
            items.append(
                Item(
                    unit: unit, key: sourceKey, keyHash: keyHash,
                    unitHash: MemoryHash.unit(
                        keyHash: keyHash, source: unit.source, target: unit.target),
                    previous: MemoryHash.context(
                        try key(unit.previous).text, known: unit.contextKnown),
                    next: MemoryHash.context(try key(unit.next).text, known: unit.contextKnown)))
        }
        self.source = source
        self.target = target
        self.items = items
    }

    /// How many units are ready to store.
    public var count: Int { items.count }
}
