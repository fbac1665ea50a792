import JSONCore

/// The members of UNTP DPP 0.7.0 documents that are not one model value written as it is: values
/// placed by role or kind, lists of one, countries as objects, topics from their vocabulary.
extension UNTP070DocumentView {
    /// The role names of the parties a passport names.
    private static let manufacturerRole = "manufacturer"
    private static let importerRole = "importer"

    /// `relatedParty`: the manufacturer and the importer, each with its role; reading takes the
    /// first party of each role and leaves the others.
    static let relatedParty = DocumentMember<Passport>(
        "relatedParty", keyPath: nil,
        write: { passport in
            let roles = [(manufacturerRole, passport.product.manufacturer), (importerRole, passport.importer)]
            let related: [JSONValue] = roles.compactMap { role, party in
                party.map { ["role": .string(role), "party": Self.party.encode($0)] }
            }
            return related.isEmpty ? nil : .array(related)
        },
        read: { passport, value in
            func party(_ role: String) -> Passport.Party? {
                value.elements?.first { $0["role"]?.stringValue == role }?["party"].flatMap { $0.isObject ? Self.party.decode($0) : nil }
            }
            passport.product.manufacturer = party(manufacturerRole)
            passport.importer = party(importerRole)
        })

    /// The role of the party at `keyPath`, when 0.7.0 places it by role.
    static func role(of keyPath: KeyPath<Passport, Passport.Party?>) -> String? {
        switch keyPath {
        case \Passport.product.manufacturer: manufacturerRole
        case \Passport.importer: importerRole
        default: nil
        }
    }

    /// `relatedDocument`: the links for people, then the events of every traced process, as
    /// UNTP 0.7.0 links a passport to its traceability events. Reading takes them all as links for
    /// people; ``traceabilityInformation``, read after it, takes back those its processes name.
    static let relatedDocument = DocumentMember<Passport>(
        "relatedDocument", keyPath: \Passport.product.furtherInformation,
        write: { passport in
            let links = passport.product.furtherInformation + passport.processes.flatMap(\.events)
            return links.isEmpty ? nil : .array(links.map(link.encode))
        },
        read: { passport, value in passport.product.furtherInformation = value.elements?.map(link.decode) ?? [] })

    /// `traceabilityInformation`: each process with its verified share and the URLs of its events,
    /// whose links (names, types) are the related documents of those URLs.
    static let traceabilityInformation = DocumentMember<Passport>(
        "traceabilityInformation", keyPath: \Passport.processes,
        write: { passport in .array(passport.processes.map(tracedProcess.encode)) },
        read: { passport, value in
            passport.processes = value.elements?.map(tracedProcess.decode) ?? []
            for process in passport.processes.indices {
                for event in passport.processes[process].events.indices {
                    let url = passport.processes[process].events[event].url
                    guard let related = passport.product.furtherInformation.firstIndex(where: { $0.url == url }) else { continue }
                    passport.processes[process].events[event] = passport.product.furtherInformation.remove(at: related)
                }
            }
        })

    /// `traceabilityEvent`: the URLs of a process's events.
    static let eventURLs = DocumentMember<Passport.TracedProcess>(
        "traceabilityEvent", keyPath: \Passport.TracedProcess.events,
        write: { process in .array(process.events.map { $0.url.map(JSONValue.string) ?? .null }) },
        read: { process, value in process.events = value.elements?.map { Passport.Link(url: $0.stringValue) } ?? [] })

    /// A country as 0.7.0 writes one: an object with its ISO 3166-1 code.
    static func country<Model: DocumentModel>(_ key: String, _ path: WritableKeyPath<Model, String?> & Sendable) -> DocumentMember<Model> {
        let property = StoredProperty(path)
        return DocumentMember(
            key, keyPath: path, write: { property.get($0).map { ["countryCode": .string($0)] } },
            read: { property.set($1["countryCode"]?.stringValue, in: &$0) })
    }

    /// A claim's `type`. A 0.7.0 performance claim states conformity with its criteria, so
    /// reading one says so; 0.7.0 has no form for a declared non-conformity.
    static let claimType = DocumentMember<Passport.ConformityClaim>(
        "type", keyPath: \Passport.ConformityClaim.conformance, write: { _ in ["Claim"] }, read: { claim, _ in claim.conformance = true })

    /// `evidence`: the claim's one piece of evidence, as a list of one; reading takes the first.
    static let evidence = DocumentMember<Passport.ConformityClaim>(
        "evidence", keyPath: \Passport.ConformityClaim.evidence, write: { $0.evidence.map { [link.encode($0)] } },
        read: { claim, value in claim.evidence = value.elements?.first.flatMap { $0.isObject ? link.decode($0) : nil } })

    /// `conformityTopic`: the 0.7.0 topic of the claim's 0.6.1 topic code, as a list of one (empty
    /// when the code has none); reading takes the first topic the vocabulary knows.
    static let conformityTopic = DocumentMember<Passport.ConformityClaim>(
        "conformityTopic", keyPath: \Passport.ConformityClaim.topic,
        write: { claim in
            let topic = claim.topic.flatMap(ConformityTopics.topic(code:))
            return .array(topic.map { [["type": ["ConformityTopic"], "id": .string($0.id ?? ""), "name": .string($0.name ?? "")]] } ?? [])
        },
        read: { claim, value in claim.topic = value.elements?.lazy.compactMap { $0["id"]?.stringValue.flatMap(ConformityTopics.code(topic:)) }.first
        })
}
