/// Names libcrypto is given for key types, curves and key parameters, as C strings that live as
/// long as the program.
///
/// libcrypto keeps some of the names it is given instead of copying them (`EVP_PKEY_CTX_new_from_name`
/// keeps the key type, `OSSL_PARAM_BLD_push_*` the parameter key), so the temporary C string a
/// Swift `String` is bridged to would dangle; a `StaticString` literal's bytes are in the binary.
struct LibCryptoName: Sendable, Equatable {
    private let name: StaticString

    /// Ed25519 keys.
    static let ed25519: LibCryptoName = "ED25519"
    /// EC keys.
    static let ellipticCurve: LibCryptoName = "EC"
    /// The curve of an EC key (`OSSL_PKEY_PARAM_GROUP_NAME`).
    static let groupParameter: LibCryptoName = "group"
    /// The encoded public point of an EC key (`OSSL_PKEY_PARAM_PUB_KEY`).
    static let publicKeyParameter: LibCryptoName = "pub"
    /// The private scalar of an EC key (`OSSL_PKEY_PARAM_PRIV_KEY`).
    static let privateKeyParameter: LibCryptoName = "priv"
    /// The x coordinate of an EC public key (`OSSL_PKEY_PARAM_EC_PUB_X`).
    static let xParameter: LibCryptoName = "qx"
    /// The y coordinate of an EC public key (`OSSL_PKEY_PARAM_EC_PUB_Y`).
    static let yParameter: LibCryptoName = "qy"

    /// The null-terminated bytes of the name, valid for as long as the program runs.
    var cString: UnsafePointer<CChar> {
        UnsafeRawPointer(name.utf8Start).assumingMemoryBound(to: CChar.self)
    }

    /// The name as Swift text.
    var text: String { name.description }

    static func == (lhs: LibCryptoName, rhs: LibCryptoName) -> Bool { lhs.text == rhs.text }
}

extension LibCryptoName: ExpressibleByStringLiteral {
    init(stringLiteral name: StaticString) {
        self.name = name
    }
}
