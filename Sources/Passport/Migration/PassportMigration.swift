import Diagnostics
import JSONCore

/// Converts a passport document to another UNTP version: the view of the version it is written in
/// reads it, the target version's view writes it, and what could not be carried over is said.
///
/// Two things can be lost: members of the document that the ``Passport`` model does not hold (the
/// source view, writing back what it read, does not give them, and the passport it reads is the
/// same without them), and values of the model the target version has no member for (its view,
/// reading back what it wrote, does not give them). Our own textile context is replaced by the
/// target version's; `type` members are the target's own. Two values the target needs are
/// supplied when missing, and said: a claim's criterion, from the scheme of the certificate that
/// is its evidence (as `dpp generate` states it), and the credential's name, from its product's.
public struct PassportMigration: Sendable {
    /// The version passports are migrated to.
    public let target: UNTPVersion

    public init(to target: UNTPVersion) {
        self.target = target
    }

    /// What migrating one document gave: the document in the target version (none when the
    /// source's version is unknown) and the diagnostics, located in the source file.
    public struct Outcome: Sendable {
        public let document: JSONValue?
        public let diagnostics: [Diagnostic]
    }

    /// `document`, read from `file`, in the target version.
    public func migrate(_ document: JSONValue, file: String) -> Outcome {
        guard let source = UNTPVersion(of: document) else {
            let message = "the @context names no UNTP Digital Product Passport version dpp reads (\(PassportDocumentRule.versions))"
            return Outcome(
                document: nil,
                diagnostics: [Diagnostic(PassportDocumentRule.unknownVersion, message, at: SourceLocation(file: file, pointer: "/@context"))])
        }
        // A number beyond a double's range would be infinity in the passport written out.
        let numbersBeyondRange = PassportDocumentRule.numbersBeyondRange(on: JSONTape(document), file: file)
        guard numbersBeyondRange.isEmpty else { return Outcome(document: nil, diagnostics: numbersBeyondRange) }
        guard source != target else {
            let message = "the passport is already written in UNTP \(target.rawValue); it is written out unchanged"
            return Outcome(document: document, diagnostics: [Diagnostic(MigrationRule.sameVersion, message, at: SourceLocation(file: file))])
        }
        var diagnostics = MemberDifference.unread(in: document, by: source.view).map { pointer in
            Diagnostic(
                MigrationRule.notCarried, "not carried over: the member is not one dpp reads in UNTP \(source.rawValue)",
                at: SourceLocation(file: file, pointer: pointer.description))
        }
        var passport = source.view.decode(document)
        if let context = passport.contextURL, context.hasSuffix(source.contextPath) {
            passport.contextURL = String(context.dropLast(source.contextPath.count)) + target.contextPath
        }
        diagnostics += supplyCriteria(&passport, file: file) + supplyName(&passport, file: file)
        let migrated = target.view.encode(passport)
        diagnostics += ModelDifference.paths(passport, target.view.decode(migrated)).map { path in
            Diagnostic(
                MigrationRule.notCarried, "not carried over as it was: \(path) has no member of its own in UNTP \(target.rawValue)",
                at: SourceLocation(file: file))
        }
        return Outcome(document: migrated, diagnostics: diagnostics)
    }

    /// Each claim without criteria whose evidence is a certificate of the passport is assessed
    /// against that certificate's scheme, when the target version writes criteria.
    private func supplyCriteria(_ passport: inout Passport, file: String) -> [Diagnostic] {
        guard target == .v070 else { return [] }
        var diagnostics: [Diagnostic] = []
        for index in passport.conformityClaims.indices where passport.conformityClaims[index].criteria.isEmpty {
            let evidence = passport.conformityClaims[index].evidence?.url
            guard let certificate = passport.certificates.first(where: { $0.id != nil && $0.id == evidence }), certificate.scheme != nil
            else { continue }
            passport.conformityClaims[index].criteria = [certificate.criterion]
            diagnostics.append(
                Diagnostic(
                    MigrationRule.supplied,
                    "claim \(index + 1) states no criteria; it is assessed against \(certificate.scheme ?? ""), the scheme of its evidence \(evidence ?? "")",
                    at: SourceLocation(file: file)))
        }
        return diagnostics
    }

    /// A credential without a name, which UNTP 0.7.0 requires, is named after its product.
    private func supplyName(_ passport: inout Passport, file: String) -> [Diagnostic] {
        guard target == .v070, passport.name == nil, let product = passport.product.name else { return [] }
        passport.name = "Digital Product Passport: \(product)"
        return [
            Diagnostic(
                MigrationRule.supplied, "the credential has no name, which UNTP 0.7.0 requires: it is named '\(passport.name!)'",
                at: SourceLocation(file: file))
        ]
    }
}
