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
