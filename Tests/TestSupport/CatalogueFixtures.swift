/// Catalogues written for the tests, beside the demo's (`DemoFixtures`).
public enum CatalogueFixtures {
    /// A catalogue with every member the schema allows, each list with two elements where it can
    /// (and text with `;`, a postal code with a leading zero, numbers with decimals).
    public static let everyField = """
        {
          "$schema": "https://dpp.example.com/schemas/catalog.schema.json",
          "language": "mn",
          "issuer": {"name": "Хангай Кашемир ХХК", "did": "did:web:dpp.example.com:khangai", "gln": "9521234000105"},
          "parties": [
            {"id": "https://id.gs1.org/417/9521234000105", "gln": "9521234000105", "name": "Khangai", "country": "MN",
             "address": "Khan-Uul; Ulaanbaatar", "role": "manufacturer", "eori": "MN12345"},
            {"id": "https://id.gs1.org/417/9528765000192", "gln": "9528765000192", "name": "Beispiel", "country": "DE", "role": "importer"}
          ],
          "facilities": [
            {"id": "https://id.gs1.org/414/9521234000273", "gln": "9521234000273", "name": "Plant", "country": "MN", "address": "Darkhan",
             "postalCode": "045000", "locality": "Darkhan", "region": "Darkhan-Uul", "latitude": 49.49, "longitude": -105.925,
             "operator": "https://id.gs1.org/417/9521234000105", "process": "dehairing"}
          ],
          "certificates": [
            {"id": "https://cert.example.com/1", "scheme": "SFA", "schemeURL": "https://sustainablefibre.org/", "number": "0001",
             "issuer": "Body", "holder": "https://id.gs1.org/417/9521234000105", "scope": {"fibres": ["cashmere", "yak"], "activities": ["herding", "combing"]},
             "validFrom": "2026-01-15", "validUntil": "2029-01-14", "conformityTopic": "environment.biodiversity"}
          ],
          "herderOrganisations": [
            {"party": "https://id.gs1.org/417/9521234000105", "facility": "https://id.gs1.org/414/9521234000273",
             "identifiers": [
               {"scheme": "MNFPUG", "value": "MNFPUG-0001", "source": "Register; 2026", "date": "2026-01-10"},
               {"scheme": "Responsible Nomads", "value": "RN-0001", "source": "RN register", "date": "2026-02-01"}
             ],
             "pastureUserGroup": {"name": "Bayan PUG", "agreement": {"number": "PUA-1", "soum": "Bayan-Ovoo", "validFrom": "2024-04-01",
               "validUntil": "2029-03-31"}, "source": "Agreement", "date": "2024-04-01"},
             "households": {"count": 34, "source": "Member list", "date": "2026-01-10"},
             "herd": [
               {"species": "goat", "head": 5820, "sheepUnits": 5238.5, "source": "Census 2025", "date": "2025-12-15"},
               {"species": "camel", "head": 35, "source": "Census 2025", "date": "2025-12-15"}
             ],
             "rangelandMonitoring": [
               {"date": "2025-08-14", "method": "STM", "body": "Unit", "ecologicalSiteGroup": "Desert steppe, loamy", "recoveryClass": "II",
                "stockingRate": 12983.5, "carryingCapacity": 11800, "ndviAnomaly": -0.04, "source": "Report 14"},
               {"date": "2024-08-14", "method": "STM", "body": "Unit", "recoveryClass": "III", "source": "Report 9"}
             ],
             "welfareAudits": [
               {"date": "2025-10-02", "body": "Auditors", "result": "passed", "source": "Audit 118"},
               {"date": "2024-10-02", "body": "Auditors", "result": "passed with corrective actions", "source": "Audit 77"}
             ],
             "certificates": ["https://cert.example.com/1"]}
          ],
          "products": [
            {"sku": "KC-1", "gtin": "09521234000112", "name": "Sweater", "description": "Knitted; 2/26 Nm", "hsCode": "611012",
             "hsDescription": "Jerseys", "weightGrams": 300.5, "countryOfProduction": "MN",
             "manufacturer": "https://id.gs1.org/417/9521234000105", "facility": "https://id.gs1.org/414/9521234000273",
             "components": [
               {"name": "shell", "kind": "main", "weightPercent": 80, "fibres": [{"fibre": "cashmere", "percent": 70}, {"fibre": "yak", "percent": 30}], "carded": true},
               {"name": "lining", "kind": "main lining", "weightPercent": 20, "fibres": [{"fibre": "silk", "percent": 100}], "carded": false}
             ],
             "durability": [{"property": "pilling", "method": "ISO 12945-2", "result": 3.5, "unit": "grade (1-5)"},
                            {"property": "shrinkage", "method": "ISO 5077", "result": -3.0}],
             "care": {"washing": "hand wash", "bleaching": "no", "drying": "flat", "ironing": "low", "professionalCleaning": "P",
                      "symbols": ["hand-wash-30", "dry-flat"]},
             "repair": {"instructions": "darn", "url": "https://example.com/repair"},
             "recyclability": {"recyclable": false, "recyclableContentPercent": 0, "instructions": "collect", "url": "https://example.com/r"},
             "recycledContentPercent": 12.25,
             "substancesOfConcern": [{"name": "X", "casNumber": "50-00-0", "concentrationPercent": 0.001, "location": "buttons"}],
             "claims": [{"text": "Traced", "kind": "traceability", "evidence": "trace"},
                        {"text": "Welfare", "kind": "animal welfare", "evidence": "https://example.com/report"}],
             "labelText": "Outer: 70% cashmere, 30% yak. Lining: 100% silk",
             "labelStatements": ["Contains non-textile parts of animal origin", "Made in Mongolia; hand finished"],
             "containsNonTextileAnimalParts": true,
             "excludedFibres": [{"fibre": "polyester", "role": "decorative", "percentOfWeight": 2.5}],
             "translations": {
               "de": {"name": "Pullover", "description": "Gestrickt", "care": {"washing": "Handwäsche", "bleaching": "nein", "drying": "flach",
                      "ironing": "niedrig", "professionalCleaning": "P"}, "repair": {"instructions": "stopfen"}},
               "en": {"name": "Sweater"}
             }},
            {"sku": "KC-2", "gtin": "09521234000280", "name": "Scarf", "description": "Scarf", "hsCode": "611710", "weightGrams": 150,
             "countryOfProduction": "MN", "manufacturer": "https://id.gs1.org/417/9521234000105",
             "facility": "https://id.gs1.org/414/9521234000273",
             "components": [{"name": "main", "kind": "main", "weightPercent": 100, "fibres": [{"fibre": "cashmere", "percent": 100}]}],
             "durability": [], "care": {"washing": "a", "bleaching": "b", "drying": "c", "ironing": "d", "professionalCleaning": "e"},
             "recyclability": {"recyclable": true, "recyclableContentPercent": 100, "instructions": "x"},
             "recycledContentPercent": 0, "substancesOfConcern": []}
          ],
          "emissions": [
            {"facility": "https://id.gs1.org/414/9521234001027", "stage": "herding", "intensity": 40.5, "intensityBasis": "raw fibre",
             "method": "IPCC Tier 1", "source": "Herders", "date": "2026-01-20", "year": 2025},
            {"facility": "https://id.gs1.org/414/9521234000273", "stage": "dehairing", "energyPerKg": 4.3, "emissionFactor": 0.97,
             "method": "GHG Protocol", "source": "Meters", "date": "2026-08-28", "year": 2026}
          ]
        }
        """
}
