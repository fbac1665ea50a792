// Validates every Digital Link URI of a file (one per line) with the GS1 module, through
// `DigitalLink.problems(in:)`, the check `dpp` runs on every link of a passport (ID-DIGITAL-LINK).
// Built by run.sh in release mode (this package depends on the main one by path).
// Times are processor time of this process (the machine is shared), best of three passes.
import Foundation
import GS1

let path = CommandLine.arguments[1]
let text = try String(contentsOfFile: path, encoding: .utf8)
let uris = text.split(separator: "\n").map(String.init)

/// Processor time used by this process so far, in seconds.
func processorSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}

var best = Double.infinity
var valid = 0
for _ in 0..<3 {
    valid = 0
    let start = processorSeconds()
    for uri in uris where DigitalLink.problems(in: uri).isEmpty {
        valid += 1
    }
    best = min(best, processorSeconds() - start)
}
print("TextilePassport GS1\t\(uris.count)\t\(valid)\t\(String(format: "%.3f", best))\t\(Int(Double(uris.count) / best))")
