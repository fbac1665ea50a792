import Diagnostics
import GS1
import Traceability

/// The assemble stage of traceability events: an EPCIS event, as the trace graph holds it,
/// restated as a UNTP 0.7.0 Digital Traceability Event credential, with the catalogue's names
/// for its places, parties, products and certificates.
///
/// Which lifecycle event an EPCIS event becomes is ``LifecycleEventKind``'s rule; its
/// `activityType` is the CBV business step (``activityType(of:)``); the textile process the
/// event records (ILMD `process`, such as dehairing) names it. Events are independent:
/// ``assemble(_:sink:)`` may run for several at once.
public struct TraceabilityEventAssembler: Sendable {
    public let catalog: Catalog
    /// The base URL of the publishing site, without a trailing slash.
    public let baseURL: String
    let issuer: Passport.Issuer
    /// Catalogue product names by 14-digit GTIN.
    let productNames: [String: String]

    public init(catalog: Catalog, baseURL: String) {
        self.catalog = catalog
        let assembler = PassportAssembler(catalog: catalog, baseURL: baseURL, version: .v070)
        self.baseURL = assembler.baseURL
        issuer = assembler.issuer(catalog.issuer)
        var names: [String: String] = [:]
        for product in catalog.products {
            if let gtin = try? GTIN(product.gtin), names[gtin.gtin14] == nil { names[gtin.gtin14] = product.name }
        }
        productNames = names
    }

    /// The credential of `event`, or `nil` when the event does not say where it happened
    /// (`DTE-NO-PLACE`); problems go to `sink`, among them an event without an `eventID`
    /// (`DTE-NO-EVENT-ID`), published under a name taken from its content.
    public func assemble(_ event: EPCISEvent, sink: DiagnosticSink) -> TraceabilityEventCredential? {
        let kind = LifecycleEventKind(event)
        guard let activity = activity(of: event, kind: kind, sink: sink) else { return nil }
        let activityType = Self.activityType(of: event)
        let what = event.textileProcess?.capitalizedFirst ?? activityType.name
        let name: String
        switch activity {
        case .make(_, _, let facility), .modify(_, let facility): name = "\(what) at \(facility.name)"
        case .move(_, let from, let to, _): name = "\(what) from \(from.name) to \(to.name)"
        }
        let offset = EPCISTime.offsetSeconds(event.eventTimeZoneOffset) ?? 0
        var lifecycleEvent = TraceabilityEvent(
            id: "", name: name, date: event.eventTime.formatted(offsetSeconds: offset), activityType: activityType, activity: activity,
            parties: parties(of: event, activity: activity), documents: documents(of: event), sensorData: Self.sensorData(of: event))
        let path =
            event.eventID.map(TraceabilityEventPath.init(eventID:))
            ?? TraceabilityEventPath(contentOf: TraceabilityEventDocument.subject(lifecycleEvent))
        let url = path.url(baseURL: baseURL)
        if event.eventID == nil {
            sink.add(
                Diagnostic(
                    TraceabilityEventRule.noEventID,
                    "the \(event.kind.rawValue)\(Self.named(event)) has no eventID, so its traceability event is published at \(url), named after its content, which moves whenever the event is corrected; give it an eventID (urn:uuid:…)",
                    at: event.location))
        }
        lifecycleEvent.id = event.eventID.flatMap { Self.isAbsoluteURI($0) ? $0 : nil } ?? url + "#event"
        return TraceabilityEventCredential(
            path: path, id: url, name: "Traceability event: \(name), \(event.eventTime.description.prefix(10))", issuer: issuer,
            validFrom: event.eventTime.description, event: lifecycleEvent)
    }

    /// Where the credential of `event` is published: by its `eventID`, or for an event without
    /// one by its content, which takes assembling it (`nil` when it cannot be assembled).
    public func path(of event: EPCISEvent) -> TraceabilityEventPath? {
        if let eventID = event.eventID { return TraceabilityEventPath(eventID: eventID) }
        return assemble(event, sink: DiagnosticSink())?.path
    }

    /// The business step as a classification: a CBV step in GS1's scheme, a custom step (a URI)
    /// in its own vocabulary, and, when the event records none, the EPCIS event type.
    public static func activityType(of event: EPCISEvent) -> TraceabilityEvent.Classification {
        guard let step = event.bizStep else {
            let words = String(event.kind.rawValue.dropLast("Event".count)) + " event"
            return .init(code: event.kind.rawValue, name: words, schemeID: "https://ref.gs1.org/epcis/", schemeName: "GS1 EPCIS 2.0 event type")
        }
        guard let end = step.lastIndex(where: { $0 == "/" || $0 == "#" || $0 == ":" }) else {
            return .init(
                code: step, name: spaced(step).capitalizedFirst, schemeID: "https://ref.gs1.org/cbv/BizStep",
                schemeName: "GS1 CBV Business Step")
        }
        let vocabulary = String(step[...end])
        return .init(code: step, name: String(step[step.index(after: end)...]), schemeID: vocabulary, schemeName: "Business steps of \(vocabulary)")
    }

    /// `step` with each `_` a space: over its bytes when it is ASCII (every CBV step), else by
    /// Foundation's replacement.
    private static func spaced(_ step: String) -> String {
        guard step.utf8.allSatisfy({ $0 < 0x80 }) else { return step.replacingOccurrences(of: "_", with: " ") }
        return String(decoding: step.utf8.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
    }

    /// What the event did to which products, and where; `nil` when it names no place for it.
    private func activity(of event: EPCISEvent, kind: LifecycleEventKind, sink: DiagnosticSink) -> TraceabilityEvent.Activity? {
        let status = ProductStatus(disposition: event.disposition)
        switch kind {
        case .make:
            guard let facility = recordedPlace(of: event, sink: sink) else { return nil }
            let (inputs, outputs) = makeProducts(of: event, status: status)
            return .make(inputs: inputs, outputs: outputs, facility: facility)
        case .move:
            guard let (from, to) = ends(of: event, sink: sink) else { return nil }
            let consignment = event.bizTransactionList.first { $0.type == "bol" }?.id
            return .move(products: objects(of: event, status: status), from: from, to: to, consignment: consignment)
        case .modify:
            guard let facility = recordedPlace(of: event, sink: sink) else { return nil }
            return .modify(products: objects(of: event, status: status), facility: facility)
        }
    }

    /// The certificates the event cites, named as the catalogue describes them.
    private func documents(of event: EPCISEvent) -> [TraceabilityEvent.Link] {
        event.certificationInfo.map { url in
            let name = catalog.certificate(url).map { "\($0.scheme) certificate \($0.number)" } ?? "Certificate \(url)"
            return TraceabilityEvent.Link(url: url, name: name)
        }
    }

    /// Each sensor report with a type, a value (its mean, when given) and a unit, as one reading of its metric.
    private static func sensorData(of event: EPCISEvent) -> [TraceabilityEvent.SensorData] {
        event.sensorElementList.flatMap(\.reports).compactMap { report in
            guard let type = report.type, let value = report.meanValue ?? report.value, let unit = report.uom else { return nil }
            let metricID = type.contains(":") ? type : "https://gs1.org/voc/" + type
            let metricName = report.meanValue == nil ? type : "\(type), mean"
            return .init(metricID: metricID, metricName: metricName, measures: [.init(value: value, unit: unit)])
        }
    }

    /// Whether `text` starts with a URI scheme (RFC 3986: a letter, then letters, digits, `+`, `-`, `.`, then `:`).
    private static func isAbsoluteURI(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), let first = text.first, first.isASCII, first.isLetter else { return false }
        return text[..<colon].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }
}
