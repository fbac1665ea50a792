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

    /// Publishes the demo catalogue with the demo's events, three lots renamed, into `folder/site`
    /// (unsigned), with `options` added (e.g. `--nginx`).
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
        let result = try DPPProcess.run(
            [
                "generate", "--catalog", GenerateCommandTests.catalogPath, "--events", events, "--out", folder.path("site"), "--at",
                "2026-09-01",
            ] + options)
        try #require(result.status == 0, "\(result.stderr)")
        return folder.path("site")
    }
}
