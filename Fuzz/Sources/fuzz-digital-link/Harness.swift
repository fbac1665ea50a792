import FuzzDriver
import GS1

/// Parses each input (as UTF-8, invalid bytes replaced) as a GS1 Digital Link URI.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = String(decoding: FuzzDriver.bytes(data, size), as: UTF8.self)
    if let link = try? DigitalLink.parse(text) {
        _ = link.canonicalURI
        _ = link.publishingPath()
    }
    return 0
}

/// The harness: libFuzzer run by its driver over `fuzzOneInput`.
@main
enum Harness {
    static func main() { FuzzDriver.run(fuzzOneInput) }
}
