package dev.datawarden.analyzer.flow;

import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.fact.Role;
import dev.datawarden.analyzer.fact.Target;
import dev.datawarden.analyzer.fact.TargetKind;
import dev.datawarden.analyzer.model.Elements;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import spoon.reflect.code.CtAbstractInvocation;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtMethod;
import spoon.reflect.declaration.CtParameter;
import spoon.reflect.declaration.CtType;
import spoon.reflect.declaration.CtVariable;

/**
 * What the engine found, for the rules to ask: every flow from a declared source to a sink, and
 * questions about the paths they take through the call graph.
 */
public final class Flows {
  private final List<Flow> flows;
  private final CallGraph callGraph;
  private final Knowledge knowledge;
  private final boolean incomplete;
  private final Map<CtExecutable<?>, Boolean> recordsTransfer = new IdentityHashMap<>();
  private StoreOnly storeOnly;

  private final List<dev.datawarden.analyzer.api.Problem> problems;
  private final String work;

  Flows(List<Flow> flows, CallGraph callGraph, Knowledge knowledge, boolean incomplete,
      List<dev.datawarden.analyzer.api.Problem> problems, String work) {
    this.work = work;
    this.flows = List.copyOf(flows);
    this.problems = List.copyOf(problems);
    this.callGraph = callGraph;
    this.knowledge = knowledge;
    this.incomplete = incomplete;
  }

  /** No flows at all: for rules run without the data-flow engine (the per-round vocabulary checks). */
  public static Flows none() {
    return new Flows(List.of(), null, null, false, List.of(), "no method analysed");
  }

  /** How a message shows a chain of methods: {@code A.b() → C.d()}. */
  public static String describe(List<CtExecutable<?>> chain) {
    StringBuilder s = new StringBuilder();
    for (CtExecutable<?> m : chain) {
      if (s.length() > 0) {
        s.append(" → ");
      }
      CtType<?> t = m.getParent(CtType.class);
      s.append(t == null ? "" : t.getSimpleName() + ".").append(m.getSimpleName()).append("()");
    }
    return s.toString();
  }

  /** How much the engine did: "analysed 120 of 4,000 methods, 150 times (data-driven)". */
  public String work() {
    return work;
  }

  /** Every flow, ordered by sink location, then source. */
  public List<Flow> all() {
    return flows;
  }

  public CallGraph callGraph() {
    return callGraph;
  }

  /** Methods the engine failed to analyse; the others were analysed. */
  public List<dev.datawarden.analyzer.api.Problem> problems() {
    return problems;
  }

  /** True when the engine stopped at its budget before the fixpoint: flows may be missing. */
  public boolean incomplete() {
    return incomplete;
  }

  /**
   * A chain of methods from an entry point (or from a method nothing calls) to the flow's sink
   * call on which no method calls a {@code @TransferLog}, or empty when every such chain records
   * the transfer. The methods the data went through count; so do their callers.
   */
  public Optional<List<CtExecutable<?>>> unrecordedChain(Flow flow) {
    for (CtExecutable<?> m : flow.chain()) {
      if (recordsTransfer(m)) {
        return Optional.empty();
      }
    }
    return callGraph.chainFromEntry(flow.head(), site -> recordsTransfer(site.caller())).map(up -> {
      List<CtExecutable<?>> chain = new ArrayList<>(up);
      chain.addAll(flow.chain().subList(1, flow.chain().size()));
      return chain;
    });
  }

  /** What the declarations say about the elements of the analysed code. */
  public Knowledge knowledge() {
    return knowledge;
  }

  /** Annotations (by simple name) of endpoints that receive data from individuals. */
  private static final Set<String> ENDPOINTS = Set.of("RequestMapping", "GetMapping", "PostMapping", "PutMapping",
      "DeleteMapping", "PatchMapping", "GET", "POST", "PUT", "DELETE", "PATCH");

  /**
   * True for a method that collects personal information from individuals: a
   * {@code @CollectionPoint}, or a Spring or JAX-RS endpoint that takes personal information.
   */
  public boolean isCollectionPoint(CtExecutable<?> method) {
    if (knowledge.declares(method, Role.COLLECTION_POINT)) {
      return true;
    }
    boolean endpoint = method instanceof CtMethod<?> m
        && m.getAnnotations().stream().anyMatch(a -> ENDPOINTS.contains(Elements.simpleName(a)));
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
  public List<Source> collected(CtParameter<?> parameter) {
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
  public boolean onlyStored(CtParameter<?> parameter, Source source) {
    if (callGraph == null || incomplete) {
      return false;
    }
    CtVariable<?> holder = holder(parameter, source);
    if (holder == null) {
      return false;
    }
    if (storeOnly == null) {
      storeOnly = new StoreOnly(knowledge.spoon(), callGraph, knowledge, flows);
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
  public List<String> purposesOf(CtExecutable<?> method) {
    for (CtElement e = method; e != null; e = e.getParent(CtType.class)) {
      for (Declaration d : knowledge.declarationsOn(e)) {
        if (d.role() == Role.PURPOSE) {
          return d.strings("value");
        }
      }
    }
    for (Declaration d : knowledge.declarationsOn(method)) {
      if (d.role() == Role.COLLECTION_POINT) {
        return d.strings("purposes");
      }
    }
    return List.of();
  }

  /** Every analysed method and constructor. */
  public List<CtExecutable<?>> executables() {
    return callGraph.executables();
  }

  /** True when the method calls a {@code @TransferLog} method (annotated or catalogued). */
  public boolean recordsTransfer(CtExecutable<?> method) {
    return recordsTransfer.computeIfAbsent(method, m -> {
      for (CallGraph.CallSite site : callGraph.calls(m)) {
        CtAbstractInvocation<?> call = site.call();
        if (knowledge.has(call, callGraph.declaration(call), Role.TRANSFER_LOG)) {
          return true;
        }
      }
      return false;
    });
  }

  /** True when the sink, its type, or a method the data went through (or its type) declares {@code role}. */
  public boolean coveredBy(Flow flow, Role role) {
    if (flow.sink().declaration() != null && flow.sink().declaration().role() == role) {
      return true;
    }
    for (CtExecutable<?> m : flow.chain()) {
      if (knowledge.declares(m, role)) {
        return true;
      }
      CtType<?> type = m.getParent(CtType.class);
      if (type != null && knowledge.declares(type, role)) {
        return true;
      }
    }
    if (flow.sinkCall() instanceof CtAbstractInvocation<?> call) {
      CtExecutable<?> declaration = callGraph.declaration(call);
      if (Knowledge.inModel(declaration)) {
        CtType<?> type = declaration.getParent(CtType.class);
        return knowledge.declares(declaration, role) || (type != null && knowledge.declares(type, role));
      }
      return knowledge.has(call, declaration, role);
    }
    return false;
  }

}
