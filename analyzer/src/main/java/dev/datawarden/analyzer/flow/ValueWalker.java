package dev.datawarden.analyzer.flow;

import static dev.datawarden.analyzer.model.Elements.indexOf;
import static dev.datawarden.analyzer.model.Elements.isBoolean;
import static dev.datawarden.analyzer.model.Elements.isVoid;

import dev.datawarden.analyzer.fact.Role;
import dev.datawarden.analyzer.frameworks.Builders;
import dev.datawarden.analyzer.frameworks.JavaBeans;
import dev.datawarden.analyzer.model.Elements;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import spoon.reflect.code.CtLiteral;
import spoon.reflect.code.CtLocalVariable;
import spoon.reflect.code.CtOperatorAssignment;
import spoon.reflect.code.CtReturn;
import spoon.reflect.code.CtStatementList;
import spoon.reflect.code.CtTypeAccess;
import spoon.reflect.code.CtVariableRead;
import spoon.reflect.code.CtVariableWrite;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtMethod;
import spoon.reflect.declaration.CtParameter;
import spoon.reflect.declaration.CtRecord;
import spoon.reflect.declaration.CtType;
import spoon.reflect.declaration.CtVariable;
import spoon.reflect.declaration.ModifierKind;
import spoon.reflect.reference.CtFieldReference;
import spoon.reflect.reference.CtTypeReference;

/**
 * Where a value goes, one step at a time: the one answer to "what becomes of this value here"
 * for every analysis that follows a value outside the engine's taint (over-collection's "only
 * stored", discovery's "stored in a declared field"), and the one definition of the members
 * Lombok and records generate outside the model, which the engine's transfer functions use too.
 *
 * <p>{@link #uses} looks at what an expression's parent does with its value and answers with one
 * or more {@link Use}s: the value is stored in a field, copied into a variable, passed into an
 * analysed callee's parameter, reaches a sink, returned from a method, goes on in a bigger
 * expression (a concatenation, a conditional, a conversion, an assignment used as a value), is
 * tested against {@code null} or dropped, or is consumed by something else (a condition,
 * arithmetic, a call the analysis cannot follow). How far a library call's result is taken to
 * hold its input is the one real difference between the questions asked, and is an explicit
 * {@link Conversions} option.
 */
public final class ValueWalker {
  private final CallGraph callGraph;
  private final Knowledge knowledge;
  private Map<CtField<?>, List<CtExpression<?>>> fieldReads;
  private java.util.Set<CtField<?>> writtenInCode;

  public ValueWalker(CallGraph callGraph, Knowledge knowledge) {
    this.callGraph = callGraph;
    this.knowledge = knowledge;
  }

  /** Which library calls' results still hold a value given to them. */
  public enum Conversions {
    /**
     * Only calls named as conversions ({@code libraryCalls.conversions} in {@code frameworks.yml}:
     * {@code trim}, {@code valueOf}, {@code parse}...) answering neither void nor a boolean; any
     * other library call consumes the value. For questions where an unknown call must count as a
     * use ("is this value only stored?").
     */
    KNOWN,
    /**
     * Any library call answering neither void nor a boolean, except a method of an object that is
     * no value type ({@code prepareStatement()}, {@code getString()}) called on the value, and a
     * number given to a library object ({@code s.substring(1, 3)}: the number is no part of the
     * answer). For questions where following too little misses where a value is kept.
     */
    VALUE_TYPES
  }

  /** What becomes of a value at one place. */
  public sealed interface Use {}

  /** Written into a field of the analysed code: an assignment, or a setter, constructor or builder generated outside the model. */
  public record IntoField(CtField<?> field) implements Use {}

  /** Assigned to a local variable or a parameter, or initialising a local. */
  public record IntoVariable(CtVariable<?> variable) implements Use {}

  /** Passed as argument {@code index} of {@code call} into an analysed method or constructor with a body. */
  public record IntoParameter(CtAbstractInvocation<?> call, CtExecutable<?> target, CtParameter<?> parameter)
      implements Use {}

  /**
   * Passed to an analysed method declared to encrypt or anonymise: the call's result holds it,
   * protected; {@code parameter} is the one it is passed in, null when the method has no body.
   */
  public record Protected(CtAbstractInvocation<?> call, CtExecutable<?> target, CtParameter<?> parameter,
      boolean anonymized) implements Use {
    public CtExpression<?> result() {
      return (CtExpression<?>) call;
    }
  }

  /** Passed to a declared or built-in sink. */
  public record IntoSink(CtAbstractInvocation<?> call, Sink sink) implements Use {}

