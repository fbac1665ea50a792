import FuzzDriver
import Spreadsheets

/// Reads each input as an XLSX workbook (a zip archive) and every cell of its sheets.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let workbook = try? Workbook(bytes: FuzzDriver.bytes(data, size), source: "fuzz.xlsx") else { return 0 }
    for sheet in workbook.sheets { _ = sheet.cells.count }
    return 0
}

/// The harness: libFuzzer run by its driver over `fuzzOneInput`.
@main
enum Harness {
    static func main() { FuzzDriver.run(fuzzOneInput) }
}
