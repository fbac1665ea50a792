extension Passport {
    /// The rangeland status of an origin's herder organisation: its latest monitoring report.
    public struct RangelandStatus: Sendable, Hashable {
        /// When the pastures were assessed.
        public var assessedOn: CalendarDate?
        /// The recovery class, `I` (close to the reference state) to `V` (fully altered).
        public var recoveryClass: String?
        public var ecologicalSiteGroup: String?
        /// The livestock grazing the pastures and what they carry, in sheep units.
        public var stockingRate: Double?
        public var carryingCapacity: Double?
        /// The report the values were read from.
        public var source: String?

    }

    /// A certificate an origin's herder organisation holds, valid on the passport's date.
    public struct HerderCertification: Sendable, Hashable {
        /// The certificate's URL.
        public var id: String?
        public var scheme: String?
        /// The fibre keys it covers.
        public var fibres: [String?] = []
        public var validUntil: CalendarDate?

    }
}
