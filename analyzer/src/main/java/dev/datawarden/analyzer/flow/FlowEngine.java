package dev.datawarden.analyzer.flow;

import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.PathStep;
import dev.datawarden.analyzer.api.Problem;
import dev.datawarden.analyzer.fact.Facts;
import dev.datawarden.analyzer.fact.FieldKey;
import dev.datawarden.analyzer.fact.Role;
import dev.datawarden.analyzer.frameworks.Frameworks;
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
import java.util.Optional;
import java.util.Set;
import spoon.reflect.code.CtAbstractInvocation;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtMethod;
import spoon.reflect.declaration.CtType;
import spoon.reflect.reference.CtTypeReference;

/**
 * The inter-procedural data-flow engine. Summarises methods with {@link MethodFlow} until nothing
 * changes: a method is analysed again when the summary of a method it calls changes or when data
 * reaches a field it reads. Summaries compare by origins, never by paths, and origins only grow, so
 * the fixpoint is reached; a budget guards against pathological code all the same.
 *
 * <p>By default the engine analyses only the methods declared data can reach ({@link Mode#DEMAND}):
 * it starts from the methods whose own code brings data in ({@link Relevance}), and adds the
 * callers of a method once its summary hands data out, the readers of a field once data is stored
 * in it, and a callee once a caller gives it data (or needs its summary to say what it does with
 * its parameters). A call of a method that was not analysed, given nothing, yields nothing either
 * way. {@link Mode#EXHAUSTIVE} analyses every method; both find the same flows, and the tests
 * check that they do.
 */
public final class FlowEngine {
  /** Which methods the engine analyses. */
  public enum Mode {
    /** The methods declared data can reach: the default. */
    DEMAND,
    /** Every analysed method, whether data can reach it or not: slower, for comparison. */
    EXHAUSTIVE
  }

  /** Analyses per method, at most, before the engine settles for what it has. */
  private static final int BUDGET_PER_METHOD = 30;

  private final Knowledge knowledge;
  private final CallGraph callGraph;
  private final ValueWalker values;
  /** The analysed methods declared to be transfers (annotation or catalog entry), once asked. */
  private Map<CtExecutable<?>, Sink> declaredTransfers;
  private final Map<CtExecutable<?>, Summary> summaries = new IdentityHashMap<>();
  /**
   * The callers of each method that asked for its summary, with what they gave it: a mask of the
   * parameters they passed data to, and {@link Summary#SOURCES}, since every caller gets the data a
   * callee hands out of its own. A caller is analysed again when the summary changes in those.
   */
  private final Map<CtExecutable<?>, IdentityOrder<CtExecutable<?>, long[]>> dependents = new IdentityHashMap<>();
  private final Map<FieldKey, Taint> fieldTaint = new HashMap<>();
  private final Map<PathStep, PathStep> steps = new HashMap<>();
  private final Map<CtElement, Location> locations = new IdentityHashMap<>();
  private final Map<CtAbstractInvocation<?>, CallFacts> callFacts = new IdentityHashMap<>();
  /**
   * What the method-independent questions {@link MethodFlow} asks of the code answered, by the
   * element asked about: the value of a {@code static final} field a reference names, and the second
   * test of an {@code if}'s condition. Spoon answers them slowly, and every analysis of a method asks again.
   */
  private final Map<CtElement, Object> staticConstants = new IdentityHashMap<>();
  private final Map<CtElement, Integer> retests = new IdentityHashMap<>();
  private final Map<CtElement, List<CallSteps>> callSteps = new IdentityHashMap<>();
  /** Whether each field written is declared data, by the engine's key ({@code Type#name}). */
  private final Map<FieldKey, Boolean> declaredFields = new HashMap<>();
  private final Map<FieldKey, IdentityOrder<CtExecutable<?>, Void>> fieldReaders = new HashMap<>();
  private final Set<FieldKey> encryptedWrites = new java.util.HashSet<>();
  private final Set<FieldKey> clearWrites = new java.util.HashSet<>();
  /** The flows each method's latest analysis completed: an analysis replaces what the one before found. */
  private final Map<CtExecutable<?>, Map<FlowKey, Flow>> flows = new IdentityHashMap<>();
  private final Deque<CtExecutable<?>> work = new ArrayDeque<>();
  private final Set<CtExecutable<?>> queued = Collections.newSetFromMap(new IdentityHashMap<>());
  /** Where data enters the code, and who uses what: null when every method is analysed. */
  private final Relevance relevance;
  /** The methods whose summary stores what their callers give them in a declared field. */
  private final Set<CtExecutable<?>> writers = Collections.newSetFromMap(new IdentityHashMap<>());
  /** The methods whose summary hands declared data to their callers. */
  private final Set<CtExecutable<?>> givers = Collections.newSetFromMap(new IdentityHashMap<>());
  private boolean budgetExceeded;
  private int budget;
  private int analyses;
  /**
   * The methods being analysed: the one the work list gave, and the callees it needed first,
   * analysed at once while it waits (callees first, as far as recursion allows).
   */
  private final Set<CtExecutable<?>> analysing = Collections.newSetFromMap(new IdentityHashMap<>());
  /** How deep callees are analysed at once inside their callers' analyses; deeper ones are queued. */
  private static final int MAX_NESTED = 48;
  private final List<Problem> failures = new ArrayList<>();

