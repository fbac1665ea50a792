import FuzzDriver
import Passport

/// Reads each input as a product catalogue (JSON).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    _ = CatalogReader.read(FuzzDriver.bytes(data, size), file: "fuzz.json", sink: DiagnosticSink())
    return 0
}

/// The harness: libFuzzer run by its driver over `fuzzOneInput`.
@main
enum Harness {
    static func main() { FuzzDriver.run(fuzzOneInput) }
}
