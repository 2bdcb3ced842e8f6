package dev.datawarden.analyzer.flow;

import dev.datawarden.analyzer.Location;
import dev.datawarden.analyzer.PathStep;
import dev.datawarden.analyzer.Problem;
import dev.datawarden.analyzer.fact.Facts;
import dev.datawarden.analyzer.model.SourceModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtMethod;
import spoon.reflect.declaration.CtType;
import spoon.reflect.reference.CtTypeReference;

/**
 * The inter-procedural data-flow engine. Summarises every analysed method with {@link MethodFlow}
 * until nothing changes: a method is analysed again when the summary of a method it calls changes
 * or when data reaches a field it reads. Summaries compare by origins, never by paths, and origins
 * only grow, so the fixpoint is reached; a budget guards against pathological code all the same.
 */
public final class FlowEngine {
  /** Analyses per method, at most, before the engine settles for what it has. */
  private static final int BUDGET_PER_METHOD = 30;

  private final Knowledge knowledge;
  private final CallGraph callGraph;
  private final Map<CtExecutable<?>, Summary> summaries = new IdentityHashMap<>();
  private final Map<CtExecutable<?>, Set<CtExecutable<?>>> dependents = new IdentityHashMap<>();
  private final Map<String, Taint> fieldTaint = new HashMap<>();
  private final Map<String, Set<CtExecutable<?>>> fieldReaders = new HashMap<>();
  private final Set<String> encryptedWrites = new java.util.HashSet<>();
  private final Set<String> clearWrites = new java.util.HashSet<>();
  /** The flows each method's latest analysis completed: an analysis replaces what the one before found. */
  private final Map<CtExecutable<?>, Map<FlowKey, Flow>> flows = new IdentityHashMap<>();
  private final Deque<CtExecutable<?>> work = new ArrayDeque<>();
  private final Set<CtExecutable<?>> queued = Collections.newSetFromMap(new IdentityHashMap<>());
  private boolean budgetExceeded;
  private final List<Problem> failures = new ArrayList<>();

  private FlowEngine(Facts facts, SourceModel model, CallGraph callGraph) {
    this.knowledge = new Knowledge(facts, model);
    this.callGraph = callGraph;
  }

  /** Builds the class-hierarchy call graph of the analysed code. */
  public static CallGraph callGraph(SourceModel model) {
    return new CallGraph(model.spoon());
  }

  /** Follows every declared source to the sinks it reaches. */
  public static Flows run(Facts facts, SourceModel model) {
    return run(facts, model, callGraph(model));
  }

  /** Follows every declared source to the sinks it reaches, over a call graph built before. */
  public static Flows run(Facts facts, SourceModel model, CallGraph callGraph) {
    FlowEngine engine = new FlowEngine(facts, model, callGraph);
    engine.solve();
    return new Flows(engine.sortedFlows(), engine.callGraph, engine.knowledge, engine.budgetExceeded,
        engine.failures.stream().distinct().toList());
  }

  private void solve() {
    List<CtExecutable<?>> all = callGraph.executables();
    calleesFirst(all).forEach(this::enqueue);
    int budget = Math.max(1000, all.size() * BUDGET_PER_METHOD);
    while (!work.isEmpty()) {
      if (budget-- == 0) {
        budgetExceeded = true;
        break;
      }
      CtExecutable<?> m = work.poll();
      queued.remove(m);
      flows.remove(m);
      Summary next;
      try {
        next = new MethodFlow(this, m).analyze();
      } catch (RuntimeException | StackOverflowError e) {
        failures.add(new Problem(Problem.Kind.INTERNAL, knowledge.locate(m), "DataWarden could not follow the data "
            + "through " + Knowledge.displayName(m) + " (" + e + "); flows through it may be missed. Please report it."));
        next = Summary.EMPTY;
      }
      // a caller that asked before the first analysis was given the empty summary: only a summary
      // that says more than that sends it back to work
      Summary previous = summaries.getOrDefault(m, Summary.EMPTY);
      summaries.put(m, next); // when the same origins: maybe shorter paths
      if (!previous.sameAs(next)) {
        dependents.getOrDefault(m, Set.of()).forEach(this::enqueue);
      }
    }
  }

