import Diagnostics
import Foundation
import JSONCore
import Passport
import Rendering
import Spooling
import Synchronization
import Traceability

/// The library entry point of `dpp generate` and `dpp demo`: read → trace → assemble → check →
/// render → publish, with the policy that nothing is published unless every input and every
/// passport passes. Beside the passports, the site gets the Digital Facility Records of the
/// manufacturer's facilities and of the places the passports' origins name.
///
/// Each passport is rendered and written into the staging folder as soon as it is checked,
/// several at once, so memory holds the work in flight and, per passport, its verdict and a few
/// places in temporary files (its listing on the index and product pages, its manifest line, its
/// nginx routes), never the whole site. The events of the passports' traces follow, each once, as traceability
/// event credentials (``TraceabilityEventPublication``); the staged site is swapped in only at the end.
public enum GenerationPipeline {
    /// The run's report at the site's top, which every site has: what tells a folder as a site
    /// dpp published, which a run may replace.
    static let reportFile = "report.json"

    /// Runs `request`; the report lists every problem, `published` says where the site went.
    /// Throws ``InputFailure`` for an input that cannot be read, ``SigningFailure`` for a key, DID
    /// document or published status list that does not let the run sign, ``SiteStaging/Failure``
    /// when the site cannot be written (or the nginx configuration would be written inside it), ``NginxConfiguration/Failure`` when the nginx configuration
    /// asked for cannot serve the site (nothing is published), ``AtomicFile/Failure`` when it
    /// cannot be written (the site is).
    public static func run(_ request: GenerationRequest, progress: ProgressSink = .none) throws -> GenerationOutcome {
        try request.nginx?.checkOutside(site: request.output)
        progress.report(.started(stage: .readingEvents, total: nil))
        let inputs = try GenerationInputs(reading: request.inputs, jobs: request.jobs, progress: progress)
        var inputDiagnostics = inputs.diagnostics.map(PublishingPolicy.escalated)
        guard let catalog = inputs.catalog, !inputDiagnostics.hasErrors else {
            return GenerationOutcome(report: ValidationReport(files: [.init(path: "inputs", diagnostics: inputDiagnostics)]), published: nil)
        }
        progress.report(.started(stage: .indexing, total: nil))
        let graph = inputs.events.traceGraph(jobs: request.jobs)
        let generator = PassportGenerator(catalog: catalog, graph: graph, baseURL: request.baseURL, version: request.version)
        var plan = generator.plan()
        let signing = try request.signingKey.map { keyFile throws(SigningFailure) in
            var signing = try SiteSigning(keyFile: keyFile, issuerDID: catalog.issuer.did, baseURL: request.baseURL, site: request.output)
            try signing.allocate(plan)
            return signing
        }
        // Every shard allocates status list indexes for every lot, in the same order, so that the
        // shards' passports and the merged site agree on them.
        if let shard = request.shard { plan.lots = plan.lots.filter { shard.contains(lotID: $0.lot.id) } }
        let staging = try SiteStaging(
            publishing: request.output, replacing: .previousOutput(marker: Self.reportFile), removal: ParallelLoop(jobs: request.jobs))
        let reuse = OutputReuse(sites: request.reuseSources + [staging.target])
        let lots = plan.lots
        progress.report(.started(stage: .generating, total: lots.count))
        let publishable = Atomic<Bool>(true)
        let check = PassportCheck()
        let context = CheckContext(date: request.checkDate)
        let facilityOrigins = FacilityOriginCollector(links: FacilityRecordLinks(catalog: catalog, baseURL: request.baseURL))
        let traced = TraceabilityEventPublication.TracedEvents()
        let items = graph.itemsByLot()
        let resolver = ResolverPublication(
            site: ResolverSite(baseURL: request.baseURL, publisherName: catalog.issuer.name), staging: staging, routed: request.nginx != nil)
        let listing = SiteListing()
        // By number: a lot is large, and the lots are not copied.
        let results = OrderedParallelMap.map(Array(lots.indices), jobs: request.jobs) { (number: Int) -> LotResult in
            defer { progress.report(.passportDone) }
            return LotResult(
                lots[number], number: number, generator: generator, signing: signing, check: check, context: context, staging: staging,
                publishable: publishable,
                facilityOrigins: facilityOrigins, traced: traced, labels: request.labels, reuse: reuse, catalogFingerprint: inputs.catalogFingerprint,
                resolver: resolver, listing: listing, serials: items[lots[number].lot.id] ?? [])
        }
        if let failure = results.lazy.compactMap(\.writeFailure).first {
            staging.discard()
            throw failure
        }
        inputDiagnostics += plan.diagnostics(merging: results.map(\.inputDiagnostics))
        let facilityRecords = FacilityRecords(
            catalog: catalog, origins: facilityOrigins.origins, links: facilityOrigins.links, issued: request.checkDate)
        inputDiagnostics += facilityRecords.diagnostics
        // A shard may hold no lot; a whole run with none publishes nothing.
        let passportsPublished =
            (!results.isEmpty || request.shard != nil) && results.allSatisfy(\.isPublished) && !inputDiagnostics.hasErrors
        if passportsPublished { progress.report(.started(stage: .publishing, total: nil)) }
        let events = TraceabilityEventPublication(
            graph: graph, assembler: TraceabilityEventAssembler(catalog: catalog, baseURL: request.baseURL), signing: signing, reuse: reuse,
            catalogFingerprint: inputs.catalogFingerprint
        ).run(traced.sorted, staging: passportsPublished ? staging : nil, jobs: request.jobs)
        if let failure = events.writeFailure {
            staging.discard()
            throw failure
        }
        inputDiagnostics += events.diagnostics
        let report = ValidationReport(files: [.init(path: "inputs", diagnostics: inputDiagnostics)] + results.compactMap(\.verdict))
        guard report.invalidCount == 0, passportsPublished else {
            staging.discard()
            return GenerationOutcome(report: report, published: nil)
        }
        progress.report(.started(stage: .publishingSite, total: nil))
        try stage(facilityRecords, signing: signing, into: staging)
        let signingFiles = try signing?.files(validFrom: request.checkDate.description + "T00:00:00Z") ?? []
        let listed = listing.finish()
        for file in SiteFrame.files(listed: listed, version: request.version, signingFiles: signingFiles) {
            try staging.writeUnlessUnchanged(file)
        }
        try staging.write(["index.html"], pieces: SiteFrame.indexPage(listed: listed, issuerName: catalog.issuer.name, signingFiles: signingFiles))
        try staging.write([Self.reportFile], pieces: report.prettyJSONPieces)
        let nginx: NginxConfiguration?
        do {
            nginx = try resolver.finish(nginx: request.nginx)
        } catch let failure as NginxConfiguration.Failure {
            staging.discard()
            throw failure
        }
        if let manifest = reuse.manifestPieces { try staging.write([PublicationManifest.fileName], pieces: manifest) }
        progress.report(.started(stage: .swapping, total: nil))
        try staging.commit()
        if let nginx { try request.nginx?.write(nginx) }
        let reused = reuse.reused
        return GenerationOutcome(
            report: report,
            published: PublishedSite(
                folder: staging.target, passportCount: results.count, reusedPassports: reused.passports, reusedEvents: reused.events,
                reusedChecks: reused.checks))
    }
}

