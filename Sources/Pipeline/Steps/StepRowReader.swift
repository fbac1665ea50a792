import Diagnostics
import GS1
import JSONCore
import Spreadsheets
import Traceability

/// Reads the text of a ``StepTable`` row into a ``StepRow``, reporting every value that is not
/// in its column's form and every value the row's step needs but lacks.
///
/// The forms: `date` is `YYYY-MM-DD HH:MM[:SS]` (or with `T`, or a date alone for midnight, or
/// a workbook date cell), local time in `time zone` (`+08:00`, Mongolia's, when empty) unless
/// it ends with its own offset; `input lots` is `LOT:amount; LOT:amount`; locations and parties
/// are a 13-digit GLN, a Digital Link, or a name from the catalogue; `containers` are 18-digit
/// SSCCs separated by `;`; numbers may use `.` or `,` as the decimal mark.
struct StepRowReader {
    let directory: StepDirectory
    private(set) var diagnostics: [Diagnostic] = []
    /// The canonical Digital Link of each location's and party's GLN read so far: a file names
    /// the same few places on row after row.
    private var locationLinks = BoundedMemo<String, String>(limit: 100_000)
    private var partyLinks = BoundedMemo<String, String>(limit: 100_000)

    /// The offset of a row with an empty `time zone` column: Mongolia's (Ulaanbaatar) time.
    static let defaultTimeZone = "+08:00"
    /// The country of origin of a herder lot with an empty `country` column.
    static let defaultCountry = "MN"

    init(directory: StepDirectory) { self.directory = directory }

    /// The typed row, or `nil` when it has errors (each reported).
    mutating func read(_ row: StepTable.Row) -> StepRow? {
        let before = diagnostics.count
        let kind = required(row, .step, "a step: \(StepKind.allCases.map { "\($0.rawValue) (\($0.mongolian))" }.joined(separator: ", "))") {
            StepKind(word: $0)
        }
        let (time, offset) = timeAndZone(row)
        guard let kind, let time, let offset else { return nil }
        var step = StepRow(
            kind: kind, eventID: row.values[.eventID], time: time, timeZoneOffset: offset, process: row.values[.process], inputs: lots(row),
            output: nil, location: place(row, .location, key: "414"), from: place(row, .from, key: "417"), to: place(row, .to, key: "417"),
            toLocation: place(row, .toLocation, key: "414"), containers: containers(row), purchaseOrder: nil,
            producer: place(row, .herderOrganisation, key: "417"), country: row.values[.country], aimag: row.values[.aimag],
            soum: row.values[.soum], fibre: row.values[.fibre], species: row.values[.species], harvestMethod: row.values[.harvestMethod],
            certificates: certificates(row), yarnCount: row.values[.yarnCount], test: nil, place: row.place)
        step.output = output(row, needed: kind == .herderLot || kind.isTransformation)
        step.purchaseOrder = purchaseOrder(row, buyer: step.to)
        if kind == .fibreTest { step.test = test(row) }
        if kind == .herderLot, step.country == nil { step.country = Self.defaultCountry }
        requireStepValues(row, step)
        return diagnostics.count == before ? step : nil
    }

    // MARK: - What each step needs

    private mutating func requireStepValues(_ row: StepTable.Row, _ step: StepRow) {
        var needed: [StepColumn] = [.location]
        switch step.kind {
        case .herderLot: break
        case .shipping: needed += [.from, .to] + (row.values[.containers] == nil ? [.inputLots] : [])
        case .receiving: needed += [.inputLots, .from, .to]
        case .dehairing, .spinning, .knitting, .packing: needed += [.inputLots]
        case .fibreTest: needed += [.inputLots, .test]
        }
        if step.kind == .packing { needed.append(.containers) }
        for column in needed where row.values[column] == nil {
            missing(row, column, "a \(step.kind.rawValue) row needs its \(column.english)")
        }
        if step.kind == .packing, step.containers.count > 1 {
            diagnostics.append(
                .error(StepRule.badValue, "a packing row packs into one container (SSCC), not \(step.containers.count)", at: row.locate(.containers)))
        }
    }

    // MARK: - Values

    private mutating func required<T>(_ row: StepTable.Row, _ column: StepColumn, _ expected: String, _ parse: (String) -> T?) -> T? {
        guard let text = row.values[column] else {
            missing(row, column, "every row needs its \(column.english)")
            return nil
        }
        guard let value = parse(text) else {
            bad(row, column, text, expected)
            return nil
        }
        return value
    }

