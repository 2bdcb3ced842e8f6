package dev.datawarden.analyzer.fact;

/** The kind of program element a declaration applies to. */
public enum TargetKind {
  TYPE,
  FIELD,
  METHOD,
  PARAMETER;

  public String displayName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
