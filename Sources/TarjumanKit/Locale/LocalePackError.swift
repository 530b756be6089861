/// Why a locale pack could not be loaded or chosen.
public enum LocalePackError: Error, Equatable, CustomStringConvertible {
    /// The YAML itself is malformed.
    case syntax(file: String, position: SourcePosition, message: String)
    /// A field has a value of the wrong kind or an impossible value.
    case invalidField(file: String, position: SourcePosition, field: String, message: String)
    /// A required field is absent.
    case missingField(file: String, position: SourcePosition, field: String)
    /// A field the format does not define (usually a typo).
    case unknownField(file: String, position: SourcePosition, field: String, allowed: [String])
    /// Two packs claim the same tag or alias, where each writes it.
    case duplicateTag(
        tag: String, file: String, position: SourcePosition, otherFile: String,
        otherPosition: SourcePosition)
    /// No pack matches the requested tag.
    case unknownLocale(tag: String, known: [String])
    /// The tag names a language whose pack is written in another script (`sd-Deva`).
    case otherScript(tag: String, pack: String, script: String, asked: String)
    /// The locales folder is missing or empty.
    case noPacks(folder: String)
    /// The tag is not a well-formed language tag (`ur-`, `ur--PK`, `ur-Arab-Arab`).
    case malformedTag(tag: String, reason: String)

    /// A message for people: what is wrong, where, and what to do.
    public var description: String {
        switch self {
        case .syntax(let file, let position, let message):
            return "\(file):\(position): error: invalid YAML: \(message)"
        case .invalidField(let file, let position, let field, let message):
            return "\(file):\(position): error: field '\(field)': \(message)"
        case .missingField(let file, let position, let field):
            return "\(file):\(position): error: missing required field '\(field)'"
        case .unknownField(let file, let position, let field, let allowed):
            return "\(file):\(position): error: unknown field '\(field)'; "
                + "expected one of: \(allowed.joined(separator: ", "))"
        case .duplicateTag(let tag, let file, let position, let otherFile, let otherPosition):
            return "\(file):\(position): error: tag '\(tag)' is also claimed by "
                + "\(otherFile):\(otherPosition); a tag or alias names one pack"
        case .unknownLocale(let tag, let known):
            return
                "error: unknown locale '\(tag.shownInMessage)'; known locales: \(known.joined(separator: ", "))"
        case .otherScript(let tag, let pack, let script, let asked):
            return
                "error: unknown locale '\(tag.shownInMessage)': the '\(pack)' pack is for \(script) script, "
                + "not \(asked); write a pack for it (locales/README.md) or use '\(pack)'"
        case .noPacks(let folder):
            return "\(folder): error: no locale packs (*.yaml) found; add one (see the "
                + "locales/README.md of Tarjuman's data), or use the data folder that holds them"
        case .malformedTag(let tag, let reason):
            return
                "error: '\(tag.shownInMessage)' is not a language tag: \(reason); write one as BCP 47 does "
                + "(ur, ur-PK, bal-Arab-PK)"
        }
    }
}
