/// RFC 3986 URI references, as much as JSON Schema identifiers need: split, resolve, fragments.
struct SchemaURI: Equatable {
    var scheme: String?
    var authority: String?
    var path: String
    var query: String?
    var fragment: String?

    /// Splits `text` into its five components (RFC 3986 appendix B).
    init(_ text: String) {
        var rest = Substring(text)
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: "?") {
            query = String(rest[rest.index(after: question)...])
            rest = rest[..<question]
        }
        if let colon = rest.firstIndex(of: ":"), colon != rest.startIndex,
            let first = rest.first, first.isASCII, first.isLetter,
            rest[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        {
            scheme = String(rest[..<colon])
            rest = rest[rest.index(after: colon)...]
        }
        if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
            let end = rest.firstIndex(of: "/") ?? rest.endIndex
            authority = String(rest[..<end])
            rest = rest[end...]
        }
        path = String(rest)
    }

    private init(scheme: String?, authority: String?, path: String, query: String?, fragment: String?) {
        self.scheme = scheme
        self.authority = authority
        self.path = path
        self.query = query
        self.fragment = fragment
    }

    /// The reference written back as text.
    var text: String {
        var result = ""
        if let scheme { result += scheme + ":" }
        if let authority { result += "//" + authority }
        result += path
        if let query { result += "?" + query }
        if let fragment { result += "#" + fragment }
        return result
    }

    /// `reference` resolved against `base` (RFC 3986 section 5.2.2).
    static func resolve(_ reference: String, against base: String) -> String {
        let ref = SchemaURI(reference)
        let base = SchemaURI(base)
        var target: SchemaURI
        if ref.scheme != nil {
            target = SchemaURI(
                scheme: ref.scheme, authority: ref.authority, path: removeDotSegments(ref.path), query: ref.query, fragment: ref.fragment)
        } else if ref.authority != nil {
            target = SchemaURI(
                scheme: base.scheme, authority: ref.authority, path: removeDotSegments(ref.path), query: ref.query, fragment: ref.fragment)
        } else if ref.path.isEmpty {
            target = SchemaURI(
                scheme: base.scheme, authority: base.authority, path: base.path, query: ref.query ?? base.query, fragment: ref.fragment)
        } else if ref.path.hasPrefix("/") {
            target = SchemaURI(
                scheme: base.scheme, authority: base.authority, path: removeDotSegments(ref.path), query: ref.query, fragment: ref.fragment)
        } else {
            target = SchemaURI(
                scheme: base.scheme, authority: base.authority, path: removeDotSegments(merge(base: base, path: ref.path)), query: ref.query,
                fragment: ref.fragment)
        }
        return target.text
    }

    /// `text` without its fragment, and the fragment (percent-decoded; empty when there is none).
    static func splitFragment(_ text: String) -> (base: String, fragment: String) {
        guard let hash = text.firstIndex(of: "#") else { return (text, "") }
        return (String(text[..<hash]), percentDecoded(String(text[text.index(after: hash)...])))
    }

    /// `text` with `%XX` sequences decoded (invalid sequences are kept as written).
    static func percentDecoded(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "%"), index + 2 < utf8.count,
                let value = UInt8(String(decoding: utf8[index + 1...index + 2], as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                index += 3
            } else {
                bytes.append(utf8[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func merge(base: SchemaURI, path: String) -> String {
        if base.authority != nil && base.path.isEmpty { return "/" + path }
        guard let slash = base.path.lastIndex(of: "/") else { return path }
        return base.path[...slash] + path
    }

    private static func removeDotSegments(_ path: String) -> String {
        guard path.contains(".") else { return path }
        var input = Substring(path)
        var output: [Substring] = []
        var absolute = false
        if input.hasPrefix("/") { absolute = true }
        let segments = input.split(separator: "/", omittingEmptySubsequences: false)
        input = ""
        for (index, segment) in segments.enumerated() {
            if index == 0 && absolute { continue }
            let isLast = index == segments.count - 1
            switch segment {
            case ".": if isLast { output.append("") }
            case "..":
                if !output.isEmpty { output.removeLast() }
                if isLast { output.append("") }
            default: output.append(segment)
            }
        }
        return (absolute ? "/" : "") + output.joined(separator: "/")
    }
}
