/// Percent-decoding of Digital Link path segments and query values, and percent-encoding of
/// AI values when a URI or a folder name is written.
enum PercentEncoding {
    /// Why a value could not be decoded, with the byte offset of the culprit in the encoded text.
    enum DecodingProblem: Error {
        case badEscape(offset: Int)
        case nul(offset: Int)
    }

    /// Decodes `%XX` escapes in `encoded` (and `+` as a space when `plusIsSpace`); refuses a
    /// malformed escape and a decoded NUL.
    static func decode(_ encoded: ArraySlice<UInt8>, plusIsSpace: Bool) throws(DecodingProblem) -> [UInt8] {
        var problem: DecodingProblem?
        let decoded = [UInt8](unsafeUninitializedCapacity: encoded.count) { buffer, count in
            do throws(DecodingProblem) {
                count = try decode(encoded, plusIsSpace: plusIsSpace, into: buffer)
            } catch {
                problem = error
                count = 0
            }
        }
        if let problem { throw problem }
        return decoded
    }

    /// Decodes `encoded` as ``decode(_:plusIsSpace:)`` does, into `output` (at least as long as
    /// `encoded`); returns the number of bytes written.
    static func decode<Bytes: RandomAccessCollection<UInt8>>(
        _ encoded: Bytes, plusIsSpace: Bool, into output: UnsafeMutableBufferPointer<UInt8>
    ) throws(DecodingProblem) -> Int where Bytes.Index == Int {
        var count = 0
        var index = encoded.startIndex
        while index < encoded.endIndex {
            let byte = encoded[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < encoded.endIndex, let high = hexValue(encoded[index + 1]),
                    let low = hexValue(encoded[index + 2])
                else { throw .badEscape(offset: index) }
                let decoded = high << 4 | low
                if decoded == 0 { throw .nul(offset: index) }
                output[count] = decoded
                index += 3
            } else {
                output[count] = plusIsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte
                index += 1
            }
            count += 1
        }
        return count
    }

    /// The value of a hexadecimal digit (either case), or nil.
    @inline(__always)
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }

    /// Appends `value` to `output`, keeping only the bytes `keep` accepts and writing every other
    /// byte as `%XX` with upper-case hex digits.
    static func encode(_ value: some Sequence<UInt8>, into output: inout [UInt8], keeping keep: (UInt8) -> Bool) {
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in value {
            if keep(byte) {
                output.append(byte)
            } else {
                output.append(UInt8(ascii: "%"))
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 15)])
            }
        }
    }

    /// RFC 3986 unreserved characters: the only ones a generated Digital Link leaves unencoded.
    @inline(__always)
    static func isUnreserved(_ byte: UInt8) -> Bool {
        GS1CharacterSet.cset64.contains(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "~")
    }
}
