import Foundation
import JSONCore
import TestSupport
import Testing

/// `dpp rules` lists every rule any command can report: each id a command prints in these
/// tests' runs over valid, invalid and hostile inputs is in the list.
@Suite struct RulesCommandTests {
    static let root = PackageFolders.root
    static let invalidPassports = PackageFolders.invalidFixtures

    /// The listed rules by id.
    static func listedRules() throws -> [String: JSONValue] {
        let result = try DPPProcess.run(["rules", "--format", "json"])
        #expect(result.status == 0)
        var rules: [String: JSONValue] = [:]
        for rule in try JSONParser().parse(result.stdout).arrayValue ?? [] {
            if let id = rule["id"]?.stringValue {
                #expect(rules[id] == nil, "\(id) is listed twice")
                rules[id] = rule
            }
        }
        return rules
    }

    @Test func everyRuleHasAnIdASeverityAKindAModuleAndASummary() throws {
        let rules = try Self.listedRules()
        #expect(rules.count > 100)
        for (id, rule) in rules {
            #expect(id.wholeMatch(of: /[A-Z0-9]+(-[A-Z0-9]+)+/) != nil, "\(id)")
            #expect(["error", "warning", "note"].contains(rule["severity"]?.stringValue ?? ""), "\(id)")
            #expect(["finding", "malformed", "unreadable"].contains(rule["kind"]?.stringValue ?? ""), "\(id)")
            #expect(
                ["Diagnostics", "GS1", "JSONSchema", "Traceability", "Spreadsheets", "CatalogTables", "Passport", "Credentials", "Pipeline"].contains(
                    rule["module"]?.stringValue ?? ""),
                "\(id)")
            #expect((rule["summary"]?.stringValue ?? "").isEmpty == false, "\(id)")
        }
        // One rule of each module, with the severity and kind it is declared with.
        #expect(rules["INPUT-UNREADABLE"]?["kind"] == "unreadable")
        #expect(rules["JSON-MALFORMED"]?["kind"] == "malformed")
        #expect(rules["GS1-CHECK-DIGIT"]?["module"] == "GS1")
        #expect(rules["SCHEMA-REQUIRED"]?["module"] == "JSONSchema")
        #expect(rules["EPCIS-XML-ELEMENT-ORDER"]?["severity"] == "warning")
        #expect(rules["TRACE-CYCLE"]?["severity"] == "error")
        #expect(rules["TXT-COMPOSITION-SUM"]?["module"] == "Passport")
        #expect(rules["JWS-SIGNATURE"]?["module"] == "Credentials")
        #expect(rules["STATUS-LIST-ENCODING"]?["kind"] == "malformed")
        #expect(rules["DID-KEY-UNKNOWN"]?["module"] == "Credentials")
        #expect(rules["VC-REVOKED"]?["module"] == "Pipeline")
        #expect(rules["SHEET-ZIP-LIMIT"]?["module"] == "Spreadsheets")
        #expect(rules["SHEET-ZIP-LIMIT"]?["kind"] == "unreadable")
        #expect(rules["CATALOG-CELL-VALUE"]?["module"] == "CatalogTables")
        #expect(rules["CATALOG-COLUMN-UNKNOWN"]?["kind"] == "malformed")
    }

    @Test func theTextFormAndTheModuleFilterListTheSameRules() throws {
        let json = try Self.listedRules()
        let text = try DPPProcess.run(["rules"])
        #expect(text.status == 0)
        let ids = text.stdout.split(separator: "\n").map { String($0.prefix { $0 != " " }) }
        #expect(Set(ids) == Set(json.keys))
        #expect(ids == ids.sorted())
        let gs1 = try DPPProcess.run(["rules", "--module", "GS1", "--format", "json"])
        let gs1IDs = try JSONParser().parse(gs1.stdout).arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
        #expect(Set(gs1IDs) == Set(json.filter { $0.value["module"] == "GS1" }.keys))
        #expect(try DPPProcess.run(["rules", "--module", "Nope"]).status == 2)
    }

    /// The rule ids a run printed: `rule` members of its JSON, `[RULE-ID]` at the end of its text lines.
    static func emittedRuleIDs(_ result: ChildProcess.Result) -> Set<String> {
        var ids: Set<String> = []
        if let document = try? JSONParser().parse(result.stdout) { collectRules(document, into: &ids) }
        for line in (result.stdout + "\n" + result.stderr).split(separator: "\n") {
            if let match = line.firstMatch(of: /\[([A-Z0-9]+(?:-[A-Z0-9]+)+)\]$/) { ids.insert(String(match.1)) }
        }
        return ids
    }

    static func collectRules(_ value: JSONValue, into ids: inout Set<String>) {
        switch value {
        case .object(let object):
            for (key, member) in object {
                if key == "rule", let id = member.stringValue { ids.insert(id) } else { collectRules(member, into: &ids) }
            }
        case .array(let elements): for element in elements { collectRules(element, into: &ids) }
        default: break
        }
    }

    /// Runs that between them report findings of every module, and inputs that cannot be read or parsed.
    static func runs(in folder: TemporaryFolder) throws -> [[String]] {
        let invalid = try FileManager.default.contentsOfDirectory(atPath: invalidPassports.path).filter { $0.hasSuffix(".jsonld") }
            .map { invalidPassports.appendingPathComponent($0).path }
        let demo = root.appendingPathComponent("Fixtures/demo")
        let broken = try folder.write("broken.json", #"{"products": ["#)
        let badEvents = try folder.write(
            "events.xml",
            "<epcis:EPCISDocument xmlns:epcis=\"urn:epcglobal:epcis:xsd:2\"><EPCISBody><EventList><ObjectEvent><action>SHOUT</action></ObjectEvent>")
        let schema = try folder.write("schema.json", #"{"type": "object", "required": ["a"], "properties": {"a": {"minimum": 3}}}"#)
        let instance = try folder.write("instance.json", #"{"b": 1}"#)
        var runs: [[String]] = [
            ["validate", "--format", "json", "--at", "2026-09-01"] + invalid,
            ["validate", "--format", "json", "--profile", "us-cashmere", "--at", "2026-09-01"] + invalid,
            ["validate", "--format", "json", folder.path("missing.jsonld"), broken],
            ["events", "check", "--format", "json", badEvents, demo.appendingPathComponent("events.xml").path],
            [
                "trace", "--format", "json", "--events", demo.appendingPathComponent("events.jsonld").path,
                "https://id.gs1.org/01/09521234000112/10/NOPE",
            ],
            ["link", "--format", "json", "https://id.gs1.org/01/09521234543214/10/LOT-1?17=261331", "urn:epc:id:sgtin:1", "ftp://x/01/1"],
            ["schema", "validate", "--format", "json", "--schema", schema, instance],
            ["schema", "validate", "--schema", broken, instance],
            [
                "generate", "--catalog", broken, "--events", demo.appendingPathComponent("events.xml").path, "--out", folder.path("site"), "--format",
                "json",
            ],
            ["generate", "--catalog", demo.appendingPathComponent("catalog.json").path, "--events", badEvents, "--out", folder.path("site")],
        ]
        let openEPCIS = PackageFolders.reference.appendingPathComponent("gs1/openepcis-test-resources/2.0/EPCIS/XML/Capture/Invalid")
        if let files = try? FileManager.default.contentsOfDirectory(atPath: openEPCIS.path) {
            runs.append(["events", "check", "--format", "json", "--strict-order"] + files.map { openEPCIS.appendingPathComponent($0).path })
        }
        return runs
    }

    @Test func everyRuleIdACommandPrintsIsListed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let listed = Set(try Self.listedRules().keys)
        var emitted: Set<String> = []
        for arguments in try Self.runs(in: folder) {
            let result = try DPPProcess.run(arguments)
            #expect(result.status != 3, "\(arguments): \(result.stderr)")
            emitted.formUnion(Self.emittedRuleIDs(result))
        }
        // The runs reach every module: a check that the harvest itself works.
        for id in [
            "INPUT-UNREADABLE", "JSON-MALFORMED", "XML-MALFORMED", "GS1-CHECK-DIGIT", "SCHEMA-REQUIRED", "EPCIS-ACTION", "TRACE-UNKNOWN-ID",
            "TXT-COMPOSITION-SUM",
        ] {
            #expect(emitted.contains(id), "no run reported \(id)")
        }
        #expect(emitted.subtracting(listed).isEmpty, "printed but not listed by dpp rules: \(emitted.subtracting(listed).sorted())")
    }
}
