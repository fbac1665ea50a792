import GS1
import Testing

/// Building, reading back, canonicalising and comparing Digital Links.
struct DigitalLinkTests {
    let gtin = try! GTIN("09521234543213")

    @Test func buildsAProductLotAndItem() throws {
        let link = try DigitalLink.product(gtin: gtin, lot: "LOT/1", serial: "S+1", base: "https://dpp.example.com/p/")
        #expect(link.uri == "https://dpp.example.com/p/01/09521234543213/10/LOT%2F1/21/S%2B1")
        #expect(link.canonicalURI == "https://id.gs1.org/01/09521234543213/10/LOT%2F1/21/S%2B1")
        #expect(link.gtin == gtin)
        #expect(link.lot == "LOT/1")
        #expect(link.serial == "S+1")
        #expect(try DigitalLink.parse(link.uri) == link)
    }

    @Test func buildsPartiesAndLocations() throws {
        let gln = try GLN("9521234000013")
        #expect(try DigitalLink.party(gln: gln).uri == "https://id.gs1.org/417/9521234000013")
        #expect(try DigitalLink.location(gln: gln, base: "https://example.org").uri == "https://example.org/414/9521234000013")
        let unit = try DigitalLink.logisticUnit(sscc: SSCC("095212340000000013"))
        #expect(unit.uri == "https://id.gs1.org/00/095212340000000013")
    }

    @Test func builderRefusesWhatTheParserRefuses() {
        #expect(buildRule { try DigitalLink.product(gtin: gtin, lot: String(repeating: "A", count: 21)) } == .valueTooLong)
        #expect(buildRule { try DigitalLink.product(gtin: gtin, lot: "Ä") } == .characterSet)
        #expect(buildRule { try DigitalLink.product(gtin: gtin, lot: "") } == .emptyValue)
        #expect(
            buildRule { try DigitalLink(primaryKey: .init("01", "09521234543213"), qualifiers: [.init("21", "1"), .init("10", "L")]) }
                == .qualifierSequence)
        #expect(buildRule { try DigitalLink(primaryKey: .init("10", "L")) } == .noPrimaryKey)
        #expect(
            buildRule { try DigitalLink(primaryKey: .init("01", "09521234543213"), attributes: [.init("21", "1")]) }
                == .notDataAttribute)
        #expect(
            buildRule { try DigitalLink(primaryKey: .init("01", "09521234543213"), attributes: [.init("10", "1")]) }
                == .qualifierInQuery)
        #expect(buildRule { try DigitalLink.product(gtin: gtin, base: "ftp://example.com") } == .baseURL)
        #expect(buildRule { try DigitalLink.product(gtin: gtin, base: "https://example.com/x?y=1") } == .baseURL)
        #expect(buildRule { try DigitalLink.product(gtin: gtin, base: "https://exa mple.com") } == .baseURL)
    }

    @Test func linksFromDifferentDomainsNameTheSameThing() throws {
        let a = try DigitalLink.parse("https://brand.example.com/dpp/01/09521234543213/10/L1?17=261231&linkType=gs1:dpp")
        let b = try DigitalLink.parse("HTTP://id.gs1.org/01/09521234543213/10/L%31")
        #expect(a != b)
        #expect(a.canonical == b.canonical)
        #expect(a.identifiesSameThing(as: b))
        #expect(a.canonicalURI == "https://id.gs1.org/01/09521234543213/10/L1")
        #expect(a.canonicalURI(keepingAttributes: true) == "https://id.gs1.org/01/09521234543213/10/L1?17=261231")
        #expect(a.base == "https://brand.example.com/dpp")
        #expect(a.attributes == [.init("17", "261231")])
        let other = try DigitalLink.parse("https://id.gs1.org/01/09521234543213/10/L2")
        #expect(!a.identifiesSameThing(as: other))
    }

    @Test func readsTheElementString() throws {
        let link = try DigitalLink.parse("https://example.com/01/09521234543213/10/ABC123?11=250115&422=496")
        #expect(link.elementString == "(01) 09521234543213(10) ABC123(11) 250115(422) 496")
        #expect(link.value(of: "422") == "496")
        #expect(link.value(of: "21") == nil)
    }

    @Test func reportsEveryProblemWithItsLocation() {
        let uri = "https://id.gs1.org/01/09521234543214/10/LOT-1?17=261331&422=999"
        let validation = DigitalLink.validate(uri)
        #expect(!validation.isValid)
        #expect(validation.problems.map(\.rule) == [.checkDigit, .date, .country])
        let checkDigit = validation.problems[0]
        #expect(checkDigit.location.part == .primaryKey)
        #expect(checkDigit.location.ai == "01")
        #expect(checkDigit.location.offset == 22)
        #expect(validation.problems[1].location.part == .attribute)
        #expect(validation.problems[1].location.ai == "17")
    }

    private func buildRule(_ body: () throws -> DigitalLink) -> GS1Rule? {
        do {
            _ = try body()
            return nil
        } catch {
            return (error as? GS1Error)?.rule
        }
    }
}
