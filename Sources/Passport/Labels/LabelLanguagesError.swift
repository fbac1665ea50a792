/// A sale country the label languages cannot be found for.
public enum LabelLanguagesError: Error, Sendable, Equatable {
    case unknownCountry(String)

    /// A message a person can act on.
    public var message: String {
        switch self {
        case .unknownCountry(let code):
            "'\(code)' is not the ISO 3166-1 code of an EU member state; Art. 16 of Regulation (EU) 1007/2011 names the languages of member states only (\(LabelLanguages.byCountry.keys.sorted().joined(separator: ", ")))"
        }
    }
}
