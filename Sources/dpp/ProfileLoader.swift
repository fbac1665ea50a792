import Foundation
import JSONCore
import Passport

/// Turns `--profile` into a profile and its compiled check: a built-in name or a file.
enum ProfileLoader {
    /// An unusable profile: exit code 2.
    struct Failure: Error, ReportableError {
        let message: String
        var isInputProblem: Bool { true }
    }

    static func load(_ option: String) throws(Failure) -> (ValidationProfile, PassportCheck) {
        do {
            if ValidationProfile.builtInNames.contains(option) {
                let profile = try ValidationProfile.builtIn(option)
                return (profile, try PassportCheck(profile: profile))
            }
            guard FileManager.default.fileExists(atPath: option) else {
                throw Failure(message: "--profile \(option): neither a built-in profile (\(ValidationProfile.builtInNames.joined(separator: ", "))) nor a file")
            }
            let document = try parse(option)
            if document["rulePacks"] == nil, document["$schema"] != nil || document["properties"] != nil {
                // A plain JSON Schema: the schema alone, no rule packs.
                let profile = try ValidationProfile(document: ["name": .string(option), "schema": .string(option), "rulePacks": []])
                return (profile, try PassportCheck(profile: profile, schemaDocument: document))
            }
            let profile = try ValidationProfile(document: document)
            return (profile, try PassportCheck(profile: profile, schemaDocument: try schema(profile.schemaReference, besides: option)))
        } catch let error as Failure {
            throw error
        } catch let error as ProfileError {
            let location = error.pointer.map { " at \($0)" } ?? ""
            throw Failure(message: "--profile \(option)\(location): \(error.message)")
        } catch {
            throw Failure(message: "--profile \(option): \(error)")
        }
    }

    /// The schema `reference` names: a built-in schema, or a file relative to the profile file.
    private static func schema(_ reference: String?, besides profilePath: String) throws -> JSONValue? {
        guard let reference else { return nil }
        if let bytes = ValidationProfile.embeddedSchema(reference) {
            do { return try JSONParser().parse(bytes) } catch { throw Failure(message: "built-in schema \(reference): \(error.message)") }
        }
        let folder = (profilePath as NSString).deletingLastPathComponent
        return try parse(reference.hasPrefix("/") ? reference : (folder as NSString).appendingPathComponent(reference))
    }

    private static func parse(_ path: String) throws(Failure) -> JSONValue {
        switch InputFiles.read(path) {
        case .failure(let diagnostic): throw Failure(message: "\(path): \(diagnostic.message)")
        case .success(let bytes):
            do { return try JSONParser().parse(bytes) } catch {
                throw Failure(message: "\(path):\(error.line):\(error.column): not valid JSON: \(error.message)")
            }
        }
    }
}
