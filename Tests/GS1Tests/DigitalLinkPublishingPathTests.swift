import GS1
import Testing

/// The folder path of a Digital Link under an output folder never leaves it.
struct DigitalLinkPublishingPathTests {
    let gtin = try! GTIN("09521234543213")

    @Test func mapsKeyAndQualifiersToComponents() throws {
        let link = try DigitalLink.product(gtin: gtin, lot: "LOT-1_a", serial: "7", base: "https://x.example")
        #expect(link.publishingPath() == ["01", "09521234543213", "10", "LOT-1_a", "21", "7"])
    }

    @Test(arguments: ["..", ".", "../..", "a/../../b", "%2F", "%00x", "/etc", "./.", "%", "*?<>:\"", "-"])
    func neverLeavesTheOutputFolder(lot: String) throws {
        let link = try DigitalLink.product(gtin: gtin, lot: lot)
        for component in link.publishingPath() {
            #expect(!component.isEmpty)
            #expect(component != "." && component != "..")
            #expect(
                component.utf8.allSatisfy { byte in
                    (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
                        || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "%")
                })
        }
    }

    @Test func encodesDotsSlashesAndPercentSigns() throws {
        #expect(try DigitalLink.product(gtin: gtin, lot: "..").publishingPath().last == "%2E%2E")
        #expect(try DigitalLink.product(gtin: gtin, lot: "a/b").publishingPath().last == "a%2Fb")
        #expect(try DigitalLink.product(gtin: gtin, lot: "%2F").publishingPath().last == "%252F")
        let parsed = try DigitalLink.parse("https://example.com/01/09521234543213/10/%2E%2E%2F%2E%2E")
        #expect(parsed.publishingPath().last == "%2E%2E%2F%2E%2E")
    }

    @Test func distinctLotsGetDistinctFolders() throws {
        let lots = ["a/b", "a%2Fb", "a%252Fb", "a.b", "a%2Eb", "ab", "AB", "a-b", "a_b", "a%b"]
        let paths = try lots.map { try DigitalLink.product(gtin: gtin, lot: $0).publishingPath() }
        #expect(Set(paths).count == lots.count)
    }
}
