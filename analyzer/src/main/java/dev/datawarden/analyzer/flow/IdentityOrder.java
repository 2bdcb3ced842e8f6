package dev.datawarden.analyzer.flow;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Program elements by identity (Spoon's {@code equals()} compares them by their text), met in the
 * order they were added: what the engine hands on from these maps it hands on in the same order
 * on every run, so that its results never depend on identity hash codes.
 */
final class IdentityOrder<K, V> {
  private final Map<K, V> values = new IdentityHashMap<>();
  private final List<K> order = new ArrayList<>();

  /** The value of {@code key}, made by {@code make} the first time. */
  V get(K key, java.util.function.Supplier<V> make) {
    V value = values.get(key);
    if (value == null && !values.containsKey(key)) {
      value = make.get();
      values.put(key, value);
      order.add(key);
    }
    return value;
  }

  /** Adds {@code key} (with no value of note); true when it was not there. */
  boolean add(K key) {
    if (values.containsKey(key)) {
      return false;
    }
    values.put(key, null);
    order.add(key);
    return true;
  }

  void forEach(BiConsumer<K, V> action) {
    for (int i = 0, n = order.size(); i < n; i++) {
      action.accept(order.get(i), values.get(order.get(i)));
    }
  }

  void forEachKey(Consumer<K> action) {
    for (int i = 0, n = order.size(); i < n; i++) {
      action.accept(order.get(i));
    }
  }
}