  /**
   * The methods in an order where callees come before their callers (except in recursion), so
   * that most methods are analysed once, with their callees' summaries already known.
   */
  private List<CtExecutable<?>> calleesFirst(List<CtExecutable<?>> all) {
    List<CtExecutable<?>> order = new ArrayList<>(all.size());
    Set<CtExecutable<?>> visited = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Visit> stack = new ArrayDeque<>();
    for (CtExecutable<?> root : all) {
      if (visited.add(root)) {
        stack.push(new Visit(root));
      }
      while (!stack.isEmpty()) {
        Visit visit = stack.peek();
        if (visit.targets.hasNext()) {
          CtExecutable<?> callee = visit.targets.next();
          if (visited.add(callee)) {
            stack.push(new Visit(callee));
          }
        } else if (visit.sites.hasNext()) {
          visit.targets = callGraph.targets(visit.sites.next().call()).iterator();
        } else {
          order.add(stack.pop().method);
        }
      }
    }
    return order;
  }

  /** A method on the depth-first walk: the calls it makes, and the targets of the current one. */
  private final class Visit {
    final CtExecutable<?> method;
    final Iterator<CallGraph.CallSite> sites;
    Iterator<CtExecutable<?>> targets = Collections.emptyIterator();

    Visit(CtExecutable<?> method) {
      this.method = method;
      this.sites = callGraph.calls(method).iterator();
    }
  }

  /**
   * One flow per sink call (the call itself, not an equal-looking one), sink, source, encryption
   * and first method of its chain; of several paths, the shortest is kept.
   */
  private record FlowKey(CtElement call, Sink sink, Source source, boolean encrypted, CtExecutable<?> head) {
    @Override
    public boolean equals(Object o) {
      return o instanceof FlowKey k && k.call == call && k.head == head && k.encrypted == encrypted
          && k.sink.equals(sink) && k.source.location().equals(source.location()) && k.source.kind() == source.kind();
    }

    @Override
    public int hashCode() {
      return ((System.identityHashCode(call) * 31 + System.identityHashCode(head)) * 31 + sink.hashCode()) * 31
          + source.location().hashCode();
    }
  }

  private void enqueue(CtExecutable<?> m) {
    if (queued.add(m)) {
      work.add(m);
    }
  }

  Knowledge knowledge() {
    return knowledge;
  }

  CallGraph callGraph() {
    return callGraph;
  }

