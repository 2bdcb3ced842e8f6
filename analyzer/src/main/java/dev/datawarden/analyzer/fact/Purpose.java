package dev.datawarden.analyzer.fact;

import com.google.errorprone.annotations.Immutable;
import java.util.List;

/** A {@code @Purpose} (or its catalog entry): the purposes of the processing a method or type does. */
@Immutable
@SuppressWarnings("Immutable") // purposes is an unmodifiable copy
public record Purpose(List<String> purposes) {
  public Purpose {
    purposes = List.copyOf(purposes);
  }

  /** The typed view of a purpose declaration. */
  public static Purpose of(Declaration declaration) {
    if (declaration.role() != Role.PURPOSE) {
      throw new IllegalArgumentException("not a purpose: " + declaration.role().displayName());
    }
    return new Purpose(declaration.strings("value"));
  }
}
