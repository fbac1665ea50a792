extension Double {
    /// The number rounded to 6 decimals, as a passport states its figures, so that they print
    /// the same on every run and machine.
    var roundedToSixDecimals: Double {
        (self * 1_000_000).rounded() / 1_000_000
    }
}
