/// The ILMD fields of TextilePassport's own namespace (`https://textilepassport.example.org/epcis#`)
/// that the trace reads: the one declaration of their names.
///
/// An origin lot's commissioning event gives `fibre`, `species`, `district`, `producer` and
/// `harvestMethod` (read into ``TraceOrigin``; its `region` is read with the other region
/// fields); any event may name its `process` (read into ``TraceStep``).
enum TextileILMD: String {
    case fibre, species, district, producer, harvestMethod, process

    /// The namespace, as ``ExtensionField`` holds it (without the trailing `#`).
    static let namespace = "https://textilepassport.example.org/epcis"
}

extension ExtensionField {
    /// TextilePassport's own namespace (`tpx:`), of the ILMD fields `fibre`, `region`, `process`...
    public static let textilePassport = TextileILMD.namespace
}

extension Array where Element == ExtensionField {
    /// The text of the first textile ILMD field `field`.
    func text(_ field: TextileILMD) -> String? {
        text(field.rawValue, in: TextileILMD.namespace)
    }
}

extension EPCISEvent {
    /// The process the event records (`dehairing`, `spinning`...): its textile ILMD `process`.
    public var textileProcess: String? { ilmd.text(.process) }

    /// Who produced the lots the event creates (a party Digital Link): its textile ILMD `producer`.
    public var textileProducer: String? { ilmd.text(.producer) }
}