  private FlowEngine(Facts facts, SourceModel model, CallGraph callGraph, Mode mode) {
    this.knowledge = new Knowledge(facts, model, callGraph.frameworks());
    this.callGraph = callGraph;
    this.values = new ValueWalker(callGraph, knowledge);
    this.relevance = mode == Mode.DEMAND ? new Relevance(knowledge, callGraph) : null;
  }

  /** Builds the class-hierarchy call graph of the analysed code, knowing its frameworks as {@code frameworks} does. */
  public static CallGraph callGraph(SourceModel model, Frameworks frameworks) {
    return new CallGraph(model.index(), frameworks);
  }

  /** Builds the class-hierarchy call graph of the analysed code, with the standard framework models and no mapper files. */
  public static CallGraph callGraph(SourceModel model) {
    return callGraph(model, Frameworks.standard());
  }

  /** Follows every declared source to the sinks it reaches, analysing the methods data can reach. */
  public static Flows run(Facts facts, SourceModel model) {
    return run(facts, model, callGraph(model), Mode.DEMAND);
  }

  /**
   * Follows every declared source to the sinks it reaches, over a call graph built before, analysing
   * the methods {@code mode} says.
   */
  public static Flows run(Facts facts, SourceModel model, CallGraph callGraph, Mode mode) {
    FlowEngine engine = new FlowEngine(facts, model, callGraph, mode);
    engine.solveWithRoomToNest();
    Flows.Work work = new Flows.Work(engine.summaries.size(), engine.callGraph.executables().size(),
        engine.analyses, mode != Mode.DEMAND);
    return new Flows(engine.sortedFlows(), engine.callGraph, engine.knowledge, engine.budgetExceeded,
        engine.failures.stream().distinct().toList(), work);
  }

