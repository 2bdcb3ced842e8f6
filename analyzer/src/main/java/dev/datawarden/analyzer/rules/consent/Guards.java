package dev.datawarden.analyzer.rules.consent;

import dev.datawarden.analyzer.fact.ConsentCheck;
import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.fact.Role;
import dev.datawarden.analyzer.fact.Target;
import dev.datawarden.analyzer.flow.CallGraph;
import dev.datawarden.analyzer.flow.Knowledge;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import spoon.reflect.code.BinaryOperatorKind;
import spoon.reflect.code.CtAbstractInvocation;
import spoon.reflect.code.CtAssignment;
import spoon.reflect.code.CtBinaryOperator;
import spoon.reflect.code.CtBlock;
import spoon.reflect.code.CtBreak;
import spoon.reflect.code.CtConditional;
import spoon.reflect.code.CtConstructorCall;
import spoon.reflect.code.CtContinue;
import spoon.reflect.code.CtExecutableReferenceExpression;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtFieldRead;
import spoon.reflect.code.CtForEach;
import spoon.reflect.code.CtIf;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.code.CtLabelledFlowBreak;
import spoon.reflect.code.CtLambda;
import spoon.reflect.code.CtLiteral;
import spoon.reflect.code.CtLocalVariable;
import spoon.reflect.code.CtNewArray;
import spoon.reflect.code.CtReturn;
import spoon.reflect.code.CtStatement;
import spoon.reflect.code.CtStatementList;
import spoon.reflect.code.CtThrow;
import spoon.reflect.code.CtUnaryOperator;
import spoon.reflect.code.CtVariableRead;
import spoon.reflect.code.CtVariableWrite;
import spoon.reflect.code.UnaryOperatorKind;
import spoon.reflect.declaration.CtAnnotation;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtVariable;
import spoon.reflect.reference.CtTypeReference;
import spoon.reflect.visitor.filter.TypeFilter;

/**
 * Decides whether a call is guarded by a consent check within its method: every way from the
 * method's start to the call passes a consent check whose answer decides whether the call runs.
 * Recognised shapes, with {@code check()} a call to a {@code @ConsentCheck} method (or a local
 * assigned from one):
 *
 * <pre>
 *   if (check()) { call(); }                       // the granted branch
 *   if (!check()) { throw ...; } call();           // a guard clause that throws or returns
 *   if (!check()) return; call();
 *   boolean ok = check(); if (!ok) return; call();
 *   voidCheckThatThrows(); call();                 // a void check: its exception decides
 *   Preconditions.checkState(check()); call();     // an assertion helper that throws
 *   return check() ? call() : null;
 *   for (...) { if (!check()) continue; call(); }   // continue or break: the rest of the iteration
 *   items.stream().filter(i -> check(i)).forEach(i -> call(i));   // a filter with a check as predicate
 *   Optional.of(i).filter(this::check).ifPresent(this::call);
 *   call(items.stream().filter(i -> check(i)).toList());          // data that went through the filter
 * </pre>
 *
 * A check whose result is ignored, one that runs after the call, or one on another branch
 * guards nothing. Data is <em>filtered</em> when it comes out of a library filter ({@code filter},
 * {@code takeWhile}) whose predicate is a check's answer: through calls on it whose arguments bring
 * no other data (functions of the elements, constants, collectors, a thrown exception), field
 * reads, locals assigned once from it and never added to, and loops over it.
 */
final class Guards {

  private final Knowledge knowledge;
  private final CallGraph callGraph;
  private final Map<CtExecutable<?>, List<ConsentCheck>> interceptors = new IdentityHashMap<>();

  Guards(Knowledge knowledge, CallGraph callGraph) {
    this.knowledge = knowledge;
    this.callGraph = callGraph;
  }

