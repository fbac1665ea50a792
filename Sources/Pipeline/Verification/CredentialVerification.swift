import Diagnostics
import Passport

/// The verify stage (`dpp verify`): each secured credential read, verified, and reported with
/// every failure, in one ``ValidationReport``.
public struct CredentialVerification: Sendable {
    /// The verifier every credential goes through.
    public let verifier: CredentialVerifier
    /// The name of the profile whose passport checks the verifier runs, if any.
    public let profile: String?

    public init(verifier: CredentialVerifier, profile: String?) {
        self.verifier = verifier
        self.profile = profile
    }

    /// The report on `inputs`, verified `jobs` at a time; verdicts in the order of `inputs`, whatever `jobs`.
    public func report(on inputs: [CredentialInput], jobs: JobCount, progress: ProgressSink = .none) -> ValidationReport {
        progress.report(.started(stage: .verifying, total: inputs.count))
        let verdicts = OrderedParallelMap.map(inputs, jobs: jobs) { input in
            defer { progress.report(.passportDone) }
            return verdict(input)
        }
        return ValidationReport(files: verdicts, profile: profile, wording: .verification)
    }

    /// The verdict on one credential: unreadable, or every failure the verifier finds.
    public func verdict(_ input: CredentialInput) -> ValidationReport.FileVerdict {
        switch input.bytes() {
        case .success(let bytes): .init(path: input.name, diagnostics: verifier.verify(bytes, at: input.location).diagnostics)
        case .failure(let diagnostic): .init(path: input.name, diagnostics: [diagnostic])
        }
    }
}

extension CredentialVerifier {
    /// The verifier of `dpp verify`: the securing policies, the status (each list verified with
    /// the securing policies too, a list issued after the time checked accepted as the newest
    /// word on the statuses), then the passport checks of `check`, when given.
    public static func passports(resolver: CredentialResolver, time: VerificationTime, check: PassportCheckPolicy?) -> CredentialVerifier {
        let listVerifier = CredentialVerifier(resolver: resolver, time: time) { securingPolicies(validity: ValidityPolicy(checksStart: false)) }
        let lists = StatusLists(verifier: listVerifier)
        return CredentialVerifier(resolver: resolver, time: time) {
            securingPolicies()
            StatusPolicy(lists: lists)
            if let check { check }
        }
    }
}
