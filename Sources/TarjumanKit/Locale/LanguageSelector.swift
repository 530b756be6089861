import Foundation
import Synchronization

/// Which language tags found in a file (a TMX `<tuv xml:lang>`) stand for the language a run
/// asked for.
///
/// Built from a pack and its catalog, a tag is accepted when the catalog resolves it to that
/// pack, so aliases count (`urd` is `ur`) and another script or another pack does not
/// (`ur-Latn` is not Urdu in Arabic script; `bal-Latn` is not `bal`, which names
/// `bal-Arab-PK`). Built from a tag alone, a tag is accepted when one of the two extends the
/// other (`EN-US` for `en`).
public struct LanguageSelector: Sendable, ExpressibleByStringLiteral {
    /// The tag asked for (the pack's tag when built from a pack), as output and messages
    /// name the language.
    public let tag: String
    private let resolver: Resolver

    /// Accepts the tags `catalog` resolves to `pack`.
    public init(pack: LocalePack, catalog: LocaleCatalog) {
        tag = pack.tag
        resolver = Resolver { language in
            (try? catalog.pack(for: language))?.tag == pack.tag
        }
    }

    /// Accepts `tag` and the tags that extend it or that it extends, at a subtag boundary,
    /// ignoring case and reading `_` as `-`: for a run with no locale packs at hand.
    public init(_ tag: String) {
        self.tag = tag
        let wanted = Self.folded(tag)
        resolver = Resolver { language in
            let found = Self.folded(language)
            return found == wanted || found.hasPrefix(wanted + "-")
                || wanted.hasPrefix(found + "-")
        }
    }

    /// The selector for the tag `value` (see ``init(_:)``).
    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// Whether the language tag `language` stands for the selected language.
    public func accepts(_ language: String) -> Bool {
        resolver.accepts(language)
    }

    private static func folded(_ tag: String) -> String {
        tag.lowercased().replacingOccurrences(of: "_", with: "-")
    }

    /// Answers for a tag once: a memory repeats the same few tags on every unit (up to 256
    /// tags are remembered, so a file of endless distinct tags cannot grow it).
    private final class Resolver: Sendable {
        private let decide: @Sendable (String) -> Bool
        private let answers = Mutex<[String: Bool]>([:])

        init(_ decide: @escaping @Sendable (String) -> Bool) {
            self.decide = decide
        }

        func accepts(_ language: String) -> Bool {
            if let known = answers.withLock({ $0[language] }) { return known }
            let answer = decide(language)
            answers.withLock { if $0.count < 256 { $0[language] = answer } }
            return answer
        }
    }
}
