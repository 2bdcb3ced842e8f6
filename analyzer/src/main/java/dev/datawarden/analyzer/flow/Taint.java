package dev.datawarden.analyzer.flow;

import dev.datawarden.analyzer.PathStep;
import java.util.AbstractList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Function;

/**
 * The abstract value of an expression: which data it may carry, each with the shortest path that
 * brought it here. Data is either a declared {@link Source} or, inside a method summary, one of
 * the method's parameters ({@code this} is parameter -1), to be replaced by what a caller passes.
 *
 * <pre>
 *   NONE  ⊑  {a}  ⊑  {a, b}  ⊑ ...        join = union of origins, keeping the shorter path
 * </pre>
 *
 * Encrypted data is a separate origin: {@code @Encrypts} turns {@code a} into {@code a*}, which
 * still counts for consent and transfers but not for logs and storage at rest.
 *
 * <p>Path steps come from {@link FlowEngine#step}, one object for equal steps: a step repeated at
 * the end of a path is recognised by identity.
 */
public final class Taint {
  /** Paths longer than this keep their first and last steps, so summaries stay small. */
  static final int MAX_PATH = 16;

  /** Where data comes from: a declared source, or a parameter of the method being summarised. */
  public sealed interface Origin permits FromSource, FromParameter {}

  /** Data of a declared source, encrypted or in clear. */
  public record FromSource(Source source, boolean encrypted) implements Origin {}

  /** Whatever the caller passes as parameter {@code index} ({@code -1}: the receiver). */
  public record FromParameter(int index, boolean encrypted) implements Origin {}

  public static final Taint NONE = new Taint(Map.of());

  private final Map<Origin, List<PathStep>> flows;

  /** Whether some origins are parameters, some declared sources: worked out once, asked often. */
  private final boolean parameters;
  private final boolean sources;

  private Taint(Map<Origin, List<PathStep>> flows) {
    this.flows = flows;
    boolean p = false;
    boolean s = false;
    for (Origin o : flows.keySet()) {
      if (o instanceof FromParameter) {
        p = true;
      } else {
        s = true;
      }
    }
    this.parameters = p;
    this.sources = s;
  }

  public static Taint of(Origin origin, List<PathStep> path) {
    return new Taint(Map.of(origin, List.copyOf(path)));
  }

  public boolean isEmpty() {
    return flows.isEmpty();
  }

  public Set<Origin> origins() {
    return Collections.unmodifiableSet(flows.keySet());
  }

  public List<PathStep> path(Origin origin) {
    return flows.getOrDefault(origin, List.of());
  }

  public Map<Origin, List<PathStep>> flows() {
    return Collections.unmodifiableMap(flows);
  }

  /** True when both carry the same origins, whatever their paths: what fixpoints compare. */
  public boolean sameOrigins(Taint other) {
    return flows.keySet().equals(other.flows.keySet());
  }

  public Taint join(Taint other) {
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    if (other == this || covers(other)) {
      return this; // nothing new, nothing shorter: no copy
    }
    Map<Origin, List<PathStep>> merged = new LinkedHashMap<>(flows);
    other.flows.forEach((o, p) -> merged.merge(o, p, Taint::shorter));
    return new Taint(merged);
  }

  /** True when joining {@code other} would change nothing: every origin known, by a path no longer. */
  private boolean covers(Taint other) {
    for (Map.Entry<Origin, List<PathStep>> e : other.flows.entrySet()) {
      List<PathStep> known = flows.get(e.getKey());
      if (known == null || (known != e.getValue() && shorter(known, e.getValue()) != known)) {
        return false;
      }
    }
    return true;
  }

  /** Appends a hop to every path. */
  public Taint step(PathStep step) {
    if (isEmpty()) {
      return this;
    }
    Map<Origin, List<PathStep>> next = new LinkedHashMap<>();
    flows.forEach((o, p) -> next.put(o, append(p, step, List.of())));
    return new Taint(next);
  }

  /** The data after {@code @Encrypts}: the same origins, encrypted. */
  public Taint encrypted() {
    Map<Origin, List<PathStep>> next = new LinkedHashMap<>();
    flows.forEach((o, p) -> {
      Origin e = o instanceof FromSource s
          ? new FromSource(s.source(), true)
          : new FromParameter(((FromParameter) o).index(), true);
      next.merge(e, p, Taint::shorter);
    });
    return new Taint(next);
  }

  /** Only the data of declared sources, without the parameters. */
  public Taint concrete() {
    if (!parameters) {
      return this;
    }
    if (!sources) {
      return NONE;
    }
    Map<Origin, List<PathStep>> next = new LinkedHashMap<>();
    flows.forEach((o, p) -> {
      if (o instanceof FromSource) {
        next.put(o, p);
      }
    });
    return next.size() == flows.size() ? this : new Taint(next);
  }

