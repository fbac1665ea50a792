/// The value-chain processes of a journey, each with its events.
extension PassportAssembler {
    /// One process per distinct journey process, in order of first appearance, fully verified
    /// (every event behind it is in the trace).
    func processes(of journey: [Passport.JourneyStep]) -> [Passport.TracedProcess] {
        var processes: [String] = []
        for step in journey { if let process = step.process, !processes.contains(process) { processes.append(process) } }
        return processes.map { process in
            let events = journey.filter { $0.process == process }.compactMap(\.eventID)
            return Passport.TracedProcess(
                process: process, verifiedRatio: 1,
                events: events.map { Passport.Link(url: $0, name: "EPCIS event", type: "epcis") })
        }
    }
}
