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
                var count = 0
                var index = 0
                while index < input.count {
                    let byte = input[index]
                    index += 1
                    switch byte {
                    case 0x20, 0x09, 0x0A, 0x0D: continue
                    case UInt8(ascii: "\""):
                        output[count] = byte
                        count += 1
                        // The string's bytes up to its closing quote, escapes (`\"`, `\\`) kept whole.
                        while index < input.count {
                            let inner = input[index]
                            output[count] = inner
                            count += 1
                            index += 1
                            if inner == UInt8(ascii: "\"") { break }
                            if inner == UInt8(ascii: "\\"), index < input.count {
                                output[count] = input[index]
                                count += 1
                                index += 1
                            }
                        }
                    default:
                        output[count] = byte
                        count += 1
                    }
                }
                written = count
            }
        }
    }
}
