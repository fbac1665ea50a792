import FuzzDriver
import GS1

/// Parses each input (as UTF-8, invalid bytes replaced) as a GS1 Digital Link URI; the problems
/// `DigitalLink.problems(in:)` finds without building the link must be those of the parse.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = String(decoding: FuzzDriver.bytes(data, size), as: UTF8.self)
    let validation = DigitalLink.validate(text)
    precondition(DigitalLink.problems(in: text) == validation.problems, "problems(in:) differs from validate for \(text)")
    if let link = validation.link {
        _ = link.canonicalURI
        _ = link.publishingPath()
    }
    return 0
}

/// The harness: libFuzzer run by its driver over `fuzzOneInput`.
@main
enum Harness {
    static func main() { FuzzDriver.run(fuzzOneInput) }
}
