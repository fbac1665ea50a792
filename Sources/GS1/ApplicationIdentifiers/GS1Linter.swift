/// A content check on one component of an AI value, named as in the GS1 syntax dictionary.
///
/// Each check is written here from the rule GS1 states for it (General Specifications and the
/// syntax dictionary's linter descriptions). `couponcode`, `couponposoffer` and `packagetype`
/// are known but only their character set and length are checked (see ``isStructuralOnly``).
public enum GS1Linter: String, Hashable, Sendable {
    case csum, csumalpha, gcppos1, gcppos2
    case yymmd0, yymmdd, yyyymmdd, hhmi, hh, mi, ss
    case iso3166, iso3166999, iso3166alpha2, iso4217, iso5218
    case pcenc, yesno, nonzero, zero, winding, pieceoftotal, nozeroprefix, hasnondigit
    case latitude, longitude, hyphen, mediatype, importeridx, posinseqslash, iban
    case couponcode, couponposoffer, packagetype

    /// Whether this linter's content rules are not checked beyond the component's format.
    public var isStructuralOnly: Bool { self == .couponcode || self == .couponposoffer || self == .packagetype }

    /// The rule a failure of this check reports.
    var rule: GS1Rule {
        switch self {
        case .csum: .checkDigit
        case .csumalpha: .checkCharacters
        case .gcppos1, .gcppos2: .companyPrefix
        case .yymmd0, .yymmdd, .yyyymmdd: .date
        case .hhmi, .hh, .mi, .ss: .time
        case .iso3166, .iso3166999, .iso3166alpha2: .country
        case .iso4217: .currency
        default: .valueContent
        }
    }

    /// Why `data` fails this check, or nil when it passes. `data` has already passed its
    /// component's character set and length.
    func problem<Bytes: RandomAccessCollection<UInt8>>(in data: Bytes) -> String? where Bytes.Index == Int {
        switch self {
        case .csum:
            return GS1CheckDigit.isValid(bytes: data) ? nil : "the check digit is incorrect"
        case .csumalpha:
            return Self.alphanumericCheckPairIsValid(data) ? nil : "the check character pair is incorrect"
        case .gcppos1:
            return Self.startsWithCompanyPrefix(data) ? nil : "it must start with a GS1 Company Prefix (at least 4 digits)"
        case .gcppos2:
            return Self.startsWithCompanyPrefix(data.dropFirst())
                ? nil
                : "it must hold a GS1 Company Prefix (at least 4 digits) from its second digit"
        case .yymmd0, .yymmdd:
            return Self.isDate(
                year: Self.number(data.prefix(2)) + 2000, month: Self.number(data.dropFirst(2).prefix(2)),
                day: Self.number(data.dropFirst(4)), dayMayBeZero: self == .yymmd0)
                ? nil : "the date YYMMDD does not exist"
        case .yyyymmdd:
            return Self.isDate(
                year: Self.number(data.prefix(4)), month: Self.number(data.dropFirst(4).prefix(2)),
                day: Self.number(data.dropFirst(6)), dayMayBeZero: false)
                ? nil : "the date YYYYMMDD does not exist"
        case .hhmi:
            return Self.number(data.prefix(2)) < 24 && Self.number(data.dropFirst(2)) < 60 ? nil : "the time HHMM does not exist"
        case .hh:
            return Self.number(data) < 24 ? nil : "the hour must be 00 to 23"
        case .mi, .ss:
            return Self.number(data) < 60 ? nil : "minutes and seconds must be 00 to 59"
        case .iso3166:
            return GS1CodeLists.countriesNumeric.contains(Self.number(data))
                ? nil
                : "a valid ISO 3166 three-digit country code is required"
        case .iso3166999:
            let code = Self.number(data)
            return code == 999 || GS1CodeLists.countriesNumeric.contains(code)
                ? nil
                : "a valid ISO 3166 three-digit country code (or 999) is required"
        case .iso3166alpha2:
            return GS1CodeLists.countriesAlpha2.contains(String(decoding: data, as: UTF8.self))
                ? nil
                : "a valid ISO 3166 two-letter country code is required"
        case .iso4217:
            return GS1CodeLists.currenciesNumeric.contains(Self.number(data))
                ? nil
                : "a valid ISO 4217 three-digit currency code is required"
        case .iso5218:
            return [0, 1, 2, 9].contains(Self.number(data)) ? nil : "the sex code of ISO/IEC 5218 is 0, 1, 2 or 9"
        case .pcenc:
            return Self.isValidPercentEncoding(data) ? nil : "a '%' must be followed by two hexadecimal digits"
        case .yesno:
            return data.count == 1 && (data.first == UInt8(ascii: "0") || data.first == UInt8(ascii: "1"))
                ? nil
                : "the value must be 0 (no) or 1 (yes)"
        case .nonzero:
            return data.contains(where: { $0 != UInt8(ascii: "0") }) ? nil : "the value may not be zero"
        case .zero:
            return data.elementsEqual("0".utf8) ? nil : "the value must be 0"
        case .winding:
            return [0, 1, 9].contains(Self.number(data)) ? nil : "the winding direction is 0, 1 or 9"
        case .pieceoftotal:
            let piece = Self.number(data.prefix(2)), total = Self.number(data.dropFirst(2))
            return piece >= 1 && total >= 1 && piece <= total
                ? nil
                : "the piece number must be between 01 and the total number of pieces"
        case .nozeroprefix:
            return data.count > 1 && data.first == UInt8(ascii: "0") ? "the value may not start with 0" : nil
        case .hasnondigit:
            return data.contains(where: { !GS1CheckDigit.isDigit($0) }) ? nil : "the value must hold a non-digit character"
        case .latitude:
            return Self.number(data) <= 1_800_000_000 ? nil : "the latitude is out of range"
        case .longitude:
            return Self.number(data) <= 3_600_000_000 ? nil : "the longitude is out of range"
        case .hyphen:
            return data.elementsEqual("-".utf8) ? nil : "only '-' is allowed here"
        case .mediatype:
            let type = Self.number(data)
            return (1...10).contains(type) || (80...99).contains(type) ? nil : "the AIDC media type must be 01-10 or 80-99"
        case .importeridx:
            return data.count == 1 && (GS1CharacterSet.cset64.contains(data.first!))
                ? nil
                : "the importer index must be a letter, a digit, '-' or '_'"
        case .posinseqslash:
            return Self.isPositionInSequence(data) ? nil : "the position must be written n/m with 1 <= n <= m"
        case .iban:
            return Self.isIBAN(data) ? nil : "the IBAN is not valid (country, length or check digits)"
        case .couponcode, .couponposoffer, .packagetype:
            return nil
        }
    }

