import GS1
import Spooling

/// Turns an identifier in any of its spellings into the one canonical form compared everywhere.
///
/// EPC URNs (`urn:epc:id:sgtin:…`, `urn:epc:class:lgtin:…`) and GS1 Digital Link URIs on any
/// domain become canonical Digital Links on `https://id.gs1.org` (through the `GS1` module);
/// other identifiers (`urn:uuid:`, a company's own URIs) stay as written. Recently seen
/// identifiers share one string, which keeps many events that name the same lot small.
struct IdentifierNormalizer {
    /// The canonical form of one identifier, and what was wrong with it if it could not be read.
    struct Outcome {
        let canonical: String
        let problem: String?
        /// Whether `canonical` names a scheme (has a `:`), as a URI does: worked out once, as the
        /// outcome is remembered, not each time an event names the identifier.
        let namesScheme: Bool

        init(canonical: String, problem: String? = nil) {
            self.canonical = canonical
            self.problem = problem
            namesScheme = canonical.utf8.contains(UInt8(ascii: ":"))
        }
    }

    /// The outcomes of recently seen identifiers, by their bytes as written.
    private var recent = ByteKeyedTable<Outcome>()
    /// How many identifiers are remembered before the memory is cleared.
    private static let memoryLimit = 100_000

    /// The canonical form of `raw`.
    mutating func canonical(_ raw: String) -> Outcome {
        raw.withUTF8Bytes { canonical(utf8: $0, text: { raw }) }
    }

    /// The canonical form of the identifier whose UTF-8 bytes are `raw`; `text` gives `raw` as
    /// a string, asked for only when `raw` was not seen recently.
    mutating func canonical(utf8 raw: UnsafeBufferPointer<UInt8>, text: () -> String) -> Outcome {
        if let known = recent.value(for: raw) { return known }
        let outcome = canonicalQualifiedGTIN(raw, text: text) ?? Self.canonicalSSCC(raw, text: text) ?? Self.compute(text().trimmingWhitespace())
        if recent.count >= Self.memoryLimit { recent.removeAll() }
        recent.insert(outcome, for: raw)
        return outcome
    }

    /// The canonical form of `text` through the full GS1 parse and checks.
    static func compute(_ text: String) -> Outcome {
        if text.hasPrefix("urn:epc:id:") || text.hasPrefix("urn:epc:class:") || text.hasPrefix("urn:epc:idpat:") {
            do {
                return Outcome(canonical: try EPCURN.digitalLink(from: text).canonicalURI)
            } catch {
                return Outcome(canonical: text, problem: error.message)
            }
        }
        guard text.hasPrefix("https://") || text.hasPrefix("http://"), looksLikeDigitalLink(text) else {
            return Outcome(canonical: text)
        }
        do {
            return Outcome(canonical: try DigitalLink.parse(text).canonicalURI)
        } catch {
            // Still compared on the canonical domain, so that one bad link matches its copies.
            return Outcome(canonical: onCanonicalDomain(text), problem: error.message)
        }
    }

    /// `uri` with its scheme and host replaced by `https://id.gs1.org` and without query or fragment.
    private static func onCanonicalDomain(_ uri: String) -> String {
        let afterScheme = uri.drop { $0 != "/" }.dropFirst(2)
        guard let pathStart = afterScheme.firstIndex(of: "/") else { return uri }
        let path = afterScheme[pathStart...].prefix { $0 != "?" && $0 != "#" }
        return DigitalLink.canonicalBase + path
    }

    /// Whether the path of `uri` has a GS1 primary key (`/01/`, `/414/`...) as one of its segments.
    private static func looksLikeDigitalLink(_ uri: String) -> Bool {
        var slashes = 0
        var segment: [UInt8] = []
        for byte in uri.utf8 {
            if byte == UInt8(ascii: "/") {
                if slashes >= 3, primaryKeyBytes.contains(segment) { return true }
                slashes += 1
                segment.removeAll(keepingCapacity: true)
            } else if slashes >= 3 {
                segment.append(byte)
            }
        }
        return false
    }

    private static let primaryKeyBytes: Set<[UInt8]> = Set(primaryKeys.map { Array($0.utf8) })

    /// GS1 Application Identifiers that start a Digital Link path.
    private static let primaryKeys: Set<String> = [
        "00", "01", "253", "255", "401", "402", "414", "417", "8003", "8004", "8006", "8010", "8013", "8017", "8018",
    ]
}
