/// JSON Schema 2020-12 validation; see `SchemaValidator`.
public enum JSONSchemaModule {}
