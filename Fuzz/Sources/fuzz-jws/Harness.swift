import Credentials
import FuzzDriver

/// Parses each input as a JWS in compact serialisation (a VC-JOSE credential).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    _ = try? ParsedJWS(compact: FuzzDriver.bytes(data, size))
    return 0
}

/// The harness: libFuzzer run by its driver over `fuzzOneInput`.
@main
enum Harness {
    static func main() { FuzzDriver.run(fuzzOneInput) }
}