    private mutating func timeAndZone(_ row: StepTable.Row) -> (EPCISTime?, String?) {
        var offset = Self.defaultTimeZone
        if let zone = row.values[.timeZone] {
            guard let seconds = EPCISTime.offsetSeconds(zone) else {
                bad(row, .timeZone, zone, "a time zone offset such as +08:00")
                return (nil, nil)
            }
            offset = EPCISTime.offsetText(seconds)
        }
        let zoneGiven = row.values[.timeZone] != nil
        let time = required(row, .date, "a date and time such as 2026-04-18 11:00 (local time), or 2026-04-18") { text -> (EPCISTime, String)? in
            Self.time(text, offset: offset, zoneGiven: zoneGiven)
        }
        return (time?.0, time?.1)
    }

    /// The instant `text` names and the offset the event is recorded in.
    static func time(_ text: String, offset: String, zoneGiven: Bool) -> (EPCISTime, String)? {
        var text = text
        if let space = text.firstIndex(of: " ") { text.replaceSubrange(space...space, with: "T") }
        if text.count == 10 { text += "T00:00" }
        if let written = EPCISTime(text), let tIndex = text.firstIndex(of: "T") {
            // A time with its own offset: the column's offset (or the written one) is the event's zone.
            let zone = text[tIndex...].drop { $0 != "Z" && $0 != "+" && $0 != "-" }
            let writtenOffset = EPCISTime.offsetSeconds(zone).map(EPCISTime.offsetText) ?? offset
            return (written, zoneGiven ? offset : writtenOffset)
        }
        guard let local = EPCISTime(text + offset) else { return nil }
        return (local, offset)
    }

    /// The number `text`, with `.` or `,` as the decimal mark.
    static func number(_ text: String) -> JSONNumber? {
        var text = text.trimmingCellWhitespace
        if !text.utf8.contains(UInt8(ascii: ".")), text.utf8.count(where: { $0 == UInt8(ascii: ",") }) == 1 {
            text = text.replacing(",", with: ".")
        }
        return JSONNumber(literal: text)
    }

    private mutating func lots(_ row: StepTable.Row) -> [StepRow.LotAmount] {
        guard let text = row.values[.inputLots] else { return [] }
        var lots: [StepRow.LotAmount] = []
        for part in Self.list(text) {
            guard let colon = part.lastIndex(of: ":"), let quantity = Self.number(String(part[part.index(after: colon)...])),
                !quantity.isNegative, !quantity.isZero, !String(part[..<colon]).trimmingCellWhitespace.isEmpty
            else {
                bad(row, .inputLots, part, "lots with their amounts, LOT:amount separated by ; (LOT-A:120; LOT-B:80)")
                continue
            }
            guard QuantityElement.isWithinRange(quantity) else {
                bad(row, .inputLots, part, "a lot with an amount from 10^-9 to 10^12")
                continue
            }
            lots.append(StepRow.LotAmount(lot: String(part[..<colon]).trimmingCellWhitespace, quantity: quantity))
        }
        return lots
    }

    private mutating func output(_ row: StepTable.Row, needed: Bool) -> StepRow.Output? {
        guard needed else { return nil }
        var complete = true
        for column in [StepColumn.outputLot, .outputProduct, .outputQuantity] where row.values[column] == nil {
            missing(row, column, "a row that produces a lot needs its \(column.english)")
            complete = false
        }
        guard complete, let lot = row.values[.outputLot], let product = row.values[.outputProduct], let amount = row.values[.outputQuantity]
        else { return nil }
        let uom: String?
        switch row.values[.outputUnit]?.lowercased() {
        case nil, "kg", "кг", "kgm": uom = "KGM"
        case "pcs", "pieces", "piece", "ш", "ширхэг", "h87": uom = "H87"
        default: uom = nil
        }
        if uom == nil { bad(row, .outputUnit, row.values[.outputUnit]!, "kg (кг) or pcs (ш)") }
        let quantity = Self.number(amount)
        if quantity == nil || quantity!.isNegative || quantity!.isZero || !QuantityElement.isWithinRange(quantity!) {
            bad(row, .outputQuantity, amount, "a positive number up to 10^12 (and from 10^-9)")
        }
        var epcClass: String?
        do throws(GS1Error) {
            epcClass = try DigitalLink.product(gtin: try GTIN(product), lot: lot).canonicalURI
        } catch {
            diagnostics.append(.error(StepRule.checkDigit, "\"\(product)\" is not a GTIN: \(error.message)", at: row.locate(.outputProduct)))
        }
        guard let uom, let quantity, let epcClass else { return nil }
        return StepRow.Output(lot: lot, epcClass: epcClass, quantity: quantity, uom: uom)
    }

