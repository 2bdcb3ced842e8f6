package dev.datawarden.analyzer.rules.consent;

import dev.datawarden.analyzer.flow.CallGraph;
import dev.datawarden.analyzer.flow.Flow;
import dev.datawarden.analyzer.flow.Knowledge;
import dev.datawarden.analyzer.flow.Sink;
import dev.datawarden.analyzer.flow.Source;
import dev.datawarden.analyzer.frameworks.JavaBeans;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import spoon.reflect.code.CtAbstractInvocation;
import spoon.reflect.code.CtAssignment;
import spoon.reflect.code.CtBinaryOperator;
import spoon.reflect.code.CtBlock;
import spoon.reflect.code.CtExecutableReferenceExpression;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtFieldAccess;
import spoon.reflect.code.CtFieldRead;
import spoon.reflect.code.CtFieldWrite;
import spoon.reflect.code.CtForEach;
import spoon.reflect.code.CtInvocation;
import spoon.reflect.code.CtLambda;
import spoon.reflect.code.CtLocalVariable;
import spoon.reflect.code.CtReturn;
import spoon.reflect.code.CtThisAccess;
import spoon.reflect.code.CtTypeAccess;
import spoon.reflect.code.CtVariableRead;
import spoon.reflect.code.CtVariableWrite;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtParameter;
import spoon.reflect.declaration.CtVariable;
import spoon.reflect.reference.CtTypeReference;
import spoon.reflect.visitor.filter.TypeFilter;

/**
 * Whether the data a storage sink receives is data already held: it all comes from reading
 * storage, so storing it again (a status update re-saving the entity) is no new collection.
 *
 * <p>A value is held when it is the result of a storage read ({@link Knowledge#readsStorage}:
 * a repository's {@code findById}, a mapper's {@code <select>}, {@code EntityManager.find}), or
 * comes from one through calls on it that bring no other data ({@code orElseThrow()},
 * {@code getMember()}, {@code stream().map(…)}), field reads, loops over it, lambdas given its
 * items, locals whose every value is held, and parameters that every caller passes held data to.
 * A held object stops being held when the method gives it personal data of another origin: a
 * setter or field write of a declared personal field, or any call on it or beside it whose
 * arguments may bring data (a value that is neither held, constant, primitive nor an enum, and not
 * an undeclared property of another object). Constants carry no data. Anything else is new.
 */
final class HeldData {
  private static final int MAX_DEPTH = 12;

  private final Knowledge knowledge;
  private final CallGraph callGraph;

  HeldData(Knowledge knowledge, CallGraph callGraph) {
    this.knowledge = knowledge;
    this.callGraph = callGraph;
  }

  /**
   * The data of the flow being judged: a held object given new data in some property still holds
   * its own copy of this data when no new value may bring it (see {@link #unchanged}).
   */
  private Source data;

  /**
   * True when the flow stores data already held: a storage sink whose every argument is held or
   * constant. A loaded member whose password is replaced and saved again stores the new password,
   * but its phone number and e-mail address again, as held: only the flow of the new data is new.
   */
  boolean storesHeldData(Flow flow) {
    if (flow.sink().kind() != Sink.Kind.STORAGE) {
      return false;
    }
    data = flow.source();
    try {
      return storesHeld(flow);
    } finally {
      data = null;
    }
  }

  private boolean storesHeld(Flow flow) {
    CtExecutable<?> method = flow.chain().get(flow.chain().size() - 1);
    Set<CtElement> visiting = Collections.newSetFromMap(new IdentityHashMap<>());
    if (flow.sinkCall() instanceof CtExecutableReferenceExpression<?, ?> reference) {
      return itemsHeld(reference, method, 0, visiting); // loaded.forEach(repository::save)
    }
    if (!(flow.sinkCall() instanceof CtAbstractInvocation<?> call)) {
      return false;
    }
    boolean any = false;
    for (CtExpression<?> a : call.getArguments()) {
      if (held(a, method, 0, visiting)) {
        any = true;
      } else if (!Guards.constant(a)) {
        return false;
      }
    }
    return any;
  }

