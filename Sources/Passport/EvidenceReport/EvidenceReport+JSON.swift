import JSONCore

extension EvidenceReport {
    /// The report as JSON (`report.json`): every figure with the events and passports it comes from.
    public var json: JSONValue {
        var root = JSONObject()
        root["business"] = .object(JSONObject([("name", .string(businessName)), ("id", .string(business))]))
        root["period"] = .object(JSONObject([("from", .string(period.from.description)), ("to", .string(period.to.description))]))
        root["fibreProcessed"] = .object(
            JSONObject(
                [
                    ("kilograms", Self.number(fibreKilograms)),
                    (
                        "byAimag",
                        .array(
                            fibreByPlace.map { place in
                                var object = Self.share(place.share)
                                object["aimag"] = place.region.map(JSONValue.string) ?? .null
                                object["origins"] = .array(
                                    place.origins.map { origin in
                                        var fields = Self.share(origin.share)
                                        fields["producer"] = origin.producer.map(JSONValue.string) ?? .null
                                        fields["name"] = .string(origin.name)
                                        return .object(fields)
                                    })
                                return .object(object)
                            })
                    ),
                ].map { ($0.0, $0.1) } + Self.evidence(fibreEvidence)))
        root["tracedShare"] = .object(Self.share(traced).merging(Self.evidence(fibreEvidence)))
        var certifiedObject = Self.share(certified)
        certifiedObject["byScheme"] = .array(
            certifiedBySchemes.map { scheme in
                var object = Self.share(scheme.share)
                object["scheme"] = .string(scheme.scheme)
                object["certificates"] = .array(scheme.certificates.map(JSONValue.string))
                return .object(object)
            })
        certifiedObject["byMonth"] = .array(
            certifiedByMonths.map { month in
                .object(
                    JSONObject([
                        ("month", .string(month.month)), ("processedKilograms", Self.number(month.processedKilograms)),
                        ("certifiedKilograms", Self.number(month.certifiedKilograms)), ("value", Self.number(month.value)),
                    ]))
            })
        root["certifiedShare"] = .object(certifiedObject.merging(Self.evidence(fibreEvidence)))
        root["recoveryClassShare"] = .object(
            JSONObject(
                [
                    (
                        "byClass",
                        .array(
                            fibreByRecoveryClass.map { entry in
                                var object = Self.share(entry.share)
                                object["recoveryClass"] = entry.recoveryClass.map { .string($0.rawValue) } ?? .string("not declared")
                                object["organisations"] = .array(entry.organisations.map(JSONValue.string))
                                return .object(object)
                            })
                    )
                ] + Self.evidence(fibreEvidence)))
        root["primaryDataShare"] = .object(Self.share(primaryData).merging(Self.evidence(fibreEvidence)))
        var intensity = JSONObject([
            ("unit", .string("kg CO2e per kg of dehaired fibre")),
            ("boundary", .string("herding and the first processing step (dehairing, scouring), by each year's declarations")),
            ("year", .number(JSONNumber(emissions.year))),
            ("value", Self.optional(emissions.value)),
            ("baselineYear", emissions.baselineYear.map { .number(JSONNumber($0)) } ?? .null),
            ("baseline", Self.optional(emissions.baseline)),
            ("change", Self.optional(emissions.change)),
        ])
        intensity["byYear"] = .array(
            emissions.years.map { year in
                .object(
                    JSONObject(
                        [
                            ("year", .number(JSONNumber(year.year))), ("dehairedKilograms", Self.number(year.dehairedKilograms)),
                            ("emissions", Self.number(year.emissions)), ("intensity", Self.optional(year.intensity)),
                            ("primaryDataShare", Self.number(year.primaryDataShare)),
                        ] + Self.evidence(year.evidence)))
            })
        root["emissionsIntensity"] = .object(intensity)
        root["expiringCertificates"] = .object(
            JSONObject([
                ("withinDays", .number(JSONNumber(Self.expiryWindowDays))), ("until", .string(expiryHorizon.description)),
                (
                    "certificates",
                    .array(
                        expiringCertificates.map { certificate in
                            .object(
                                JSONObject([
                                    ("id", .string(certificate.id)), ("scheme", .string(certificate.scheme)), ("number", .string(certificate.number)),
                                    ("holder", .string(certificate.holder)), ("validUntil", .string(certificate.validUntil.description)),
                                ]))
                        })
                ),
            ]))
        root["criteria"] = .array(
            criteria.map { result in
                var object = JSONObject([
                    ("id", .string(result.criterion.id)), ("statement", .string(result.criterion.statement)),
                    ("metric", .string(result.criterion.metric.rawValue)),
                ])
                switch result.criterion.bound {
                case .atLeast(let limit): object["atLeast"] = Self.number(limit)
                case .atMost(let limit): object["atMost"] = Self.number(limit)
                }
                object["figure"] = Self.optional(result.figure)
                object["met"] = .bool(result.isMet)
                return .object(object)
            })
        return .object(root)
    }

    private static func number(_ value: Double) -> JSONValue { .number(JSONNumber(value)) }

    private static func optional(_ value: Double?) -> JSONValue { value.map(number) ?? .null }

    /// `kilograms` and `value` of a share.
    private static func share(_ share: Share) -> JSONObject {
        JSONObject([("kilograms", number(share.kilograms)), ("value", number(share.value))])
    }

    /// `events` and `passports` of a figure.
    private static func evidence(_ evidence: Evidence) -> [(String, JSONValue)] {
        [("events", .array(evidence.events.map(JSONValue.string))), ("passports", .array(evidence.passports.map(JSONValue.string)))]
    }
}

extension JSONObject {
    /// The object with `members` appended (replacing members of the same name).
    fileprivate func merging(_ members: [(String, JSONValue)]) -> JSONObject {
        var object = self
        for (key, value) in members { object[key] = value }
        return object
    }
}