/// What one lot gave: problems that belong to the inputs, the passport's verdict, and whether it was published.
private struct LotResult: Sendable {
    /// The trace's and the assembly's problems, escalated as publishing demands.
    var inputDiagnostics: [Diagnostic]
    var verdict: ValidationReport.FileVerdict?
    /// Whether the passport's files were written and listed.
    var isPublished = false
    /// Why the passport's files could not be rendered or written: the run stops.
    var writeFailure: SiteStaging.Failure?

    /// Assembles, checks and, while every passport so far passed, renders and stages the passport
    /// of `lot` (the `number`th of the run) and its resolver files (`resolver`; its items are `serials`), and lists it in `listing`; its
    /// origins go to `facilityOrigins` and the events of its trace to `traced`. A passport made
    /// from the inputs its published folder was made from (`catalogFingerprint` is the
    /// catalogue's) and checked for the same date is staged from it without its document being made.
    init(
        _ lot: GenerationPlan.Lot, number: Int, generator: PassportGenerator, signing: SiteSigning?, check: PassportCheck, context: CheckContext,
        staging: SiteStaging, publishable: borrowing Atomic<Bool>, facilityOrigins: FacilityOriginCollector,
        traced: TraceabilityEventPublication.TracedEvents, labels: LabelFiles.Options?, reuse: OutputReuse, catalogFingerprint: [UInt8]?,
        resolver: ResolverPublication, listing: SiteListing, serials: [String]
    ) {
        let status = signing?.status(of: lot)
        let assembly = generator.assemble(lot, status: status)
        traced.insert(assembly.tracedEvents)
        inputDiagnostics = assembly.diagnostics.map(PublishingPolicy.escalated)
        guard let assembled = assembly.assembled else {
            publishable.store(false, ordering: .relaxed)
            return
        }
        let passport = assembled.passport
        let file = (try? PassportPath.relativePath(of: passport)) ?? passport.link ?? ""
        let texts = generator.catalog.texts(ofProduct: passport.product.registeredID ?? "")
        let count = labels == nil ? nil : generator.graph.producedCount(of: lot.lot.id)
        let signingKey = signing?.issuer.keyURL
        let inputFingerprint = catalogFingerprint.flatMap {
            reuse.passportInputFingerprint(
                lot: lot.lot, serials: serials, traced: assembly.tracedEvents, graph: generator.graph, status: status, catalogFingerprint: $0,
                baseURL: generator.baseURL, version: generator.version, signingKey: signingKey, labels: labels, producedCount: count)
        }
        let makeDocument = {
            let document = assembled.document
            let bytes = PassportFiles.documentBytes(document)
            let fingerprint = reuse.passportFingerprint(
                documentBytes: bytes, texts: texts, version: generator.version, signingKey: signingKey, labels: labels, producedCount: count)
            return MadeDocument(document: document, bytes: bytes, fingerprint: fingerprint)
        }
        // Worked out once; a lot whose folder cannot be made fails below, when it is rendered.
        let passportFolder = Result { try PassportPath.folder(of: passport) }
        let outputKey = (try? passportFolder.get())?.joined(separator: "/")
        let checkDate = context.date.description
        // The same inputs, or else the same document, checked for the same date by this build are
        // found as they were; only a document whose inputs changed is made.
        let published = outputKey.flatMap(reuse.published)
        var made: MadeDocument?
        let diagnostics: [Diagnostic]
        if let recorded = reuse.recordedDiagnostics(published, inputFingerprint: inputFingerprint, checkDate: checkDate) {
            diagnostics = recorded
        } else {
            let document = makeDocument()
            made = document
            diagnostics =
                reuse.recordedDiagnostics(published, fingerprint: document.fingerprint, checkDate: checkDate)
                ?? check.run(document.document, file: file, context: context)
        }
        verdict = .init(path: file, diagnostics: diagnostics)
        guard !diagnostics.hasErrors, !inputDiagnostics.hasErrors else {
            publishable.store(false, ordering: .relaxed)
            return
        }
        // Once anything fails nothing will be published, so the rest is checked but not rendered.
        guard publishable.load(ordering: .relaxed) else { return }
        do {
            let folder = try passportFolder.get()
            let key = folder.joined(separator: "/")
            let checked = RecordedVerdict(checkDate: checkDate, diagnostics: diagnostics)
            var resolverLot = PassportFiles.resolverLot(of: passport, folder: folder, signed: signing != nil)
            let order = ManifestSpool.Order(kind: .passport, number: number)
            // Found by its inputs, the published output is staged as it was; when a file of it is
            // missing the output is rendered (its document would find the same files).
            let byInputs = made == nil
            var unchangedIn: String?
            if try byInputs && reuse.reuse(published, as: key, inputFingerprint: inputFingerprint, order: order, staging: staging) {
                unchangedIn = published?.sitePath
            } else {
                let document = made ?? makeDocument()
                if try byInputs
                    || !reuse.reuse(
                        published, as: key, fingerprint: document.fingerprint, inputFingerprint: inputFingerprint, order: order,
                        verdict: checked, staging: staging)
                {
                    let files = try PassportFiles(
                        passport: passport, document: document.document, version: generator.version, texts: texts,
                        signature: signing?.signature(ofDocumentBytes: document.bytes), documentBytes: document.bytes)
                    var written = files.files
                    if let labels {
                        written += try LabelFiles(
                            passport: passport, producedCount: count, options: labels, productTexts: texts, code: files.code
                        ).files
                    }
                    for file in written { try staging.write(file) }
                    reuse.record(
                        key, order: order, fingerprint: document.fingerprint, inputFingerprint: inputFingerprint, verdict: checked,
                        files: written.map(\.path))
                }
            }
            resolverLot.serials = serials
            try resolver.publish(resolverLot, number: number, unchangedIn: unchangedIn)
            listing.add(passport, folder: folder, texts: texts, number: number)
            isPublished = true
            facilityOrigins.add(passport)
        } catch let failure as SiteStaging.Failure {
            publishable.store(false, ordering: .relaxed)
            writeFailure = failure
        } catch let failure as LabelFailure {
            publishable.store(false, ordering: .relaxed)
            writeFailure = SiteStaging.Failure(message: "the labels of \(failure)")
        } catch {
            publishable.store(false, ordering: .relaxed)
            writeFailure = SiteStaging.Failure(message: "the passport of \(passport.link ?? "") cannot be rendered: \(error)")
        }
    }
}

/// A passport's document, its file's bytes and the fingerprint of its folder
/// (``OutputReuse/passportFingerprint(documentBytes:texts:version:signingKey:labels:producedCount:)``).
private struct MadeDocument {
    var document: JSONValue
    var bytes: [UInt8]
    var fingerprint: OutputFingerprint?
}

/// The outcome of a generation run: the report of every input and passport, and the published site if any.
public struct GenerationOutcome: Sendable {
    public var report: ValidationReport
    public var published: PublishedSite?
}

/// A site swapped into its folder.
public struct PublishedSite: Sendable {
    public var folder: URL
    public var passportCount: Int
    /// The passports whose files were staged from the previous site (unchanged since it was published).
    public var reusedPassports: Int
    /// The traceability events whose files were staged from the previous site.
    public var reusedEvents: Int
    /// The passports whose check was taken from the previous site (the same document checked for the same date).
    public var reusedChecks: Int
}
