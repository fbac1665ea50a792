import Foundation

/// Checks an EPCIS 2.0 document against GS1's own schemas in `../shared/reference/gs1/epcis/`:
/// XML with `xmllint --schema` over the XSD, JSON-LD with Python's `jsonschema` (with its
/// format checker) over the EPCIS JSON schema.
public enum EPCISSchemaCheck {
    /// The folder of GS1's EPCIS 2.0 schemas and examples.
    public static let folder = ReferenceFolder("gs1/epcis")

    /// What `xmllint` says of the XML document at `file`: empty when it validates.
    public static func xsdProblems(_ file: URL) throws -> String {
        let result = try OutsideTool.run(
            "xmllint", ["--noout", "--nonet", "--schema", folder.file("XSD/EPCglobal-epcis-2_0.xsd").path, file.path])
        return result.status == 0 ? "" : result.stderr
    }

    /// What `jsonschema` says of the JSON-LD document at `file`: empty when it validates.
    public static func jsonSchemaProblems(_ file: URL) throws -> String {
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            document = json.load(open(sys.argv[2]))
            validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
            for error in validator.iter_errors(document):
                print("/".join(str(part) for part in error.absolute_path), error.message)
            """
        let result = try OutsideTool.run("python3", ["-c", script, folder.file("EPCIS-JSON-Schema.json").path, file.path])
        return result.status == 0 ? result.stdout : result.stderr
    }
}
