package dev.datawarden.analyzer.fact;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import spoon.reflect.declaration.CtElement;

/**
 * Everything the code and the catalogs declare: the declarations (from annotations, user catalogs
 * and the built-in catalog), indexed by role, by target and by source element, and the misuses of
 * the vocabulary met while reading them.
 */
public final class Facts {
  private final List<Declaration> declarations;
  private final List<Misuse> misuses;
  private final Map<Role, List<Declaration>> byRole;
  private final Map<String, List<Declaration>> byTarget;
  private final Map<CtElement, List<Declaration>> byElement;

  Facts(List<Declaration> declarations, List<Misuse> misuses, IdentityHashMap<CtElement, List<Declaration>> byElement) {
    this.declarations = List.copyOf(declarations);
    this.misuses = List.copyOf(misuses);
    this.byRole = Collections.unmodifiableMap(
        declarations.stream().collect(Collectors.groupingBy(Declaration::role, LinkedHashMap::new, Collectors.toList())));
    this.byTarget = Collections.unmodifiableMap(declarations.stream()
        .collect(Collectors.groupingBy(d -> key(d.target()), LinkedHashMap::new, Collectors.toList())));
    this.byElement = Collections.unmodifiableMap(byElement);
  }

  /**
   * Facts read without a source model, as the annotation processor reads the vocabulary from the
   * compiler's own model in every round: no declaration belongs to a Spoon element.
   */
  public static Facts of(List<Declaration> declarations, List<Misuse> misuses) {
    return new Facts(declarations, misuses, new IdentityHashMap<>());
  }

  /**
   * These facts and the declarations discovery inferred ({@link Declaration.Origin#INFERRED}), each
   * bound to the element it is about, after the written ones: whatever asks for the declarations of
   * an element or a target gets them as it would get an annotation.
   */
  public Facts withInferred(List<Map.Entry<CtElement, Declaration>> inferred) {
    if (inferred.isEmpty()) {
      return this;
    }
    List<Declaration> all = new java.util.ArrayList<>(declarations);
    IdentityHashMap<CtElement, List<Declaration>> elements = new IdentityHashMap<>();
    byElement.forEach((e, ds) -> elements.put(e, new java.util.ArrayList<>(ds)));
    for (Map.Entry<CtElement, Declaration> e : inferred) {
      all.add(e.getValue());
      elements.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue());
    }
    return new Facts(all, misuses, elements);
  }

  public List<Declaration> all() {
    return declarations;
  }

  public List<Declaration> of(Role role) {
    return byRole.getOrDefault(role, List.of());
  }

  /** Declarations on a target, whatever their origin; method signatures and '$' versus '.' are ignored. */
  public List<Declaration> on(Target target) {
    return byTarget.getOrDefault(key(target), List.of());
  }

  /** Declarations written as annotations on this source element. */
  public List<Declaration> on(CtElement element) {
    return byElement.getOrDefault(element, List.of());
  }

  public List<Misuse> misuses() {
    return misuses;
  }

  private static String key(Target t) {
    String type = t.typeName().replace('$', '.');
    return switch (t.kind()) {
      case TYPE -> "T " + type;
      case FIELD -> "F " + type + "#" + t.memberName();
      case METHOD -> "M " + type + "#" + t.memberName();
      case PARAMETER -> "P " + type + "#" + t.memberName() + "[" + t.parameterIndex() + "]";
    };
  }
}
