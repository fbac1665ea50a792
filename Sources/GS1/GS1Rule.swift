import Diagnostics

/// The stable ids of every rule the GS1 module checks.
///
/// The raw value is what reports print (`GS1-CHECK-DIGIT`); it never changes once published.
/// Every GS1 rule is an error: a key or link that breaks one is not a valid GS1 identifier.
public enum GS1Rule: String, DiagnosticRule, Hashable, CaseIterable {
    case checkDigit = "GS1-CHECK-DIGIT"
    case checkCharacters = "GS1-CHECK-CHARACTERS"
    case keyLength = "GS1-KEY-LENGTH"
    case keyDigits = "GS1-KEY-DIGITS"
    case uriTooLong = "GS1-URI-TOO-LONG"
    case uriScheme = "GS1-URI-SCHEME"
    case uriCharacters = "GS1-URI-CHARACTERS"
    case uriHost = "GS1-URI-HOST"
    case uriPercentEncoding = "GS1-URI-PERCENT-ENCODING"
    case baseURL = "GS1-DL-BASE"
    case noPrimaryKey = "GS1-DL-NO-KEY"
    case qualifierSequence = "GS1-DL-QUALIFIER-ORDER"
    case qualifierInQuery = "GS1-DL-QUALIFIER-IN-QUERY"
    case notDataAttribute = "GS1-DL-NOT-ATTRIBUTE"
    case emptyValue = "GS1-DL-EMPTY-VALUE"
    case nulCharacter = "GS1-DL-NUL"
    case unknownAI = "GS1-AI-UNKNOWN"
    case duplicateAI = "GS1-AI-DUPLICATE"
    case valueTooShort = "GS1-AI-TOO-SHORT"
    case valueTooLong = "GS1-AI-TOO-LONG"
    case characterSet = "GS1-AI-CHARSET"
    case date = "GS1-AI-DATE"
    case time = "GS1-AI-TIME"
    case country = "GS1-AI-COUNTRY"
    case currency = "GS1-AI-CURRENCY"
    case companyPrefix = "GS1-AI-COMPANY-PREFIX"
    case valueContent = "GS1-AI-VALUE"
    case exclusivePair = "GS1-AI-EXCLUSIVE"
    case missingRequired = "GS1-AI-REQUIRES"
    case epcURN = "GS1-EPC-URN"

    public static let module = "GS1"

    public var defaultSeverity: Diagnostic.Severity { .error }

    public var summary: String {
        switch self {
        case .checkDigit: "a mod-10 check digit is right"
        case .checkCharacters: "an alphanumeric check character pair (GMN, MUDI) is right"
        case .keyLength: "a key has a length its type allows (a GTIN has 8, 12, 13 or 14 digits)"
        case .keyDigits: "a numeric key holds digits only"
        case .uriTooLong: "a URI is no longer than any GS1 Digital Link URI may be"
        case .uriScheme: "the scheme is http:// or https:// (all lower or all upper case)"
        case .uriCharacters: "a URI holds only characters a URI may (no space, \", <, non-ASCII...)"
        case .uriHost: "a URI has a well-formed host"
        case .uriPercentEncoding: "every % is followed by two hexadecimal digits"
        case .baseURL: "the stem given to the builder is http(s)://host[/path]"
        case .noPrimaryKey: "an /AI/value pair with a primary key AI ends the path"
        case .qualifierSequence: "the key qualifiers in the path are a sequence the key allows"
        case .qualifierInQuery: "key qualifiers are in the path, not query parameters"
        case .notDataAttribute: "every AI in the query may be a Digital Link data attribute"
        case .emptyValue: "no AI value in the path or query is empty"
        case .nulCharacter: "no value decodes to a NUL character (%00)"
        case .unknownAI: "every numeric query key, and every AI given to the builder, is a GS1 application identifier"
        case .duplicateAI: "no AI appears twice"
        case .valueTooShort: "an AI value is no shorter than its format allows"
        case .valueTooLong: "an AI value is no longer than its format allows"
        case .characterSet: "an AI value holds only characters of its character set (digits, CSET 82, CSET 39, CSET 64)"
        case .date: "a date exists (no month 13, no 31 April)"
        case .time: "a time exists (no hour 24, no minute 60)"
        case .country: "a country is an ISO 3166 country code"
        case .currency: "a currency is an ISO 4217 currency code"
        case .companyPrefix: "the value starts with a GS1 Company Prefix (at least four digits)"
        case .valueContent: "an AI value meets the other content rules of its format (a piece number within the total, a valid IBAN...)"
        case .exclusivePair: "no two AIs that exclude each other are used together"
        case .missingRequired: "every AI comes with the AIs it requires"
        case .epcURN: "an EPC URN is well-formed and of a scheme with a Digital Link equivalent"
        }
    }
}
