extension ApplicationIdentifier {
    /// The pairing problems among a set of AIs used together: an AI listed in another's `ex=`
    /// rule, or an AI whose `req=` rule no other AI satisfies. Each problem names the AI whose
    /// rule is broken.
    static func associationProblems(among definitions: [ApplicationIdentifier]) -> [(ai: String, rule: GS1Rule, message: String)] {
        var problems: [(ai: String, rule: GS1Rule, message: String)] = []
        var reportedPairs: Set<[String]> = []
        for definition in definitions {
            for pattern in definition.excludes {
                for other in definitions where other.code != definition.code && matches(other.code, pattern) {
                    guard reportedPairs.insert([definition.code, other.code].sorted()).inserted else { continue }
                    problems.append((definition.code, .exclusivePair, "It is invalid to pair AI (\(definition.code)) with AI (\(other.code))"))
                }
            }
            for alternatives in definition.requires {
                let satisfied = alternatives.contains { patterns in
                    patterns.allSatisfy { pattern in
                        definitions.contains { $0.code != definition.code && matches($0.code, pattern) }
                    }
                }
                if !satisfied {
                    let wanted = alternatives.map { $0.map { "(\($0))" }.joined(separator: " with ") }.joined(separator: " or ")
                    problems.append((definition.code, .missingRequired, "AI (\(definition.code)) requires \(wanted)"))
                }
            }
        }
        return problems
    }

    /// Whether `code` matches `pattern`, where `n` in a pattern stands for any digit.
    static func matches(_ code: String, _ pattern: String) -> Bool {
        code.utf8.count == pattern.utf8.count
            && zip(code.utf8, pattern.utf8).allSatisfy { $0 == $1 || $1 == UInt8(ascii: "n") }
    }
}
