import Foundation
import TestSupport
import Testing

/// The demo with three lots whose numbers are percent-encoded in their Digital Links: `KC&SW+2`
/// (for KC-SW-2026-002), `KC/SC/1`, with slashes (for KC-SC-2026-001), and `KC"WC<1`, with a
/// quote nginx's configuration must escape (for KC-WC-2026-001).
enum PercentEncodedLots {
    /// Each lot's Digital Link path, then the path of its folder in URLs (its folder name
    /// `KC%26SW%2B2` encoded once more), with a lot nginx leaves as it is last.
    static let lots = [
        (key: "/01/09521234000112/10/KC%26SW%2B2", files: "/01/09521234000112/10/KC%2526SW%252B2"),
        (key: "/01/09521234000280/10/KC%2FSC%2F1", files: "/01/09521234000280/10/KC%252FSC%252F1"),
        (key: "/01/09521234000594/10/KC%22WC%3C1", files: "/01/09521234000594/10/KC%2522WC%253C1"),
        (key: "/01/09521234000112/10/KC-SW-2026-001", files: "/01/09521234000112/10/KC-SW-2026-001"),
    ]

    /// An item the events name under the lot with slashes, and the path of its folder in URLs.
    static let item = (key: "/01/09521234000280/10/KC%2FSC%2F1/21/0001", files: "/01/09521234000280/10/KC%252FSC%252F1/21/0001")

    /// Publishes the demo catalogue with the demo's events, three lots renamed and ``item``
    /// commissioned, into `folder/site` (unsigned), with `options` added (e.g. `--nginx`).
    static func publish(in folder: TemporaryFolder, _ options: [String] = []) throws -> String {
        var text = try String(contentsOfFile: GenerateCommandTests.eventsPath, encoding: .utf8)
        // Each number as a JSON string's text.
        let renamed = [
            ("KC-SW-2026-002", "KC%26SW%2B2", "KC&SW+2"), ("KC-SC-2026-001", "KC%2FSC%2F1", "KC/SC/1"),
            ("KC-WC-2026-001", "KC%22WC%3C1", #"KC\"WC<1"#),
        ]
        for (lot, encoded, number) in renamed {
            text = text.replacingOccurrences(of: "/10/\(lot)", with: "/10/\(encoded)")
                .replacingOccurrences(of: "\"cbvmda:lotNumber\": \"\(lot)\"", with: "\"cbvmda:lotNumber\": \"\(number)\"")
        }
        let events = try folder.write("events.jsonld", text)
        let items = try folder.write(
            "items.jsonld",
            #"{"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"], "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-09-01T00:00:00Z", "epcisBody": {"eventList": [{"type": "ObjectEvent", "eventTime": "2026-08-14T09:00:00Z", "eventTimeZoneOffset": "+08:00", "action": "ADD", "bizStep": "commissioning", "disposition": "active", "epcList": ["https://id.gs1.org"#
                + item.key
                + #""], "readPoint": {"id": "https://id.gs1.org/414/9521234000419"}, "ilmd": {"cbvmda:lotNumber": "KC/SC/1"}, "eventID": "urn:uuid:5c0a7e10-2026-4d00-9b00-000000000911"}]}}"#
        )
        let result = try DPPProcess.run(
            [
                "generate", "--catalog", GenerateCommandTests.catalogPath, "--events", events, items, "--out", folder.path("site"), "--at",
                "2026-09-01",
            ] + options)
        try #require(result.status == 0, "\(result.stderr)")
        return folder.path("site")
    }
}
