import JSONCore

/// The JSON-LD form of a Digital Traceability Event credential, as UNTP 0.7.0's
/// `DigitalTraceabilityEvent` schema lays it out: the one place its member names are spelled.
///
/// Objects carry the `type` that selects their terms in the UNTP context (`MakeEvent`,
/// `Product`, `Facility`, `Party`), so that every member expands to an IRI.
public enum TraceabilityEventDocument {
    /// The W3C VC 2.0 context, then the UNTP 0.7.0 context, which defines every credential type's terms.
    public static let contexts = ["https://www.w3.org/ns/credentials/v2", "https://vocabulary.uncefact.org/untp/0.7.0/context/"]
    /// The credential type that tells a traceability event credential from a passport.
    public static let credentialType = "DigitalTraceabilityEvent"

    /// `credential` as a JSON-LD document.
    static func encode(_ credential: TraceabilityEventCredential) -> JSONValue {
        var issuer: JSONObject = [
            "type": ["CredentialIssuer"], "id": .string(credential.issuer.id ?? ""), "name": .string(credential.issuer.name ?? ""),
        ]
        if !credential.issuer.alsoKnownAs.isEmpty {
            issuer["issuerAlsoKnownAs"] = .array(
                credential.issuer.alsoKnownAs.map { party in
                    var object: JSONObject = ["type": ["Party"], "id": .string(party.id ?? ""), "name": .string(party.name ?? "")]
                    object["registeredId"] = party.registeredID.map(JSONValue.string)
                    return .object(object)
                })
        }
        let document: JSONObject = [
            "@context": .array(contexts.map(JSONValue.string)),
            "type": [.string(credentialType), "VerifiableCredential"],
            "id": .string(credential.id),
            "issuer": .object(issuer),
            "validFrom": .string(credential.validFrom),
            "name": .string(credential.name),
            "credentialSubject": [subject(credential.event)],
        ]
        return .object(document)
    }

    /// The lifecycle event: the credential's subject.
    static func subject(_ event: TraceabilityEvent) -> JSONValue {
        var object: JSONObject = [
            "type": [.string(event.kind.rawValue), "LifecycleEvent"],
            "id": .string(event.id),
            "name": .string(event.name),
            "eventDate": .string(event.date),
            "activityType": classification(event.activityType),
        ]
        if !event.parties.isEmpty { object["relatedParty"] = .array(event.parties.map(partyRole)) }
        switch event.activity {
        case .make(let inputs, let outputs, let facility):
            object["inputProduct"] = .array(inputs.map(product))
            object["outputProduct"] = .array(outputs.map(product))
            object["madeAtFacility"] = self.facility(facility)
        case .move(let products, let from, let to, let consignment):
            object["movedProduct"] = .array(products.map(product))
            object["fromFacility"] = facility(from)
            object["toFacility"] = facility(to)
            object["consignmentId"] = consignment.map(JSONValue.string)
        case .modify(let products, let facility):
            object["modifiedProduct"] = .array(products.map(product))
            object["modifiedAtFacility"] = self.facility(facility)
        }
        if !event.sensorData.isEmpty { object["sensorData"] = .array(event.sensorData.map(sensorData)) }
        if !event.documents.isEmpty { object["relatedDocument"] = .array(event.documents.map(link)) }
        return .object(object)
    }

    private static func product(_ product: TraceabilityEvent.EventProduct) -> JSONValue {
        var identity: JSONObject = [
            "type": ["Product"], "id": .string(product.id), "name": .string(product.name), "idGranularity": .string(product.granularity.rawValue),
        ]
        identity["batchNumber"] = product.batchNumber.map(JSONValue.string)
        identity["itemNumber"] = product.itemNumber.map(JSONValue.string)
        var object: JSONObject = ["product": .object(identity)]
        object["quantity"] = product.quantity.map(measure)
        object["disposition"] = product.status.map { .string($0.rawValue) }
        return .object(object)
    }

    private static func facility(_ facility: TraceabilityEvent.Facility) -> JSONValue {
        var object: JSONObject = ["type": ["Facility"], "id": .string(facility.id), "name": .string(facility.name)]
        object["registeredId"] = facility.registeredID.map(JSONValue.string)
        return .object(object)
    }

    private static func partyRole(_ role: TraceabilityEvent.PartyRole) -> JSONValue {
        var party: JSONObject = ["type": ["Party"], "id": .string(role.party.id), "name": .string(role.party.name)]
        party["registeredId"] = role.party.registeredID.map(JSONValue.string)
        return ["role": .string(role.role), "party": .object(party)]
    }

    private static func classification(_ classification: TraceabilityEvent.Classification) -> JSONValue {
        [
            "code": .string(classification.code), "name": .string(classification.name), "schemeId": .string(classification.schemeID),
            "schemeName": .string(classification.schemeName),
        ]
    }

    private static func measure(_ measure: TraceabilityEvent.Measure) -> JSONValue {
        ["value": .number(measure.value), "unit": .string(measure.unit)]
    }

    private static func link(_ link: TraceabilityEvent.Link) -> JSONValue {
        ["linkURL": .string(link.url), "linkName": .string(link.name)]
    }

    private static func sensorData(_ data: TraceabilityEvent.SensorData) -> JSONValue {
        [
            "metric": ["type": ["PerformanceMetric"], "id": .string(data.metricID), "name": .string(data.metricName)],
            "measure": .array(data.measures.map(measure)),
        ]
    }
}
