/// The value-chain processes of a journey, each with its events.
extension PassportAssembler {
    /// One process per distinct journey process, in order of first appearance, fully verified
    /// (every event behind it is in the trace), linking to the traceability event credentials
    /// of its steps, each named by its process and date (`Dehairing event, 2026-04-02`).
    func processes(of journey: [Passport.JourneyStep]) -> [Passport.TracedProcess] {
        var processes: [String] = []
        for step in journey { if let process = step.process, !processes.contains(process) { processes.append(process) } }
        return processes.map { process in
            let events = journey.filter { $0.process == process }.compactMap { step -> Passport.Link? in
                step.eventCredential.map { url in
                    Passport.Link(
                        url: url, name: process.capitalizedFirst + " event" + (step.time.map { ", " + $0.prefix(10) } ?? ""),
                        type: CredentialLinks.eventLinkType)
                }
            }
            return Passport.TracedProcess(process: process, verifiedRatio: 1, events: events)
        }
    }
}
