package dev.datawarden.analyzer.rules.collection;

import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.fact.Purpose;
import dev.datawarden.analyzer.fact.Role;
import dev.datawarden.analyzer.fact.Target;
import dev.datawarden.analyzer.fact.TargetKind;
import dev.datawarden.analyzer.flow.CallGraph;
import dev.datawarden.analyzer.flow.Flows;
import dev.datawarden.analyzer.flow.Knowledge;
import dev.datawarden.analyzer.flow.Source;
import dev.datawarden.analyzer.rule.RuleContext;
import java.util.ArrayList;
import java.util.List;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtMethod;
import spoon.reflect.declaration.CtParameter;
import spoon.reflect.declaration.CtType;
import spoon.reflect.declaration.CtVariable;

/**
 * What the collection rules ask about the analysed code: which methods collect personal
 * information from individuals, what they take, whether it is only kept, and the purposes of the
 * processing a method does. One per analysis ({@link #of}), shared by the rules that ask; the
 * list of collected personal information asks it too, through {@code RulePack.dataHandling}.
 */
public final class CollectedData {
  private final Flows flows;
  private final Knowledge knowledge;
  private final CallGraph callGraph;
  private StoreOnly storeOnly;

  private CollectedData(Flows flows) {
    this.flows = flows;
    this.knowledge = flows.knowledge();
    this.callGraph = flows.callGraph();
  }

  static CollectedData of(RuleContext context) {
    return context.shared(CollectedData.class, () -> new CollectedData(context.flows()));
  }

  /** The collection points of an analysis's flows, for the registry's {@code dataHandling}. */
  public static CollectedData of(Flows flows) {
    return new CollectedData(flows);
  }

  /**
   * True for a method that collects personal information from individuals: a
   * {@code @CollectionPoint}, or a Spring or JAX-RS endpoint that takes personal information.
   */
  public boolean isCollectionPoint(CtExecutable<?> method) {
    if (knowledge.declares(method, Role.COLLECTION_POINT)) {
      return true;
    }
    boolean endpoint = method instanceof CtMethod<?> m && knowledge.frameworks().receivesRequests(m);
    return endpoint && !collected(method).isEmpty();
  }

  /** The personal information a method takes through its parameters: declared ones, and what their types carry. */
  public List<Source> collected(CtExecutable<?> method) {
    List<Source> sources = new ArrayList<>();
    for (CtParameter<?> p : method.getParameters()) {
      knowledge.parameterSources(p).stream().filter(s -> s.kind().isPersonal()).forEach(sources::add);
      knowledge.carriedBy(p.getType()).stream().filter(s -> s.kind().isPersonal() && !sources.contains(s))
          .forEach(sources::add);
    }
    return sources;
  }

  /** The personal information a method takes through one parameter: declared on it, and what its type carries. */
  List<Source> collected(CtParameter<?> parameter) {
    List<Source> sources = new ArrayList<>();
    knowledge.parameterSources(parameter).stream().filter(s -> s.kind().isPersonal()).forEach(sources::add);
    knowledge.carriedBy(parameter.getType()).stream().filter(s -> s.kind().isPersonal() && !sources.contains(s))
        .forEach(sources::add);
    return sources;
  }

  /**
   * True when the value {@code source} declares, taken by a collection point through
   * {@code parameter} (the parameter itself, or a field its type carries), is kept at rest and
   * nothing in the analysed code reads it except to keep it: no condition, computation, transfer,
   * response, log or call the analysis cannot follow uses it (see {@link StoreOnly}). False when
   * unsure: for data declared on a type or in a catalog without a field in the sources, and when
   * the engine stopped at its budget.
   */
  boolean onlyStored(CtParameter<?> parameter, Source source) {
    if (callGraph == null || flows.incomplete()) {
      return false;
    }
    CtVariable<?> holder = holder(parameter, source);
    if (holder == null) {
      return false;
    }
    if (storeOnly == null) {
      storeOnly = new StoreOnly(knowledge.spoon(), callGraph, knowledge, flows.all());
    }
    return storeOnly.judge(holder, source.location()) == StoreOnly.Verdict.STORED_ONLY;
  }

  /** The element holding the value a source declares: the parameter, or the field of an analysed type. */
  private static CtVariable<?> holder(CtParameter<?> parameter, Source source) {
    Target target = source.declaration().target();
    if (target.kind() == TargetKind.PARAMETER) {
      return parameter;
    }
    if (target.kind() != TargetKind.FIELD) {
      return null;
    }
    CtType<?> type = parameter.getFactory().Type().get(target.typeName());
    if (type == null) {
      int dot = target.typeName().lastIndexOf('.');
      type = dot < 0 ? null : parameter.getFactory().Type().get(
          target.typeName().substring(0, dot) + "$" + target.typeName().substring(dot + 1));
    }
    CtField<?> field = type == null || type.isShadow() ? null : type.getField(target.memberName());
    return field == null || field.isShadow() ? null : field;
  }

  /**
   * The purposes of the processing a method does: its {@code @Purpose}, else its type's (or an
   * enclosing type's); for a collection point without either, the purposes of its {@code @CollectionPoint}.
   */
  List<String> purposesOf(CtExecutable<?> method) {
    for (CtElement e = method; e != null; e = e.getParent(CtType.class)) {
      for (Declaration d : knowledge.declarationsOn(e)) {
        if (d.role() == Role.PURPOSE) {
          return Purpose.of(d).purposes();
        }
      }
    }
    for (Declaration d : knowledge.declarationsOn(method)) {
      if (d.role() == Role.COLLECTION_POINT) {
        return d.purposes();
      }
    }
    return List.of();
  }

}
