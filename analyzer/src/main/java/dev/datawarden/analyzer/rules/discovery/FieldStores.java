package dev.datawarden.analyzer.rules.discovery;

import dev.datawarden.analyzer.flow.ValueWalker;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import spoon.reflect.code.CtAbstractInvocation;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtVariableRead;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtParameter;
import spoon.reflect.declaration.CtVariable;

/**
 * Where values end up: the fields of the analysed code a value is stored in. This is not the
 * engine's taint analysis, which follows declared data only; it answers, for data that is not
 * declared, "which field keeps this?", so that undeclared data is reported once, where it is kept.
 *
 * <p>Each step is the {@link ValueWalker}'s, with {@link ValueWalker.Conversions#VALUE_TYPES}: a
 * value is followed through locals and parameters, into analysed methods and constructors by
 * parameter, out of them by their return (to the calls it came in by when it came in through a
 * parameter, to every caller otherwise), through conditionals, string concatenation and library
 * calls that give back a form of it, into the fields setters, constructors and builders generated
 * outside the model (Lombok, records) store. It stops at sinks, at methods {@code stop} accepts
 * (anonymisers), after {@value #MAX_DEPTH} calls, and at {@value #MAX_STEPS} steps per question;
 * a builder's fields are passed through. Collections, maps, lambdas and arrays are not followed.
 */
final class FieldStores {
  static final int MAX_DEPTH = 8;
  static final int MAX_STEPS = 2_000;

  private final ValueWalker walker;
  private final Predicate<CtExecutable<?>> stop;
  private final Predicate<CtField<?>> passThrough;
  /**
   * What the walker answered for each expression followed: every field's walk asks again about
   * the expressions the walks before went through (a setter's parameter, a shared helper).
   */
  private final Map<CtExpression<?>, List<ValueWalker.Use>> uses = new IdentityHashMap<>();

  /**
   * @param walker where a value goes at each step
   * @param stop methods whose result no longer holds the value (anonymisers)
   * @param passThrough fields that only hold a value on its way (a builder's): their reads are
   *     followed too
   */
  FieldStores(ValueWalker walker, Predicate<CtExecutable<?>> stop, Predicate<CtField<?>> passThrough) {
    this.walker = walker;
    this.stop = stop;
    this.passThrough = passThrough;
  }

  /** The fields the value of a parameter is stored in. */
  List<CtField<?>> ofParameter(CtParameter<?> parameter) {
    Walk walk = new Walk();
    walk.variable(parameter, 0, false);
    walk.run();
    return List.copyOf(walk.order);
  }

  /**
   * The fields the value of {@code field} is stored in: from its reads, directly or through its
   * getters (hand-written, Lombok's or a record's accessor).
   */
  List<CtField<?>> ofField(CtField<?> field) {
    Walk walk = new Walk();
    for (CtExpression<?> read : reads(field)) {
      walk.push(read, 0, false);
    }
    walk.run();
    walk.fields.remove(field);
    return walk.order.stream().filter(walk.fields::contains).toList();
  }

  /** The expressions that read a field: field reads, and calls of accessors generated outside the model. */
  List<CtExpression<?>> reads(CtField<?> field) {
    return walker.reads(field);
  }

  /** One question: a work list of expressions whose value is the one followed. */
  private final class Walk {
    // by identity: Spoon's equals() compares fields by their text, so two classes' `String name;` are equal
    final Set<CtField<?>> fields = Collections.newSetFromMap(new IdentityHashMap<>());
    final List<CtField<?>> order = new ArrayList<>();
    final Deque<Object[]> work = new ArrayDeque<>();
    /**
     * What the walk followed: in {@code seen} for a value from anywhere, in {@code seenEntered} for
     * a value that came in through a parameter. The first includes the second (a return of it goes
     * back to every caller), so an element seen there is not followed again.
     */
    final Set<CtElement> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    final Set<CtElement> seenEntered = Collections.newSetFromMap(new IdentityHashMap<>());
    /**
     * For each analysed method the walk entered through a parameter, the calls it entered by (and
     * whether the value had itself come into the calling method through a parameter): a return
     * from such a method goes back to those calls only, not to every caller of the method.
     */
    final Map<CtExecutable<?>, List<Object[]>> entries = new IdentityHashMap<>();
    final Map<CtExecutable<?>, Set<CtExpression<?>>> enteredBy = new IdentityHashMap<>();
    /** The methods entered through a parameter whose return the walk has reached. */
    final Set<CtExecutable<?>> returned = Collections.newSetFromMap(new IdentityHashMap<>());
    int steps;

