import Credentials
import Testing

/// Expects `body` to throw a ``CredentialError`` of `rule`, and returns the error.
@discardableResult
func expectError<Result>(_ rule: CredentialRule, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Result) -> CredentialError? {
    let error = #expect(throws: CredentialError.self, sourceLocation: sourceLocation) { _ = try body() }
    #expect(error?.rule == rule, "\(error.map(String.init(describing:)) ?? "no error")", sourceLocation: sourceLocation)
    return error
}

/// `bytes` in lowercase hexadecimal.
func hex(_ bytes: [UInt8]) -> String {
    bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
}