  private boolean held(CtExpression<?> e, CtExecutable<?> method, int depth, Set<CtElement> visiting) {
    if (e == null || depth > MAX_DEPTH) {
      return false;
    }
    if (e instanceof CtInvocation<?> call) {
      if (knowledge.readsStorage(call, callGraph.declaration(call)) || returnsHeld(call, depth, visiting)) {
        return true;
      }
      return call.getTarget() != null && call.getArguments().stream().allMatch(Guards::bringsNoOtherData)
          && held(call.getTarget(), method, depth + 1, visiting);
    }
    if (e instanceof CtFieldRead<?> read) {
      return read.getTarget() != null && !(read.getTarget() instanceof CtThisAccess<?>)
          && held(read.getTarget(), method, depth + 1, visiting);
    }
    if (e instanceof CtVariableRead<?> read && read.getVariable() != null) {
      CtVariable<?> variable = knowledge.index().variable(read.getVariable());
      if (variable == null || !visiting.add(variable)) {
        return false;
      }
      try {
        return heldVariable(variable, method, depth, visiting);
      } finally {
        visiting.remove(variable);
      }
    }
    return false;
  }

  /**
   * True when every analysed method the call may run returns held data or constants: a service
   * method that returns its mapper's read ({@code userService.selectUserById(id)}), or null.
   */
  private boolean returnsHeld(CtInvocation<?> call, int depth, Set<CtElement> visiting) {
    List<CtExecutable<?>> targets = callGraph.targets(call);
    if (targets.isEmpty() || depth > MAX_DEPTH) {
      return false;
    }
    for (CtExecutable<?> target : targets) {
      if (target.getBody() == null || !visiting.add(target)) {
        return false;
      }
      try {
        List<CtReturn<?>> returns = target.getBody().getElements(new TypeFilter<CtReturn<?>>(CtReturn.class)).stream()
            .filter(r -> r.getParent(CtExecutable.class) == target).toList();
        // return null, or another constant, gives no data
        List<CtReturn<?>> giving = returns.stream().filter(r -> !Guards.constant(r.getReturnedExpression())).toList();
        if (giving.isEmpty() || giving.stream().anyMatch(r -> !held(r.getReturnedExpression(), target, depth + 1, visiting))) {
          return false;
        }
      } finally {
        visiting.remove(target);
      }
    }
    return true;
  }

