import Foundation
import JSONCore
import TestSupport

/// joserfc and jwcrypto, two JOSE libraries from PyPI, run through `Support/jose_peers.py`.
enum JOSEPeers {
    /// The libraries, by the names the script answers with.
    static let libraries = ["joserfc", "jwcrypto"]

    /// The script's answer to `command` given `request` (see the script for both).
    static func run(_ command: String, _ request: JSONValue) throws -> JSONValue {
        let script = PackageFolders.root.appendingPathComponent("Tests/CredentialsTests/Support/jose_peers.py")
        guard let python = OutsideTool.url(of: "python3") else { throw Failure(command: command, standardError: "python3 is not installed") }
        let result = try ChildProcess.run(python, [script.path, command], input: .bytes(Data(JSONWriter().bytes(request))))
        guard result.status == 0 else { throw Failure(command: command, standardError: result.stderr) }
        return try JSONParser().parse(Array(result.standardOutput))
    }

    /// The script failed; its standard error says why (a missing library, with the command that installs it).
    struct Failure: Error, CustomStringConvertible {
        let command: String
        let standardError: String
        var description: String { "jose_peers.py \(command) failed: \(standardError)" }
    }
}