    /// A location (AI 414) or party (AI 417): a GLN, a Digital Link with that key, or a name from the directory.
    private mutating func place(_ row: StepTable.Row, _ column: StepColumn, key: String) -> String? {
        guard let text = row.values[column] else { return nil }
        let isLocation = key == "414"
        let digits: String
        if text.utf8.allSatisfy({ $0 &- UInt8(ascii: "0") < 10 }) || text.allSatisfy(\.isNumber) {
            digits = text
        } else if let link = try? DigitalLink.parse(text), link.primaryKey.ai == key {
            digits = link.primaryKey.value
        } else if let gln = isLocation ? directory.facilityGLN(named: text) : directory.partyGLN(named: text) {
            digits = gln
        } else {
            let what = isLocation ? "facility" : "party"
            let why = directory.isEmpty ? "no catalogue was given (--catalog) to look names up in" : "the catalogue has no \(what) of that name"
            diagnostics.append(
                .error(
                    StepRule.unknownName, "unknown \(what) \"\(text)\": \(why); give its GLN (13 digits) or its name as the catalogue writes it",
                    at: row.locate(column)))
            return nil
        }
        if let known = isLocation ? locationLinks[digits] : partyLinks[digits] { return known }
        do throws(GS1Error) {
            let gln = try GLN(digits)
            let uri = try (isLocation ? DigitalLink.location(gln: gln) : DigitalLink.party(gln: gln)).canonicalURI
            if isLocation { locationLinks.remember(uri, for: digits) } else { partyLinks.remember(uri, for: digits) }
            return uri
        } catch {
            diagnostics.append(.error(StepRule.checkDigit, "\"\(text)\" is not a GLN: \(error.message)", at: row.locate(column)))
            return nil
        }
    }

    private mutating func containers(_ row: StepTable.Row) -> [String] {
        guard let text = row.values[.containers] else { return [] }
        return Self.list(text).compactMap { part in
            do throws(GS1Error) {
                return try DigitalLink.logisticUnit(sscc: try SSCC(part)).canonicalURI
            } catch {
                diagnostics.append(.error(StepRule.checkDigit, "\"\(part)\" is not an SSCC: \(error.message)", at: row.locate(.containers)))
                return nil
            }
        }
    }

    private mutating func certificates(_ row: StepTable.Row) -> [String] {
        guard let text = row.values[.certificates] else { return [] }
        return Self.list(text).compactMap { part in
            if part.contains("://") { return part }
            if let uri = directory.certificateURI(number: part) { return uri }
            let why =
                directory.isEmpty ? "no catalogue was given (--catalog) to look numbers up in" : "the catalogue has no certificate of that number"
            diagnostics.append(
                .error(
                    StepRule.unknownName, "unknown certificate \"\(part)\": \(why); give its number as the catalogue writes it, or its URI",
                    at: row.locate(.certificates)))
            return nil
        }
    }

    /// A purchase order as an EPCIS business transaction: a URI as written, or the buyer's
    /// `urn:epcglobal:cbv:bt:GLN:number` for a bare number.
    private mutating func purchaseOrder(_ row: StepTable.Row, buyer: String?) -> String? {
        guard let text = row.values[.purchaseOrder] else { return nil }
        if text.contains(":") { return text }
        guard let buyer, let gln = buyer.split(separator: "/").last else {
            missing(row, .to, "a purchase order number needs the buyer (to) whose order it is")
            return nil
        }
        return "urn:epcglobal:cbv:bt:\(gln):\(text)"
    }

    private mutating func test(_ row: StepTable.Row) -> StepRow.Test? {
        guard let type = row.values[.test] else { return nil }
        func value(_ column: StepColumn) -> JSONNumber? {
            guard let text = row.values[column] else { return nil }
            // A number beyond a double's range would be infinity wherever it is worked with or written.
            guard let number = Self.number(text), !number.isBeyondDoubleRange else {
                bad(row, column, text, "a number (within about ±1.8e308)")
                return nil
            }
            return number
        }
        var passed = true
        if let text = row.values[.testPassed] {
            switch text.lowercased() {
            case "yes", "true", "1", "pass", "тийм": passed = true
            case "no", "false", "0", "fail", "үгүй": passed = false
            default: bad(row, .testPassed, text, "yes (тийм) or no (үгүй)")
            }
        }
        return StepRow.Test(
            type: type, method: row.values[.testMethod], unit: row.values[.testUnit], mean: value(.mean),
            standardDeviation: value(.standardDeviation), percentileRank: value(.percentileRank),
            percentileValue: value(.percentileValue), passed: passed)
    }

    /// The parts of a list separated by `;` or line breaks (a carriage return and line feed
    /// together, one `Character`, too), trimmed, empty parts left out.
    static func list(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == ";" || $0.isNewline }).map { String($0).trimmingCellWhitespace }.filter { !$0.isEmpty }
    }

    private mutating func missing(_ row: StepTable.Row, _ column: StepColumn, _ why: String) {
        diagnostics.append(.error(StepRule.missingValue, "the \(column.english) is empty: \(why)", at: row.locate(column)))
    }

    private mutating func bad(_ row: StepTable.Row, _ column: StepColumn, _ text: String, _ expected: String) {
        diagnostics.append(.error(StepRule.badValue, "\"\(text)\" is not \(expected)", at: row.locate(column)))
    }
}
