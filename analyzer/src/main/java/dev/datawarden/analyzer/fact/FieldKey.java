package dev.datawarden.analyzer.fact;

import com.google.errorprone.annotations.Immutable;

/**
 * A field, by the qualified name of its declaring type and its own name: how the engine and the
 * rules key what they know about fields, instead of {@code "Type#name"} strings. The type name is
 * written as the analysis that makes the key names types (Spoon's {@code a.B$C} in the engine, the
 * deletion analysis's {@code a.B.C}); {@link #toString} prints {@code a.B#name}, the catalogs' form.
 */
@Immutable
public record FieldKey(String typeName, String name) {
  /** The key of a field declaration ({@link Target} of kind {@code FIELD}). */
  public static FieldKey of(Target target) {
    if (target.kind() != TargetKind.FIELD) {
      throw new IllegalArgumentException("not a field: " + target);
    }
    return new FieldKey(target.typeName(), target.memberName());
  }

  // written out: the engine hashes and compares keys at every field write, and a record's generated
  // methods go through method handles that C1, the command line's compiler, does not inline
  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof FieldKey k && name.equals(k.name) && typeName.equals(k.typeName);
  }

  @Override
  public int hashCode() {
    return typeName.hashCode() * 31 + name.hashCode();
  }

  @Override
  public String toString() {
    return typeName + "#" + name;
  }
}