  /** Returned from a method (not a lambda) to its callers. */
  public record Returned(CtMethod<?> method) implements Use {}

  /** The value goes on as (part of) {@code result}: a concatenation, a conditional's branch, a conversion, an assignment used as a value. */
  public record GoesOn(CtExpression<?> result) implements Use {}

  /** Compared with {@code null}, evaluated and dropped, or passed to a deletion path: nothing is done with what it is. */
  public record Ignored() implements Use {}

  /** Used by something the walk does not follow: a condition, arithmetic, an array, a lambda's result, a call it cannot follow. */
  public record Consumed(String why) implements Use {}

  private static final Ignored IGNORED = new Ignored();

  /** What the parent of {@code e} does with its value. */
  public List<Use> uses(CtExpression<?> e, Conversions conversions) {
    if (!e.isParentInitialized()) {
      return List.of(new Consumed("detached"));
    }
    CtElement parent = e.getParent();
    if (parent instanceof CtOperatorAssignment<?, ?>) {
      return List.of(new Consumed("compound assignment")); // x += value: a computation
    }
    if (parent instanceof CtAssignment<?, ?> a && a.getAssignment() == e) {
      List<Use> uses = new ArrayList<>();
      uses.add(assigned(a.getAssigned()));
      if (!(a.getParent() instanceof CtStatementList)) {
        uses.add(new GoesOn(a)); // a = b = value
      }
      return uses;
    }
    if (parent instanceof CtLocalVariable<?> local && local.getDefaultExpression() == e) {
      return List.of(new IntoVariable(local));
    }
    if (parent instanceof CtReturn<?> r) {
      CtExecutable<?> method = r.getParent(CtExecutable.class);
      return List.of(method instanceof CtMethod<?> m ? new Returned(m) : new Consumed("lambda result"));
    }
    if (parent instanceof CtAbstractInvocation<?> call && indexOf(call.getArguments(), e) >= 0) {
      return argument(call, indexOf(call.getArguments(), e), conversions);
    }
    if (parent instanceof CtInvocation<?> call && call.getTarget() == e) {
      return List.of(callGraph.targets(call).isEmpty() && libraryResultHolds(call, e, conversions)
          ? new GoesOn(call) : new Consumed("receiver of a call")); // value.trim(): the same data in another form
    }
    if (parent instanceof CtBinaryOperator<?> op) {
      CtExpression<?> other = op.getLeftHandOperand() == e ? op.getRightHandOperand() : op.getLeftHandOperand();
      if ((op.getKind() == BinaryOperatorKind.EQ || op.getKind() == BinaryOperatorKind.NE)
          && other instanceof CtLiteral<?> literal && literal.getValue() == null) {
        return List.of(IGNORED); // a null test asks whether the value was given, not what it is
      }
      return List.of(op.getKind() == BinaryOperatorKind.PLUS && Elements.isString(op.getType())
          ? new GoesOn(op) : new Consumed("operand"));
    }
    if (parent instanceof CtConditional<?> c && c.getCondition() != e) {
      return List.of(new GoesOn(c));
    }
    if (parent instanceof CtStatementList) {
      return List.of(IGNORED); // evaluated and dropped
    }
    return List.of(new Consumed("condition or operand")); // a condition, a lambda's body, an array, a throw...
  }

  private Use assigned(CtExpression<?> assigned) {
    if (assigned instanceof CtFieldWrite<?> w) {
      CtField<?> field = field(w.getVariable());
      return field != null ? new IntoField(field) : new Consumed("field outside the model");
    }
    if (assigned instanceof CtVariableWrite<?> w && w.getVariable() != null) {
      CtElement variable = variable(w);
      if (variable instanceof CtLocalVariable<?> || variable instanceof CtParameter<?>) {
        return new IntoVariable((CtVariable<?>) variable);
      }
    }
    return new Consumed("array element"); // an array element, a variable outside the model
  }

