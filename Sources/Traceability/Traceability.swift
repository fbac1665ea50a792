import CLibXML2
/// Traceability: EPCIS 2.0 readers and the trace graph.
public enum TraceabilityModule {}
