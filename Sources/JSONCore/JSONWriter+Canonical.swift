/// Why a value has no RFC 8785 canonical form.
public struct JSONCanonicalizationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where the offending number is.
    public let location: JSONPointer
    /// What is wrong.
    public let message: String

    public var description: String { "\(location.description.isEmpty ? "(root)" : location.description): \(message)" }
}

extension JSONWriter {
    /// The RFC 8785 (JSON Canonicalization Scheme) form of `value`, for hashing and signing.
    ///
    /// Object keys are sorted by their UTF-16 code units, there is no whitespace, strings use the
    /// minimal escapes, and numbers are written as ECMAScript writes the nearest IEEE 754 double.
    /// A number outside the double range (such as `1e400`) has no canonical form and is an error.
    public static func canonical(_ value: JSONValue) throws(JSONCanonicalizationError) -> [UInt8] {
        var output: [UInt8] = []
        try writeCanonical(value, at: JSONPointer(), into: &output)
        return output
    }

    private static func writeCanonical(_ value: JSONValue, at location: JSONPointer, into output: inout [UInt8]) throws(JSONCanonicalizationError) {
        switch value {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let number):
            let double = number.doubleValue
            guard double.isFinite else {
                throw JSONCanonicalizationError(
                    location: location, message: "the number \(number) is outside the IEEE 754 double range, so it has no RFC 8785 form")
            }
            output.append(contentsOf: ecmaScriptString(double).utf8)
        case .string(let text): writeString(text, into: &output)
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                try writeCanonical(element, at: location.appending(index), into: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            output.append(UInt8(ascii: "{"))
            let members = object.members.sorted { $0.key.utf16.lexicographicallyPrecedes($1.key.utf16) }
            for (index, member) in members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                writeString(member.key, into: &output)
                output.append(UInt8(ascii: ":"))
                try writeCanonical(member.value, at: location.appending(member.key), into: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    /// ECMAScript's Number::toString for a finite double (ECMA-262 section 6.1.6.1.20).
    static func ecmaScriptString(_ value: Double) -> String {
        if value == 0 { return "0" }
        // JSONNumber(Double) holds the shortest round-tripping digits k and exponent.
        let number = JSONNumber(value)
        let digits = String(decoding: number.digits.map { $0 + 0x30 }, as: UTF8.self)
        let k = number.digits.count
        let n = number.exponent + k
        let sign = number.isNegative ? "-" : ""
        if k <= n && n <= 21 { return sign + digits + String(repeating: "0", count: n - k) }
        if 0 < n && n <= 21 {
            let split = digits.index(digits.startIndex, offsetBy: n)
            return sign + digits[..<split] + "." + digits[split...]
        }
        if -6 < n && n <= 0 { return sign + "0." + String(repeating: "0", count: -n) + digits }
        let exponent = n - 1
        let exponentText = (exponent < 0 ? "-" : "+") + String(abs(exponent))
        if k == 1 { return sign + digits + "e" + exponentText }
        return sign + digits.prefix(1) + "." + digits.dropFirst() + "e" + exponentText
    }
}
