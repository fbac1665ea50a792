import JSONCore

/// Checks of the string formats of JSON Schema 2020-12 section 7.3, by their RFC grammars.
enum FormatCheck {
    // MARK: - Dates and times (RFC 3339)

    /// `full-date`: YYYY-MM-DD with a day that exists in that month.
    static func date(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = number(bytes[0..<4]), let month = number(bytes[5..<7]), let day = number(bytes[8..<10])
        else { return false }
        guard (1...12).contains(month), day >= 1 else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    /// `full-time`: HH:MM:SS[.frac] and an offset; second 60 only at 23:59 UTC.
    static func time(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 9, bytes[2] == UInt8(ascii: ":"), bytes[5] == UInt8(ascii: ":"),
            let hour = number(bytes[0..<2]), let minute = number(bytes[3..<5]), let second = number(bytes[6..<8]),
            hour <= 23, minute <= 59, second <= 60
        else { return false }
        var index = 8
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            let start = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            guard index > start else { return false }
        }
        guard index < bytes.count else { return false }
        var offsetMinutes = 0
        switch bytes[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            guard index + 1 == bytes.count else { return false }
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard bytes.count - index == 6, bytes[index + 3] == UInt8(ascii: ":"),
                let offsetHour = number(bytes[(index + 1)..<(index + 3)]), let offsetMinute = number(bytes[(index + 4)..<(index + 6)]),
                offsetHour <= 23, offsetMinute <= 59
            else { return false }
            offsetMinutes = (offsetHour * 60 + offsetMinute) * (bytes[index] == UInt8(ascii: "-") ? -1 : 1)
        default:
            return false
        }
        if second == 60 {
            let utc = ((hour * 60 + minute - offsetMinutes) % 1440 + 1440) % 1440
            return utc == 23 * 60 + 59
        }
        return true
    }

    /// `date-time`: a full date, `T`, a full time.
    static func dateTime(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count > 11, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t") else { return false }
        return date(String(decoding: bytes[0..<10], as: UTF8.self)) && time(String(decoding: bytes[11...], as: UTF8.self))
    }

    /// `duration` (RFC 3339 appendix A): P, then date parts in order, or weeks alone, with T before time parts.
    static func duration(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        guard bytes.popFirst() == UInt8(ascii: "P"), !bytes.isEmpty else { return false }
        // Each part is digits and a designator; designators must come in this order, without gaps.
        func parts(_ designators: [UInt8], from input: inout ArraySlice<UInt8>) -> [UInt8]? {
            var found: [UInt8] = []
            while let first = input.first, isDigit(first) {
                let digitsEnd = input.firstIndex { !isDigit($0) } ?? input.endIndex
                guard digitsEnd < input.endIndex, let position = designators.firstIndex(of: input[digitsEnd]) else { return nil }
                if let last = found.last, let lastPosition = designators.firstIndex(of: last), position != lastPosition + 1 { return nil }
                found.append(input[digitsEnd])
                input = input[(digitsEnd + 1)...]
            }
            return found
        }
        if bytes.last == UInt8(ascii: "W") {
            return bytes.dropLast().allSatisfy(isDigit) && bytes.count > 1
        }
        guard let dateParts = parts(Array("YMD".utf8), from: &bytes) else { return false }
        if bytes.isEmpty { return !dateParts.isEmpty }
        guard bytes.popFirst() == UInt8(ascii: "T"), let timeParts = parts(Array("HMS".utf8), from: &bytes) else { return false }
        return bytes.isEmpty && !timeParts.isEmpty
    }

    // MARK: - Internet names and addresses