  /** True when some of this data comes from declared sources, not only from parameters. */
  public boolean hasSources() {
    return sources;
  }

  public boolean hasParameters() {
    return parameters;
  }

  /**
   * Replaces each parameter by what a call site passes: {@code argument.apply(i)} is the caller's
   * taint of argument {@code i}; its paths come first, then {@code callStep}, then this path.
   */
  public Taint instantiate(Function<Integer, Taint> argument, PathStep callStep) {
    if (!hasParameters()) {
      return this; // declared data only: it reaches the caller as it is
    }
    boolean anyGiven = false;
    for (Origin o : flows.keySet()) {
      if (o instanceof FromParameter p && !argument.apply(p.index()).isEmpty()) {
        anyGiven = true;
        break;
      }
    }
    if (!anyGiven) {
      return concrete(); // the caller gives none of these parameters anything
    }
    Map<Origin, List<PathStep>> next = new LinkedHashMap<>();
    for (Map.Entry<Origin, List<PathStep>> e : flows.entrySet()) {
      if (e.getKey() instanceof FromParameter p) {
        Taint actual = argument.apply(p.index());
        if (p.encrypted()) {
          actual = actual.encrypted();
        }
        if (actual.isEmpty()) {
          continue;
        }
        List<PathStep> tail = e.getValue();
        actual.flows.forEach((o, path) -> next.merge(o, append(path, callStep, tail), Taint::shorter));
      } else {
        next.merge(e.getKey(), e.getValue(), Taint::shorter);
      }
    }
    return next.isEmpty() ? NONE : new Taint(next);
  }

  /**
   * {@code path}, then {@code step} (when not null), then {@code more}, a step equal to the one before
   * it left out; longer than {@link #MAX_PATH}, its first and last steps. Written straight into the
   * array the path keeps: paths are built by the million.
   */
  private static List<PathStep> append(List<PathStep> path, PathStep step, List<PathStep> more) {
    PathStep[] all = new PathStep[path.size() + 1 + more.size()];
    int n = 0;
    for (int i = 0, size = path.size(); i < size; i++) {
      all[n++] = path.get(i);
    }
    if (step != null) {
      n = add(all, n, step);
    }
    for (int i = 0, size = more.size(); i < size; i++) {
      n = add(all, n, more.get(i));
    }
    if (n > MAX_PATH) {
      PathStep[] cut = new PathStep[MAX_PATH];
      System.arraycopy(all, 0, cut, 0, MAX_PATH / 2);
      System.arraycopy(all, n - MAX_PATH / 2, cut, MAX_PATH / 2, MAX_PATH / 2);
      return new Steps(cut, MAX_PATH);
    }
    return new Steps(all, n);
  }

  private static int add(PathStep[] all, int n, PathStep s) {
    PathStep last = n == 0 ? null : all[n - 1];
    // by identity: the engine makes one object of equal steps (FlowEngine.step), and comparing
    // steps by value here was a memory access for every step of millions of paths
    if (last != s) {
      all[n++] = s;
    }
    return n;
  }

  /** An immutable path over (the first {@code size} steps of) an array nothing else holds. */
  private static final class Steps extends AbstractList<PathStep> implements RandomAccess {
    private final PathStep[] steps;
    private final int size;

    Steps(PathStep[] steps, int size) {
      this.steps = steps;
      this.size = size;
    }

    @Override
    public PathStep get(int index) {
      Objects.checkIndex(index, size);
      return steps[index];
    }

    @Override
    public int size() {
      return size;
    }
  }

  /**
   * Shorter first; between paths as long, step by step, the one whose step comes first in the code
   * (then by its label): the choice depends on the paths only, never on the order the engine met them.
   */
  static final Comparator<List<PathStep>> SHORTER = (a, b) -> {
    if (a.size() != b.size()) {
      return Integer.compare(a.size(), b.size());
    }
    for (int i = 0; i < a.size(); i++) {
      PathStep x = a.get(i);
      PathStep y = b.get(i);
      if (x == y) {
        continue;
      }
      int c = x.location() == null || y.location() == null
          ? Boolean.compare(x.location() != null, y.location() != null) : x.location().compareTo(y.location());
      if (c == 0) {
        c = x.label().compareTo(y.label());
      }
      if (c != 0) {
        return c;
      }
    }
    return 0;
  };

  static List<PathStep> shorter(List<PathStep> a, List<PathStep> b) {
    return SHORTER.compare(a, b) <= 0 ? a : b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Taint t && flows.equals(t.flows);
  }

  @Override
  public int hashCode() {
    return Objects.hash(flows);
  }

  @Override
  public String toString() {
    return flows.keySet().toString();
  }
}
