import Credentials
import Diagnostics
import Foundation
import Rendering
import Synchronization

/// Incremental publishing: an output (a passport's folder, a traceability event) whose inputs
/// have the fingerprint they had when the published site was rendered is staged from that
/// site's files, as hard links, instead of being rendered, signed and written again.
///
/// A fingerprint is the SHA-256 of everything the output's files are made from (the passport or
/// event document, the product's texts, the signing key, the label options...) and of the build
/// of `dpp` (``RendererIdentity``). A passport or traceability event may have a second one, of
/// what its document is made from (``passportInputFingerprint(lot:serials:traced:graph:status:catalogFingerprint:baseURL:version:signingKey:labels:producedCount:)``,
/// ``eventInputFingerprint(content:catalogFingerprint:baseURL:signingKey:)``), which stages it
/// without the document being made. The published site's ``PublicationManifest``
/// (read a line at a time: ``PublishedOutputs``) gives the previous fingerprints; the ones this
/// run records are published with the new site. Used from several threads.
final class OutputReuse: Sendable {
    /// What an output is, for the counts.
    enum Kind: Int, Sendable {
        case passport, event
    }

    private let renderer: String?
    /// The outputs of the published sites; nil when this build has no identity to compare.
    private let previous: PublishedOutputs?
    /// The lines of the new site's manifest; nil when this build has no identity to record.
    private let recorded: ManifestSpool?
    private let reusedPassports = Atomic<Int>(0)
    private let reusedEvents = Atomic<Int>(0)
    private let reusedVerdicts = Atomic<Int>(0)

    /// Reuse from the sites published in `sites` that have a manifest of this build; an output
    /// in several is taken from the first.
    init(sites: [URL]) {
        let renderer = RendererIdentity.current
        self.renderer = renderer
        previous = renderer.map { PublishedOutputs(sites: sites, renderer: $0) }
        recorded = renderer.map { ManifestSpool(renderer: $0) }
    }

    /// The published output `key`, read once for the calls below that take it; nil when no
    /// published site of this build has it.
    func published(_ key: String) -> PublishedOutputs.Output? {
        previous?.output(key)
    }

    /// The fingerprint of an output made from `parts`, in order; nil when it cannot be computed
    /// (the output is then rendered, and not recorded).
    func fingerprint(_ parts: [[UInt8]]) -> OutputFingerprint? {
        guard let renderer else { return nil }
        var bytes: [UInt8] = []
        for part in [Array(renderer.utf8)] + parts {
            withUnsafeBytes(of: UInt64(part.count).littleEndian) { bytes += $0 }
            bytes += part
        }
        return (try? DigestAlgorithm.sha256.hash(bytes)).flatMap(OutputFingerprint.init(digest:))
    }

    /// The diagnostics the check found in the `published` output when it was rendered from inputs
    /// of `fingerprint` and checked for `checkDate`; nil when the published site has no such
    /// verdict, and the output must be checked again.
    func recordedDiagnostics(_ published: PublishedOutputs.Output?, fingerprint: OutputFingerprint?, checkDate: String) -> [Diagnostic]? {
        recordedDiagnostics(published, checkDate: checkDate, if: fingerprint != nil && published?.output.fingerprint == fingerprint)
    }

    /// The diagnostics the check found in the `published` output when its document was made from
    /// inputs of `inputFingerprint` and checked for `checkDate` (the document is then this run's,
    /// and need not be made); nil when the published site has no such verdict.
    func recordedDiagnostics(_ published: PublishedOutputs.Output?, inputFingerprint: OutputFingerprint?, checkDate: String) -> [Diagnostic]? {
        recordedDiagnostics(
            published, checkDate: checkDate, if: inputFingerprint != nil && published?.output.inputFingerprint == inputFingerprint)
    }

