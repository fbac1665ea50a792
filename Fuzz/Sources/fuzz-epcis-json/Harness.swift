import FuzzDriver
import Traceability

/// Reads each input as an EPCIS 2.0 JSON-LD document, twice: held in memory, and in place as a
/// file is read, through a window of 1 to 64 bytes (the first byte says how many) so that every
/// part of the structure straddles a window's edge somewhere, each event held to 256 bytes.
/// The reader tells XML from JSON by the first character, so an input that does not start with
/// `{` gets one, to stay on the JSON-LD path.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    var bytes = FuzzDriver.bytes(data, size)
    let readSize = Int(bytes.first ?? 0) % 64 + 1
    if bytes.first != UInt8(ascii: "{") { bytes.insert(UInt8(ascii: "{"), at: 0) }
    _ = EPCISReader.read(bytes, source: "fuzz.jsonld")
    let input = RandomAccessInput(size: bytes.count) { buffer, offset in
        let count = min(buffer.count, bytes.count - offset)
        bytes.withUnsafeBytes { buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[offset..<(offset + count)])) }
        return count
    }
    _ = EPCISReader.readJSONInPlace(input, source: "fuzz.jsonld", maximumPartSize: 256, readSize: readSize)
    return 0
}

/// The harness: libFuzzer run by its driver over `fuzzOneInput`.
@main
enum Harness {
    static func main() { FuzzDriver.run(fuzzOneInput) }
}
