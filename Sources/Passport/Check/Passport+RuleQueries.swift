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
    var certificatesByURL: TextTable<Certificate> {
        var byURL = TextTable<Certificate>()
        for index in certificates.indices.reversed() {
            if let url = certificates[index].id { byURL.insert(certificates[index], for: url) }
        }
        return byURL
    }

    /// The parties of the product's trace: producers, places, manufacturer, facility, importer,
    /// issuer; each by its Digital Link and by its GLN.
    var partiesInTrace: TextTable<Void> {
        var parties = TextTable<Void>()
        // A party runs many steps: each distinct one is read for its GLN once.
        var distinct: [String] = []
        func add(_ id: String?) {
            if let id, parties.insert((), for: id) { distinct.append(id) }
        }
        // Read in place: a loop over the elements would copy each origin and step whole.
        for index in origins.indices {
            add(origins[index].producer)
            add(origins[index].location)
        }
        for index in journey.indices { add(journey[index].location) }
        for id in [product.manufacturer?.id, product.facility?.id, importer?.id] + issuer.alsoKnownAs.map(\.id) { add(id) }
        for id in distinct { parties.insert((), for: Self.gln(of: id)) }
        return parties
    }

    /// The GLN of a party or location Digital Link (`.../417/{gln}` or `.../414/{gln}`), else the text.
    static func gln(of id: String) -> String {
        var text = id
        // Its last two non-empty segments between slashes: over the bytes for ASCII text, where a
        // `/` is always a character of its own (elsewhere it may begin a grapheme cluster).
        let ascii: String?? = text.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            guard let last = lastSegment(of: bytes, before: bytes.count), let previous = lastSegment(of: bytes, before: last.lowerBound),
                bytes[previous].elementsEqual("417".utf8) || bytes[previous].elementsEqual("414".utf8)
            else { return .some(nil) }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[last]), as: UTF8.self)
        }
        if let ascii { return ascii ?? id }
        let parts = id.split(separator: "/")
        guard parts.count >= 2, ["417", "414"].contains(parts[parts.count - 2]) else { return id }
        return String(parts[parts.count - 1])
    }

    /// The last non-empty run of bytes other than `/` that ends at or before `end`.
    private static func lastSegment(of bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Range<Int>? {
        var upper = end
        while upper > 0 && bytes[upper - 1] == UInt8(ascii: "/") { upper -= 1 }
        guard upper > 0 else { return nil }
        var lower = upper
        while lower > 0 && bytes[lower - 1] != UInt8(ascii: "/") { lower -= 1 }
        return lower..<upper
    }
}
