package dev.datawarden.analyzer.flow;

import dev.datawarden.analyzer.api.PathStep;
import dev.datawarden.analyzer.fact.FieldKey;
import dev.datawarden.analyzer.fact.Role;
import dev.datawarden.analyzer.frameworks.JavaBeans;
import dev.datawarden.analyzer.frameworks.LibraryModels;
import dev.datawarden.analyzer.model.Elements;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import spoon.reflect.code.BinaryOperatorKind;
import spoon.reflect.code.CtAbstractInvocation;
import spoon.reflect.code.CtArrayAccess;
import spoon.reflect.code.CtAssignment;
import spoon.reflect.code.CtBinaryOperator;
import spoon.reflect.code.CtBlock;
import spoon.reflect.code.CtCase;
import spoon.reflect.code.CtCatch;
import spoon.reflect.code.CtConditional;
import spoon.reflect.code.CtConstructorCall;
import spoon.reflect.code.CtDo;
import spoon.reflect.code.CtExecutableReferenceExpression;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtFieldAccess;
import spoon.reflect.code.CtFieldRead;
import spoon.reflect.code.CtFieldWrite;
import spoon.reflect.code.CtFor;
import spoon.reflect.code.CtForEach;
import spoon.reflect.code.CtIf;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.code.CtLambda;
import spoon.reflect.code.CtNewClass;
import spoon.reflect.code.CtLiteral;
import spoon.reflect.code.CtLocalVariable;
import spoon.reflect.code.CtNewArray;
import spoon.reflect.code.CtOperatorAssignment;
import spoon.reflect.code.CtPattern;
import spoon.reflect.code.CtRecordPattern;
import spoon.reflect.code.CtReturn;
import spoon.reflect.code.CtStatement;
import spoon.reflect.code.CtSwitch;
import spoon.reflect.code.CtThisAccess;
import spoon.reflect.code.CtThrow;
import spoon.reflect.code.CtTry;
import spoon.reflect.code.CtTypeAccess;
import spoon.reflect.code.CtTypePattern;
import spoon.reflect.code.CtUnaryOperator;
import spoon.reflect.code.CtVariableAccess;
import spoon.reflect.code.CtVariableRead;
import spoon.reflect.code.CtVariableWrite;
import spoon.reflect.code.CtWhile;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtClass;
import spoon.reflect.declaration.CtMethod;
import spoon.reflect.declaration.CtParameter;
import spoon.reflect.declaration.CtRecord;
import spoon.reflect.declaration.CtRecordComponent;
import spoon.reflect.declaration.CtType;
import spoon.reflect.declaration.CtVariable;
import spoon.reflect.reference.CtExecutableReference;
import spoon.reflect.reference.CtFieldReference;
import spoon.reflect.reference.CtTypeReference;
import spoon.reflect.reference.CtVariableReference;

/**
 * Follows data through one method's code, statement by statement: locals are updated strongly
 * (so {@code phone = mask(phone)} forgets the clear number), branches are joined, loop bodies run
 * twice. Calls to analysed methods apply their summaries; library calls pass on what they are
 * given, with the exceptions named in {@link LibraryModels}. Produces the method's {@link Summary}
 * and hands complete flows to the engine.
 */
final class MethodFlow {
  private final FlowEngine engine;
  private final Knowledge knowledge;
  private final CtExecutable<?> method;
  private final Summary summary = new Summary();
  private Env env = new Env();
  /** Taint thrown inside each enclosing try block, innermost last. */
  private final Deque<Taint[]> thrownInTry = new ArrayDeque<>();
  /** Where return statements go: the method's summary, or a lambda's result. */
  private final Deque<Taint[]> returnsTo = new ArrayDeque<>();
  /** True inside a method annotated as a transfer: its own network calls are that transfer. */
  private final boolean transferMethod;
  /** The sink each local stream or writer writes into: {@code OutputStream os = conn.getOutputStream()}. */
  private final Map<Object, Sink> streams = new HashMap<>();
  /** The sink the stream or writer each evaluated call returns writes into. */
  private final Map<CtElement, Sink> opened = new java.util.IdentityHashMap<>();
  /** What the arguments of each evaluated constructor call of an analysed type carry. */
  private final Map<CtElement, Taint> constructed = new java.util.IdentityHashMap<>();
  /** Constructor calls of hand-written constructors given arguments: their objects are filled by analysed code. */
  private final Set<CtElement> filledByConstructor = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
  /** The taints of the arguments of each evaluated generated constructor call of an analysed type. */
  private final Map<CtElement, List<Taint>> constructorArguments = new java.util.IdentityHashMap<>();
  /** The taints of the elements of each evaluated array written out ({@code new String[] {a, b}}). */
  private final Map<CtElement, List<Taint>> arrayElements = new java.util.IdentityHashMap<>();

  MethodFlow(FlowEngine engine, CtExecutable<?> method) {
    this.engine = engine;
    this.knowledge = engine.knowledge();
    this.method = method;
    this.transferMethod = knowledge.insideDeclaredTransfer(method);
  }

  Summary analyze() {
    List<CtParameter<?>> parameters = method.getParameters();
    for (int i = 0; i < parameters.size(); i++) {
      CtParameter<?> p = parameters.get(i);
      Taint t = Taint.of(new Taint.FromParameter(i, false), List.of());
      for (Source s : knowledge.parameterSources(p)) {
        t = t.join(Taint.of(new Taint.FromSource(s, false),
            List.of(engine.step(engine.locate(p), "parameter " + p.getSimpleName() + " " + category(s)))));
      }
      env.put(p, t);
    }
    if (knowledge.declares(method, Role.ANONYMIZES)) {
      // its result exposes nothing: every rule treats it as no longer personal (a restorer may give it back)
      summary.returns = knowledge.restorers() ? given().anonymised() : Taint.NONE;
      return summary;
    }
    Taint[] result = {Taint.NONE};
    returnsTo.push(result);
    if (method.getBody() != null) {
      statement(method.getBody());
    }
    returnsTo.pop();
    summary.returns = knowledge.declares(method, Role.ENCRYPTS) ? result[0].encrypted() : result[0];
    if (knowledge.restorers() && knowledge.declares(method, Role.RESTORES)) {
      summary.returns = summary.returns.join(given()).restored();
    }
    return summary;
  }

  /** What the method is given: its parameters, as the start of its analysis binds them. */
  private Taint given() {
    Taint t = Taint.NONE;
    for (CtParameter<?> p : method.getParameters()) {
      t = t.join(env.getOrDefault(p, Taint.NONE));
    }
    return t;
  }

  // ---- statements ------------------------------------------------------------------------------

  /**
   * A loop's body, run twice over the environment and joined with the one before each run: the
   * second run sees what the first stored, enough for data to go round once.
   */
  private void twice(Runnable body) {
    for (int i = 0; i < 2; i++) {
      Env before = env.copy();
      body.run();
      env = join(before, env);
    }
  }

  private void statement(CtStatement s) {
    if (s == null) {
      return;
    }
    if (s instanceof CtBlock<?> block) {
      List<CtStatement> statements = block.getStatements();
      for (int i = 0; i < statements.size(); i++) {
        int retest = splitting ? -1 : retested(statements, i);
        if (retest > i) {
          bothWays(statements, i, retest);
          i = retest;
        } else {
          statement(statements.get(i));
        }
      }
    } else if (s instanceof CtLocalVariable<?> local) {
      Taint t = local.getDefaultExpression() == null ? Taint.NONE : expression(local.getDefaultExpression());
      env.put(local, stepped(t, local, "assigned to " + local.getSimpleName()));
      noteStream(local, local.getDefaultExpression());
      bind(local, local.getDefaultExpression(), env.get(local));
    } else if (s instanceof CtIf branch) {
      expression(branch.getCondition());
      Boolean decided = decided(branch.getCondition());
      if (decided != null) {
        statement(decided ? branch.getThenStatement() : branch.getElseStatement()); // the other branch is dead
        return;
      }
      Env before = env.copy();
      assume(branch.getCondition(), true);
      statement(branch.getThenStatement());
      Env afterThen = env;
      env = before;
      assume(branch.getCondition(), false);
      statement(branch.getElseStatement());
      env = join(afterThen, env);
    } else if (s instanceof CtForEach loop) {
      Taint iterable = expression(loop.getExpression());
      twice(() -> {
        env.put(loop.getVariable(), stepped(iterable, loop.getVariable(), "element " + loop.getVariable().getSimpleName()));
        env.unbind(loop.getVariable());
        statement(loop.getBody());
      });
    } else if (s instanceof CtFor loop) {
      loop.getForInit().forEach(this::statement);
      twice(() -> {
        if (loop.getExpression() != null) {
          expression(loop.getExpression());
        }
        statement(loop.getBody());
        loop.getForUpdate().forEach(this::statement);
      });
    } else if (s instanceof CtWhile loop) {
      twice(() -> {
        expression(loop.getLoopingExpression());
        statement(loop.getBody());
      });
    } else if (s instanceof CtDo loop) {
      twice(() -> {
        statement(loop.getBody());
        expression(loop.getLoopingExpression());
      });
    } else if (s instanceof CtTry tryBlock) {
      Taint[] thrown = {Taint.NONE};
      thrownInTry.push(thrown);
      Env before = env.copy();
      if (s instanceof spoon.reflect.code.CtTryWithResource withResources) {
        withResources.getResources().forEach(r -> statement((CtStatement) r));
      }
      statement(tryBlock.getBody());
      thrownInTry.pop();
      Env afterTry = join(before, env);
      Env joined = afterTry;
      for (CtCatch c : tryBlock.getCatchers()) {
        env = copy(afterTry);
        env.put(c.getParameter(), stepped(thrown[0], c.getParameter(), "caught as " + c.getParameter().getSimpleName()));
        env.unbind(c.getParameter());
        statement(c.getBody());
        joined = join(joined, env);
      }
      env = joined;
      statement(tryBlock.getFinalizer());
    } else if (s instanceof CtSwitch<?> sw) {
      Taint selector = expression(sw.getSelector());
      Env before = env.copy();
      Env joined = env.copy();
      for (CtCase<?> c : sw.getCases()) {
        env = copy(before);
        bindCasePatterns(c, sw.getSelector(), selector);
        for (CtStatement inner : c.getStatements()) {
          statement(inner);
        }
        joined = join(joined, env);
      }
      env = joined;
    } else if (s instanceof CtReturn<?> ret) {
      if (ret.getReturnedExpression() != null && !returnsTo.isEmpty()) {
        Taint t = expression(ret.getReturnedExpression());
        returnsTo.peek()[0] = returnsTo.peek()[0].join(t);
      }
    } else if (s instanceof CtThrow thr) {
      Taint t = expression(thr.getThrownExpression());
      throwTaint(t);
    } else if (s instanceof CtExpression<?> e) {
      expression(e);
    } else if (s instanceof CtType<?> || s instanceof spoon.reflect.declaration.CtClass<?>) {
      // a local class: its methods are analysed on their own
    } else {
      for (CtElement child : s.getDirectChildren()) {
        if (child instanceof CtStatement inner) {
          statement(inner);
        } else if (child instanceof CtExpression<?> e) {
          expression(e);
        }
      }
    }
  }