  /** True when {@code call}, inside {@code method}, only runs after a check satisfying {@code accepts} granted it. */
  boolean guarded(CtElement call, CtExecutable<?> method, Predicate<ConsentCheck> accepts) {
    if (call instanceof CtExecutableReferenceExpression<?, ?> reference && runsOnFiltered(reference, method, accepts)) {
      return true; // filtered.forEach(repository::save)
    }
    if (call instanceof CtAbstractInvocation<?> invocation && takesFilteredData(invocation, method, accepts)) {
      return true;
    }
    CtElement child = call;
    CtElement parent = child.isParentInitialized() ? child.getParent() : null;
    while (parent != null && child != method.getBody() && parent != method) {
      if (parent instanceof CtForEach loop && child == loop.getBody() && filtered(loop.getExpression(), method, accepts, 0)) {
        return true;
      }
      if (parent instanceof CtIf branch && child != branch.getCondition()) {
        Boolean granted = consentCondition(branch.getCondition(), method, accepts);
        if (granted != null && (granted ? child == branch.getThenStatement() : child == branch.getElseStatement())) {
          return true;
        }
      }
      if (parent instanceof CtConditional<?> c && child != c.getCondition()) {
        Boolean granted = consentCondition(c.getCondition(), method, accepts);
        if (granted != null && (granted ? child == c.getThenExpression() : child == c.getElseExpression())) {
          return true;
        }
      }
      if (parent instanceof CtStatementList block && child instanceof CtStatement statement) {
        List<CtStatement> statements = block.getStatements();
        int index = statements.indexOf(statement);
        for (int i = 0; i < index; i++) {
          if (isGuardStatement(statements.get(i), method, accepts)) {
            return true;
          }
        }
      }
      if (parent instanceof CtLambda<?> lambda) {
        // a lambda runs later, whatever was checked around it, unless it only gets filtered items
        return runsOnFiltered(lambda, method, accepts);
      }
      child = parent;
      parent = child.isParentInitialized() ? child.getParent() : null;
    }
    return false;
  }

  /** A statement after which the rest of its block only runs if consent was granted. */
  private boolean isGuardStatement(CtStatement s, CtExecutable<?> method, Predicate<ConsentCheck> accepts) {
    if (s instanceof CtIf branch) {
      Boolean granted = consentCondition(branch.getCondition(), method, accepts);
      if (granted == null) {
        return false;
      }
      // if (!granted) exit;   or   if (granted) { } else exit;
      return granted ? exits(branch.getElseStatement(), branch) && !exits(branch.getThenStatement(), branch)
          : exits(branch.getThenStatement(), branch);
    }
    if (s instanceof CtInvocation<?> invocation) {
      if (isVoidCheck(invocation, accepts)) {
        return true;
      }
      if (knowledge.frameworks().libraryCalls().isAssertion(invocation, () -> knowledge.receiverTypes(invocation))
          && !invocation.getArguments().isEmpty()) {
        Boolean granted = consentCondition(invocation.getArguments().get(0), method, accepts);
        return granted != null && granted;
      }
    }
    return false;
  }

  /**
   * True when every way through the statement leaves the rest of the block that holds
   * {@code guard}: a throw, a return, or a {@code continue} or {@code break} of a loop or switch
   * around the guard (loops and switches inside the statement are not entered, so an unlabelled
   * one always leaves the guard's own loop or switch).
   */
  private static boolean exits(CtStatement s, CtStatement guard) {
    if (s == null) {
      return false;
    }
    if (s instanceof CtThrow || s instanceof CtReturn<?>) {
      return true;
    }
    if (s instanceof CtBreak || s instanceof CtContinue) {
      CtStatement target = ((CtLabelledFlowBreak) s).getLabelledStatement();
      return target == null || !target.hasParent(guard); // a labelled block inside the guard goes on after it
    }
    if (s instanceof CtBlock<?> block) {
      return block.getStatements().stream().anyMatch(statement -> exits(statement, guard));
    }
    if (s instanceof CtIf branch) {
      return exits(branch.getThenStatement(), guard) && exits(branch.getElseStatement(), guard);
    }
    return false;
  }

