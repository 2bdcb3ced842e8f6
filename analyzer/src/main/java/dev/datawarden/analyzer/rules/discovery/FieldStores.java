package dev.datawarden.analyzer.rules.discovery;

import static dev.datawarden.analyzer.model.Elements.indexOf;
import static dev.datawarden.analyzer.model.Elements.isBoolean;
import static dev.datawarden.analyzer.model.Elements.isVoid;

import dev.datawarden.analyzer.flow.CallGraph;
import dev.datawarden.analyzer.frameworks.Builders;
import dev.datawarden.analyzer.frameworks.JavaBeans;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import spoon.reflect.CtModel;
import spoon.reflect.code.BinaryOperatorKind;
import spoon.reflect.code.CtAbstractInvocation;
import spoon.reflect.code.CtAssignment;
import spoon.reflect.code.CtBinaryOperator;
import spoon.reflect.code.CtConditional;
import spoon.reflect.code.CtConstructorCall;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtFieldRead;
import spoon.reflect.code.CtFieldWrite;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.code.CtLambda;
import spoon.reflect.code.CtLocalVariable;
import spoon.reflect.code.CtReturn;
import spoon.reflect.code.CtTypeAccess;
import spoon.reflect.code.CtVariableRead;
import spoon.reflect.code.CtVariableWrite;
import spoon.reflect.declaration.CtConstructor;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtMethod;
import spoon.reflect.declaration.CtRecord;
import spoon.reflect.declaration.CtRecordComponent;
import spoon.reflect.declaration.CtShadowable;
import spoon.reflect.declaration.CtType;
import spoon.reflect.declaration.CtVariable;
import spoon.reflect.reference.CtExecutableReference;
import spoon.reflect.reference.CtTypeReference;

/**
 * Where values end up: the fields of the analysed code a value is stored in. This is not the
 * engine's taint analysis, which follows declared data only; it answers, for data that is not
 * declared, "which field keeps this?", so that undeclared data is reported once, where it is kept.
 *
 * <p>A value is followed through locals, into analysed methods and constructors by parameter
 * (setters, constructors, hand-written builders, record constructors), out of them by their return
 * to every caller, through conditionals and string concatenation, and through library calls that
 * transform it ({@code trim()}, {@code LocalDate.parse(s)}; not those answering a boolean). For
 * code that is not in the model it assumes Lombok: {@code setX(v)} stores into field {@code x} of
 * the target's type, and {@code T.builder().x(v)} into field {@code x} of {@code T}. It stops at
 * methods {@code stop} accepts (anonymisers), after {@value #MAX_DEPTH} calls, and at
 * {@value #MAX_STEPS} steps per question; a builder's fields are passed through. Collections, maps,
 * lambdas and arrays are not followed.
 */
public final class FieldStores {
  static final int MAX_DEPTH = 8;
  static final int MAX_STEPS = 2_000;

  private final CtModel model;
  private final CallGraph callGraph;
  private final Predicate<CtExecutable<?>> stop;
  private final Predicate<CtField<?>> passThrough;
  private Map<CtField<?>, List<CtExpression<?>>> readsByField;

  /**
   * @param callGraph resolves calls to their analysed targets and returns to their callers; null
   *     when the engine did not run, then calls resolve to their declaration and returns stop
   * @param stop methods whose result no longer holds the value (anonymisers)
   * @param passThrough fields that only hold a value on its way (a builder's): their reads are
   *     followed too
   */
  public FieldStores(CtModel model, CallGraph callGraph, Predicate<CtExecutable<?>> stop,
      Predicate<CtField<?>> passThrough) {
    this.model = model;
    this.callGraph = callGraph;
    this.stop = stop;
    this.passThrough = passThrough;
  }

  /** The fields the value of a parameter is stored in. */
  public List<CtField<?>> ofParameter(spoon.reflect.declaration.CtParameter<?> parameter) {
    Walk walk = new Walk();
    walk.variable(parameter, 0, false);
    walk.run();
    return List.copyOf(walk.order);
  }

  /**
   * The fields the value of {@code field} is stored in: from its reads, directly or through its
   * getters (hand-written, Lombok's or a record's accessor).
   */
  public List<CtField<?>> ofField(CtField<?> field) {
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
    if (readsByField == null) {
      readsByField = indexReads();
    }
    return readsByField.getOrDefault(field, List.of());
  }

