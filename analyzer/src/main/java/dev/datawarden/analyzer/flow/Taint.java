package dev.datawarden.analyzer.flow;

import dev.datawarden.analyzer.api.PathStep;
import java.util.AbstractList;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
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
 * still counts for consent and transfers but not for logs and storage at rest. Data an
 * {@code @Anonymizes} method took away is no origin at all; when the analysed code declares a
 * {@code @Restores} method, it is kept aside ({@link #masked}), seen by no rule, for that method to
 * give back: {@code decode(encode(a))} carries {@code a} again, and a restorer turns {@code a*} into {@code a}.
 *
 * <p>Path steps come from {@link FlowEngine#step}, one object for equal steps: a step repeated at
 * the end of a path is recognised by identity.
 *
 * <p>A taint keeps its origins and their paths in two arrays, in the order the origins joined it
 * (a taint carries a handful of origins, and the engine makes millions of taints: a map per taint
 * was a third of the flow analysis); beyond {@link #INDEXED} origins it also indexes them by hash.
 */
public final class Taint {
  /** Paths longer than this keep their first and last steps, so summaries stay small. */
  static final int MAX_PATH = 16;

  /** Taints with more origins than this find an origin by hash rather than by a look at each. */
  static final int INDEXED = 8;

  /** Where data comes from: a declared source, or a parameter of the method being summarised. */
  public sealed interface Origin permits FromSource, FromParameter {}

  /** Data of a declared source, encrypted or in clear. */
  public record FromSource(Source source, boolean encrypted) implements Origin {
    // written out, as origins are compared at every join: a record's generated equals goes through
    // method handles that C1, the command line's compiler, does not inline
    @Override
    public boolean equals(Object o) {
      return this == o || o instanceof FromSource f && encrypted == f.encrypted
          && (source == f.source || source.equals(f.source));
    }

    @Override
    public int hashCode() {
      return source.hashCode() * 31 + (encrypted ? 1 : 0);
    }
  }

  /**
   * Whatever the caller passes as parameter {@code index} ({@code -1}: the receiver), encrypted, or
   * {@code restored} (given back by a {@code @Restores} method: what the caller made safe counts again).
   */
  public record FromParameter(int index, boolean encrypted, boolean restored) implements Origin {
    public FromParameter(int index, boolean encrypted) {
      this(index, encrypted, false);
    }

    @Override
    public boolean equals(Object o) {
      return this == o || o instanceof FromParameter p && index == p.index && encrypted == p.encrypted
          && restored == p.restored;
    }

    @Override
    public int hashCode() {
      return (index * 31 + (encrypted ? 1 : 0)) * 31 + (restored ? 1 : 0);
    }
  }

  private static final Origin[] NO_ORIGINS = {};
  @SuppressWarnings("unchecked")
  private static final List<PathStep>[] NO_PATHS = new List[0];

  public static final Taint NONE = new Taint(NO_ORIGINS, NO_PATHS, 0);

  /** The origins, each once, and the shortest path of each: the first {@code size} of both arrays. */
  private final Origin[] origins;
  private final List<PathStep>[] paths;
  private final int size;
  /** Where each origin is, for taints of more than {@link #INDEXED} origins; null otherwise. */
  private final Map<Origin, Integer> index;
  /**
   * The data anonymised on the way, which only a {@code @Restores} method brings back; null when
   * none (always, when nothing restores). Not an origin: no rule sees it, {@link #isEmpty} ignores it.
   */
  private final Taint masked;

  /** Whether some origins are parameters, some declared sources: worked out once, asked often. */
  private final boolean parameters;
  private final boolean sources;

  private Taint(Origin[] origins, List<PathStep>[] paths, int size) {
    this(origins, paths, size, null);
  }

  private Taint(Origin[] origins, List<PathStep>[] paths, int size, Taint masked) {
    this.masked = masked;
    this.origins = origins;
    this.paths = paths;
    this.size = size;
    boolean p = false;
    boolean s = false;
    for (int i = 0; i < size; i++) {
      if (origins[i] instanceof FromParameter) {
        p = true;
      } else {
        s = true;
      }
    }
    this.parameters = p;
    this.sources = s;
    if (size > INDEXED) {
      index = new HashMap<>(size * 2);
      for (int i = 0; i < size; i++) {
        index.put(origins[i], i);
      }
    } else {
      index = null;
    }
  }

  @SuppressWarnings("unchecked")
  public static Taint of(Origin origin, List<PathStep> path) {
    return new Taint(new Origin[] {origin}, new List[] {steps(path)}, 1);
  }

  public boolean isEmpty() {
    return size == 0;
  }

  /** True when it carries nothing, not even data anonymised on the way that a restorer could give back. */
  boolean isVoid() {
    return size == 0 && masked == null;
  }

  /** This data with {@code masked} kept aside as well (when not null). */
  private Taint withMasked(Taint hidden) {
    if (hidden == masked) {
      return this;
    }
    if (size == 0 && hidden == null) {
      return NONE;
    }
    return new Taint(origins, paths, size, hidden);
  }

  private static Taint joinMasked(Taint a, Taint b) {
    return a == null ? b : b == null ? a : a.join(b);
  }

  /**
   * What an {@code @Anonymizes} method returns: no data any rule sees, with this data kept aside for
   * a {@code @Restores} method to give back.
   */
  Taint anonymised() {
    Taint all = joinMasked(withMasked(null), masked);
    return all == null || all.isVoid() ? NONE : NONE.withMasked(all);
  }

  /**
   * What a {@code @Restores} method returns: the data anonymised on the way, and what was encrypted
   * in clear again; parameters are marked restored, so that what a caller made safe counts again.
   */
  Taint restored() {
    Builder next = new Builder(size + (masked == null ? 0 : masked.size));
    for (int i = 0; i < size; i++) {
      Origin o = origins[i];
      next.merge(o instanceof FromSource s ? new FromSource(s.source(), false)
          : new FromParameter(((FromParameter) o).index(), false, true), paths[i]);
    }
    if (masked != null) {
      next.addAll(masked);
    }
    return next.build();
  }

  /** The origins, in the order they joined. */
  public Set<Origin> origins() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Origin> iterator() {
        return Arrays.asList(origins).subList(0, size).iterator();
      }

      @Override
      public int size() {
        return size;
      }

      @Override
      public boolean contains(Object o) {
        return o instanceof Origin origin && indexOf(origin) >= 0;
      }
    };
  }

  /** How many origins: with {@link #origin}, a walk over them that makes no iterator. */
  int size() {
    return size;
  }

  /** The origin at {@code i}, in the order they joined. */
  Origin origin(int i) {
    Objects.checkIndex(i, size);
    return origins[i];
  }

  public List<PathStep> path(Origin origin) {
    int i = indexOf(origin);
    return i < 0 ? List.of() : paths[i];
  }

  private int indexOf(Origin origin) {
    if (index != null) {
      Integer i = index.get(origin);
      return i == null ? -1 : i;
    }
    for (int i = 0; i < size; i++) {
      if (origins[i] == origin) {
        return i;
      }
    }
    for (int i = 0; i < size; i++) {
      if (origins[i].equals(origin)) {
        return i;
      }
    }
    return -1;
  }

  /** True when both carry the same origins, whatever their paths: what fixpoints compare. */
  public boolean sameOrigins(Taint other) {
    if (other == this) {
      return true;
    }
    if (other.size != size || (masked == null) != (other.masked == null)
        || masked != null && !masked.sameOrigins(other.masked)) {
      return false;
    }
    for (int i = 0; i < size; i++) {
      if (other.indexOf(origins[i]) < 0) {
        return false;
      }
    }
    return true;
  }

  public Taint join(Taint other) {
    if (masked != null || other.masked != null) {
      Taint hidden = joinMasked(masked, other.masked);
      return withMasked(null).join(other.withMasked(null)).withMasked(hidden);
    }
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    if (other == this || covers(other)) {
      return this; // nothing new, nothing shorter: no copy
    }
    Builder merged = new Builder(size + other.size);
    merged.addAll(this);
    merged.addAll(other);
    return merged.build();
  }

  /** True when joining {@code other} would change nothing: every origin known, by a path no longer. */
  private boolean covers(Taint other) {
    for (int i = 0; i < other.size; i++) {
      int at = indexOf(other.origins[i]);
      if (at < 0) {
        return false;
      }
      List<PathStep> known = paths[at];
      if (known != other.paths[i] && shorter(known, other.paths[i]) != known) {
        return false;
      }
    }
    return true;
  }

  /** Appends a hop to every path. */
  @SuppressWarnings("unchecked")
  public Taint step(PathStep step) {
    if (isEmpty()) {
      return masked == null ? this : withMasked(masked.step(step));
    }
    List<PathStep>[] next = new List[size];
    for (int i = 0; i < size; i++) {
      next[i] = append(paths[i], step, List.of());
    }
    // the same origins: the array is shared, never written
    return new Taint(origins, next, size, masked == null ? null : masked.step(step));
  }

  /** The data after {@code @Encrypts}: the same origins, encrypted. */
  public Taint encrypted() {
    Builder next = new Builder(size);
    for (int i = 0; i < size; i++) {
      Origin o = origins[i];
      Origin e = o instanceof FromSource s
          ? new FromSource(s.source(), true)
          : new FromParameter(((FromParameter) o).index(), true);
      next.merge(e, paths[i]);
    }
    return next.build().withMasked(masked);
  }

  /** Only the data of declared sources, without the parameters. */
  public Taint concrete() {
    Taint hidden = masked == null ? null : masked.concrete();
    if (hidden != null && hidden.isVoid()) {
      hidden = null;
    }
    if (!parameters) {
      return withMasked(hidden);
    }
    if (!sources) {
      return NONE.withMasked(hidden);
    }
    Builder next = new Builder(size);
    for (int i = 0; i < size; i++) {
      if (origins[i] instanceof FromSource) {
        next.merge(origins[i], paths[i]);
      }
    }
    return next.build().withMasked(hidden);
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
    if (masked != null) {
      // what the callee anonymised of what it was given stays aside in the caller
      Taint hidden = masked.instantiate(argument, callStep);
      hidden = joinMasked(hidden.withMasked(null), hidden.masked);
      return withMasked(null).instantiate(argument, callStep)
          .withMasked(hidden == null || hidden.isVoid() ? null : hidden);
    }
    if (!hasParameters()) {
      return this; // declared data only: it reaches the caller as it is
    }
    boolean anyGiven = false;
    for (int i = 0; i < size && !anyGiven; i++) {
      anyGiven = origins[i] instanceof FromParameter p && !argument.apply(p.index()).isVoid();
    }
    if (!anyGiven) {
      return concrete(); // the caller gives none of these parameters anything
    }
    Builder next = new Builder(size + 2);
    Taint hidden = null;
    for (int i = 0; i < size; i++) {
      if (origins[i] instanceof FromParameter p) {
        Taint actual = argument.apply(p.index());
        if (p.restored()) {
          actual = actual.restored();
        }
        if (p.encrypted()) {
          actual = actual.encrypted();
        }
        List<PathStep> tail = paths[i];
        for (int j = 0; j < actual.size; j++) {
          next.merge(actual.origins[j], append(actual.paths[j], callStep, tail));
        }
        if (actual.masked != null) { // what the caller anonymised passes through the callee, still aside
          Taint passed = actual.masked.step(callStep);
          for (PathStep s : tail) {
            passed = passed.step(s);
          }
          hidden = joinMasked(hidden, passed);
        }
      } else {
        next.merge(origins[i], paths[i]);
      }
    }
    return next.build().withMasked(hidden);
  }

  /** An origin {@link #forEachInstantiated} gives, with its path: the first {@code length} of {@code steps}, only read. */
  interface Instantiated {
    /** False to stop. */
    boolean accept(Origin origin, PathStep[] steps, int length);
  }

  /**
   * Gives {@code into} each origin, with its path, that {@link #instantiate} would join into its
   * result (an origin may come more than once: the result keeps the shorter path), without making
   * the taint: the steps are written into {@code scratch}, which is grown as needed and kept by the
   * caller. False when {@code into} stopped, or when only the taint itself can tell (data
   * anonymised on the way, encrypted or restored parameters).
   */
  boolean forEachInstantiated(Function<Integer, Taint> argument, PathStep callStep, PathStep[][] scratch,
      Instantiated into) {
    if (masked != null) {
      return false;
    }
    boolean anyGiven = false;
    for (int i = 0; i < size && !anyGiven; i++) {
      anyGiven = origins[i] instanceof FromParameter p && !argument.apply(p.index()).isVoid();
    }
    for (int i = 0; i < size; i++) {
      if (origins[i] instanceof FromParameter p) {
        if (!anyGiven) {
          continue; // the caller gives none of these parameters anything: the declared data only
        }
        Taint actual = argument.apply(p.index());
        if (p.restored() || p.encrypted() || actual.masked != null) {
          return false;
        }
        List<PathStep> tail = paths[i];
        for (int j = 0; j < actual.size; j++) {
          List<PathStep> head = actual.paths[j];
          int room = head.size() + 1 + tail.size();
          if (scratch[0] == null || scratch[0].length < room) {
            scratch[0] = new PathStep[Math.max(room, 2 * MAX_PATH + 1)];
          }
          int length = appendInto(scratch[0], head, callStep, tail);
          if (!into.accept(actual.origins[j], scratch[0], length)) {
            return false;
          }
        }
      } else {
        Steps path = steps(paths[i]);
        if (!into.accept(origins[i], path.steps, path.size)) {
          return false;
        }
      }
    }
    return true;
  }

  /** True when joining {@code origin} by this path would change nothing: known here, by a path no longer. */
  boolean covers(Origin origin, PathStep[] path, int length) {
    int at = indexOf(origin);
    if (at < 0) {
      return false;
    }
    Steps known = steps(paths[at]);
    return compare(known.steps, known.size, path, length) <= 0;
  }

  /**
   * True when {@link #instantiate} with {@code argument} would bring in something of the caller's:
   * some parameter here is given data, or data anonymised on the way is kept aside; false when it
   * would give {@link #concrete} only.
   */
  boolean takesAnyOf(Function<Integer, Taint> argument) {
    if (masked != null) {
      return true;
    }
    if (!parameters) {
      return false;
    }
    for (int i = 0; i < size; i++) {
      if (origins[i] instanceof FromParameter p && !argument.apply(p.index()).isVoid()) {
        return true;
      }
    }
    return false;
  }

  /** Origins with their paths in the order they come, keeping the shorter path of an origin met twice. */
  private static final class Builder {
    private Origin[] origins;
    private List<PathStep>[] paths;
    private int size;
    private Map<Origin, Integer> index;

    @SuppressWarnings("unchecked")
    Builder(int capacity) {
      origins = new Origin[Math.max(capacity, 1)];
      paths = new List[origins.length];
    }

    void addAll(Taint t) {
      for (int i = 0; i < t.size; i++) {
        merge(t.origins[i], t.paths[i]);
      }
    }

    void merge(Origin origin, List<PathStep> path) {
      int at = indexOf(origin);
      if (at >= 0) {
        paths[at] = shorter(paths[at], path);
        return;
      }
      if (size == origins.length) {
        origins = Arrays.copyOf(origins, size * 2);
        paths = Arrays.copyOf(paths, size * 2);
      }
      origins[size] = origin;
      paths[size] = path;
      if (index != null) {
        index.put(origin, size);
      } else if (size + 1 > INDEXED) {
        index = new HashMap<>();
        for (int i = 0; i <= size; i++) {
          index.put(origins[i], i);
        }
      }
      size++;
    }

    private int indexOf(Origin origin) {
      if (index != null) {
        Integer i = index.get(origin);
        return i == null ? -1 : i;
      }
      for (int i = 0; i < size; i++) {
        if (origins[i] == origin || origins[i].equals(origin)) {
          return i;
        }
      }
      return -1;
    }

    Taint build() {
      return size == 0 ? NONE : new Taint(origins, paths, size);
    }
  }

  /**
   * {@code path}, then {@code step} (when not null), then {@code more}, a step equal to the one before
   * it left out; longer than {@link #MAX_PATH}, its first and last steps. Written straight into the
   * array the path keeps: paths are built by the million.
   */
  private static List<PathStep> append(List<PathStep> path, PathStep step, List<PathStep> more) {
    PathStep[] all = new PathStep[path.size() + 1 + more.size()];
    int n = fill(all, path, step, more);
    if (n > MAX_PATH) {
      PathStep[] cut = new PathStep[MAX_PATH];
      System.arraycopy(all, 0, cut, 0, MAX_PATH / 2);
      System.arraycopy(all, n - MAX_PATH / 2, cut, MAX_PATH / 2, MAX_PATH / 2);
      return new Steps(cut, MAX_PATH);
    }
    return new Steps(all, n);
  }

  /** Writes {@link #append}'s steps, before any cut, into {@code all}; answers how many. */
  private static int fill(PathStep[] all, List<PathStep> path, PathStep step, List<PathStep> more) {
    int n = path.size();
    System.arraycopy(steps(path).steps, 0, all, 0, n);
    if (step != null) {
      n = add(all, n, step);
    }
    for (int i = 0, size = more.size(); i < size; i++) {
      n = add(all, n, more.get(i));
    }
    return n;
  }

  /** {@link #append} into {@code scratch} (long enough) rather than a new path: its length, once cut. */
  private static int appendInto(PathStep[] scratch, List<PathStep> path, PathStep step, List<PathStep> more) {
    int n = fill(scratch, path, step, more);
    if (n > MAX_PATH) {
      System.arraycopy(scratch, n - MAX_PATH / 2, scratch, MAX_PATH / 2, MAX_PATH / 2);
      return MAX_PATH;
    }
    return n;
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
  static final Comparator<List<PathStep>> SHORTER = (a, b) -> compare(steps(a), steps(b));

  /** {@link #SHORTER} on the arrays of two paths: the comparison the engine makes most. */
  private static int compare(Steps a, Steps b) {
    return compare(a.steps, a.size, b.steps, b.size);
  }

  private static int compare(PathStep[] a, int aSize, PathStep[] b, int bSize) {
    if (aSize != bSize) {
      return Integer.compare(aSize, bSize);
    }
    for (int i = 0; i < aSize; i++) {
      PathStep x = a[i];
      PathStep y = b[i];
      if (x != y) {
        int c = x.location().compareTo(y.location()); // never null: PathStep requires one
        if (c == 0) {
          c = x.label().compareTo(y.label());
        }
        if (c != 0) {
          return c;
        }
      }
    }
    return 0;
  }

  static List<PathStep> shorter(List<PathStep> a, List<PathStep> b) {
    if (a == b) {
      return a;
    }
    return compare(steps(a), steps(b)) <= 0 ? a : b;
  }

  /** The path as the engine keeps paths: itself when it is one, else an immutable copy. */
  private static Steps steps(List<PathStep> path) {
    if (path instanceof Steps s) {
      return s;
    }
    PathStep[] steps = path.toArray(new PathStep[0]);
    for (PathStep s : steps) {
      Objects.requireNonNull(s, "path step");
    }
    return new Steps(steps, steps.length);
  }

  /** Equal when they carry the same origins by equal paths, in whatever order the origins joined. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Taint t) || !sameOrigins(t)) {
      return false;
    }
    for (int i = 0; i < size; i++) {
      if (!paths[i].equals(t.path(origins[i]))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 0;
    for (int i = 0; i < size; i++) {
      h += origins[i].hashCode() ^ paths[i].hashCode(); // as a map's: independent of the order
    }
    return h;
  }

  @Override
  public String toString() {
    return origins().toString();
  }
}
