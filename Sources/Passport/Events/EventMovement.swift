/// Which way a move event's products go past the place the EPCIS event was recorded at, by its
/// CBV business step: the side of the move that place stands for when the event does not name it.
public enum EventMovement: Sendable, Hashable {
    /// Leaving the recorded place (`shipping`, `departing`): it is where the products come from.
    case outbound
    /// Reaching the recorded place (`receiving`, `arriving`): it is where the products go.
    case inbound
    /// On the way (`transporting`): the recorded place is neither end.
    case enRoute

    /// The movement `bizStep` (a CBV short name) records; `nil` for every other step.
    public init?(bizStep: String?) {
        switch bizStep {
        case "shipping", "departing": self = .outbound
        case "receiving", "arriving": self = .inbound
        case "transporting": self = .enRoute
        default: return nil
        }
    }
}
