// Parses and validates every Digital Link URI of a file (one per line) with the GS1 module.
// Built by run.sh with `swiftc -O -wmo` together with Sources/GS1, so no `import` is needed.
import Foundation

let path = CommandLine.arguments[1]
let text = try String(contentsOfFile: path, encoding: .utf8)
let uris = text.split(separator: "\n").map(String.init)

var best = Duration.seconds(1_000_000)
var valid = 0
for _ in 0..<3 {
    valid = 0
    let start = ContinuousClock.now
    for uri in uris where DigitalLink.validate(uri).isValid {
        valid += 1
    }
    best = min(best, ContinuousClock.now - start)
}
let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
print("TextilePassport GS1\t\(uris.count)\t\(valid)\t\(String(format: "%.3f", seconds))\t\(Int(Double(uris.count) / seconds))")
