import Foundation
import Passport
import Pipeline
import Rendering
import TestSupport
import Testing

/// A second run over a published site stages the passports and events that did not change from
/// that site's files (hard links) and renders only the rest, and the site it publishes is the
/// one a run from nothing would publish.
@Suite struct IncrementalPublishingTests {
    static let fixtures = DemoFixtures.folder
    static let manifestName = "publication-manifest.txt"

    /// The demo's inputs as files in `folder`, the catalogue changed by `change` and the events
    /// by `changeEvents`.
    static func inputs(
        in folder: URL, change: (String) -> String = { $0 }, events changeEvents: (String) -> String = { $0 }
    ) throws -> GenerationRequest.Inputs {
        let catalog = try String(contentsOf: fixtures.appendingPathComponent("catalog.json"), encoding: .utf8)
        let path = folder.appendingPathComponent("catalog.json")
        try Data(change(catalog).utf8).write(to: path)
        let events = try String(contentsOf: fixtures.appendingPathComponent("events.xml"), encoding: .utf8)
        let eventsPath = folder.appendingPathComponent("events.xml")
        try Data(changeEvents(events).utf8).write(to: eventsPath)
        return .files(catalog: path.path, events: [eventsPath.path])
    }

    /// The demo published from its inputs as files in `folder`: the inputs and the site's folder.
    static func publishedDemo(in folder: TemporaryFolder) throws -> (inputs: GenerationRequest.Inputs, site: URL) {
        let inputs = try inputs(in: folder.url)
        let site = folder.url.appendingPathComponent("site")
        _ = try run(inputs, out: site)
        return (inputs, site)
    }

    static func run(_ inputs: GenerationRequest.Inputs, out: URL) throws -> PublishedSite {
        try #require(try GenerationPipeline.run(try GenerationPipelineTests.request(inputs, out: out)).published)
    }