  /** A value passed as argument {@code i} of a call. */
  private List<Use> argument(CtAbstractInvocation<?> call, int i, Conversions conversions) {
    CtExecutable<?> declaration = callGraph.declaration(call);
    Optional<Sink> sink = knowledge.sinkOf(call, declaration);
    if (sink.isPresent()) {
      return List.of(new IntoSink(call, sink.get()));
    }
    CtRecord record = recordBuilt(call);
    CtField<?> component = record == null ? null : record.getField(record.getRecordComponents().stream().toList().get(i).getSimpleName());
    if (component != null) {
      return List.of(new IntoField(component));
    }
    List<CtExecutable<?>> targets = callGraph.targets(call);
    if (!targets.isEmpty()) {
      List<Use> uses = new ArrayList<>();
      for (CtExecutable<?> target : targets) {
        if (knowledge.declares(target, Role.DELETION_PATH)) {
          uses.add(IGNORED);
        } else if (knowledge.declares(target, Role.ANONYMIZES) || knowledge.declares(target, Role.ENCRYPTS)) {
          uses.add(new Protected(call, target, target.getBody() == null || target.getParameters().isEmpty() ? null
              : target.getParameters().get(Math.min(i, target.getParameters().size() - 1)),
              knowledge.declares(target, Role.ANONYMIZES)));
        } else if (target.getBody() == null || target.getParameters().isEmpty()) {
          uses.add(new Consumed("method without an analysed body")); // abstract, native, a query method
        } else {
          uses.add(new IntoParameter(call, target, target.getParameters().get(Math.min(i, target.getParameters().size() - 1))));
        }
      }
      return uses;
    }
    CtField<?> generated = generatedStore(call, i);
    if (generated != null) {
      return List.of(new IntoField(generated));
    }
    if (!Knowledge.inModel(declaration) && libraryResultHolds(call, call.getArguments().get(i), conversions)) {
      return List.of(new GoesOn((CtExpression<?>) call)); // String.valueOf(value), LocalDate.parse(value)
    }
    return List.of(new Consumed("call the analysis cannot follow"));
  }

