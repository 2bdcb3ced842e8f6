package dev.datawarden.analyzer.fact;

import com.google.errorprone.annotations.Immutable;
import java.util.List;

/**
 * A {@code @DeletionPath} (or its catalog entry) as the deletion analysis reads it: the qualified
 * names of the types whose personal information the method deletes.
 */
@Immutable
@SuppressWarnings("Immutable") // types is an unmodifiable copy
public record DeletionPath(List<String> types) {
  public DeletionPath {
    types = List.copyOf(types);
  }

  /** The typed view of a deletion-path declaration. */
  public static DeletionPath of(Declaration declaration) {
    if (declaration.role() != Role.DELETION_PATH) {
      throw new IllegalArgumentException("not a deletion path: " + declaration.role().displayName());
    }
    return new DeletionPath(declaration.strings("value"));
  }
}
