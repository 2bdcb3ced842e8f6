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
import spoon.reflect.code.CtLiteral;
import spoon.reflect.code.CtLocalVariable;
import spoon.reflect.code.CtNewArray;
import spoon.reflect.code.CtOperatorAssignment;
import spoon.reflect.code.CtReturn;
import spoon.reflect.code.CtStatement;
import spoon.reflect.code.CtSwitch;
import spoon.reflect.code.CtThisAccess;
import spoon.reflect.code.CtThrow;
import spoon.reflect.code.CtTry;
import spoon.reflect.code.CtTypeAccess;
import spoon.reflect.code.CtUnaryOperator;
import spoon.reflect.code.CtVariableAccess;
import spoon.reflect.code.CtVariableRead;
import spoon.reflect.code.CtVariableWrite;
import spoon.reflect.code.CtWhile;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtMethod;
import spoon.reflect.declaration.CtParameter;
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
  private Map<Object, Taint> env = new HashMap<>();
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

  /**
   * An environment key: the local may hold an object that was not allocated in this method (loaded,
   * received, returned by a call, or handed to code that may fill it). Joined like any key, so a
   * local is a fresh object only when it is one on every path.
   */
  private record Loaded(Object local) {}

  /** An environment key: what was written into the fresh object a local holds. */
  private record Contents(Object local) {}

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
      return summary; // its result exposes nothing: every rule treats it as no longer personal
    }
    Taint[] result = {Taint.NONE};
    returnsTo.push(result);
    if (method.getBody() != null) {
      statement(method.getBody());
    }
    returnsTo.pop();
    summary.returns = knowledge.declares(method, Role.ENCRYPTS) ? result[0].encrypted() : result[0];
    return summary;
  }

  // ---- statements ------------------------------------------------------------------------------

  /**
   * A loop's body, run twice over the environment and joined with the one before each run: the
   * second run sees what the first stored, enough for data to go round once.
   */
  private void twice(Runnable body) {
    for (int i = 0; i < 2; i++) {
      Map<Object, Taint> before = copy(env);
      body.run();
      env = join(before, env);
    }
  }

  private void statement(CtStatement s) {
    if (s == null) {
      return;
    }
    if (s instanceof CtBlock<?> block) {
      for (CtStatement inner : block.getStatements()) {
        statement(inner);
      }
    } else if (s instanceof CtLocalVariable<?> local) {
      Taint t = local.getDefaultExpression() == null ? Taint.NONE : expression(local.getDefaultExpression());
      env.put(local, stepped(t, local, "assigned to " + local.getSimpleName()));
      noteStream(local, local.getDefaultExpression());
      noteAllocation(local, local.getDefaultExpression());
    } else if (s instanceof CtIf branch) {
      expression(branch.getCondition());
      Map<Object, Taint> before = copy(env);
      statement(branch.getThenStatement());
      Map<Object, Taint> afterThen = env;
      env = before;
      statement(branch.getElseStatement());
      env = join(afterThen, env);
    } else if (s instanceof CtForEach loop) {
      Taint iterable = expression(loop.getExpression());
      twice(() -> {
        env.put(loop.getVariable(), stepped(iterable, loop.getVariable(), "element " + loop.getVariable().getSimpleName()));
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
      Map<Object, Taint> before = copy(env);
      if (s instanceof spoon.reflect.code.CtTryWithResource withResources) {
        withResources.getResources().forEach(r -> statement((CtStatement) r));
      }
      statement(tryBlock.getBody());
      thrownInTry.pop();
      Map<Object, Taint> afterTry = join(before, env);
      Map<Object, Taint> joined = afterTry;
      for (CtCatch c : tryBlock.getCatchers()) {
        env = copy(afterTry);
        env.put(c.getParameter(), stepped(thrown[0], c.getParameter(), "caught as " + c.getParameter().getSimpleName()));
        statement(c.getBody());
        joined = join(joined, env);
      }
      env = joined;
      statement(tryBlock.getFinalizer());
    } else if (s instanceof CtSwitch<?> sw) {
      expression(sw.getSelector());
      Map<Object, Taint> before = copy(env);
      Map<Object, Taint> joined = copy(env);
      for (CtCase<?> c : sw.getCases()) {
        env = copy(before);
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
      return env.getOrDefault(key(read.getVariable()), Taint.NONE);
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
        noteAllocation(key(write.getVariable()), assignment.getAssignment());
      }
      return value;
    }
    if (e instanceof CtInvocation<?> || e instanceof CtConstructorCall<?>) {
      return call((CtAbstractInvocation<?>) e);
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
      return op.getKind() == spoon.reflect.code.UnaryOperatorKind.NOT ? Taint.NONE : t;
    }
    if (e instanceof CtConditional<?> c) {
      expression(c.getCondition());
      Map<Object, Taint> before = copy(env);
      Taint then = expression(c.getThenExpression());
      Map<Object, Taint> afterThen = env;
      env = before;
      Taint otherwise = expression(c.getElseExpression());
      env = join(afterThen, env);
      return then.join(otherwise);
    }
    if (e instanceof CtArrayAccess<?, ?> access) {
      if (access.getIndexExpression() != null) {
        expression(access.getIndexExpression());
      }
      return expression(access.getTarget());
    }
    if (e instanceof CtNewArray<?> array) {
      Taint t = Taint.NONE;
      for (CtExpression<?> element : array.getElements()) {
        t = t.join(expression(element));
      }
      return t;
    }
    if (e instanceof CtLambda<?> || e instanceof CtExecutableReferenceExpression<?, ?>) {
      return Taint.NONE; // evaluated where it is passed
    }
    if (e instanceof spoon.reflect.code.CtSwitchExpression<?, ?> sw) {
      expression(sw.getSelector());
      Taint t = Taint.NONE;
      for (CtCase<?> c : sw.getCases()) {
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
      }
    } else if (target instanceof CtVariableWrite<?> write) {
      env.put(key(write.getVariable()), stepped(value, at, "assigned to " + write.getVariable().getSimpleName()));
    } else if (target instanceof CtArrayAccess<?, ?> access) {
      // an element of an array taints the array: join, never replace
      if (access.getTarget() instanceof CtVariableAccess<?> array) {
        Object k = key(array.getVariable());
        env.put(k, env.getOrDefault(k, Taint.NONE).join(stepped(value, at, "stored in " + array.getVariable().getSimpleName())));
      } else if (access.getTarget() instanceof CtFieldAccess<?> fieldArray) {
        fieldWrite(fieldArray.getVariable(), value, at);
      }
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
    return stepped(engine.fieldTaint(key), at, "read " + ownerType.getSimpleName() + "." + name);
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
    engine.noteWrite(key, stored);
    engine.addFieldTaint(key, stored.concrete());
    if (stored.hasParameters()) {
      summary.addFieldWrite(key, stored);
    }
  }

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
    List<CtExecutable<?>> targets = engine.callGraph().targets(call);

    FlowEngine.CallFacts facts = engine.callFacts(call);
    Sink sink = facts.sink();
    if (sink == null && targets.isEmpty() && !Knowledge.inModel(declaration)) {
      sink = streamWrittenBy(call, receiver); // os.write(bytes), new OutputStreamWriter(os), mapper.writeValue(os, x)
    }
    if (sink != null && returnsStream(call)) {
      opened.put(call, sink); // conn.getOutputStream(), new FileWriter(f), and wrappers around them
    }
    if (sink != null && !(transferMethod && (sink.kind() == Sink.Kind.NETWORK || sink.kind() == Sink.Kind.MESSAGING))) {
      Taint reaching = Taint.NONE;
      for (int i = 0; i < arguments.size(); i++) {
        reaching = reaching.join(sinkArgument(sink, arguments.get(i), args.get(i)));
      }
      if (sink.kind() == Sink.Kind.LOG && receiver != null && !(receiver instanceof CtTypeAccess<?>)
          && !isLogger(receiver)) {
        reaching = reaching.join(stringForm(receiver, receiverTaint)); // a builder-style log call
      }
      if (sink.kind().isTransfer() && arguments.isEmpty() && receiver != null && !(receiver instanceof CtTypeAccess<?>)) {
        // given nothing, a sending call sends its receiver: request.execute(), url.openStream()
        reaching = reaching.join(sinkArgument(sink, receiver, receiverTaint));
      }
      engine.sinkHit(method, summary, sink, call, stepped(reaching, call, "reaches " + sink.name()), List.of(method));
    }

    noteEscapes(call, receiver, sink != null, targets);
    if (call instanceof CtConstructorCall<?> cc) {
      noteConstruction(cc, targets, args);
    }

    if (facts.anonymizes()) {
      lambdas(call, receiverTaint, args);
      return Taint.NONE;
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
    return result;
  }

  /** What an argument brings to a sink: its taint, and the data its type carries. */
  private Taint sinkArgument(Sink sink, CtExpression<?> argument, Taint taint) {
    if (sink.kind() == Sink.Kind.LOG) {
      return stringForm(argument, taint);
    }
    Taint contents = freshContents(argument);
    if (contents != null) {
      return taint.join(contents); // a fresh object carries what was put into it, not its type's every field
    }
    return taint.join(carried(argument, knowledge.carriedBy(knowledge.staticType(argument))));
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
    long given = receiver.isEmpty() ? 0 : Summary.parameterBit(-1);
    for (int i = 0; i < target.getParameters().size(); i++) {
      if (!actual.apply(i).isEmpty()) {
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
      Taint returned = callee.returns.concrete();
      return returned.isEmpty() ? Taint.NONE : stepped(returned, engine.callStep(call, target, false));
    }
    PathStep callStep = engine.callStep(call, target, true);
    for (Map.Entry<FieldKey, Taint> write : callee.fieldWrites.entrySet()) {
      Taint stored = write.getValue().instantiate(actual, callStep);
      storeField(write.getKey(), stored);
      if (call instanceof CtInvocation<?> invocation && isSetter(target) && call.getArguments().size() == 1) {
        // a hand-written setter of a fresh object
        writeInto(invocation.getTarget(), write.getKey(), call.getArguments().get(0), stored);
      }
    }
    for (Summary.PendingSink pending : callee.pendingSinks()) {
      if (withinTransfer && (pending.sink().kind() == Sink.Kind.NETWORK || pending.sink().kind() == Sink.Kind.MESSAGING)) {
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
    Taint returned = callee.returns.instantiate(actual, callStep);
    return returned.isEmpty() ? Taint.NONE : stepped(returned, engine.callStep(call, target, false));
  }

  /** A call into code that is not analysed: a library, or an accessor that Lombok generates. */
  private Taint libraryCall(CtAbstractInvocation<?> call, CtExpression<?> receiver, Taint receiverTaint, List<Taint> args) {
    String name = call.getExecutable().getSimpleName();
    List<CtExpression<?>> arguments = call.getArguments();
    // accessors and constructors generated for analysed types (Lombok, records)
    if (receiver != null && call instanceof CtInvocation<?> invocation) {
      CtField<?> read = engine.values().generatedRead(invocation);
      if (read != null) {
        return fieldValue(read.getDeclaringType().getQualifiedName(), read.getSimpleName(), call, null);
      }
      CtField<?> written = engine.values().generatedSetter(invocation);
      if (written != null) {
        fieldWrite(written.getReference(), args.get(0), call);
        writeInto(receiver, written.getDeclaringType().getReference(), written.getSimpleName(), arguments.get(0), args.get(0));
        return receiverTaint;
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
      if (a instanceof CtLambda<?> || a instanceof CtExecutableReferenceExpression<?, ?>) {
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
    if (library.mutatesReceiver(call, receiverTypes) && receiver instanceof CtVariableAccess<?> variable && !given.isEmpty()) {
      if (variable instanceof CtFieldAccess<?> field) {
        fieldWrite(field.getVariable(), given, call);
      } else {
        Object k = key(variable.getVariable());
        env.put(k, env.getOrDefault(k, Taint.NONE).join(stepped(given, call, "added to " + variable.getVariable().getSimpleName())));
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
   * Runs the lambdas and method references passed to a call with their parameters bound to what
   * the call works on, and returns what they produce.
   */
  private Taint lambdas(CtAbstractInvocation<?> call, Taint elements, List<Taint> args) {
    Taint produced = Taint.NONE;
    for (CtExpression<?> a : call.getArguments()) {
      if (a instanceof CtLambda<?> lambda) {
        Map<Object, Taint> saved = copy(env);
        for (CtParameter<?> p : lambda.getParameters()) {
          env.put(p, stepped(elements, p, "lambda parameter " + p.getSimpleName()));
        }
        Taint[] result = {Taint.NONE};
        returnsTo.push(result);
        if (lambda.getExpression() != null) {
          result[0] = result[0].join(expression(lambda.getExpression()));
        } else if (lambda.getBody() != null) {
          statement(lambda.getBody());
        }
        returnsTo.pop();
        env = join(saved, env);
        env.keySet().removeAll(lambda.getParameters());
        produced = produced.join(result[0]);
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
      return Taint.NONE;
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
    return knowledge.has(ref, types, constructor, declaration, Role.ENCRYPTS) ? result.encrypted() : result;
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

  /**
   * Notes what a local now holds: a fresh object of an analysed type allocated here carries only
   * what its constructor is given and what is written into it; anything else (a parameter, a
   * field, a call's result) may be a loaded object carrying its type's every declared field.
   */
  private void noteAllocation(Object local, CtExpression<?> value) {
    if (!(local instanceof CtLocalVariable<?>)) {
      return;
    }
    if (value instanceof CtConstructorCall<?> cc && constructed.containsKey(cc)) {
      env.remove(new Loaded(local));
      env.put(new Contents(local), constructed.get(cc));
    } else {
      env.put(new Loaded(local), Taint.NONE);
      env.remove(new Contents(local));
    }
  }

  /** The local a fresh object is read from, or null when {@code e} is no read of a local holding a fresh object on every path. */
  private Object freshLocal(CtExpression<?> e) {
    if (!(e instanceof CtVariableRead<?> read) || e instanceof CtFieldRead<?> || read.getVariable() == null) {
      return null;
    }
    Object k = key(read.getVariable());
    return env.containsKey(new Contents(k)) && !env.containsKey(new Loaded(k)) ? k : null;
  }

  /** What was put into the fresh object {@code e} reads; null when {@code e} is not known to be one. */
  private Taint freshContents(CtExpression<?> e) {
    Object k = freshLocal(e);
    return k == null ? null : env.get(new Contents(k));
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
      return;
    }
    Taint contents = Taint.NONE;
    for (int i = 0; i < fields.size(); i++) {
      contents = contents.join(written(cc, new FieldKey(fields.get(i).getDeclaringType().getQualifiedName(),
          fields.get(i).getSimpleName()), cc.getArguments().get(i), args.get(i)));
    }
    constructed.put(cc, contents);
  }

  /** A field of the object {@code receiver} reads is written: kept with it when it is a fresh object. */
  private void writeInto(CtExpression<?> receiver, CtTypeReference<?> owner, String field, CtExpression<?> value,
      Taint taint) {
    if (owner != null) {
      writeInto(receiver, new FieldKey(owner.getQualifiedName(), field), value, taint);
    }
  }

  private void writeInto(CtExpression<?> receiver, FieldKey field, CtExpression<?> value, Taint taint) {
    Object k = receiver == null ? null : freshLocal(receiver);
    if (k != null) {
      Taint t = written(receiver, field, value, taint);
      if (!t.isEmpty()) {
        env.merge(new Contents(k), t, Taint::join);
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
   * A fresh object given to code that may fill it or keep it (an argument of a call that is not
   * a sink, the receiver of an analysed method that is neither a setter nor a getter) is no longer
   * known to carry only what this method put into it.
   */
  private void noteEscapes(CtAbstractInvocation<?> call, CtExpression<?> receiver, boolean sink, List<CtExecutable<?>> targets) {
    if (!sink) {
      for (CtExpression<?> a : call.getArguments()) {
        Object k = freshLocal(a);
        if (k != null) {
          env.put(new Loaded(k), Taint.NONE);
        }
      }
    }
    Object r = receiver == null ? null : freshLocal(receiver);
    if (r != null && targets.stream().anyMatch(t -> !isSetter(t) && !isGetter(t))) {
      env.put(new Loaded(r), Taint.NONE);
    }
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
    return arguments.stream().anyMatch(a -> a instanceof CtLambda<?> || a instanceof CtExecutableReferenceExpression<?, ?>);
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

  private static Map<Object, Taint> copy(Map<Object, Taint> m) {
    return new HashMap<>(m);
  }

  private static Map<Object, Taint> join(Map<Object, Taint> a, Map<Object, Taint> b) {
    Map<Object, Taint> joined = new HashMap<>(a);
    b.forEach((k, v) -> joined.merge(k, v, Taint::join));
    return joined;
  }

  private static Taint stepped(Taint t, PathStep step) {
    return t.isEmpty() ? t : t.step(step);
  }

  /** Appends a hop to a taint's paths; the hop's location is only computed when there is data to follow. */
  private Taint stepped(Taint t, CtElement at, String label) {
    return t.isEmpty() ? t : t.step(step(at, label));
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
