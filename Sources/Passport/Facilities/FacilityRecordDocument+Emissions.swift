import JSONCore

/// A facility's emissions declarations in its record: each year's intensity as a performance
/// claim measured by the UN/CEFACT emissions-intensity metric, with its method and source.
extension FacilityRecordDocument {
    /// The claim of `declaration`, identified within the record at `recordURL` by its year and stage.
    static func emissionsClaim(_ declaration: EmissionsDeclaration, recordURL: String) -> JSONValue {
        let basis: String
        let figure: String
        switch declaration.figure {
        case .intensity(let value, let declaredBasis):
            basis = declaredBasis.rawValue
            figure = "\(JSONNumber(value)) kg CO2e per kg of \(basis), declared"
        case .energy(let energy, let factor):
            basis = "output"
            figure =
                "\(JSONNumber(energy)) kWh per kg of output at \(JSONNumber(factor)) kg CO2e per kWh: \(JSONNumber(declaration.intensity.roundedToSixDecimals)) kg CO2e per kg of output, computed"
        }
        let topic = ConformityTopicConcept(catalogCode: "environment.emissions")
        let stage = declaration.stage.split(separator: " ").joined(separator: "-")
        return object([
            ("type", ["Claim"]),
            ("id", .string("\(recordURL)#emissions-\(declaration.year)-\(stage)")),
            ("name", .string("Greenhouse-gas intensity of \(declaration.stage), \(declaration.year)")),
            ("description", .string("\(figure); method: \(declaration.method); source: \(declaration.source)")),
            (
                "referenceCriteria",
                [
                    object([
                        ("type", ["Criterion"]), ("id", .string(EmissionsVocabulary.declarationCriterion.id)),
                        ("name", .string(EmissionsVocabulary.declarationCriterion.name)),
                    ])
                ]
            ),
            ("claimDate", .string(declaration.date.description)),
            ("applicablePeriod", object([("startDate", .string("\(declaration.year)-01-01")), ("endDate", .string("\(declaration.year)-12-31"))])),
            (
                "claimedPerformance",
                [
                    object([
                        (
                            "metric",
                            object([
                                ("type", ["PerformanceMetric"]), ("id", .string(EmissionsVocabulary.emissionsIntensity)),
                                ("name", .string("GHG emissions intensity (kg CO2e per kg of \(basis))")),
                            ])
                        ),
                        // Untyped, as the rangeland claim's score: the UNTP 0.7.0 context defines the members, not the type.
                        ("measure", object([("value", .number(JSONNumber(declaration.intensity.roundedToSixDecimals))), ("unit", "KGM")])),
                    ])
                ]
            ),
            ("conformityTopic", topic.map { [object([("type", ["ConformityTopic"]), ("id", .string($0.id)), ("name", .string($0.name))])] }),
        ])
    }
}
