package dev.datawarden.analyzer.frameworks;

import dev.datawarden.analyzer.model.Elements;
import java.util.Set;
import spoon.reflect.declaration.CtMethod;
import spoon.reflect.declaration.ModifierKind;

/**
 * Spring MVC and JAX-RS endpoints, and the other ways a framework calls into application code
 * (schedules, message and event listeners), plus a program's {@code main}.
 */
final class WebEndpoints implements FrameworkModel {
  private final Set<String> requestAnnotations;
  private final Set<String> entryAnnotations;

  WebEndpoints(FrameworkData data) {
    requestAnnotations = data.names("endpoints", "requestAnnotations");
    entryAnnotations = data.names("endpoints", "entryAnnotations");
  }

  @Override
  public boolean isEntryPoint(CtMethod<?> m) {
    if (m.getAnnotations().stream().anyMatch(a -> entryAnnotations.contains(Elements.simpleName(a)))) {
      return true;
    }
    return m.getSimpleName().equals("main") && m.hasModifier(ModifierKind.STATIC) && m.hasModifier(ModifierKind.PUBLIC)
        && m.getParameters().size() == 1 && m.getParameters().get(0).getType().getSimpleName().equals("String[]");
  }

  @Override
  public boolean receivesRequests(CtMethod<?> method) {
    return method.getAnnotations().stream().anyMatch(a -> requestAnnotations.contains(Elements.simpleName(a)));
  }
}
