package dev.datawarden.analyzer.frameworks;

import dev.datawarden.analyzer.model.Elements;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtFieldAccess;
import spoon.reflect.code.CtLiteral;
import spoon.reflect.code.CtNewArray;
import spoon.reflect.declaration.CtAnnotation;
import spoon.reflect.declaration.CtMethod;
import spoon.reflect.declaration.CtType;
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
    if (Elements.annotated(m, entryAnnotations)) {
      return true;
    }
    return m.getSimpleName().equals("main") && m.hasModifier(ModifierKind.STATIC) && m.hasModifier(ModifierKind.PUBLIC)
        && m.getParameters().size() == 1 && m.getParameters().get(0).getType().getSimpleName().equals("String[]");
  }

  @Override
  public boolean receivesRequests(CtMethod<?> method) {
    return Elements.annotated(method, requestAnnotations);
  }

  @Override
  public Optional<Route> route(CtMethod<?> m) {
    String verb = "";
    String path = "";
    boolean mapped = false;
    for (CtAnnotation<?> a : m.getAnnotations()) {
      String name = a.getAnnotationType().getSimpleName();
      switch (name) {
        case "GetMapping", "PostMapping", "PutMapping", "DeleteMapping", "PatchMapping" -> {
          verb = name.substring(0, name.length() - "Mapping".length()).toUpperCase(java.util.Locale.ROOT);
          path = first(a, "value", "path");
          mapped = true;
        }
        case "RequestMapping" -> {
          verb = String.join(", ", values(a, "method").stream()
              .map(v -> v.substring(v.lastIndexOf('.') + 1)).toList());
          path = first(a, "value", "path");
          mapped = true;
        }
        case "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS" -> {
          verb = name;
          mapped = true;
        }
        case "Path" -> path = first(a, "value");
        default -> { }
      }
    }
    CtType<?> owner = m.getDeclaringType();
    String prefix = "";
    if (owner != null) {
      for (CtAnnotation<?> a : owner.getAnnotations()) {
        String name = a.getAnnotationType().getSimpleName();
        if (name.equals("RequestMapping") || name.equals("Path")) {
          prefix = first(a, "value", "path");
        }
      }
    }
    if (!mapped && path.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Route(verb, join(prefix, path)));
  }

  private static String join(String prefix, String path) {
    String p = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
    String q = path.isEmpty() || path.startsWith("/") ? path : "/" + path;
    String joined = p + q;
    return joined.isEmpty() ? "/" : joined;
  }

  private static String first(CtAnnotation<?> a, String... attributes) {
    for (String attribute : attributes) {
      List<String> v = values(a, attribute);
      if (!v.isEmpty()) {
        return v.get(0);
      }
    }
    return "";
  }

  /** The values of an annotation attribute written as literals, arrays of them or constants (by name). */
  private static List<String> values(CtAnnotation<?> a, String attribute) {
    CtExpression<?> e = a.getValues().get(attribute);
    if (e == null) {
      return List.of();
    }
    List<CtExpression<?>> items = e instanceof CtNewArray<?> array ? new ArrayList<>(array.getElements()) : List.of(e);
    List<String> values = new ArrayList<>();
    for (CtExpression<?> item : items) {
      if (item instanceof CtLiteral<?> literal && literal.getValue() != null) {
        values.add(String.valueOf(literal.getValue()));
      } else if (item instanceof CtFieldAccess<?> field) {
        values.add(field.getVariable().getSimpleName());
      } else {
        values.add(item.toString());
      }
    }
    return values;
  }
}
