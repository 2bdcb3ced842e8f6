package dev.datawarden.analyzer.flow;

import dev.datawarden.analyzer.Location;
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

  static final Summary EMPTY = new Summary();

  Taint returns = Taint.NONE;
  Taint thrown = Taint.NONE;
  final Map<String, Taint> fieldWrites = new LinkedHashMap<>();
  final Map<Key, PendingSink> sinks = new LinkedHashMap<>();

  void addSink(PendingSink pending) {
    sinks.merge(pending.key(), pending, (a, b) -> new PendingSink(a.sink(), a.call(), a.location(),
        a.taint().join(b.taint()), a.chain().size() <= b.chain().size() ? a.chain() : b.chain()));
  }

  void addFieldWrite(String field, Taint taint) {
    fieldWrites.merge(field, taint, Taint::join);
  }

  /** True when both summaries say the same, whatever the paths: what the fixpoint compares. */
  boolean sameAs(Summary other) {
    if (!returns.sameOrigins(other.returns) || !thrown.sameOrigins(other.thrown)) {
      return false;
    }
    if (!fieldWrites.keySet().equals(other.fieldWrites.keySet()) || !sinks.keySet().equals(other.sinks.keySet())) {
      return false;
    }
    for (Map.Entry<String, Taint> e : fieldWrites.entrySet()) {
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

  int size() {
    return returns.origins().size() + thrown.origins().size() + fieldWrites.size() + sinks.size();
  }

  List<PendingSink> pendingSinks() {
    return new ArrayList<>(sinks.values());
  }

  @Override
  public String toString() {
    return "returns " + returns + ", thrown " + thrown + ", fields " + fieldWrites.keySet() + ", sinks "
        + sinks.values().stream().map(p -> p.sink().name() + p.taint()).collect(Collectors.toList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Summary s && sameAs(s);
  }

  @Override
  public int hashCode() {
    return Objects.hash(returns.origins(), thrown.origins(), fieldWrites.keySet(), Set.copyOf(sinks.keySet()));
  }
}
