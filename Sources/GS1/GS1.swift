/// GS1 identifiers and Digital Link.
public enum GS1Module {}
