import GS1
import Testing

/// EPC URNs to Digital Link, beyond the reference vectors.
struct EPCURNTests {
    @Test(arguments: [
        ("urn:epc:id:sgtin:9521234.054321.12345", "https://id.gs1.org/01/09521234543213/21/12345"),
        ("urn:epc:class:lgtin:9521234.054321.LOT-7", "https://id.gs1.org/01/09521234543213/10/LOT-7"),
        ("urn:epc:idpat:sgtin:9521234.054321.*", "https://id.gs1.org/01/09521234543213"),
        ("urn:epc:id:sgln:9521234.00001.SHED-1", "https://id.gs1.org/414/9521234000013/254/SHED-1"),
        ("urn:epc:idpat:sgln:9521234.00001.*", "https://id.gs1.org/414/9521234000013"),
        ("urn:epc:id:pgln:9521234.00001", "https://id.gs1.org/417/9521234000013"),
        ("urn:epc:id:sscc:9521234.0000000001", "https://id.gs1.org/00/095212340000000013"),
    ])
    func converts(urn: String, expected: String) throws {
        #expect(try EPCURN.digitalLink(from: urn).canonicalURI == expected)
    }

    @Test(arguments: [
        "urn:epc:id:sgtin:9521234.054321",  // serial missing
        "urn:epc:id:sgtin:952.054321.1",  // company prefix too short
        "urn:epc:id:sgtin:9521234.0543210.1",  // 14 digits
        "urn:epc:id:sgtin:9521234.05432A.1",  // not digits
        "urn:epc:id:usdod:CAGE.1",  // no Digital Link form
        "urn:epc:idpat:sgtin:9521234.*.*",  // names no class
        "urn:epc:class:sgtin:9521234.054321.1",
        "urn:epc:id:sgtin:9521234.054321.%ZZ",  // bad escape
        "urn:epc:id:sgtin:9521234.054321.%00",  // NUL
        "urn:epc:id:sgtin:9521234.054321.ABCDEFGHIJKLMNOPQRSTU",  // serial of 21 characters
        "urn:epc:id:sgtin:9521234.054321.A B",  // space is not CSET 82
        "urn:isbn:9780345418913",
        "",
    ])
    func refuses(urn: String) {
        #expect(throws: GS1Error.self) { try EPCURN.digitalLink(from: urn) }
    }
}
