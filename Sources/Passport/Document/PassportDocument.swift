import JSONCore

/// The JSON-LD form of a ``Passport``: a W3C Verifiable Credential 2.0 holding a UNTP Digital
/// Product Passport of one ``UNTPVersion``, extended with the textile terms of our own context.
public enum PassportDocument {
    /// `passport` as a JSON-LD document of `version`.
    public static func encode(_ passport: Passport, as version: UNTPVersion) -> JSONValue {
        version.view.encode(passport)
    }
}