  /**
   * Whether an expression is a consent check's answer: {@code true} when it holds if consent was
   * granted, {@code false} when it holds if consent was refused, null when it is no such answer.
   */
  private Boolean consentCondition(CtExpression<?> e, CtExecutable<?> method, Predicate<ConsentCheck> accepts) {
    if (e instanceof CtUnaryOperator<?> not && not.getKind() == UnaryOperatorKind.NOT) {
      Boolean inner = consentCondition(not.getOperand(), method, accepts);
      return inner == null ? null : !inner;
    }
    if (e instanceof CtBinaryOperator<?> op) {
      CtExpression<?> other = null;
      CtExpression<?> checked = null;
      Boolean l = consentCondition(op.getLeftHandOperand(), method, accepts);
      Boolean r = consentCondition(op.getRightHandOperand(), method, accepts);
      if (op.getKind() == BinaryOperatorKind.AND) {
        // a && b: both hold when granted; the check's side decides
        return Boolean.TRUE.equals(l) || Boolean.TRUE.equals(r) ? Boolean.TRUE : null;
      }
      if (op.getKind() == BinaryOperatorKind.OR) {
        return Boolean.FALSE.equals(l) || Boolean.FALSE.equals(r) ? Boolean.FALSE : null;
      }
      if (l != null) {
        checked = op.getLeftHandOperand();
        other = op.getRightHandOperand();
      } else if (r != null) {
        checked = op.getRightHandOperand();
        other = op.getLeftHandOperand();
      }
      if (checked != null && other instanceof CtLiteral<?> literal && literal.getValue() instanceof Boolean b) {
        boolean base = checked == op.getLeftHandOperand() ? l : r;
        if (op.getKind() == BinaryOperatorKind.EQ) {
          return b ? base : !base;
        }
        if (op.getKind() == BinaryOperatorKind.NE) {
          return b ? !base : base;
        }
      }
      return null;
    }
    if (e instanceof CtInvocation<?> invocation) {
      return isCheck(invocation, accepts) ? Boolean.TRUE : null;
    }
    if (e instanceof CtVariableRead<?> read) {
      CtVariable<?> variable;
      variable = read.getVariable() == null ? null : knowledge.index().variable(read.getVariable());
      if (variable instanceof CtLocalVariable<?> local && assignedOnlyFromCheck(local, method, accepts)) {
        return Boolean.TRUE;
      }
    }
    return null;
  }

  /** True when a local holds a consent check's answer: initialised from one, never assigned otherwise. */
  private boolean assignedOnlyFromCheck(CtLocalVariable<?> local, CtExecutable<?> method, Predicate<ConsentCheck> accepts) {
    if (!(local.getDefaultExpression() instanceof CtInvocation<?> init) || !isCheck(init, accepts)) {
      return false;
    }
    for (CtAssignment<?, ?> a : method.getElements(new TypeFilter<CtAssignment<?, ?>>(CtAssignment.class))) {
      if (a.getAssigned() instanceof CtVariableWrite<?> w && w.getVariable() != null
          && w.getVariable().getSimpleName().equals(local.getSimpleName())) {
        return false;
      }
    }
    return true;
  }

  // ---- filters -----------------------------------------------------------------------------------

  private static final int MAX_FILTERED_DEPTH = 8;

  /** True when a lambda or method reference only gets items a filter let through: {@code filtered.forEach(f)}. */
  private boolean runsOnFiltered(CtExpression<?> function, CtExecutable<?> method, Predicate<ConsentCheck> accepts) {
    return function.isParentInitialized() && function.getParent() instanceof CtInvocation<?> user
        && user.getArguments().stream().anyMatch(a -> a == function)
        && filtered(user.getTarget(), method, accepts, 0);
  }

  /**
   * True when a call takes filtered data and nothing else that may carry data: every argument is
   * filtered or a constant, and one at least is filtered.
   */
  private boolean takesFilteredData(CtAbstractInvocation<?> call, CtExecutable<?> method, Predicate<ConsentCheck> accepts) {
    boolean any = false;
    for (CtExpression<?> a : call.getArguments()) {
      if (filtered(a, method, accepts, 0)) {
        any = true;
      } else if (!constant(a)) {
        return false;
      }
    }
    return any;
  }

