// Encodes every text of a list (one per line) as a QR code, then as SVG and as PNG, and prints
// the best time of several rounds per stage as JSON, for run.py to compare with segno.
import Foundation
import Rendering

let arguments = CommandLine.arguments
guard arguments.count == 3, let rounds = Int(arguments[2]), rounds > 0 else {
    FileHandle.standardError.write(Data("usage: qr-benchmark URLS.txt ROUNDS\n".utf8))
    exit(2)
}
let texts = try String(contentsOfFile: arguments[1], encoding: .utf8).split(separator: "\n").map(String.init)

/// The best wall time in seconds of `rounds` runs of `body` over every text, and the bytes it produced.
func measure(_ body: (String) throws -> Int) rethrows -> (seconds: Double, bytes: Int) {
    var best = Double.infinity
    var bytes = 0
    for _ in 0..<rounds {
        var total = 0
        let start = ContinuousClock.now
        for text in texts { total += try body(text) }
        let elapsed = ContinuousClock.now - start
        best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        bytes = total
    }
    return (best, bytes)
}

let encode = try measure { try QRCode(encoding: $0).size }
let svg = try measure { try QRCode(encoding: $0).svg(moduleSize: 8, quietZone: 4).utf8.count }
let png = try measure { try QRCode(encoding: $0).png(scale: 8, quietZone: 4).count }
let result: [String: [String: Double]] = [
    "encode": ["seconds": encode.seconds, "bytes": 0],
    "svg": ["seconds": svg.seconds, "bytes": Double(svg.bytes)],
    "png": ["seconds": png.seconds, "bytes": Double(png.bytes)],
]
print(String(decoding: try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys]), as: UTF8.self))
