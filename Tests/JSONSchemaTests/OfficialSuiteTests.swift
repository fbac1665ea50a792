import Foundation
import JSONCore
import JSONSchema
import Testing

/// Runs the official JSON Schema Test Suite (draft 2020-12) from `../shared/reference/`.
@Suite(.enabled(if: OfficialSuite.isPresent, "the JSON Schema Test Suite is not at ../shared/reference/json-schema-test-suite"))
struct OfficialSuiteTests {
    @Test func requiredTestsAllPass() throws {
        let outcome = try OfficialSuite.run(folder: "tests/draft2020-12", assertFormats: false)
        print("JSON Schema Test Suite, required: \(outcome.passed) of \(outcome.total) pass")
        for failure in outcome.failures { print("  FAIL \(failure)") }
        #expect(outcome.total == 1299)
        #expect(outcome.failures.isEmpty)
    }

    @Test func optionalTestsPassAtLeast95Percent() throws {
        let outcome = try OfficialSuite.run(folder: "tests/draft2020-12/optional", assertFormats: false)
        print("JSON Schema Test Suite, optional (without format/): \(outcome.passed) of \(outcome.total) pass")
        for failure in outcome.failures { print("  FAIL \(failure)") }
        #expect(outcome.total > 0)
        #expect(Double(outcome.passed) >= 0.95 * Double(outcome.total))
    }

    @Test func formatTestsPassAtLeast95Percent() throws {
        let outcome = try OfficialSuite.run(folder: "tests/draft2020-12/optional/format", assertFormats: true)
        print("JSON Schema Test Suite, optional/format: \(outcome.passed) of \(outcome.total) pass")
        for failure in outcome.failures { print("  FAIL \(failure)") }
        #expect(outcome.total > 0)
        #expect(Double(outcome.passed) >= 0.95 * Double(outcome.total))
    }
}

/// Reads and runs the suite's test files.
enum OfficialSuite {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/reference/json-schema-test-suite")

    static var isPresent: Bool { FileManager.default.fileExists(atPath: root.appendingPathComponent("tests/draft2020-12").path) }

    struct Outcome {
        var total = 0
        var passed = 0
        var failures: [String] = []
    }

    /// Runs every `.json` file directly in `folder` (not in its subfolders).
    static func run(folder: String, assertFormats: Bool) throws -> Outcome {
        var registry = SchemaRegistry()
        registry.map(prefix: "http://localhost:1234/", to: root.appendingPathComponent("remotes"))
        let compiler = JSONSchemaCompiler(registry: registry, assertFormats: assertFormats)
        let directory = root.appendingPathComponent(folder)
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
                    outcome.failures += tests.map { "\(file) / \(description) / \($0["description"]?.stringValue ?? "?"): schema did not compile: \(error)" }
                    continue
                }
                for test in tests {
                    let instance = test["data"] ?? .null
                    let expected = test["valid"]?.boolValue ?? false
                    let fast = validator.isValid(instance)
                    let full = validator.validate(instance)
                    if fast == expected && full.isValid == expected && full.errors.isEmpty == expected {
                        outcome.passed += 1
                    } else {
                        outcome.failures.append("\(file) / \(description) / \(test["description"]?.stringValue ?? "?"): expected \(expected), isValid \(fast), validate \(full.isValid)")
                    }
                }
            }
        }
        return outcome
    }
}
