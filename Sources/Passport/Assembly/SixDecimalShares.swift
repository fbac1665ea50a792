/// Shares of a whole (the origins' mass fractions) rounded to six decimals, as a passport states
/// its figures, so that the rounded shares add up to their sum rounded the same way.
///
/// Each share is rounded down to a millionth and the millionths left over go to the largest
/// remainders (the earlier share first on a tie), as an apportionment does. Rounded one by one,
/// the errors add up: 8,000 equal shares of a lot made 1.004 of a traced share of 1, and the
/// passport failed its own check (TRACE-ORIGIN-SHARES) from some 200 equal shares on.
enum SixDecimalShares {
    /// `shares` rounded to six decimals, adding up to their sum rounded to six decimals; each as
    /// ``Swift/Double/roundedToSixDecimals`` rounds it when one is not a finite share of at most
    /// a million (no apportionment means anything then).
    static func rounded(_ shares: [Double]) -> [Double] {
        guard shares.allSatisfy({ $0.isFinite && $0.magnitude <= 1_000_000 }) else { return shares.map(\.roundedToSixDecimals) }
        let scaled = shares.map { $0 * 1_000_000 }
        var units = scaled.map { $0.rounded(.down) }
        let remainders = zip(scaled, units).map { $0 - $1 }
        var missing = Int(scaled.reduce(0, +).rounded() - units.reduce(0, +))
        let largestFirst = shares.indices.sorted { remainders[$0] != remainders[$1] ? remainders[$0] > remainders[$1] : $0 < $1 }
        for index in largestFirst where missing > 0 {
            units[index] += 1
            missing -= 1
        }
        return units.map { $0 / 1_000_000 }
    }
}
