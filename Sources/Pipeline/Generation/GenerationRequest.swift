import Foundation
import Passport
import Rendering
import TextileResources

/// What a generation run is asked to do: its inputs, where the site goes, and how to check.
public struct GenerationRequest: Sendable {
    /// The catalogue and the EPCIS documents: files the user names, or the embedded demo fixtures.
    public enum Inputs: Sendable {
        case files(catalog: String, events: [String])
        case demoFixtures
    }

    public var inputs: Inputs
    /// The base URL of the publishing site, without a trailing slash.
    public var baseURL: String
    /// Certificates must be valid on this date.
    public var checkDate: CalendarDate
    /// The site folder the run (re)creates.
    public var output: URL
    /// How many inputs are worked on at once.
    public var jobs: JobCount
    /// The issuer's private key file (its DID document beside it), when the passports are signed.
    public var signingKey: String?
    /// The UNTP version the passports are written in.
    public var version: UNTPVersion
    /// Where the site's nginx configuration goes, if it is asked for.
    public var nginx: NginxOutput?
    /// The labels each lot's folder gets (and their sheets, in `labels/`), when asked for.
    public var labels: LabelFiles.Options?
    /// The part of the lots to publish (`--shard K/N`); every lot when nil.
    public var shard: Shard?
    /// Sites whose unchanged outputs are reused besides the output folder's own: the shards a
    /// merge joins (`dpp site merge`).
    public var reuseSources: [URL]

    public init(
        inputs: Inputs, baseURL: String, checkDate: CalendarDate, output: URL, jobs: JobCount = .perCore, signingKey: String? = nil,
        version: UNTPVersion = .latest, nginx: NginxOutput? = nil, labels: LabelFiles.Options? = nil, shard: Shard? = nil,
        reuseSources: [URL] = []
    ) {
        self.inputs = inputs
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.checkDate = checkDate
        self.output = output
        self.jobs = jobs
        self.signingKey = signingKey
        self.version = version
        self.nginx = nginx
        self.labels = labels
        self.shard = shard
        self.reuseSources = reuseSources
    }

    /// The base URL the generated passports use unless told otherwise.
    public static let defaultBaseURL = "https://dpp.example.com"

    /// The shipping date of the demo fixtures: the demo's certificates are checked as an exporter would.
    public static let demoCheckDate = CalendarDate("2026-09-01")!

    /// The names the demo fixtures carry in diagnostics.
    static let demoCatalogName = "Fixtures/demo/catalog.json"
    static let demoEventsName = "Fixtures/demo/events.jsonld"
}
