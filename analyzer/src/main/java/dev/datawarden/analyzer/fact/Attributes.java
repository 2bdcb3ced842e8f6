package dev.datawarden.analyzer.fact;

import dev.datawarden.analyzer.api.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Checks the attribute values written for a role against its specification and completes them with
 * defaults. Shared by source annotations and catalog entries so both are held to the same rules.
 */
public final class Attributes {
  /** Where a misuse is until its caller places it. */
  private static final Location NOWHERE = new Location("", 0, 0);

  private Attributes() {}

  /**
   * Returns the complete attribute map, or empty when the declaration cannot be used (a required
   * attribute is missing or a value has the wrong shape). Each problem goes to {@code misuse}.
   * Written values must already be {@code String}, {@code Boolean} or {@code List<String>}.
   */
  public static Optional<Map<String, Object>> complete(
      Role role, Map<String, Object> written, Consumer<Misuse> misuse) {
    boolean usable = true;
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : written.entrySet()) {
      AttributeSpec spec = role.attributes().get(e.getKey());
      if (spec == null) {
        misuse.accept(role.attributes().isEmpty()
            ? Misuse.of(NOWHERE, "misuse.noAttributes", role.displayName(), e.getKey())
            : Misuse.of(NOWHERE, "misuse.unknownAttribute", role.displayName(), e.getKey(),
                String.join(", ", role.attributes().keySet())));
        continue;
      }
      Optional<Object> value = check(role, spec, e.getValue(), misuse);
      if (value.isPresent()) {
        values.put(spec.name(), value.get());
      } else {
        usable = false;
      }
    }
    for (AttributeSpec spec : role.attributes().values()) {
      if (!values.containsKey(spec.name()) && !written.containsKey(spec.name())) {
        if (spec.required()) {
          misuse.accept(Misuse.of(NOWHERE, "misuse.requiredAttribute", role.displayName(), spec.name()));
          usable = false;
        } else {
          values.put(spec.name(), spec.defaultValue());
        }
      }
    }
    return usable ? Optional.of(values) : Optional.empty();
  }

  private static Optional<Object> check(Role role, AttributeSpec spec, Object value, Consumer<Misuse> misuse) {
    String where = role.displayName() + "(" + spec.name() + ")";
    switch (spec.shape()) {
      case STRING -> {
        if (value instanceof String) {
          return Optional.of(value);
        }
      }
      case BOOLEAN -> {
        if (value instanceof Boolean) {
          return Optional.of(value);
        }
      }
      case ENUM -> {
        if (value instanceof String s) {
          return constant(where, spec, s, misuse).map(c -> c);
        }
      }
      case STRING_ARRAY, CLASS_ARRAY, ENUM_ARRAY -> {
        List<String> items = asList(value);
        if (items != null) {
          if (spec.shape() != AttributeSpec.Shape.ENUM_ARRAY) {
            return Optional.of(List.copyOf(items));
          }
          List<String> constants = new ArrayList<>();
          for (String item : items) {
            Optional<String> c = constant(where, spec, item, misuse);
            if (c.isEmpty()) {
              return Optional.empty();
            }
            constants.add(c.get());
          }
          return Optional.of(List.copyOf(constants));
        }
      }
    }
    misuse.accept(Misuse.of(NOWHERE, "misuse.wrongShape", where, describe(spec), describeValue(value)));
    return Optional.empty();
  }

  private static Optional<String> constant(String where, AttributeSpec spec, String name, Consumer<Misuse> misuse) {
    if (spec.enumConstants().contains(name)) {
      return Optional.of(name);
    }
    misuse.accept(Misuse.of(NOWHERE, "misuse.unknownConstant", where, name, spec.enumName(),
        String.join(", ", spec.enumConstants())));
    return Optional.empty();
  }

  @SuppressWarnings("unchecked")
  private static List<String> asList(Object value) {
    if (value instanceof String s) {
      return List.of(s);
    }
    if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
      return (List<String>) list;
    }
    return null;
  }

  private static String describe(AttributeSpec spec) {
    return switch (spec.shape()) {
      case STRING -> Misuse.text("misuse.shape.string");
      case BOOLEAN -> Misuse.text("misuse.shape.boolean");
      case ENUM -> Misuse.text("misuse.shape.enum", spec.enumName());
      case STRING_ARRAY -> Misuse.text("misuse.shape.strings");
      case ENUM_ARRAY -> Misuse.text("misuse.shape.enums", spec.enumName());
      case CLASS_ARRAY -> Misuse.text("misuse.shape.classes");
    };
  }

  private static String describeValue(Object value) {
    if (value instanceof List<?>) {
      return Misuse.text("misuse.value.list");
    }
    if (value instanceof Boolean) {
      return Misuse.text("misuse.value.boolean");
    }
    if (value instanceof Map<?, ?>) {
      return Misuse.text("misuse.value.mapping");
    }
    return value == null ? Misuse.text("misuse.value.nothing") : "'" + value + "'";
  }
}
