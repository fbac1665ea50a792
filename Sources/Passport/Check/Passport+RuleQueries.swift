/// What several rules ask of a passport: its fibres, its certificates by URL, the parties of its trace.
extension Passport {
    /// One fibre of a component's composition with its place.
    struct PlacedFibre {
        let component: Int
        let index: Int
        let fibre: FibreShare
    }

    /// Every fibre of every component, with its place.
    var placedFibres: [PlacedFibre] {
        product.components.enumerated().flatMap { component, element in
            element.fibres.enumerated().map { PlacedFibre(component: component, index: $0.offset, fibre: $0.element) }
        }
    }

    /// The fibre keys the composition names, in order of first appearance.
    var composedFibres: [String] {
        var keys: [String] = []
        for placed in placedFibres { if let key = placed.fibre.fibre, !keys.contains(key) { keys.append(key) } }
        return keys
    }

    /// The listed certificates by URL; a later duplicate URL wins.
    var certificatesByURL: [String: Certificate] {
        var byURL: [String: Certificate] = [:]
        for certificate in certificates { if let url = certificate.id { byURL[url] = certificate } }
        return byURL
    }

    /// The parties of the product's trace: producers, places, manufacturer, facility, importer,
    /// issuer; each by its Digital Link and by its GLN.
    var partiesInTrace: Set<String> {
        var ids: [String?] = origins.flatMap { [$0.producer, $0.location] } + journey.map(\.location)
        ids += [product.manufacturer?.id, product.facility?.id, importer?.id] + issuer.alsoKnownAs.map(\.id)
        // A party runs many steps: each distinct one is read for its GLN once.
        let distinct = Set(ids.compactMap { $0 })
        return distinct.union(distinct.map(Self.gln(of:)))
    }

    /// The GLN of a party or location Digital Link (`.../417/{gln}` or `.../414/{gln}`), else the text.
    static func gln(of id: String) -> String {
        let bytes = id.utf8
        // Its last two non-empty segments between slashes: over the bytes for ASCII text, where a
        // `/` is always a character of its own (elsewhere it may begin a grapheme cluster).
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            let parts = id.split(separator: "/")
            guard parts.count >= 2, ["417", "414"].contains(parts[parts.count - 2]) else { return id }
            return String(parts[parts.count - 1])
        }
        var segments: (previous: Range<String.Index>?, last: Range<String.Index>?) = (nil, nil)
        var segmentStart: String.Index?
        var index = bytes.startIndex
        while true {
            let atSlash = index < bytes.endIndex && bytes[index] == UInt8(ascii: "/")
            if index == bytes.endIndex || atSlash {
                if let start = segmentStart { segments = (segments.last, start..<index) }
                segmentStart = nil
                if index == bytes.endIndex { break }
            } else if segmentStart == nil {
                segmentStart = index
            }
            index = bytes.index(after: index)
        }
        guard let previous = segments.previous, let last = segments.last,
            bytes[previous].elementsEqual("417".utf8) || bytes[previous].elementsEqual("414".utf8)
        else { return id }
        return String(id[last])
    }
}
