package dev.datawarden.analyzer.flow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import spoon.reflect.CtModel;
import spoon.reflect.code.CtAbstractInvocation;
import spoon.reflect.declaration.CtConstructor;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtMethod;
import spoon.reflect.declaration.CtType;
import spoon.reflect.declaration.ModifierKind;
import spoon.reflect.reference.CtExecutableReference;
import spoon.reflect.visitor.filter.TypeFilter;

/**
 * The class-hierarchy call graph of the analysed code: a call reaches the method it names and
 * every analysed method overriding it. Lambdas belong to the method that writes them.
 */
public final class CallGraph {

  /** One call in the analysed code: who calls, and the call expression. */
  public record CallSite(CtExecutable<?> caller, CtAbstractInvocation<?> call) {}

  /** Annotations (by simple name) that make a method an entry point: endpoints, jobs, listeners. */
  private static final Set<String> ENTRY_ANNOTATIONS = Set.of(
      "RequestMapping", "GetMapping", "PostMapping", "PutMapping", "DeleteMapping", "PatchMapping",
      "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "Path",
      "Scheduled", "KafkaListener", "RabbitListener", "JmsListener", "SqsListener", "StreamListener",
      "EventListener", "TransactionalEventListener", "CollectionPoint");

  private final List<CtExecutable<?>> executables = new ArrayList<>();
  private final Map<CtAbstractInvocation<?>, List<CtExecutable<?>>> targets = new IdentityHashMap<>();
  private final Map<CtExecutable<?>, List<CallSite>> callers = new IdentityHashMap<>();
  private final Map<CtExecutable<?>, List<CallSite>> calls = new IdentityHashMap<>();
  private final Set<CtExecutable<?>> entryPoints = Collections.newSetFromMap(new IdentityHashMap<>());
  private final boolean frameworkEntryPoints;

  CallGraph(CtModel model) {
    Map<String, List<CtMethod<?>>> methodsByName = new HashMap<>();
    for (CtType<?> type : model.getAllTypes()) {
      for (CtExecutable<?> e : type.getElements(new TypeFilter<CtExecutable<?>>(CtExecutable.class))) {
        if (e instanceof CtMethod<?> m) {
          executables.add(m);
          methodsByName.computeIfAbsent(m.getSimpleName(), k -> new ArrayList<>()).add(m);
        } else if (e instanceof CtConstructor<?> c) {
          executables.add(c);
        }
      }
    }
    for (CtExecutable<?> caller : executables) {
      for (CtAbstractInvocation<?> call : caller.getElements(new TypeFilter<CtAbstractInvocation<?>>(CtAbstractInvocation.class))) {
        if (owner(call) != caller) {
          continue; // inside a nested class: belongs to that class's method
        }
        List<CtExecutable<?>> resolved = resolve(call.getExecutable(), methodsByName);
        targets.put(call, resolved);
        CallSite site = new CallSite(caller, call);
        calls.computeIfAbsent(caller, k -> new ArrayList<>()).add(site);
        for (CtExecutable<?> t : resolved) {
          callers.computeIfAbsent(t, k -> new ArrayList<>()).add(site);
        }
      }
    }
    for (CtExecutable<?> e : executables) {
      if (isFrameworkEntryPoint(e)) {
        entryPoints.add(e);
      }
    }
    frameworkEntryPoints = !entryPoints.isEmpty();
    if (!frameworkEntryPoints) {
      for (CtExecutable<?> e : executables) {
        if (e instanceof CtMethod<?> m && m.hasModifier(ModifierKind.PUBLIC) && m.getBody() != null
            && callers.getOrDefault(m, List.of()).isEmpty()) {
          entryPoints.add(m);
        }
      }
    }
  }

  /** The method or constructor whose code holds this element; lambdas are part of their method. */
  static CtExecutable<?> owner(CtElement element) {
    CtElement e = element.isParentInitialized() ? element.getParent() : null;
    while (e != null && !(e instanceof CtMethod<?> || e instanceof CtConstructor<?>)) {
      e = e.isParentInitialized() ? e.getParent() : null;
    }
    return (CtExecutable<?>) e;
  }

  private static List<CtExecutable<?>> resolve(CtExecutableReference<?> ref, Map<String, List<CtMethod<?>>> byName) {
    CtExecutable<?> declared;
    try {
      declared = ref.getExecutableDeclaration();
    } catch (RuntimeException e) {
      return List.of(); // an unresolvable reference in no-class-path mode
    }
    if (!Knowledge.inModel(declared)) {
      return List.of();
    }
    Set<CtExecutable<?>> result = new LinkedHashSet<>();
    result.add(declared);
    if (declared instanceof CtMethod<?> m && !m.hasModifier(ModifierKind.STATIC) && !m.hasModifier(ModifierKind.PRIVATE)) {
      for (CtMethod<?> candidate : byName.getOrDefault(m.getSimpleName(), List.of())) {
        if (candidate != m && candidate.getParameters().size() == m.getParameters().size() && overrides(candidate, m)) {
          result.add(candidate);
        }
      }
    }
    return List.copyOf(result);
  }

  private static boolean overrides(CtMethod<?> candidate, CtMethod<?> method) {
    try {
      return candidate.isOverriding(method);
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static boolean isFrameworkEntryPoint(CtExecutable<?> e) {
    if (!(e instanceof CtMethod<?> m)) {
      return false;
    }
    if (m.getAnnotations().stream().anyMatch(a -> ENTRY_ANNOTATIONS.contains(a.getAnnotationType().getSimpleName()))) {
      return true;
    }
    return m.getSimpleName().equals("main") && m.hasModifier(ModifierKind.STATIC) && m.hasModifier(ModifierKind.PUBLIC)
        && m.getParameters().size() == 1 && m.getParameters().get(0).getType().getSimpleName().equals("String[]");
  }

  /** Every analysed method and constructor. */
  public List<CtExecutable<?>> executables() {
    return Collections.unmodifiableList(executables);
  }

  /** The analysed methods a call may run: the one it names and its overriders; empty for library calls. */
  public List<CtExecutable<?>> targets(CtAbstractInvocation<?> call) {
    return targets.getOrDefault(call, List.of());
  }

  public List<CallSite> callers(CtExecutable<?> callee) {
    return callers.getOrDefault(callee, List.of());
  }

  /** The calls an executable makes, in source order. */
  public List<CallSite> calls(CtExecutable<?> caller) {
    return calls.getOrDefault(caller, List.of());
  }

  public boolean isEntryPoint(CtExecutable<?> e) {
    return entryPoints.contains(e);
  }

  public Set<CtExecutable<?>> entryPoints() {
    return Collections.unmodifiableSet(entryPoints);
  }

  /** True when entry points come from frameworks or {@code main}; false when uncalled public methods stand in. */
  public boolean hasFrameworkEntryPoints() {
    return frameworkEntryPoints;
  }
}
