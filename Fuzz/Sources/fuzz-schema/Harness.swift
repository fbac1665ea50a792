import FuzzDriver
import JSONCore
import JSONSchema

/// Compiles each input that parses as JSON as a schema, then validates the input against itself,
/// as the parser's tape and as a value: the two verdicts must be the same.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let tape = try? JSONParser().parseTape(FuzzDriver.bytes(data, size)) else { return 0 }
    let schema = tape.value(at: tape.root)
    guard let validator = try? JSONSchemaCompiler(assertFormats: true).compile(schema, baseURI: "https://fuzz.example/schema") else { return 0 }
    precondition(validator.validate(tape) == validator.validate(schema), "the tape and the value get different verdicts")
    return 0
}

/// The harness: libFuzzer run by its driver over `fuzzOneInput`.
@main
enum Harness {
    static func main() { FuzzDriver.run(fuzzOneInput) }
}
