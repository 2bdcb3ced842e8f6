package dev.datawarden.analyzer.flow;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import spoon.reflect.reference.CtTypeReference;

/**
 * What {@link MethodFlow} knows at one point of a method: what each local (and each part of an
 * object) carries, keyed as {@code HashMap} keys, plus two facts that hold on every path only:
 * which {@link Obj} each local holds, and which locals hold a known constant. Joining two
 * environments keeps the taints of both, and a local's object or constant only where both agree.
 */
final class Env extends HashMap<Object, Taint> {
  /** The object each local (or bounded access path, {@link Path}) holds on every path. */
  final Map<Object, Obj> points;
  /** The constant each local holds on every path: a boxed number, a boolean, a character or a string. */
  final Map<Object, Object> constants;

  Env() {
    this.points = new HashMap<>();
    this.constants = new HashMap<>();
  }

  private Env(Env other) {
    super(other);
    this.points = new HashMap<>(other.points);
    this.constants = new HashMap<>(other.constants);
  }

  Env copy() {
    return new Env(this);
  }

  /** What holds after either of two paths. */
  static Env join(Env a, Env b) {
    Env joined = a.copy();
    b.forEach((k, v) -> joined.merge(k, v, Taint::join));
    joined.points.entrySet().removeIf(e -> b.points.get(e.getKey()) != e.getValue());
    joined.constants.entrySet().removeIf(e -> !Objects.equals(b.constants.get(e.getKey()), e.getValue()));
    return joined;
  }

  /** Forgets what a local held: its object, its constant, and the objects reached through it. */
  void unbind(Object local) {
    points.remove(local);
    constants.remove(local);
    points.keySet().removeIf(k -> k instanceof Path p && p.local().equals(local));
  }

  /**
   * An object a local holds: allocated in this method ({@code fresh}: it holds only what the
   * method puts into it), or given from elsewhere (loaded, received, returned by a call), which
   * holds {@code base} in every part the method did not write. Identity is the object: each
   * evaluation of an allocation is a new one, so two iterations of a loop never share one.
   */
  static final class Obj {
    final boolean fresh;
    final Taint base;
    /** The class allocated, for a fresh object of an analysed type; null otherwise. */
    final CtTypeReference<?> allocated;
    /**
     * True when its fields start empty: allocated by a constructor that writes nothing, of a type
     * whose fields have no initialiser but constants; otherwise an unwritten field is read as the
     * engine's per-field taint.
     */
    final boolean emptyFields;

    Obj(boolean fresh, Taint base, CtTypeReference<?> allocated, boolean emptyFields) {
      this.fresh = fresh;
      this.base = base;
      this.allocated = allocated;
      this.emptyFields = emptyFields;
    }
  }

  /** A key of {@link #points}: what a getter called without arguments on a local answers ({@code req.getSession()}). */
  record Path(Object local, String getter) {}

  /** A key: what was written into one part of an object (a field, a constant index or key, or {@link #ANY} part). */
  record Slot(Obj object, Object part) {}

  /** The part of a {@link Slot} written at an index or key the method cannot tell. */
  static final Object ANY = new Object() {
    @Override
    public String toString() {
      return "*";
    }
  };

  /** A key: everything written into an object by this method, whatever the part. */
  record Contents(Obj object) {}

  /**
   * A key: what this method wrote into the field named {@code field} of an object, kept beside
   * {@link Contents} so that a statement naming its columns stores those fields only; a null
   * {@code field} holds what was written into parts the method cannot name (by a callee, into an element).
   */
  record Written(Obj object, String field) {}

  /**
   * A key, present when an object was handed to code that may fill it or keep it (an argument of
   * a call that is not a sink, the receiver of an analysed method other than an accessor): what
   * it holds is no longer only what this method wrote.
   */
  record Escaped(Obj object) {}

  /**
   * A key, present when an object was stored where other code can reach it (a field, an array, a
   * collection): its parts may be written by any call, so what this method wrote into them is no
   * longer known to be all they hold.
   */
  record Shared(Obj object) {}
}
