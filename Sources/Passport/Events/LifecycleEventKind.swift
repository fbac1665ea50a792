import Traceability

/// The three UNTP 0.7.0 lifecycle events an EPCIS event is restated as, and the rule that picks one.
///
/// UNTP's Digital Traceability Events specification: a make event "consumes input products to
/// create output products at a facility" (and, TEV-03, aggregates items into a bundle); a move
/// event is "the shipment of products from one facility to another"; a modify event is "an
/// action performed on a product at a facility — such as testing, repair, repurposing, or
/// consumption — where the product identity is retained". So, in this order:
///
/// | EPCIS event | action | CBV business step | lifecycle event |
/// | --- | --- | --- | --- |
/// | `TransformationEvent` | — | any (`commissioning` in the demo: dehairing, scouring, spinning, knitting) | make: inputs consumed, outputs new |
/// | any other | any | a movement (``EventMovement``: `shipping`, `departing`, `transporting`, `receiving`, `arriving`) | move |
/// | `ObjectEvent` | `ADD` | any (`commissioning` of a herder lot, `creating_class_instance`) | make: no inputs, the objects new |
/// | `AggregationEvent` | `ADD` / `DELETE` | any (`packing`, `unpacking`) | make: the children into the container, or back |
/// | any other | any | any other, or none (`inspecting`, `repairing`, `destroying`...) | modify |
///
/// Dehairing and scouring change a lot's identity (a greasy lot goes in, a new dehaired lot with
/// its own GTIN comes out, at half the mass), so they are make events, not modify events.
public enum LifecycleEventKind: String, Sendable, Hashable, CaseIterable {
    case make = "MakeEvent"
    case move = "MoveEvent"
    case modify = "ModifyEvent"

    /// The lifecycle event `event` is restated as.
    public init(_ event: EPCISEvent) {
        switch (event.kind, event.action) {
        case (.transformationEvent, _): self = .make
        case _ where EventMovement(bizStep: event.bizStep) != nil: self = .move
        case (.objectEvent, .add), (.aggregationEvent, .add), (.aggregationEvent, .delete): self = .make
        default: self = .modify
        }
    }
}
