import Credentials
import Foundation
import JSONCore

/// The key an issuer signs with: its private key file, and the DID document beside it that
/// publishes the public key under the issuer's `did:web` DID.
///
/// `dpp keys new` writes both into one folder: `<thumbprint>.pem` (mode 0600), its public
/// `<thumbprint>.jwk.json`, and `did.json`, which keeps every key the folder has held.
public struct IssuerKey: Sendable {
    /// The name of the DID document in a keys folder.
    public static let didDocumentName = "did.json"

    public let privateKey: PrivateKey
    public let algorithm: SigningAlgorithm
    public let did: DIDWeb
    /// Every public key of the DID, the retired ones too.
    public let didDocument: DIDDocument
    /// The DID URL of this key (`did:web:…#<thumbprint>`): a signature's `kid`.
    public let keyURL: String

    /// The key in `keyFile` and the DID document beside it, which must list the key's public JWK
    /// under `assertionMethod`. Throws ``SigningFailure`` saying what is missing.
    public init(keyFile: String) throws(SigningFailure) {
        do {
            privateKey = try PrivateKey(file: keyFile)
        } catch {
            throw SigningFailure(error.description)
        }
        let folder = URL(fileURLWithPath: keyFile).deletingLastPathComponent()
        let documentPath = folder.appendingPathComponent(Self.didDocumentName).path
        let bytes: [UInt8]
        switch InputFile.read(documentPath, limit: DIDDocument.maximumBytes) {
        case .success(let read): bytes = read
        case .failure(let diagnostic):
            throw SigningFailure(
                "\(keyFile): the DID document \(documentPath) beside the key cannot be read (\(diagnostic.message)); `dpp keys new` writes it")
        }
        do {
            didDocument = try DIDDocument(parsing: bytes)
            did = try DIDWeb(didDocument.id)
            let thumbprint = try privateKey.publicKey.jwk().thumbprint()
            keyURL = try did.keyURL(thumbprint).description
            let listed = try JWK(json: didDocument.assertionKey(keyURL))
            guard try PublicKey(jwk: listed) == privateKey.publicKey else {
                throw SigningFailure("\(documentPath) lists another public key as \(keyURL)")
            }
            // The algorithm the key was made for (`dpp keys new --alg`), which its JWK names.
            algorithm = listed.algorithm ?? privateKey.curve.defaultAlgorithm
        } catch let failure as SigningFailure {
            throw failure
        } catch {
            throw SigningFailure("\(documentPath): \(error)")
        }
    }

    /// `credential` signed as a VC-JOSE credential (`application/vc+jwt`): header `alg`, `kid`
    /// (this key's DID URL), `typ` `vc+jwt`, `cty` `vc`; the payload is the credential's compact JSON.
    public func sign(credential: JSONValue) throws(SigningFailure) -> String {
        try sign(compactCredential: JSONWriter().bytes(credential))
    }

    /// The credential whose compact JSON (`JSONWriter()`'s bytes, or ``JSONWhitespace/removed(from:)``
    /// of its pretty form) is `compactCredential`, signed as ``sign(credential:)`` signs it.
    public func sign(compactCredential: [UInt8]) throws(SigningFailure) -> String {
        let header = JOSEHeader(algorithm: algorithm, keyID: keyURL, type: "vc+jwt", contentType: "vc")
        do {
            return try JWS.sign(payload: compactCredential, header: header, key: privateKey)
        } catch {
            throw SigningFailure("cannot sign: \(error)")
        }
    }
}

/// A key, DID document or status list that does not let a run sign: exit code 2, nothing published.
public struct SigningFailure: Error, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
