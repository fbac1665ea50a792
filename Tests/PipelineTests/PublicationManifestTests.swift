import Diagnostics
import Dispatch
import Foundation
import TestSupport
import Testing

@testable import Pipeline

/// The publication manifest reads back what it wrote, a line at a time (``PublishedOutputs``),
/// and a damaged one reads as none (so nothing is reused).
@Suite struct PublicationManifestTests {
    static let renderer = "81a5bad8"

    /// The fingerprint written as `digits` eight times over.
    static func fingerprint(_ digits: String) -> OutputFingerprint {
        OutputFingerprint(hexadecimal: Array(String(repeating: digits, count: 8).utf8))!
    }

    static let outputs: [String: PublicationManifest.Output] = [
        "01/09521234000112/10/KC%26SW": .init(
            fingerprint: fingerprint("4455f341"), verdict: RecordedVerdict(checkDate: "2026-09-01", diagnostics: []),
            files: [["01", "09521234000112", "10", "KC%26SW", "passport.jsonld"], ["01", "09521234000112", "10", "KC%26SW", "index.mn.html"]]),
        "events/Ноолуур": .init(
            fingerprint: fingerprint("ebff7bc7"), inputFingerprint: fingerprint("0123abcd"), verdict: nil, files: [["events", "Ноолуур.jsonld"]]),
        "events/x": .init(fingerprint: fingerprint("00000000"), verdict: nil, files: [["events", "x.jsonld"]]),
    ]

    /// The manifest's text as a run writes it: through a spool.
    static var text: String { text(of: outputs) }

    /// The text of the manifest of `outputs`, written through a spool.
    static func text(of outputs: [String: PublicationManifest.Output]) -> String {
        let spool = ManifestSpool(renderer: renderer)
        for (number, key) in outputs.keys.sorted().enumerated() {
            spool.add(key: key, output: outputs[key]!, order: .init(kind: .event, number: number))
        }
        return String(decoding: Array(spool.pieces().joined()), as: UTF8.self)
    }

    /// The outputs a site whose manifest is `bytes` gives for `keys`, and how many it gives in all.
    static func read(_ bytes: [UInt8], keys: some Sequence<String> = outputs.keys) throws -> (
        outputs: [String: PublicationManifest.Output], count: Int
    ) {
        let site = try TemporaryFolder()
        defer { site.remove() }
        try site.write(PublicationManifest.fileName, bytes: bytes)
        let published = PublishedOutputs(sites: [site.url], renderer: renderer)
        var outputs: [String: PublicationManifest.Output] = [:]
        for key in keys {
            if let output = published.output(key) {
                #expect(output.sitePath == site.url.path)
                outputs[key] = output.output
            }
        }
        return (outputs, published.count)
    }

    @Test func aManifestReadsBackAsWritten() throws {
        #expect(try Self.read(Array(Self.text.utf8)) == (Self.outputs, 3))
        // Blank lines are nothing, and the last line needs no line break.
        #expect(try Self.read(Array(Self.text.replacingOccurrences(of: "\n", with: "\n\n").utf8)) == (Self.outputs, 3))
        #expect(try Self.read(Array(Self.text.dropLast().utf8)) == (Self.outputs, 3))
        // Another build's manifest gives nothing.
        #expect(try Self.read(Array(Self.text.replacingOccurrences(of: Self.renderer, with: "81a5bad9").utf8)).count == 0)
        #expect(try Self.read([]).count == 0)
    }

    @Test func aLineLongerThanAReadReadsWhole() throws {
        var outputs = Self.outputs
        // 1.4 MB of file paths in one line, which the next lines follow.
        let files = (0..<20_000).map { ["events", String(format: "%060d.jsonld", $0)] }
        outputs["events/long"] = .init(fingerprint: Self.fingerprint("33333333"), verdict: nil, files: files)
        let text = Self.text(of: outputs)
        #expect(text.utf8.count > ManifestFile.readSize)
        #expect(try Self.read(Array(text.utf8), keys: outputs.keys) == (outputs, 4))
    }

