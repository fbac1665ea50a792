import Foundation
import Passport
import Rendering

/// What a label run is asked to do: the inputs the passports are assembled from, as for
/// `generate`, the labels' languages and sizes, and the folder they go to.
public struct LabelRequest: Sendable {
    public var inputs: GenerationRequest.Inputs
    /// The base URL of the publishing site the QR codes lead to, without a trailing slash.
    public var baseURL: String
    /// Certificates must be valid on this date for a passport, and so its labels, to pass.
    public var checkDate: CalendarDate
    public var output: URL
    public var options: LabelFiles.Options
    public var jobs: JobCount

    public init(
        inputs: GenerationRequest.Inputs, baseURL: String, checkDate: CalendarDate, output: URL, options: LabelFiles.Options,
        jobs: JobCount = .perCore
    ) {
        self.inputs = inputs
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.checkDate = checkDate
        self.output = output
        self.options = options
        self.jobs = jobs
    }
}
