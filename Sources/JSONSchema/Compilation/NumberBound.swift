import JSONCore

/// The number of `minimum`, `maximum` or their exclusive forms, and how an instance's number
/// compares with it without making a `JSONNumber` (an array of digits) in most cases.
///
/// Decimals of at most 15 significant digits in the normal range of `Double` have distinct
/// doubles in their own order (15 digits survive the round trip through a `Double`): when the
/// bound is one and the instance's literal is on ``JSONNumber/fastPathDouble(ofLiteral:)``, their
/// doubles are compared; otherwise the exact numbers are.
struct NumberBound: Sendable, CustomStringConvertible {
    /// How a number compares with the bound.
    enum Order {
        case below, equal, above
    }

    let number: JSONNumber
    /// The bound's `Double`, when the bound is such a decimal.
    private let double: Double?

    init(_ number: JSONNumber) {
        self.number = number
        let magnitude = number.exponent + number.digits.count
        double = number.digits.count <= 15 && (-300...300).contains(magnitude) ? number.doubleValue : nil
    }

    var description: String { number.description }

    /// How the number at tape entry `index` compares with the bound.
    func order(ofNumberAt index: Int, in tape: JSONTape) -> Order {
        if let double, let value = tape.withBytes(of: index, { JSONNumber.fastPathDouble(ofLiteral: $0) }) {
            return value < double ? .below : value == double ? .equal : .above
        }
        let value = tape.number(at: index)
        return value < number ? .below : number < value ? .above : .equal
    }
}