  private void throwTaint(Taint t) {
    if (!thrownInTry.isEmpty()) {
      thrownInTry.peek()[0] = thrownInTry.peek()[0].join(t);
    }
    summary.thrown = summary.thrown.join(t);
  }

  // ---- expressions -----------------------------------------------------------------------------

  private Taint expression(CtExpression<?> e) {
    if (e == null || e instanceof CtLiteral<?> || e instanceof CtTypeAccess<?>) {
      return Taint.NONE;
    }
    if (e instanceof CtFieldRead<?> read) {
      return fieldRead(read);
    }
    if (e instanceof CtVariableRead<?> read) {
      Object k = key(read.getVariable());
      Taint t = env.getOrDefault(k, Taint.NONE);
      Env.Obj o = env.points.get(k);
      Taint contents = o == null || o.allocated != null ? null : env.get(new Env.Contents(o));
      return contents == null || t.origins().containsAll(contents.origins()) ? t : t.join(contents); // written through another name
    }
    if (e instanceof CtThisAccess<?>) {
      return Taint.of(new Taint.FromParameter(-1, false), List.of());
    }
    if (e instanceof CtOperatorAssignment<?, ?> op) {
      Taint value = expression(op.getAssignment()).join(expression(op.getAssigned()));
      assign(op.getAssigned(), value, op);
      return value;
    }
    if (e instanceof CtAssignment<?, ?> assignment) {
      Taint value = expression(assignment.getAssignment());
      assign(assignment.getAssigned(), value, assignment);
      if (assignment.getAssigned() instanceof CtVariableWrite<?> write && !(write instanceof CtFieldWrite<?>)) {
        noteStream(key(write.getVariable()), assignment.getAssignment());
        bind(key(write.getVariable()), assignment.getAssignment(), env.get(key(write.getVariable())));
      }
      return value;
    }
    if (e instanceof CtInvocation<?> || e instanceof CtConstructorCall<?>) {
      return call((CtAbstractInvocation<?>) e);
    }
    if (e instanceof CtBinaryOperator<?> op && op.getKind() == BinaryOperatorKind.INSTANCEOF
        && op.getRightHandOperand() instanceof CtPattern pattern) {
      bindPattern(pattern, op.getLeftHandOperand(), expression(op.getLeftHandOperand()));
      return Taint.NONE; // a boolean; the pattern's variables hold the value taken apart
    }
    if (e instanceof CtBinaryOperator<?> op) {
      Taint left = expression(op.getLeftHandOperand());
      Taint right = expression(op.getRightHandOperand());
      if (op.getKind() == BinaryOperatorKind.PLUS && Elements.mayBeString(op.getType())) {
        return stringForm(op.getLeftHandOperand(), left).join(stringForm(op.getRightHandOperand(), right));
      }
      return switch (op.getKind()) {
        case PLUS, MINUS, MUL, DIV, MOD, BITAND, BITOR, BITXOR, SL, SR, USR -> left.join(right);
        default -> Taint.NONE; // comparisons and logic: a boolean about data is not the data
      };
    }
    if (e instanceof CtUnaryOperator<?> op) {
      Taint t = expression(op.getOperand());
      if (op.getOperand() instanceof CtVariableAccess<?> v && !(v instanceof CtFieldAccess<?>) && v.getVariable() != null) {
        switch (op.getKind()) {
          case PREINC, PREDEC, POSTINC, POSTDEC -> env.constants.remove(key(v.getVariable())); // i++ changes i
          default -> { }
        }
      }
      return op.getKind() == spoon.reflect.code.UnaryOperatorKind.NOT ? Taint.NONE : t;
    }
    if (e instanceof CtConditional<?> c) {
      expression(c.getCondition());
      Boolean decided = decided(c.getCondition());
      if (decided != null) {
        return expression(decided ? c.getThenExpression() : c.getElseExpression());
      }
      Env before = env.copy();
      Taint then = expression(c.getThenExpression());
      Env afterThen = env;
      env = before;
      Taint otherwise = expression(c.getElseExpression());
      env = join(afterThen, env);
      return then.join(otherwise);
    }
    if (e instanceof CtArrayAccess<?, ?> access) {
      if (access.getIndexExpression() != null) {
        expression(access.getIndexExpression());
      }
      Object index = constant(access.getIndexExpression());
      Env.Obj array = index == null ? null : partsKnown(access.getTarget());
      if (array != null) { // a constant index of an array this method knows: what was written there
        return part(array, index);
      }
      return expression(access.getTarget());
    }
    if (e instanceof CtNewArray<?> array) {
      Taint t = Taint.NONE;
      List<Taint> elements = new ArrayList<>();
      for (CtExpression<?> element : array.getElements()) {
        Taint one = expression(element);
        elements.add(one);
        t = t.join(one);
      }
      arrayElements.put(array, elements);
      return t;
    }
    if (e instanceof CtLambda<?> lambda && !passedToCall(lambda)) {
      runsLater(lambda.getParameters(), lambda.getBody(), lambda.getExpression(), Taint.NONE); // Runnable r = () -> ...
      return Taint.NONE;
    }
    if (e instanceof CtLambda<?> || e instanceof CtExecutableReferenceExpression<?, ?>) {
      return Taint.NONE; // evaluated where it is passed
    }
    if (e instanceof spoon.reflect.code.CtSwitchExpression<?, ?> sw) {
      Taint selector = expression(sw.getSelector());
      Taint t = Taint.NONE;
      for (CtCase<?> c : sw.getCases()) {
        bindCasePatterns(c, sw.getSelector(), selector);
        for (CtStatement inner : c.getStatements()) {
          if (inner instanceof CtExpression<?> x) {
            t = t.join(expression(x));
          } else if (inner instanceof spoon.reflect.code.CtYieldStatement y) {
            t = t.join(expression(y.getExpression()));
          } else {
            statement(inner);
          }
        }
      }
      return t;
    }
    // casts and anything else: what the parts carry
    Taint t = Taint.NONE;
    for (CtElement child : e.getDirectChildren()) {
      if (child instanceof CtExpression<?> x && !(child instanceof CtTypeAccess<?>)) {
        t = t.join(expression(x));
      }
    }
    return t;
  }

  private void assign(CtExpression<?> target, Taint value, CtElement at) {
    if (target instanceof CtFieldWrite<?> field) {
      if (field.getTarget() != null && !(field.getTarget() instanceof CtThisAccess<?>)
          && !(field.getTarget() instanceof CtTypeAccess<?>)) {
        expression(field.getTarget());
      }
      fieldWrite(field.getVariable(), value, at);
      if (at instanceof CtAssignment<?, ?> a) {
        writeInto(field.getTarget(), field.getVariable().getDeclaringType(), field.getVariable().getSimpleName(),
            a.getAssignment(), value);
        share(a.getAssignment());
      }
      CtFieldReference<?> ref = field.getVariable();
      if (ref.getDeclaringType() != null && !ref.isStatic()) {
        writeFieldPart(field.getTarget(), new FieldKey(ref.getDeclaringType().getQualifiedName(), ref.getSimpleName()),
            stepped(value, at, "stored in " + ref.getDeclaringType().getSimpleName() + "." + ref.getSimpleName()));
      }
    } else if (target instanceof CtVariableWrite<?> write) {
      env.put(key(write.getVariable()), stepped(value, at, "assigned to " + write.getVariable().getSimpleName()));
      env.unbind(key(write.getVariable())); // an assignment binds again; i += 2 holds no known constant
    } else if (target instanceof CtArrayAccess<?, ?> access) {
      // an element of an array taints the array: join, never replace; a constant index of an array
      // this method knows holds the value, and only it
      CtExpression<?> root = access.getTarget();
      Object index = constant(access.getIndexExpression());
      while (root instanceof CtArrayAccess<?, ?> outer) { // a[i][j] = v: the inner array is a part of a
        root = outer.getTarget();
        index = null;
      }
      if (at instanceof CtAssignment<?, ?> a) {
        share(a.getAssignment());
      }
      if (root instanceof CtVariableAccess<?> array && !(root instanceof CtFieldAccess<?>)) {
        Object k = key(array.getVariable());
        Taint stored = stepped(value, at, "stored in " + array.getVariable().getSimpleName());
        Env.Obj o = k instanceof String ? null : heldBy(k);
        env.put(k, env.getOrDefault(k, Taint.NONE).join(stored));
        addedTo(k, stored);
        if (o != null) {
          writePart(o, index, stored);
        }
      } else if (root instanceof CtFieldAccess<?> fieldArray) {
        fieldWrite(fieldArray.getVariable(), value, at);
      }
    }
  }

  /** Binds the variables of a case's patterns ({@code case Contact(var phone, var name) ->}) to the selector taken apart. */
  private void bindCasePatterns(CtCase<?> c, CtExpression<?> selector, Taint taint) {
    for (CtExpression<?> label : c.getCaseExpressions()) {
      if (label instanceof spoon.reflect.code.CtCasePattern casePattern && casePattern.getPattern() != null) {
        bindPattern(casePattern.getPattern(), selector, taint);
      } else if (label instanceof CtPattern pattern) {
        bindPattern(pattern, selector, taint);
      }
    }
  }

  /**
   * Binds a pattern's variables to the value it tests: a type pattern's variable ({@code o instanceof
   * Contact c}) holds the value; a record pattern's components ({@code Contact(var phone, var name)})
   * hold what reading each component of the value gives, its declared data or what was stored in
   * it, and nested patterns take those apart in turn.
   */
  private void bindPattern(CtPattern pattern, CtExpression<?> tested, Taint taint) {
    if (pattern instanceof CtTypePattern type && type.getVariable() != null) {
      CtLocalVariable<?> variable = type.getVariable();
      env.put(variable, stepped(taint, variable, "assigned to " + variable.getSimpleName()));
      return;
    }
    if (!(pattern instanceof CtRecordPattern record) || record.getRecordType() == null) {
      return;
    }
    CtType<?> recordType = record.getRecordType().getTypeDeclaration();
    List<CtPattern> parts = record.getPatternList();
    if (!(recordType instanceof CtRecord declared)) {
      for (CtPattern part : parts) {
        bindPattern(part, null, taint); // a library record: each part carries what the whole does
      }
      return;
    }
    List<CtRecordComponent> components = new ArrayList<>(declared.getRecordComponents());
    for (int i = 0; i < parts.size() && i < components.size(); i++) {
      Taint component = fieldValue(declared.getQualifiedName(), components.get(i).getSimpleName(), parts.get(i), tested);
      bindPattern(parts.get(i), null, component);
    }
  }

  private Taint fieldRead(CtFieldRead<?> read) {
    CtFieldReference<?> field = read.getVariable();
    if (field.getSimpleName().equals("length") && read.getTarget() != null && read.getTarget().getType() != null
        && read.getTarget().getType().isArray()) {
      return Taint.NONE;
    }
    String owner = field.getDeclaringType() == null ? null : field.getDeclaringType().getQualifiedName();
    if (owner == null) {
      return read.getTarget() == null ? Taint.NONE : expression(read.getTarget());
    }
    return fieldValue(owner, field.getSimpleName(), read, read.getTarget());
  }

