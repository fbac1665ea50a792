/// EPCIS 2.0 JSON-LD documents of lot networks, for the walks through a trace: lots split and
/// joined again level after level (exponentially many paths), a long chain of transformations
/// (deeper than a thread's stack allows a recursive walk), or any small network.
public enum LotNetworkEvents {
    /// A transformation: its inputs with their kg, and its output (10 kg).
    public typealias Transformation = (inputs: [(lot: String, kilograms: Int)], output: String)

    /// The Digital Link of the lot `name` of the test product.
    public static func lot(_ name: String) -> String { "https://id.gs1.org/01/09521234200017/10/\(name)" }

    /// `levels` levels of N(j) made of 10 kg of A(j) and 10 kg of B(j), each made of 10 kg of
    /// N(j+1); N(levels) is commissioned at a herder group's pasture.
    public static func splitAndJoined(levels: Int) -> [UInt8] {
        let transformations = (0..<levels).flatMap { level -> [Transformation] in
            [
                ([("A\(level)", 10), ("B\(level)", 10)], "N\(level)"), ([("N\(level + 1)", 10)], "A\(level)"),
                ([("N\(level + 1)", 10)], "B\(level)"),
            ]
        }
        return network(transformations, origins: ["N\(levels)"])
    }

    /// C(0) made of C(1), ... made of C(`length`), which is commissioned; 10 kg each.
    public static func chain(length: Int) -> [UInt8] {
        network((0..<length).map { ([("C\($0 + 1)", 10)], "C\($0)") }, origins: ["C\(length)"])
    }

    /// The document of `transformations` (each putting out 10 kg, at a dehairing plant, with no
    /// textile process) and of the commissioning of each of `origins` (10 kg at a pasture).
    public static func network(_ transformations: [Transformation], origins: [String]) -> [UInt8] {
        var events: [String] = []
        for transformation in transformations {
            let inputs = transformation.inputs.map { #"{"epcClass": "\#(lot($0.lot))", "quantity": \#($0.kilograms), "uom": "KGM"}"# }
            events.append(
                #"""
                {"type": "TransformationEvent", "eventTime": "2026-05-01T08:00:00Z", "eventTimeZoneOffset": "+08:00", "eventID": "\#(eventID(events.count))",
                 "inputQuantityList": [\#(inputs.joined(separator: ", "))],
                 "outputQuantityList": [{"epcClass": "\#(lot(transformation.output))", "quantity": 10, "uom": "KGM"}],
                 "readPoint": {"id": "https://id.gs1.org/414/9521234000273"}}
                """#)
        }
        for origin in origins {
            events.append(
                #"""
                {"type": "ObjectEvent", "eventTime": "2026-04-20T03:00:00Z", "eventTimeZoneOffset": "+08:00", "action": "ADD",
                 "bizStep": "commissioning", "eventID": "\#(eventID(events.count))",
                 "quantityList": [{"epcClass": "\#(lot(origin))", "quantity": 10, "uom": "KGM"}],
                 "readPoint": {"id": "https://id.gs1.org/414/9521234001027"}, "ilmd": {"cbvmda:countryOfOrigin": "MN"}}
                """#)
        }
        return Array(
            (#"{"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"], "type": "EPCISDocument", "schemaVersion": "2.0", "#
                + #""creationDate": "2026-09-01T00:00:00Z", "epcisBody": {"eventList": ["# + events.joined(separator: ",\n") + "]}}").utf8)
    }

    private static func eventID(_ number: Int) -> String {
        let digits = String(number)
        return "urn:uuid:5c0a7e10-2026-4d00-9b00-" + String(repeating: "0", count: 12 - digits.count) + digits
    }
}
