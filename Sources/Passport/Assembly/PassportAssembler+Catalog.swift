import GS1

/// What the passport says of the catalogue's product, parties and certificates.
extension PassportAssembler {
    func passportProduct(_ product: CatalogProduct, link: String, producedAt: String) -> Passport.Product {
        Passport.Product(
            id: link, name: product.name, registeredID: product.gtin,
            idScheme: Passport.IdentifierScheme(id: "https://id.gs1.org/01/", name: "Global Trade Item Number (GTIN)"),
            description: product.description,
            categories: [
                Passport.Classification(
                    id: "urn:wco:hs:" + product.hsCode, code: product.hsCode,
                    name: product.hsDescription ?? "HS \(product.hsCode)",
                    schemeID: "urn:wco:hs", schemeName: "Harmonized System")
            ],
            manufacturer: catalog.party(product.manufacturer).map { party($0) },
            facility: catalog.facility(product.facility).map { Passport.Party(id: $0.id, name: $0.name, registeredID: $0.gln, address: $0.address) },
            productionDate: String(producedAt.prefix(10)), countryOfProduction: product.countryOfProduction,
            weight: Passport.Measure(value: (product.weightGrams / 1000).roundedToSixDecimals, unit: "KGM"),
            furtherInformation: [Passport.Link(url: link, name: "Consumer page", type: "gs1:pip")],
            components: product.components.map { component in
                Passport.Component(
                    name: component.name, kind: component.kind, weightPercent: component.weightPercent.roundedToSixDecimals, carded: component.carded,
                    fibres: component.fibres.map {
                        Passport.FibreShare(fibre: $0.fibre, name: fibreNames.label($0.fibre), percent: $0.percent.roundedToSixDecimals)
                    }
                )
            },
            durability: product.durability.map {
                Passport.TestResult(property: $0.property, method: $0.method, result: $0.result.roundedToSixDecimals, unit: $0.unit)
            },
            care: Passport.Care(
                washing: product.care.washing, bleaching: product.care.bleaching, drying: product.care.drying,
                ironing: product.care.ironing, professionalCleaning: product.care.professionalCleaning, symbols: product.care.symbols),
            recycledContentPercent: product.recycledContentPercent.roundedToSixDecimals,
            substancesOfConcern: product.substancesOfConcern.map {
                Passport.Substance(
                    name: $0.name, casNumber: $0.casNumber, concentrationPercent: $0.concentrationPercent.roundedToSixDecimals,
                    location: $0.location)
            },
            repair: product.repair.map { Passport.Repair(instructions: $0.instructions, url: $0.url) },
            labelText: product.labelText, labelStatements: product.labelStatements,
            containsNonTextileAnimalParts: product.containsNonTextileAnimalParts,
            excludedFibres: product.excludedFibres.map {
                Passport.ExcludedFibre(fibre: $0.fibre, role: $0.role, percentOfWeight: $0.percentOfWeight.roundedToSixDecimals)
            }
        )
    }

    /// The issuer with its GS1 party, when its GLN is valid.
    func issuer(_ issuer: Issuer) -> Passport.Issuer {
        let alias = (try? DigitalLink.party(gln: GLN(issuer.gln))).map { Passport.Party(id: $0.uri, name: issuer.name, registeredID: issuer.gln) }
        return Passport.Issuer(id: issuer.did, name: issuer.name, alsoKnownAs: alias.map { [$0] } ?? [])
    }

    /// The catalogue's `party` with its postal and electronic addresses and, for an importer, its `eori`.
    func party(_ party: Party, eori: String? = nil) -> Passport.Party {
        Passport.Party(
            id: party.id, name: party.name, registeredID: party.gln, address: party.address, email: party.email, website: party.website,
            eori: eori)
    }

    func passportCertificate(_ certificate: Certificate) -> Passport.Certificate {
        Passport.Certificate(
            id: certificate.id, scheme: certificate.scheme, schemeURL: certificate.schemeURL, number: certificate.number,
            issuer: certificate.issuer, holder: certificate.holder, fibres: certificate.fibres, activities: certificate.activities,
            validFrom: certificate.validFrom, validUntil: certificate.validUntil
        )
    }

    /// A declaration of conformity for each certificate with a conformity topic, numbered by the
    /// certificate's place, assessed against the certificate's scheme, on `date`.
    func conformityClaims(_ certificates: [Certificate], link: String, date: String) -> [Passport.ConformityClaim] {
        certificates.enumerated().compactMap { index, certificate in
            certificate.conformityTopic.map { topic in
                Passport.ConformityClaim(
                    id: link + "#claim-\(index + 1)", description: "\(certificate.scheme) certificate \(certificate.number)",
                    conformance: true, topic: topic,
                    evidence: Passport.Link(url: certificate.id, name: "\(certificate.scheme) \(certificate.number)"),
                    criteria: [passportCertificate(certificate).criterion], date: date
                )
            }
        }
    }

    func circularity(_ product: CatalogProduct) -> Passport.Circularity {
        let recyclability = product.recyclability
        return Passport.Circularity(
            recyclingInformation: recyclability.url.map { Passport.Link(url: $0, name: recyclability.instructions) },
            repairInformation: product.repair.flatMap { repair in repair.url.map { Passport.Link(url: $0, name: repair.instructions) } },
            recyclableContent: (recyclability.recyclableContentPercent / 100).roundedToSixDecimals,
            recycledContent: (product.recycledContentPercent / 100).roundedToSixDecimals,
            recyclable: recyclability.recyclable, recyclingInstructions: recyclability.instructions
        )
    }
}
