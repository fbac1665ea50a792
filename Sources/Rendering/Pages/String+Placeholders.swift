extension String {
    /// The string with each `{name}` that `values` names replaced by its value, in one pass:
    /// other braces stay as they are, and the values put in are not searched again.
    func fillingPlaceholders(_ values: [String: String]) -> String {
        let open = UInt8(ascii: "{")
        guard utf8.contains(open) else { return self }
        var result = ""
        result.reserveCapacity(utf8.count)
        var rest = self[...]
        while let brace = rest.utf8.firstIndex(of: open) {
            result += rest[..<brace]
            let name = rest.utf8.index(after: brace)
            if let close = rest.utf8[name...].firstIndex(of: UInt8(ascii: "}")), let value = values[String(rest[name..<close])] {
                result += value
                rest = rest[rest.utf8.index(after: close)...]
            } else {
                result += "{"
                rest = rest[name...]
            }
        }
        result += rest
        return result
    }
}
