package dev.datawarden.analyzer.flow;

import com.google.errorprone.annotations.Immutable;
import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.fact.Declaration;
import java.util.List;
import java.util.Objects;

/**
 * A piece of declared data that the engine follows: one field, getter, parameter or method result
 * declared personal information, sensitive personal information or important data.
 *
 * @param kind what the data is
 * @param category the category users read: {@code PHONE}, {@code MEDICAL_HEALTH}, or the
 *     important-data catalogue name
 * @param piCategory the {@code PersonalInfoCategory} the data falls under ({@code OTHER} for
 *     sensitive data declared without one; empty for important data), for cross-border scopes
 * @param name how users name the element, e.g. {@code Member.mobile}
 * @param legalBasis the {@code LegalBasis} its declaration (or its type's) writes, {@code CONSENT}
 *     when none does
 */
@Immutable
@SuppressWarnings("Immutable") // purposes is an unmodifiable copy; declaration is immutable
public record Source(
    Kind kind, String category, String piCategory, String name, Location location, List<String> purposes,
    Declaration declaration, String legalBasis) implements Comparable<Source> {

  /** What the data is; sensitive data is personal information too. */
  public enum Kind {
    PERSONAL,
    SENSITIVE,
    IMPORTANT;

    public boolean isPersonal() {
      return this != IMPORTANT;
    }
  }

  public Source {
    purposes = List.copyOf(purposes);
  }

  /** How a message names the data: {@code Member.mobile (PHONE)}. */
  public String describe() {
    return name + " (" + (kind == Kind.SENSITIVE ? "sensitive " : kind == Kind.IMPORTANT ? "important data " : "")
        + category + ")";
  }

  /**
   * Equal sources are equal in these three; the declaration and the purposes are not hashed, as
   * taints hash their sources at every step of the flow analysis.
   */
  @Override
  public int hashCode() {
    return (kind.hashCode() * 31 + category.hashCode()) * 31 + location.hashCode();
  }

  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof Source s && kind == s.kind && category.equals(s.category)
        && location.equals(s.location) && name.equals(s.name) && Objects.equals(piCategory, s.piCategory)
        && purposes.equals(s.purposes) && Objects.equals(declaration, s.declaration)
        && legalBasis.equals(s.legalBasis);
  }

  @Override
  public int compareTo(Source o) {
    int c = location.compareTo(o.location);
    return c != 0 ? c : (kind.name() + category).compareTo(o.kind.name() + o.category);
  }
}
