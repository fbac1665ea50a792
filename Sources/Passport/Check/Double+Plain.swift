extension Double {
    /// The number as a person writes it in a message: `20` rather than `20.0`, at most 6 decimals.
    var plain: String {
        let rounded = (self * 1_000_000).rounded() / 1_000_000
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int(rounded)) : String(rounded)
    }
}
