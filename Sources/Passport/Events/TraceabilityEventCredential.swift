import JSONCore

/// A Digital Traceability Event credential (UNTP 0.7.0): the W3C VC 2.0 envelope around one
/// lifecycle event, and where the site publishes it.
public struct TraceabilityEventCredential: Sendable, Hashable {
    public var path: TraceabilityEventPath
    /// The credential's URL: its `id`.
    public var id: String
    /// The credential's title, e.g. `Traceability event: Dehairing at Khangai dehairing and scouring plant, 2026-05-20`.
    public var name: String
    /// The catalogue's issuer, with its GS1 party.
    public var issuer: Passport.Issuer
    /// When the event happened, in UTC: the credential asserts it from then on.
    public var validFrom: String
    public var event: TraceabilityEvent

    /// The credential as JSON-LD.
    public var document: JSONValue { TraceabilityEventDocument.encode(self) }
}
