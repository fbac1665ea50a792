import Diagnostics
import Dispatch
import Testing

@testable import Pipeline

/// The publication manifest reads back what it wrote, and a damaged one reads as none (so
/// nothing is reused).
@Suite struct PublicationManifestTests {
    static let manifest = PublicationManifest(
        renderer: "81a5bad8",
        outputs: [
            "01/09521234000112/10/KC%26SW": .init(
                fingerprint: "4455f341", verdict: RecordedVerdict(checkDate: "2026-09-01", diagnostics: []),
                files: [["01", "09521234000112", "10", "KC%26SW", "passport.jsonld"], ["01", "09521234000112", "10", "KC%26SW", "index.mn.html"]]),
            "events/Ноолуур": .init(fingerprint: "ebff7bc7", verdict: nil, files: [["events", "Ноолуур.jsonld"]]),
        ])

    /// The manifest's text as a run writes it: through a spool.
    static var text: String {
        let spool = ManifestSpool(renderer: manifest.renderer)
        for (number, key) in manifest.outputs.keys.sorted().enumerated() {
            spool.add(key: key, output: manifest.outputs[key]!, order: .init(kind: .event, number: number))
        }
        return String(decoding: Array(spool.pieces().joined()), as: UTF8.self)
    }

    @Test func aManifestReadsBackAsWritten() throws {
        let read = try #require(PublicationManifest(bytes: Array(Self.text.utf8)))
        #expect(read.renderer == "81a5bad8")
        #expect(read.outputs == Self.manifest.outputs)
        // Blank lines are nothing.
        #expect(PublicationManifest(bytes: Array(Self.text.replacingOccurrences(of: "\n", with: "\n\n").utf8))?.outputs == Self.manifest.outputs)
    }

    @Test func aDamagedManifestReadsAsNone() {
        let lines = Self.text.split(separator: "\n").map(String.init)
        let damaged: [[UInt8]] = [
            Array(lines.dropFirst().joined(separator: "\n").utf8),  // no header
            Array((lines[0] + "\n" + lines[1].split(separator: "\t").prefix(3).joined(separator: "\t")).utf8),  // three fields
            Array(Self.text.replacingOccurrences(of: "2026-09-01 []", with: "2026-09-01 [{").utf8),  // a verdict that does not read
            Array(Self.text.utf8).map { $0 == 0xD0 ? 0xFF : $0 },  // not UTF-8 in a key and its file name
            Array("dpp-publication 2 81a5bad8\nebff7bc7\tevents/x\t-\tevents/".utf8) + [0xFF] + Array(".jsonld\n".utf8),  // in a file name only
            Array("dpp-publication 1 81a5bad8\n".utf8),
        ]
        for bytes in damaged {
            #expect(PublicationManifest(bytes: bytes) == nil, "\(String(decoding: bytes, as: UTF8.self))")
        }
    }

    @Test func linesAreWrittenInTheirOrderWhateverOrderTheyWereRecordedIn() throws {
        // Over two megabytes of lines, recorded from several threads in no order: several chunks of the spool.
        let count = 12_000
        let spool = ManifestSpool(renderer: "81a5bad8")
        let output = PublicationManifest.Output(
            fingerprint: String(repeating: "ab", count: 32), verdict: nil, files: [["events", String(repeating: "x", count: 100) + ".jsonld"]])
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
        #expect(try #require(PublicationManifest(bytes: Array(text.utf8))).outputs.count == count)
        // The lines were handed over: a second manifest has none.
        #expect(Array(spool.pieces()).count == 1)
    }
}
