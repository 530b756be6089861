import Foundation

/// A store address as it may be shown: the password of `scheme://user:password@host…`
/// replaced by `***`. An error message or a log line must not show it, whether or not the
/// address is valid.
public func redactedURL(_ address: String) -> String {
    guard let scheme = address.range(of: "://") else { return address }
    let rest = address[scheme.upperBound...]
    // The user information ends at the last `@` before the path.
    let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
    guard let at = authority.lastIndex(of: "@"),
        let colon = authority[..<at].firstIndex(of: ":")
    else { return address }
    return String(address[..<authority.index(after: colon)]) + "***" + String(address[at...])
}
