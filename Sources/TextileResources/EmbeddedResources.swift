/// The files of `Schemas/` and `Fixtures/demo/`, embedded in the binary.
public enum EmbeddedResources {}
extension EmbeddedResources { public static let probe = PackageResources.demo_placeholder_json }