  /** The current summary of {@code callee}; {@code caller} is analysed again when it changes. */
  Summary summary(CtExecutable<?> callee, CtExecutable<?> caller) {
    dependents.computeIfAbsent(callee, k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(caller);
    if (!summaries.containsKey(callee) && !queued.contains(callee) && callee.getBody() != null) {
      enqueue(callee); // e.g. a method of a type outside the call graph's scan
    }
    return summaries.getOrDefault(callee, Summary.EMPTY);
  }

  Taint fieldTaint(String field) {
    return fieldTaint.getOrDefault(field, Taint.NONE);
  }

  void readsField(String field, CtExecutable<?> reader) {
    fieldReaders.computeIfAbsent(field, k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(reader);
  }

  /** True when everything the analysed code stores in this declared field is encrypted. */
  boolean storedEncrypted(String field) {
    return encryptedWrites.contains(field) && !clearWrites.contains(field);
  }

  /**
   * Notes whether a write stores data encrypted: any encrypted origin counts, a clear one only
   * when it is declared data (a clear parameter is judged where a caller passes something).
   */
  void noteWrite(String field, Taint taint) {
    boolean wasEncrypted = storedEncrypted(field);
    for (Taint.Origin o : taint.origins()) {
      if (o instanceof Taint.FromSource s) {
        (s.encrypted() ? encryptedWrites : clearWrites).add(field);
      } else if (((Taint.FromParameter) o).encrypted()) {
        encryptedWrites.add(field);
      }
    }
    if (wasEncrypted != storedEncrypted(field)) {
      fieldReaders.getOrDefault(field, Set.of()).forEach(this::enqueue);
    }
  }

  void addFieldTaint(String field, Taint taint) {
    if (taint.isEmpty()) {
      return;
    }
    Taint before = fieldTaint.getOrDefault(field, Taint.NONE);
    Taint after = before.join(taint);
    fieldTaint.put(field, after);
    if (!after.sameOrigins(before)) {
      fieldReaders.getOrDefault(field, Set.of()).forEach(this::enqueue);
    }
  }

  void sinkHit(CtExecutable<?> method, Summary summary, Sink sink, CtElement call, Taint reaching,
      List<CtExecutable<?>> chain) {
    sinkHit(method, summary, sink, call, reaching, chain, knowledge.locate(call));
  }

  /**
   * Data reached a sink: what comes from declared sources is a flow; what comes from the method's
   * parameters joins its summary, for the callers to complete.
   */
  void sinkHit(CtExecutable<?> method, Summary summary, Sink sink, CtElement call, Taint reaching,
      List<CtExecutable<?>> chain, Location location) {
    if (reaching.isEmpty()) {
      return;
    }
    Taint symbolic = Taint.NONE;
    for (Map.Entry<Taint.Origin, List<PathStep>> e : reaching.flows().entrySet()) {
      if (e.getKey() instanceof Taint.FromSource s) {
        FlowKey key = new FlowKey(call, sink, s.source(), s.encrypted(), chain.get(0));
        Flow flow = new Flow(s.source(), s.encrypted(), sink, call, location, e.getValue(), chain);
        flows.computeIfAbsent(method, k -> new LinkedHashMap<>())
            .merge(key, flow, (a, b) -> a.path().size() <= b.path().size() ? a : b);
      } else {
        symbolic = symbolic.join(Taint.of(e.getKey(), e.getValue()));
      }
    }
    if (!symbolic.isEmpty()) {
      summary.addSink(new Summary.PendingSink(sink, call, location, symbolic, chain));
    }
  }

  /**
   * The sources printed when an object of this type becomes a string: what its analysed
   * {@code toString} returns, or every field a record or Lombok's {@code toString} prints.
   */
  List<Source> printedBy(CtTypeReference<?> type, CtExecutable<?> caller) {
    Set<Source> printed = new LinkedHashSet<>();
    collectPrinted(type, printed, 0, caller);
    return new ArrayList<>(printed);
  }

  private void collectPrinted(CtTypeReference<?> type, Set<Source> into, int depth, CtExecutable<?> caller) {
    if (type == null || depth > 3) {
      return;
    }
    if (type instanceof spoon.reflect.reference.CtArrayTypeReference<?> array) {
      collectPrinted(array.getComponentType(), into, depth + 1, caller);
      return;
    }
    for (CtTypeReference<?> argument : type.getActualTypeArguments()) {
      collectPrinted(argument, into, depth + 1, caller); // collections print their elements
    }
    CtType<?> declaration = knowledge.declarationOf(type);
    for (CtType<?> t = declaration; t != null; t = t.getSuperclass() == null ? null : knowledge.declarationOf(t.getSuperclass())) {
      CtMethod<?> toString = t.getMethod("toString");
      if (toString != null && toString.getBody() != null) {
        Summary s = toString == caller ? Summary.EMPTY : summary(toString, caller);
        for (Taint.Origin o : s.returns.origins()) {
          if (o instanceof Taint.FromSource src) {
            into.add(src.source());
          }
        }
        return;
      }
      if (knowledge.toStringGenerated(t)) {
        for (CtField<?> f : t.getFields()) {
          if (!f.hasModifier(spoon.reflect.declaration.ModifierKind.STATIC) && !knowledge.excludedFromToString(f)) {
            into.addAll(knowledge.fieldSources(t.getQualifiedName(), f.getSimpleName()));
          }
        }
        return;
      }
    }
  }

  private List<Flow> sortedFlows() {
    Map<FlowKey, Flow> unique = new LinkedHashMap<>();
    for (Map<FlowKey, Flow> found : flows.values()) {
      found.forEach((k, f) -> unique.merge(k, f, (a, b) -> a.path().size() <= b.path().size() ? a : b));
    }
    List<Flow> sorted = new ArrayList<>(unique.values());
    sorted.sort((a, b) -> {
      int c = a.sinkLocation().compareTo(b.sinkLocation());
      if (c != 0) {
        return c;
      }
      c = a.source().compareTo(b.source());
      if (c != 0) {
        return c;
      }
      c = Boolean.compare(a.encrypted(), b.encrypted());
      return c != 0 ? c : Integer.compare(a.path().size(), b.path().size());
    });
    return sorted;
  }
}
