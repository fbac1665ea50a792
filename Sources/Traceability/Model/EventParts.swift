/// A party or a place an event's objects come from or go to (`sourceList`, `destinationList`).
public struct PartyOrPlace: Sendable, Hashable {
    /// The CBV type short name (`owning_party`, `possessing_party`, `location`) or a custom URI.
    public var type: String
    /// The party or place, as a canonical identifier.
    public var id: String

    public init(type: String, id: String) {
        self.type = type
        self.id = id
    }
}

/// A business transaction (purchase order, despatch advice) an event belongs to.
public struct BusinessTransaction: Sendable, Hashable {
    /// The CBV type short name (`po`, `desadv`) or a custom URI; absent when not given.
    public var type: String?
    /// The transaction's identifier.
    public var id: String

    public init(type: String?, id: String) {
        self.type = type
        self.id = id
    }
}

/// Dispositions that stay set on the objects until unset (`persistentDisposition`).
public struct PersistentDisposition: Sendable, Hashable {
    public var set: [String]
    public var unset: [String]

    public init(set: [String] = [], unset: [String] = []) {
        self.set = set
        self.unset = unset
    }
}

/// A declaration that an earlier event was wrong; the reader drops the declared event.
public struct ErrorDeclaration: Sendable, Hashable {
    public var declarationTime: EPCISTime
    /// The CBV reason short name (`did_not_occur`, `incorrect_data`) or a custom URI.
    public var reason: String?
    public var correctiveEventIDs: [String]
    public var extensions: [ExtensionField]

    public init(declarationTime: EPCISTime, reason: String? = nil, correctiveEventIDs: [String] = [], extensions: [ExtensionField] = []) {
        self.declarationTime = declarationTime
        self.reason = reason
        self.correctiveEventIDs = correctiveEventIDs
        self.extensions = extensions
    }

    public static func == (lhs: ErrorDeclaration, rhs: ErrorDeclaration) -> Bool {
        lhs.declarationTime == rhs.declarationTime && lhs.reason == rhs.reason
            && lhs.correctiveEventIDs == rhs.correctiveEventIDs
            && ExtensionField.canonicalOrder(lhs.extensions) == ExtensionField.canonicalOrder(rhs.extensions)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(declarationTime)
        hasher.combine(reason)
        hasher.combine(correctiveEventIDs)
    }
}
