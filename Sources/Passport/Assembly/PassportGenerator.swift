import Diagnostics
import GS1
import JSONCore
import Traceability

/// The generate pipeline up to rendering: for every catalogue product and each of its
/// production lots in the trace graph, trace, assemble, encode and check one passport.
public struct PassportGenerator: Sendable {
    /// One generated passport: the typed form, its JSON-LD document and its checks.
    public struct Output: Sendable {
        public var passport: Passport
        public var document: JSONValue
        public var diagnostics: [Diagnostic]
    }

    public let catalog: Catalog
    /// The events of every input document, indexed once by the caller.
    public let graph: TraceGraph
    public let baseURL: String
    public let check: PassportCheck
    public let context: CheckContext

    public init(catalog: Catalog, graph: TraceGraph, baseURL: String, check: PassportCheck = PassportCheck(), context: CheckContext) {
        self.catalog = catalog
        self.graph = graph
        self.baseURL = baseURL
        self.check = check
        self.context = context
    }

    /// Every passport, in catalogue then lot order; problems that are not a passport's own go to `sink`.
    public func generate(sink: DiagnosticSink) -> [Output] {
        let assembler = PassportAssembler(catalog: catalog, baseURL: baseURL)
        var outputs: [Output] = []
        for (index, product) in catalog.products.enumerated() {
            // The catalogue reader has checked every GTIN.
            let lots = (try? GTIN(product.gtin)).map { graph.productionLots(of: $0) } ?? []
            if lots.isEmpty {
                sink.add(.warning("GEN-NO-LOTS", "no event produces a lot of \(product.sku) (GTIN \(product.gtin)); no passport for it",
                                  at: SourceLocation(file: "catalogue", pointer: "/products/\(index)")))
            }
            for lot in lots {
                let trace = graph.trace(lot.id)
                sink.add(contentsOf: trace.diagnostics.map(PublishingPolicy.escalated))
                let passport: Passport
                do {
                    passport = try assembler.assemble(product, lot: lot, trace: trace, sink: sink)
                } catch {
                    sink.add(.error(error.ruleID, "lot '\(lot.lot)' of \(product.sku) cannot be published: \(error.message)",
                                    at: SourceLocation(file: "events", pointer: nil)))
                    continue
                }
                let document = PassportDocument.encode(passport)
                let file = (try? PassportPath.relativePath(of: passport)) ?? passport.link
                outputs.append(Output(passport: passport, document: document, diagnostics: check.run(document, file: file, context: context)))
            }
        }
        return outputs
    }
}
