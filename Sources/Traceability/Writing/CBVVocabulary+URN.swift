extension CBVVocabulary {
    /// The spelling of the stored `value` that EPCIS XML requires: a standard bare word as its
    /// URN (`urn:epcglobal:cbv:bizstep:shipping`, `gs1:Length` for measurement types), any other
    /// value (a custom URI) as it is.
    public func xmlSpelling(_ value: String) -> String {
        guard case .standard(let word) = normalise(value), let prefix = prefixes.first else { return value }
        return (self == .measurementType || self == .sensorAlertType ? "gs1:" : prefix) + word
    }
}