  /** The value of field {@code name} of {@code owner}: its declared sources, or what was stored in it. */
  private Taint fieldValue(String owner, String name, CtElement at, CtExpression<?> target) {
    List<Source> sources = knowledge.fieldSources(owner, name);
    if (!sources.isEmpty()) {
      FieldKey key = new FieldKey(owner, name);
      engine.readsField(key, method);
      Taint read = sourceTaint(sources, at, "read ");
      return engine.storedEncrypted(key) ? read.encrypted() : read;
    }
    CtType<?> ownerType = knowledge.index().type(owner);
    if (ownerType == null || ownerType.isShadow()) {
      // a field of a library object: it carries what the object carries
      return target == null ? Taint.NONE : expression(target);
    }
    FieldKey key = new FieldKey(owner, name);
    engine.readsField(key, method);
    Taint part = fieldPart(target, key);
    return stepped(part != null ? part : engine.fieldTaint(key), at, "read " + ownerType.getSimpleName() + "." + name);
  }

  private void fieldWrite(CtFieldReference<?> field, Taint value, CtElement at) {
    if (field.getDeclaringType() == null || value.isEmpty()) {
      return;
    }
    FieldKey key = new FieldKey(field.getDeclaringType().getQualifiedName(), field.getSimpleName());
    storeField(key, stepped(value, at, "stored in " + field.getDeclaringType().getSimpleName() + "." + field.getSimpleName()));
  }

  /**
   * Data stored in a field: an undeclared field carries it from now on; for a declared field,
   * which is a source whatever is written to it, the engine notes whether it is stored encrypted.
   * What comes from parameters waits in the summary for the callers.
   */
  private void storeField(FieldKey key, Taint stored) {
    if (stored.isEmpty()) {
      return;
    }
    engine.noteWrite(key, stored.origins());
    engine.addFieldTaint(key, stored.concrete());
    if (stored.hasParameters()) {
      summary.addFieldWrite(key, stored);
    }
  }

  /**
   * True when storing what the callee's {@code write} becomes at this call would add nothing to
   * the field's taint nor to this method's summary, so that only the write itself is noted: what a
   * call of many targets (each with the same writes) and a loop's second run mostly come to. Worked
   * out without making the taint, which was most of the cost of applying summaries.
   */
  private boolean storedAlready(FieldKey key, Taint write, java.util.function.Function<Integer, Taint> actual,
      PathStep callStep) {
    Taint inField = engine.fieldTaint(key);
    Taint inSummary = summary.fieldWrites.get(key);
    List<Taint.Origin> origins = new ArrayList<>();
    boolean[] fromParameters = {false};
    boolean[] sourcesInSummary = {true};
    boolean known = write.forEachInstantiated(actual, callStep, scratch, (origin, steps, length) -> {
      origins.add(origin);
      if (origin instanceof Taint.FromParameter) {
        fromParameters[0] = true;
        return inSummary != null && inSummary.covers(origin, steps, length);
      }
      sourcesInSummary[0] &= inSummary != null && inSummary.covers(origin, steps, length);
      return inField.covers(origin, steps, length);
    });
    if (!known || fromParameters[0] && !sourcesInSummary[0]) {
      return false;
    }
    if (!origins.isEmpty()) {
      engine.noteWrite(key, origins);
    }
    return true;
  }

  /** Where {@link #storedAlready} writes the paths it compares: one array for the whole analysis. */
  private final PathStep[][] scratch = new PathStep[1][];

  /**
   * Notes that this method reads a declared field's data, and answers whether that field is only
   * ever written encrypted; false for data that is no field.
   */
  private boolean readDeclared(Source s) {
    if (s.declaration().target().kind() != dev.datawarden.analyzer.fact.TargetKind.FIELD) {
      return false;
    }
    FieldKey key = FieldKey.of(s.declaration().target());
    engine.readsField(key, method);
    return engine.storedEncrypted(key);
  }

  private Taint sourceTaint(List<Source> sources, CtElement at, String verb) {
    Taint t = Taint.NONE;
    for (Source s : sources) {
      boolean encrypted = readDeclared(s);
      t = t.join(Taint.of(new Taint.FromSource(s, encrypted), List.of(step(at, verb + s.name() + " " + category(s)))));
    }
    return t;
  }

  // ---- calls -------------------------------------------------------------------------------------

  private Taint call(CtAbstractInvocation<?> call) {
    CtExpression<?> receiver = call instanceof CtInvocation<?> inv ? inv.getTarget() : null;
    Taint receiverTaint = receiver == null || receiver instanceof CtTypeAccess<?> ? Taint.NONE : expression(receiver);
    List<CtExpression<?>> arguments = call.getArguments();
    List<Taint> args = new ArrayList<>();
    for (CtExpression<?> a : arguments) {
      args.add(expression(a));
    }
    CtExecutable<?> declaration = engine.callGraph().declaration(call);
    List<CtExecutable<?>> targets = dispatched(receiver, engine.callGraph().targets(call));
    Env.Obj own = targets.size() == 1 && receiver != null ? freshPartsKnown(receiver) : null;
    FieldKey gets = own == null ? null : getterField(targets.get(0));
    FieldKey sets = own == null ? null : setterField(targets.get(0));

    FlowEngine.CallFacts facts = engine.callFacts(call);
    Sink sink = facts.sink();
    if (sink == null && targets.isEmpty() && !Knowledge.inModel(declaration)) {
      sink = streamWrittenBy(call, receiver); // os.write(bytes), new OutputStreamWriter(os), mapper.writeValue(os, x)
    }
    if (sink != null && returnsStream(call)) {
      opened.put(call, sink); // conn.getOutputStream(), new FileWriter(f), and wrappers around them
    }
    if (sink != null && !(transferMethod && sink.isRequest())) {
      Taint reaching = Taint.NONE;
      Set<String> stored = sink.kind() == Sink.Kind.STORAGE ? knowledge.storedProperties(call, declaration) : null;
      for (int i = 0; i < arguments.size(); i++) {
        reaching = reaching.join(sinkArgument(sink, arguments.get(i), args.get(i), stored));
      }
      if (sink.kind() == Sink.Kind.LOG && receiver != null && !(receiver instanceof CtTypeAccess<?>)
          && !isLogger(receiver)) {
        reaching = reaching.join(stringForm(receiver, receiverTaint)); // a builder-style log call
      }
      if (sink.kind().isTransfer() && arguments.isEmpty() && receiver != null && !(receiver instanceof CtTypeAccess<?>)) {
        // given nothing, a sending call sends its receiver: request.execute(), url.openStream()
        reaching = reaching.join(sinkArgument(sink, receiver, receiverTaint, null));
      }
      engine.sinkHit(method, summary, sink, call, stepped(reaching, call, "reaches " + sink.name()), List.of(method));
    }

    noteEscapes(call, receiver, sink != null, targets);
    if (call instanceof CtConstructorCall<?> cc) {
      noteConstruction(cc, targets, args);
    }
    if (call instanceof CtNewClass<?> created && created.getAnonymousClass() != null && !passedToCall(created)) {
      runsLater(created.getAnonymousClass(), Taint.NONE); // TimerTask t = new TimerTask() { ... }, return new Runnable() { ... }
    }

    if (facts.anonymizes()) {
      lambdas(call, receiverTaint, args);
      return knowledge.restorers() ? given(receiverTaint, args).anonymised() : Taint.NONE;
    }
    boolean encrypts = facts.encrypts();

    Taint result;
    List<Source> sources = facts.sources();
    boolean transferCall = sink != null && (sink.kind() == Sink.Kind.THIRD_PARTY || sink.kind() == Sink.Kind.CROSS_BORDER);
    if (!targets.isEmpty()) {
      result = Taint.NONE;
      for (CtExecutable<?> target : targets) {
        result = result.join(applySummary(call, target, receiverTaint, args, transferCall || transferMethod));
      }
      lambdas(call, receiverTaint, args);
      if (sets != null) { // a setter of an object allocated here: the field holds the argument, and only it
        writeFieldPart(receiver, sets, stepped(args.get(0), call, "stored in " + simpleName(sets) + "." + sets.name()));
      }
      Taint part = gets == null || !knowledge.fieldSources(gets.typeName(), gets.name()).isEmpty() ? null : fieldPart(receiver, gets);
      if (part != null) { // a getter of an object allocated here: what this method put into that field
        result = stepped(part, call, "read " + simpleName(gets) + "." + gets.name());
      }
    } else if (Knowledge.inModel(declaration)) {
      result = Taint.NONE; // an abstract method without implementation in the analysed code
      lambdas(call, receiverTaint, args);
    } else if (sink != null) {
      lambdas(call, receiverTaint, args);
      result = Taint.NONE; // what a log, a database or a server answers is not what it was given
    } else {
      result = libraryCall(call, receiver, receiverTaint, args);
    }
    if (!sources.isEmpty()) {
      result = result.join(sourceTaint(sources, call, "returned by "));
    }
    if (encrypts) {
      result = result.encrypted();
    }
    if (facts.restores()) { // the original of what it is given
      result = result.join(given(receiverTaint, args)).restored();
    }
    Env.Obj path = call.getArguments().isEmpty() ? knownObject((CtExpression<?>) call) : null;
    Taint contents = path == null ? null : env.get(new Env.Contents(path));
    if (contents != null && !result.origins().containsAll(contents.origins())) {
      result = result.join(contents); // req.getSession() holds what was set on it in this method
    }
    return result;
  }

  /** Everything a call is given: its receiver and its arguments. */
  private static Taint given(Taint receiver, List<Taint> args) {
    Taint t = receiver;
    for (Taint a : args) {
      t = t.join(a);
    }
    return t;
  }

