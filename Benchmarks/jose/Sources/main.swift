// Signs a passport as a compact JWS (JSON encoding included) and verifies it (JSON parsing of the
// payload included) again and again on one thread, and prints the best processor time of several
// rounds per operation as JSON, with one sample JWS and its public key, for run.py to check and
// to compare with joserfc and jwcrypto.
import Credentials
import Foundation
import JSONCore

let arguments = CommandLine.arguments
guard arguments.count == 5, let iterations = Int(arguments[2]), iterations > 0, let rounds = Int(arguments[3]), rounds > 0,
    let algorithm = SigningAlgorithm(rawValue: arguments[4])
else {
    FileHandle.standardError.write(Data("usage: jose-benchmark PASSPORT.json ITERATIONS ROUNDS EdDSA|Ed25519|ES256|ES384|ES512\n".utf8))
    exit(2)
}
let passport = try JSONParser().parse(Array(try Data(contentsOf: URL(fileURLWithPath: arguments[1]))))
let key = try PrivateKey.generate(on: algorithm.curve)
let header = JOSEHeader(algorithm: algorithm, keyID: "did:web:passports.example.com#key-1", type: "vc+jwt", contentType: "vc")

/// The processor time this process has used, in seconds: other work on a shared machine does not count.
func processorSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
}

/// The best processor time in seconds of `rounds` rounds of `iterations` runs of `body`, and what the last run returned.
func measure<Result>(_ body: () throws -> Result) rethrows -> (seconds: Double, result: Result) {
    var best = Double.infinity
    var result = try body()
    for _ in 0..<rounds {
        let start = processorSeconds()
        for _ in 0..<iterations { result = try body() }
        best = min(best, processorSeconds() - start)
    }
    return (best, result)
}

let signing = try measure { try JWS.sign(payload: JSONWriter().bytes(passport), header: header, key: key) }
let verifying = try measure {
    try ParsedJWS(compact: signing.result).verified(with: key.publicKey, allowing: [algorithm]).payloadJSON()
}
guard verifying.result == passport else {
    FileHandle.standardError.write(Data("the verified payload differs from the passport\n".utf8))
    exit(1)
}
let report: JSONValue = [
    "algorithm": .string(algorithm.rawValue),
    "iterations": .number(JSONNumber(iterations)),
    "payloadBytes": .number(JSONNumber(JSONWriter().bytes(passport).count)),
    "jwsBytes": .number(JSONNumber(signing.result.utf8.count)),
    "signSeconds": .number(JSONNumber(signing.seconds)),
    "verifySeconds": .number(JSONNumber(verifying.seconds)),
    "sample": ["jws": .string(signing.result), "jwk": key.publicKey.jwk().json],
]
print(JSONWriter().string(report))
