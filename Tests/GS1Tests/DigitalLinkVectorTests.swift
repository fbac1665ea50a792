import TestSupport
import Testing

@testable import GS1

/// GS1's own verdicts on Digital Link URIs, read from the reference vectors at test time.
@Suite(.requiring(.digitalLinkVectors, otherwise: "the Digital Link vectors are not checked"))
struct DigitalLinkVectorTests {
    /// Every row of the gs1-syntax-engine parse vectors run with default options gets the
    /// engine's verdict, and valid rows give the engine's AI element string.
    @Test func syntaxEngineParseVectors() throws {
        let rows = try ReferenceFolder.digitalLinkVectors.rows("gs1-syntax-engine-dl-parse-vectors.tsv")
        var checked = 0, passed = 0
        for row in rows where row.count >= 4 && row[3].isEmpty {
            checked += 1
            let expectValid = row[0] == "true"
            let validation = DigitalLink.validate(row[1])
            #expect(validation.isValid == expectValid, "\(row[1]): expected \(expectValid ? "valid" : "invalid"), problems \(validation.problems)")
            var agrees = validation.isValid == expectValid
            if let link = validation.link, expectValid {
                let elements = Self.engineElementString(link)
                #expect(elements == row[2], "\(row[1]): AI data \(elements), engine \(row[2])")
                agrees = agrees && elements == row[2]
            }
            if agrees { passed += 1 }
        }
        print("gs1-syntax-engine DL parse vectors (default options): \(passed)/\(checked) agree")
        #expect(checked > 90)
    }

    /// Every row of the validation table gets GS1's verdict, and valid rows GS1's canonical URI.
    @Test func validationTable() throws {
        let rows = try ReferenceFolder.digitalLinkVectors.rows("dl-uri-validation-table.tsv")
        var passed = 0
        for row in rows {
            let validation = DigitalLink.validate(row[0])
            let expectValid = row[1] == "VALID"
            #expect(validation.isValid == expectValid, "\(row[0]): expected \(row[1]), problems \(validation.problems)")
            var agrees = validation.isValid == expectValid
            if let link = validation.link, expectValid {
                #expect(link.canonicalURI(keepingAttributes: true) == row[3], "\(row[0]): canonical")
                agrees = agrees && link.canonicalURI(keepingAttributes: true) == row[3]
            }
            if agrees { passed += 1 }
        }
        print("dl-uri-validation-table: \(passed)/\(rows.count) agree with gs1-syntax-engine")
        #expect(rows.count == 71)
    }

    /// Every EPC URN of the event-hash normaliser vectors converts to the expected canonical URI.
    @Test func epcURNVectors() throws {
        let rows = try ReferenceFolder.digitalLinkVectors.rows("epc-urn-to-canonical-dl-vectors.tsv").filter { $0[1].hasPrefix("urn:epc:") }
        var passed = 0
        for row in rows {
            let result = Result { () throws(GS1Error) in try EPCURN.digitalLink(from: row[1]).canonicalURI }
            #expect((try? result.get()) == row[2], "\(row[1]) -> \(result)")
            if (try? result.get()) == row[2] { passed += 1 }
        }
        print("epc-urn-to-canonical-dl-vectors (EPC URN rows): \(passed)/\(rows.count) convert as expected")
        #expect(rows.count == 31)
    }

    /// Every valid URI of the tables reads back from its own ``DigitalLink/uri`` and its
    /// canonical URI, and canonicalising twice changes nothing.
    @Test func validURIsRoundTrip() throws {
        let uris =
            try ReferenceFolder.digitalLinkVectors.rows("dl-uri-validation-table.tsv").map { $0[0] }
            + ReferenceFolder.digitalLinkVectors.rows("gs1-syntax-engine-dl-parse-vectors.tsv").filter { $0.count >= 4 && $0[3].isEmpty }.map {
                $0[1]
            }
        var roundTrips = 0
        for uri in uris {
            guard let link = DigitalLink.validate(uri).link else { continue }
            #expect(try DigitalLink.parse(link.uri) == link, "\(uri)")
            #expect(try DigitalLink.parse(link.canonicalURI) == link.canonical, "\(uri)")
            #expect(link.canonical.canonical == link.canonical)
            roundTrips += 1
        }
        #expect(roundTrips > 80)
    }

    /// The engine's AI data form: `^` (FNC1) first and after every variable-length AI that is
    /// followed by another.
    static func engineElementString(_ link: DigitalLink) -> String {
        let elements = [link.primaryKey] + link.qualifiers + link.attributes
        var text = "^"
        for (index, element) in elements.enumerated() {
            text += element.ai + element.value
            let fixed = ApplicationIdentifier.named(element.ai)?.fixedLength ?? false
            if !fixed && index < elements.count - 1 { text += "^" }
        }
        return text
    }
}
