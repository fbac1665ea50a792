import Spreadsheets
import Testing

/// CSV files as written: RFC 4180 quoting, CRLF, a UTF-8 byte-order mark; read back as written.
@Suite struct CSVWriterTests {
    static let records = [
        ["name", "note", "amount"],
        ["Khangai, LLC", "says \"soft\"", "70"],
        ["two\nlines", " padded ", ""],
        ["Ноолуур", "plain", "3.5"],
    ]

    @Test func fieldsAreQuotedOnlyWhenTheyMustBe() {
        let expected = "name,note,amount\r\n\"Khangai, LLC\",\"says \"\"soft\"\"\",70\r\n\"two\nlines\",\" padded \",\r\nНоолуур,plain,3.5\r\n"
        #expect(CSVWriter.bytes(Self.records) == [0xEF, 0xBB, 0xBF] + Array(expected.utf8))
    }

    @Test func theFileReadsBackAsWritten() throws {
        let table = try CSVTable(bytes: CSVWriter.bytes(Self.records), source: "written.csv")
        #expect(table.header == Self.records[0])
        #expect(table.rows.map(\.fields) == Array(Self.records.dropFirst()))
        #expect(table.rows.map(\.line) == [2, 3, 5])
    }
}
