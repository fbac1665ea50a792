import FuzzDriver
import JSONCore
import JSONSchema

/// Compiles each input that parses as JSON as a schema, then validates the input against itself.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let schema = try? JSONParser().parse(FuzzDriver.bytes(data, size)),
        let validator = try? JSONSchemaCompiler(assertFormats: true).compile(schema, baseURI: "https://fuzz.example/schema")
    else { return 0 }
    _ = validator.validate(schema)
    return 0
}

/// The harness: libFuzzer run by its driver over `fuzzOneInput`.
@main
enum Harness {
    static func main() { FuzzDriver.run(fuzzOneInput) }
}
