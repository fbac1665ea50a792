extension String {
    /// The text of a cell without leading and trailing white space (spaces, tabs, line breaks,
    /// no-break spaces): sliced once, so that a cell of millions of characters costs one pass.
    public var trimmingCellWhitespace: String {
        // Most cells begin and end with a printable ASCII character: nothing to trim, no copy.
        if let first = utf8.first, let last = utf8.last, first &- 0x21 < 0x5E, last &- 0x21 < 0x5E { return self }
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