    @Test func aDamagedManifestReadsAsNone() throws {
        let lines = Self.text.split(separator: "\n").map(String.init)
        let damaged: [[UInt8]] = [
            Array(lines.dropFirst().joined(separator: "\n").utf8),  // no header
            Array((lines[0] + "\n" + lines[1].split(separator: "\t").prefix(3).joined(separator: "\t")).utf8),  // three fields
            Array(Self.text.replacingOccurrences(of: "2026-09-01 []", with: "2026-09-01 [{").utf8),  // a verdict that does not read
            Array(Self.text.utf8).map { $0 == 0xD0 ? 0xFF : $0 },  // not UTF-8 in a key and its file name
            Array("dpp-publication 3 81a5bad8\n\(String(repeating: "ebff7bc7", count: 8))\tevents/x\t-\tevents/".utf8) + [0xFF]
                + Array(".jsonld\n".utf8),  // in a file name only
            Array("dpp-publication 1 81a5bad8\n".utf8) + Array(lines.dropFirst().joined(separator: "\n").utf8),
            Array(Self.text.replacingOccurrences(of: "ebff7bc7ebff", with: "EBFF7BC7EBFF").utf8),  // not lowercase
            Array(Self.text.replacingOccurrences(of: "4455f341\t", with: "4455f34\t").utf8),  // 63 digits
            Array(Self.text.replacingOccurrences(of: "0123abcd\t", with: "0123abcg\t").utf8),  // not a digit
            Array(Self.text.replacingOccurrences(of: "0123abcd\t", with: "0123abcd \(String(repeating: "ab", count: 32))\t").utf8),  // three
            Array(Self.text.replacingOccurrences(of: "0123abcd\t", with: "0123abcd \t").utf8),  // an empty second
            // File paths that could leave the site.
            Array(Self.text.replacingOccurrences(of: "\tevents/x.jsonld", with: "\t../x.jsonld").utf8),
            Array(Self.text.replacingOccurrences(of: "\tevents/x.jsonld", with: "\tevents/../../x.jsonld").utf8),
            Array(Self.text.replacingOccurrences(of: "\tevents/x.jsonld", with: "\t/etc/x.jsonld").utf8),
            Array(Self.text.replacingOccurrences(of: "\tevents/x.jsonld", with: "\tevents//x.jsonld").utf8),
            Array(Self.text.replacingOccurrences(of: "\tevents/x.jsonld", with: "\t./events/x.jsonld").utf8),
            Array(Self.text.replacingOccurrences(of: "\tevents/x.jsonld", with: "\tevents/x.jsonld\t").utf8),
            Array(Self.text.replacingOccurrences(of: "\tevents/x.jsonld", with: "\tevents/x\u{0}.jsonld").utf8),
        ]
        for bytes in damaged {
            let read = try Self.read(bytes)
            #expect(read.count == 0 && read.outputs.isEmpty, "\(String(decoding: bytes, as: UTF8.self))")
        }
    }

    @Test func anOutputInTwoSitesIsTakenFromTheFirstAndADamagedSiteGivesNothing() throws {
        let sites = try (0..<3).map { _ in try TemporaryFolder() }
        defer { for site in sites { site.remove() } }
        var changed = Self.outputs
        changed["events/x"]!.fingerprint = Self.fingerprint("11111111")
        changed["events/y"] = .init(fingerprint: Self.fingerprint("22222222"), verdict: nil, files: [["events", "y.jsonld"]])
        try sites[0].write(PublicationManifest.fileName, Self.text)
        try sites[1].write(PublicationManifest.fileName, Self.text(of: changed).replacingOccurrences(of: "2026-09-01 []", with: "2026-09-01 [{"))
        try sites[2].write(PublicationManifest.fileName, Self.text(of: changed))
        let published = PublishedOutputs(sites: sites.map(\.url), renderer: Self.renderer)
        #expect(published.count == 4)
        for (key, output) in Self.outputs {
            #expect(published.output(key)?.output == output)
            #expect(published.output(key)?.sitePath == sites[0].url.path)
        }
        #expect(published.output("events/y")?.output == changed["events/y"])
        #expect(published.output("events/y")?.sitePath == sites[2].url.path)
        #expect(published.output("events/z") == nil)
        // A manifest changed since it was read gives nothing for a line that is another output's
        // now, or no longer reads.
        try sites[0].write(PublicationManifest.fileName, Self.text.replacingOccurrences(of: "\tevents/x\t", with: "\tevents/z\t"))
        #expect(published.output("events/x") == nil)
        #expect(published.output("events/Ноолуур")?.output == Self.outputs["events/Ноолуур"])
        try sites[0].write(PublicationManifest.fileName, String(Self.text.prefix(40)))
        #expect(Self.outputs.keys.allSatisfy { published.output($0) == nil })
        #expect(published.output("events/y")?.output == changed["events/y"])
    }