    /// The decimal value of ASCII digits (the caller has checked they are digits).
    private static func number(_ digits: some Sequence<UInt8>) -> Int {
        digits.reduce(0) { $0 * 10 + Int($1 &- UInt8(ascii: "0")) }
    }

    private static func isDate(year: Int, month: Int, day: Int, dayMayBeZero: Bool) -> Bool {
        guard (1...12).contains(month) else { return false }
        if day == 0 { return dayMayBeZero }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days =
            switch month {
            case 2: leap ? 29 : 28
            case 4, 6, 9, 11: 30
            default: 31
            }
        return day <= days
    }

    private static func startsWithCompanyPrefix(_ data: some Collection<UInt8>) -> Bool {
        data.count >= 4 && data.prefix(4).allSatisfy(GS1CheckDigit.isDigit)
    }

    private static func isValidPercentEncoding<Bytes: RandomAccessCollection<UInt8>>(_ data: Bytes) -> Bool where Bytes.Index == Int {
        var index = data.startIndex
        while index < data.endIndex {
            if data[index] == UInt8(ascii: "%") {
                guard index + 2 < data.endIndex, PercentEncoding.hexValue(data[index + 1]) != nil,
                    PercentEncoding.hexValue(data[index + 2]) != nil
                else { return false }
                index += 3
            } else {
                index += 1
            }
        }
        return true
    }

    private static func isPositionInSequence(_ data: some Collection<UInt8>) -> Bool {
        let bytes = Array(data)
        guard bytes.count == 3, bytes[1] == UInt8(ascii: "/"), GS1CheckDigit.isDigit(bytes[0]), GS1CheckDigit.isDigit(bytes[2])
        else { return false }
        let position = bytes[0] - UInt8(ascii: "0"), total = bytes[2] - UInt8(ascii: "0")
        return position >= 1 && position <= total
    }

    private static func isIBAN(_ data: some Collection<UInt8>) -> Bool {
        let bytes = Array(data)
        func isUpper(_ byte: UInt8) -> Bool { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) }
        guard bytes.count >= 5, isUpper(bytes[0]), isUpper(bytes[1]), GS1CheckDigit.isDigit(bytes[2]),
            GS1CheckDigit.isDigit(bytes[3]), bytes.allSatisfy({ isUpper($0) || GS1CheckDigit.isDigit($0) }),
            GS1CodeLists.countriesAlpha2.contains(String(decoding: bytes[0..<2], as: UTF8.self))
        else { return false }
        // Move the first four characters to the end, letters count as 10-35, the whole number mod 97 must be 1.
        var remainder = 0
        for byte in bytes[4...] + bytes[0..<4] {
            if GS1CheckDigit.isDigit(byte) {
                remainder = (remainder * 10 + Int(byte - UInt8(ascii: "0"))) % 97
            } else {
                remainder = (remainder * 100 + Int(byte - UInt8(ascii: "A")) + 10) % 97
            }
        }
        return remainder == 1
    }

    /// The GS1 check character pair of alphanumeric keys (GMN, MUDI): the CSET 82 values of the
    /// data characters, weighted by primes increasing from the right, summed modulo 1021, split
    /// into two 5-bit indexes into CSET 32.
    private static func alphanumericCheckPairIsValid(_ data: some Collection<UInt8>) -> Bool {
        let cset32 = Array("23456789ABCDEFGHJKLMNPQRSTUVWXYZ".utf8)
        let characters = Array(data)
        guard characters.count >= 2, characters.count - 2 <= primes.count else { return false }
        var sum = 0
        for (distance, byte) in characters.dropLast(2).reversed().enumerated() {
            guard let value = GS1CharacterSet.cset82Order.firstIndex(of: byte) else { return false }
            sum += value * primes[distance]
        }
        sum %= 1021
        return characters[characters.count - 2] == cset32[sum >> 5] && characters[characters.count - 1] == cset32[sum & 31]
    }

    /// The primes 2, 3, 5... up to the 97th, enough for the longest AI value.
    private static let primes: [Int] = {
        var primes: [Int] = []
        var candidate = 2
        while primes.count < 97 {
            if !primes.contains(where: { candidate % $0 == 0 }) { primes.append(candidate) }
            candidate += 1
        }
        return primes
    }()
}
