/// A small chain written in both EPCIS syntaxes, for what the graph reads from either.
///
/// Herder lot HRD-2 is added with the CBV step `creating_class_instance` and carries every
/// textile ILMD field; herder lot HRD-1 is added with no step (and comes second, so that lot
/// order differs from event order); an item S-1 is commissioned; dehaired lot DH-1 is made
/// from 30 kg of HRD-2 and 20 kg of HRD-1 (a process and a fibre test), then added again later
/// elsewhere.
enum SmallChain {
    static let herderGTIN = "09521234000013", dehairedGTIN = "09521234001010"
    static let hrd1 = "https://id.gs1.org/01/09521234000013/10/HRD-1", hrd2 = "https://id.gs1.org/01/09521234000013/10/HRD-2"
    static let item = "https://id.gs1.org/01/09521234000013/21/S-1", dh1 = "https://id.gs1.org/01/09521234001010/10/DH-1"
    static let pasture = "https://id.gs1.org/414/9521234001027", camp = "https://id.gs1.org/414/9521234001331"
    static let plant = "https://id.gs1.org/414/9521234000273", herders = "https://id.gs1.org/417/9521234001027"
    static let iwto47 = "https://www.iwto.org/resources/test-methods/iwto-47"

    /// The chain in the syntax `name` ends with: `chain.jsonld` or `chain.xml`.
    static func bytes(_ name: String) -> [UInt8] {
        Array((name.hasSuffix(".xml") ? xml : jsonLD).utf8)
    }

    static let jsonLD = """
        {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
                      {"tpx": "https://textilepassport.example.org/epcis#"}],
         "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-09-01T00:00:00Z",
         "epcisBody": {"eventList": [
          {"type": "ObjectEvent", "eventTime": "2026-04-01T03:00:00Z", "eventTimeZoneOffset": "+08:00",
           "eventID": "urn:uuid:0c0a7e10-2026-4d00-9b00-000000000001", "action": "ADD", "bizStep": "creating_class_instance",
           "readPoint": {"id": "\(pasture)"}, "bizLocation": {"id": "\(pasture)"},
           "quantityList": [{"epcClass": "\(hrd2)", "quantity": 60, "uom": "KGM"}],
           "certificationInfo": "https://certs.example.org/HRD-2",
           "ilmd": {"cbvmda:countryOfOrigin": "MN", "tpx:fibre": "cashmere", "tpx:species": "Capra hircus",
                    "tpx:region": "Arkhangai", "tpx:district": "Tariat", "tpx:producer": "\(herders)",
                    "tpx:harvestMethod": "combed"}},
          {"type": "ObjectEvent", "eventTime": "2026-04-02T03:00:00Z", "eventTimeZoneOffset": "+08:00",
           "eventID": "urn:uuid:0c0a7e10-2026-4d00-9b00-000000000002", "action": "ADD",
           "readPoint": {"id": "\(camp)"},
           "quantityList": [{"epcClass": "\(hrd1)", "quantity": 40, "uom": "KGM"}],
           "certificationInfo": "https://certs.example.org/HRD-1",
           "ilmd": {"cbvmda:countryOfOrigin": "MN"}},
          {"type": "ObjectEvent", "eventTime": "2026-04-03T03:00:00Z", "eventTimeZoneOffset": "+08:00",
           "eventID": "urn:uuid:0c0a7e10-2026-4d00-9b00-000000000003", "action": "ADD", "bizStep": "commissioning",
           "epcList": ["\(item)"], "readPoint": {"id": "\(camp)"}},
          {"type": "TransformationEvent", "eventTime": "2026-05-01T03:00:00Z", "eventTimeZoneOffset": "+08:00",
           "eventID": "urn:uuid:0c0a7e10-2026-4d00-9b00-000000000004",
           "inputQuantityList": [{"epcClass": "\(hrd2)", "quantity": 30, "uom": "KGM"},
                                 {"epcClass": "\(hrd1)", "quantity": 20, "uom": "KGM"}],
           "outputQuantityList": [{"epcClass": "\(dh1)", "quantity": 25, "uom": "KGM"}],
           "readPoint": {"id": "\(plant)"}, "bizLocation": {"id": "\(plant)"},
           "sensorElementList": [{"sensorMetadata": {"dataProcessingMethod": "\(iwto47)"},
                                  "sensorReport": [{"type": "Length", "meanValue": 15.8, "uom": "4H"}]}],
           "ilmd": {"tpx:process": "dehairing"}},
          {"type": "ObjectEvent", "eventTime": "2026-06-01T03:00:00Z", "eventTimeZoneOffset": "+08:00",
           "eventID": "urn:uuid:0c0a7e10-2026-4d00-9b00-000000000005", "action": "ADD", "bizStep": "commissioning",
           "readPoint": {"id": "\(camp)"}, "bizLocation": {"id": "\(camp)"},
           "quantityList": [{"epcClass": "\(dh1)", "quantity": 25, "uom": "KGM"}]}
         ]}}
        """

