import Credentials
import Diagnostics
import JSONCore

/// A secured credential as the policies see it: the JWS taken apart, its payload, the key its
/// `kid` resolved to, where it came from and when it is checked.
///
/// Nothing in it is trusted yet: the signature is one of the policies.
public struct SecuredCredential: Sendable {
    /// The JWS, parsed but not verified.
    public let jws: ParsedJWS
    /// The payload as JSON; `nil` when it is not JSON (the verifier has said so).
    public let payload: JSONValue?
    /// The key `kid` names, or why there is none.
    public let key: KeyResolution
    /// Where the credential is: its file, and its line for standard input.
    public let source: SourceLocation
    /// When it is checked.
    public let time: VerificationTime

    /// The issuer the payload names: a string, or the `id` of an object.
    public var issuer: String? {
        payload?["issuer"]?.stringValue ?? payload?["issuer"]?["id"]?.stringValue
    }

    /// The place of the member `name` of the protected header.
    public func headerLocation(_ name: String) -> SourceLocation {
        var location = source
        location.pointer = JSONPointer(tokens: [name]).description
        location.part = "protected header"
        return location
    }

    /// The place of `pointer` in the payload.
    public func payloadLocation(_ pointer: JSONPointer) -> SourceLocation {
        var location = source
        location.pointer = pointer.description
        return location
    }

    /// The place of the member `name` of the payload.
    public func payloadLocation(_ name: String) -> SourceLocation {
        payloadLocation(JSONPointer(tokens: [name]))
    }

    /// The place of the signature.
    public var signatureLocation: SourceLocation {
        var location = source
        location.part = "signature"
        return location
    }
}