  private Map<CtField<?>, List<CtExpression<?>>> indexReads() {
    Map<CtField<?>, List<CtExpression<?>>> reads = new IdentityHashMap<>();
    for (CtFieldRead<?> read : callGraph.index().all(CtFieldRead.class)) {
      CtField<?> f = fieldOf(read.getVariable());
      if (f != null) {
        reads.computeIfAbsent(f, k -> new ArrayList<>()).add(read);
      }
    }
    // accessors that are not in the model: a record's, or Lombok's getX()/isX()
    Map<String, CtField<?>> byTypeAndAccessor = new HashMap<>();
    for (CtInvocation<?> call : callGraph.index().all(CtInvocation.class)) {
      if (!call.getArguments().isEmpty() || inModel(declarationOf(call.getExecutable()))) {
        continue;
      }
      CtType<?> owner = ownerType(call);
      if (owner == null) {
        continue;
      }
      CtField<?> f = byTypeAndAccessor.computeIfAbsent(owner.getQualifiedName() + "#" + call.getExecutable().getSimpleName(),
          k -> accessed(owner, call.getExecutable().getSimpleName()));
      if (f != null) {
        reads.computeIfAbsent(f, k -> new ArrayList<>()).add(call);
      }
    }
    return reads;
  }

  /** The field an accessor name reads on a type: {@code x()} on a record, {@code getX()}/{@code isX()} otherwise. */
  private CtField<?> accessed(CtType<?> owner, String accessor) {
    if (owner instanceof CtRecord) {
      return owner.getField(accessor);
    }
    for (String prefix : List.of("get", "is")) {
      if (accessor.length() > prefix.length() && accessor.startsWith(prefix)
          && Character.isUpperCase(accessor.charAt(prefix.length()))) {
        return owner.getField(JavaBeans.lowerFirst(accessor.substring(prefix.length())));
      }
    }
    return null;
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
      if (!e.isParentInitialized()) {
        return;
      }
      CtElement parent = e.getParent();
      if (parent instanceof CtAssignment<?, ?> a && a.getAssignment() == e) {
        CtExpression<?> assigned = a.getAssigned();
        if (assigned instanceof CtFieldWrite<?> w) {
          CtField<?> f = fieldOf(w.getVariable());
          if (f != null) {
            store(f, depth);
          }
        } else if (assigned instanceof CtVariableWrite<?> w && w.getVariable() != null
            && callGraph.index().variable(w.getVariable()) instanceof CtLocalVariable<?> local) {
          variable(local, depth, entered);
        }
      } else if (parent instanceof CtLocalVariable<?> local && local.getDefaultExpression() == e) {
        variable(local, depth, entered);
      } else if (parent instanceof CtAbstractInvocation<?> call && indexOf(call.getArguments(), e) >= 0) {
        argument(call, indexOf(call.getArguments(), e), depth, entered);
      } else if (parent instanceof CtInvocation<?> call && call.getTarget() == e) {
        if (callees(call).isEmpty() && !inModel(declarationOf(call.getExecutable())) && isValue(e.getType())
            && call.getType() != null && !call.getType().isPrimitive() && !isVoid(call.getType())) {
          push(call, depth, entered); // s.trim(), s.toUpperCase(): the result still holds the value
        }
      } else if (parent instanceof CtConditional<?> c && c.getCondition() != e) {
        push(c, depth, entered);
      } else if (parent instanceof CtBinaryOperator<?> b && b.getKind() == BinaryOperatorKind.PLUS
          && b.getType() != null && "java.lang.String".equals(b.getType().getQualifiedName())) {
        push(b, depth, entered);
      } else if (parent instanceof CtReturn<?> r && callGraph != null) {
        CtExecutable<?> method = r.getParent(CtExecutable.class);
        if (method instanceof CtLambda<?>) {
          return;
        }
        if (entered) {
          // back to the calls the value came in by (Objects.requireNonNull(x) returns x to its
          // caller, not to every caller of requireNonNull), and to those it comes in by later
          returned.add(method);
          for (Object[] entry : entries.getOrDefault(method, List.of())) {
            push((CtExpression<?>) entry[0], depth + 1, (Boolean) entry[1]);
          }
          return;
        }
        for (CallGraph.CallSite site : callGraph.callers(method)) {
          if (site.call() instanceof CtExpression<?> call) {
            push(call, depth + 1, false);
          }
        }
      }
    }

