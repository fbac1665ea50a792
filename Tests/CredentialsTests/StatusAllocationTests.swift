import Credentials
import Testing

@Suite struct StatusAllocationTests {
    static let base = "https://id.example.com/01/09521234000359/10/"

    /// The allocation after writing it to its file and reading it back, as the next run sees it.
    static func nextRun(_ allocation: StatusAllocation) throws -> StatusAllocation {
        try StatusAllocation(parsing: allocation.fileBytes)
    }

    @Test func theFileIsSmallDeterministicJSON() throws {
        var allocation = try StatusAllocation()
        try allocation.allocate([Self.base + "LOT-C", Self.base + "LOT-A", Self.base + "LOT-B", Self.base + "LOT-A"])
        let expected = """
            {
              "statusListLength": 131072,
              "indexes": {
                "https://id.example.com/01/09521234000359/10/LOT-A": 0,
                "https://id.example.com/01/09521234000359/10/LOT-B": 1,
                "https://id.example.com/01/09521234000359/10/LOT-C": 2
              }
            }

            """
        #expect(String(decoding: allocation.fileBytes, as: UTF8.self) == expected)
        var shuffled = try StatusAllocation()
        try shuffled.allocate(["LOT-B", "LOT-C", "LOT-A"].map { Self.base + $0 })
        #expect(shuffled.fileBytes == allocation.fileBytes)
        #expect(StatusAllocation.sitePath == ["status", "allocation.json"])
    }

    @Test func lotsKeepTheirIndexesAcrossRunsAndIndexesAreNeverReused() throws {
        var first = try StatusAllocation()
        try first.allocate(["C", "A", "B"])
        #expect(["A", "B", "C"].map(first.index(of:)) == [0, 1, 2])

        var second = try Self.nextRun(first)
        try second.allocate(["B", "D", "A"])
        #expect(["A", "B", "C", "D"].map(second.index(of:)) == [0, 1, 2, 3])

        // C and D are gone from the third run: they keep their indexes, and E gets a new one.
        var third = try Self.nextRun(second)
        try third.allocate(["A", "E"])
        #expect(["A", "B", "C", "D", "E"].map(third.index(of:)) == [0, 1, 2, 3, 4])
        #expect(third.indexes.count == 5)
    }

    @Test func aNewIDGetsAnIndexPastTheHighestEverGiven() throws {
        var allocation = try StatusAllocation(parsing: Array(#"{"statusListLength": 131072, "indexes": {"A": 0, "C": 5}}"#.utf8))
        try allocation.allocate(["B"])
        #expect(allocation.index(of: "B") == 6)
    }

    @Test func aFullListRefusesNewLotsAndGivesNoIndex() throws {
        let nearlyFull = #"{"statusListLength": 131072, "indexes": {"A": 131070}}"#
        var allocation = try StatusAllocation(parsing: Array(nearlyFull.utf8))
        try allocation.allocate(["B"])
        #expect(allocation.index(of: "B") == 131_071)
        let before = allocation
        #expect(throws: StatusAllocationError.full(length: 131_072, free: 0, needed: 2)) { try allocation.allocate(["C", "D", "A"]) }
        #expect(allocation == before)
        #expect(StatusAllocationError.full(length: 1, free: 0, needed: 1).rule == .allocationFull)
    }

    @Test func anEmptyIDIsRefused() throws {
        var allocation = try StatusAllocation()
        #expect(throws: StatusAllocationError.emptyID) { try allocation.allocate(["A", ""]) }
        #expect(allocation.indexes.isEmpty)
    }

    @Test func aLargerListIsKept() throws {
        var allocation = try StatusAllocation(statusListLength: 262_144)
        try allocation.allocate(["A"])
        #expect(try Self.nextRun(allocation).statusListLength == 262_144)
        #expect(throws: StatusAllocationError.invalidLength(1_000)) { try StatusAllocation(statusListLength: 1_000) }
    }

    @Test(arguments: [
        ("", "it is not JSON (line 1, column 1: the document is empty; expected a JSON value)"),
        ("[]", "it is array, not an object"),
        (#"{"indexes": {}}"#, "it must have exactly the members statusListLength and indexes, not indexes"),
        (
            #"{"statusListLength": 131072, "indexes": {}, "next": 3}"#,
            "it must have exactly the members statusListLength and indexes, not statusListLength, indexes, next"
        ),
        (#"{"statusListLength": 1000, "indexes": {}}"#, "statusListLength is not a status list length (a multiple of 8 of at least 131072)"),
        (#"{"statusListLength": "131072", "indexes": {}}"#, "statusListLength is not a status list length (a multiple of 8 of at least 131072)"),
        (#"{"statusListLength": 131072, "indexes": []}"#, "indexes is not an object"),
        (#"{"statusListLength": 131072, "indexes": {"A": -1}}"#, "the index of A is not an integer from 0 to 131071"),
        (#"{"statusListLength": 131072, "indexes": {"A": 131072}}"#, "the index of A is not an integer from 0 to 131071"),
        (#"{"statusListLength": 131072, "indexes": {"A": 1.5}}"#, "the index of A is not an integer from 0 to 131071"),
        (#"{"statusListLength": 131072, "indexes": {"A": "3"}}"#, "the index of A is not an integer from 0 to 131071"),
        (#"{"statusListLength": 131072, "indexes": {"": 3}}"#, "an id is empty"),
        (#"{"statusListLength": 131072, "indexes": {"A": 3, "B": 3}}"#, "index 3 is given to both A and B"),
    ])
    func aMalformedFileIsRefusedAndTheMessageSaysWhyItMatters(_ text: String, _ problem: String) {
        #expect(throws: StatusAllocationError.malformed(problem)) { try StatusAllocation(parsing: Array(text.utf8)) }
        let error = StatusAllocationError.malformed(problem)
        #expect(error.rule == .allocation)
        #expect(error.description.contains("status/allocation.json is malformed"))
        #expect(error.description.contains("cannot be regenerated safely"))
    }

    @Test func aRepeatedIDIsRefused() {
        let text = #"{"statusListLength": 131072, "indexes": {"A": 1, "A": 2}}"#
        #expect(throws: StatusAllocationError.self) { try StatusAllocation(parsing: Array(text.utf8)) }
    }
}