  private boolean heldVariable(CtVariable<?> variable, CtExecutable<?> method, int depth, Set<CtElement> visiting) {
    if (variable instanceof CtLocalVariable<?> local && local.isParentInitialized()
        && local.getParent() instanceof CtForEach loop && loop.getVariable() == local) {
      return held(loop.getExpression(), method, depth + 1, visiting) && unchanged(local, method, depth, visiting);
    }
    if (variable instanceof CtLocalVariable<?> local) {
      if (local.getDefaultExpression() == null || !held(local.getDefaultExpression(), method, depth + 1, visiting)) {
        return false;
      }
      for (CtAssignment<?, ?> a : method.getElements(new TypeFilter<CtAssignment<?, ?>>(CtAssignment.class))) {
        if (a.getAssigned() instanceof CtVariableWrite<?> w && w.getVariable() != null
            && w.getVariable().getSimpleName().equals(local.getSimpleName())
            && !held(a.getAssignment(), method, depth + 1, visiting)) {
          return false;
        }
      }
      return unchanged(local, method, depth, visiting);
    }
    if (variable instanceof CtParameter<?> parameter && parameter.getParent() instanceof CtLambda<?> lambda) {
      return itemsHeld(lambda, method, depth + 1, visiting) && unchanged(parameter, method, depth, visiting);
    }
    if (variable instanceof CtParameter<?> parameter && parameter.getParent() != null) {
      CtExecutable<?> owner = parameter.getParent();
      int index = owner.getParameters().indexOf(parameter);
      List<CallGraph.CallSite> callers = callGraph.callers(owner);
      if (callers.isEmpty() || callGraph.isEntryPoint(owner) || !unchanged(parameter, owner, depth, visiting)) {
        return false; // data from outside the analysed code: a request, a message
      }
      for (CallGraph.CallSite site : callers) {
        if (site.call().getArguments().size() <= index
            || !held(site.call().getArguments().get(index), site.caller(), depth + 1, visiting)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /** True when a lambda or method reference gets the items of held data: {@code loaded.forEach(f)}. */
  private boolean itemsHeld(CtExpression<?> function, CtExecutable<?> method, int depth, Set<CtElement> visiting) {
    return function.isParentInitialized() && function.getParent() instanceof CtInvocation<?> user
        && user.getArguments().stream().anyMatch(a -> a == function)
        && held(user.getTarget(), method, depth + 1, visiting);
  }

  /**
   * True when the method gives a held object no personal data of another origin: no call on it, no
   * field write into it and no call it is passed to takes a value that may bring data, except that
   * a setter or field of an undeclared property may take anything but personal data read elsewhere.
   */
  private boolean unchanged(CtVariable<?> variable, CtExecutable<?> method, int depth, Set<CtElement> visiting) {
    for (CtInvocation<?> call : method.getElements(new TypeFilter<CtInvocation<?>>(CtInvocation.class))) {
      boolean on = reads(call.getTarget(), variable);
      boolean passed = call.getArguments().stream().anyMatch(a -> reads(a, variable));
      if (!on && !passed) {
        continue;
      }
      String property = on ? JavaBeans.setterProperty(call.getExecutable().getSimpleName(), call.getArguments().size())
          : null;
      boolean undeclared = property != null && !declaredPersonal(variable.getType(), property);
      for (CtExpression<?> a : call.getArguments()) {
        if (!reads(a, variable) && bringsData(a, undeclared, method, depth, visiting)
            && !(property != null && bringsOtherData(variable.getType(), property, a, depth))) {
          return false;
        }
      }
    }
    for (CtAssignment<?, ?> a : method.getElements(new TypeFilter<CtAssignment<?, ?>>(CtAssignment.class))) {
      if (a.getAssigned() instanceof CtFieldWrite<?> w && reads(w.getTarget(), variable) && w.getVariable() != null
          && bringsData(a.getAssignment(), !declaredPersonal(variable.getType(), w.getVariable().getSimpleName()),
              method, depth, visiting)
          && !bringsOtherData(variable.getType(), w.getVariable().getSimpleName(), a.getAssignment(), depth)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when a value written into the property of a held object is new data, but not the data
   * being judged: the property is not where the object keeps it, and the value cannot bring it.
   */
  private boolean bringsOtherData(CtTypeReference<?> type, String property, CtExpression<?> value, int depth) {
    return data != null && type != null && !knowledge.fieldSources(type.getQualifiedName(), property).contains(data)
        && !mayHold(value, data::equals, depth + 1, Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  /**
   * Whether a value may hold declared data {@code wanted} accepts. False only when it can be told it
   * does not: a constant or an enum, an undeclared field or property of another object, a library's
   * result of such values ({@code new Date()}, {@code encoder.encode(password)}, a sum of counts), a
   * local built from them, a request's parameter nothing declares, and a parameter every caller
   * gives such a value. True when it cannot be told (analysed code may read anything).
   */
  private boolean mayHold(CtExpression<?> value, Predicate<Source> wanted, int depth, Set<CtElement> visiting) {
    if (value == null || depth > MAX_DEPTH) {
      return true;
    }
    if (Guards.constant(value) || isEnum(value.getType())) {
      return false;
    }
    if (value instanceof CtFieldAccess<?> field && field.getVariable() != null && field.getVariable().getDeclaringType() != null) {
      return any(knowledge.fieldSources(field.getVariable().getDeclaringType().getQualifiedName(),
          field.getVariable().getSimpleName()), wanted) || any(knowledge.carriedBy(field.getType()), wanted);
    }
    if (value instanceof CtBinaryOperator<?> op) {
      return mayHold(op.getLeftHandOperand(), wanted, depth + 1, visiting)
          || mayHold(op.getRightHandOperand(), wanted, depth + 1, visiting);
    }
    if (value instanceof CtAbstractInvocation<?> call) {
      boolean getter = call instanceof CtInvocation<?> i && getter(i);
      CtExecutable<?> declaration = callGraph.declaration(call);
      if (Knowledge.inModel(declaration) && !getter) {
        return true;
      }
      if (any(knowledge.methodSources(call.getExecutable(), declaration), wanted)
          || any(knowledge.carriedBy(value.getType()), wanted)) {
        return true;
      }
      CtExpression<?> target = call instanceof CtInvocation<?> i ? i.getTarget() : null;
      if (getter) {
        CtTypeReference<?> owner = knowledge.staticType(target);
        String property = JavaBeans.getterProperty(call.getExecutable().getSimpleName(), 0);
        return owner == null || any(knowledge.fieldSources(owner.getQualifiedName(), property), wanted);
      }
      return target != null && !(target instanceof CtTypeAccess<?>) && mayHold(target, wanted, depth + 1, visiting)
          || call.getArguments().stream().anyMatch(a -> mayHold(a, wanted, depth + 1, visiting));
    }
    if (value instanceof CtVariableRead<?> read && read.getVariable() != null) {
      CtVariable<?> variable = knowledge.index().variable(read.getVariable());
      if (variable == null || !visiting.add(variable)) {
        return variable == null; // a variable met again adds nothing to what its first meeting finds
      }
      try {
        return variableMayHold(variable, wanted, depth, visiting);
      } finally {
        visiting.remove(variable);
      }
    }
    return true;
  }

  private boolean variableMayHold(CtVariable<?> variable, Predicate<Source> wanted, int depth, Set<CtElement> visiting) {
    if (any(knowledge.carriedBy(variable.getType()), wanted)) {
      return true;
    }
    if (variable instanceof CtLocalVariable<?> local) {
      CtExecutable<?> in = local.getParent(CtExecutable.class);
      boolean reassigned = in != null && in.getElements(new TypeFilter<CtAssignment<?, ?>>(CtAssignment.class)).stream()
          .anyMatch(a -> a.getAssigned() instanceof CtVariableWrite<?> w && w.getVariable() != null
              && w.getVariable().getSimpleName().equals(local.getSimpleName()));
      return reassigned || !(local.getParent() instanceof CtBlock<?>)
          || mayHold(local.getDefaultExpression(), wanted, depth + 1, visiting);
    }
    if (variable instanceof CtParameter<?> parameter && parameter.getParent() != null
        && !(parameter.getParent() instanceof CtLambda<?>)) {
      CtExecutable<?> owner = parameter.getParent();
      if (any(knowledge.parameterSources(parameter), wanted)) {
        return true;
      }
      if (callGraph.isEntryPoint(owner)) {
        return false; // what the request gives it, which no declaration makes personal
      }
      int index = owner.getParameters().indexOf(parameter);
      List<CallGraph.CallSite> callers = callGraph.callers(owner);
      return callers.isEmpty() || callers.stream().anyMatch(site -> site.call().getArguments().size() <= index
          || mayHold(site.call().getArguments().get(index), wanted, depth + 1, visiting));
    }
    return true;
  }

  private static boolean any(List<Source> sources, Predicate<Source> wanted) {
    return sources.stream().anyMatch(wanted);
  }

  private static boolean getter(CtInvocation<?> call) {
    return call.getTarget() != null && !(call.getTarget() instanceof CtTypeAccess<?>)
        && JavaBeans.getterProperty(call.getExecutable().getSimpleName(), call.getArguments().size()) != null;
  }

  /**
   * True when a value given to a held object may bring data of another origin; into an undeclared
   * property ({@code setStatus(form.getStatus())}) only declared personal data counts.
   */
  private boolean bringsData(CtExpression<?> value, boolean undeclared, CtExecutable<?> method, int depth,
      Set<CtElement> visiting) {
    if (Guards.constant(value) || isEnum(value.getType()) || held(value, method, depth + 1, visiting)) {
      return false;
    }
    return !undeclared || mayHold(value, source -> true, depth + 1, Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  private boolean declaredPersonal(CtTypeReference<?> type, String property) {
    return type == null || !knowledge.fieldSources(type.getQualifiedName(), property).isEmpty();
  }

  private static boolean isEnum(CtTypeReference<?> type) {
    try {
      return type != null && type.getTypeDeclaration() != null && type.getTypeDeclaration().isEnum();
    } catch (RuntimeException e) {
      return false; // an unresolved type in no-class-path mode
    }
  }

  private static boolean reads(CtExpression<?> e, CtVariable<?> variable) {
    return e instanceof CtVariableRead<?> read && read.getVariable() != null
        && read.getVariable().getSimpleName().equals(variable.getSimpleName());
  }
}
