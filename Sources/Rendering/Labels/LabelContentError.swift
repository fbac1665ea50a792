import Passport

/// Why a passport gives no label content.
public enum LabelContentError: Error, Sendable, Equatable {
    /// The passport lacks its Digital Link, GTIN or lot number.
    case incompletePassport(String)
    case composition(LabelCompositionError)

    /// A message a person can act on.
    public var message: String {
        switch self {
        case .incompletePassport(let name): "\(name): the passport has no Digital Link, GTIN or lot number to print"
        case .composition(let error): error.message
        }
    }
}