    /** A value passed as argument {@code index}: into the callee's parameter, or through a library call. */
    void argument(CtAbstractInvocation<?> call, int index, int depth, boolean entered) {
      CtRecord record = recordBuilt(call);
      if (record != null) {
        List<CtRecordComponent> components = Records.components(record);
        if (index < components.size()) {
          CtField<?> f = record.getField(components.get(index).getSimpleName());
          if (f != null) {
            store(f, depth);
          }
        }
        return;
      }
      List<CtExecutable<?>> callees = callees(call);
      if (!callees.isEmpty()) {
        for (CtExecutable<?> callee : callees) {
          if (callee.getBody() != null && !callee.getParameters().isEmpty() && !stop.test(callee)) {
            if (call instanceof CtExpression<?> result
                && enteredBy.computeIfAbsent(callee, k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(result)) {
              entries.computeIfAbsent(callee, k -> new ArrayList<>()).add(new Object[] {result, entered});
              if (returned.contains(callee)) {
                push(result, depth + 1, entered); // its return was reached through another call before
              }
            }
            variable(callee.getParameters().get(Math.min(index, callee.getParameters().size() - 1)), depth + 1, true);
          }
        }
        return;
      }
      if (inModel(declarationOf(call.getExecutable()))) {
        return; // an analysed method without a body (abstract, native): nothing known
      }
      if (call instanceof CtInvocation<?> invocation && call.getArguments().size() == 1) {
        CtField<?> generated = generatedStore(invocation);
        if (generated != null) {
          store(generated, depth);
          return;
        }
      }
      if (call instanceof CtInvocation<?> invocation && invocation.getTarget() != null
          && !(invocation.getTarget() instanceof CtTypeAccess<?>) && call.getArguments().get(index).getType() != null
          && call.getArguments().get(index).getType().isPrimitive()) {
        return; // input.substring(start, end), list.get(i): a number given to a library object is no part of its answer
      }
      if (call instanceof CtExpression<?> result && result.getType() != null && !isVoid(result.getType())
          && !isBoolean(result.getType())) {
        push(result, depth, entered); // LocalDate.parse(s), String.valueOf(s): the result still holds the value
      }
    }

    /** Every read of a local variable or parameter, in the code where it is visible. */
    void variable(CtVariable<?> variable, int depth, boolean entered) {
      if (!firstTime(variable, entered)) {
        return;
      }
      for (CtVariableRead<?> read : callGraph.index().reads(variable)) {
        push(read, depth, entered);
      }
    }
  }

  /**
   * The analysed record a call of its canonical constructor builds (its arguments are its
   * components, whether the constructor is written or implicit); null for anything else.
   */
  private CtRecord recordBuilt(CtAbstractInvocation<?> call) {
    if (!(call instanceof CtConstructorCall<?> c) || c.getType() == null) {
      return null;
    }
    CtType<?> type = callGraph.index().modelType(c.getType());
    return type instanceof CtRecord record
        && record.getRecordComponents().size() == c.getArguments().size() ? record : null;
  }

  /** The field a setter or builder method generated outside the model stores into (Lombok), if any. */
  private CtField<?> generatedStore(CtInvocation<?> call) {
    String name = call.getExecutable().getSimpleName();
    if (name.length() > 3 && name.startsWith("set") && Character.isUpperCase(name.charAt(3))) {
      CtType<?> owner = ownerType(call);
      return owner == null ? null : owner.getField(JavaBeans.lowerFirst(name.substring(3)));
    }
    CtType<?> built = Builders.builtType(call.getTarget(), callGraph.index());
    return built == null ? null : built.getField(name);
  }

  private List<CtExecutable<?>> callees(CtAbstractInvocation<?> call) {
    if (callGraph != null) {
      return callGraph.targets(call);
    }
    CtExecutable<?> declaration = declarationOf(call.getExecutable());
    return inModel(declaration) ? List.of(declaration) : List.of();
  }

  /** The analysed type a call without a declaration in the model is made on: its target's static type. */
  private CtType<?> ownerType(CtInvocation<?> call) {
    CtTypeReference<?> type = call.getTarget() != null && !(call.getTarget() instanceof CtTypeAccess<?>)
        ? call.getTarget().getType() : call.getExecutable().getDeclaringType();
    if (type == null) {
      return null;
    }
    return callGraph.index().modelType(type);
  }

  private CtField<?> fieldOf(spoon.reflect.reference.CtFieldReference<?> ref) {
    if (ref == null) {
      return null;
    }
    try {
      return callGraph.index().modelField(ref);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private CtExecutable<?> declarationOf(CtExecutableReference<?> ref) {
    try {
      return ref == null ? null : callGraph.index().modelExecutable(ref);
    } catch (RuntimeException e) {
      return null; // unresolvable in no-class-path mode
    }
  }

  private static boolean inModel(CtExecutable<?> e) {
    return e != null && !e.isImplicit() && !(e instanceof CtShadowable s && s.isShadow())
        && (e instanceof CtMethod<?> || e instanceof CtConstructor<?>);
  }

  /**
   * True for the types whose library methods return a form of the same value ({@code trim()},
   * {@code toLocalDate()}): text, numbers, dates and their wrappers; unknown types too. A
   * connection's {@code prepareStatement()} or a result set's {@code getString()} returns other data.
   */
  private static boolean isValue(CtTypeReference<?> type) {
    if (type == null) {
      return true;
    }
    String name = type.getQualifiedName();
    return type.isPrimitive() || name.startsWith("java.lang.") || name.startsWith("java.time.")
        || name.startsWith("java.math.") || name.equals("java.util.Optional") || name.equals("java.util.UUID")
        || !name.contains(".");
  }

}