  /** True when an expression only holds data that came through a filter whose predicate is a granting check. */
  private boolean filtered(CtExpression<?> e, CtExecutable<?> method, Predicate<ConsentCheck> accepts, int depth) {
    if (e == null || depth > MAX_FILTERED_DEPTH) {
      return false;
    }
    if (e instanceof CtInvocation<?> call) {
      if (isConsentFilter(call, method, accepts)) {
        return true;
      }
      return call.getTarget() != null && call.getArguments().stream().allMatch(Guards::bringsNoOtherData)
          && filtered(call.getTarget(), method, accepts, depth + 1);
    }
    if (e instanceof CtFieldRead<?> read) {
      return filtered(read.getTarget(), method, accepts, depth + 1);
    }
    if (e instanceof CtVariableRead<?> read && read.getVariable() != null
        && knowledge.index().variable(read.getVariable()) instanceof CtLocalVariable<?> local) {
      return local.getDefaultExpression() != null && filtered(local.getDefaultExpression(), method, accepts, depth + 1)
          && neverChanged(local, method);
    }
    return false;
  }

  /** A library filter ({@code stream.filter(c -> check(c))}) whose predicate holds only when consent was granted. */
  private boolean isConsentFilter(CtInvocation<?> call, CtExecutable<?> method, Predicate<ConsentCheck> accepts) {
    if (call.getArguments().size() != 1 || Knowledge.inModel(callGraph.declaration(call))
        || !knowledge.frameworks().libraryCalls().isFilter(call, () -> knowledge.receiverTypes(call))) {
      return false;
    }
    CtExpression<?> predicate = call.getArguments().get(0);
    if (predicate instanceof CtExecutableReferenceExpression<?, ?> reference) {
      return checks(reference).stream().anyMatch(accepts);
    }
    if (predicate instanceof CtLambda<?> lambda) {
      CtExpression<?> answer = lambda.getExpression();
      if (answer == null && lambda.getBody() != null && lambda.getBody().getStatements().size() == 1
          && lambda.getBody().getStatement(0) instanceof CtReturn<?> r) {
        answer = r.getReturnedExpression();
      }
      return answer != null && Boolean.TRUE.equals(consentCondition(answer, method, accepts));
    }
    return false;
  }

  /**
   * True for an argument of a call on filtered data that brings no other data into its result: a
   * function of the items, a constant, a primitive, a collector, or an exception to throw.
   */
  static boolean bringsNoOtherData(CtExpression<?> argument) {
    if (argument instanceof CtLambda<?> lambda) {
      return !lambda.getParameters().isEmpty() || lambda.getExpression() instanceof CtConstructorCall<?> made
          && made.getType() != null && isThrowable(made.getType());
    }
    if (argument instanceof CtExecutableReferenceExpression<?, ?> reference) {
      return !reference.getExecutable().isConstructor() || isThrowable(reference.getExecutable().getDeclaringType());
    }
    if (argument instanceof CtInvocation<?> call && call.getType() != null
        && call.getType().getSimpleName().equals("Collector")) {
      return true;
    }
    return constant(argument);
  }

  private static boolean isThrowable(CtTypeReference<?> type) {
    if (type == null) {
      return false;
    }
    try {
      if (type.isSubtypeOf(type.getFactory().Type().createReference(Throwable.class))) {
        return true;
      }
    } catch (RuntimeException e) {
      // an unresolved type in no-class-path mode: judged by its name below
    }
    String name = type.getSimpleName();
    return name.endsWith("Exception") || name.endsWith("Error");
  }

  /** A literal, a primitive value, a class literal or a static final field: no personal data. */
  static boolean constant(CtExpression<?> e) {
    if (e instanceof CtLiteral<?> || e.getType() != null && e.getType().isPrimitive()) {
      return true;
    }
    if (e instanceof CtFieldRead<?> read && read.getVariable() != null) {
      return read.getVariable().getSimpleName().equals("class")
          || read.getVariable().isStatic() && read.getVariable().isFinal();
    }
    return false;
  }

