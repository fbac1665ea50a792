import Foundation
import JSONCore
import TestSupport
import Testing

/// The links a published passport makes to the site's other credentials, followed as a client
/// would: every traceability event link to a Digital Traceability Event file of the site, every
/// origin's facility link to a Digital Facility Record file, in both UNTP versions.
@Suite struct CredentialLinkTests {
    static let base = "https://dpp.example.com/"

    /// What a passport links to: its event links (0.7.0 `traceabilityInformation[].traceabilityEvent`
    /// URLs and `relatedDocument` links of the DTE link type; 0.6.1 `traceabilityEvent` links), its
    /// journey steps' `eventCredential` and its origins' `facilityRecord`.
    struct Links {
        var events: [String] = []
        var steps: [String?] = []
        var facilities: [String?] = []
    }

    static func links(of passport: JSONValue) -> Links {
        var links = Links()
        let subject = passport["credentialSubject"]
        let evidence = subject?["characteristics"] ?? subject
        for process in evidence?["traceabilityInformation"]?.arrayValue ?? subject?["traceabilityInformation"]?.arrayValue ?? [] {
            for event in process["traceabilityEvent"]?.arrayValue ?? [] {
                links.events += [event.stringValue ?? event["linkURL"]?.stringValue ?? "(no URL)"]
            }
        }
        for document in subject?["relatedDocument"]?.arrayValue ?? []
        where document["linkType"]?.stringValue == "https://test.uncefact.org/vocabulary/linkTypes/dte" {
            links.events += [document["linkURL"]?.stringValue ?? "(no URL)"]
        }
        links.steps = (evidence?["journey"]?.arrayValue ?? []).map { $0["eventCredential"]?.stringValue }
        let origins = subject?["materialProvenance"]?.arrayValue ?? subject?["materialsProvenance"]?.arrayValue ?? []
        links.facilities = origins.map { $0["facilityRecord"]?.stringValue }
        return links
    }

    /// The credential at `url` in the site at `site`, or a failure saying why it is not there.
    static func credential(at url: String, in site: String) throws -> JSONValue {
        try #require(url.hasPrefix(base), "\(url) is not a URL of the site \(base)")
        let path = site + "/" + url.dropFirst(base.count)
        let data = try #require(FileManager.default.contents(atPath: path), "\(url) resolves to no file of the site")
        return try JSONParser().parse(Array(data))
    }

    @Test(arguments: ["0.7.0", "0.6.1"])
    func everyEventAndOriginLinkResolvesToACredentialOfTheSite(untp: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try DPPProcess.run(["demo", "--unsigned", "--untp", untp, "--out", folder.path("site")])
        try #require(result.status == 0, "\(result.stderr)")
        var passports = 0
        for lot in GenerateCommandTests.expectedFolders {
            let data = try #require(FileManager.default.contents(atPath: folder.path("site/\(lot)/passport.jsonld")))
            let links = Self.links(of: try JSONParser().parse(Array(data)))
            // The demo's traces have several steps and origins each: none goes unlinked.
            #expect(links.steps.count > 3, "\(lot)")
            #expect(!links.facilities.isEmpty && links.facilities.allSatisfy { $0 != nil }, "\(lot)")
            #expect(links.steps.allSatisfy { $0 != nil }, "\(lot)")
            // Every step's credential is among the process links, and every process link is a step's.
            #expect(Set(links.events) == Set(links.steps.compactMap { $0 }), "\(lot)")
            for url in links.events {
                let event = try Self.credential(at: url, in: folder.path("site"))
                #expect(event["id"]?.stringValue == url)
                #expect(event["type"]?.arrayValue?.contains(.string("DigitalTraceabilityEvent")) == true, "\(url)")
            }
            for url in links.facilities.compactMap({ $0 }) {
                let record = try Self.credential(at: url, in: folder.path("site"))
                #expect(record["id"]?.stringValue == url)
                #expect(record["type"]?.arrayValue?.contains(.string("DigitalFacilityRecord")) == true, "\(url)")
            }
            passports += 1
        }
        #expect(passports == 6)
    }
}
