package dev.datawarden.analyzer.fact;

import com.google.errorprone.annotations.Immutable;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One attribute of a vocabulary annotation: its name, the shape of its value and its default
 * (absent when the attribute is required). Values are normalised to {@code String},
 * {@code Boolean} or {@code List<String>}; enum constants and classes are kept by name.
 */
@Immutable
@SuppressWarnings("Immutable") // enumConstants is an unmodifiable list; defaultValue is String, Boolean or such a list
public record AttributeSpec(
    String name, Shape shape, List<String> enumConstants, String enumName, Object defaultValue) {

  /** The shape of an attribute's value. */
  public enum Shape {
    STRING,
    STRING_ARRAY,
    BOOLEAN,
    ENUM,
    ENUM_ARRAY,
    CLASS_ARRAY;

    public boolean isArray() {
      return this == STRING_ARRAY || this == ENUM_ARRAY || this == CLASS_ARRAY;
    }
  }

  public boolean required() {
    return defaultValue == null;
  }

  static AttributeSpec requiredEnum(String name, Class<? extends Enum<?>> type) {
    return new AttributeSpec(name, Shape.ENUM, constantsOf(type), type.getSimpleName(), null);
  }

  static AttributeSpec of(Method m) {
    Class<?> t = m.getReturnType();
    Object dflt = m.getDefaultValue();
    if (t == String.class) {
      return new AttributeSpec(m.getName(), Shape.STRING, List.of(), null, dflt);
    }
    if (t == boolean.class) {
      return new AttributeSpec(m.getName(), Shape.BOOLEAN, List.of(), null, dflt);
    }
    if (t == String[].class) {
      return new AttributeSpec(
          m.getName(), Shape.STRING_ARRAY, List.of(), null, dflt == null ? null : List.of((String[]) dflt));
    }
    if (t.isEnum()) {
      @SuppressWarnings("unchecked")
      Class<? extends Enum<?>> e = (Class<? extends Enum<?>>) t;
      return new AttributeSpec(
          m.getName(), Shape.ENUM, constantsOf(e), t.getSimpleName(), dflt == null ? null : ((Enum<?>) dflt).name());
    }
    if (t.isArray() && t.getComponentType().isEnum()) {
      @SuppressWarnings("unchecked")
      Class<? extends Enum<?>> e = (Class<? extends Enum<?>>) t.getComponentType();
      List<String> d = null;
      if (dflt != null) {
        d = new ArrayList<>();
        for (Object o : (Object[]) dflt) {
          d.add(((Enum<?>) o).name());
        }
      }
      return new AttributeSpec(
          m.getName(), Shape.ENUM_ARRAY, constantsOf(e), e.getSimpleName(), d == null ? null : List.copyOf(d));
    }
    if (t == Class[].class) {
      return new AttributeSpec(m.getName(), Shape.CLASS_ARRAY, List.of(), null, dflt == null ? null : List.of());
    }
    throw new IllegalStateException("unsupported attribute type " + t + " of " + m);
  }

  private static List<String> constantsOf(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toUnmodifiableList());
  }
}
