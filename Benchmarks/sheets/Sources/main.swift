import Foundation
import Spreadsheets

/// Reads each file given (`.xlsx` with `Workbook`, `.csv` with `CSVTable`) ROUNDS times, every
/// cell touched, and prints one JSON line per file: the best time and the cells read.
///
///     sheets-benchmark ROUNDS FILE...
let arguments = CommandLine.arguments
guard arguments.count >= 3, let rounds = Int(arguments[1]) else {
    FileHandle.standardError.write(Data("usage: sheets-benchmark ROUNDS FILE...\n".utf8))
    exit(2)
}
for path in arguments.dropFirst(2) {
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    var best = Double.infinity
    var cells = 0
    for _ in 0..<rounds {
        let start = DispatchTime.now().uptimeNanoseconds
        cells = 0
        do {
            if path.hasSuffix(".xlsx") {
                let workbook = try Workbook(bytes: bytes, source: path, maximumRows: 2_000_000)
                for sheet in workbook.sheets {
                    cells += sheet.cells.count
                }
            } else {
                let table = try CSVTable(bytes: bytes, source: path, maximumRows: 2_000_000)
                for row in table.rows { cells += row.fields.count }
            }
        } catch {
            FileHandle.standardError.write(Data("\(path): \(error)\n".utf8))
            exit(1)
        }
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    print("{\"file\": \"\(path)\", \"seconds\": \(best), \"cells\": \(cells)}")
}
