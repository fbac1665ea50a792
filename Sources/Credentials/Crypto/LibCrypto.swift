import CCrypto

/// libcrypto's own account of why a call failed, read from the calling thread's error queue.
enum LibCrypto {
    /// An error of `rule` saying `message`, followed by libcrypto's reason when it gave one.
    ///
    /// Empties this thread's error queue, so that a later failure is not blamed on this one.
    static func error(_ rule: CredentialRule, _ message: String) -> CredentialError {
        guard let reason = takeReason() else { return CredentialError(rule, message) }
        return CredentialError(rule, "\(message) (libcrypto: \(reason))")
    }

    /// The reason of the earliest error in this thread's queue, if any, after which the queue is emptied.
    @discardableResult
    static func takeReason() -> String? {
        let code = ERR_get_error()
        defer { ERR_clear_error() }
        guard code != 0 else { return nil }
        var text = [CChar](repeating: 0, count: 256)
        ERR_error_string_n(code, &text, text.count)
        return String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
