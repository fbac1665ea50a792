import Foundation
import JSONCore
import Passport

/// Turns a `--profile` value into a profile and its compiled check: a built-in name, a profile
/// file, or a plain JSON Schema file (the schema alone, no rule packs).
public enum ProfileLoader {
    /// The profile `option` names, with its check compiled once.
    public static func load(_ option: String) throws(ProfileFailure) -> (profile: ValidationProfile, check: PassportCheck) {
        do {
            if ValidationProfile.builtInNames.contains(option) {
                let profile = try ValidationProfile.builtIn(option)
                return (profile, try PassportCheck(profile: profile))
            }
            guard FileManager.default.fileExists(atPath: option) else {
                throw ProfileFailure(
                    "--profile \(option): neither a built-in profile (\(ValidationProfile.builtInNames.joined(separator: ", "))) nor a file")
            }
            let document = try parse(option)
            if isPlainSchema(document) {
                let profile = try ValidationProfile(document: ["name": .string(option), "schema": .string(option), "rulePacks": []])
                return (profile, try PassportCheck(profile: profile, schemaDocuments: .every(document)))
            }
            let profile = try ValidationProfile(document: document)
            let schemas = try profile.schemas?.map { reference throws(ProfileFailure) in try schema(reference, besides: option) }
            return (profile, try PassportCheck(profile: profile, schemaDocuments: schemas))
        } catch let error as ProfileFailure {
            throw error
        } catch let error as ProfileError {
            let location = error.pointer.map { " at \($0)" } ?? ""
            throw ProfileFailure("--profile \(option)\(location): \(error.message)")
        } catch {
            throw ProfileFailure("--profile \(option): \(error)")
        }
    }

    /// Whether `document` is a JSON Schema rather than a profile: no rule packs, and a schema's members.
    static func isPlainSchema(_ document: JSONValue) -> Bool {
        document["rulePacks"] == nil && (document["$schema"] != nil || document["properties"] != nil)
    }

    /// The schema `reference` names: a built-in schema, or a file relative to the profile file.
    private static func schema(_ reference: String, besides profilePath: String) throws(ProfileFailure) -> JSONValue {
        if let bytes = ValidationProfile.embeddedSchema(reference) {
            do { return try JSONParser().parse(bytes) } catch { throw ProfileFailure("built-in schema \(reference): \(error.message)") }
        }
        let folder = (profilePath as NSString).deletingLastPathComponent
        return try parse(reference.hasPrefix("/") ? reference : (folder as NSString).appendingPathComponent(reference))
    }

    private static func parse(_ path: String) throws(ProfileFailure) -> JSONValue {
        switch JSONInput.read(path) {
        case .success(let document): return document
        case .failure(let diagnostic): throw ProfileFailure("\(diagnostic.location): \(diagnostic.message)")
        }
    }
}

/// A profile that cannot be used: unreadable, malformed, or naming what does not exist (exit code 2).
public struct ProfileFailure: Error, Sendable {
    public let message: String
    init(_ message: String) { self.message = message }
}
