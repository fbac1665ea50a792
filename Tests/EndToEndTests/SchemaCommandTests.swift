import Foundation
import JSONCore
import TestSupport
import Testing

/// `dpp schema validate`, run as a user would.
@Suite final class SchemaCommandTests {
    let folder: TemporaryFolder

    deinit { folder.remove() }

    init() throws {
        folder = try TemporaryFolder()
        try write(
            "schema.json",
            #"{"type": "object", "required": ["gtin"], "properties": {"gtin": {"type": "string", "pattern": "^[0-9]{14}$"}, "made": {"format": "date"}}}"#
        )
        try write("valid.json", #"{"gtin": "09520123456788", "made": "2026-02-30"}"#)
        try write("invalid.json", #"{"gtin": 9520123456788}"#)
    }

    private func write(_ name: String, _ text: String) throws {
        try folder.write(name, text)
    }

    private func dpp(_ arguments: [String], input: ChildProcess.Input = .bytes(Data())) throws -> ChildProcess.Result {
        try DPPProcess.run(arguments, in: folder.url, input: input)
    }

    @Test func validInstancesExitZero() throws {
        let result = try dpp(["schema", "validate", "--schema", "schema.json", "valid.json"])
        #expect(result.status == 0)
        #expect(result.stdout == "valid.json: valid\n")
    }

    @Test func anInvalidInstanceExitsOneAndSaysWhere() throws {
        let result = try dpp(["schema", "validate", "--schema", "schema.json", "valid.json", "invalid.json"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("invalid.json#/gtin: error SCHEMA-TYPE: expected string, found integer"))
        #expect(result.stdout.contains("/properties/gtin/type"))
    }

    @Test func jsonOutputIsTheBasicFormat() throws {
        let result = try dpp(["schema", "validate", "--schema", "schema.json", "--format", "json", "invalid.json"])
        #expect(result.status == 1)
        let report = try JSONParser().parse(result.stdout)
        let error = try #require(report["results"]?[0]?["errors"]?[0])
        #expect(report["valid"] == false)
        #expect(error["instanceLocation"] == "/gtin")
        #expect(error["keywordLocation"] == "/properties/gtin/type")
        #expect(error["absoluteKeywordLocation"]?.stringValue?.hasSuffix("schema.json#/properties/gtin/type") == true)
        #expect(error["rule"] == "SCHEMA-TYPE")
    }

    @Test func formatsAreAssertedOnlyWhenAsked() throws {
        let result = try dpp(["schema", "validate", "--schema", "schema.json", "--assert-format", "valid.json"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("not a valid date"))
    }

    @Test func readsTheInstanceFromStandardInput() throws {
        let result = try dpp(["schema", "validate", "--schema", "schema.json", "-"], input: .bytes(Data(#"{"gtin": "x"}"#.utf8)))
        #expect(result.status == 1)
        #expect(result.stdout.contains("-#/gtin"))
    }

    @Test func remoteSchemasComeFromTheMappedFolder() throws {
        try write("remote/gtin.json", #"{"type": "string", "minLength": 14}"#)
        try write("uses-remote.json", #"{"properties": {"gtin": {"$ref": "https://schemas.example.com/gtin.json"}}}"#)
        let mapped = try dpp([
            "schema", "validate", "--schema", "uses-remote.json", "--remote", "https://schemas.example.com/=remote", "invalid.json", "valid.json",
        ])
        #expect(mapped.status == 1)
        #expect(mapped.stdout.contains("valid.json: valid"))
        let unmapped = try dpp(["schema", "validate", "--schema", "uses-remote.json", "valid.json"])
        #expect(unmapped.status == 2)
        #expect(unmapped.stderr.contains("SCHEMA-UNRESOLVABLE-REF"))
        #expect(unmapped.stderr.contains("never fetched"))
    }

    @Test func aSchemaWithAReferenceCycleExitsTwo() throws {
        try write("cycle.json", ##"{"$ref": "#/$defs/a", "$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}}"##)
        let result = try dpp(["schema", "validate", "--schema", "cycle.json", "valid.json"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("SCHEMA-REF-CYCLE"))
    }

    @Test(arguments: [
        ("empty.json", Data(), "1:1: error: not valid JSON: the document is empty"),
        ("truncated.json", Data(#"{"gtin": "0952"#.utf8), "1:10: error: not valid JSON: unterminated string"),
        (
            "nested.json", Data((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8),
            "1:513: error: not valid JSON: arrays and objects are nested deeper than the limit of 512"
        ),
        ("latin1.json", Data([0x22, 0x63, 0x61, 0x66, 0xE9, 0x22]), "1:5: error: not valid JSON: invalid UTF-8"),
        ("surrogate.json", Data(#"{"a": "\ud800"}"#.utf8), "1:8: error: not valid JSON: lone high surrogate"),
    ])
    func hostileInstancesExitTwoWithALocation(name: String, contents: Data, expected: String) throws {
        try contents.write(to: folder.file(name))
        let result = try dpp(["schema", "validate", "--schema", "schema.json", name, "valid.json"])
        #expect(result.status == 2)
        #expect(result.stdout.contains(name + ":" + expected), "\(result.stdout)")
        #expect(result.stdout.contains("valid.json: valid"))
    }

    @Test func aTwoHundredMegabyteStringIsRefusedWithoutReadingIt() throws {
        var bytes = Data(repeating: UInt8(ascii: "a"), count: 200_000_000)
        bytes[0] = UInt8(ascii: "\"")
        bytes[bytes.count - 1] = UInt8(ascii: "\"")
        try bytes.write(to: folder.file("huge.json"))
        let result = try dpp(["schema", "validate", "--schema", "schema.json", "huge.json"])
        #expect(result.status == 2)
        #expect(result.stdout.contains("huge.json: error: the file has 200000000 bytes, more than the limit of 64 MiB [INPUT-TOO-LARGE]"))
    }

    @Test func extremeButValidNumbersAreNotErrors() throws {
        try write("numbers-schema.json", #"{"items": {"type": "integer", "minimum": 123456789012345678901234567890}}"#)
        try write("numbers.json", "[1e400, 123456789012345678901234567890]")
        let result = try dpp(["schema", "validate", "--schema", "numbers-schema.json", "numbers.json"])
        #expect(result.status == 0)
    }

    @Test func aMalformedSchemaExitsTwo() throws {
        try write("broken-schema.json", #"{"type": "#)
        let result = try dpp(["schema", "validate", "--schema", "broken-schema.json", "valid.json"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("broken-schema.json:1:10: error: not valid JSON") && result.stderr.contains("[JSON-MALFORMED]"))
    }

    @Test(arguments: [
        ["schema", "validate", "valid.json"],
        ["schema", "check", "--schema", "schema.json", "valid.json"],
        ["schema", "validate", "--schema", "schema.json"],
        ["schema", "validate", "--schema", "schema.json", "--format", "xml", "valid.json"],
        ["schema", "validate", "--schema", "schema.json", "--remote", "no-equals", "valid.json"],
    ])
    func usageErrorsExitTwo(arguments: [String]) throws {
        let result = try dpp(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains("Run 'dpp schema --help'"))
    }

    @Test func helpDescribesTheCommand() throws {
        let result = try dpp(["schema", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("--remote URL=DIR"))
    }
}
