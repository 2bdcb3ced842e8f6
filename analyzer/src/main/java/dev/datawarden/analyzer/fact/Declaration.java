package dev.datawarden.analyzer.fact;

import com.google.errorprone.annotations.Immutable;
import dev.datawarden.analyzer.api.Location;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One statement about the code: a vocabulary annotation on an element, or a catalog entry naming
 * one. Attribute values are complete (defaults filled in) and normalised to {@code String},
 * {@code Boolean} or {@code List<String>}; {@code explicit} names the ones written by the user.
 */
@Immutable
@SuppressWarnings("Immutable") // maps and sets are unmodifiable copies holding immutable values
public record Declaration(
    Role role,
    Target target,
    Map<String, Object> attributes,
    Set<String> explicit,
    Location location,
    Origin origin,
    Inference inference) {

  /**
   * What {@code annotate} writes for the purposes and the retention it cannot know ({@code purposes =
   * "TODO", retention = "TODO"}): it declares nothing, so the data has no purposes and no retention
   * (and {@code MissingRetentionPeriod} asks for one) until the user writes them.
   */
  public static final String PLACEHOLDER = "TODO";

  /** Where a declaration was written. */
  public enum Origin {
    /** An annotation in the analysed sources. */
    SOURCE,
    /** An entry of a user's catalog file. */
    CATALOG,
    /** An entry of the catalog that ships with DataWarden. */
    BUILTIN,
    /**
     * Nobody's: discovery took an undeclared element for personal information by its name, label
     * or type, so that the engine follows it like declared data; findings resting on it alone say so.
     */
    INFERRED,
    /**
     * Declared by way of another: an undeclared field whose value the code stores in a declared field
     * (a request object's field copied into an entity's) holds the same data, with that
     * declaration's attributes; findings on it are ordinary ones. Like an inference, it is no
     * declaration anyone wrote, so it is not listed nor checked as one.
     */
    DERIVED
  }

  /** A declaration written by someone: in the sources or a catalog. */
  public Declaration(Role role, Target target, Map<String, Object> attributes, Set<String> explicit, Location location,
      Origin origin) {
    this(role, target, attributes, explicit, location, origin, null);
  }

  /** A declaration discovery inferred: see {@link Origin#INFERRED}. */
  public static Declaration inferred(Role role, Target target, Map<String, Object> attributes, Location location,
      Inference inference) {
    return new Declaration(role, target, attributes, Set.of(), location, Origin.INFERRED,
        Objects.requireNonNull(inference, "inference"));
  }

  /** The declaration {@code from} carried over to {@code target}, where its data is copied from: see {@link Origin#DERIVED}. */
  public static Declaration derived(Declaration from, Target target, Location location) {
    return new Declaration(from.role(), target, from.attributes(), Set.of(), location, Origin.DERIVED, null);
  }

  public Declaration {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(origin, "origin");
    if ((origin == Origin.INFERRED) != (inference != null)) {
      throw new IllegalArgumentException("an inference belongs to an inferred declaration, and only to one");
    }
    attributes = Map.copyOf(attributes);
    explicit = Set.copyOf(explicit);
  }

  /** True for a declaration nobody wrote: discovery's inference. */
  public boolean isInferred() {
    return origin == Origin.INFERRED;
  }

  /** True for a declaration nobody wrote: an inference, or one carried over from a declared field ({@link Origin#DERIVED}). */
  public boolean isUnwritten() {
    return origin == Origin.INFERRED || origin == Origin.DERIVED;
  }

  public String string(String attribute) {
    return (String) valueOf(attribute);
  }

  public boolean bool(String attribute) {
    return (Boolean) valueOf(attribute);
  }

  @SuppressWarnings("unchecked")
  public List<String> strings(String attribute) {
    return (List<String>) valueOf(attribute);
  }

  /**
   * The purposes it declares in a {@code purposes} attribute, without the {@link #PLACEHOLDER}; empty for
   * the roles without one.
   */
  public List<String> purposes() {
    return role.attributes().containsKey("purposes")
        ? strings("purposes").stream().filter(p -> !p.equals(PLACEHOLDER)).toList() : List.of();
  }

  /**
   * The retention it declares; empty when none is written, when it is the {@link #PLACEHOLDER}, or when
   * the role has no {@code retention}.
   */
  public String retention() {
    String retention = role.attributes().containsKey("retention") ? string("retention") : "";
    return retention.equals(PLACEHOLDER) ? "" : retention;
  }

  private Object valueOf(String attribute) {
    Object v = attributes.get(attribute);
    if (v == null && !role.attributes().containsKey(attribute)) {
      throw new IllegalArgumentException(role.displayName() + " has no attribute " + attribute);
    }
    return v;
  }

  /** The category a user reads in a message: {@code PHONE}, or {@code sensitive MEDICAL_HEALTH}. */
  public String categoryLabel() {
    return switch (role) {
      case PERSONAL_INFO -> string("category");
      case SENSITIVE -> "sensitive " + string("value");
      default -> role.displayName();
    };
  }
}
