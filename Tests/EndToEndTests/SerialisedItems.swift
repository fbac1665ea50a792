import Foundation
import TestSupport
import Testing

/// The demo with serialised items of the beanie lot: an EPCIS document beside the demo's events
/// that commissions three items of lot KC-BN-2026-001, two named with their lot in the Digital
/// Link and one by its serial alone with the lot in its ILMD, as EPCIS records serialised items.
enum SerialisedItems {
    static let lot = "/01/09521234000358/10/KC-BN-2026-001"
    /// The serials the document names, as the site should publish them (sorted).
    static let serials = ["0001", "0002", "0003"]

    static let document = """
        {
          "@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
          "type": "EPCISDocument",
          "schemaVersion": "2.0",
          "creationDate": "2026-09-01T00:00:00Z",
          "epcisBody": {
            "eventList": [
              {
                "type": "ObjectEvent",
                "eventTime": "2026-08-14T09:00:00Z",
                "eventTimeZoneOffset": "+08:00",
                "action": "ADD",
                "bizStep": "commissioning",
                "disposition": "active",
                "epcList": [
                  "https://id.gs1.org/01/09521234000358/10/KC-BN-2026-001/21/0002",
                  "https://id.gs1.org/01/09521234000358/10/KC-BN-2026-001/21/0001",
                  "https://id.gs1.org/01/09521234000358/21/0003"
                ],
                "readPoint": {"id": "https://id.gs1.org/414/9521234000419"},
                "bizLocation": {"id": "https://id.gs1.org/414/9521234000419"},
                "ilmd": {"cbvmda:lotNumber": "KC-BN-2026-001"},
                "eventID": "urn:uuid:5c0a7e10-2026-4d00-9b00-000000000901"
              }
            ]
          }
        }
        """

    /// Publishes the demo catalogue with the demo's events and the items' document into
    /// `folder/site` (unsigned), with `options` added (e.g. `--nginx`).
    static func publish(in folder: TemporaryFolder, _ options: [String] = []) throws -> String {
        let items = folder.path("items.jsonld")
        try document.write(toFile: items, atomically: true, encoding: .utf8)
        let result = try DPPProcess.run(
            [
                "generate", "--catalog", GenerateCommandTests.catalogPath, "--events", GenerateCommandTests.eventsPath, items, "--out",
                folder.path("site"), "--at", "2026-09-01",
            ] + options)
        try #require(result.status == 0, "\(result.stdout)\(result.stderr)")
        return folder.path("site")
    }
}
