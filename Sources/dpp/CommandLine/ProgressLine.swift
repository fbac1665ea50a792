import Foundation
import Pipeline
import Synchronization

/// Progress of a long run on one updating line of standard error (a terminal): what is being
/// done, how far it got, the rate, and the time left when the total is known.
///
/// Redrawn at most ten times a second; ``finish()`` clears the line so that reports print clean.
final class ProgressLine: Sendable {
    private let console: Console
    private let state = Mutex(State())

    private struct State {
        var stage: ProgressStage?
        var total: Int?
        var done = 0
        var files = 0
        var events = 0
        var stageStart = Date()
        var lastDrawn = Date.distantPast
        var isDrawn = false
    }

    init(console: Console) { self.console = console }

    /// The sink the library reports to.
    var sink: ProgressSink {
        ProgressSink { [self] event in receive(event) }
    }

    /// Clears the line.
    func finish() {
        let wasDrawn = state.withLock { state in
            defer { state.isDrawn = false }
            return state.isDrawn
        }
        if wasDrawn { console.err("\r\u{1B}[K") }
    }

    private func receive(_ event: ProgressEvent) {
        let line: String? = state.withLock { state in
            switch event {
            case .started(let stage, let total):
                state.stage = stage
                state.total = total
                state.done = 0
                state.stageStart = Date()
            case .eventFileRead(_, let events):
                state.stage = state.stage ?? .readingEvents
                state.files += 1
                state.events += events
            case .passportDone, .traced:
                state.done += 1
            }
            let now = Date()
            let isLast = state.total.map { state.done >= $0 } ?? false
            guard now.timeIntervalSince(state.lastDrawn) >= 0.1 || isLast else { return nil }
            state.lastDrawn = now
            state.isDrawn = true
            return Self.describe(state, now: now)
        }
        if let line { console.err("\r\u{1B}[K" + line) }
    }

    private static func describe(_ state: State, now: Date) -> String {
        var parts: [String] = []
        if state.files > 0 { parts.append("\(state.files) event file\(state.files == 1 ? "" : "s") read, \(state.events) events") }
        if let stage = state.stage, stage != .readingEvents {
            var text = "\(stage.rawValue): \(state.done)"
            if let total = state.total { text += "/\(total)" }
            let elapsed = now.timeIntervalSince(state.stageStart)
            if elapsed > 0.5, state.done > 0 {
                let rate = Double(state.done) / elapsed
                text += String(format: " (%.0f/s", rate)
                if let total = state.total, total > state.done { text += String(format: ", %.0f s left", Double(total - state.done) / rate) }
                text += ")"
            }
            parts.append(text)
        }
        return parts.joined(separator: " · ")
    }
}
