package dev.datawarden.analyzer.rules.discovery;

import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.fact.Attributes;
import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.fact.Facts;
import dev.datawarden.analyzer.fact.Role;
import dev.datawarden.analyzer.flow.CallGraph;
import dev.datawarden.analyzer.flow.Knowledge;
import dev.datawarden.analyzer.model.SourceModel;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtParameter;

/**
 * Discovery's suggestions as declarations, so that the engine follows undeclared data that looks
 * personal like declared data (issue 17, point 6): each field and record component whose own name,
 * mapped name, label or type matches becomes an {@link
 * Declaration.Origin#INFERRED} {@code @PersonalInfo} or {@code @Sensitive} with the suggested
 * category and nothing else (no purposes, no retention). Called after the facts are collected and
 * the call graph is built, before the engine; what the engine finds later (a form's field copied
 * into a declared one) is not inferred, as the declared field already carries it. Entry-point
 * parameters are not inferred either: a {@code phone} an endpoint takes is mostly a key it looks data
 * up by ({@code WHERE mobile = #{phone}}), and what it keeps ends up in a field, which is.
 */
public final class InferredData {
  private InferredData() {}

  /**
   * The inferred declarations of {@code model}, each with the element it is on; {@code silenced}
   * says which candidates a user marked as not personal
   * ({@code @SuppressWarnings("datawarden:UnannotatedPersonalInfo")} around their location).
   */
  public static List<Map.Entry<CtElement, Declaration>> of(Facts facts, SourceModel model, CallGraph callGraph,
      Predicate<Location> silenced) {
    List<Map.Entry<CtElement, Declaration>> inferred = new ArrayList<>();
    // first what is declared by way of a declared field: a form's field copied into an entity's
    Discovery copies = new Discovery(facts, model, callGraph, new Knowledge(facts, model, callGraph.frameworks()));
    java.util.Set<CtElement> derived = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Map.Entry<Discovery.Candidate, CtField<?>> copy : copies.copiedIntoDeclared()) {
      Discovery.Candidate c = copy.getKey();
      if (silenced.test(c.location())) {
        continue;
      }
      for (Declaration d : copies.writtenOn(copy.getValue())) {
        if (d.role() == Role.PERSONAL_INFO || d.role() == Role.SENSITIVE) {
          inferred.add(new AbstractMap.SimpleImmutableEntry<>(c.element(), Declaration.derived(d, c.target(), c.location())));
          derived.add(c.element());
        }
      }
    }
    for (Discovery.Candidate c : new Discovery(facts, model, callGraph, null).candidates()) {
      if (c.reason().inference() == null || c.element() instanceof CtParameter<?> || silenced.test(c.location())
          || derived.contains(c.element())) {
        continue;
      }
      SuggestedAnnotation s = c.reason().suggestion();
      Role role = s.kind() == SuggestedAnnotation.Kind.SENSITIVE ? Role.SENSITIVE : Role.PERSONAL_INFO;
      Optional<Map<String, Object>> attributes =
          Attributes.complete(role, Map.of(s.kind().attribute(), s.category()), m -> { });
      attributes.ifPresent(a -> inferred.add(new AbstractMap.SimpleImmutableEntry<>(c.element(),
          Declaration.inferred(role, c.target(), a, c.location(), c.reason().inference()))));
    }
    return inferred;
  }
}
