import FuzzDriver
import Pipeline
import Spreadsheets

/// Reads each input as simple step rows (CSV, or an XLSX workbook when it starts as a zip) and
/// converts them to EPCIS events; then reads it as a CSV table whole and through pieces of 1 to
/// 64 bytes (the input's first byte says how many): whether it reads, and what it reads, must not
/// depend on the pieces (which of two errors comes first may: an encoding error further on in
/// the same piece is found before a syntax error).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzDriver.bytes(data, size)
    _ = StepRows.read(bytes, source: "fuzz.csv")
    guard let first = bytes.first else { return 0 }
    let whole = reading(bytes, pieceSize: bytes.count)
    let inPieces = reading(bytes, pieceSize: Int(first % 64) + 1)
    precondition(whole == inPieces, "read whole: \(whole ?? "an error"); in pieces of \(Int(first % 64) + 1): \(inPieces ?? "an error")")
    return 0
}

/// What a CSV reading of `bytes` through pieces of `pieceSize` gives, written out; `nil` when it fails.
func reading(_ bytes: [UInt8], pieceSize: Int) -> String? {
    var text = ""
    do {
        let delimiter = try CSVTable.read(
            source: "fuzz.csv", pieceSize: pieceSize, nextPiece: CSVTable.pieces(of: bytes), header: { text += "header \($0)\n" },
            row: { text += "\($0.line) \($0.fields)\n" })
        return "delimiter \(delimiter)\n" + text
    } catch {
        return nil
    }
}

/// The harness: libFuzzer run by its driver over `fuzzOneInput`.
@main
enum Harness {
    static func main() { FuzzDriver.run(fuzzOneInput) }
}
