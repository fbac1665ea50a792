/// EPC URNs (Tag Data Standard pure identity, class and pattern URIs) converted to GS1 Digital Link.
///
/// Supported: `urn:epc:id:` `sgtin`, `sscc`, `sgln`, `pgln`, `grai`, `giai`, `gsrn`, `gsrnp`,
/// `gdti`, `sgcn`, `cpi`, `ginc`, `gsin`, `itip`, `upui`; `urn:epc:class:lgtin`; and
/// `urn:epc:idpat:` for the same schemes when only the last (serial) field is `*`, which names
/// the class (`urn:epc:idpat:sgtin:9521234.054321.*` is the GTIN). The result is canonical
/// (`https://id.gs1.org`) and passes every Digital Link check.
public enum EPCURN {
    /// The Digital Link named by `urn`, or the problem with it.
    public static func digitalLink(from urn: String) throws(GS1Error) -> DigitalLink {
        let parts = urn.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 5, parts[0] == "urn", parts[1] == "epc" else {
            throw problem("an EPC URN has the form urn:epc:id:<scheme>:<fields>")
        }
        let kind = parts[2], scheme = String(parts[3])
        var fields = parts[4].split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        switch kind {
        case "id":
            break
        case "idpat":
            guard fields.last == "*" else { throw problem("only a pattern whose last field is * names a class") }
            fields.removeLast()
            guard !fields.contains("*") else { throw problem("only a pattern whose last field is * names a class") }
        case "class":
            guard scheme == "lgtin" else { throw problem("the only EPC class URI with a Digital Link is lgtin") }
        default:
            throw problem("unknown EPC URN kind '\(kind)': expected id, idpat or class")
        }
        let decoded = try fields.map { field throws(GS1Error) in try decode(field) }
        let isPattern = kind == "idpat"
        let (key, qualifiers) = try elements(scheme: scheme, fields: decoded, isPattern: isPattern)
        return try DigitalLink(primaryKey: key, qualifiers: qualifiers)
    }

    /// The primary key and qualifiers of an EPC scheme's fields.
    private static func elements(scheme: String, fields: [String], isPattern: Bool) throws(GS1Error)
        -> (ApplicationIdentifierValue, [ApplicationIdentifierValue])
    {
        func count(_ expected: Int, _ form: String) throws(GS1Error) {
            let wanted = isPattern ? expected - 1 : expected
            guard fields.count == wanted else { throw problem("\(scheme) has the fields \(form)") }
        }
        func serial(_ ai: String) -> [ApplicationIdentifierValue] {
            isPattern ? [] : [.init(ai, fields[fields.count - 1])]
        }
        switch scheme {
        case "sgtin", "lgtin", "upui":
            try count(3, "CompanyPrefix.IndicatorItemReference.\(scheme == "lgtin" ? "Lot" : "Serial")")
            let qualifier = scheme == "sgtin" ? "21" : scheme == "lgtin" ? "10" : "235"
            return (.init("01", try gtin14(fields[0], fields[1])), serial(qualifier))
        case "itip":
            try count(5, "CompanyPrefix.IndicatorItemReference.Piece.Total.Serial")
            return (.init("8006", try gtin14(fields[0], fields[1]) + fields[2] + fields[3]), serial("21"))
        case "sscc":
            try count(2, "CompanyPrefix.SerialReference")
            let reference = fields[1]
            guard let extensionDigit = reference.first else { throw problem("the SSCC serial reference is empty") }
            return (.init("00", try withCheckDigit(String(extensionDigit) + fields[0] + reference.dropFirst(), digits: 17, scheme)), [])
        case "sgln":
            try count(3, "CompanyPrefix.LocationReference.Extension")
            let gln = try withCheckDigit(fields[0] + fields[1], digits: 12, scheme)
            let hasExtension = !isPattern && fields[2] != "0"
            return (.init("414", gln), hasExtension ? [.init("254", fields[2])] : [])
        case "pgln":
            try count(2, "CompanyPrefix.PartyReference")
            return (.init("417", try withCheckDigit(fields[0] + fields[1], digits: 12, scheme)), [])
        case "grai":
            try count(3, "CompanyPrefix.AssetType.Serial")
            let base = try withCheckDigit(fields[0] + fields[1], digits: 12, scheme)
            return (.init("8003", "0" + base + (isPattern ? "" : fields[2])), [])
        case "giai":
            try count(2, "CompanyPrefix.IndividualAssetReference")
            return (.init("8004", fields[0] + fields[1]), [])
        case "gsrn", "gsrnp":
            try count(2, "CompanyPrefix.ServiceReference")
            return (.init(scheme == "gsrn" ? "8018" : "8017", try withCheckDigit(fields[0] + fields[1], digits: 17, scheme)), [])
        case "gdti", "sgcn":
            try count(3, "CompanyPrefix.\(scheme == "gdti" ? "DocumentType" : "CouponReference").Serial")
            let base = try withCheckDigit(fields[0] + fields[1], digits: 12, scheme)
            return (.init(scheme == "gdti" ? "253" : "255", base + (isPattern ? "" : fields[2])), [])
        case "cpi":
            try count(3, "CompanyPrefix.ComponentPartReference.Serial")
            return (.init("8010", fields[0] + fields[1]), serial("8011"))
        case "ginc":
            try count(2, "CompanyPrefix.ConsignmentReference")
            return (.init("401", fields[0] + fields[1]), [])
        case "gsin":
            try count(2, "CompanyPrefix.ShipperReference")
            return (.init("402", try withCheckDigit(fields[0] + fields[1], digits: 16, scheme)), [])
        default:
            throw problem("the EPC scheme '\(scheme)' has no GS1 Digital Link form")
        }
    }

    /// The GTIN-14 of an SGTIN-style company prefix and indicator/item reference.
    private static func gtin14(_ companyPrefix: String, _ indicatorItemReference: String) throws(GS1Error) -> String {
        guard let indicator = indicatorItemReference.first, (6...12).contains(companyPrefix.utf8.count) else {
            throw problem("the company prefix has 6 to 12 digits and the indicator/item reference follows it")
        }
        return try withCheckDigit(String(indicator) + companyPrefix + indicatorItemReference.dropFirst(), digits: 13, "GTIN")
    }

    /// `digits` (which must be exactly `count` digits) followed by their check digit.
    private static func withCheckDigit(_ digits: String, digits count: Int, _ what: String) throws(GS1Error) -> String {
        guard digits.utf8.count == count, let check = GS1CheckDigit.compute(for: digits) else {
            throw problem("the numeric fields of the \(what) must be \(count) digits together")
        }
        return digits + String(check)
    }

    /// Decodes the `%XX` escapes of an EPC URN field.
    private static func decode(_ field: String) throws(GS1Error) -> String {
        do {
            return String(decoding: try PercentEncoding.decode(Array(field.utf8)[...], plusIsSpace: false), as: UTF8.self)
        } catch {
            throw problem("a '%' in an EPC URN must be followed by two hexadecimal digits, and may not encode NUL")
        }
    }

    private static func problem(_ message: String) -> GS1Error {
        GS1Error(.epcURN, message, at: .init(part: .input))
    }
}
