import GS1

extension IdentifierNormalizer {
    private static let ssccPrefix = Array("https://id.gs1.org/00/".utf8)

    /// The outcome for a canonical Digital Link of a logistic unit (`https://id.gs1.org/00/`
    /// and 18 digits with their correct check digit), or nil when `raw` (UTF-8 bytes, which
    /// `text` gives as a string) is not of that shape.
    ///
    /// SSCCs are unique, one per carton, so the cache never helps them and the full parse of
    /// each one was a twentieth of the reading time of a large export. The shape checked here
    /// leaves the full parse nothing to find (18 digits always hold a company prefix from the
    /// second digit); anything else, a wrong check digit included, takes the full parse.
    static func canonicalSSCC(_ raw: UnsafeBufferPointer<UInt8>, text: () -> String) -> Outcome? {
        let isPlainSSCC =
            raw.count == ssccPrefix.count + 18 && raw.starts(with: ssccPrefix)
            && GS1CheckDigit.isValid(String(decoding: raw[ssccPrefix.count...], as: UTF8.self))
        return isPlainSSCC ? Outcome(canonical: text()) : nil
    }
}
