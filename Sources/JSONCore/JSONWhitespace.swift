/// The whitespace between the tokens of JSON text (RFC 8259, 2: space, tab, line feed and
/// carriage return outside strings), which carries no meaning.
public enum JSONWhitespace {
    /// `text`, JSON text, without the whitespace between its tokens; the strings are kept byte for
    /// byte. For the bytes `JSONWriter(pretty: true)` wrote of a value this is what `JSONWriter()`
    /// writes of it, without walking the value again.
    ///
    /// Text that is not JSON is not refused: its bytes outside quotes lose their whitespace.
    public static func removed(from text: [UInt8]) -> [UInt8] {
        text.withUnsafeBufferPointer { input in
            [UInt8](unsafeUninitializedCapacity: input.count) { output, written in
                guard let source = input.baseAddress, let target = output.baseAddress else {
                    written = 0
                    return
                }
                let raw = UnsafeRawPointer(source)
                let end = input.count
                var count = 0
                var index = 0
                while index < end {
                    // A pretty document's indentation, a word at a time.
                    index = JSONByteScan.pastSpaces(in: raw, from: index, count: end)
                    guard index < end else { break }
                    let byte = source[index]
                    if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                        index += 1
                        continue
                    }
                    guard byte == UInt8(ascii: "\"") else {
                        target[count] = byte
                        count += 1
                        index += 1
                        continue
                    }
                    // The string up to its closing quote, escapes (`\"`, `\\`) passed over whole,
                    // its text a word at a time, copied in one move.
                    var close = index + 1
                    while close < end {
                        close = JSONByteScan.nextQuoteOrBackslash(in: raw, from: close, count: end)
                        guard close < end else { break }
                        let inner = source[close]
                        close += 1
                        if inner == UInt8(ascii: "\"") { break }
                        if close < end { close += 1 }
                    }
                    (target + count).update(from: source + index, count: close - index)
                    count += close - index
                    index = close
                }
                written = count
            }
        }
    }
}
