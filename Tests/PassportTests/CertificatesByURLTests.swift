import Testing

@testable import Passport

/// The listed certificates by URL, which four certificate rules look cited certificates up in:
/// every listed URL is found, a later certificate of the same URL wins, and a certificate
/// without a URL is not listed.
@Suite struct CertificatesByURLTests {
    @Test func aLaterCertificateOfTheSameURLWins() {
        var passport = Passport()
        passport.certificates = [
            Passport.Certificate(id: "https://certs.example.org/sfa/1", number: "SFA-1"),
            Passport.Certificate(id: "https://certs.example.org/sfa/2", number: "SFA-2"),
            Passport.Certificate(id: nil, number: "SFA-0"),
            Passport.Certificate(id: "https://certs.example.org/sfa/1", number: "SFA-1b"),
        ]
        let listed = passport.certificatesByURL
        #expect(listed.count == 2)
        #expect(listed["https://certs.example.org/sfa/1"]?.number == "SFA-1b")
        #expect(listed["https://certs.example.org/sfa/2"]?.number == "SFA-2")
        #expect(listed["https://certs.example.org/sfa/3"] == nil)
    }
}