    @Test func aFingerprintIsItsDigestsBytesAndReadsBackFromItsHexadecimal() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let digest = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let fingerprint = try #require(OutputFingerprint(digest: digest))
            #expect(fingerprint.bytes == digest)
            #expect(fingerprint.hexadecimal == digest.map { String(format: "%02x", $0) }.joined())
            #expect(OutputFingerprint(hexadecimal: Array(fingerprint.hexadecimal.utf8)) == fingerprint)
            var other = digest
            other[Int.random(in: 0..<32, using: &generator)] ^= 1 << UInt8.random(in: 0..<8, using: &generator)
            #expect(OutputFingerprint(digest: other) != fingerprint)
        }
        #expect(OutputFingerprint(digest: Array(repeating: 0, count: 31)) == nil)
        #expect(OutputFingerprint(digest: Array(repeating: 0, count: 33)) == nil)
    }

    /// A tab or a line break in a key or a file's path would break its line: such an output is
    /// not recorded (and is rendered again in the next run), a carriage return and line feed together too.
    @Test(arguments: ["\t", "\n", "\r", "\r\n"])
    func separatorsInAKeyOrAPathAreNotRecorded(_ separator: String) {
        let files = [["01", "index.html"], ["01", "qr.svg"]]
        #expect(PublicationManifest.canRecord(key: "01/09521234000112/10/L1", files: files))
        #expect(!PublicationManifest.canRecord(key: "01/L" + separator + "1", files: files))
        #expect(!PublicationManifest.canRecord(key: "01/L1", files: [["01", "index" + separator + ".html"]]))
        #expect(!PublicationManifest.canRecord(key: "", files: files))
        #expect(!PublicationManifest.canRecord(key: "01/L1", files: []))
    }

    @Test func linesAreWrittenInTheirOrderWhateverOrderTheyWereRecordedIn() throws {
        // Over two megabytes of lines, recorded from several threads in no order: several chunks of the spool.
        let count = 12_000
        let spool = ManifestSpool(renderer: Self.renderer)
        let output = PublicationManifest.Output(
            fingerprint: Self.fingerprint("abababab"), verdict: nil, files: [["events", String(repeating: "x", count: 100) + ".jsonld"]])
        DispatchQueue.concurrentPerform(iterations: 4) { thread in
            for number in stride(from: count - 1 - thread, through: 0, by: -4) {
                let kind: OutputReuse.Kind = number % 3 == 0 ? .passport : .event
                spool.add(key: "\(kind)/\(number)", output: output, order: .init(kind: kind, number: number))
            }
        }
        let pieces = Array(spool.pieces())
        #expect(pieces.count > 3)
        let text = String(decoding: Array(pieces.joined()), as: UTF8.self)
        let keys = text.split(separator: "\n").dropFirst().map { $0.split(separator: "\t")[1] }
        let passports = (0..<count).filter { $0 % 3 == 0 }.map { "passport/\($0)" }
        let events = (0..<count).filter { $0 % 3 != 0 }.map { "event/\($0)" }
        #expect(keys.map(String.init) == passports + events)
        let read = try Self.read(Array(text.utf8), keys: ["passport/0", "event/1", "event/6001", "passport/11997", "event/11998"])
        #expect(read.count == count)
        #expect(read.outputs.count == 5 && read.outputs.values.allSatisfy { $0 == output })
        // The lines were handed over: a second manifest has none.
        #expect(Array(spool.pieces()).count == 1)
    }
}
