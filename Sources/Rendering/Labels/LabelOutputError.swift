/// A label file that could not be drawn.
public struct LabelOutputError: Error, Sendable, Equatable {
    public var message: String
}
