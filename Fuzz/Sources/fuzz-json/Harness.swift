import FuzzDriver
import JSONCore

/// Parses each input as JSON; a parse error is an answer, a crash or a hang is a finding, and
/// so is a tape that disagrees with the value made from it (or with the tape of that value).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let tape = try? JSONParser().parseTape(FuzzDriver.bytes(data, size)) else { return 0 }
    let value = tape.value(at: tape.root)
    precondition(tape.value(at: tape.root, equals: value), "the tape differs from its own value")
    let rebuilt = JSONTape(value)
    precondition(rebuilt.value(at: rebuilt.root) == value, "the tape of the value gives another value")
    return 0
}

/// The harness: libFuzzer run by its driver over `fuzzOneInput`.
@main
enum Harness {
    static func main() { FuzzDriver.run(fuzzOneInput) }
}
