/// The stable ids of every rule the GS1 module checks.
///
/// The raw value is what reports print (`GS1-CHECK-DIGIT`); it never changes once published.
public enum GS1Rule: String, Hashable, Sendable, CaseIterable {
    /// A mod-10 check digit is wrong.
    case checkDigit = "GS1-CHECK-DIGIT"
    /// An alphanumeric check character pair (GMN, MUDI) is wrong.
    case checkCharacters = "GS1-CHECK-CHARACTERS"
    /// A key has a length its type does not allow (a GTIN of 10 digits).
    case keyLength = "GS1-KEY-LENGTH"
    /// A numeric key holds something other than digits.
    case keyDigits = "GS1-KEY-DIGITS"
    /// A URI is longer than any GS1 Digital Link URI may be.
    case uriTooLong = "GS1-URI-TOO-LONG"
    /// The scheme is not `http://` or `https://` (all lower or all upper case).
    case uriScheme = "GS1-URI-SCHEME"
    /// A character that may not appear in a URI (space, `"`, `<`, non-ASCII...).
    case uriCharacters = "GS1-URI-CHARACTERS"
    /// The host is missing or malformed.
    case uriHost = "GS1-URI-HOST"
    /// A `%` not followed by two hexadecimal digits.
    case uriPercentEncoding = "GS1-URI-PERCENT-ENCODING"
    /// The stem given to the builder is not `http(s)://host[/path]`.
    case baseURL = "GS1-DL-BASE"
    /// No `/AI/value` pair with a primary key AI ends the path.
    case noPrimaryKey = "GS1-DL-NO-KEY"
    /// Key qualifiers in the path are not an allowed sequence for the key.
    case qualifierSequence = "GS1-DL-QUALIFIER-ORDER"
    /// A key qualifier is given as a query parameter instead of in the path.
    case qualifierInQuery = "GS1-DL-QUALIFIER-IN-QUERY"
    /// An AI that may not be a Digital Link data attribute is in the query.
    case notDataAttribute = "GS1-DL-NOT-ATTRIBUTE"
    /// An AI value in the path or query is empty.
    case emptyValue = "GS1-DL-EMPTY-VALUE"
    /// A value decodes to a NUL character (`%00`).
    case nulCharacter = "GS1-DL-NUL"
    /// A numeric query key, or a builder AI, that is not a GS1 application identifier.
    case unknownAI = "GS1-AI-UNKNOWN"
    /// The same AI appears twice.
    case duplicateAI = "GS1-AI-DUPLICATE"
    /// An AI value is shorter than its format allows.
    case valueTooShort = "GS1-AI-TOO-SHORT"
    /// An AI value is longer than its format allows.
    case valueTooLong = "GS1-AI-TOO-LONG"
    /// A character outside the AI's character set (digits, CSET 82, CSET 39, CSET 64).
    case characterSet = "GS1-AI-CHARSET"
    /// A date that does not exist (month 13, 31 April...).
    case date = "GS1-AI-DATE"
    /// A time that does not exist (hour 24, minute 60...).
    case time = "GS1-AI-TIME"
    /// Not an ISO 3166 country code.
    case country = "GS1-AI-COUNTRY"
    /// Not an ISO 4217 currency code.
    case currency = "GS1-AI-CURRENCY"
    /// The value does not start with a GS1 Company Prefix (at least four digits).
    case companyPrefix = "GS1-AI-COMPANY-PREFIX"
    /// Another content rule of the AI's format (a piece number above the total, a bad IBAN...).
    case valueContent = "GS1-AI-VALUE"
    /// Two AIs that may not be used together.
    case exclusivePair = "GS1-AI-EXCLUSIVE"
    /// An AI used without an AI it requires.
    case missingRequired = "GS1-AI-REQUIRES"
    /// An EPC URN that is malformed or of a scheme with no Digital Link equivalent.
    case epcURN = "GS1-EPC-URN"
}
