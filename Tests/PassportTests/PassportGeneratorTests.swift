import Passport
import TestSupport
import Testing
import Traceability

/// Which lots get a passport: every lot the trace graph says was produced.
@Suite struct PassportGeneratorTests {
    static let throwGTIN = "09521234000426"

    /// An EPCIS document in `syntax` whose one event adds lot THR-1 of the camel throw, with `bizStep` or none.
    static func document(_ syntax: String, bizStep: String?) -> [UInt8] {
        let lot = "https://id.gs1.org/01/\(throwGTIN)/10/THR-1", place = "https://id.gs1.org/414/9521234000273"
        let text: String
        if syntax == "xml" {
            let step = bizStep.map { "<bizStep>urn:epcglobal:cbv:bizstep:\($0)</bizStep>" } ?? ""
            text = """
                <?xml version="1.0" encoding="UTF-8"?>
                <epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2" xmlns:cbvmda="urn:epcglobal:cbv:mda"
                    xmlns:tpx="https://textilepassport.example.org/epcis#" schemaVersion="2.0" creationDate="2026-09-01T00:00:00Z">
                  <EPCISBody><EventList><ObjectEvent>
                    <eventTime>2026-07-01T03:00:00Z</eventTime><eventTimeZoneOffset>+08:00</eventTimeZoneOffset>
                    <certificationInfo>https://certs.example.org/THR-1</certificationInfo>
                    <action>ADD</action>\(step)
                    <readPoint><id>\(place)</id></readPoint>
                    <quantityList><quantityElement><epcClass>\(lot)</epcClass><quantity>12</quantity><uom>KGM</uom></quantityElement></quantityList>
                    <ilmd><cbvmda:countryOfOrigin>MN</cbvmda:countryOfOrigin><tpx:fibre>camel</tpx:fibre></ilmd>
                  </ObjectEvent></EventList></EPCISBody>
                </epcis:EPCISDocument>
                """
        } else {
            let step = bizStep.map { "\"bizStep\": \"\($0)\"," } ?? ""
            text = """
                {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                              {"tpx": "https://textilepassport.example.org/epcis#"}],
                 "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-09-01T00:00:00Z",
                 "epcisBody": {"eventList": [
                  {"type": "ObjectEvent", "eventTime": "2026-07-01T03:00:00Z", "eventTimeZoneOffset": "+08:00",
                   "certificationInfo": "https://certs.example.org/THR-1", "action": "ADD", \(step)
                   "readPoint": {"id": "\(place)"},
                   "quantityList": [{"epcClass": "\(lot)", "quantity": 12, "uom": "KGM"}],
                   "ilmd": {"cbvmda:countryOfOrigin": "MN", "tpx:fibre": "camel"}}]}}
                """
        }
        return Array(text.utf8)
    }

    @Test(arguments: ["jsonld", "xml"], ["creating_class_instance", nil, "commissioning"])
    func aLotAddedByAnObjectEventGetsItsPassportWhateverItsBusinessStep(syntax: String, bizStep: String?) throws {
        let read = EPCISReader.read(Self.document(syntax, bizStep: bizStep), source: "events.\(syntax)")
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
        var catalog = try DemoFixtures.catalog()
        catalog.products = catalog.products.filter { $0.gtin == Self.throwGTIN }
        let generator = PassportGenerator(catalog: catalog, graph: TraceGraph(documents: [read.records]), baseURL: "https://dpp.example.com")
        let plan = generator.plan()
        #expect(plan.productsWithoutLots.isEmpty, "\(plan.productsWithoutLots)")
        let passports = generator.assembleAll().compactMap(\.assembled?.passport)
        #expect(passports.map(\.lot) == ["THR-1"])
        #expect(passports.first?.validFrom == "2026-07-01T03:00:00Z")
        #expect(passports.first?.origins.map(\.fibre) == ["camel"])
    }
}
