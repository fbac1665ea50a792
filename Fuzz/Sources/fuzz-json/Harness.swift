import FuzzDriver
import JSONCore

/// Parses each input as JSON; a parse error is an answer, a crash or a hang is a finding, and
/// so is a tape that disagrees with the value made from it (or with the tape of that value), or
/// a value read in place on the tape (`JSONTapeValue`) that answers otherwise than the value,
/// with repeated keys refused and kept last, or text written from the value (compact and pretty)
/// that reads back as another value.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzDriver.bytes(data, size)
    if let tape = try? JSONParser(options: .init(duplicateKeys: .keepLast)).parseTape(bytes) {
        precondition(answersAsItsValue(JSONTapeValue(root: tape), tape.value(at: tape.root)), "a value read in place answers otherwise")
    }
    guard let tape = try? JSONParser().parseTape(bytes) else { return 0 }
    let value = tape.value(at: tape.root)
    precondition(tape.value(at: tape.root, equals: value), "the tape differs from its own value")
    let rebuilt = JSONTape(value)
    precondition(rebuilt.value(at: rebuilt.root) == value, "the tape of the value gives another value")
    for writer in [JSONWriter(), JSONWriter(pretty: true)] {
        precondition((try? JSONParser().parse(writer.bytes(value))) == value, "the value's written text reads as another value")
    }
    return 0
}

/// Whether `read` and everything below it answer as `value` does: scalars, elements, and each
/// member by key, looked up by subscript and from one position in the object's order and back.
func answersAsItsValue(_ read: JSONTapeValue, _ value: JSONValue) -> Bool {
    guard read.stringValue.map({ Array($0.utf8) }) == value.stringValue.map({ Array($0.utf8) }), read.numberValue == value.numberValue,
        read.doubleValue?.bitPattern == value.numberValue?.doubleValue.bitPattern,
        read.boolValue == value.boolValue, read.isObject == (value.objectValue != nil), read.elements?.count == value.arrayValue?.count
    else { return false }
    if let elements = read.elements, let expected = value.arrayValue {
        return zip(elements, expected).allSatisfy { answersAsItsValue($0, $1) }
    }
    guard let members = value.objectValue?.members else { return true }
    for (pass, order) in [members, members.reversed()].enumerated() {
        var position = JSONTapeValue.MemberPosition()
        for member in order {
            guard let found = read[member.key], read.member(JSONKey(member.key), from: &position)?.index == found.index else { return false }
            // Below each member once: twice a level would double at every level of nesting.
            if pass == 0 && !answersAsItsValue(found, member.value) { return false }
        }
        let absent = read["\u{0}absent"] == nil ? ["\u{0}absent"] : []
        if !read.tape.hasDuplicateKeys && !locatesAsTheSubscript(read, order.map(\.key) + absent) { return false }
    }
    return true
}

/// Whether `locate` finds each of `names` (distinct by bytes, as the value's keys are) where the
/// subscript does.
func locatesAsTheSubscript(_ read: JSONTapeValue, _ names: [String]) -> Bool {
    let found = [Int](unsafeUninitializedCapacity: names.count) { buffer, count in
        read.locate(names.map(JSONKey.init), in: buffer)
        count = names.count
    }
    return found == names.map { read[$0]?.index ?? -1 }
}

/// The harness: libFuzzer run by its driver over `fuzzOneInput`.
@main
enum Harness {
    static func main() { FuzzDriver.run(fuzzOneInput) }
}
