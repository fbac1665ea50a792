import JSONCore
import TextileResources

/// The classes of a facility's activity in ISIC Rev.4, from `Schemas/facility-processes.json`:
/// by the facility's process, or, where fibre is harvested, by the fibres of the origin lots
/// recorded there. A process or fibre the file does not list gets no class.
public struct FacilityProcessClasses: Sendable {
    /// One class of the classification.
    public struct ProcessClass: Sendable, Hashable {
        public var code: String
        public var name: String
        /// The classification's URI and name.
        public var schemeID: String
        public var schemeName: String
    }

    /// The classification's URI and name.
    public let schemeID: String
    public let schemeName: String
    private let names: [String: String]
    private let classByProcess: [String: String]
    private let harvestingProcesses: Set<String>
    private let classByHarvestedFibre: [String: String]

    /// The classes embedded from `Schemas/facility-processes.json`.
    public static let standard: FacilityProcessClasses = {
        // The embedded file is checked by a test; failing to parse it is a build defect.
        let document = try! JSONParser().parse(EmbeddedResources.schemas["facility-processes.json"]!)
        func table(_ value: JSONValue?) -> [String: String] {
            var table: [String: String] = [:]
            for (key, value) in value?.objectValue ?? JSONObject() { table[key] = value.stringValue }
            return table
        }
        return FacilityProcessClasses(
            schemeID: document["scheme"]?["id"]?.stringValue ?? "", schemeName: document["scheme"]?["name"]?.stringValue ?? "",
            names: table(document["classes"]), classByProcess: table(document["processes"]),
            harvestingProcesses: Set(document["fibreHarvesting"]?["processes"]?.arrayValue?.compactMap(\.stringValue) ?? []),
            classByHarvestedFibre: table(document["fibreHarvesting"]?["classesByFibre"]))
    }()

    /// The classes of a facility whose process is `process` (`nil` when the catalogue names none
    /// or does not list the place) and whose origin lots are of `fibres`, by code.
    public func classes(process: String?, fibres: some Sequence<String>) -> [ProcessClass] {
        let codes: Set<String>
        if let process, !harvestingProcesses.contains(process) {
            codes = Set(classByProcess[process].map { [$0] } ?? [])
        } else {
            codes = Set(fibres.compactMap { classByHarvestedFibre[$0] })
        }
        return codes.sorted().compactMap { code in names[code].map { ProcessClass(code: code, name: $0, schemeID: schemeID, schemeName: schemeName) }
        }
    }
}
