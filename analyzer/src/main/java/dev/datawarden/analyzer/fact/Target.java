package dev.datawarden.analyzer.fact;

import com.google.errorprone.annotations.Immutable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The program element a declaration is about, named the way catalogs name it: {@code a.b.C} for a
 * type, {@code a.b.C#name} for a field, {@code a.b.C#name} (every overload) or
 * {@code a.b.C#name(java.lang.String,int)} for a method. Parameters add their position.
 */
@Immutable
@SuppressWarnings("Immutable") // parameterTypes is an unmodifiable copy or null
public record Target(
    TargetKind kind, String typeName, String memberName, List<String> parameterTypes, int parameterIndex) {

  public Target {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(typeName, "typeName");
    parameterTypes = parameterTypes == null ? null : List.copyOf(parameterTypes);
  }

  public static Target type(String typeName) {
    return new Target(TargetKind.TYPE, typeName, null, null, -1);
  }

  public static Target field(String typeName, String name) {
    return new Target(TargetKind.FIELD, typeName, name, null, -1);
  }

  /** A method; {@code parameterTypes} null means every overload. */
  public static Target method(String typeName, String name, List<String> parameterTypes) {
    return new Target(TargetKind.METHOD, typeName, name, parameterTypes, -1);
  }

  public static Target parameter(String typeName, String method, List<String> parameterTypes, int index) {
    return new Target(TargetKind.PARAMETER, typeName, method, parameterTypes, index);
  }

  /** The parameter types of a method target, empty when the target names every overload. */
  public Optional<List<String>> signature() {
    return Optional.ofNullable(parameterTypes);
  }

  /** The simple name of the declaring type, nested types joined by a dot. */
  public String simpleTypeName() {
    int dot = typeName.lastIndexOf('.');
    return typeName.substring(dot + 1).replace('$', '.');
  }

  /** How a user would name the element in a message: {@code User.mobile}, {@code UserService.register()}. */
  public String displayName() {
    return switch (kind) {
      case TYPE -> simpleTypeName();
      case FIELD -> simpleTypeName() + "." + memberName;
      case METHOD -> simpleTypeName() + "." + memberName + "()";
      case PARAMETER -> "parameter " + parameterIndex + " of " + simpleTypeName() + "." + memberName + "()";
    };
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(typeName);
    if (memberName != null) {
      s.append('#').append(memberName);
    }
    if (parameterTypes != null) {
      s.append('(').append(String.join(",", parameterTypes)).append(')');
    }
    if (kind == TargetKind.PARAMETER) {
      s.append('[').append(parameterIndex).append(']');
    }
    return s.toString();
  }

  /**
   * True when a method target applies to a method with these parameter types (qualified names, '$'
   * or '.' before nested types): a target without a signature names every overload; a type the
   * target writes by simple name (or partly qualified) matches the end of a qualified one.
   */
  public boolean matchesParameters(List<String> actual) {
    if (parameterTypes == null) {
      return true;
    }
    if (parameterTypes.size() != actual.size()) {
      return false;
    }
    for (int i = 0; i < parameterTypes.size(); i++) {
      String a = actual.get(i).replace('$', '.');
      String w = parameterTypes.get(i).replace('$', '.');
      if (!a.equals(w) && !a.endsWith("." + w)) {
        return false;
      }
    }
    return true;
  }

  /** The qualified names of a method's parameter types, as {@link #matchesParameters} takes them; "" for an unknown one. */
  public static List<String> parameterNames(List<? extends spoon.reflect.reference.CtTypeReference<?>> types) {
    return types.stream().map(t -> t == null ? "" : t.getQualifiedName()).toList();
  }
}