  /** True when a local keeps its first value: never assigned again, and no call adds anything to it. */
  private boolean neverChanged(CtLocalVariable<?> local, CtExecutable<?> method) {
    for (CtAssignment<?, ?> a : method.getElements(new TypeFilter<CtAssignment<?, ?>>(CtAssignment.class))) {
      if (a.getAssigned() instanceof CtVariableWrite<?> w && w.getVariable() != null
          && w.getVariable().getSimpleName().equals(local.getSimpleName())) {
        return false;
      }
    }
    for (CtInvocation<?> call : method.getElements(new TypeFilter<CtInvocation<?>>(CtInvocation.class))) {
      if (call.getTarget() instanceof CtVariableRead<?> read && read.getVariable() != null
          && read.getVariable().getSimpleName().equals(local.getSimpleName())
          && knowledge.frameworks().libraryCalls().mutatesReceiver(call, () -> knowledge.receiverTypes(call))) {
        return false;
      }
    }
    return true;
  }

  // ---- interceptors ------------------------------------------------------------------------------

  /**
   * True when a check {@code accepts} runs before the method's body: the method carries an
   * annotation whose type is declared a consent check (annotated {@code @ConsentCheck}, or named by
   * a {@code consentCheck} catalog entry), as an aspect checks consent for its annotation.
   */
  boolean intercepted(CtExecutable<?> method, Predicate<ConsentCheck> accepts) {
    return interceptors.computeIfAbsent(method, this::interceptorsOf).stream().anyMatch(accepts);
  }

  private List<ConsentCheck> interceptorsOf(CtExecutable<?> method) {
    List<ConsentCheck> found = new ArrayList<>();
    for (CtAnnotation<?> annotation : method.getAnnotations()) {
      CtTypeReference<?> type = annotation.getAnnotationType();
      if (type == null) {
        continue;
      }
      for (Declaration d : knowledge.declarationsOn(Target.type(type.getQualifiedName()))) {
        if (d.role() == Role.CONSENT_CHECK) {
          ConsentCheck check = ConsentCheck.of(d);
          found.add(check.purposes().isEmpty()
              ? new ConsentCheck(namedPurposes(annotation), check.separate(), check.guardian()) : check);
        }
      }
    }
    return List.copyOf(found);
  }

  /** The purposes an interceptor's annotation names: its {@code purposes}, else its {@code value}, if strings. */
  private static List<String> namedPurposes(CtAnnotation<?> annotation) {
    for (String attribute : List.of("purposes", "value")) {
      CtExpression<?> value = annotation.getValues().get(attribute);
      if (value != null) {
        List<String> purposes = new ArrayList<>();
        for (CtExpression<?> item : value instanceof CtNewArray<?> array ? array.getElements() : List.of(value)) {
          CtExpression<?> folded = item instanceof CtLiteral<?> ? item : item.partiallyEvaluate();
          if (folded instanceof CtLiteral<?> literal && literal.getValue() instanceof String s) {
            purposes.add(s);
          }
        }
        return purposes;
      }
    }
    return List.of();
  }

  private boolean isCheck(CtAbstractInvocation<?> call, Predicate<ConsentCheck> accepts) {
    return checks(call).stream().anyMatch(accepts);
  }

  private boolean isVoidCheck(CtInvocation<?> call, Predicate<ConsentCheck> accepts) {
    var type = call.getExecutable().getType();
    return type != null && type.getSimpleName().equals("void") && isCheck(call, accepts);
  }

  /** The {@code @ConsentCheck}s of the method a call runs (annotated or catalogued). */
  List<ConsentCheck> checks(CtAbstractInvocation<?> call) {
    CtExecutable<?> declaration = callGraph.declaration(call);
    return consentChecks(Knowledge.inModel(declaration) ? knowledge.declarationsOn(declaration)
        : knowledge.catalogued(call, Role.CONSENT_CHECK));
  }

  /** The {@code @ConsentCheck}s of the method a method reference names (annotated or catalogued). */
  private List<ConsentCheck> checks(CtExecutableReferenceExpression<?, ?> reference) {
    CtExecutable<?> declaration = callGraph.declarationOf(reference.getExecutable());
    return consentChecks(Knowledge.inModel(declaration) ? knowledge.declarationsOn(declaration)
        : knowledge.catalogued(reference, Role.CONSENT_CHECK));
  }

  private static List<ConsentCheck> consentChecks(List<Declaration> declarations) {
    return declarations.stream().filter(d -> d.role() == Role.CONSENT_CHECK).map(ConsentCheck::of).toList();
  }
}
