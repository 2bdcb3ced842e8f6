package dev.datawarden.analyzer.rules.consent;

import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.fact.Role;
import dev.datawarden.analyzer.flow.CallGraph;
import dev.datawarden.analyzer.flow.Knowledge;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import spoon.reflect.code.BinaryOperatorKind;
import spoon.reflect.code.CtAbstractInvocation;
import spoon.reflect.code.CtAssignment;
import spoon.reflect.code.CtBinaryOperator;
import spoon.reflect.code.CtBlock;
import spoon.reflect.code.CtConditional;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtIf;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.code.CtLiteral;
import spoon.reflect.code.CtLocalVariable;
import spoon.reflect.code.CtReturn;
import spoon.reflect.code.CtStatement;
import spoon.reflect.code.CtStatementList;
import spoon.reflect.code.CtThrow;
import spoon.reflect.code.CtUnaryOperator;
import spoon.reflect.code.CtVariableRead;
import spoon.reflect.code.UnaryOperatorKind;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtVariable;
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
 * </pre>
 *
 * A check whose result is ignored, one that runs after the call, or one on another branch
 * guards nothing.
 */
final class Guards {

  private final Knowledge knowledge;
  private final CallGraph callGraph;

  Guards(Knowledge knowledge, CallGraph callGraph) {
    this.knowledge = knowledge;
    this.callGraph = callGraph;
  }

  /** True when {@code call}, inside {@code method}, only runs after a check satisfying {@code accepts} granted it. */
  boolean guarded(CtElement call, CtExecutable<?> method, Predicate<Declaration> accepts) {
    CtElement child = call;
    CtElement parent = child.isParentInitialized() ? child.getParent() : null;
    while (parent != null && child != method.getBody() && parent != method) {
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
      if (parent instanceof spoon.reflect.code.CtLambda<?>) {
        return false; // a lambda runs later, whatever was checked around it
      }
      child = parent;
      parent = child.isParentInitialized() ? child.getParent() : null;
    }
    return false;
  }

  /** A statement after which the rest of its block only runs if consent was granted. */
  private boolean isGuardStatement(CtStatement s, CtExecutable<?> method, Predicate<Declaration> accepts) {
    if (s instanceof CtIf branch) {
      Boolean granted = consentCondition(branch.getCondition(), method, accepts);
      if (granted == null) {
        return false;
      }
      // if (!granted) exit;   or   if (granted) { } else exit;
      return granted ? exits(branch.getElseStatement()) && !exits(branch.getThenStatement())
          : exits(branch.getThenStatement());
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

  /** True when every way through the statement ends in a throw or a return. */
  private static boolean exits(CtStatement s) {
    if (s == null) {
      return false;
    }
    if (s instanceof CtThrow || s instanceof CtReturn<?>) {
      return true;
    }
    if (s instanceof CtBlock<?> block) {
      return block.getStatements().stream().anyMatch(Guards::exits);
    }
    if (s instanceof CtIf branch) {
      return exits(branch.getThenStatement()) && exits(branch.getElseStatement());
    }
    return false;
  }

  /**
   * Whether an expression is a consent check's answer: {@code true} when it holds if consent was
   * granted, {@code false} when it holds if consent was refused, null when it is no such answer.
   */
  private Boolean consentCondition(CtExpression<?> e, CtExecutable<?> method, Predicate<Declaration> accepts) {
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
  private boolean assignedOnlyFromCheck(CtLocalVariable<?> local, CtExecutable<?> method, Predicate<Declaration> accepts) {
    if (!(local.getDefaultExpression() instanceof CtInvocation<?> init) || !isCheck(init, accepts)) {
      return false;
    }
    for (CtAssignment<?, ?> a : method.getElements(new TypeFilter<CtAssignment<?, ?>>(CtAssignment.class))) {
      if (a.getAssigned() instanceof spoon.reflect.code.CtVariableWrite<?> w && w.getVariable() != null
          && w.getVariable().getSimpleName().equals(local.getSimpleName())) {
        return false;
      }
    }
    return true;
  }

  private boolean isCheck(CtAbstractInvocation<?> call, Predicate<Declaration> accepts) {
    return checks(call).stream().anyMatch(accepts);
  }

  private boolean isVoidCheck(CtInvocation<?> call, Predicate<Declaration> accepts) {
    var type = call.getExecutable().getType();
    return type != null && type.getSimpleName().equals("void") && isCheck(call, accepts);
  }

  /** The {@code @ConsentCheck} declarations of the method a call runs (annotated or catalogued). */
  List<Declaration> checks(CtAbstractInvocation<?> call) {
    CtExecutable<?> declaration = callGraph.declaration(call);
    List<Declaration> found = new ArrayList<>();
    if (Knowledge.inModel(declaration)) {
      for (Declaration d : knowledge.declarationsOn(declaration)) {
        if (d.role() == Role.CONSENT_CHECK) {
          found.add(d);
        }
      }
      return found;
    }
    return knowledge.catalogued(call, Role.CONSENT_CHECK);
  }
}