    /// The inode of the file at `relative` below `folder`.
    static func inode(_ folder: URL, _ relative: String) throws -> UInt64 {
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(relative).path)
        return try #require(attributes[.systemFileNumber] as? UInt64)
    }

    /// The site files, without the run report (which names the input files).
    static func site(_ folder: URL) throws -> [String: Data] {
        var files = try GenerationPipelineTests.files(below: folder)
        files["report.json"] = nil
        return files
    }

    static let sweater = "01/09521234000112/10/KC-SW-2026-001"
    static let throwLot = "01/09521234000426/10/KC-CT-2026-001"

    @Test func aSecondRunReusesEverythingUnchangedAndPublishesTheSameSite() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let inputs = try Self.inputs(in: folder.url)
        let site = folder.url.appendingPathComponent("site")
        let first = try Self.run(inputs, out: site)
        #expect(first.reusedPassports == 0 && first.reusedEvents == 0)
        let page = "\(Self.sweater)/index.html"
        let before = try Self.inode(site, page)
        let second = try Self.run(inputs, out: site)
        // The demo's 6 passports and the 41 events of their traces.
        #expect(second.reusedPassports == 6 && second.reusedEvents == 41)
        // The reused page is the previous site's file itself, not a copy written again.
        #expect(try Self.inode(site, page) == before)
        try Self.expectSameSite(site, asFrom: inputs, in: folder)
    }

    @Test func aChangedProductIsRenderedAgainAndTheRestReused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = folder.url.appendingPathComponent("site")
        _ = try Self.run(try Self.inputs(in: folder.url), out: site)
        // The events whose credentials name the throw change with it; the others do not.
        let naming = try GenerationPipelineTests.files(below: site).filter { path, data in
            path.hasPrefix("events/") && path.hasSuffix(".jsonld") && String(decoding: data, as: UTF8.self).contains("Camel hair throw")
        }
        #expect(!naming.isEmpty)
        let sweaterPage = try Self.inode(site, "\(Self.sweater)/index.html")
        let throwPage = try Self.inode(site, "\(Self.throwLot)/index.html")
        // The camel throw (one lot) gets a new name; no event changes.
        let changed = try Self.inputs(in: folder.url) {
            $0.replacingOccurrences(of: "\"name\": \"Camel hair throw\"", with: "\"name\": \"Bactrian camel hair throw\"")
        }
        let second = try Self.run(changed, out: site)
        #expect(second.reusedPassports == 5 && second.reusedEvents == 41 - naming.count)
        #expect(try Self.inode(site, "\(Self.sweater)/index.html") == sweaterPage)
        #expect(try Self.inode(site, "\(Self.throwLot)/index.html") != throwPage)
        let page = try String(contentsOf: site.appendingPathComponent("\(Self.throwLot)/index.html"), encoding: .utf8)
        #expect(page.contains("Bactrian camel hair throw"))
        try Self.expectSameSite(site, asFrom: changed, in: folder)
    }

    @Test func aMissingOrAlteredPreviousOutputIsRenderedAgain() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (inputs, site) = try Self.publishedDemo(in: folder)
        // One page of the sweater deleted, the throw's fingerprints altered in the manifest.
        try FileManager.default.removeItem(at: site.appendingPathComponent("\(Self.sweater)/index.de.html"))
        try Self.changeManifestLine(site, key: Self.throwLot) { fields in
            fields[0] = fields[0].split(separator: " ").map { ($0.hasPrefix("0") ? "1" : "0") + $0.dropFirst() }.joined(separator: " ")
        }
        let second = try Self.run(inputs, out: site)
        #expect(second.reusedPassports == 4)
        try Self.expectSameSite(site, asFrom: inputs, in: folder)
    }

    /// Rewrites the manifest line of output `key` in the site in `folder` with `change`.
    static func changeManifestLine(_ folder: URL, key: String, _ change: (inout [String]) -> Void) throws {
        #expect(try changeManifestLines(folder, where: { $0 == key }, change) == 1)
    }

    /// Rewrites the manifest lines of the outputs whose keys `isChanged` accepts in the site in
    /// `folder` with `change`; the number of lines changed.
    @discardableResult
    static func changeManifestLines(_ folder: URL, where isChanged: (String) -> Bool, _ change: (inout [String]) -> Void) throws -> Int {
        let manifestURL = folder.appendingPathComponent(Self.manifestName)
        var lines = try String(contentsOf: manifestURL, encoding: .utf8).split(separator: "\n").map(String.init)
        var changed = 0
        for index in lines.indices.dropFirst() {
            var fields = lines[index].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard isChanged(fields[1]) else { continue }
            change(&fields)
            lines[index] = fields.joined(separator: "\t")
            changed += 1
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: manifestURL)
        return changed
    }

    /// Alters the fingerprint of what every event's files were made from (`document`) or of
    /// the inputs that was made from in the manifest of the site in `folder`.
    static func alterEventFingerprints(_ folder: URL, document: Bool) throws {
        let count = try changeManifestLines(
            folder, where: { $0.hasPrefix("events/") },
            { fields in
                var fingerprints = fields[0].split(separator: " ").map(String.init)
                #expect(fingerprints.count == 2, "an event recorded with its inputs' fingerprint")
                let altered = document ? 0 : fingerprints.count - 1
                fingerprints[altered] = (fingerprints[altered].hasPrefix("0") ? "1" : "0") + fingerprints[altered].dropFirst()
                fields[0] = fingerprints.joined(separator: " ")
            })
        #expect(count == 41)
    }

    /// Expects the site in `site` to be the one a run from nothing over `inputs` publishes (into
    /// `folder`), but for its manifest when `butManifest`.
    static func expectSameSite(
        _ site: URL, asFrom inputs: GenerationRequest.Inputs, in folder: TemporaryFolder, butManifest: Bool = false
    ) throws {
        let fresh = folder.url.appendingPathComponent("fresh")
        _ = try Self.run(inputs, out: fresh)
        var reused = try Self.site(site)
        var made = try Self.site(fresh)
        if butManifest {
            reused[Self.manifestName] = nil
            made[Self.manifestName] = nil
        }
        #expect(reused == made)
    }

    @Test func anUnchangedEventIsReusedByItsInputsWithoutBeingMadeWhereverItIsInItsFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = folder.url.appendingPathComponent("site")
        _ = try Self.run(try Self.inputs(in: folder.url), out: site)
        // Only the inputs' fingerprints tell the events unchanged: their documents' are altered...
        try Self.alterEventFingerprints(site, document: true)
        // ...and every event is three lines further down its file.
        let moved = try Self.inputs(in: folder.url, events: { $0.replacingOccurrences(of: "?>\n", with: "?>\n\n\n\n") })
        let second = try Self.run(moved, out: site)
        #expect(second.reusedEvents == 41)
        // The manifests differ by the altered fingerprints, recorded as they were.
        try Self.expectSameSite(site, asFrom: moved, in: folder, butManifest: true)
    }

    @Test func anEventReusedByItsDocumentIsRecordedWithItsInputsOfThisRun() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (inputs, site) = try Self.publishedDemo(in: folder)
        try Self.alterEventFingerprints(site, document: false)
        #expect(try Self.run(inputs, out: site).reusedEvents == 41)
        // The run recorded the inputs' fingerprints it worked out: they alone reuse every event now.
        try Self.alterEventFingerprints(site, document: true)
        #expect(try Self.run(inputs, out: site).reusedEvents == 41)
    }

    @Test func anEventWhoseCredentialWarnsIsMadeAndWarnsInEveryRun() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let site = folder.url.appendingPathComponent("site")
        // A shipping of cashmere arrives at the knitter, which runs three facilities,
        // with no location: its traceability event names the party, with a warning.
        let eventID = "5c0a7e10-2026-4d00-9b00-000000000002"
        let inputs = try Self.inputs(
            in: folder.url,
            events: { events in
                let location = "<destination type=\"urn:epcglobal:cbv:sdt:location\">https://id.gs1.org/414/9521234000273</destination>"
                guard let event = events.range(of: eventID), let destination = events.range(of: location, range: event.upperBound..<events.endIndex)
                else { return events }
                return events.replacingCharacters(in: destination, with: "")
            })
        for run in 1...2 {
            let outcome = try GenerationPipeline.run(try GenerationPipelineTests.request(inputs, out: site))
            let warnings = outcome.report.files.flatMap(\.diagnostics).filter { $0.ruleID == "DTE-PLACE-FROM-PARTY" }
            #expect(warnings.count == 1, "run \(run)")
            #expect(outcome.published?.reusedEvents == (run == 1 ? 0 : 41))
        }
        // Recorded by its document alone: its inputs do not tell the warning.
        let recorded = try Self.changeManifestLines(site, where: { $0.contains(eventID) }, { #expect(!$0[0].contains(" ")) })
        #expect(recorded == 1)
    }

    /// The fingerprints on the manifest line of the passport of `lot` in the site in `folder`:
    /// its files' and its inputs'.
    static func passportFingerprints(_ folder: URL, lot: String) throws -> [Substring] {
        let manifest = try String(contentsOf: folder.appendingPathComponent(Self.manifestName), encoding: .utf8)
        let line = try #require(manifest.split(separator: "\n").first { $0.split(separator: "\t").dropFirst().first == Substring(lot) })
        return try #require(line.split(separator: "\t").first).split(separator: " ")
    }

    @Test func anUnchangedPassportIsReusedByItsInputsWithoutItsDocumentBeingMade() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (inputs, site) = try Self.publishedDemo(in: folder)
        #expect(try Self.passportFingerprints(site, lot: Self.sweater).count == 2, "recorded with its inputs' fingerprint")
        // Only the inputs' fingerprints tell the passports unchanged: their files' are altered.
        let altered = try Self.changeManifestLines(
            site, where: { $0.hasPrefix("01/") }, { fields in fields[0] = (fields[0].hasPrefix("0") ? "1" : "0") + fields[0].dropFirst() })
        #expect(altered == 6)
        let second = try Self.run(inputs, out: site)
        #expect(second.reusedPassports == 6 && second.reusedChecks == 6)
        // The manifests differ by the altered fingerprints, recorded as they were.
        try Self.expectSameSite(site, asFrom: inputs, in: folder, butManifest: true)
    }

    @Test func anUnchangedLotsLinksetsAreStagedAsPublishedWithoutBeingRendered() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (inputs, site) = try Self.publishedDemo(in: folder)
        // The sweater's linkset marked in the published site, the throw's removed: a run that
        // renders and compares them writes both as they should be.
        let sweaterLinkset = site.appendingPathComponent("\(Self.sweater)/linkset.json")
        let marked = try Data(contentsOf: sweaterLinkset) + Data(" ".utf8)
        try marked.write(to: sweaterLinkset)
        try FileManager.default.removeItem(at: site.appendingPathComponent("\(Self.throwLot)/linkset.json"))
        let second = try Self.run(inputs, out: site)
        #expect(second.reusedPassports == 6)
        // The passports' inputs make their lots' linksets: the sweater's is staged as it was, the
        // throw's, missing, is written.
        #expect(try Data(contentsOf: sweaterLinkset) == marked)
        try Data(contentsOf: sweaterLinkset).dropLast().write(to: sweaterLinkset)
        try Self.expectSameSite(site, asFrom: inputs, in: folder)
    }

    @Test func anOutputReusedAsItWasKeepsItsPublishedLine() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (inputs, site) = try Self.publishedDemo(in: folder)
        // The sweater's recorded check written with a space in its list, which this build does not write.
        try Self.changeManifestLine(site, key: Self.sweater) { $0[2] = "2026-09-01 [ ]" }
        let second = try Self.run(inputs, out: site)
        #expect(second.reusedPassports == 6 && second.reusedChecks == 6)
        // Reused by its inputs as it was, its line is copied, not written anew.
        try Self.changeManifestLine(site, key: Self.sweater) { #expect($0[2] == "2026-09-01 [ ]") }
    }

    @Test func aPassportWhoseTraceHasAChangedEventIsMadeAgain() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (_, site) = try Self.publishedDemo(in: folder)
        // The herder group's commissioning at the start of some traces names another district of
        // as many letters (so that the event's record is as long); the lots' own events are unchanged.
        let changed = try Self.inputs(
            in: folder.url,
            events: { $0.replacingOccurrences(of: "<tpx:district>Bayan-Ovoo</tpx:district>", with: "<tpx:district>Bayanbulag</tpx:district>") })
        let second = try Self.run(changed, out: site)
        let naming = try GenerationPipelineTests.files(below: site).filter { path, data in
            path.hasPrefix("01/") && path.hasSuffix("/passport.jsonld") && String(decoding: data, as: UTF8.self).contains("Bayanbulag")
        }
        #expect(!naming.isEmpty && naming.count < 6)
        #expect(second.reusedPassports == 6 - naming.count)
        try Self.expectSameSite(site, asFrom: changed, in: folder)
    }

    @Test func aPassportsInputsAreTheOrderOfItsEventsNotWhereTheyAre() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (_, site) = try Self.publishedDemo(in: folder)
        let before = try Self.passportFingerprints(site, lot: Self.sweater)
        // Every event three lines further down its file: the same inputs.
        let moved = try Self.inputs(in: folder.url, events: { $0.replacingOccurrences(of: "?>\n", with: "?>\n\n\n\n") })
        _ = try Self.run(moved, out: site)
        #expect(try Self.passportFingerprints(site, lot: Self.sweater) == before)
        // The herder group's commissioning given after its shipping: which of two events the trace
        // meets first may depend on that, so the inputs differ, and the document, the same, is reused.
        let commissioning = "<eventID>urn:uuid:5c0a7e10-2026-4d00-9b00-000000000001</eventID>"
        let shipping = "<eventID>urn:uuid:5c0a7e10-2026-4d00-9b00-000000000002</eventID>"
        let swapped = try Self.inputs(in: folder.url, events: { Self.swappingEvents(commissioning, shipping, in: $0) })
        let second = try Self.run(swapped, out: site)
        let after = try Self.passportFingerprints(site, lot: Self.sweater)
        #expect(after[0] == before[0] && after[1] != before[1])
        #expect(second.reusedPassports == 6)
        try Self.expectSameSite(site, asFrom: swapped, in: folder)
    }

    /// A change of the request that changes what every passport's folder is made of.
    enum RequestChange: String, CaseIterable, Sendable {
        case baseURL, version, signed, labels, labelSize

        /// Applies the change to `request`; a signing key is made in `keys`.
        func apply(to request: inout GenerationRequest, keys: URL) throws {
            let labels = LabelFiles.Options(languages: ["en"], sizes: [.careLabel: LabelSize(width: 30, height: 160)])
            switch self {
            case .baseURL: request.baseURL = "https://passports.example.org/khangai"
            case .version: request.version = .v061
            case .signed: request.signingKey = try DemoSigningKey.keyFile(in: keys.path).path
            case .labels: request.labels = labels
            case .labelSize:
                request.labels = labels
                request.labels?.sizes[.careLabel] = LabelSize(width: 35, height: 170)
            }
        }
    }

    @Test(arguments: RequestChange.allCases)
    func aRequestThatChangesWhatPassportsAreMadeOfRendersThemAgain(_ change: RequestChange) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let inputs = try Self.inputs(in: folder.url)
        let site = folder.url.appendingPathComponent("site")
        var first = try GenerationPipelineTests.request(inputs, out: site)
        // The label sizes change a site that has labels already.
        if change == .labelSize { try RequestChange.labels.apply(to: &first, keys: folder.url) }
        _ = try #require(try GenerationPipeline.run(first).published)
        var changed = first
        try change.apply(to: &changed, keys: folder.url.appendingPathComponent("keys"))
        let second = try #require(try GenerationPipeline.run(changed).published)
        #expect(second.reusedPassports == 0)
        changed.output = folder.url.appendingPathComponent("fresh")
        _ = try GenerationPipeline.run(changed)
        #expect(try Self.site(site) == Self.site(changed.output))
    }

    @Test func aPassportGivenAnotherStatusListIndexIsMadeAgain() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let inputs = try Self.inputs(in: folder.url)
        let site = folder.url.appendingPathComponent("site")
        var request = try GenerationPipelineTests.request(inputs, out: site)
        try RequestChange.signed.apply(to: &request, keys: folder.url.appendingPathComponent("keys"))
        _ = try #require(try GenerationPipeline.run(request).published)
        // The published allocation gives the sweater, index 0, the next free index instead.
        let allocation = site.appendingPathComponent("status/allocation.json")
        let text = try String(contentsOf: allocation, encoding: .utf8)
        let sweaterIndex = "\"https://id.gs1.org/\(Self.sweater)\": 0,"
        #expect(text.contains(sweaterIndex))
        try Data(text.replacingOccurrences(of: sweaterIndex, with: "\"https://id.gs1.org/\(Self.sweater)\": 6,").utf8).write(to: allocation)
        let second = try #require(try GenerationPipeline.run(request).published)
        #expect(second.reusedPassports == 5)
        let passport = try String(contentsOf: site.appendingPathComponent("\(Self.sweater)/passport.jsonld"), encoding: .utf8)
        #expect(passport.contains("\"statusListIndex\": 6,"))
    }

    /// `events` with the ObjectEvents holding `first` and `second` (in that order) swapped.
    static func swappingEvents(_ first: String, _ second: String, in events: String) -> String {
        func eventRange(_ marker: String) -> Range<String.Index>? {
            guard let inside = events.range(of: marker),
                let start = events.range(of: "<ObjectEvent>", options: .backwards, range: events.startIndex..<inside.lowerBound),
                let end = events.range(of: "</ObjectEvent>", range: inside.upperBound..<events.endIndex)
            else { return nil }
            return start.lowerBound..<end.upperBound
        }
        guard let a = eventRange(first), let b = eventRange(second), a.upperBound <= b.lowerBound else { return events }
        return String(events[..<a.lowerBound]) + events[b] + events[a.upperBound..<b.lowerBound] + events[a] + events[b.upperBound...]
    }

    @Test func aManifestNamingAFileOutsideTheSiteIsDamagedAndReusesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (inputs, site) = try Self.publishedDemo(in: folder)
        let outside = folder.url.appendingPathComponent("outside.txt")
        try Data("outside".utf8).write(to: outside)
        // A planted line: the sweater's files and a file beside the site.
        try Self.changeManifestLine(site, key: Self.sweater) { $0[3] = "../outside.txt\t" + $0[3] }
        let second = try Self.run(inputs, out: site)
        #expect(second.reusedPassports == 0 && second.reusedEvents == 0)
        #expect(try String(contentsOf: outside, encoding: .utf8) == "outside")
        try Self.expectSameSite(site, asFrom: inputs, in: folder)
    }

    @Test func anUnchangedPassportsCheckIsTakenAsRecordedForTheSameDateOnly() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let inputs = try Self.inputs(in: folder.url)
        let site = folder.url.appendingPathComponent("site")
        let first = try Self.run(inputs, out: site)
        #expect(first.reusedChecks == 0)
        // A finding the check never makes, recorded as the sweater's: a run that takes the
        // recorded check reports it; one that checks again does not.
        let planted = #"[{"severity":"warning","rule":"TEST-PLANTED","kind":"finding","message":"planted","location":{"file":"x"}}]"#
        try Self.changeManifestLine(site, key: Self.sweater) { $0[2] = "2026-09-01 " + planted }
        let sameDate = try GenerationPipeline.run(try GenerationPipelineTests.request(inputs, out: site))
        #expect(sameDate.published?.reusedChecks == 6 && sameDate.published?.reusedPassports == 6)
        let planteds = sameDate.report.files.flatMap(\.diagnostics).filter { $0.ruleID == "TEST-PLANTED" }
        #expect(planteds.count == 1 && planteds.first?.message == "planted")
        // The run recorded the verdict it reported, so the plant survives a third run on that date...
        try Self.changeManifestLine(site, key: Self.sweater) { #expect($0[2].contains("TEST-PLANTED")) }
        // ...but a check for another date is made again, and finds no such thing.
        var nextDay = try GenerationPipelineTests.request(inputs, out: site)
        nextDay.checkDate = try #require(CalendarDate("2026-09-02"))
        let later = try GenerationPipeline.run(nextDay)
        #expect(later.published?.reusedChecks == 0 && later.published?.reusedPassports == 6)
        #expect(!later.report.files.flatMap(\.diagnostics).contains { $0.ruleID == "TEST-PLANTED" })
        try Self.changeManifestLine(site, key: Self.sweater) { #expect($0[2].hasPrefix("2026-09-02 ")) }
    }

    @Test func aDamagedRecordedCheckReusesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (inputs, site) = try Self.publishedDemo(in: folder)
        try Self.changeManifestLine(site, key: Self.sweater) { $0[2] = "2026-09-01 [{not json" }
        let second = try Self.run(inputs, out: site)
        #expect(second.reusedPassports == 0 && second.reusedEvents == 0 && second.reusedChecks == 0)
    }

    @Test(arguments: [
        "dpp-publication 3 another-build\n", "dpp-publication 2 another-build\n", "dpp-publication 1 another-build\n", "not a manifest", "",
    ])
    func aManifestOfAnotherBuildOrNoneReusesNothing(_ header: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let (inputs, site) = try Self.publishedDemo(in: folder)
        let manifestURL = site.appendingPathComponent(Self.manifestName)
        let lines = try String(contentsOf: manifestURL, encoding: .utf8).split(separator: "\n").dropFirst()
        try Data((header + lines.joined(separator: "\n")).utf8).write(to: manifestURL)
        let second = try Self.run(inputs, out: site)
        #expect(second.reusedPassports == 0 && second.reusedEvents == 0)
    }
}
