import Diagnostics
import Passport

/// The validate stage for passport files: read each file, parse it, run the profile's check.
public struct PassportValidation: Sendable {
    public let profile: ValidationProfile
    public let check: PassportCheck
    public let context: CheckContext

    public init(profile: ValidationProfile, check: PassportCheck, context: CheckContext) {
        self.profile = profile
        self.check = check
        self.context = context
    }

    /// The files below `paths` that are passports: `*.jsonld`, except contexts under a `contexts`
    /// folder, the Digital Facility Records of a site's `facilities` folder and a site's
    /// traceability event credentials under `events`.
    public static func passportFiles(_ paths: [String]) throws(InputPathError) -> [String] {
        try InputPaths.expand(
            paths, extensions: ["jsonld"], skippingFolders: ["contexts", FacilityRecordLinks.folder, TraceabilityEventPath.folder])
    }

    /// The report on `files`, checked `jobs` at a time; verdicts in the order of `files`, whatever `jobs`.
    public func report(on files: [String], jobs: JobCount, progress: ProgressSink = .none) -> ValidationReport {
        progress.report(.started(stage: .validating, total: files.count))
        let verdicts = OrderedParallelMap.map(files, jobs: jobs) { file in
            defer { progress.report(.passportDone) }
            return verdict(file)
        }
        return ValidationReport(files: verdicts, profile: profile.name)
    }

    /// The verdict on one file: unreadable, malformed, or the check's diagnostics.
    public func verdict(_ file: String) -> ValidationReport.FileVerdict {
        switch JSONInput.readTape(file) {
        case .success(let tape): .init(path: file, diagnostics: check.run(tape, file: file, context: context))
        case .failure(let diagnostic): .init(path: file, diagnostics: [diagnostic])
        }
    }
}
