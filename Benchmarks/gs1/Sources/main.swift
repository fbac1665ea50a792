// Validates every Digital Link URI of a file (one per line) with the GS1 module, twice: through
// `DigitalLink.problems(in:)`, the check `dpp` runs on every link of a passport (ID-DIGITAL-LINK),
// and through `DigitalLink.validate`, which also builds the typed link (as biip's parse does).
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

/// The best of three passes of `accepts` over every URI: processor seconds and URIs accepted.
func bestOfThree(_ accepts: (String) -> Bool) -> (seconds: Double, accepted: Int) {
    var best = Double.infinity
    var accepted = 0
    for _ in 0..<3 {
        accepted = 0
        let start = processorSeconds()
        for uri in uris where accepts(uri) { accepted += 1 }
        best = min(best, processorSeconds() - start)
    }
    return (best, accepted)
}

// The check `dpp` runs (no link built), then parse + validate building the typed link, as biip's parse does.
for (name, accepts) in [
    ("TextilePassport GS1 (DigitalLink.problems)", { (uri: String) in DigitalLink.problems(in: uri).isEmpty }),
    ("TextilePassport GS1 (DigitalLink.validate)", { (uri: String) in DigitalLink.validate(uri).isValid }),
] {
    let (seconds, accepted) = bestOfThree(accepts)
    print("\(name)\t\(uris.count)\t\(accepted)\t\(String(format: "%.3f", seconds))\t\(Int(Double(uris.count) / seconds))")
}
