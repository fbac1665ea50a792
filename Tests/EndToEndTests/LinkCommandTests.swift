import Foundation
import TestSupport
import Testing

/// `dpp link` run as a user would: canonical forms, EPC URNs, diagnostics and exit codes.
@Suite struct LinkCommandTests {
    @Test func printsTheCanonicalFormOfAValidURI() throws {
        let result = try DPPProcess.run(["link", "https://brand.example.com/dpp/01/09521234543213/10/LOT%2F7?17=261231&linkType=gs1:dpp"])
        #expect(result.status == 0)
        #expect(result.stdout == "https://id.gs1.org/01/09521234543213/10/LOT%2F7\n")
    }

    @Test func keepsAttributesWhenAsked() throws {
        let result = try DPPProcess.run(["link", "--keep-attributes", "https://example.com/01/09521234543213?17=261231"])
        #expect(result.status == 0)
        #expect(result.stdout == "https://id.gs1.org/01/09521234543213?17=261231\n")
    }

    @Test func convertsAnEPCURN() throws {
        let result = try DPPProcess.run(["link", "urn:epc:id:sgtin:9521234.054321.12345", "urn:epc:id:pgln:9521234.00001"])
        #expect(result.status == 0)
        #expect(result.stdout == "https://id.gs1.org/01/09521234543213/21/12345\nhttps://id.gs1.org/417/9521234000013\n")
    }

    @Test func reportsEveryProblemAndExitsOne() throws {
        let result = try DPPProcess.run(["link", "https://id.gs1.org/01/09521234543214/10/LOT-1?17=261331"])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        // The column is the byte offset plus one; the part names where in the URI.
        #expect(lines[0].hasPrefix("https://id.gs1.org/01/09521234543214/10/LOT-1?17=261331:1:23 (primary key AI (01)): error: "), "\(lines[0])")
        #expect(lines[0].hasSuffix("[GS1-CHECK-DIGIT]"))
        #expect(lines[1].contains("(attribute AI (17)): error: ") && lines[1].hasSuffix("[GS1-AI-DATE]"), "\(lines[1])")
    }

    @Test func reportsInJSON() throws {
        let result = try DPPProcess.run([
            "link", "--format", "json", "https://id.gs1.org/01/09521234543213/21/X", "https://id.gs1.org/01/095212345432",
        ])
        #expect(result.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let results = try #require(report["results"] as? [[String: Any]])
        #expect(results.count == 2)
        #expect(results[0]["canonical"] as? String == "https://id.gs1.org/01/09521234543213/21/X")
        let diagnostics = try #require(results[1]["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.first?["rule"] as? String == "GS1-AI-TOO-SHORT")
        let location = try #require(diagnostics.first?["location"] as? [String: Any])
        #expect(location["part"] as? String == "primary key AI (01)")
        #expect(location["file"] as? String == "https://id.gs1.org/01/095212345432")
        #expect(report["invalid"] as? Int == 1)
    }

    @Test func readsURIsFromStandardInput() throws {
        let input = "https://id.gs1.org/414/9521234000013/254/SHED-1\n\nurn:epc:id:sscc:9521234.0000000001\n"
        let result = try DPPProcess.run(["link", "-"], input: .bytes(Data(input.utf8)))
        #expect(result.status == 0)
        #expect(result.stdout == "https://id.gs1.org/414/9521234000013/254/SHED-1\nhttps://id.gs1.org/00/095212340000000013\n")
    }

    @Test(arguments: [
        ("https://example.com/01/09521234543213/10/" + String(repeating: "A", count: 100_000), "GS1-URI-TOO-LONG"),
        ("https://example.com/01/09521234543213/10/AB%2", "GS1-URI-PERCENT-ENCODING"),
        ("https://example.com/01/09521234543213/10/A%00B", "GS1-DL-NUL"),
        ("https://example.com/01/09521234543213/10/Ä", "GS1-URI-CHARACTERS"),
        ("https://example.com/01/09521234543213/10/%C3%84", "GS1-AI-CHARSET"),
        ("ftp://example.com/01/09521234543213", "GS1-URI-SCHEME"),
        ("urn:epc:id:sgtin:9521234.054321", "GS1-EPC-URN"),
    ])
    func givesHostileInputADiagnostic(uri: String, rule: String) throws {
        let result = try DPPProcess.run(["link", uri])
        #expect(result.status == 1)
        #expect(result.stdout.contains(rule))
    }

    @Test func acceptsDotsAndSlashesInALotAsData() throws {
        let result = try DPPProcess.run(["link", "https://example.com/01/09521234543213/10/..%2F..%2Fetc"])
        #expect(result.status == 0)
        #expect(result.stdout == "https://id.gs1.org/01/09521234543213/10/..%2F..%2Fetc\n")
    }

    @Test func needsAURI() throws {
        let result = try DPPProcess.run(["link"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("give at least one URI"))
        let badFormat = try DPPProcess.run(["link", "--format", "xml", "https://id.gs1.org/01/09521234543213"])
        #expect(badFormat.status == 2)
    }

    @Test func hasHelp() throws {
        let result = try DPPProcess.run(["link", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Usage: dpp link"))
    }
}
