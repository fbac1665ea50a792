import Credentials
import Foundation

/// The key `dpp demo` signs with: kept in a folder outside the site, created there on first use.
public enum DemoSigningKey {
    /// The demo issuer's DID (the demo catalogue's issuer), on the demo site's host.
    public static let did = "did:web:dpp.example.com:khangai-cashmere"

    /// The key file in `folder`, and whether it was created now: the one `*.pem` there, or a new
    /// Ed25519 key with its DID document when the folder holds none.
    public static func keyFile(in folder: String) throws(SigningFailure) -> (path: String, created: Bool) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let keys = names.filter { $0.hasSuffix(".pem") }.sorted()
        switch keys.count {
        case 0:
            return (try IssuerKeyFolder.addKey(did: did, algorithm: .edDSA, in: folder).privateKeyFile, true)
        case 1:
            return (URL(fileURLWithPath: folder).appendingPathComponent(keys[0]).path, false)
        default:
            throw SigningFailure("\(folder) holds \(keys.count) keys; say which one signs with --key")
        }
    }
}
