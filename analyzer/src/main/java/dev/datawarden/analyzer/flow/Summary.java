package dev.datawarden.analyzer.flow;

import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.fact.FieldKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;

/**
 * What a method does with the data its callers give it, computed once and applied at every call:
 * what its result and its exceptions carry, what it stores in fields, and which sinks its
 * parameters reach (directly or through the methods it calls). Data read from declared sources
 * inside the method is part of these taints; flows complete inside the method are not kept here,
 * the engine records them when found.
 */
final class Summary {
  /**
   * A sink a parameter reaches: the sink call, and the methods from this one down to its caller.
   * One entry per sink call, whatever the number of ways to it, with the shortest chain: keeping
   * every chain grows with the number of paths through the call graph, which explodes on large
   * code bases.
   */
  record PendingSink(Sink sink, CtElement call, Location location, Taint taint, List<CtExecutable<?>> chain) {
    Key key() {
      return new Key(call, sink);
    }
  }

  /** Identifies a pending sink: the sink call itself (not an equal-looking one) and what makes it a sink. */
  record Key(CtElement call, Sink sink) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.call == call && k.sink.equals(sink);
    }

    @Override
    public int hashCode() {
      return 31 * System.identityHashCode(call) + sink.hashCode();
    }
  }

  /** What a method not analysed yet gives its callers: read only, never stored nor changed. */
  static final Summary EMPTY = new Summary();

  Taint returns = Taint.NONE;
  Taint thrown = Taint.NONE;
  final Map<FieldKey, Taint> fieldWrites = new LinkedHashMap<>();
  /**
   * What the method writes into the objects its callers pass, by parameter: the elements of an
   * array, a collection or a map, the text of a builder ({@code fill(String[] out)}).
   */
  final Map<Integer, Taint> parameterWrites = new LinkedHashMap<>();
  final Map<Key, PendingSink> sinks = new LinkedHashMap<>();

  void addSink(PendingSink pending) {
    sinks.merge(pending.key(), pending, (a, b) -> new PendingSink(a.sink(), a.call(), a.location(),
        a.taint().join(b.taint()), SHORTER_CHAIN.compare(a.chain(), b.chain()) <= 0 ? a.chain() : b.chain()));
  }

  /** Shorter first; between chains as long, method by method, the one declared first in the code. */
  static final java.util.Comparator<List<CtExecutable<?>>> SHORTER_CHAIN = (a, b) -> {
    if (a.size() != b.size()) {
      return Integer.compare(a.size(), b.size());
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) {
        int c = position(a.get(i), b.get(i));
        if (c != 0) {
          return c;
        }
      }
    }
    return 0;
  };

  /**
   * Orders two methods by where they are declared: by file, then by offset in it; a method without a
   * position first.
   */
  private static int position(CtExecutable<?> a, CtExecutable<?> b) {
    var p = a.getPosition();
    var q = b.getPosition();
    boolean known = p.isValidPosition() && p.getFile() != null;
    boolean otherKnown = q.isValidPosition() && q.getFile() != null;
    if (!known || !otherKnown) {
      return Boolean.compare(known, otherKnown);
    }
    int c = p.getFile().getPath().compareTo(q.getFile().getPath());
    return c != 0 ? c : Integer.compare(p.getSourceStart(), q.getSourceStart());
  }

  void addFieldWrite(FieldKey field, Taint taint) {
    fieldWrites.merge(field, taint, Taint::join);
  }

  void addParameterWrite(int parameter, Taint taint) {
    parameterWrites.merge(parameter, taint, Taint::join);
  }

  /** True when both summaries say the same, whatever the paths: what the fixpoint compares. */
  boolean sameAs(Summary other) {
    if (!returns.sameOrigins(other.returns) || !thrown.sameOrigins(other.thrown)) {
      return false;
    }
    if (!fieldWrites.keySet().equals(other.fieldWrites.keySet()) || !sinks.keySet().equals(other.sinks.keySet())
        || !parameterWrites.keySet().equals(other.parameterWrites.keySet())) {
      return false;
    }
    for (Map.Entry<Integer, Taint> e : parameterWrites.entrySet()) {
      if (!e.getValue().sameOrigins(other.parameterWrites.get(e.getKey()))) {
        return false;
      }
    }
    for (Map.Entry<FieldKey, Taint> e : fieldWrites.entrySet()) {
      if (!e.getValue().sameOrigins(other.fieldWrites.get(e.getKey()))) {
        return false;
      }
    }
    for (Map.Entry<Key, PendingSink> e : sinks.entrySet()) {
      if (!e.getValue().taint().sameOrigins(other.sinks.get(e.getKey()).taint())) {
        return false;
      }
    }
    return true;
  }

  /** In a {@link #changes} mask: declared data changed. */
  static final long SOURCES = 1L << 63;
  /** In a {@link #changes} mask: every parameter and the receiver. */
  static final long EVERY_PARAMETER = ~SOURCES;

  /** The bit of a {@link #changes} mask for parameter {@code index}, or for the receiver ({@code -1}). */
  static long parameterBit(int index) {
    return index + 1 < 63 ? 1L << (index + 1) : EVERY_PARAMETER;
  }

  /**
   * What differs between this summary and {@code previous}, as a mask of the parameters whose
   * data is handled otherwise ({@link #parameterBit}) and {@link #SOURCES} when declared data is:
   * a caller that gives none of those parameters anything gets the same from both.
   */
  long changes(Summary previous) {
    long mask = changes(returns, previous.returns) | changes(thrown, previous.thrown);
    for (Map.Entry<FieldKey, Taint> e : fieldWrites.entrySet()) {
      mask |= changes(e.getValue(), previous.fieldWrites.getOrDefault(e.getKey(), Taint.NONE));
    }
    for (Map.Entry<FieldKey, Taint> e : previous.fieldWrites.entrySet()) {
      if (!fieldWrites.containsKey(e.getKey())) {
        mask |= changes(Taint.NONE, e.getValue());
      }
    }
    for (Map.Entry<Integer, Taint> e : parameterWrites.entrySet()) {
      mask |= changes(e.getValue(), previous.parameterWrites.getOrDefault(e.getKey(), Taint.NONE));
    }
    for (Map.Entry<Integer, Taint> e : previous.parameterWrites.entrySet()) {
      if (!parameterWrites.containsKey(e.getKey())) {
        mask |= changes(Taint.NONE, e.getValue());
      }
    }
    for (Map.Entry<Key, PendingSink> e : sinks.entrySet()) {
      PendingSink before = previous.sinks.get(e.getKey());
      mask |= changes(e.getValue().taint(), before == null ? Taint.NONE : before.taint());
    }
    for (Map.Entry<Key, PendingSink> e : previous.sinks.entrySet()) {
      if (!sinks.containsKey(e.getKey())) {
        mask |= changes(Taint.NONE, e.getValue().taint());
      }
    }
    return mask;
  }

  private static long changes(Taint now, Taint before) {
    if (now.sameOrigins(before)) {
      return 0;
    }
    long mask = 0;
    for (Taint.Origin o : now.origins()) {
      if (!before.origins().contains(o)) {
        mask |= bit(o);
      }
    }
    for (Taint.Origin o : before.origins()) {
      if (!now.origins().contains(o)) {
        mask |= bit(o);
      }
    }
    return mask;
  }

  private static long bit(Taint.Origin origin) {
    return origin instanceof Taint.FromParameter p ? parameterBit(p.index()) : SOURCES;
  }

  /** True when the method hands its callers declared data of its own: in its result, its exceptions or the objects they pass. */
  boolean givesData() {
    return returns.hasSources() || thrown.hasSources() || parameterWrites.values().stream().anyMatch(Taint::hasSources);
  }

  int size() {
    return returns.origins().size() + thrown.origins().size() + fieldWrites.size() + sinks.size() + parameterWrites.size();
  }

  List<PendingSink> pendingSinks() {
    return new ArrayList<>(sinks.values());
  }

  @Override
  public String toString() {
    return "returns " + returns + ", thrown " + thrown + ", fields " + fieldWrites.keySet() + ", into parameters "
        + parameterWrites.keySet() + ", sinks "
        + sinks.values().stream().map(p -> p.sink().name() + p.taint()).collect(Collectors.toList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Summary s && sameAs(s);
  }

  @Override
  public int hashCode() {
    return Objects.hash(returns.origins(), thrown.origins(), fieldWrites.keySet(), Set.copyOf(sinks.keySet()),
        parameterWrites.keySet());
  }
}
