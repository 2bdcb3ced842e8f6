package dev.datawarden.analyzer.frameworks;

import com.google.errorprone.annotations.Immutable;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Library methods named as the catalog names them: {@code com.x.Type#method} is that method of
 * that type or of any type that extends or implements it, and a bare {@code method} is a method of
 * that name on any type (for names no analysed type is likely to reuse with another meaning). The
 * one way {@code frameworks.yml} names "this library method", so that a list can be narrowed to a
 * type ({@code java.util.Collection#add}) without another mechanism.
 */
@Immutable
@SuppressWarnings("Immutable") // the sets and the map are unmodifiable copies
public final class MethodMatcher {
  private final Set<String> anyType;
  private final Map<String, Set<String>> typesByMethod;

  private MethodMatcher(Set<String> anyType, Map<String, Set<String>> typesByMethod) {
    this.anyType = Set.copyOf(anyType);
    this.typesByMethod = Map.copyOf(typesByMethod);
  }

  /** The methods {@code entries} name, each {@code method} or {@code qualified.Type#method}. */
  public static MethodMatcher of(Collection<String> entries) {
    Set<String> anyType = new HashSet<>();
    Map<String, Set<String>> typesByMethod = new HashMap<>();
    for (String entry : entries) {
      int hash = entry.indexOf('#');
      if (hash < 0) {
        anyType.add(entry);
      } else {
        typesByMethod.computeIfAbsent(entry.substring(hash + 1), k -> new HashSet<>()).add(entry.substring(0, hash));
      }
    }
    Map<String, Set<String>> frozen = new HashMap<>();
    typesByMethod.forEach((method, types) -> frozen.put(method, Set.copyOf(types)));
    return new MethodMatcher(anyType, frozen);
  }

  /**
   * True when a call of {@code method} on a receiver whose type and supertypes are
   * {@code receiverTypes} (qualified names; asked only when an entry names a type) is one of these.
   */
  public boolean matches(String method, Supplier<? extends Collection<String>> receiverTypes) {
    if (anyType.contains(method)) {
      return true;
    }
    Set<String> types = typesByMethod.get(method);
    return types != null && receiverTypes.get().stream().anyMatch(types::contains);
  }
}
