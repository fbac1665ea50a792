/// A herder organisation (cooperative, pasture user group) of the catalogue and the evidence
/// behind its fibre: registrations, pastures, herd, rangeland monitoring, welfare audits and
/// certificates. Every value names where it was read and when; what is absent is not known.
public struct HerderOrganisation: Sendable, Hashable {
    /// The organisation's party Digital Link (AI 417), which origin lots name as their producer.
    public var party: String
    /// The Digital Link (AI 414) of the organisation's pastures.
    public var facility: String
    /// Registrations beside the party's GLN (MNFPUG, Responsible Nomads...).
    public var identifiers: [HerderRegistration]
    public var pastureUserGroup: PastureUserGroup?
    /// The number of herder households.
    public var households: Sourced<Int>?
    public var herd: [HerdCount]
    public var rangelandMonitoring: [RangelandAssessment]
    public var welfareAudits: [WelfareAudit]
    /// The URLs of the catalogue's certificates the organisation holds.
    public var certificates: [String]

    public init(
        party: String, facility: String, identifiers: [HerderRegistration] = [], pastureUserGroup: PastureUserGroup? = nil,
        households: Sourced<Int>? = nil, herd: [HerdCount] = [], rangelandMonitoring: [RangelandAssessment] = [],
        welfareAudits: [WelfareAudit] = [], certificates: [String] = []
    ) {
        self.party = party
        self.facility = facility
        self.identifiers = identifiers
        self.pastureUserGroup = pastureUserGroup
        self.households = households
        self.herd = herd
        self.rangelandMonitoring = rangelandMonitoring
        self.welfareAudits = welfareAudits
        self.certificates = certificates
    }

    /// The latest rangeland assessment by date (the first of those on that date), or `nil` when none was reported.
    public var latestAssessment: RangelandAssessment? {
        rangelandMonitoring.reduce(nil) { latest, assessment in
            guard let latest, latest.date >= assessment.date else { return assessment }
            return latest
        }
    }
}

/// Where a value was read (a document, register or declaration) and the date it states.
public struct ValueSource: Sendable, Hashable {
    public var source: String
    public var date: CalendarDate

    public init(source: String, date: CalendarDate) {
        self.source = source
        self.date = date
    }
}

/// A value with its source and date.
public struct Sourced<Value: Sendable & Hashable>: Sendable, Hashable {
    public var value: Value
    public var source: ValueSource

    public init(_ value: Value, source: ValueSource) {
        self.value = value
        self.source = source
    }
}

/// A registration of a herder organisation with a register (`MNFPUG`, `Responsible Nomads`).
public struct HerderRegistration: Sendable, Hashable {
    public var scheme: String
    public var value: String
    public var source: ValueSource

    public init(scheme: String, value: String, source: ValueSource) {
        self.scheme = scheme
        self.value = value
        self.source = source
    }
}

/// The pasture user group a herder organisation is, and its pasture-use agreement with the soum.
public struct PastureUserGroup: Sendable, Hashable {
    public var name: String
    public var agreement: PastureAgreement?
    public var source: ValueSource

    public init(name: String, agreement: PastureAgreement?, source: ValueSource) {
        self.name = name
        self.agreement = agreement
        self.source = source
    }
}

/// A soum's pasture-use agreement with a pasture user group.
public struct PastureAgreement: Sendable, Hashable {
    public var number: String
    public var soum: String
    public var validFrom: CalendarDate
    public var validUntil: CalendarDate?

    public init(number: String, soum: String, validFrom: CalendarDate, validUntil: CalendarDate?) {
        self.number = number
        self.soum = soum
        self.validFrom = validFrom
        self.validUntil = validUntil
    }
}

/// The head count of one species of a herd and its size in sheep units.
public struct HerdCount: Sendable, Hashable {
    public var species: LivestockSpecies
    public var head: Int
    /// The sheep units the source declares, or `nil` when it declares none.
    public var declaredSheepUnits: Double?
    public var source: ValueSource

    public init(species: LivestockSpecies, head: Int, declaredSheepUnits: Double? = nil, source: ValueSource) {
        self.species = species
        self.head = head
        self.declaredSheepUnits = declaredSheepUnits
        self.source = source
    }

    /// The herd in sheep units: as declared, else computed from the head count (``isSheepUnitsComputed``).
    public var sheepUnits: Double { declaredSheepUnits ?? Double(head) * species.sheepUnitCoefficient }

    /// Whether ``sheepUnits`` was computed, not declared.
    public var isSheepUnitsComputed: Bool { declaredSheepUnits == nil }
}

/// One of Mongolia's five livestock species (yaks are counted as cattle, as the national census does).
public enum LivestockSpecies: String, Sendable, Hashable, CaseIterable {
    case camel, horse, cattle, sheep, goat

    /// The animal's forage demand in sheep units: camel 5, horse 7, cattle 6, sheep 1, goat 0.9
    /// (Gao et al. 2015, "Is overgrazing a pervasive problem across Mongolia?").
    public var sheepUnitCoefficient: Double {
        switch self {
        case .camel: 5
        case .horse: 7
        case .cattle: 6
        case .sheep: 1
        case .goat: 0.9
        }
    }
}

/// A rangeland health assessment of an organisation's pastures.
public struct RangelandAssessment: Sendable, Hashable {
    /// When the site was assessed (also the date of every value).
    public var date: CalendarDate
    public var method: String
    /// The monitoring body.
    public var body: String
    public var ecologicalSiteGroup: String?
    public var recoveryClass: RecoveryClass
    /// The livestock grazing the pastures, in sheep units.
    public var stockingRate: Double?
    /// What the pastures carry without degrading, in sheep units.
    public var carryingCapacity: Double?
    /// The growing season's NDVI against its long-term mean.
    public var ndviAnomaly: Double?
    /// The report the values were read from.
    public var source: String

    public init(
        date: CalendarDate, method: String, body: String, ecologicalSiteGroup: String? = nil, recoveryClass: RecoveryClass,
        stockingRate: Double? = nil, carryingCapacity: Double? = nil, ndviAnomaly: Double? = nil, source: String
    ) {
        self.date = date
        self.method = method
        self.body = body
        self.ecologicalSiteGroup = ecologicalSiteGroup
        self.recoveryClass = recoveryClass
        self.stockingRate = stockingRate
        self.carryingCapacity = carryingCapacity
        self.ndviAnomaly = ndviAnomaly
        self.source = source
    }
}

/// The recovery class of Mongolia's national rangeland health assessment (state-and-transition
/// models by ecological site group; Densambuu et al. 2018): I close to the reference state, V
/// fully altered.
public enum RecoveryClass: String, Sendable, Hashable, CaseIterable, Comparable {
    case i = "I"
    case ii = "II"
    case iii = "III"
    case iv = "IV"
    case v = "V"

    /// The class's rank, 1 (I) to 5 (V).
    public var rank: Int { Self.allCases.firstIndex(of: self)! + 1 }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// An animal welfare audit of an organisation's herds.
public struct WelfareAudit: Sendable, Hashable {
    public var date: CalendarDate
    /// Who audited.
    public var body: String
    /// The outcome as the report states it.
    public var result: String
    public var source: String

    public init(date: CalendarDate, body: String, result: String, source: String) {
        self.date = date
        self.body = body
        self.result = result
        self.source = source
    }
}
