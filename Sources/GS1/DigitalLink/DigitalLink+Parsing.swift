extension DigitalLink {
    /// The outcome of checking a URI: the Digital Link when it is valid, and every problem found.
    public struct Validation: Sendable {
        /// The Digital Link, present exactly when there are no problems.
        public let link: DigitalLink?
        /// Every problem, in the order of the input where possible.
        public let problems: [GS1Error]

        /// Whether the URI is a valid GS1 Digital Link URI.
        public var isValid: Bool { link != nil }
    }

    /// Parses and checks a GS1 Digital Link URI; throws its first problem.
    public static func parse(_ uri: String) throws(GS1Error) -> DigitalLink {
        let validation = validate(uri)
        if let link = validation.link { return link }
        throw validation.problems[0]
    }

    /// Parses and checks a GS1 Digital Link URI and reports every problem found.
    ///
    /// The rules are those of GS1's reference parser (gs1-syntax-engine) with default options:
    /// `http`/`https` only (all lower or all upper case), RFC 3986 characters, a host, a path
    /// ending in `/AI/value` pairs whose leftmost AI is the rightmost primary key of the path
    /// (anything before it is the stem), qualifiers in an allowed order, a query whose numeric
    /// keys are AIs allowed as data attributes (other keys are ignored), `+` meaning a space in
    /// the query only, no `%00`, no empty values, no duplicate AIs, each value's format,
    /// check digit and linters, and the dictionary's pairing rules. GTIN-8/12/13 in the path
    /// and convenience alphas (`/gtin/`) are refused, as they have been removed from the standard.
    ///
    /// A valid URI is decided by ``DigitalLinkScanner`` in place over its bytes; an invalid one
    /// goes through ``fullValidation(_:)``, which words its diagnostics.
    public static func validate(_ uri: String) -> Validation {
        var uri = uri
        let accepted = uri.withUTF8 { bytes in
            DigitalLinkScanner.withAcceptedLink(bytes) { layout, elements in link(bytes, layout, elements) }
        }
        return accepted.map { Validation(link: $0, problems: []) } ?? fullValidation(uri)
    }

    /// Every problem of a GS1 Digital Link URI, none when it is valid: the problems of
    /// ``validate(_:)``, without building the link of a valid URI.
    public static func problems(in uri: String) -> [GS1Error] {
        var uri = uri
        let isValid = uri.withUTF8 { bytes in DigitalLinkScanner.withAcceptedLink(bytes) { _, _ in true } ?? false }
        return isValid ? [] : fullValidation(uri).problems
    }

    /// The Digital Link of a URI the scanner accepted.
    private static func link(
        _ bytes: UnsafeBufferPointer<UInt8>, _ layout: DigitalLinkScanner.Layout, _ elements: UnsafeBufferPointer<DigitalLinkScanner.Element>
    ) -> DigitalLink {
        func value(_ element: DigitalLinkScanner.Element) -> ApplicationIdentifierValue {
            let code = ApplicationIdentifierTable.definitions[element.ai].code
            let written = bytes[element.value]
            guard element.encoded else { return ApplicationIdentifierValue(code, String(decoding: written, as: UTF8.self)) }
            let decoded = String(unsafeUninitializedCapacity: written.count) { buffer in
                // The scanner has decoded this value already: it cannot fail.
                try! PercentEncoding.decode(written, plusIsSpace: element.inQuery, into: buffer)
            }
            return ApplicationIdentifierValue(code, decoded)
        }
        return DigitalLink(
            checkedBase: String(decoding: bytes[..<layout.keyStart], as: UTF8.self), primaryKey: value(elements[0]),
            qualifiers: elements[1..<layout.pathCount].map(value), attributes: elements[layout.pathCount...].map(value))
    }
}
