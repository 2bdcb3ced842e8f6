package dev.datawarden.analyzer.fact;

import com.google.errorprone.annotations.Immutable;
import java.util.List;

/**
 * A {@code @CrossBorder} (or its catalog entry) as the transfer rules and reports read it: where the
 * data goes, the legal basis (a {@code CrossBorderBasis} constant), the personal-information
 * categories it covers, the reference of its assessment (empty: none) and its purposes.
 */
@Immutable
@SuppressWarnings("Immutable") // the lists are unmodifiable copies
public record CrossBorder(
    List<String> destination, String basis, List<String> categories, String assessmentRef, List<String> purposes) {
  public CrossBorder {
    destination = List.copyOf(destination);
    categories = List.copyOf(categories);
    purposes = List.copyOf(purposes);
  }

  /** The typed view of a cross-border declaration. */
  public static CrossBorder of(Declaration declaration) {
    if (declaration.role() != Role.CROSS_BORDER) {
      throw new IllegalArgumentException("not a cross-border transfer: " + declaration.role().displayName());
    }
    return new CrossBorder(declaration.strings("destination"), declaration.string("basis"),
        declaration.strings("categories"), declaration.string("assessmentRef"), declaration.strings("purposes"));
  }
}
