import JSONCore
import TextileResources

/// The order in which `dpp catalog convert` writes catalogue JSON's members: the order of
/// `properties` in `Schemas/catalog.schema.json`, at every depth (members the schema does not
/// name, such as the languages of `translations`, keep their order, after the named ones).
///
/// Tables cannot keep a JSON file's own order, so JSON is written in this one whatever it was
/// read from; a catalogue written in it (as `Fixtures/demo/catalog.json` is) converts to tables
/// and back byte for byte.
public enum CatalogMemberOrder {
    /// `catalogue` with the members of every object in the schema's order.
    public static func ordered(_ catalogue: JSONValue) -> JSONValue {
        order(catalogue, by: schema)
    }

    private static let schema: JSONValue = EmbeddedResources.schemas["catalog.schema.json"].flatMap { try? JSONParser().parse($0) } ?? .null

    /// `value` ordered by the (sub)schema `subschema`.
    private static func order(_ value: JSONValue, by subschema: JSONValue) -> JSONValue {
        let subschema = resolved(subschema)
        switch value {
        case .array(let elements):
            return .array(elements.map { order($0, by: subschema["items"] ?? .null) })
        case .object(let object):
            var ordered = JSONObject()
            for (key, member) in subschema["properties"]?.objectValue ?? JSONObject() {
                if let value = object[key] { ordered[key] = order(value, by: member) }
            }
            for (key, value) in object where ordered[key] == nil {
                ordered[key] = order(value, by: subschema["additionalProperties"] ?? .null)
            }
            return .object(ordered)
        default:
            return value
        }
    }

    /// The schema `subschema` refers to by a local `$ref` (`#/$defs/product`), or `subschema` itself.
    private static func resolved(_ subschema: JSONValue) -> JSONValue {
        guard let reference = subschema["$ref"]?.stringValue, reference.hasPrefix("#"),
            let target = JSONPointer(String(reference.dropFirst()))?.resolve(in: schema)
        else { return subschema }
        return resolved(target)
    }
}
