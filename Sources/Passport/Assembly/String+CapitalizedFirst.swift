extension String {
    /// The string with its first character upper-cased.
    public var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
