extension EPCISEvent {
    public var recordTime: EPCISTime? {
        get { rare?.fields.recordTime }
        _modify { yield &rareFields.recordTime }
    }

    public var transformationID: String? {
        get { rare?.fields.transformationID }
        _modify { yield &rareFields.transformationID }
    }

    public var bizTransactionList: [BusinessTransaction] {
        get { rare?.fields.bizTransactionList ?? [] }
        _modify { yield &rareFields.bizTransactionList }
    }

    public var sensorElementList: [SensorElement] {
        get { rare?.fields.sensorElementList ?? [] }
        _modify { yield &rareFields.sensorElementList }
    }

    public var persistentDisposition: PersistentDisposition? {
        get { rare?.fields.persistentDisposition }
        _modify { yield &rareFields.persistentDisposition }
    }

    public var errorDeclaration: ErrorDeclaration? {
        get { rare?.fields.errorDeclaration }
        _modify { yield &rareFields.errorDeclaration }
    }

    /// Fields from other namespaces on the event itself.
    public var extensions: [ExtensionField] {
        get { rare?.fields.extensions ?? [] }
        _modify { yield &rareFields.extensions }
    }

    /// The rarely used fields, for changing in place: the box is created on the first change
    /// and copied first when another event shares it.
    private var rareFields: RareEventFields {
        get { rare?.fields ?? RareEventFields() }
        _modify {
            if rare == nil {
                rare = RareEventFieldsBox(RareEventFields())
            } else if !isKnownUniquelyReferenced(&rare) {
                rare = RareEventFieldsBox(rare!.fields)
            }
            yield &rare!.fields
        }
    }
}