    /// An RFC 5321 mailbox: a dot-atom or quoted local part, `@`, a host name or an address literal.
    static func email(_ text: String, international: Bool) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        if scalars.first == "\"" {
            index = 1
            while index < scalars.count, scalars[index] != "\"" {
                if scalars[index] == "\\" { index += 1 }
                guard index < scalars.count, scalars[index].value >= 0x20, scalars[index].value != 0x7F else { return false }
                if !international && !scalars[index].isASCII { return false }
                index += 1
            }
            guard index < scalars.count else { return false }
            index += 1
        } else {
            let atext = "!#$%&'*+-/=?^_`{|}~"
            var previousWasDot = true
            while index < scalars.count, scalars[index] != "@" {
                let scalar = scalars[index]
                if scalar == "." {
                    if previousWasDot { return false }
                    previousWasDot = true
                } else {
                    let allowed =
                        (scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || atext.unicodeScalars.contains(scalar)))
                        || (international && !scalar.isASCII)
                    guard allowed else { return false }
                    previousWasDot = false
                }
                index += 1
            }
            guard index > 0, !previousWasDot else { return false }
        }
        guard index < scalars.count, scalars[index] == "@" else { return false }
        let domain = String(String.UnicodeScalarView(scalars[(index + 1)...]))
        if domain.hasPrefix("[") && domain.hasSuffix("]") {
            let literal = domain.dropFirst().dropLast()
            if literal.hasPrefix("IPv6:") { return ipv6(String(literal.dropFirst(5))) }
            return ipv4(String(literal))
        }
        return hostname(domain, international: international)
    }

    /// An RFC 1123 host name (ASCII labels; `xn--` labels must decode as Punycode), or with
    /// `international`, an IDNA host name whose labels may be Unicode.
    static func hostname(_ text: String, international: Bool) -> Bool {
        var name = text
        if international {
            // IDNA separators: ideographic and full-width full stops count as dots.
            name = String(String.UnicodeScalarView(name.unicodeScalars.map { ["\u{3002}", "\u{FF0E}", "\u{FF61}"].contains($0) ? "." : $0 }))
        }
        guard !name.isEmpty, name.utf8.count <= 253 || (international && name.unicodeScalars.count <= 253) else { return false }
        let labels = name.split(separator: ".", omittingEmptySubsequences: false)
        var unicodeLabels: [[Unicode.Scalar]] = []
        for label in labels {
            guard !label.isEmpty, !label.hasPrefix("-"), !label.hasSuffix("-") else { return false }
            if label.unicodeScalars.allSatisfy(\.isASCII) {
                guard label.utf8.count <= 63, label.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" })
                else { return false }
                let lower = label.lowercased()
                if lower.dropFirst(2).hasPrefix("--") {
                    let encoded = String(lower.dropFirst(4))
                    guard lower.hasPrefix("xn--"), let decoded = Punycode.decode(encoded) else { return false }
                    // Only the canonical encoding is an A-label: decoding and encoding again must give it back.
                    guard Punycode.encode(decoded) == encoded, IDNALabel.isValid(decoded) else { return false }
                    unicodeLabels.append(decoded)
                } else {
                    unicodeLabels.append(Array(label.unicodeScalars))
                }
            } else {
                let scalars = Array(label.unicodeScalars)
                guard international, IDNALabel.isValid(scalars), let encoded = Punycode.encode(scalars), encoded.utf8.count + 4 <= 63 else {
                    return false
                }
                unicodeLabels.append(scalars)
            }
        }
        return IDNALabel.satisfiesBidiRule(unicodeLabels)
    }

    /// A dotted-quad IPv4 address: four decimal numbers 0-255 without leading zeros.
    static func ipv4(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return false }
        return parts.allSatisfy { part in
            guard (1...3).contains(part.utf8.count), part.utf8.allSatisfy(isDigit) else { return false }
            guard part.utf8.count == 1 || part.utf8.first != UInt8(ascii: "0") else { return false }
            return Int(part)! <= 255
        }
    }

    /// An RFC 4291 IPv6 address: eight groups, `::` once, an IPv4 tail allowed; no zone, no brackets.
    static func ipv6(_ text: String) -> Bool {
        guard !text.isEmpty, text.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isASCIIHexDigit || $0 == ":" || $0 == ".") }) else {
            return false
        }
        var groups = 0
        var body = Substring(text)
        if let lastColon = body.lastIndex(of: ":"), body[body.index(after: lastColon)...].contains(".") {
            guard ipv4(String(body[body.index(after: lastColon)...])) else { return false }
            groups += 2
            body = body[...lastColon]
            if body.hasSuffix("::") {} else { body = body.dropLast() }
        }
        let halves = body.components(separatedBy: "::")
        guard halves.count <= 2 else { return false }
        for half in halves where !half.isEmpty {
            for group in half.split(separator: ":", omittingEmptySubsequences: false) {
                guard (1...4).contains(group.utf8.count), !group.contains(".") else { return false }
                groups += 1
            }
        }
        return halves.count == 2 ? groups <= 7 : groups == 8
    }

    // MARK: - Identifiers and pointers

    /// An RFC 4122 UUID: 8-4-4-4-12 hexadecimal digits.
    static func uuid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 36 else { return false }
        for (index, byte) in bytes.enumerated() {
            if [8, 13, 18, 23].contains(index) {
                guard byte == UInt8(ascii: "-") else { return false }
            } else {
                guard Unicode.Scalar(byte).properties.isASCIIHexDigit else { return false }
            }
        }
        return true
    }

    /// An RFC 6570 URI template: literals and well-formed `{expressions}`.
    static func uriTemplate(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "{":
                guard let close = scalars.firstIndex(of: "}") else { return false }
                guard expression(String(String.UnicodeScalarView(scalars[..<close]))) else { return false }
                scalars = scalars[scalars.index(after: close)...]
            case "}", "\"", "<", ">", "\\", "^", "`", "|": return false
            default:
                if scalar.value < 0x21 || scalar.value == 0x7F { return false }
            }
        }
        return true
        func expression(_ body: String) -> Bool {
            var body = Substring(body)
            if let first = body.first, "+#./;?&".contains(first) { body = body.dropFirst() }
            guard !body.isEmpty else { return false }
            for spec in body.split(separator: ",", omittingEmptySubsequences: false) {
                var name = spec
                if name.hasSuffix("*") {
                    name = name.dropLast()
                } else if let colon = name.firstIndex(of: ":") {
                    let length = name[name.index(after: colon)...]
                    guard (1...4).contains(length.count), length.first != "0", length.utf8.allSatisfy(isDigit) else { return false }
                    name = name[..<colon]
                }
                guard !name.isEmpty, !name.hasPrefix("."), !name.hasSuffix("."), !name.contains("..") else { return false }
                let characters = Array(name.unicodeScalars)
                var index = 0
                while index < characters.count {
                    let character = characters[index]
                    if character == "%" {
                        guard index + 2 < characters.count, characters[index + 1].properties.isASCIIHexDigit,
                            characters[index + 2].properties.isASCIIHexDigit
                        else { return false }
                        index += 3
                        continue
                    }
                    guard character.isASCII,
                        character.properties.isAlphabetic || ("0"..."9").contains(character) || character == "_" || character == "."
                    else { return false }
                    index += 1
                }
            }
            return true
        }
    }

    /// An RFC 6901 JSON Pointer.
    static func jsonPointer(_ text: Substring) -> Bool {
        JSONPointer(String(text)) != nil
    }

    /// A relative JSON Pointer: a non-negative integer, then `#` or a JSON Pointer.
    static func relativeJSONPointer(_ text: String) -> Bool {
        let digitsEnd = text.utf8.firstIndex { !isDigit($0) } ?? text.utf8.endIndex
        let digits = text[..<digitsEnd]
        guard !digits.isEmpty, digits == "0" || !digits.hasPrefix("0") else { return false }
        let rest = text[digitsEnd...]
        return rest == "#" || jsonPointer(rest)
    }

    // MARK: - Helpers

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
