import Foundation
import GS1
import JSONCore
import Pipeline

/// `dpp generate`: one passport per product and production lot, checked and published.
enum GenerateCommand: Command {
    static let name = "generate"
    static let summary = "assemble, check and publish a passport for every SKU and lot"
    static let help = """
        Usage: dpp generate --catalog FILE --events FILE... --out DIR [--key KEY] [--base-url URL] [--at DATE]
               [--untp 0.7.0|0.6.1] [--nginx DIR [--listen ADDR:PORT]] [--format text|json] [--jobs N] [--quiet] [--timings]
               [--shard K/N]
               [--labels [--languages LIST] [--countries LIST] [--size WxH] [--hangtag-size WxH] [--sheet A4|Letter ...]]

        Reads the product catalogue (JSON, see Schemas/catalog.schema.json; or the same as an .xlsx
        workbook or a folder of CSV files, one per sheet, see README "Inputs") and the traceability
        events (EPCIS 2.0 JSON-LD or XML; several files allowed), traces every production lot of
        every product back to its origin lots, assembles and checks one passport per lot, and
        publishes the site into DIR: DIR/01/<gtin>/10/<lot>/ holds passport.jsonld, index.html,
        qr.svg and qr.png; DIR/index.html lists them; DIR/report.json is the run report. The
        passports are W3C Verifiable Credentials holding a UNTP Digital Product Passport 0.7.0 (the
        subject is the product), or 0.6.1 with --untp 0.6.1, with the textile terms of the JSON-LD
        context published with them (DIR/contexts/textile-passport/v2.jsonld, v1 for 0.6.1). Every
        EPCIS event in a passport's trace is published once as a UNTP 0.7.0 traceability event
        credential, DIR/events/<name>.jsonld (<name>: the UUID of a urn:uuid eventID).
        DIR/facilities/<gln>.jsonld is the UNTP 0.7.0 Digital Facility Record of each facility of
        the manufacturer and of each place the passports' origin lots come from.

        The site is also a GS1 resolver (GS1 Resolver standard 1.2, UNTP identity resolver): every
        product (DIR/01/<gtin>/) and lot has its linkset, linkset.json (application/linkset+json:
        its consumer pages, passport, certificates, recycling and repair pages, traceability events
        and facility records, by GS1 and UNTP link type), and DIR/.well-known/gs1resolver describes
        the resolver. With --nginx, NGINX_DIR/site.conf is an nginx server block (with its maps) to
        include in the http block of an nginx configuration, and NGINX_DIR/nginx.conf runs it alone
        (nginx -p NGINX_DIR -c nginx.conf): it redirects each key (307) to the link its linkType,
        Accept and Accept-Language ask for, answers ?linkType=all with the linkset, and sets the
        media types, Link, Vary and CORS headers. The base URL must be a host without a path.

        With --key, every passport is also published signed, as passport.jwt (application/vc+jwt,
        VC-JOSE), and every facility record as DIR/facilities/<gln>.jwt; each passport has a
        credentialStatus entry in the site's revocation list (DIR/status/revocation.jwt, a signed
        Bitstring Status List); the issuer's DID document is
        published at the path its did:web DID resolves to when the DID's host is the site's host,
        and at DIR/issuer/did.json otherwise, for the issuer to host at its own domain. Each lot
        keeps its status list index (DIR/status/allocation.json) and every revocation is kept when
        the site is generated again. Each traceability event is signed too, as events/<name>.jwt.

        With --labels, each lot's folder also gets its care label and hang tag (label.svg,
        label.pdf, hangtag.svg, hangtag.pdf) and, with --sheet, DIR/labels/ their sheets; the
        label options are those of `dpp labels` (see `dpp labels --help`).

        Publishing is atomic: when any input or passport has an error, nothing is written and
        DIR keeps its previous content. It is also incremental: a passport or traceability
        event whose inputs are unchanged since DIR was published (DIR/publication-manifest.txt)
        is taken from DIR as it is, not rendered, signed and written again; the run says how
        many. With --shard K/N the site holds the K-th part of the lots only; dpp site merge
        joins the parts (see dpp site --help).

        Options:
          --catalog FILE     the product catalogue: JSON (- for standard input), .xlsx, or a folder of CSV files
          --events FILE...   EPCIS 2.0 documents (repeat the option or list several files), or
                             step rows (.csv, or .xlsx with a Steps sheet; see dpp events --help),
                             converted in memory with the catalogue's names
          --jobs N           work on N event files or passports at once, 1 to 1024 (default: one
                             per processor core); the site is the same whatever N
          --out DIR          the site folder to (re)create: a new or empty folder, or a site dpp
                             published (it has report.json); any other folder is refused (exit 2)
          --key KEY          sign with this private key (a PEM file of mode 0600 made by `dpp keys new`,
                             with the issuer's did.json beside it; its DID must be the catalogue's issuer)
          --base-url URL     where the site will be hosted (default \(GenerationRequest.defaultBaseURL)); the QR codes
                             and passport identifiers use it
          --at DATE          check certificates on DATE (YYYY-MM-DD); default today (UTC)
          --untp VERSION     the UNTP Digital Product Passport version to write: 0.7.0 (default) or 0.6.1
          --nginx DIR        also write the site's nginx configuration into DIR (site.conf, nginx.conf, 404.html)
          --listen ADDR:PORT what that configuration listens on: PORT or ADDR:PORT (default 80)
          --format FORMAT    text (default) or json: the report printed
          --quiet            no progress line (shown on standard error only when it is a terminal)
          --timings          print the wall time of each stage on standard error at the end
          --shard K/N        publish only the K-th of N disjoint parts of the lots (a lot's part: the
                             FNV-1a hash of its Digital Link modulo N); join the parts with dpp site merge

        Exit codes: 0 published, 1 an input or passport is invalid (nothing published),
        2 usage error, or an input that cannot be read or parsed.

        """