  private static String simpleName(FieldKey field) {
    String type = field.typeName();
    return type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1);
  }

  /**
   * What an argument brings to a sink: its taint, and the data its type carries. A storage call
   * whose statement names what it writes ({@code stored}, null when it names nothing) stores those
   * fields of the object only.
   */
  private Taint sinkArgument(Sink sink, CtExpression<?> argument, Taint taint, Set<String> stored) {
    if (sink.kind() == Sink.Kind.LOG) {
      return stringForm(argument, taint);
    }
    Taint contents = stored == null ? freshContents(argument) : freshContents(argument, stored);
    if (contents != null) {
      return taint.join(contents); // a fresh object carries what was put into it, not its type's every field
    }
    CtTypeReference<?> type = knowledge.staticType(argument);
    Env.Obj filled = filledObject(argument);
    if (filled != null) {
      // allocated here and handed to analysed code: what was put into it, and the fields that code may write
      Taint here = stored == null ? env.getOrDefault(new Env.Contents(filled), Taint.NONE) : written(filled, stored);
      return taint.join(here).join(carried(argument, knowledge.carriedBy(type, stored, engine.values().writtenInCodeFilter,
          sink.kind() == Sink.Kind.STORAGE)));
    }
    // loaded or received: the fields something fills
    return taint.join(carried(argument, knowledge.carriedBy(type, stored, engine.values().writtenAnywhereFilter,
        sink.kind() == Sink.Kind.STORAGE)));
  }

  private Taint carried(CtExpression<?> argument, List<Source> sources) {
    Taint t = Taint.NONE;
    CtTypeReference<?> type = knowledge.staticType(argument);
    String typeName = type == null ? "object" : type.getSimpleName();
    for (Source s : sources) {
      boolean encrypted = readDeclared(s);
      t = t.join(Taint.of(new Taint.FromSource(s, encrypted),
          List.of(engine.step(s.location(), s.name() + " " + category(s) + " declared"),
              step(argument, typeName + " " + argumentLabel(argument) + " carries " + s.name()))));
    }
    return t;
  }

  /** An expression converted to a string: its taint plus what its type's {@code toString} prints. */
  private Taint stringForm(CtExpression<?> e, Taint taint) {
    CtTypeReference<?> type = knowledge.staticType(e);
    if (type == null || type.isPrimitive() || Elements.mayBeString(type)) {
      return taint;
    }
    Taint contents = freshContents(e);
    if (contents != null) {
      return taint.join(contents);
    }
    return taint.join(carried(e, engine.printedBy(type, method)));
  }

  /**
   * Applies a callee's summary at a call. Inside a transfer, or when the call is itself a transfer,
   * the network and broker calls the callee makes are that transfer and not reported again.
   */
  private Taint applySummary(CtAbstractInvocation<?> call, CtExecutable<?> target, Taint receiver, List<Taint> args,
      boolean withinTransfer) {
    java.util.function.Function<Integer, Taint> actual = i -> {
      if (i < 0) {
        return receiver;
      }
      if (i < args.size()) {
        return args.get(i);
      }
      return args.isEmpty() ? Taint.NONE : args.get(args.size() - 1); // varargs
    };
    long given = receiver.isVoid() ? 0 : Summary.parameterBit(-1);
    for (int i = 0; i < target.getParameters().size(); i++) {
      if (!actual.apply(i).isVoid()) {
        given |= Summary.parameterBit(i);
      }
    }
    Summary callee = engine.summary(target, method, given);
    if (callee.size() == 0) {
      return Taint.NONE;
    }
    if (given == 0) {
      // given nothing, a callee hands out only its own data: what it stores in fields and sinks
      // its own data reaches are its own flows, already known; its result and exceptions remain
      if (!callee.givesData()) {
        return Taint.NONE;
      }
      Taint thrown = callee.thrown.concrete();
      if (!thrown.isEmpty()) {
        throwTaint(thrown);
      }
      intoArguments(call, callee, i -> Taint.NONE, engine.callStep(call, target, true));
      Taint returned = callee.returns.concrete();
      return returned.isVoid() ? Taint.NONE : stepped(returned, engine.callStep(call, target, false));
    }
    PathStep callStep = engine.callStep(call, target, true);
    boolean setter = call instanceof CtInvocation<?> && isSetter(target) && call.getArguments().size() == 1;
    for (Map.Entry<FieldKey, Taint> write : callee.fieldWrites.entrySet()) {
      if (!setter && !write.getValue().takesAnyOf(actual)) {
        continue; // only the callee's own data, which its own analysis stored already (as when given nothing)
      }
      if (!setter && storedAlready(write.getKey(), write.getValue(), actual, callStep)) {
        continue;
      }
      Taint stored = write.getValue().instantiate(actual, callStep);
      storeField(write.getKey(), stored);
      if (setter && call instanceof CtInvocation<?> invocation) {
        // a hand-written setter of a fresh object
        writeInto(invocation.getTarget(), write.getKey(), call.getArguments().get(0), stored);
      }
    }
    for (Summary.PendingSink pending : callee.pendingSinks()) {
      if (withinTransfer && pending.sink().isRequest()) {
        continue;
      }
      Taint reaching = pending.taint().instantiate(actual, callStep);
      List<CtExecutable<?>> chain = new ArrayList<>();
      chain.add(method);
      chain.addAll(pending.chain());
      engine.sinkHit(method, summary, pending.sink(), pending.call(), reaching, chain, pending.location());
    }
    Taint thrown = callee.thrown.instantiate(actual, callStep);
    if (!thrown.isEmpty()) {
      throwTaint(thrown);
    }
    intoArguments(call, callee, actual, callStep);
    Taint returned = callee.returns.instantiate(actual, callStep);
    return returned.isVoid() ? Taint.NONE : stepped(returned, engine.callStep(call, target, false));
  }

  /** What a callee writes into the objects passed to it: the caller's arrays, collections and builders hold it now. */
  private void intoArguments(CtAbstractInvocation<?> call, Summary callee, java.util.function.Function<Integer, Taint> actual,
      PathStep callStep) {
    for (Map.Entry<Integer, Taint> write : callee.parameterWrites.entrySet()) {
      int i = write.getKey();
      if (i >= call.getArguments().size()) {
        continue;
      }
      Taint stored = write.getValue().instantiate(actual, callStep);
      CtExpression<?> a = call.getArguments().get(i);
      if (stored.isEmpty()) {
        continue;
      }
      if (a instanceof CtVariableRead<?> read && !(a instanceof CtFieldRead<?>) && read.getVariable() != null) {
        Object k = key(read.getVariable());
        Taint into = stepped(stored, call, "added to " + read.getVariable().getSimpleName());
        env.put(k, env.getOrDefault(k, Taint.NONE).join(into));
        addedTo(k, into);
        Env.Obj o = env.points.get(k);
        if (o != null) {
          writePart(o, null, into);
        }
      } else if (a instanceof CtFieldRead<?> field) {
        fieldWrite(field.getVariable(), stored, call);
      }
    }
  }

  /** Calls that put a value at a key of their receiver: maps, properties, session, request and model attributes. */
  private static final java.util.Set<String> KEYED_WRITES = java.util.Set.of("put", "putIfAbsent", "setAttribute",
      "addAttribute", "setProperty");
  /** Calls that answer the value at a key of their receiver (and a default for some). */
  private static final java.util.Set<String> KEYED_READS = java.util.Set.of("get", "getOrDefault", "getAttribute",
      "getProperty");

  /** The object a library call's receiver is, when a local or a getter path on a local holds it. */
  private Env.Obj keyedObject(CtExpression<?> receiver, Taint receiverTaint) {
    if (receiver instanceof CtVariableRead<?> read && !(receiver instanceof CtFieldRead<?>) && read.getVariable() != null) {
      Object k = key(read.getVariable());
      return k instanceof String ? null : heldBy(k);
    }
    return receiver == null ? null : pathObject(receiver, receiverTaint);
  }

  /**
   * Reflection with constant names to analysed code: {@code Class.forName("a.B").getMethod("m",
   * ..).invoke(o, x)} applies {@code B.m}'s summary; {@code B.class.getField("f").get(o)} reads the
   * field. Null when the call is no such use of reflection.
   */
  private Taint reflectiveCall(CtInvocation<?> call, CtExpression<?> receiver, List<Taint> args) {
    String name = call.getExecutable().getSimpleName();
    if (!name.equals("invoke") && !name.equals("get") && !name.equals("set")) {
      return null;
    }
    Object target = reflected(receiver, 0);
    if (target instanceof CtMethod<?> m && name.equals("invoke") && !args.isEmpty()) {
      Taint result = applySummary(call, m, m.isStatic() ? Taint.NONE : args.get(0), args.subList(1, args.size()), transferMethod);
      List<Source> sources = knowledge.methodSources(m.getReference(), m);
      return sources.isEmpty() ? result : result.join(sourceTaint(sources, call, "returned by "));
    }
    if (target instanceof CtField<?> f && name.equals("get") && args.size() == 1) {
      return fieldValue(f.getDeclaringType().getQualifiedName(), f.getSimpleName(), call, null);
    }
    if (target instanceof CtField<?> f && name.equals("set") && args.size() == 2) {
      fieldWrite(f.getReference(), args.get(1), call);
      return Taint.NONE;
    }
    return null;
  }

  /** The analysed type, method or field an expression names by reflection with constant names; null otherwise. */
  private CtElement reflected(CtExpression<?> e, int depth) {
    if (e == null || depth > 4) {
      return null;
    }
    if (e instanceof CtFieldRead<?> read && read.getVariable() != null && read.getVariable().getSimpleName().equals("class")
        && read.getTarget() instanceof CtTypeAccess<?> type) {
      return analysedType(type.getAccessedType());
    }
    if (e instanceof CtVariableRead<?> read && !(e instanceof CtFieldRead<?>) && read.getVariable() != null) {
      return env.constants.get(key(read.getVariable())) instanceof CtElement known ? known : null;
    }
    if (!(e instanceof CtInvocation<?> call) || call.getArguments().isEmpty()
        || !(constant(call.getArguments().get(0)) instanceof String member)) {
      return null;
    }
    String name = call.getExecutable().getSimpleName();
    if (name.equals("forName")) {
      CtType<?> type = knowledge.index().type(member);
      return type == null || type.isShadow() ? null : type;
    }
    if (!(reflected(call.getTarget(), depth + 1) instanceof CtType<?> owner)) {
      return null;
    }
    if (name.equals("getMethod") || name.equals("getDeclaredMethod")) {
      int parameters = call.getArguments().size() - 1;
      List<CtMethod<?>> named = owner.getAllMethods().stream()
          .filter(m -> m.getSimpleName().equals(member) && m.getParameters().size() == parameters && m.getBody() != null).toList();
      return named.size() == 1 ? named.get(0) : null;
    }
    if (name.equals("getField") || name.equals("getDeclaredField")) {
      return owner.getField(member);
    }
    return null;
  }

  /** A call into code that is not analysed: a library, or an accessor that Lombok generates. */
  private Taint libraryCall(CtAbstractInvocation<?> call, CtExpression<?> receiver, Taint receiverTaint, List<Taint> args) {
    String name = call.getExecutable().getSimpleName();
    List<CtExpression<?>> arguments = call.getArguments();
    // accessors and constructors generated for analysed types (Lombok, records)
    if (receiver != null && call instanceof CtInvocation<?> invocation) {
      CtField<?> read = engine.values().generatedRead(invocation);
      if (read != null) {
        return fieldValue(read.getDeclaringType().getQualifiedName(), read.getSimpleName(), call, receiver);
      }
      CtField<?> written = engine.values().generatedSetter(invocation);
      if (written != null) {
        fieldWrite(written.getReference(), args.get(0), call);
        writeInto(receiver, written.getDeclaringType().getReference(), written.getSimpleName(), arguments.get(0), args.get(0));
        if (!written.isStatic()) {
          writeFieldPart(receiver, new FieldKey(written.getDeclaringType().getQualifiedName(), written.getSimpleName()),
              stepped(args.get(0), call, "stored in " + written.getDeclaringType().getSimpleName() + "." + written.getSimpleName()));
        }
        return receiverTaint;
      }
      Taint reflected = reflectiveCall(invocation, receiver, args);
      if (reflected != null) {
        return reflected;
      }
    }
    if (call instanceof CtConstructorCall<?> cc && analysedType(cc.getType()) != null) {
      List<CtField<?>> fields = engine.values().generatedConstructorFields(cc);
      if (fields != null) { // an all-arguments constructor Lombok or a record generates
        for (int i = 0; i < fields.size(); i++) {
          fieldWrite(fields.get(i).getReference(), args.get(i), call);
        }
      }
      return Taint.NONE;
    }
    LibraryModels library = knowledge.frameworks().libraryCalls();
    Supplier<List<String>> receiverTypes = () -> knowledge.receiverTypes(call);
    boolean toString = library.convertsToString(call);
    boolean serializes = library.serializes(call, receiverTypes);
    Taint given = Taint.NONE;
    for (int i = 0; i < arguments.size(); i++) {
      CtExpression<?> a = arguments.get(i);
      if (a instanceof CtLambda<?> || a instanceof CtExecutableReferenceExpression<?, ?> || anonymousClass(a) != null) {
        continue;
      }
      Taint t = args.get(i);
      Taint contents = freshContents(a);
      if (serializes && contents != null) {
        t = t.join(contents);
      } else if (serializes) {
        t = t.join(carried(a, knowledge.carriedBy(knowledge.staticType(a))));
      } else if (toString) {
        t = stringForm(a, t);
      }
      given = given.join(t);
    }
    Taint fromReceiver = toString && receiver != null && !isStringBuilder(receiver) ? stringForm(receiver, receiverTaint) : receiverTaint;
    Taint functional = lambdas(call, receiverTaint.join(given), args);
    Env.Obj keyed = keyedObject(receiver, receiverTaint);
    if (keyed != null && arguments.size() == 2 && KEYED_WRITES.contains(name)) {
      // map.put("a", v), session.setAttribute("a", v): key "a" holds v, and only v
      Object key = name.equals("putIfAbsent") ? null : constant(arguments.get(0));
      writePart(keyed, key, stepped(args.get(1), call, "added to " + argumentLabel(receiver)));
    } else if (keyed != null && library.mutatesReceiver(call, receiverTypes) && !given.isEmpty()) {
      writePart(keyed, null, stepped(given, call, "added to " + argumentLabel(receiver)));
    }
    if (library.mutatesReceiver(call, receiverTypes) && receiver instanceof CtVariableAccess<?> variable && !given.isEmpty()) {
      if (variable instanceof CtFieldAccess<?> field) {
        fieldWrite(field.getVariable(), given, call);
      } else {
        Object k = key(variable.getVariable());
        Taint added = stepped(given, call, "added to " + variable.getVariable().getSimpleName());
        env.put(k, env.getOrDefault(k, Taint.NONE).join(added));
        addedTo(k, added);
      }
    }
    if (keyed != null && KEYED_READS.contains(name) && (arguments.size() == 1 || arguments.size() == 2 && !name.equals("get"))
        && partsKnown(receiver) == keyed) {
      Object key = constant(arguments.get(0));
      if (key != null) { // map.get("a"): what was put at "a", else what the map held before this method
        Taint t = part(keyed, key);
        return arguments.size() == 2 ? t.join(args.get(1)) : t;
      }
    }
    if (library.returnsNothingPersonal(call, receiverTypes)) {
      return Taint.NONE; // list.add(x) answers true; the list holds x now
    }
    if (library.transforms(call, receiverTypes) && hasFunctionalArgument(arguments)) {
      return functional; // map(f): the elements are replaced by what f returns
    }
    return fromReceiver.join(given).join(functional);
  }

  /**
   * Code created here and run later, by whoever it is handed to (an executor, a timer, a
   * scheduler, a listener, a library calling it back): a method of an anonymous class, or a lambda.
   * It runs here, over what this method knows, so that the locals it captures flow into its body;
   * its parameters hold {@code bound}. Returns what it returns. An anonymous class's methods are
   * also analysed on their own, for the data they read themselves.
   */
  private Taint runsLater(List<? extends CtParameter<?>> parameters, CtStatement body, CtExpression<?> expression,
      Taint bound) {
    Env saved = env.copy();
    for (CtParameter<?> p : parameters) {
      env.put(p, bound.isEmpty() ? Taint.NONE : stepped(bound, p, "lambda parameter " + p.getSimpleName()));
      env.unbind(p);
    }
    Taint[] result = {Taint.NONE};
    returnsTo.push(result);
    if (expression != null) {
      result[0] = result[0].join(expression(expression));
    } else if (body != null) {
      statement(body);
    }
    returnsTo.pop();
    env = join(saved, env);
    env.keySet().removeAll(parameters);
    return result[0];
  }

  /** The methods of an anonymous class created here, run here with their parameters holding {@code bound}. */
  private Taint runsLater(CtClass<?> anonymous, Taint bound) {
    Taint produced = Taint.NONE;
    for (CtMethod<?> m : anonymous.getMethods()) {
      if (m.getBody() != null && !m.isStatic()) {
        produced = produced.join(runsLater(m.getParameters(), m.getBody(), null, bound));
      }
    }
    return produced;
  }

  /** The anonymous class {@code e} creates; null when it creates none. */
  private static CtClass<?> anonymousClass(CtExpression<?> e) {
    return e instanceof CtNewClass<?> created ? created.getAnonymousClass() : null;
  }

  /** True when {@code e} is an argument of a call, which runs it (lambdas) with what the call works on. */
  private static boolean passedToCall(CtExpression<?> e) {
    return e.getParent() instanceof CtAbstractInvocation<?> call && call.getArguments().contains(e);
  }

  /**
   * Runs the lambdas and method references passed to a call with their parameters bound to what
   * the call works on, and returns what they produce.
   */
  private Taint lambdas(CtAbstractInvocation<?> call, Taint elements, List<Taint> args) {
    Taint produced = Taint.NONE;
    for (CtExpression<?> a : call.getArguments()) {
      if (a instanceof CtLambda<?> lambda) {
        produced = produced.join(runsLater(lambda.getParameters(), lambda.getBody(), lambda.getExpression(), elements));
      } else if (anonymousClass(a) != null) {
        produced = produced.join(runsLater(anonymousClass(a), elements)); // new Consumer<User>() { accept(u) }
      } else if (a instanceof CtExecutableReferenceExpression<?, ?> reference) {
        produced = produced.join(methodReference(reference, elements));
      }
    }
    return produced;
  }

  /** A method reference applied to each element: a sink, an accessor, or an analysed method. */
  private Taint methodReference(CtExecutableReferenceExpression<?, ?> reference, Taint elements) {
    CtExecutableReference<?> ref = reference.getExecutable();
    if (ref == null) {
      return elements;
    }
    CtExecutable<?> declaration = engine.callGraph().declarationOf(ref);
    CtTypeReference<?> receiverType = reference.getTarget() == null ? null : knowledge.staticType(reference.getTarget());
    List<String> types = knowledge.receiverTypes(ref, receiverType);
    boolean constructor = ref.isConstructor();
    Sink sink = knowledge.sinkOf(ref, types, constructor, declaration).orElse(null);
    if (sink != null) {
      engine.sinkHit(method, summary, sink, reference, stepped(elements, reference, "reaches " + sink.name()),
          List.of(method));
      return Taint.NONE;
    }
    if (knowledge.has(ref, types, constructor, declaration, Role.ANONYMIZES)) {
      return knowledge.restorers() ? elements.anonymised() : Taint.NONE;
    }
    Taint result;
    if (Knowledge.inModel(declaration)) {
      result = Taint.NONE;
      Summary callee = engine.summary(declaration, method, elements.isEmpty() ? 0 : Summary.EVERY_PARAMETER);
      result = callee.returns.instantiate(i -> elements, engine.callStep(reference, declaration, true));
    } else {
      CtType<?> owner = analysedType(ref.getDeclaringType());
      String property = JavaBeans.getterProperty(ref.getSimpleName(), 0);
      if (owner != null && property != null && owner.getField(property) != null) {
        result = fieldValue(owner.getQualifiedName(), property, reference, null);
      } else {
        result = elements;
      }
    }
    List<Source> sources = knowledge.methodSources(ref, declaration);
    if (!sources.isEmpty()) {
      result = result.join(sourceTaint(sources, reference, "returned by "));
    }
    result = knowledge.has(ref, types, constructor, declaration, Role.ENCRYPTS) ? result.encrypted() : result;
    return knowledge.restorers() && knowledge.has(ref, types, constructor, declaration, Role.RESTORES)
        ? result.join(elements).restored() : result;
  }

  // ---- constants and conditions ------------------------------------------------------------------

  /** How many statements after a test the same test is looked for: keeps the look-ahead cheap in long methods. */
  private static final int RETEST_WINDOW = 8;

  /** True while statements are run once per outcome of a condition tested again later ({@link #bothWays}). */
  private boolean splitting;

  /**
   * The value of an expression the method can tell without running it: a literal, a {@code static
   * final} constant, a local holding a constant on every path, and operators over those; integral
   * numbers as {@code Long}, others as {@code Double}, {@code Boolean} or {@code String}. Null
   * when it cannot tell.
   */
  private Object constant(CtExpression<?> e) {
    return constant(e, 0);
  }

  private Object constant(CtExpression<?> e, int depth) {
    if (e == null || depth > 8 || !e.getTypeCasts().isEmpty()) {
      return null;
    }
    if (e instanceof CtLiteral<?> literal) {
      return normalised(literal.getValue());
    }
    if (e instanceof CtFieldRead<?> read) {
      if (read.getVariable() == null) {
        return null;
      }
      int below = depth + 1;
      return engine.staticConstant(read.getVariable(), ref -> { // the same wherever it is read
        CtField<?> field = knowledge.index().fieldDeclaration((CtFieldReference<?>) ref);
        return field != null && field.isStatic() && field.isFinal() && field.getDefaultExpression() != null
            ? constant(field.getDefaultExpression(), below) : null;
      });
    }
    if (e instanceof CtVariableRead<?> read) {
      return read.getVariable() == null ? null : normalised(env.constants.get(key(read.getVariable())));
    }
    if (e instanceof CtUnaryOperator<?> op) {
      Object v = constant(op.getOperand(), depth + 1);
      return switch (op.getKind()) {
        case NOT -> v instanceof Boolean b ? !b : null;
        case NEG -> v instanceof Long l ? (Object) (-l) : v instanceof Double d ? (Object) (-d) : null;
        case POS -> v instanceof Number ? v : null;
        default -> null;
      };
    }
    if (e instanceof CtBinaryOperator<?> op) {
      Object left = constant(op.getLeftHandOperand(), depth + 1);
      if (op.getKind() == BinaryOperatorKind.AND && Boolean.FALSE.equals(left)
          || op.getKind() == BinaryOperatorKind.OR && Boolean.TRUE.equals(left)) {
        return left; // the right operand is never evaluated
      }
      Object right = constant(op.getRightHandOperand(), depth + 1);
      return left == null || right == null ? null : binary(op.getKind(), left, right);
    }
    return null;
  }

  private static Object normalised(Object v) {
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof Character c) {
      return (long) c;
    }
    if (v instanceof Float || v instanceof Double) {
      return ((Number) v).doubleValue();
    }
    return v instanceof Boolean || v instanceof String ? v : null;
  }

  private static Object binary(BinaryOperatorKind kind, Object left, Object right) {
    if (left instanceof Boolean a && right instanceof Boolean b) {
      return switch (kind) {
        case AND -> a && b;
        case OR -> a || b;
        case EQ -> a.equals(b);
        case NE -> !a.equals(b);
        default -> null;
      };
    }
    if (left instanceof Long a && right instanceof Long b) {
      return switch (kind) {
        case EQ -> a.longValue() == b.longValue();
        case NE -> a.longValue() != b.longValue();
        case LT -> a < b;
        case LE -> a <= b;
        case GT -> a > b;
        case GE -> a >= b;
        case PLUS -> a + b;
        case MINUS -> a - b;
        case MUL -> a * b;
        default -> null;
      };
    }
    if (left instanceof Number a && right instanceof Number b) {
      double x = a.doubleValue();
      double y = b.doubleValue();
      return switch (kind) {
        case EQ -> x == y;
        case NE -> x != y;
        case LT -> x < y;
        case LE -> x <= y;
        case GT -> x > y;
        case GE -> x >= y;
        default -> null;
      };
    }
    return null;
  }

  /** The outcome of a condition the method can tell ({@code if (false)}, {@code if (DEBUG)}); null when it cannot. */
  private Boolean decided(CtExpression<?> condition) {
    return constant(condition) instanceof Boolean b ? b : null;
  }

  /**
   * Inside a branch, what its condition says about locals: {@code if (granted)} holds {@code
   * granted} true in the then branch, false in the else branch; {@code if (x == 3)} holds {@code
   * x} 3 in the then branch.
   */
  private void assume(CtExpression<?> condition, boolean outcome) {
    if (!condition.getTypeCasts().isEmpty()) {
      return;
    }
    if (condition instanceof CtVariableRead<?> read && !(condition instanceof CtFieldRead<?>) && read.getVariable() != null
        && Elements.isBoolean(read.getType())) {
      env.constants.put(key(read.getVariable()), outcome);
    } else if (condition instanceof CtUnaryOperator<?> op && op.getKind() == spoon.reflect.code.UnaryOperatorKind.NOT) {
      assume(op.getOperand(), !outcome);
    } else if (condition instanceof CtBinaryOperator<?> op) {
      BinaryOperatorKind kind = op.getKind();
      if (kind == BinaryOperatorKind.AND && outcome || kind == BinaryOperatorKind.OR && !outcome) {
        assume(op.getLeftHandOperand(), outcome);
        assume(op.getRightHandOperand(), outcome);
      } else if (kind == BinaryOperatorKind.EQ && outcome || kind == BinaryOperatorKind.NE && !outcome) {
        Object value = constant(op.getRightHandOperand());
        if (value != null && !(value instanceof String) && op.getLeftHandOperand() instanceof CtVariableRead<?> read
            && !(read instanceof CtFieldRead<?>) && read.getVariable() != null && read.getTypeCasts().isEmpty()) {
          env.constants.put(key(read.getVariable()), value);
        }
      }
    }
  }

  /**
   * The last statement after {@code statements[i]}, an {@code if}, that is an {@code if} testing
   * the same locals again, none of them assigned in between; -1 when there is none. Between the
   * two, the method is run once per outcome of the first test, so the second is decided on each
   * path: {@code if (c) name = "x"; ... if (c) log(name);} logs only the constant.
   */
  private int retested(List<CtStatement> statements, int i) {
    if (!(statements.get(i) instanceof CtIf first)) {
      return -1;
    }
    int last = engine.retest(first, s -> retestedIn(statements, i));
    return last > i && decided(first.getCondition()) != null ? -1 : last;
  }

  /** {@link #retested} without the look at what the method knows at the first test: the same on every analysis. */
  private static int retestedIn(List<CtStatement> statements, int i) {
    CtIf first = (CtIf) statements.get(i);
    if (!testsLocalsOnly(first.getCondition())) {
      return -1;
    }
    java.util.Set<String> tested = namesRead(first.getCondition());
    int last = -1;
    for (int j = i; j < Math.min(statements.size(), i + 1 + RETEST_WINDOW); j++) {
      CtStatement s = statements.get(j);
      if (j > i && s instanceof CtIf again && testsLocalsOnly(again.getCondition())
          && namesRead(again.getCondition()).stream().anyMatch(tested::contains)) {
        last = j;
      }
      boolean assigns = assignedNames(s).stream().anyMatch(tested::contains);
      if (assigns) {
        return j > i && last > i ? last : -1;
      }
    }
    return last;
  }

  /**
   * The names a statement writes, or applies a unary operator to, found by one walk (what
   * {@link #retestedIn} works out is kept per element by {@link FlowEngine#retest}).
   */
  private static java.util.Set<String> assignedNames(CtStatement s) {
    java.util.Set<String> names = new java.util.HashSet<>();
    eachElement(s, e -> {
      if (e instanceof CtVariableWrite<?> w && w.getVariable() != null) {
        names.add(w.getVariable().getSimpleName());
      } else if (e instanceof CtUnaryOperator<?> u && u.getOperand() instanceof CtVariableAccess<?> v
          && v.getVariable() != null) {
        names.add(v.getVariable().getSimpleName());
      }
    });
    return names;
  }

  private static java.util.Set<String> namesRead(CtExpression<?> condition) {
    java.util.Set<String> names = new java.util.HashSet<>();
    eachElement(condition, e -> {
      if (e instanceof CtVariableRead<?> r && r.getVariable() != null) {
        names.add(r.getVariable().getSimpleName());
      }
    });
    return names;
  }

  private static boolean testsLocalsOnly(CtExpression<?> condition) {
    boolean[] seen = new boolean[3]; // a call, a field read, a variable read
    eachElement(condition, e -> {
      seen[0] |= e instanceof CtAbstractInvocation<?>;
      seen[1] |= e instanceof CtFieldRead<?>;
      seen[2] |= e instanceof CtVariableRead<?>;
    });
    return !seen[0] && !seen[1] && seen[2];
  }

  /**
   * Every element of {@code root}'s tree, itself included, in the order of Spoon's {@code
   * getElements}: one scanner, without the query machinery Spoon builds for each filter.
   */
  private static void eachElement(CtElement root, java.util.function.Consumer<CtElement> action) {
    new spoon.reflect.visitor.CtScanner() {
      @Override
      protected void enter(CtElement e) {
        action.accept(e);
      }
    }.scan(root);
  }

  /** Runs {@code statements[first..last]} once per outcome of the first statement's condition, then joins. */
  private void bothWays(List<CtStatement> statements, int first, int last) {
    CtIf test = (CtIf) statements.get(first);
    expression(test.getCondition());
    splitting = true;
    try {
      Env start = env.copy();
      assume(test.getCondition(), true);
      statement(test.getThenStatement());
      for (int k = first + 1; k <= last; k++) {
        statement(statements.get(k));
      }
      Env whenTrue = env;
      env = start;
      assume(test.getCondition(), false);
      statement(test.getElseStatement());
      for (int k = first + 1; k <= last; k++) {
        statement(statements.get(k));
      }
      env = join(whenTrue, env);
    } finally {
      splitting = false;
    }
  }

  // ---- parts of objects --------------------------------------------------------------------------

  /**
   * What a constant index or key of an object holds: what this method wrote there, else what the
   * object held when the method got it; with what was written where the method cannot tell.
   */
  private Taint part(Env.Obj o, Object index) {
    Taint t = env.get(new Env.Slot(o, index));
    return (t != null ? t : o.base).join(env.getOrDefault(new Env.Slot(o, Env.ANY), Taint.NONE));
  }

  /** {@code stored} is written at a constant index or key of an object (strongly), or at one the method cannot tell ({@code null}). */
  private void writePart(Env.Obj o, Object index, Taint stored) {
    if (index != null) {
      env.put(new Env.Slot(o, index), stored);
    } else if (!stored.isEmpty()) {
      env.merge(new Env.Slot(o, Env.ANY), stored, Taint::join);
    }
    if (!stored.isEmpty()) {
      env.merge(new Env.Contents(o), stored, Taint::join);
      env.merge(new Env.Written(o, null), stored, Taint::join);
    }
  }

  /** Data is written into what a local holds: when the local is a parameter, the callers' object gets it. */
  private void addedTo(Object local, Taint stored) {
    if (local instanceof CtParameter<?> p && !stored.isEmpty()) {
      List<CtParameter<?>> parameters = method.getParameters();
      for (int i = 0; i < parameters.size(); i++) {
        if (parameters.get(i) == p) {
          summary.addParameterWrite(i, stored);
        }
      }
    }
  }

  // ---- sink streams ------------------------------------------------------------------------------

  /*
   * A sink call that returns an output stream or a writer (HttpURLConnection.getOutputStream(),
   * new FileOutputStream(f), Files.newBufferedWriter(p): catalogued sinks) opens a sink stream:
   * what is written to it reaches that sink. A library call on a sink stream, or given one,
   * writes its arguments there, and returns the same sink stream when it returns a stream or a
   * writer: wrappers (new BufferedWriter(new OutputStreamWriter(os))) and chained appends.
   */

  /** The sink stream a call writes into: its receiver's, else that of an argument. */
  private Sink streamWrittenBy(CtAbstractInvocation<?> call, CtExpression<?> receiver) {
    Sink into = streamOf(receiver);
    for (int i = 0; into == null && i < call.getArguments().size(); i++) {
      into = streamOf(call.getArguments().get(i));
    }
    return into;
  }

  /** The sink stream an expression is: a local holding one, or a call returning one; null otherwise. */
  private Sink streamOf(CtExpression<?> e) {
    if (e instanceof CtFieldRead<?>) {
      return null;
    }
    if (e instanceof CtVariableRead<?> read) {
      return streams.get(key(read.getVariable()));
    }
    return e instanceof CtAbstractInvocation<?> ? opened.get(e) : null;
  }

  // ---- objects -----------------------------------------------------------------------------------

  /*
   * The objects a method's locals hold (Env.Obj): one per allocation evaluated here, and one for
   * what a local is given from elsewhere. Their parts (a field, a constant index or key) are
   * written strongly while the object stays with the method; once it is handed to other code or
   * stored where other code reaches it, what the method wrote is no longer all a part holds, and a
   * read falls back to the whole object (an array, a collection) or to the engine's per-field taint
   * (a field). Bounds: one level of parts (a field of a local's object, not a field of that field),
   * and at most MAX_OBJECTS objects per analysis of a method; beyond, locals hold no known object.
   */

  /** Objects one analysis of a method tracks at most. */
  static final int MAX_OBJECTS = 256;
  private int objects;

  /** A local is given {@code value}, which carries {@code taint}: the object and the constant it now holds. */
  private void bind(Object local, CtExpression<?> value, Taint taint) {
    Env.Obj held = value == null ? null : objectOf(value, taint);
    Object constant = value == null ? null : constant(value);
    if (constant == null && value != null) {
      constant = reflected(value, 0); // Method m = B.class.getMethod("m")
    }
    env.unbind(local);
    if (constant != null) {
      env.constants.put(local, constant);
    }
    if (held != null) {
      env.points.put(local, held);
    }
  }

  /** The object {@code value} is: the one a local or a getter path holds, one allocated here, or one from elsewhere. */
  private Env.Obj objectOf(CtExpression<?> value, Taint taint) {
    if (value instanceof CtLiteral<?> || !mayHoldParts(value.getType())) {
      return null;
    }
    if (value instanceof CtVariableRead<?> read && !(value instanceof CtFieldRead<?>)) {
      return read.getVariable() == null ? null : heldBy(key(read.getVariable()));
    }
    Env.Obj path = pathObject(value, taint);
    if (path != null) {
      return path;
    }
    if (value instanceof CtNewArray<?> array) {
      Env.Obj o = newObject(true, Taint.NONE, null, false);
      List<Taint> elements = arrayElements.get(array);
      if (o != null && elements != null) {
        for (int i = 0; i < elements.size(); i++) {
          env.put(new Env.Slot(o, (long) i), elements.get(i));
        }
        env.put(new Env.Contents(o), taint);
      }
      return o;
    }
    if (value instanceof CtConstructorCall<?> cc) {
      CtType<?> type = analysedType(cc.getType());
      if (type == null) {
        return newObject(true, taint, null, false); // a library object holding what it was given: new HashMap<>(m)
      }
      boolean fresh = constructed.containsKey(cc);
      Env.Obj o = newObject(fresh, taint, cc.getType(), fresh && emptyAtConstruction(cc, type));
      if (o != null && filledByConstructor.contains(cc)) {
        env.put(new Env.Escaped(o), Taint.NONE);
      }
      if (o != null && fresh) {
        env.put(new Env.Contents(o), constructed.get(cc));
        List<CtField<?>> fields = engine.callGraph().targets(cc).isEmpty() && constructorArguments.containsKey(cc)
            ? engine.values().generatedConstructorFields(cc) : null;
        for (int i = 0; fields != null && i < fields.size(); i++) {
          CtField<?> f = fields.get(i);
          FieldKey key = new FieldKey(f.getDeclaringType().getQualifiedName(), f.getSimpleName());
          env.put(new Env.Slot(o, key),
              stepped(constructorArguments.get(cc).get(i), cc, "stored in " + f.getDeclaringType().getSimpleName() + "." + f.getSimpleName()));
          Taint t = written(cc, key, cc.getArguments().get(i), constructorArguments.get(cc).get(i));
          if (!t.isEmpty()) {
            env.put(new Env.Written(o, f.getSimpleName()), t);
          }
        }
        if (fields == null && constructorArguments.containsKey(cc)) {
          env.put(new Env.Written(o, null), constructed.get(cc));
        }
      }
      return o;
    }
    return newObject(false, taint, null, false);
  }

  private Env.Obj newObject(boolean fresh, Taint base, CtTypeReference<?> allocated, boolean emptyFields) {
    if (objects >= MAX_OBJECTS) {
      return null;
    }
    objects++;
    return new Env.Obj(fresh, base, allocated, emptyFields);
  }

  /** The object a local holds; one from elsewhere, holding what the local carries now, when none is known. */
  private Env.Obj heldBy(Object local) {
    Env.Obj o = env.points.get(local);
    if (o == null && !(local instanceof String)) {
      o = newObject(false, env.getOrDefault(local, Taint.NONE), null, false);
      if (o != null) {
        env.points.put(local, o);
      }
    }
    return o;
  }

  /**
   * The object a getter called without arguments on a local answers ({@code req.getSession()}),
   * the same at every such call until the local is assigned again: an access path of length one.
   */
  private Env.Obj pathObject(CtExpression<?> e, Taint taint) {
    if (!(e instanceof CtInvocation<?> call) || !call.getArguments().isEmpty()
        || !(call.getTarget() instanceof CtVariableRead<?> read) || call.getTarget() instanceof CtFieldRead<?>
        || read.getVariable() == null || JavaBeans.readProperty(call.getExecutable().getSimpleName()) == null
        || !mayHoldParts(call.getType())) {
      return null;
    }
    Object local = key(read.getVariable());
    if (local instanceof String) {
      return null;
    }
    Env.Path path = new Env.Path(local, call.getExecutable().getSimpleName());
    Env.Obj o = env.points.get(path);
    if (o == null) {
      o = newObject(false, taint, null, false);
      if (o != null) {
        env.points.put(path, o);
      }
    }
    return o;
  }

  /** The object a local read or a getter path reads, when known; null otherwise (never created). */
  private Env.Obj knownObject(CtExpression<?> e) {
    if (e instanceof CtVariableRead<?> read && !(e instanceof CtFieldRead<?>) && read.getVariable() != null) {
      return env.points.get(key(read.getVariable()));
    }
    if (e instanceof CtInvocation<?> call && call.getArguments().isEmpty() && call.getTarget() instanceof CtVariableRead<?> read
        && !(call.getTarget() instanceof CtFieldRead<?>) && read.getVariable() != null) {
      return env.points.get(new Env.Path(key(read.getVariable()), call.getExecutable().getSimpleName()));
    }
    return null;
  }

  /** The object {@code e} reads when what this method wrote into its parts is all they hold; null otherwise. */
  private Env.Obj partsKnown(CtExpression<?> e) {
    Env.Obj o = e == null ? null : knownObject(e);
    return o == null || env.containsKey(new Env.Escaped(o)) || env.containsKey(new Env.Shared(o)) ? null : o;
  }

  /** Like {@link #partsKnown}, for an object of an analysed type allocated in this method. */
  private Env.Obj freshPartsKnown(CtExpression<?> e) {
    Env.Obj o = partsKnown(e);
    return o != null && o.fresh && o.allocated != null ? o : null;
  }

  /** The fresh object of an analysed type {@code e} reads, not handed to code that may fill it; null otherwise. */
  private Env.Obj freshObject(CtExpression<?> e) {
    if (!(e instanceof CtVariableRead<?>) || e instanceof CtFieldRead<?>) {
      return null;
    }
    Env.Obj o = knownObject(e);
    return o != null && o.fresh && o.allocated != null && !env.containsKey(new Env.Escaped(o)) ? o : null;
  }

  /** What was put into the fresh object {@code e} reads; null when {@code e} is not known to be one. */
  private Taint freshContents(CtExpression<?> e) {
    Env.Obj o = freshObject(e);
    return o == null ? null : env.getOrDefault(new Env.Contents(o), Taint.NONE);
  }

  /**
   * What was put into the fields named {@code stored} of the fresh object {@code e} reads, and into
   * parts the method cannot name; null when {@code e} is not known to be a fresh object.
   */
  private Taint freshContents(CtExpression<?> e, Set<String> stored) {
    Env.Obj o = freshObject(e);
    return o == null ? null : written(o, stored);
  }

  /**
   * The object of an analysed type allocated in this method that {@code e} reads, when it was
   * handed to analysed code only (not to a library, not stored where other code reaches it): it
   * holds what this method put into it and what the analysed code writes into its fields; null otherwise.
   */
  private Env.Obj filledObject(CtExpression<?> e) {
    if (!(e instanceof CtVariableRead<?>) || e instanceof CtFieldRead<?>) {
      return null;
    }
    Env.Obj o = knownObject(e);
    return o != null && o.fresh && o.allocated != null && env.containsKey(new Env.Escaped(o))
        && !env.containsKey(new Env.Shared(o)) ? o : null;
  }

  /** What this method put into the fields of {@code o} named {@code stored}, and into parts it cannot name. */
  private Taint written(Env.Obj o, Set<String> stored) {
    Taint t = env.getOrDefault(new Env.Written(o, null), Taint.NONE);
    for (String field : stored) {
      t = t.join(env.getOrDefault(new Env.Written(o, field), Taint.NONE));
    }
    return t;
  }

  /** Strings, numbers and other values whose parts no one writes hold no object worth following. */
  private static boolean mayHoldParts(CtTypeReference<?> type) {
    if (type == null) {
      return true;
    }
    if (type.isPrimitive()) {
      return false;
    }
    String name = type.getQualifiedName();
    return !(name.equals("java.lang.String") || name.equals("java.lang.Integer") || name.equals("java.lang.Long")
        || name.equals("java.lang.Boolean") || name.equals("java.lang.Character") || name.equals("java.lang.Double")
        || name.equals("java.lang.Short") || name.equals("java.lang.Byte") || name.equals("java.lang.Float"));
  }

  /**
   * True when the object a constructor call allocates starts with empty fields (but for constant
   * initialisers, checked field by field): its constructor and those of its analysed superclasses
   * write nothing.
   */
  private boolean emptyAtConstruction(CtConstructorCall<?> cc, CtType<?> type) {
    List<CtExecutable<?>> targets = engine.callGraph().targets(cc);
    if (targets.size() > 1 || targets.size() == 1 && !writesNothing(targets.get(0))) {
      return false;
    }
    if (targets.isEmpty() && !cc.getArguments().isEmpty() && engine.values().generatedConstructorFields(cc) == null) {
      return false;
    }
    for (CtType<?> t = type; t != null; t = t.getSuperclass() == null ? null : analysedType(t.getSuperclass())) {
      if (t.getTypeMembers().stream().anyMatch(m -> m instanceof spoon.reflect.declaration.CtAnonymousExecutable)) {
        return false;
      }
      if (t != type && t instanceof spoon.reflect.declaration.CtClass<?> c) {
        for (spoon.reflect.declaration.CtConstructor<?> k : c.getConstructors()) {
          if (k.getParameters().isEmpty() && !writesNothing(k)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** True when a constructor's body holds nothing but a call of its superclass's constructor without arguments. */
  private static boolean writesNothing(CtExecutable<?> constructor) {
    if (constructor.getBody() == null) {
      return true;
    }
    for (CtStatement s : constructor.getBody().getStatements()) {
      if (!(s instanceof CtInvocation<?> i && i.getExecutable().isConstructor() && i.getArguments().isEmpty()
          && (i.isImplicit() || i.toString().startsWith("super(")))) {
        return false;
      }
    }
    return true;
  }

  /** True when a field of an analysed type starts as nothing or a constant. */
  private boolean constantInitialiser(FieldKey key) {
    CtType<?> owner = knowledge.index().type(key.typeName());
    CtField<?> f = owner == null ? null : owner.getField(key.name());
    return f != null && !f.isStatic() && (f.getDefaultExpression() == null || f.getDefaultExpression() instanceof CtLiteral<?>);
  }

  /**
   * What field {@code key} of the object {@code target} reads holds, when this method knows it: what
   * it wrote there, or nothing for a field of a fresh object never written; null when it cannot tell.
   */
  private Taint fieldPart(CtExpression<?> target, FieldKey key) {
    Env.Obj o = target == null ? null : freshPartsKnown(target);
    if (o == null) {
      return null;
    }
    Taint t = env.get(new Env.Slot(o, key));
    if (t != null) {
      return t;
    }
    return o.emptyFields && constantInitialiser(key) ? Taint.NONE : null;
  }

  /** A field of the fresh object {@code target} reads is written with {@code stored}: it holds that and only that now. */
  private void writeFieldPart(CtExpression<?> target, FieldKey key, Taint stored) {
    Env.Obj o = target == null ? null : freshPartsKnown(target);
    if (o != null && constantInitialiserOrAny(key)) {
      env.put(new Env.Slot(o, key), stored);
    }
  }

  private boolean constantInitialiserOrAny(FieldKey key) {
    CtType<?> owner = knowledge.index().type(key.typeName());
    CtField<?> f = owner == null ? null : owner.getField(key.name());
    return f != null && !f.isStatic();
  }

  /**
   * A constructor call of an analysed type: a fresh object when the constructor takes nothing or
   * is generated (Lombok's, a record's: the fields it writes are known); one with a hand-written
   * constructor that takes arguments is treated as carrying its type's every field, as before.
   */
  private void noteConstruction(CtConstructorCall<?> cc, List<CtExecutable<?>> targets, List<Taint> args) {
    if (analysedType(cc.getType()) == null) {
      return;
    }
    if (cc.getArguments().isEmpty()) {
      constructed.put(cc, Taint.NONE);
      return;
    }
    List<CtField<?>> fields = targets.isEmpty() ? engine.values().generatedConstructorFields(cc) : null;
    if (fields == null) {
      if (!targets.isEmpty() && targets.stream().allMatch(t -> t.getBody() != null)) {
        // a hand-written constructor given arguments: an object allocated here that analysed code fills
        constructed.put(cc, Taint.NONE);
        filledByConstructor.add(cc);
      }
      return;
    }
    Taint contents = Taint.NONE;
    for (int i = 0; i < fields.size(); i++) {
      contents = contents.join(written(cc, new FieldKey(fields.get(i).getDeclaringType().getQualifiedName(),
          fields.get(i).getSimpleName()), cc.getArguments().get(i), args.get(i)));
    }
    constructed.put(cc, contents);
    constructorArguments.put(cc, args);
  }

  /** A field of the object {@code receiver} reads is written: kept with it when it is a fresh object. */
  private void writeInto(CtExpression<?> receiver, CtTypeReference<?> owner, String field, CtExpression<?> value,
      Taint taint) {
    if (owner != null) {
      writeInto(receiver, new FieldKey(owner.getQualifiedName(), field), value, taint);
    }
  }

  private void writeInto(CtExpression<?> receiver, FieldKey field, CtExpression<?> value, Taint taint) {
    Env.Obj o = receiver == null ? null : freshObject(receiver);
    if (o != null) {
      Taint t = written(receiver, field, value, taint);
      if (!t.isEmpty()) {
        env.merge(new Env.Contents(o), t, Taint::join);
        env.merge(new Env.Written(o, field.name()), t, Taint::join);
      }
    }
  }

  /**
   * What an object carries once {@code value} is written into its field: the field's own data when
   * it is declared (a declared field is a source whatever is written to it), else what the value
   * carries; nothing for a constant.
   */
  private Taint written(CtExpression<?> object, FieldKey field, CtExpression<?> value, Taint taint) {
    if (value instanceof CtLiteral<?> || value == null) {
      return Taint.NONE; // o.setStatus(4), o.setRemark(null): a constant is no one's data
    }
    List<Source> declared = knowledge.fieldSources(field.typeName(), field.name());
    if (!declared.isEmpty()) {
      return carried(object, declared);
    }
    Taint contents = freshContents(value);
    return taint.join(contents != null ? contents : carried(value, knowledge.carriedBy(knowledge.staticType(value))));
  }

  /**
   * An object given to code that may fill it or keep it (an argument of a call that is not a sink,
   * the receiver of an analysed method other than an accessor) no longer holds only what this
   * method put into it.
   */
  private void noteEscapes(CtAbstractInvocation<?> call, CtExpression<?> receiver, boolean sink, List<CtExecutable<?>> targets) {
    if (!sink) {
      boolean library = targets.isEmpty() || targets.stream().anyMatch(t -> t.getBody() == null);
      for (CtExpression<?> a : call.getArguments()) {
        escape(a);
        if (library) {
          share(a); // a library may fill any of its fields (BeanUtils.copyProperties(form, o))
        }
      }
    }
    Env.Obj r = receiver == null ? null : freshObject(receiver);
    if (r != null && targets.stream().anyMatch(t -> !isSetter(t) && !isGetter(t))) {
      env.put(new Env.Escaped(r), Taint.NONE);
    }
    Env.Obj known = receiver == null ? null : knownObject(receiver);
    if (known != null && targets.stream().anyMatch(t -> setterField(t) == null && getterField(t) == null)) {
      env.put(new Env.Shared(known), Taint.NONE); // what it does to the object's fields is not followed part by part
    }
  }

  /** The object {@code e} reads, and those reached from its local by getters, may be filled by other code now. */
  private void escape(CtExpression<?> e) {
    Env.Obj o = knownObject(e);
    if (o != null) {
      env.put(new Env.Escaped(o), Taint.NONE);
    }
    if (e instanceof CtVariableRead<?> read && !(e instanceof CtFieldRead<?>) && read.getVariable() != null) {
      Object local = key(read.getVariable());
      env.points.forEach((k, obj) -> {
        if (k instanceof Env.Path p && p.local().equals(local)) {
          env.put(new Env.Escaped(obj), Taint.NONE);
        }
      });
    }
  }

  /** The object {@code value} reads is stored where other code reaches it. */
  private void share(CtExpression<?> value) {
    Env.Obj o = value == null ? null : knownObject(value);
    if (o != null) {
      env.put(new Env.Shared(o), Taint.NONE);
    }
  }

  /** The field a getter returns: its body is {@code return f;} or {@code return this.f;}; null otherwise. */
  static FieldKey getterField(CtExecutable<?> e) {
    if (!(e instanceof CtMethod<?> m) || !m.getParameters().isEmpty() || m.getBody() == null
        || m.getBody().getStatements().size() != 1 || !(m.getBody().getStatement(0) instanceof CtReturn<?> r)
        || !(r.getReturnedExpression() instanceof CtFieldRead<?> read)) {
      return null;
    }
    return ownField(read);
  }

  /** The field a setter writes its parameter to: its body is {@code this.f = p;}; null otherwise. */
  static FieldKey setterField(CtExecutable<?> e) {
    if (!(e instanceof CtMethod<?> m) || m.getParameters().size() != 1 || m.getBody() == null
        || m.getBody().getStatements().size() != 1 || !(m.getBody().getStatement(0) instanceof CtAssignment<?, ?> a)
        || !(a.getAssigned() instanceof CtFieldWrite<?> write) || !(a.getAssignment() instanceof CtVariableRead<?> value)
        || value.getVariable() == null || !value.getVariable().getSimpleName().equals(m.getParameters().get(0).getSimpleName())) {
      return null;
    }
    return ownField(write);
  }

  private static FieldKey ownField(CtFieldAccess<?> access) {
    CtFieldReference<?> f = access.getVariable();
    if (f == null || f.isStatic() || f.getDeclaringType() == null
        || access.getTarget() != null && !(access.getTarget() instanceof CtThisAccess<?>)) {
      return null;
    }
    return new FieldKey(f.getDeclaringType().getQualifiedName(), f.getSimpleName());
  }

  /**
   * The implementations a call on an object allocated in this method can run: those its class
   * inherits or declares (the nearest), rather than every override in the hierarchy.
   */
  private List<CtExecutable<?>> dispatched(CtExpression<?> receiver, List<CtExecutable<?>> targets) {
    Env.Obj o = targets.size() < 2 || receiver == null ? null : knownObject(receiver);
    CtType<?> type = o == null || o.allocated == null ? null : analysedType(o.allocated);
    for (CtType<?> t = type; t != null; t = t.getSuperclass() == null ? null : analysedType(t.getSuperclass())) {
      CtType<?> owner = t;
      List<CtExecutable<?>> declared = targets.stream().filter(x -> x.getParent(CtType.class) == owner).toList();
      if (!declared.isEmpty()) {
        return declared;
      }
    }
    return targets;
  }

  private static boolean isSetter(CtExecutable<?> e) {
    return e instanceof CtMethod<?> m && JavaBeans.setterProperty(m.getSimpleName(), m.getParameters().size()) != null;
  }

  private static boolean isGetter(CtExecutable<?> e) {
    return e instanceof CtMethod<?> m && m.getParameters().isEmpty() && JavaBeans.readProperty(m.getSimpleName()) != null;
  }

  private void noteStream(Object variable, CtExpression<?> value) {
    Sink stream = value == null ? null : streamOf(value);
    if (stream != null) {
      streams.put(variable, stream);
    } else {
      streams.remove(variable);
    }
  }

  /** True when the call returns an output stream or a writer (by its supertypes, or by its name when unresolved). */
  private boolean returnsStream(CtAbstractInvocation<?> call) {
    CtTypeReference<?> type = call instanceof CtConstructorCall<?> cc ? cc.getType() : call.getExecutable().getType();
    if (type == null || type.isPrimitive()) {
      return false;
    }
    return knowledge.frameworks().libraryCalls().writesOut(knowledge.typeNames(type), type.getSimpleName());
  }

  // ---- helpers -----------------------------------------------------------------------------------

  private CtType<?> analysedType(CtTypeReference<?> type) {
    return type == null ? null : knowledge.declarationOf(type);
  }

  private boolean isLogger(CtExpression<?> receiver) {
    CtTypeReference<?> t = knowledge.staticType(receiver);
    return t != null && (t.getSimpleName().endsWith("Logger") || t.getSimpleName().equals("Log")
        || t.getSimpleName().equals("PrintStream"));
  }

  private static boolean hasFunctionalArgument(List<CtExpression<?>> arguments) {
    return arguments.stream().anyMatch(a -> a instanceof CtLambda<?> || a instanceof CtExecutableReferenceExpression<?, ?>
        || anonymousClass(a) != null);
  }

  private boolean isStringBuilder(CtExpression<?> e) {
    CtTypeReference<?> t = e.getType();
    return t != null && (t.getSimpleName().equals("StringBuilder") || t.getSimpleName().equals("StringBuffer"));
  }

  private Object key(CtVariableReference<?> ref) {
    // null when unresolved in no-class-path mode: the name stands in
    CtVariable<?> declaration = knowledge.index().variable(ref);
    return declaration != null ? declaration : "?" + ref.getSimpleName();
  }

  private static Env copy(Env e) {
    return e.copy();
  }

  private static Env join(Env a, Env b) {
    return Env.join(a, b);
  }

  private static Taint stepped(Taint t, PathStep step) {
    return t.isVoid() ? t : t.step(step);
  }

  /** Appends a hop to a taint's paths; the hop's location is only computed when there is data to follow. */
  private Taint stepped(Taint t, CtElement at, String label) {
    return t.isVoid() ? t : t.step(step(at, label));
  }

  private PathStep step(CtElement at, String label) {
    return engine.step(engine.locate(at), label);
  }

  private static String argumentLabel(CtExpression<?> e) {
    String text = e.toString();
    return text.length() > 40 ? text.substring(0, 37) + "..." : text;
  }

  static String category(Source s) {
    return "(" + (s.kind() == Source.Kind.SENSITIVE ? "sensitive " : "") + s.category() + ")";
  }
}
