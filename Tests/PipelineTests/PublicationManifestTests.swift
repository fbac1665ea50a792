import Diagnostics
import Dispatch
import Foundation
import Testing

@testable import Pipeline

/// The publication manifest reads back what it wrote, and a damaged one reads as none (so
/// nothing is reused).
@Suite struct PublicationManifestTests {
    /// The fingerprint written as `digits` eight times over.
    static func fingerprint(_ digits: String) -> OutputFingerprint {
        OutputFingerprint(hexadecimal: Array(String(repeating: digits, count: 8).utf8))!
    }

    static let manifest = PublicationManifest(
        renderer: "81a5bad8",
        outputs: [
            "01/09521234000112/10/KC%26SW": .init(
                fingerprint: fingerprint("4455f341"), verdict: RecordedVerdict(checkDate: "2026-09-01", diagnostics: []),
                files: [["01", "09521234000112", "10", "KC%26SW", "passport.jsonld"], ["01", "09521234000112", "10", "KC%26SW", "index.mn.html"]]),
            "events/Ноолуур": .init(
                fingerprint: fingerprint("ebff7bc7"), inputFingerprint: fingerprint("0123abcd"), verdict: nil, files: [["events", "Ноолуур.jsonld"]]),
            "events/x": .init(fingerprint: fingerprint("00000000"), verdict: nil, files: [["events", "x.jsonld"]]),
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
            Array("dpp-publication 3 81a5bad8\n\(String(repeating: "ebff7bc7", count: 8))\tevents/x\t-\tevents/".utf8) + [0xFF]
                + Array(".jsonld\n".utf8),  // in a file name only
            Array("dpp-publication 1 81a5bad8\n".utf8),
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
            #expect(PublicationManifest(bytes: bytes) == nil, "\(String(decoding: bytes, as: UTF8.self))")
        }
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

    @Test func linesAreWrittenInTheirOrderWhateverOrderTheyWereRecordedIn() throws {
        // Over two megabytes of lines, recorded from several threads in no order: several chunks of the spool.
        let count = 12_000
        let spool = ManifestSpool(renderer: "81a5bad8")
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
        #expect(try #require(PublicationManifest(bytes: Array(text.utf8))).outputs.count == count)
        // The lines were handed over: a second manifest has none.
        #expect(Array(spool.pieces()).count == 1)
    }
}
