import FuzzDriver
import JSONCore

/// Parses each input as JSON; a parse error is an answer, a crash or a hang is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    _ = try? JSONParser().parse(FuzzDriver.bytes(data, size))
    return 0
}

/// The harness: libFuzzer run by its driver over `fuzzOneInput`.
@main
enum Harness {
    static func main() { FuzzDriver.run(fuzzOneInput) }
}
