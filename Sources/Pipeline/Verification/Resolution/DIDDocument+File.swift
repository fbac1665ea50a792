import Credentials

extension DIDDocument {
    /// The DID document in the file `path`: a file over ``DIDDocument/maximumBytes`` is refused
    /// by its size before it is read (`DID-DOCUMENT-TOO-LARGE`); one that cannot be read or
    /// parsed says why, with the rule it breaks.
    static func read(file path: String) -> Result<DIDDocument, VerificationFailure> {
        let file: InputFile
        switch InputFile.open(path) {
        case .success(let opened): file = opened
        case .failure(let diagnostic): return .failure(VerificationFailure(diagnostic))
        }
        if let size = file.size, size > maximumBytes { return .failure(VerificationFailure(DIDDocumentError.tooLarge(bytes: size))) }
        switch file.readWhole(limit: maximumBytes) {
        case .success(let bytes):
            do { return .success(try DIDDocument(parsing: bytes)) } catch { return .failure(VerificationFailure(error)) }
        case .failure(let diagnostic):
            return .failure(VerificationFailure(diagnostic))
        }
    }
}