    /// The recorded diagnostics of `published` when `matches` and it was checked for `checkDate`.
    private func recordedDiagnostics(_ published: PublishedOutputs.Output?, checkDate: String, if matches: Bool) -> [Diagnostic]? {
        guard matches, let verdict = published?.output.verdict, verdict.checkDate == checkDate else { return nil }
        reusedVerdicts.add(1, ordering: .relaxed)
        return verdict.diagnostics
    }

    /// Stages the files of the `published` output `key` when their `fingerprint` is the one they
    /// were rendered from, and records them with `verdict` (a passport's check of this run) and
    /// `inputFingerprint` (what their document was made from, when that tells it all) at `order`
    /// in the manifest; true when every file was there. Otherwise the caller renders and writes
    /// the output, replacing whatever was staged here.
    func reuse(
        _ published: PublishedOutputs.Output?, as key: String, fingerprint: OutputFingerprint?, inputFingerprint: OutputFingerprint? = nil,
        order: ManifestSpool.Order, verdict: RecordedVerdict? = nil, staging: SiteStaging
    ) throws(SiteStaging.Failure) -> Bool {
        guard let fingerprint, let published, published.output.fingerprint == fingerprint else { return false }
        var output = published.output
        output.inputFingerprint = inputFingerprint
        output.verdict = verdict
        return try stage(published, recording: output, key: key, order: order, staging: staging)
    }

    /// Stages the files of the `published` output `key` when the document they were rendered from
    /// was made from inputs of `inputFingerprint`, without that document being made again, and
    /// records them as they were at `order` in the manifest; true when every file was there.
    func reuse(
        _ published: PublishedOutputs.Output?, as key: String, inputFingerprint: OutputFingerprint?, order: ManifestSpool.Order,
        staging: SiteStaging
    ) throws(SiteStaging.Failure) -> Bool {
        guard let inputFingerprint, let published, published.output.inputFingerprint == inputFingerprint else { return false }
        return try stage(published, recording: nil, key: key, order: order, staging: staging)
    }

    /// Stages the files of `published` and records them as `output` (nil: as the published line
    /// says, that line copied); true when every file was there.
    private func stage(
        _ published: PublishedOutputs.Output, recording output: PublicationManifest.Output?, key: String, order: ManifestSpool.Order,
        staging: SiteStaging
    ) throws(SiteStaging.Failure) -> Bool {
        for file in published.output.filePaths {
            guard try staging.reuse(String(file), from: published.sitePath) else { return false }
        }
        if let output {
            recorded?.add(key: key, output: output, order: order)
        } else {
            recorded?.add(publishedLine: published.line, order: order)
        }
        switch order.kind {
        case .passport: reusedPassports.add(1, ordering: .relaxed)
        case .event: reusedEvents.add(1, ordering: .relaxed)
        }
        return true
    }

    /// Records that output `key`, rendered from inputs of `fingerprint` (and, for a passport,
    /// checked with `verdict`; its document made from inputs of `inputFingerprint` when that
    /// tells it all), consists of `files`, at `order` in the manifest.
    func record(
        _ key: String, order: ManifestSpool.Order, fingerprint: OutputFingerprint?, inputFingerprint: OutputFingerprint? = nil,
        verdict: RecordedVerdict? = nil,
        files: [[String]]
    ) {
        guard let fingerprint, PublicationManifest.canRecord(key: key, files: files) else { return }
        recorded?.add(
            key: key,
            output: PublicationManifest.Output(fingerprint: fingerprint, inputFingerprint: inputFingerprint, verdict: verdict, files: files),
            order: order)
    }

    /// The passports and the traceability events staged from the published site, and the
    /// passports whose check was taken from it.
    var reused: (passports: Int, events: Int, checks: Int) {
        (reusedPassports.load(ordering: .relaxed), reusedEvents.load(ordering: .relaxed), reusedVerdicts.load(ordering: .relaxed))
    }

    /// The manifest of the new site, every output recorded by this run, in pieces made as they
    /// are written (see ``ManifestSpool/pieces()``).
    var manifestPieces: ManifestSpool.Pieces? { recorded?.pieces() }
}