    void store(CtField<?> field, int depth) {
      if (fields.add(field) && order.add(field) && passThrough.test(field)) {
        for (CtExpression<?> read : reads(field)) {
          push(read, depth + 1, false);
        }
      }
    }

    /**
     * Follows {@code e} from now on; {@code entered} when the value came into the method holding
     * {@code e} through one of its parameters.
     */
    void push(CtExpression<?> e, int depth, boolean entered) {
      if (depth <= MAX_DEPTH && firstTime(e, entered)) {
        work.add(new Object[] {e, depth, entered});
      }
    }

    private boolean firstTime(CtElement e, boolean entered) {
      return !seen.contains(e) && (entered ? seenEntered.add(e) : seen.add(e));
    }

    void run() {
      while (!work.isEmpty() && steps++ < MAX_STEPS) {
        Object[] next = work.poll();
        step((CtExpression<?>) next[0], (Integer) next[1], (Boolean) next[2]);
      }
    }

    /** Follows the value of {@code e} one step up, to what uses it. */
    void step(CtExpression<?> e, int depth, boolean entered) {
      for (ValueWalker.Use use : uses.computeIfAbsent(e, k -> walker.uses(k, ValueWalker.Conversions.VALUE_TYPES))) {
        if (use instanceof ValueWalker.IntoField f) {
          store(f.field(), depth);
        } else if (use instanceof ValueWalker.IntoVariable v) {
          variable(v.variable(), depth, entered);
        } else if (use instanceof ValueWalker.IntoParameter p && !stop.test(p.target())) {
          enter(p.call(), p.target(), p.parameter(), depth, entered);
        } else if (use instanceof ValueWalker.Protected p && !p.anonymized() && p.parameter() != null
            && !stop.test(p.target())) {
          enter(p.call(), p.target(), p.parameter(), depth, entered); // encrypted: followed into the encryptor
        } else if (use instanceof ValueWalker.GoesOn g) {
          push(g.result(), depth, entered);
        } else if (use instanceof ValueWalker.Returned r) {
          returned(r.method(), depth, entered);
        } // a sink, a use the walk does not follow, a null test, a dropped value: no field keeps it there
      }
    }

    /** A value returned by {@code method}: back to the calls it came in by, or to every caller. */
    private void returned(CtExecutable<?> method, int depth, boolean entered) {
      if (entered) {
        // back to the calls the value came in by (Objects.requireNonNull(x) returns x to its
        // caller, not to every caller of requireNonNull), and to those it comes in by later
        returned.add(method);
        for (Object[] entry : entries.getOrDefault(method, List.of())) {
          push((CtExpression<?>) entry[0], depth + 1, (Boolean) entry[1]);
        }
        return;
      }
      for (CtExpression<?> call : walker.calls(method)) {
        push(call, depth + 1, false);
      }
    }

    /** A value passed into an analysed callee's parameter: followed there, and back out of its return to this call. */
    private void enter(CtAbstractInvocation<?> call, CtExecutable<?> callee, CtVariable<?> parameter, int depth,
        boolean entered) {
      if (call instanceof CtExpression<?> result
          && enteredBy.computeIfAbsent(callee, k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(result)) {
        entries.computeIfAbsent(callee, k -> new ArrayList<>()).add(new Object[] {result, entered});
        if (returned.contains(callee)) {
          push(result, depth + 1, entered); // its return was reached through another call before
        }
      }
      variable(parameter, depth + 1, true);
    }

    /** Every read of a local variable or parameter, in the code where it is visible. */
    void variable(CtVariable<?> variable, int depth, boolean entered) {
      if (!firstTime(variable, entered)) {
        return;
      }
      for (CtVariableRead<?> read : walker.reads(variable)) {
        push(read, depth, entered);
      }
    }
  }

}