  /** True when the result of a library call {@code e} is given to (as receiver or argument) still holds it. */
  private boolean libraryResultHolds(CtAbstractInvocation<?> call, CtExpression<?> e, Conversions conversions) {
    CtTypeReference<?> type = call instanceof CtExpression<?> result ? result.getType() : null;
    if (type == null || isVoid(type) || isBoolean(type)) {
      return false;
    }
    if (conversions == Conversions.KNOWN) {
      return knowledge.frameworks().libraryCalls().converts(call, () -> knowledge.receiverTypes(call));
    }
    if (call instanceof CtInvocation<?> invocation && invocation.getTarget() == e) {
      return isValue(e.getType()) && !type.isPrimitive();
    }
    return !(call instanceof CtInvocation<?> invocation && invocation.getTarget() != null
        && !(invocation.getTarget() instanceof CtTypeAccess<?>) && e.getType() != null && e.getType().isPrimitive());
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

  // ---- holders: where a value is read back -----------------------------------------------------

  /** The reads of a local variable or parameter in the code that declares it. */
  public List<CtVariableRead<?>> reads(CtVariable<?> variable) {
    return callGraph.index().reads(variable);
  }

  /**
   * The expressions that read a field: field reads, and calls of accessors generated outside the
   * model (Lombok's getters, a record's accessors), indexed in one scan the first time.
   */
  public List<CtExpression<?>> reads(CtField<?> field) {
    if (fieldReads == null) {
      Map<CtField<?>, List<CtExpression<?>>> reads = new IdentityHashMap<>();
      for (CtFieldRead<?> read : callGraph.index().all(CtFieldRead.class)) {
        CtField<?> f = field(read.getVariable());
        if (f != null) {
          reads.computeIfAbsent(f, k -> new ArrayList<>()).add(read);
        }
      }
      for (CtInvocation<?> call : callGraph.index().all(CtInvocation.class)) {
        CtField<?> f = generatedRead(call);
        if (f != null) {
          reads.computeIfAbsent(f, k -> new ArrayList<>()).add(call);
        }
      }
      fieldReads = reads;
    }
    return fieldReads.getOrDefault(field, List.of());
  }

  /**
   * True when the analysed code writes the field somewhere: an assignment outside a setter or
   * constructor, one inside a setter or constructor that something calls, a call of a setter by
   * its name ({@code o.setMobile(m)}), of a generated constructor or of a builder method. A field
   * nothing writes holds only what the framework puts there when it loads or binds the object.
   * Indexed in one scan the first time.
   */
  public boolean writtenInCode(CtField<?> field) {
    if (writtenInCode == null) {
      java.util.Set<CtField<?>> written = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      for (CtFieldWrite<?> write : callGraph.index().all(CtFieldWrite.class)) {
        CtField<?> f = field(write.getVariable());
        CtExecutable<?> in = write.getParent(CtExecutable.class);
        if (f != null && (in == null || !(in instanceof spoon.reflect.declaration.CtConstructor<?>
            || in instanceof CtMethod<?> m && m.getSimpleName().startsWith("set") && m.getParameters().size() == 1)
            || !callGraph.callers(in).isEmpty())) {
          written.add(f);
        }
      }
      List<CtAbstractInvocation<?>> calls = new ArrayList<>();
      callGraph.index().all(CtInvocation.class).forEach(calls::add);
      callGraph.index().all(CtConstructorCall.class).forEach(calls::add);
      for (CtAbstractInvocation<?> call : calls) {
        for (int i = 0; i < call.getArguments().size(); i++) {
          CtField<?> f = generatedStore(call, i);
          if (f != null) {
            written.add(f);
          }
        }
      }
      writtenInCode = written;
    }
    return writtenInCode.contains(field);
  }

  /**
   * True when the field of an object loaded or received may hold data this code put there or took
   * from outside: code writes it ({@link #writtenInCode}), or objects of its type are filled from
   * outside (see {@link #filledFromOutside}), or the code writes no field of its type at all (it
   * reads what another system wrote, and what that system fills cannot be told). A field that
   * nothing fills in a type the code does fill holds nothing, and is never named
   * ({@code OmsOrder.billReceiverEmail}, which no code sets, is not stored by re-saving an order).
   */
  public boolean writtenAnywhere(CtField<?> field) {
    if (writtenInCode(field)) {
      return true;
    }
    CtType<?> owner = field.getDeclaringType();
    return owner == null || typeFilledElsewhere.computeIfAbsent(owner,
        t -> filledFromOutside(t) || t.getFields().stream().noneMatch(this::writtenInCode));
  }

  /** {@link #writtenInCode} and {@link #writtenAnywhere} as one instance each, so that what they keep is cached per type. */
  public final java.util.function.Predicate<CtField<?>> writtenInCodeFilter = this::writtenInCode;
  public final java.util.function.Predicate<CtField<?>> writtenAnywhereFilter = this::writtenAnywhere;

  private final Map<CtType<?>, Boolean> typeFilledElsewhere = new IdentityHashMap<>();
  private List<CtType<?>> filledTypes;

  /**
   * True when a framework or a library fills objects of this type (or of a subtype) from outside
   * the code: an entry point's parameters and the analysed types their fields hold (a request body,
   * a bound form, a message), an analysed type whose class a library call is given
   * ({@code JSON.parseObject(s, Member.class)}), and the objects given to a library's copy
   * ({@code BeanUtils.copyProperties(form, member)}).
   */
  private boolean filledFromOutside(CtType<?> type) {
    if (filledTypes == null) {
      java.util.Set<CtType<?>> filled = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
      for (CtExecutable<?> entry : callGraph.entryPoints()) {
        for (CtParameter<?> p : entry.getParameters()) {
          addFilled(p.getType(), filled, 0);
        }
      }
      List<CtAbstractInvocation<?>> calls = new ArrayList<>();
      callGraph.index().all(CtInvocation.class).forEach(calls::add);
      callGraph.index().all(CtConstructorCall.class).forEach(calls::add);
      for (CtAbstractInvocation<?> call : calls) {
        if (Knowledge.inModel(callGraph.declaration(call))) {
          continue;
        }
        String name = call.getExecutable().getSimpleName().toLowerCase(java.util.Locale.ROOT);
        boolean copies = name.contains("copy") || name.contains("populate");
        for (CtExpression<?> a : call.getArguments()) {
          if (a instanceof CtFieldRead<?> read && read.getVariable() != null
              && read.getVariable().getSimpleName().equals("class") && read.getTarget() instanceof CtTypeAccess<?> access) {
            addFilled(access.getAccessedType(), filled, 0);
          } else if (copies) {
            addFilled(knowledge.staticType(a), filled, 0);
          }
        }
      }
      filledTypes = List.copyOf(filled);
    }
    for (CtType<?> f : filledTypes) {
      if (f == type || callGraph.index().maySubtype(f, type) && f.isSubtypeOf(type.getReference())) {
        return true;
      }
    }
    return false;
  }

  private void addFilled(CtTypeReference<?> type, java.util.Set<CtType<?>> into, int depth) {
    if (type == null || depth > 3) {
      return;
    }
    if (type instanceof spoon.reflect.reference.CtArrayTypeReference<?> array) {
      addFilled(array.getComponentType(), into, depth + 1);
      return;
    }
    for (CtTypeReference<?> argument : type.getActualTypeArguments()) {
      addFilled(argument, into, depth + 1); // a List<Member> body fills members
    }
    CtType<?> declaration = knowledge.declarationOf(type);
    if (declaration == null || !into.add(declaration)) {
      return;
    }
    for (CtField<?> f : declaration.getFields()) {
      if (!f.hasModifier(ModifierKind.STATIC)) {
        addFilled(f.getType(), into, depth + 1); // a bound form fills the objects it holds
      }
    }
  }

  /** The method results a value returned by {@code method} becomes: its calls, by every caller. */
  public List<CtExpression<?>> calls(CtExecutable<?> method) {
    List<CtExpression<?>> calls = new ArrayList<>();
    for (CallGraph.CallSite site : callGraph.callers(method)) {
      if (site.call() instanceof CtExpression<?> call) {
        calls.add(call);
      }
    }
    return calls;
  }

  // ---- members generated outside the model (Lombok, records) -----------------------------------

  /**
   * The field of an analysed type that a call generated outside the model stores argument
   * {@code i} into: a record's canonical constructor, Lombok's all-arguments constructor, setter
   * or builder method; null for anything else.
   */
  public CtField<?> generatedStore(CtAbstractInvocation<?> call, int i) {
    if (call instanceof CtConstructorCall<?> cc) {
      List<CtField<?>> fields = generatedConstructorFields(cc);
      return fields == null ? null : fields.get(i);
    }
    if (!(call instanceof CtInvocation<?> invocation) || call.getArguments().size() != 1) {
      return null;
    }
    CtField<?> setter = generatedSetter(invocation);
    if (setter != null) {
      return setter;
    }
    CtType<?> built = Builders.builtType(invocation.getTarget(), callGraph.index());
    return built == null ? null : built.getField(call.getExecutable().getSimpleName());
  }

  /**
   * The fields an all-arguments constructor generated for an analysed type (Lombok's, a
   * record's) stores its arguments into, in order; null when the call is no such constructor.
   */
  public List<CtField<?>> generatedConstructorFields(CtConstructorCall<?> call) {
    CtType<?> created = knowledge.declarationOf(call.getType());
    if (created == null) {
      return null;
    }
    List<CtField<?>> fields = created.getFields().stream().filter(f -> !f.hasModifier(ModifierKind.STATIC)).toList();
    return fields.size() == call.getArguments().size() ? fields : null;
  }

  /** The field a JavaBeans setter writes on the analysed type the call is made on ({@code setMobile(m)}: {@code mobile}). */
  public CtField<?> generatedSetter(CtInvocation<?> call) {
    String property = JavaBeans.setterProperty(call.getExecutable().getSimpleName(), call.getArguments().size());
    CtType<?> owner = property == null ? null : ownerType(call);
    return owner == null ? null : owner.getField(property);
  }

  /**
   * The field an accessor generated outside the model reads: a record's accessor, Lombok's
   * getter (or a fluent one) on the analysed type the call is made on; null for a call of an
   * analysed method or of anything else.
   */
  public CtField<?> generatedRead(CtInvocation<?> call) {
    String property = JavaBeans.getterProperty(call.getExecutable().getSimpleName(), call.getArguments().size());
    if (property == null || !callGraph.targets(call).isEmpty() || Knowledge.inModel(callGraph.declaration(call))) {
      return null;
    }
    CtType<?> owner = ownerType(call);
    return owner == null ? null : owner.getField(property);
  }

  /** The analysed type a call is made on, from its receiver's static type. */
  private CtType<?> ownerType(CtInvocation<?> call) {
    CtTypeReference<?> type = call.getTarget() != null && !(call.getTarget() instanceof CtTypeAccess<?>)
        ? knowledge.staticType(call.getTarget()) : call.getExecutable().getDeclaringType();
    return knowledge.declarationOf(type);
  }

  /** The analysed record a call of its canonical constructor builds (written or implicit); null for anything else. */
  private CtRecord recordBuilt(CtAbstractInvocation<?> call) {
    if (!(call instanceof CtConstructorCall<?> c) || c.getType() == null) {
      return null;
    }
    return knowledge.declarationOf(c.getType()) instanceof CtRecord record
        && record.getRecordComponents().size() == c.getArguments().size() ? record : null;
  }

  private CtField<?> field(CtFieldReference<?> ref) {
    try {
      return ref == null ? null : callGraph.index().modelField(ref);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private CtElement variable(CtVariableWrite<?> write) {
    try {
      return callGraph.index().variable(write.getVariable());
    } catch (RuntimeException e) {
      return null;
    }
  }
}
