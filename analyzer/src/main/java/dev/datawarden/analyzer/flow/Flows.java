package dev.datawarden.analyzer.flow;

import dev.datawarden.analyzer.api.Problem;
import java.util.List;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtType;

/**
 * What the engine found, for the rules to ask: every flow from a declared source to a sink, the
 * call graph they run on, what the declarations say (the engine's {@link Knowledge}), and whether
 * the analysis settled. The questions only some rules ask live beside those rules.
 */
public final class Flows {
  private final List<Flow> flows;
  private final CallGraph callGraph;
  private final Knowledge knowledge;
  private final boolean incomplete;

  private final List<Problem> problems;
  private final Work work;

  /**
   * How much the engine did: it analysed {@code summarised} of the call graph's {@code methods}
   * methods, {@code analyses} times, every method or ({@code exhaustive} false) those data can reach.
   */
  public record Work(int summarised, int methods, int analyses, boolean exhaustive) {}

  Flows(List<Flow> flows, CallGraph callGraph, Knowledge knowledge, boolean incomplete,
      List<Problem> problems, Work work) {
    this.work = work;
    this.flows = List.copyOf(flows);
    this.problems = List.copyOf(problems);
    this.callGraph = callGraph;
    this.knowledge = knowledge;
    this.incomplete = incomplete;
  }

  /** No flows at all: for rules run without the data-flow engine (the per-round vocabulary checks). */
  public static Flows none() {
    return new Flows(List.of(), null, null, false, List.of(), new Work(0, 0, 0, false));
  }

  /** How a message shows a chain of methods: {@code A.b() → C.d()}. */
  public static String describe(List<CtExecutable<?>> chain) {
    StringBuilder s = new StringBuilder();
    for (CtExecutable<?> m : chain) {
      if (s.length() > 0) {
        s.append(" → ");
      }
      CtType<?> t = m.getParent(CtType.class);
      s.append(t == null ? "" : Knowledge.typeName(t) + ".").append(m.getSimpleName()).append("()");
    }
    return s.toString();
  }

  /** How much the engine did, for the timings. */
  public Work work() {
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
  public List<Problem> problems() {
    return problems;
  }

  /** True when the engine stopped at its budget before the fixpoint: flows may be missing. */
  public boolean incomplete() {
    return incomplete;
  }

  /** What the declarations say about the elements of the analysed code. */
  public Knowledge knowledge() {
    return knowledge;
  }

  /** Every analysed method and constructor. */
  public List<CtExecutable<?>> executables() {
    return callGraph.executables();
  }
}
