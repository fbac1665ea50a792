/// A product's state after an event: UNTP 0.7.0's `productStatus` code list.
public enum ProductStatus: String, Sendable, Hashable, CaseIterable {
    case new, inTransit, active, repaired, recalled, expired, consumed, recycled, disposed

    /// The state a CBV disposition (short name) says; `nil` for a disposition the list has no
    /// counterpart of (`damaged`, `non_conformant`, `returned`, `stolen`...), which is then left out.
    public init?(disposition: String?) {
        switch disposition {
        case "in_transit": self = .inTransit
        case "active", "available", "conformant", "container_closed", "container_open", "encoded", "in_progress", "sellable_accessible",
            "sellable_not_accessible":
            self = .active
        case "recalled": self = .recalled
        case "expired": self = .expired
        case "destroyed", "disposed": self = .disposed
        default: return nil
        }
    }
}