    static let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2" xmlns:cbvmda="urn:epcglobal:cbv:mda"
            xmlns:gs1="https://gs1.org/voc/" xmlns:tpx="https://textilepassport.example.org/epcis#"
            schemaVersion="2.0" creationDate="2026-09-01T00:00:00Z">
          <EPCISBody><EventList>
            <ObjectEvent>
              <eventTime>2026-04-01T03:00:00Z</eventTime><eventTimeZoneOffset>+08:00</eventTimeZoneOffset>
              <eventID>urn:uuid:0c0a7e10-2026-4d00-9b00-000000000001</eventID>
              <certificationInfo>https://certs.example.org/HRD-2</certificationInfo>
              <action>ADD</action><bizStep>urn:epcglobal:cbv:bizstep:creating_class_instance</bizStep>
              <readPoint><id>\(pasture)</id></readPoint><bizLocation><id>\(pasture)</id></bizLocation>
              <quantityList><quantityElement><epcClass>\(hrd2)</epcClass><quantity>60</quantity><uom>KGM</uom></quantityElement></quantityList>
              <ilmd>
                <cbvmda:countryOfOrigin>MN</cbvmda:countryOfOrigin><tpx:fibre>cashmere</tpx:fibre>
                <tpx:species>Capra hircus</tpx:species><tpx:region>Arkhangai</tpx:region><tpx:district>Tariat</tpx:district>
                <tpx:producer>\(herders)</tpx:producer><tpx:harvestMethod>combed</tpx:harvestMethod>
              </ilmd>
            </ObjectEvent>
            <ObjectEvent>
              <eventTime>2026-04-02T03:00:00Z</eventTime><eventTimeZoneOffset>+08:00</eventTimeZoneOffset>
              <eventID>urn:uuid:0c0a7e10-2026-4d00-9b00-000000000002</eventID>
              <certificationInfo>https://certs.example.org/HRD-1</certificationInfo>
              <action>ADD</action>
              <readPoint><id>\(camp)</id></readPoint>
              <quantityList><quantityElement><epcClass>\(hrd1)</epcClass><quantity>40</quantity><uom>KGM</uom></quantityElement></quantityList>
              <ilmd><cbvmda:countryOfOrigin>MN</cbvmda:countryOfOrigin></ilmd>
            </ObjectEvent>
            <ObjectEvent>
              <eventTime>2026-04-03T03:00:00Z</eventTime><eventTimeZoneOffset>+08:00</eventTimeZoneOffset>
              <eventID>urn:uuid:0c0a7e10-2026-4d00-9b00-000000000003</eventID>
              <epcList><epc>\(item)</epc></epcList>
              <action>ADD</action><bizStep>urn:epcglobal:cbv:bizstep:commissioning</bizStep>
              <readPoint><id>\(camp)</id></readPoint>
            </ObjectEvent>
            <TransformationEvent>
              <eventTime>2026-05-01T03:00:00Z</eventTime><eventTimeZoneOffset>+08:00</eventTimeZoneOffset>
              <eventID>urn:uuid:0c0a7e10-2026-4d00-9b00-000000000004</eventID>
              <inputQuantityList>
                <quantityElement><epcClass>\(hrd2)</epcClass><quantity>30</quantity><uom>KGM</uom></quantityElement>
                <quantityElement><epcClass>\(hrd1)</epcClass><quantity>20</quantity><uom>KGM</uom></quantityElement>
              </inputQuantityList>
              <outputQuantityList>
                <quantityElement><epcClass>\(dh1)</epcClass><quantity>25</quantity><uom>KGM</uom></quantityElement>
              </outputQuantityList>
              <readPoint><id>\(plant)</id></readPoint><bizLocation><id>\(plant)</id></bizLocation>
              <sensorElementList><sensorElement>
                <sensorMetadata dataProcessingMethod="\(iwto47)"/>
                <sensorReport type="gs1:Length" meanValue="15.8" uom="4H"/>
              </sensorElement></sensorElementList>
              <ilmd><tpx:process>dehairing</tpx:process></ilmd>
            </TransformationEvent>
            <ObjectEvent>
              <eventTime>2026-06-01T03:00:00Z</eventTime><eventTimeZoneOffset>+08:00</eventTimeZoneOffset>
              <eventID>urn:uuid:0c0a7e10-2026-4d00-9b00-000000000005</eventID>
              <action>ADD</action><bizStep>urn:epcglobal:cbv:bizstep:commissioning</bizStep>
              <readPoint><id>\(camp)</id></readPoint><bizLocation><id>\(camp)</id></bizLocation>
              <quantityList><quantityElement><epcClass>\(dh1)</epcClass><quantity>25</quantity><uom>KGM</uom></quantityElement></quantityList>
            </ObjectEvent>
          </EventList></EPCISBody>
        </epcis:EPCISDocument>
        """
}
