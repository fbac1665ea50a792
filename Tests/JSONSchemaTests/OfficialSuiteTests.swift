import Foundation
import JSONCore
import JSONSchema
import TestSupport
import Testing

/// Runs the official JSON Schema Test Suite (draft 2020-12) from `../shared/reference/`.
@Suite(.requiring(OfficialSuite.suite, otherwise: "the JSON Schema Test Suite is not run"))
struct OfficialSuiteTests {
    @Test func requiredTestsAllPass() throws {
        let outcome = try OfficialSuite.run(folder: "tests/draft2020-12", assertFormats: false)
        outcome.printReport(as: "required")
        #expect(outcome.total == 1299)
        #expect(outcome.failures.isEmpty)
    }

    @Test func optionalTestsPassAtLeast95Percent() throws {
        try Self.expectAtLeast95Percent(of: "tests/draft2020-12/optional", assertFormats: false, as: "optional (without format/)")
    }

    @Test func formatTestsPassAtLeast95Percent() throws {
        try Self.expectAtLeast95Percent(of: "tests/draft2020-12/optional/format", assertFormats: true, as: "optional/format")
    }

    /// Runs the tests of `folder`, prints the outcome under `label`, and expects at least 95% of them to pass.
    static func expectAtLeast95Percent(of folder: String, assertFormats: Bool, as label: String) throws {
        let outcome = try OfficialSuite.run(folder: folder, assertFormats: assertFormats)
        outcome.printReport(as: label)
        #expect(outcome.total > 0)
        #expect(Double(outcome.passed) >= 0.95 * Double(outcome.total))
    }
}

/// Reads and runs the suite's test files.
enum OfficialSuite {
    /// The JSON Schema Test Suite with its remotes (`../shared/reference/json-schema-test-suite/`).
    static let suite = ReferenceFolder("json-schema-test-suite")

    /// How many tests ran and passed, and a line for each failure.
    struct Outcome {
        var total = 0
        var passed = 0
        var failures: [String] = []

        /// Prints how many tests pass, then each failure.
        func printReport(as label: String) {
            print("JSON Schema Test Suite, \(label): \(passed) of \(total) pass")
            for failure in failures { print("  FAIL \(failure)") }
        }
    }

    /// Runs every `.json` file directly in `folder` (not in its subfolders).
    static func run(folder: String, assertFormats: Bool) throws -> Outcome {
        var registry = SchemaRegistry()
        registry.map(prefix: "http://localhost:1234/", to: suite.file("remotes"))
        let compiler = JSONSchemaCompiler(registry: registry, assertFormats: assertFormats)
        let directory = suite.file(folder)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }.sorted()
        var outcome = Outcome()
        for file in files {
            let cases = try JSONParser().parse(Data(contentsOf: directory.appendingPathComponent(file)))
            for testCase in cases.arrayValue ?? [] {
                let description = testCase["description"]?.stringValue ?? "?"
                let tests = testCase["tests"]?.arrayValue ?? []
                outcome.total += tests.count
                let validator: SchemaValidator
                do {
                    validator = try compiler.compile(testCase["schema"] ?? .null, baseURI: "")
                } catch {
                    outcome.failures += tests.map {
                        "\(file) / \(description) / \($0["description"]?.stringValue ?? "?"): schema did not compile: \(error)"
                    }
                    continue
                }
                for test in tests {
                    let instance = test["data"] ?? .null
                    let expected = test["valid"]?.boolValue ?? false
                    let fast = validator.isValid(instance)
                    let full = validator.validate(instance)
                    // The same instance as the parser lays it out (escaped strings decoded apart from the text).
                    let parsed = validator.validate(try JSONParser().parseTape(JSONWriter().bytes(instance)))
                    if fast == expected && full.isValid == expected && full.errors.isEmpty == expected && parsed == full {
                        outcome.passed += 1
                    } else {
                        outcome.failures.append(
                            "\(file) / \(description) / \(test["description"]?.stringValue ?? "?"): expected \(expected), isValid \(fast), validate \(full.isValid), parsed tape \(parsed.isValid)"
                        )
                    }
                }
            }
        }
        return outcome
    }
}