    static func run(_ arguments: inout Arguments, console: Console) throws -> ExitStatus {
        let run = try Run(&arguments, console: console)
        var request = run.request
        request.shard = try arguments.option("--shard").map { text throws(UsageError) in
            guard let shard = Shard(parsing: text) else { throw UsageError("--shard must be K/N with 1 ≤ K ≤ N, not '\(text)'") }
            return shard
        }
        try arguments.finish()
        return GenerationReport.run(request, command: name, format: run.format, progress: run.progress, timings: run.timings, console: console)
    }

    /// The options `generate` and `site merge` share, read into a request.
    struct Run {
        var request: GenerationRequest
        var format: ReportFormat
        var progress: ProgressLine?
        var timings: StageTimes?

        init(_ arguments: inout Arguments, console: Console) throws {
            format = try arguments.format()
            let jobs = try arguments.jobs()
            let date = try arguments.checkDate()
            let baseURL = try BaseURL.parse(try arguments.option("--base-url") ?? GenerationRequest.defaultBaseURL)
            progress = try arguments.progress(on: console)
            timings = try arguments.flag("--timings") ? StageTimes() : nil
            guard let catalogPath = try arguments.option("--catalog") else { throw UsageError("--catalog is required") }
            let eventPaths = try arguments.list("--events")
            guard !eventPaths.isEmpty else { throw UsageError("--events is required") }
            guard let out = try arguments.option("--out") else { throw UsageError("--out is required") }
            let key = try arguments.option("--key")
            let version = try arguments.untpVersion()
            let nginx = try arguments.nginxOutput()
            let labels = try arguments.flag("--labels") ? try LabelsCommand.labelOptions(&arguments) : nil
            request = GenerationRequest(
                inputs: .files(catalog: catalogPath, events: eventPaths), baseURL: baseURL, checkDate: date,
                output: URL(fileURLWithPath: out), jobs: jobs, signingKey: key, version: version, nginx: nginx, labels: labels)
        }
    }
}

/// The `--base-url` of a site: an http(s) URL without query or fragment, no trailing slash.
enum BaseURL {
    static func parse(_ text: String) throws(UsageError) -> String {
        guard let components = URLComponents(string: text), ["http", "https"].contains(components.scheme ?? ""),
            let host = components.host, !host.isEmpty, components.query == nil, components.fragment == nil
        else { throw UsageError("--base-url must be an http(s) URL without query or fragment, not '\(text)'") }
        // Refused once here, rather than for every lot whose Digital Link it would start.
        do { return try DigitalLink.checkedBase(text) } catch { throw UsageError("--base-url '\(text)': \(error.message)") }
    }
}
