/// The passport model, assembly and checks.
public enum PassportModule {}
