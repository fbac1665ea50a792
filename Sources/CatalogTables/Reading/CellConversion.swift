import JSONCore
import Spreadsheets

/// A cell's value as the JSON its column's kind makes of it, or what was expected instead.
enum CellConversion {
    /// The JSON value of `cell` in a column of `kind`; the failure says what the column expects.
    static func json(of cell: CellValue, kind: ValueKind) -> Result<JSONValue, Expectation> {
        switch (kind, cell) {
        case (_, .error(let error)): .failure(Expectation("the cell shows the error \(error); \(kind.expected)"))
        case (.text, .text(let text)), (.date, .text(let text)): .success(.string(text))
        case (.text, .number(let number)): .success(.string(digits(of: number)))
        case (.text, .date(let date)): .success(.string(date.description))
        case (.number, .number(let number)) where number.isFinite: .success(.number(JSONNumber(number)))
        case (.number, .text(let text)):
            JSONNumber(literal: text.trimmingCellWhitespace).map { .success(.number($0)) }
                ?? .failure(Expectation("'\(text)' is not a number; \(kind.expected)"))
        case (.boolean, .boolean(let flag)): .success(.bool(flag))
        case (.boolean, .number(let number)) where number == 0 || number == 1: .success(.bool(number == 1))
        case (.boolean, .text(let text)):
            booleanWords[text.trimmingCellWhitespace.lowercased()].map { .success(.bool($0)) }
                ?? .failure(Expectation("'\(text)' is not true or false; \(kind.expected)"))
        case (.date, .date(let date)) where date.millisecondsOfDay == 0: .success(.string(date.description))
        case (.textList, .text(let text)):
            .success(.array(text.split(separator: ValueKind.listSeparator).map { .string(String($0).trimmingCellWhitespace) }.filter { $0 != "" }))
        case (.textList, .number(let number)): .success(.array([.string(digits(of: number))]))
        default: .failure(Expectation("\(shown(cell)) is not what the column holds; \(kind.expected)"))
        }
    }

    /// What a column of some kind expects, for a message.
    struct Expectation: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }

    /// The words a boolean column accepts, in English and Mongolian.
    private static let booleanWords: [String: Bool] = [
        "true": true, "false": false, "yes": true, "no": false, "1": true, "0": false, "тийм": true, "үгүй": false,
    ]

    /// A number typed into a text column, as the text it stands for: whole numbers without `.0`.
    private static func digits(of number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 { return String(Int(number)) }
        return JSONNumber(number).description
    }

    private static func shown(_ cell: CellValue) -> String {
        switch cell {
        case .text(let text): "'\(text)'"
        case .number(let number): "the number \(JSONNumber(number))"
        case .boolean(let flag): flag ? "TRUE" : "FALSE"
        case .date(let date): "the date \(date)"
        case .error(let error): error
        }
    }
}

extension ValueKind {
    /// What a cell of this kind must hold, for a message.
    var expected: String {
        switch self {
        case .text: "expected text"
        case .number: "expected a number such as 70 or 3.5"
        case .boolean: "expected TRUE or FALSE"
        case .date: "expected a date, YYYY-MM-DD"
        case .textList: "expected text, several values separated by ;"
        }
    }
}
