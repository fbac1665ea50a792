import Foundation
import Pipeline
import Synchronization

/// The wall time of each stage of a run, for `--timings`: when each stage started, and a summary
/// line of how long each took once the run is over.
final class StageTimes: Sendable {
    private let started = Mutex<[(stage: ProgressStage, at: ContinuousClock.Instant)]>([])
    private let runStart = ContinuousClock.now

    /// The sink the library reports to; only the starts of stages are kept.
    var sink: ProgressSink {
        ProgressSink { [self] event in
            guard case .started(let stage, _) = event else { return }
            let now = ContinuousClock.now
            started.withLock { $0.append((stage, now)) }
        }
    }

    /// One line: each stage with its seconds, in the order they ran, then the total.
    func summary() -> String {
        let end = ContinuousClock.now
        let stages = started.withLock { $0 }
        var parts: [String] = []
        for (index, entry) in stages.enumerated() {
            let stageEnd = index + 1 < stages.count ? stages[index + 1].at : end
            parts.append("\(entry.stage.rawValue) \(Self.seconds(stageEnd - entry.at))")
        }
        parts.append("total \(Self.seconds(end - runStart))")
        return "Timings: " + parts.joined(separator: "; ") + "\n"
    }

    private static func seconds(_ duration: Duration) -> String {
        let components = duration.components
        let value = Double(components.seconds) + Double(components.attoseconds) / 1e18
        return String(format: "%.2f s", value)
    }
}
