import FuzzDriver
import Traceability

/// Reads each input as an EPCIS 2.0 JSON-LD document; the reader tells XML from JSON by the first
/// character, so an input that does not start with `{` gets one, to stay on the JSON-LD path.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    var bytes = FuzzDriver.bytes(data, size)
    if bytes.first != UInt8(ascii: "{") { bytes.insert(UInt8(ascii: "{"), at: 0) }
    _ = EPCISReader.read(bytes, source: "fuzz.jsonld")
    return 0
}

/// The harness: libFuzzer run by its driver over `fuzzOneInput`.
@main
enum Harness {
    static func main() { FuzzDriver.run(fuzzOneInput) }
}