  /**
   * Solves in a thread of its own whose stack holds the callees analysed inside their callers'
   * analyses (up to {@link #MAX_NESTED} deep), whatever stack the calling thread has.
   */
  private void solveWithRoomToNest() {
    Throwable[] thrown = new Throwable[1];
    Thread solver = new Thread(null, () -> {
      try {
        solve();
      } catch (Throwable e) {
        thrown[0] = e;
      }
    }, "datawarden-flow", 64L << 20);
    try {
      solver.start();
    } catch (OutOfMemoryError e) {
      solve(); // no thread to be had: solved here, where a very deep nesting may be reported as not followed
      return;
    }
    boolean interrupted = false;
    while (solver.isAlive()) {
      try {
        solver.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (thrown[0] instanceof Error e) {
      throw e;
    }
    if (thrown[0] instanceof RuntimeException e) {
      throw e;
    }
  }

  private void solve() {
    List<CtExecutable<?>> all = callGraph.executables();
    for (CtExecutable<?> m : calleesFirst(all)) {
      if (relevance == null || relevance.isSeed(m)) {
        enqueue(m);
      }
    }
    budget = Math.max(1000, all.size() * BUDGET_PER_METHOD);
    while (!work.isEmpty() && !budgetExceeded) {
      CtExecutable<?> m = work.poll();
      if (queued.contains(m)) { // else analysed since it was queued, by a caller that needed it
        analyse(m);
      }
    }
  }

  /**
   * Analyses a method and passes its new summary on: to the callers it changes something for, and
   * (when the engine analyses what data reaches) to all its callers once it hands data out.
   */
  private void analyse(CtExecutable<?> m) {
    if (budget-- <= 0) {
      budgetExceeded = true;
      return;
    }
    analyses++;
    queued.remove(m);
    flows.remove(m);
    analysing.add(m);
    Summary next;
    try {
      next = new MethodFlow(this, m).analyze();
    } catch (RuntimeException | StackOverflowError e) {
      failures.add(Problem.of(Problem.Kind.INTERNAL, knowledge.locate(m), "internal.flow", Knowledge.displayName(m), e));
      next = new Summary();
    } finally {
      analysing.remove(m);
    }
    // a caller that asked before the first analysis was given the empty summary: only a summary
    // that says more than that sends it back to work
    Summary previous = summaries.getOrDefault(m, Summary.EMPTY);
    summaries.put(m, next); // when the same origins: maybe shorter paths
    if (!previous.sameAs(next)) {
      long changes = next.changes(previous);
      IdentityOrder<CtExecutable<?>, long[]> callers = dependents.get(m);
      if (callers != null) {
        callers.forEach((caller, given) -> {
          if ((given[0] & changes) != 0) {
            enqueue(caller);
          }
        });
      }
    }
    if (relevance != null && (next.givesData() && givers.add(m) || writesDeclaredField(next) && writers.add(m))) {
      // its callers, given nothing by it so far, get data from it now; or they store in a declared
      // field what they give it, which decides whether that field is stored encrypted
      callGraph.callers(m).forEach(site -> enqueue(site.caller()));
      relevance.forEachImplicitUser(m, this::enqueue);
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

  /**
   * The step with this location and label, one object for all equal steps: paths are compared by
   * the million (which of two is shorter, which comes first), and equal steps then compare by identity.
   */
  PathStep step(Location at, String label) {
    PathStep step = new PathStep(at, label);
    PathStep known = steps.putIfAbsent(step, step);
    return known == null ? step : known;
  }

  /**
   * The step "passed to" or "returned by" {@code target} at a call: the same step at every analysis
   * of the call's method, made the first time (a call has one target but for overridden methods).
   */
  PathStep callStep(CtElement call, CtExecutable<?> target, boolean passed) {
    List<CallSteps> known = callSteps.computeIfAbsent(call, k -> new ArrayList<>(1));
    for (CallSteps s : known) {
      if (s.target() == target) {
        return passed ? s.passed() : s.returned();
      }
    }
    String name = Knowledge.displayName(target);
    Location at = locate(call);
    CallSteps made = new CallSteps(target, step(at, "passed to " + name), step(at, "returned by " + name));
    known.add(made);
    return passed ? made.passed() : made.returned();
  }

  private record CallSteps(CtExecutable<?> target, PathStep passed, PathStep returned) {}

  /** The value {@code compute} gives a {@code static final} field named by {@code ref}, asked once per reference. */
  Object staticConstant(CtElement ref, java.util.function.Function<CtElement, Object> compute) {
    Object known = staticConstants.get(ref);
    if (known == null) {
      known = compute.apply(ref);
      staticConstants.put(ref, known == null ? NO_CONSTANT : known);
    }
    return known == NO_CONSTANT ? null : known;
  }

  private static final Object NO_CONSTANT = new Object();

  /** The syntactic answer of {@code compute} for an {@code if}, asked once per statement. */
  int retest(CtElement first, java.util.function.ToIntFunction<CtElement> compute) {
    Integer known = retests.get(first);
    if (known == null) {
      known = compute.applyAsInt(first);
      retests.put(first, known);
    }
    return known;
  }

  /** What the declarations say of a call: whether it is a sink, anonymises, encrypts, restores, yields declared data. */
  record CallFacts(Sink sink, boolean anonymizes, boolean encrypts, boolean restores, List<Source> sources) {}

  /**
   * The {@link CallFacts} of a call, worked out the first time its method is analysed: they never
   * change while the engine runs, and each asks for the receiver's supertypes and the facts on each.
   */
  CallFacts callFacts(CtAbstractInvocation<?> call) {
    CallFacts known = callFacts.get(call);
    if (known == null) {
      CtExecutable<?> declaration = callGraph().declaration(call);
      Optional<Sink> sink = knowledge.sinkOf(call, declaration);
      if (sink.isEmpty()) {
        sink = declaredElsewhere(call, declaration);
      }
      known = new CallFacts(sink.orElse(null),
          knowledge.has(call, declaration, Role.ANONYMIZES), knowledge.has(call, declaration, Role.ENCRYPTS),
          knowledge.restorers() && knowledge.has(call, declaration, Role.RESTORES),
          knowledge.methodSources(call.getExecutable(), declaration));
      callFacts.put(call, known);
    }
    return known;
  }

  /**
   * A transfer declared on another method of the call's hierarchy: on an implementation the call
   * may run (Spring injects interfaces: {@code smsSender.send(..)} where {@code AcmeSmsSender.send}
   * is a declared third-party transfer), or on a method the called one overrides (the interface's
   * declaration applies to calls made on an implementation). The call is then that transfer.
   */
  private Optional<Sink> declaredElsewhere(CtAbstractInvocation<?> call, CtExecutable<?> declaration) {
    if (!Knowledge.inModel(declaration) || declaredTransfers().isEmpty()) {
      return Optional.empty();
    }
    for (CtExecutable<?> target : callGraph().targets(call)) {
      if (target != declaration && declaredTransfers().containsKey(target)) {
        return Optional.of(declaredTransfers().get(target));
      }
    }
    if (declaration instanceof CtMethod<?> method) {
      for (Map.Entry<CtExecutable<?>, Sink> declared : declaredTransfers().entrySet()) {
        if (declared.getKey() != method && declared.getKey() instanceof CtMethod<?> overridden
            && overridden.getSimpleName().equals(method.getSimpleName()) && callGraph().overrides(method, overridden)) {
          return Optional.of(declared.getValue());
        }
      }
    }
    return Optional.empty();
  }

  /** The analysed methods declared to be transfers, found once: most code bases have a handful. */
  private Map<CtExecutable<?>, Sink> declaredTransfers() {
    if (declaredTransfers == null) {
      Map<CtExecutable<?>, Sink> found = new IdentityHashMap<>();
      for (CtExecutable<?> e : callGraph.executables()) {
        knowledge.declaredTransfer(e).ifPresent(sink -> found.put(e, sink));
      }
      declaredTransfers = found;
    }
    return declaredTransfers;
  }

  /** Where an element starts, as {@link Knowledge#locate} says, worked out once per element. */
  Location locate(CtElement element) {
    Location known = locations.get(element);
    if (known == null) {
      known = knowledge.locate(element);
      locations.put(element, known);
    }
    return known;
  }

  /** Where values go, and the members Lombok and records generate outside the model. */
  ValueWalker values() {
    return values;
  }

  CallGraph callGraph() {
    return callGraph;
  }

  private boolean writesDeclaredField(Summary summary) {
    for (FieldKey field : summary.fieldWrites.keySet()) {
      if (declaredFields.computeIfAbsent(field, f -> !knowledge.fieldSources(f.typeName(), f.name()).isEmpty())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The current summary of {@code callee} at a call that gives data to the parameters in
   * {@code given} (a mask of {@link Summary#parameterBit}s); {@code caller} is analysed again when
   * the summary changes in what matters to it. A callee given nothing matters only when it hands
   * data out of its own: when the engine analyses the methods data can reach, other summaries are
   * not worked out for such a call.
   */
  Summary summary(CtExecutable<?> callee, CtExecutable<?> caller, long parameters) {
    boolean given = parameters != 0;
    if (relevance != null) {
      if (!given && !givers.contains(callee)) {
        return Summary.EMPTY; // should it ever hand data out, its callers are analysed again
      }
    }
    return registered(callee, caller, parameters | Summary.SOURCES);
  }

  /** The data {@code callee} hands out of its own; {@code caller} is analysed again when that changes. */
  Summary ownData(CtExecutable<?> callee, CtExecutable<?> caller) {
    return registered(callee, caller, Summary.SOURCES);
  }

  private Summary registered(CtExecutable<?> callee, CtExecutable<?> caller, long given) {
    if (!summaries.containsKey(callee) && callee.getBody() != null) {
      needed(callee);
    }
    // registered after the callee's analysis: the caller reads the summary it just got
    dependents.computeIfAbsent(callee, k -> new IdentityOrder<>()).get(caller, () -> new long[1])[0] |= given;
    return summaries.getOrDefault(callee, Summary.EMPTY);
  }

  /**
   * A caller needs this callee's (new) summary: analysed at once when the caller's analysis can
   * wait for it, queued when it is already being analysed (recursion) or the nesting is too deep.
   */
  private void needed(CtExecutable<?> callee) {
    if (analysing.contains(callee)) {
      return; // recursion: the caller gets what is known, and is analysed again when it changes
    }
    if (analysing.size() < MAX_NESTED && !budgetExceeded) {
      analyse(callee);
    } else {
      enqueue(callee);
    }
  }

  Taint fieldTaint(FieldKey field) {
    return fieldTaint.getOrDefault(field, Taint.NONE);
  }

  private IdentityOrder<CtExecutable<?>, Void> readersOf(FieldKey field) {
    return fieldReaders.getOrDefault(field, NO_READERS);
  }

  private static final IdentityOrder<CtExecutable<?>, Void> NO_READERS = new IdentityOrder<>();

  void readsField(FieldKey field, CtExecutable<?> reader) {
    fieldReaders.computeIfAbsent(field, k -> new IdentityOrder<>()).add(reader);
  }

  /** True when everything the analysed code stores in this declared field is encrypted. */
  boolean storedEncrypted(FieldKey field) {
    return encryptedWrites.contains(field) && !clearWrites.contains(field);
  }

  /**
   * Notes whether a write stores data encrypted: any encrypted origin counts, a clear one only
   * when it is declared data (a clear parameter is judged where a caller passes something).
   */
  void noteWrite(FieldKey field, java.util.Collection<Taint.Origin> written) {
    boolean wasEncrypted = storedEncrypted(field);
    for (Taint.Origin o : written) {
      if (o instanceof Taint.FromSource s) {
        (s.encrypted() ? encryptedWrites : clearWrites).add(field);
      } else if (((Taint.FromParameter) o).encrypted()) {
        encryptedWrites.add(field);
      }
    }
    if (wasEncrypted != storedEncrypted(field)) {
      readersOf(field).forEachKey(this::enqueue);
    }
  }

  void addFieldTaint(FieldKey field, Taint taint) {
    if (taint.isEmpty()) {
      return;
    }
    Taint before = fieldTaint.getOrDefault(field, Taint.NONE);
    Taint after = before.join(taint);
    fieldTaint.put(field, after);
    if (!after.sameOrigins(before)) {
      readersOf(field).forEachKey(this::enqueue);
      if (before.isEmpty() && relevance != null) {
        relevance.forEachReader(field, this::enqueue); // those not analysed yet read data now
      }
    }
  }

  void sinkHit(CtExecutable<?> method, Summary summary, Sink sink, CtElement call, Taint reaching,
      List<CtExecutable<?>> chain) {
    sinkHit(method, summary, sink, call, reaching, chain, locate(call));
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
    for (Taint.Origin origin : reaching.origins()) {
      List<PathStep> path = reaching.path(origin);
      if (origin instanceof Taint.FromSource s) {
        FlowKey key = new FlowKey(call, sink, s.source(), s.encrypted(), chain.get(0));
        Flow flow = new Flow(s.source(), s.encrypted(), sink, call, location, path, chain);
        flows.computeIfAbsent(method, k -> new LinkedHashMap<>())
            .merge(key, flow, FlowEngine::shorter);
      } else {
        symbolic = symbolic.join(Taint.of(origin, path));
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
    CtType<?> t = declaration == null ? null : knowledge.printingType(declaration);
    if (t == null) {
      return;
    }
    CtMethod<?> toString = Knowledge.writtenToString(t);
    if (toString != null) {
      Summary s = toString == caller ? Summary.EMPTY : ownData(toString, caller);
      for (Taint.Origin o : s.returns.origins()) {
        if (o instanceof Taint.FromSource src) {
          into.add(src.source());
        }
      }
      return;
    }
    for (CtField<?> f : t.getFields()) { // a generated toString
      if (!f.hasModifier(spoon.reflect.declaration.ModifierKind.STATIC) && !knowledge.excludedFromToString(f)) {
        into.addAll(knowledge.fieldSources(t.getQualifiedName(), f.getSimpleName()));
      }
    }
  }

  /** Of two witnesses of one flow, the shorter path; between paths as long, the same whatever the order met. */
  private static Flow shorter(Flow a, Flow b) {
    return ORDER.compare(a, b) <= 0 ? a : b;
  }

  /** Shorter paths first, then shorter chains; between equals, by where they pass in the code. */
  private static final java.util.Comparator<Flow> ORDER = (a, b) -> {
    int c = Taint.SHORTER.compare(a.path(), b.path());
    return c != 0 ? c : Summary.SHORTER_CHAIN.compare(a.chain(), b.chain());
  };

  private List<Flow> sortedFlows() {
    Map<FlowKey, Flow> unique = new LinkedHashMap<>();
    for (Map<FlowKey, Flow> found : flows.values()) {
      found.forEach((k, f) -> unique.merge(k, f, FlowEngine::shorter));
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
      return c != 0 ? c : ORDER.compare(a, b);
    });
    return sorted;
  }
}
