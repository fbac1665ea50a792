/// A GS1 Digital Link URI: a stem (scheme, host, optional path), a primary key, its key
/// qualifiers in the path, and data attributes in the query.
///
/// Values are held unencoded; ``uri`` encodes them. Every `DigitalLink` has passed the checks of
/// ``validate(_:)`` (through ``parse(_:)``) or of the builder, so its parts are always valid.
/// Non-AI query parameters (`linkType=...`) and fragments are not part of the identity and are
/// not kept.
public struct DigitalLink: Hashable, Sendable {
    /// The stem: scheme and host, plus any path before the primary key, without a trailing `/`
    /// (`https://example.com/dpp`).
    public let base: String
    /// The primary key (`01` GTIN, `414` location GLN, `417` party GLN, `00` SSCC...).
    public let primaryKey: ApplicationIdentifierValue
    /// The key qualifiers, in the order of the key's qualifier sequence (`22`, `10`, `21`...).
    public let qualifiers: [ApplicationIdentifierValue]
    /// The data attributes of the query (`17` expiry, `422` origin...), in their given order.
    public let attributes: [ApplicationIdentifierValue]

    /// The stem of canonical Digital Link URIs.
    public static let canonicalBase = "https://id.gs1.org"

    /// The longest URI, in UTF-8 bytes, that is read; longer input is refused before any work.
    public static let maximumURILength = 8192

    /// Builds a Digital Link and checks it as a parsed URI would be checked (key, qualifier
    /// order, data attributes, formats, check digits, pairing rules); throws the first problem.
    public init(
        base: String = DigitalLink.canonicalBase, primaryKey: ApplicationIdentifierValue,
        qualifiers: [ApplicationIdentifierValue] = [], attributes: [ApplicationIdentifierValue] = []
    ) throws(GS1Error) {
        let stem = try Self.checkedBase(base)
        var elements = [DigitalLinkElement(primaryKey, part: .primaryKey)]
        elements += qualifiers.map { DigitalLinkElement($0, part: .qualifier) }
        elements += attributes.map { DigitalLinkElement($0, part: .attribute) }
        if let first = DigitalLinkRules.problems(in: elements).first { throw first }
        self.init(checkedBase: stem, primaryKey: primaryKey, qualifiers: qualifiers, attributes: attributes)
    }

    /// Assembles parts that have already been checked.
    init(
        checkedBase: String, primaryKey: ApplicationIdentifierValue, qualifiers: [ApplicationIdentifierValue],
        attributes: [ApplicationIdentifierValue]
    ) {
        self.base = checkedBase
        self.primaryKey = primaryKey
        self.qualifiers = qualifiers
        self.attributes = attributes
    }

    /// The Digital Link of a product (GTIN), of a lot of it, or of one item of it.
    public static func product(
        gtin: GTIN, lot: String? = nil, serial: String? = nil,
        base: String = DigitalLink.canonicalBase
    ) throws(GS1Error) -> DigitalLink {
        var qualifiers: [ApplicationIdentifierValue] = []
        if let lot { qualifiers.append(.init("10", lot)) }
        if let serial { qualifiers.append(.init("21", serial)) }
        return try DigitalLink(base: base, primaryKey: .init("01", gtin.gtin14), qualifiers: qualifiers)
    }

    /// The Digital Link of a party (a legal or functional entity: herder cooperative, factory), AI 417.
    public static func party(gln: GLN, base: String = DigitalLink.canonicalBase) throws(GS1Error) -> DigitalLink {
        try DigitalLink(base: base, primaryKey: .init("417", gln.digits))
    }

    /// The Digital Link of a physical location (a site, a warehouse), AI 414.
    public static func location(gln: GLN, base: String = DigitalLink.canonicalBase) throws(GS1Error) -> DigitalLink {
        try DigitalLink(base: base, primaryKey: .init("414", gln.digits))
    }

    /// The Digital Link of a logistic unit (carton, pallet), AI 00.
    public static func logisticUnit(sscc: SSCC, base: String = DigitalLink.canonicalBase) throws(GS1Error) -> DigitalLink {
        try DigitalLink(base: base, primaryKey: .init("00", sscc.digits))
    }

    /// The GTIN, when the primary key is AI 01.
    public var gtin: GTIN? {
        primaryKey.ai == "01" ? try? GTIN(primaryKey.value) : nil
    }

    /// The batch or lot number (AI 10), from the path or, for keys that do not qualify by lot, the query.
    public var lot: String? { value(of: "10") }

    /// The serial number (AI 21).
    public var serial: String? { value(of: "21") }

    /// The value of `ai` among the key, qualifiers and attributes, or nil.
    public func value(of ai: String) -> String? {
        if primaryKey.ai == ai { return primaryKey.value }
        return qualifiers.first(where: { $0.ai == ai })?.value ?? attributes.first(where: { $0.ai == ai })?.value
    }

    /// The AI element string, e.g. `(01) 09521234543213(10) LOT1`.
    public var elementString: String {
        ([primaryKey] + qualifiers + attributes).map(\.description).joined()
    }

    /// The URI on its own stem, with values percent-encoded (all but RFC 3986 unreserved characters).
    public var uri: String { uri(base: base, attributes: attributes) }

    /// The URI with `base` as stem and `attributes` as query.
    func uri(base: String, attributes: [ApplicationIdentifierValue]) -> String {
        var bytes = Array(base.utf8)
        for element in [primaryKey] + qualifiers {
            bytes.append(UInt8(ascii: "/"))
            bytes += element.ai.utf8
            bytes.append(UInt8(ascii: "/"))
            PercentEncoding.encode(element.value.utf8, into: &bytes, keeping: PercentEncoding.isUnreserved)
        }
        for (index, attribute) in attributes.enumerated() {
            bytes.append(UInt8(ascii: index == 0 ? "?" : "&"))
            bytes += attribute.ai.utf8
            bytes.append(UInt8(ascii: "="))
            PercentEncoding.encode(attribute.value.utf8, into: &bytes, keeping: PercentEncoding.isUnreserved)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Checks a builder's stem (`http(s)://host[:port][/path]`) and drops a trailing `/`: the
    /// checks every Digital Link built on `base` meets, so that a site's base URL can be refused
    /// once, before any link is made on it.
    public static func checkedBase(_ base: String) throws(GS1Error) -> String {
        var bytes = Array(base.utf8)
        if bytes.last == UInt8(ascii: "/") { bytes.removeLast() }
        let stem: URIStem
        do {
            stem = try URIStem(bytes)
        } catch {
            throw GS1Error(.baseURL, "the stem \(base) is not usable: \(error.message)", at: error.location)
        }
        guard stem.end == bytes.count else {
            throw GS1Error(.baseURL, "the stem \(base) may not hold a query or fragment", at: .init(part: .input, offset: stem.end))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
