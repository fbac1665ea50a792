import Diagnostics
import GS1
import JSONCore
import Traceability

/// The assemble stage for a whole catalogue: which lots get a passport, and each lot's passport
/// assembled from the catalogue and its trace, with its JSON-LD document.
///
/// Lots are independent: ``assemble(_:)`` may run for several lots at once.
public struct PassportGenerator: Sendable {
    public let catalog: Catalog
    /// The events of every input document, indexed once by the caller.
    public let graph: TraceGraph
    private let assembler: PassportAssembler
    private let links: CredentialLinks

    /// The UNTP version the passports are written in.
    public var version: UNTPVersion { assembler.version }

    /// Where the passports are published, without a final `/`.
    public var baseURL: String { assembler.baseURL }

    /// A generator of passports published at `baseURL`, written in `version`.
    public init(catalog: Catalog, graph: TraceGraph, baseURL: String, version: UNTPVersion = .latest) {
        self.catalog = catalog
        self.graph = graph
        assembler = PassportAssembler(catalog: catalog, baseURL: baseURL, version: version)
        links = CredentialLinks(catalog: catalog, graph: graph, baseURL: baseURL)
    }

    /// Every production lot of every catalogue product, in catalogue then lot order.
    public func plan() -> GenerationPlan {
        var lots: [GenerationPlan.Lot] = []
        var productsWithoutLots: [Int: Diagnostic] = [:]
        // The catalogue reader has checked every GTIN.
        let gtins = catalog.products.map { try? GTIN($0.gtin) }
        let lotsByGTIN = graph.productionLots(of: Set(gtins.compactMap { $0 }))
        for (index, product) in catalog.products.enumerated() {
            let produced = gtins[index].flatMap { lotsByGTIN[$0] } ?? []
            if produced.isEmpty {
                productsWithoutLots[index] = Diagnostic(
                    AssemblyRule.noLots, "no event produces a lot of \(product.sku) (GTIN \(product.gtin)); no passport for it",
                    at: SourceLocation(file: "catalogue", pointer: "/products/\(index)"))
            }
            lots += produced.map { GenerationPlan.Lot(productIndex: index, lot: $0) }
        }
        return GenerationPlan(productCount: catalog.products.count, lots: lots, productsWithoutLots: productsWithoutLots)
    }

    /// The catalogue product `lot` is a lot of.
    public func product(of lot: GenerationPlan.Lot) -> CatalogProduct { catalog.products[lot.productIndex] }

    /// The passport of `lot`, traced and assembled, with the problems the trace and the assembly
    /// found; `status`, when the passport is signed, is its entry in the site's status list.
    public func assemble(_ lot: GenerationPlan.Lot, status: Passport.StatusEntry? = nil) -> LotAssembly {
        let trace = graph.trace(lot.lot.id)
        let sink = DiagnosticSink()
        sink.add(contentsOf: trace.diagnostics)
        do {
            var passport = try assembler.assemble(product(of: lot), lot: lot.lot, trace: trace, links: links, sink: sink)
            passport.status = status
            return LotAssembly(
                assembled: AssembledPassport(passport: passport, version: version),
                diagnostics: sink.diagnostics, tracedEvents: trace.steps.map(\.eventNumber))
        } catch {
            sink.add(
                error.diagnostic(at: SourceLocation(file: "events"), subject: "lot '\(lot.lot.lot)' of \(product(of: lot).sku) cannot be published"))
            return LotAssembly(assembled: nil, diagnostics: sink.diagnostics, tracedEvents: trace.steps.map(\.eventNumber))
        }
    }

    /// Every lot of the plan assembled, one after the other, in plan order.
    public func assembleAll() -> [LotAssembly] { plan().lots.map { assemble($0) } }
}

/// One assembled passport: the typed form, and its JSON-LD document made when asked for (a run
/// that finds the passport's inputs unchanged since the published site never needs it).
public struct AssembledPassport: Sendable {
    public var passport: Passport
    /// The UNTP version the document is written in.
    public var version: UNTPVersion

    /// The passport's JSON-LD document, encoded at each call.
    public var document: JSONValue { PassportDocument.encode(passport, as: version) }
}

/// What assembling one lot gave: its passport, unless it cannot be made, and the problems found on the way.
public struct LotAssembly: Sendable {
    public var assembled: AssembledPassport?
    /// The trace's and the assembly's problems: they belong to the inputs, not to the passport.
    public var diagnostics: [Diagnostic]
    /// The events of the lot's trace, each published once as a traceability event credential.
    public var tracedEvents: [TraceGraph.EventNumber]
}
