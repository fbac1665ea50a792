import Spreadsheets
import Testing

/// Cell references and date serials, with values checked by hand.
@Suite struct CellReferenceTests {
    @Test func referencesParseAndPrint() throws {
        let reference = try #require(CellReference("$AB$12"))
        #expect(reference.column == 28 && reference.row == 12)
        #expect(reference.description == "AB12")
        #expect(CellReference("XFD1048576")?.column == 16_384)
        #expect(CellReference("XFE1") == nil)
        #expect(CellReference("A1048577") == nil)
        #expect(CellReference("1A") == nil)
        #expect(CellReference("A0") == nil)
        #expect(CellRange("D3:B2")?.description == "B2:D3")
    }

    /// Excel shows serial 59 as 1900-02-28, 60 as 1900-02-29 (which never was), 61 as 1900-03-01; 1904's serial 0 is 1904-01-01.
    @Test func dateSerialsFollowBothSystems() {
        #expect(DateSystem.from1900.date(fromSerial: 1)?.description == "1900-01-01")
        #expect(DateSystem.from1900.date(fromSerial: 59)?.description == "1900-02-28")
        #expect(DateSystem.from1900.date(fromSerial: 60)?.description == "1900-02-29")
        #expect(DateSystem.from1900.date(fromSerial: 61)?.description == "1900-03-01")
        #expect(DateSystem.from1900.date(fromSerial: 45_351.5)?.description == "2024-02-29T12:00:00")
        #expect(DateSystem.from1904.date(fromSerial: 0)?.description == "1904-01-01")
        #expect(DateSystem.from1904.date(fromSerial: 43_889)?.description == "2024-02-29")
        #expect(DateSystem.from1900.date(fromSerial: -1) == nil)
    }

    /// The writer's way back, with the same serials checked by hand (Python: days from 1899-12-30,
    /// and from 1904-01-01); days that are not in the calendar or the system have no serial.
    @Test func datesBecomeTheSerialsOfBothSystems() {
        func serial(_ system: DateSystem, _ year: Int, _ month: Int, _ day: Int, _ milliseconds: Int = 0) -> Double? {
            system.serial(of: CellDate(year: year, month: month, day: day, millisecondsOfDay: milliseconds))
        }
        #expect(serial(.from1900, 1900, 1, 1) == 1)
        #expect(serial(.from1900, 1900, 2, 28) == 59)
        #expect(serial(.from1900, 1900, 2, 29) == 60)
        #expect(serial(.from1900, 1900, 3, 1) == 61)
        #expect(serial(.from1900, 2024, 2, 29, 43_200_000) == 45_351.5)
        #expect(serial(.from1900, 9999, 12, 31) == 2_958_465)
        #expect(serial(.from1904, 1904, 1, 1) == 0)
        #expect(serial(.from1904, 2024, 2, 29) == 43_889)
        #expect(serial(.from1900, 1899, 12, 31) == nil)
        #expect(serial(.from1900, 10000, 1, 1) == nil)
        #expect(serial(.from1900, 2023, 2, 29) == nil)
        #expect(serial(.from1900, 2024, 13, 1) == nil)
        #expect(serial(.from1904, 1903, 12, 31) == nil)
        #expect(serial(.from1900, 2024, 1, 1, 86_400_000) == nil)
    }
}
