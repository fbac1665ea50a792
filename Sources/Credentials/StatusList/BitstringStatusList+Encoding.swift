extension BitstringStatusList {
    /// The list as the `encodedList` of a status list credential: GZIP-compressed, then multibase
    /// base64url without padding (prefix `u`) (Recommendation §3.3).
    ///
    /// The GZIP bytes are deterministic (see ``GZIP``): the same bits always give the same text.
    /// - Throws: ``StatusListError/zlibFailed(status:)`` when zlib fails (out of memory).
    public func encodedList() throws(StatusListError) -> String {
        do {
            return "u" + Base64URL.encode(try GZIP.compress(bytes))
        } catch {
            throw StatusListError(error)
        }
    }

    /// The list an `encodedList` holds (Recommendation §3.4).
    ///
    /// Inflation stops at ``maximumDecodedBytes``, so a GZIP bomb costs no more than that.
    /// - Throws: a ``StatusListError`` of rule ``StatusListRule/encoding`` when the text is not
    ///   multibase base64url of one whole GZIP stream within the limit, and
    ///   ``StatusListError/invalidLength(_:)`` when it holds fewer than ``minimumLength`` entries.
    public init(encodedList: String) throws(StatusListError) {
        let text = encodedList.utf8
        guard text.first == UInt8(ascii: "u") else { throw .notMultibaseBase64URL }
        guard let compressed = Base64URL.decode(bytes: text.dropFirst()) else { throw .notBase64URL }
        let inflated: [UInt8]
        do {
            inflated = try GZIP.decompress(compressed, limit: Self.maximumDecodedBytes)
        } catch {
            throw StatusListError(error)
        }
        try self.init(bytes: inflated)
    }
}

extension StatusListError {
    /// The status list problem a GZIP failure is.
    fileprivate init(_ failure: GZIP.Failure) {
        switch failure {
        case .notGZIP: self = .notGZIP
        case .truncated: self = .truncated
        case .corrupt(let message): self = .corrupt(message)
        case .trailingData: self = .corrupt("bytes follow the end of the stream")
        case .tooLarge(let limit): self = .decompressedTooLarge(limit: limit)
        case .zlib(let status): self = .zlibFailed(status: status)
        }
    }
}
