/// An evidence pack for one business over a period, for a green-loan application or a buyer's
/// audit: the fibre it processed, how much of it is traced and certified, its greenhouse-gas
/// intensity against a baseline year, its certificates that run out soon, and a lender's criteria.
///
/// Every figure names the events it comes from (their `eventID`s) and the passports (production
/// lots' Digital Links) whose traces hold those events. See ``EvidenceReportBuilder`` for how
/// each is worked out.
public struct EvidenceReport: Sendable, Hashable {
    /// What a figure rests on.
    public struct Evidence: Sendable, Hashable {
        /// The `eventID`s of the events, in time order.
        public var events: [String]
        /// The Digital Links of the production lots whose passports trace to those events.
        public var passports: [String]
    }

    /// A part of the fibre processed: kg of it and its share of the whole.
    public struct Share: Sendable, Hashable {
        public var kilograms: Double
        /// The share of the fibre processed, 0...1 (0 when nothing was processed).
        public var value: Double
    }

    /// The fibre of one herder organisation (or supplier) in an aimag.
    public struct OriginFibre: Sendable, Hashable {
        /// The producer's party Digital Link, when the lot names one.
        public var producer: String?
        /// Its name in the catalogue, else the Digital Link.
        public var name: String
        public var share: Share
    }

    /// The fibre from one aimag (or region; `nil` when the lots give none).
    public struct PlaceFibre: Sendable, Hashable {
        public var region: String?
        public var share: Share
        public var origins: [OriginFibre]
    }

    /// The fibre certified under one scheme.
    public struct SchemeShare: Sendable, Hashable {
        public var scheme: String
        public var share: Share
        /// The certificates' URLs.
        public var certificates: [String]
    }

    /// The fibre from herder groups whose latest rangeland assessment by the period's end gave one recovery class.
    public struct RecoveryClassShare: Sendable, Hashable {
        /// `I` to `V`, or `nil` for groups without an assessment (not declared).
        public var recoveryClass: RecoveryClass?
        public var share: Share
        /// The herder organisations' party Digital Links.
        public var organisations: [String]
    }

    /// The certified share of the fibre processed in one month.
    public struct MonthShare: Sendable, Hashable {
        /// `YYYY-MM`.
        public var month: String
        public var processedKilograms: Double
        public var certifiedKilograms: Double
        public var value: Double { processedKilograms > 0 ? certifiedKilograms / processedKilograms : 0 }
    }

    /// The greenhouse-gas intensity of one year's dehaired fibre, cradle to dehaired fibre.
    public struct YearIntensity: Sendable, Hashable {
        public var year: Int
        /// kg of fibre put out by the first processing step (dehairing, scouring).
        public var dehairedKilograms: Double
        /// kg CO2e of herding and of that step.
        public var emissions: Double
        /// The share of the raw fibre whose herding emissions are declared, 0...1.
        public var primaryDataShare: Double
        public var evidence: Evidence
        /// kg CO2e per kg of dehaired fibre.
        public var intensity: Double? { dehairedKilograms > 0 ? emissions / dehairedKilograms : nil }
    }

    /// The intensity of the report's year against the baseline year.
    public struct EmissionsIntensity: Sendable, Hashable {
        public var years: [YearIntensity]
        /// The earliest year with processing: what the change is measured against.
        public var baselineYear: Int?
        /// The year the period ends in.
        public var year: Int
        public var value: Double? { years.first { $0.year == year }?.intensity }
        public var baseline: Double? { years.first { $0.year == baselineYear }?.intensity }
        /// `value / baseline - 1` (negative is lower); `nil` without both, or when the baseline year is the report's year.
        public var change: Double? {
            guard let value, let baseline, baseline > 0, baselineYear != year else { return nil }
            return value / baseline - 1
        }
    }

    /// A certificate of the catalogue that runs out within the window after the period.
    public struct ExpiringCertificate: Sendable, Hashable {
        public var id: String
        public var scheme: String
        public var number: String
        public var holder: String
        public var validUntil: CalendarDate
    }

    /// A criterion with the figure it was judged on.
    public struct CriterionResult: Sendable, Hashable {
        public var criterion: LenderCriteria.Criterion
        public var figure: Double?
        public var isMet: Bool
    }

    public var businessName: String
    /// The business's party Digital Link.
    public var business: String
    public var period: ReportPeriod
    /// kg of raw fibre processed in the period.
    public var fibreKilograms: Double
    public var fibreByPlace: [PlaceFibre]
    public var fibreEvidence: Evidence
    public var traced: Share
    public var certified: Share
    /// The fibre by its groups' recovery class, I to V, then not declared.
    public var fibreByRecoveryClass: [RecoveryClassShare]
    public var certifiedBySchemes: [SchemeShare]
    public var certifiedByMonths: [MonthShare]
    /// The share of the fibre processed whose herding emissions are declared.
    public var primaryData: Share
    public var emissions: EmissionsIntensity
    /// The last day a certificate must run out on to be listed (the period's end plus ``expiryWindowDays``).
    public var expiryHorizon: CalendarDate
    public var expiringCertificates: [ExpiringCertificate]
    public var criteria: [CriterionResult]

    /// How many days after the period's end a certificate that runs out is listed.
    public static let expiryWindowDays = 90

    /// The figure a criterion's `metric` names.
    public func figure(_ metric: LenderCriteria.Metric) -> Double? {
        switch metric {
        case .tracedShare: traced.value
        case .certifiedShare: certified.value
        case .primaryDataShare: primaryData.value
        case .recoverableRangelandShare: fibreByRecoveryClass.filter { ($0.recoveryClass ?? .v) <= .iii }.map(\.share.value).reduce(0, +)
        case .fibreProcessedKilograms: fibreKilograms
        case .emissionsIntensity: emissions.value
        case .emissionsIntensityChange: emissions.change
        }
    }
}
