import JSONCore

/// The members every UNTP version shares with the W3C VC 2.0 envelope: the `@context`, the
/// credential's issuer and its Bitstring Status List entry; and the UNTP objects both versions
/// spell alike, an identifier scheme and a measure.
enum CredentialMembers {
    /// An identifier scheme, such as GS1's GTIN.
    static let identifierScheme: DocumentObject<Passport.IdentifierScheme> = [
        .constant("type", ["IdentifierScheme"]),
        .text("id", \.id),
        .text("name", \.name),
    ]

    /// A value with its UN/ECE Rec. 20 unit.
    static let measure: DocumentObject<Passport.Measure> = [
        .number("value", \.value),
        .text("unit", \.unit),
    ]

    /// How a version writes a status entry's `statusListIndex`.
    enum IndexForm {
        /// A base-10 string, as the W3C Bitstring Status List Recommendation asks.
        case decimalString
        /// A JSON integer, as UNTP 0.7.0's schema asks.
        case integer
    }

    /// `@context`: the `fixed` contexts, then the passport's textile context; reading keeps the
    /// first context that is not one of `fixed`.
    static func context(_ fixed: [String]) -> DocumentMember<Passport> {
        DocumentMember(
            "@context", keyPath: \Passport.contextURL,
            write: { passport in .array((fixed + (passport.contextURL.map { [$0] } ?? [])).map(JSONValue.string)) },
            read: { passport, value in passport.contextURL = value.elements?.compactMap(\.stringValue).first { !fixed.contains($0) } })
    }

    /// The issuer: a DID, its name, and the parties (written with `party`) it is also known as.
    static func issuer(alsoKnownAs party: DocumentObject<Passport.Party>) -> DocumentObject<Passport.Issuer> {
        [
            .constant("type", ["CredentialIssuer"]),
            .text("id", \.id),
            .text("name", \.name),
            .objects("issuerAlsoKnownAs", \.alsoKnownAs, party, omittedWhenEmpty: true),
        ]
    }

    /// A Bitstring Status List entry (the VC 2.0 context's terms), its index written in `form`.
    static func statusEntry(index form: IndexForm) -> DocumentObject<Passport.StatusEntry> {
        [
            .text("id", \.id),
            .text("type", \.type),
            .text("statusPurpose", \.purpose),
            statusListIndex(form),
            .text("statusListCredential", \.listCredential),
        ]
    }

    /// `statusListIndex` in `form`; either form is read, as the model holds the decimal digits.
    private static func statusListIndex(_ form: IndexForm) -> DocumentMember<Passport.StatusEntry> {
        DocumentMember(
            "statusListIndex", keyPath: \Passport.StatusEntry.index,
            write: { entry in
                guard let digits = entry.index else { return nil }
                let isDecimal = digits.utf8.allSatisfy { (0x30...0x39).contains($0) }
                guard form == .integer, isDecimal, let number = JSONNumber(literal: digits) else { return .string(digits) }
                return .number(number)
            },
            read: { entry, value in
                if let digits = value.stringValue {
                    entry.index = digits
                } else if let number = value.numberValue, number.isInteger {
                    entry.index = number.description
                }
            })
    }
}
