package dev.datawarden.analyzer.fact;

import com.google.errorprone.annotations.Immutable;
import java.util.List;

/**
 * A {@code @ConsentCheck} (or its catalog entry) as the consent analysis reads it: the purposes it
 * checks consent for (none: any purpose), and whether it checks separate consent and a guardian's.
 */
@Immutable
@SuppressWarnings("Immutable") // purposes is an unmodifiable copy
public record ConsentCheck(List<String> purposes, boolean separate, boolean guardian) {
  public ConsentCheck {
    purposes = List.copyOf(purposes);
  }

  /** The typed view of a consent-check declaration. */
  public static ConsentCheck of(Declaration declaration) {
    if (declaration.role() != Role.CONSENT_CHECK) {
      throw new IllegalArgumentException("not a consent check: " + declaration.role().displayName());
    }
    return new ConsentCheck(declaration.strings("purposes"), declaration.bool("separate"), declaration.bool("guardian"));
  }

  /** True when the check covers data of these purposes: either declares none, or they share one. */
  public boolean covers(List<String> dataPurposes) {
    return purposes.isEmpty() || dataPurposes.isEmpty() || purposes.stream().anyMatch(dataPurposes::contains);
  }
}
