import Testing

@testable import Pipeline

/// `dpp revoke` names the lot of each id it is given, or says why the id names none.
@Suite struct RevocationLotLinkTests {
    @Test(arguments: [
        ("https://id.gs1.org/01/09521234000112/10/KC-SW-2026-001", "https://id.gs1.org/01/09521234000112/10/KC-SW-2026-001"),
        ("https://dpp.example.com/01/09521234000112/10/KC-SW-2026-001/passport.jsonld", "https://id.gs1.org/01/09521234000112/10/KC-SW-2026-001"),
        ("https://dpp.example.com/01/09521234000112/10/KC-SW-2026-001/passport.jwt", "https://id.gs1.org/01/09521234000112/10/KC-SW-2026-001"),
        ("https://example.org/shop/01/09521234000112/10/A%2FB/", "https://id.gs1.org/01/09521234000112/10/A%2FB"),
    ])
    func aLotsLinkOnAnyDomainNamesTheLot(id: String, lot: String) throws {
        #expect(try SiteRevocation.lotLink(of: id) == lot)
    }

    @Test(arguments: [
        // 15 digits: one too many for a GTIN.
        ("https://id.gs1.org/01/009521234000112/10/KC-SW-2026-001", "not a GS1 Digital Link: AI (01) value is too long [GS1-AI-TOO-LONG]"),
        // The GTIN's check digit is 3, not 2.
        ("https://id.gs1.org/01/09521234000113/10/L1", "not a GS1 Digital Link: "),
        ("KC-SW-2026-001", "not a GS1 Digital Link: "),
        ("https://id.gs1.org/01/09521234000112", "not a lot's Digital Link (…/01/<gtin>/10/<lot>)"),
        ("https://id.gs1.org/00/106141412345678908", "not a lot's Digital Link (…/01/<gtin>/10/<lot>)"),
        (
            "https://id.gs1.org/01/09521234000112/10/L1/21/5",
            "the Digital Link of one item (…/21/<serial>): passports, and their revocation, are a lot's"
        ),
    ])
    func anIdThatNamesNoLotSaysWhy(id: String, reason: String) {
        #expect {
            _ = try SiteRevocation.lotLink(of: id)
        } throws: { error in
            guard let problem = error as? SiteRevocation.LotLinkProblem else { return false }
            return reason.hasSuffix(": ") ? problem.reason.hasPrefix(reason) : problem.reason == reason
        }
    }
}
