import FuzzDriver
import Pipeline

/// Reads each input as simple step rows (CSV, or an XLSX workbook when it starts as a zip) and
/// converts them to EPCIS events.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    _ = StepRows.read(FuzzDriver.bytes(data, size), source: "fuzz.csv")
    return 0
}

/// The harness: libFuzzer run by its driver over `fuzzOneInput`.
@main
enum Harness {
    static func main() { FuzzDriver.run(fuzzOneInput) }
}
