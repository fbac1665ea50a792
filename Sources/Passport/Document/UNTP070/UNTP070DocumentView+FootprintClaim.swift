import JSONCore

/// The footprint as UNTP 0.7.0 states a product's emissions: a performance claim measured by the
/// UN/CEFACT performance metrics, beside the declarations of conformity.
extension UNTP070DocumentView {
    /// What the footprint is worked out by.
    static let footprintCriterion: JSONValue = [
        "type": ["Criterion"], "id": .string(EmissionsVocabulary.footprintCriterion.id), "name": .string(EmissionsVocabulary.footprintCriterion.name),
    ]

    /// `performanceClaim`: the declarations of conformity, then the footprint's claim; reading
    /// takes back the declarations and leaves the footprint's claim, whose figures are read from
    /// `productFootprint`.
    static let performanceClaim = DocumentMember<Passport>(
        "performanceClaim", keyPath: \Passport.conformityClaims,
        write: { passport in
            .array(passport.conformityClaims.map(conformityClaim.encode) + [footprintClaim(of: passport)].compactMap { $0 })
        },
        read: { passport, value in
            passport.conformityClaims = value.elements?.filter { !isFootprintClaim($0) }.map(conformityClaim.decode) ?? []
        })

    /// Whether `claim` states a footprint: a performance measured by either emissions metric.
    static func isFootprintClaim(_ claim: JSONTapeValue) -> Bool {
        let metrics = [EmissionsVocabulary.productCarbonFootprint, EmissionsVocabulary.emissionsIntensity]
        return claim["claimedPerformance"]?.elements?.contains { metrics.contains($0["metric"]?["id"]?.stringValue ?? "") } ?? false
    }

    /// The claim of `passport`'s footprint per declared unit (and per kg when the unit is an item),
    /// on its production date, under the greenhouse-gas topic, with the facility records of the
    /// stages as evidence. A footprint per kg (`KGM`, as other tools' passports may declare it) is
    /// an emissions intensity, not a product footprint.
    static func footprintClaim(of passport: Passport) -> JSONValue? {
        guard let footprint = passport.footprint, let perItem = footprint.carbonFootprint else { return nil }
        var performance: [JSONValue] = []
        if footprint.isPerKilogram {
            performance.append(measured(EmissionsVocabulary.emissionsIntensity, "GHG emissions intensity (kg CO2e per kg of product)", perItem))
        } else {
            let unit = footprint.declaredUnit ?? Passport.Footprint.perPiece
            let per = unit == Passport.Footprint.perPiece ? "item" : "unit \(unit)"
            performance.append(measured(EmissionsVocabulary.productCarbonFootprint, "Product carbon footprint (kg CO2e per \(per))", perItem))
            if let perKilogram = footprint.perKilogram {
                performance.append(
                    measured(EmissionsVocabulary.emissionsIntensity, "GHG emissions intensity (kg CO2e per kg of product)", perKilogram))
            }
        }
        var description = "Cradle to gate, from the emissions declared"
        if let declared = footprint.declaredEmissions, let computed = footprint.computedEmissions {
            description +=
                ": \(JSONNumber(declared)) kg CO2e per item from declared intensities, \(JSONNumber(computed)) kg CO2e computed from declared energy use"
        }
        if let ratio = footprint.herderDataShare {
            description += "; the herder groups' own data cover \(JSONNumber((ratio * 100).roundedToSixDecimals))% of the raw fibre"
        }
        if !footprint.undeclaredSteps.isEmpty {
            description += "; \(footprint.undeclaredSteps.count) processing step(s) declared nothing and are left out"
        }
        var claim = JSONObject()
        claim["type"] = ["Claim"]
        claim["id"] = .string((passport.credentialURL ?? "") + "#footprint")
        claim["name"] = "Product carbon footprint, cradle to gate"
        claim["description"] = .string(description)
        claim["referenceCriteria"] = [footprintCriterion]
        claim["claimDate"] = passport.product.productionDate.map { .string(String($0.prefix(10))) }
        claim["claimedPerformance"] = .array(performance)
        let evidence = passport.footprintEvidence.map(link.encode)
        if !evidence.isEmpty { claim["evidence"] = .array(evidence) }
        claim["conformityTopic"] = .array(
            [ConformityTopics.topic(code: "environment.emissions")].compactMap { $0 }.map {
                ["type": ["ConformityTopic"], "id": .string($0.id ?? ""), "name": .string($0.name ?? "")]
            })
        return .object(claim)
    }

    /// A performance measured by `metric` (named `name`) in kg CO2e.
    private static func measured(_ metric: String, _ name: String, _ value: Double) -> JSONValue {
        [
            "metric": ["type": ["PerformanceMetric"], "id": .string(metric), "name": .string(name)],
            "measure": ["value": .number(JSONNumber(value)), "unit": "KGM"],
        ]
    }
}
