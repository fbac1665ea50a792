/// RFC 3986 URIs and URI references, and RFC 3987 IRIs (which also allow non-ASCII characters).
enum URIFormat {
    /// Whether `text` is a URI (with `requireScheme`) or a URI reference; IRIs with `international`.
    static func isValid(_ text: String, requireScheme: Bool, international: Bool) -> Bool {
        var rest = Substring(text)
        let checker = Characters(international: international)
        if let hash = rest.firstIndex(of: "#") {
            guard checker.all(rest[rest.index(after: hash)...], extra: "/?:@") else { return false }
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: "?") {
            guard checker.all(rest[rest.index(after: question)...], extra: "/?:@") else { return false }
            rest = rest[..<question]
        }
        let schemeEnd = rest.firstIndex(of: ":")
        let firstSlash = rest.firstIndex(of: "/") ?? rest.endIndex
        if let schemeEnd, schemeEnd < firstSlash {
            let scheme = rest[..<schemeEnd]
            guard let first = scheme.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic,
                scheme.unicodeScalars.allSatisfy({
                    $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0))
                })
            else { return false }
            rest = rest[rest.index(after: schemeEnd)...]
        } else if requireScheme {
            return false
        }
        if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
            let authorityEnd = rest.firstIndex(of: "/") ?? rest.endIndex
            guard authority(rest[..<authorityEnd], checker) else { return false }
            rest = rest[authorityEnd...]
        }
        return checker.all(rest, extra: "/:@")
    }

    private static func authority(_ text: Substring, _ checker: Characters) -> Bool {
        var host = text
        if let at = text.firstIndex(of: "@") {
            guard checker.all(text[..<at], extra: ":") else { return false }
            host = text[text.index(after: at)...]
        }
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else { return false }
            let literal = host[host.index(after: host.startIndex)..<close]
            let afterLiteral = host[host.index(after: close)...]
            guard afterLiteral.isEmpty || (afterLiteral.hasPrefix(":") && afterLiteral.dropFirst().utf8.allSatisfy(FormatCheck.isDigit)) else {
                return false
            }
            if literal.hasPrefix("v") || literal.hasPrefix("V") {
                let parts = literal.dropFirst().split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
                return parts.count == 2 && !parts[0].isEmpty && parts[0].unicodeScalars.allSatisfy(\.properties.isASCIIHexDigit)
                    && !parts[1].isEmpty && checker.all(parts[1], extra: ":", allowPercent: false)
            }
            return FormatCheck.ipv6(String(literal))
        }
        if let colon = host.lastIndex(of: ":") {
            guard host[host.index(after: colon)...].utf8.allSatisfy(FormatCheck.isDigit) else { return false }
            host = host[..<colon]
        }
        return checker.all(host, extra: "")
    }

    /// The characters allowed in a component: unreserved, sub-delims, percent-encodings and `extra`.
    private struct Characters {
        let international: Bool

        func all(_ text: Substring, extra: String, allowPercent: Bool = true) -> Bool {
            let scalars = Array(text.unicodeScalars)
            var index = 0
            while index < scalars.count {
                let scalar = scalars[index]
                if scalar == "%" {
                    guard allowPercent, index + 2 < scalars.count, scalars[index + 1].properties.isASCIIHexDigit,
                        scalars[index + 2].properties.isASCIIHexDigit
                    else { return false }
                    index += 3
                    continue
                }
                if scalar.isASCII {
                    let allowed =
                        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-._~!$&'()*+,;=".unicodeScalars.contains(scalar)
                        || extra.unicodeScalars.contains(scalar)
                    guard allowed else { return false }
                } else {
                    guard international, scalar.value >= 0xA0, !(0xFDD0...0xFDEF).contains(scalar.value), scalar.value & 0xFFFE != 0xFFFE else {
                        return false
                    }
                }
                index += 1
            }
            return true
        }
    }
}
