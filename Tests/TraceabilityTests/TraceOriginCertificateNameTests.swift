import Testing

@testable import Traceability

/// Which ILMD field names hold an origin's certificates: `certif` in any case, by bytes for ASCII names.
@Suite struct TraceOriginCertificateNameTests {
    @Test func namesAreReadAsTheirLowerCasedCharactersReadThem() {
        let names = [
            "certificationInfo", "CERTIFICATE", "herderCertif", "xCeRtIfY", "certi", "cert if", "", "c", "certif", "ceRTIF",
            "organicCertificate", "Сертификат", "certİf", "certıfication", "Zertifikat", "CERTIF\u{301}", "é-certificate",
            "@ERTIF", "cer\u{0}tif", "CERTIFCERTIF",
        ]
        for name in names {
            #expect(TraceOrigin.namesCertificate(name) == name.lowercased().contains("certif"), "\(name)")
        }
        #expect(TraceOrigin.namesCertificate("herderCertificate") && !TraceOrigin.namesCertificate("@ERTIF"))
    }
}
