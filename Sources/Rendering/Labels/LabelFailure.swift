/// Why a lot gets no labels: the lot's Digital Link and a message a person can act on.
public struct LabelFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var lot: String
    public var message: String

    public init(lot: String, message: String) {
        self.lot = lot
        self.message = message
    }

    public var description: String { "\(lot): \(message)" }
}
