import JSONCore
import Testing

@testable import Passport

/// A member table written out: in member order, members without a value left out, and a table
/// whose names are alike keeping the later member's value, as reading it takes that one.
@Suite struct DocumentObjectTests {
    @Test func membersAreWrittenInOrderWithoutTheEmptyOnes() {
        let object: DocumentObject<Passport.Party> = [.text("name", \.name), .text("id", \.id), .constant("type", "Party")]
        var party = Passport.Party()
        party.name = "Khangai Cashmere"
        #expect(JSONWriter().string(object.encode(party)) == #"{"name":"Khangai Cashmere","type":"Party"}"#)
        party.id = "https://id.gs1.org/417/9521234000006"
        #expect(
            JSONWriter().string(object.encode(party)) == #"{"name":"Khangai Cashmere","id":"https://id.gs1.org/417/9521234000006","type":"Party"}"#)
    }

    @Test func aTableWithNamesAlikeKeepsTheLaterValueInTheFirstPlace() {
        let object: DocumentObject<Passport.Party> = [.text("name", \.name), .constant("type", "Party"), .text("name", \.id)]
        var party = Passport.Party()
        party.name = "first"
        #expect(JSONWriter().string(object.encode(party)) == #"{"name":"first","type":"Party"}"#)
        party.id = "later"
        #expect(JSONWriter().string(object.encode(party)) == #"{"name":"later","type":"Party"}"#)
    }
}
