import JSONCore

/// Where two catalogues differ, with empty lists and objects taken as absent: the check that
/// catalogue tables read back as the catalogue they were made of.
enum JSONDifference {
    /// The first place where `left` and `right` differ once their empty lists and objects are
    /// left out, or `nil` when they are equal.
    static func first(between left: JSONValue, and right: JSONValue) -> JSONPointer? {
        firstDifference(withoutEmptyLists(left), withoutEmptyLists(right), at: JSONPointer())
    }

    /// `value` without the members that are empty arrays or objects, at any depth.
    private static func withoutEmptyLists(_ value: JSONValue) -> JSONValue {
        switch value {
        case .array(let elements): return .array(elements.map(withoutEmptyLists))
        case .object(let object):
            var kept = JSONObject()
            for (key, member) in object {
                let member = withoutEmptyLists(member)
                if member == .array([]) || member == .object(JSONObject()) { continue }
                kept[key] = member
            }
            return .object(kept)
        default: return value
        }
    }

    /// The first place where `left` and `right` differ, or `nil` when they are equal.
    private static func firstDifference(_ left: JSONValue, _ right: JSONValue, at pointer: JSONPointer) -> JSONPointer? {
        switch (left, right) {
        case (.array(let lefts), .array(let rights)):
            for index in 0..<max(lefts.count, rights.count) {
                guard index < lefts.count, index < rights.count else { return pointer.appending(index) }
                if let found = firstDifference(lefts[index], rights[index], at: pointer.appending(index)) { return found }
            }
            return nil
        case (.object(let lefts), .object(let rights)):
            for key in lefts.keys + rights.keys.filter({ lefts[$0] == nil }) {
                guard let leftMember = lefts[key], let rightMember = rights[key] else { return pointer.appending(key) }
                if let found = firstDifference(leftMember, rightMember, at: pointer.appending(key)) { return found }
            }
            return nil
        default:
            return left == right ? nil : pointer
        }
    }
}
