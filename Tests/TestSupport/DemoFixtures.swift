import Foundation

/// The demo fixtures of `Fixtures/demo/`: the catalogue and the events that `dpp demo` publishes.
public enum DemoFixtures {
    /// `Fixtures/demo/`.
    public static let folder = PackageFolders.root.appendingPathComponent("Fixtures/demo")

    /// The fixture file `name`, e.g. `events.xml`.
    public static func file(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// The bytes of the fixture file `name`.
    public static func bytes(_ name: String) throws -> [UInt8] { Array(try Data(contentsOf: file(name))) }

    /// The text of the fixture file `name`.
    public static func text(_ name: String) throws -> String { try String(contentsOf: file(name), encoding: .utf8) }
}
