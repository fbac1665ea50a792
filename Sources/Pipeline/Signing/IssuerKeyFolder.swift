import Credentials
import Foundation
import JSONCore

/// A folder of an issuer's keys: `dpp keys new` adds a key to it and keeps its DID document.
public enum IssuerKeyFolder {
    /// What adding a key wrote.
    public struct AddedKey: Sendable {
        /// The private key (PKCS#8 PEM, mode 0600): keep it secret; sign with `--key` this file.
        public var privateKeyFile: String
        /// The public key as a JWK.
        public var publicKeyFile: String
        /// The DID document, with this key and every earlier one.
        public var didDocumentFile: String
        /// The key's DID URL, the `kid` of its signatures.
        public var keyURL: String
    }

    /// Creates a key of `algorithm` for `did` in `folder` (created when missing): its PEM file,
    /// its public JWK, and the folder's DID document with the key added to those already there.
    public static func addKey(did text: String, algorithm: SigningAlgorithm, in folder: String) throws(SigningFailure) -> AddedKey {
        let did: DIDWeb
        do { did = try DIDWeb(text) } catch { throw SigningFailure("--did \(text): \(error)") }
        let folderURL = URL(fileURLWithPath: folder)
        do {
            try FileManager.default.createDirectory(at: folderURL, withIntermediateDirectories: true)
        } catch {
            throw SigningFailure("cannot create the folder \(folder): \(error.localizedDescription)")
        }
        let documentPath = folderURL.appendingPathComponent(IssuerKey.didDocumentName).path
        var document = try existingDocument(at: documentPath, for: did)
        do {
            let key = try PrivateKey.generate(on: algorithm.curve)
            let thumbprint = try key.publicKey.jwk().thumbprint()
            let publicJWK = key.publicKey.jwk(algorithm: algorithm, keyID: thumbprint)
            try document.addAssertionKey(publicJWK.json, keyID: thumbprint)
            let privatePath = folderURL.appendingPathComponent(thumbprint + ".pem").path
            let publicPath = folderURL.appendingPathComponent(thumbprint + ".jwk.json").path
            try key.write(toFile: privatePath)
            try AtomicFile.write(JSONWriter(pretty: true).bytes(publicJWK.json), to: publicPath)
            try AtomicFile.write(document.fileBytes, to: documentPath)
            return AddedKey(
                privateKeyFile: privatePath, publicKeyFile: publicPath, didDocumentFile: documentPath,
                keyURL: try did.keyURL(thumbprint).description)
        } catch let failure as SigningFailure {
            throw failure
        } catch {
            throw SigningFailure("\(folder): \(error)")
        }
    }

    /// The DID document already in the folder, which must be `did`'s, or a new one.
    private static func existingDocument(at path: String, for did: DIDWeb) throws(SigningFailure) -> DIDDocument {
        guard FileManager.default.fileExists(atPath: path) else { return DIDDocument(did: did) }
        let bytes: [UInt8]
        switch InputFile.read(path, limit: DIDDocument.maximumBytes) {
        case .success(let read): bytes = read
        case .failure(let diagnostic): throw SigningFailure("\(path): \(diagnostic.message)")
        }
        let document: DIDDocument
        do { document = try DIDDocument(parsing: bytes) } catch { throw SigningFailure("\(path): \(error)") }
        guard document.id == did.description else {
            throw SigningFailure("\(path) is the DID document of \(document.id), not of \(did); keep each DID's keys in a folder of their own")
        }
        return document
    }
}
