package dev.datawarden.analyzer.model;

import java.util.List;
import java.util.Set;
import spoon.reflect.declaration.CtAnnotation;
import spoon.reflect.declaration.CtClass;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtType;
import spoon.reflect.reference.CtTypeReference;

/** Small questions about model elements that several analyses ask the same way. */
public final class Elements {
  private Elements() {}

  /**
   * The position of this very element in a list, or -1. By identity: Spoon's {@code equals()}
   * compares elements by their text, so {@code list.indexOf(e)} finds the first argument written
   * like {@code e}, not {@code e}.
   */
  public static int indexOf(List<? extends CtElement> elements, CtElement e) {
    for (int i = 0; i < elements.size(); i++) {
      if (elements.get(i) == e) {
        return i;
      }
    }
    return -1;
  }

  /** {@code void} or {@code Void}. */
  public static boolean isVoid(CtTypeReference<?> type) {
    return type != null && ("void".equals(type.getQualifiedName()) || "java.lang.Void".equals(type.getQualifiedName()));
  }

  /** {@code boolean} or {@code Boolean}. */
  public static boolean isBoolean(CtTypeReference<?> type) {
    return type != null
        && ("boolean".equals(type.getQualifiedName()) || "java.lang.Boolean".equals(type.getQualifiedName()));
  }

  /** An annotation's simple name: frameworks are recognised by it, whichever package declares the annotation. */
  public static String simpleName(CtAnnotation<?> annotation) {
    return annotation.getAnnotationType().getSimpleName();
  }

  /** True when the element carries an annotation of one of these simple names (see {@link #simpleName}). */
  public static boolean annotated(CtElement element, Set<String> simpleNames) {
    return element.getAnnotations().stream().anyMatch(a -> simpleNames.contains(simpleName(a)));
  }

  /**
   * An anonymous class, as Spoon's {@code CtClass.isAnonymous()} answers (its simple name is the
   * number the compiler gave it), without the exception Spoon's answer costs for every named class:
   * it parses the name as a number, and the data flow asks for every step it labels.
   */
  public static boolean isAnonymous(CtType<?> type) {
    if (!(type instanceof CtClass<?>)) {
      return false;
    }
    String name = type.getSimpleName();
    if (name == null || name.isEmpty()) {
      return type.isAnonymous();
    }
    for (int i = 0; i < name.length(); i++) {
      if (!Character.isDigit(name.charAt(i))) {
        return false;
      }
    }
    return name.length() < 10 || type.isAnonymous(); // a number that may not fit an int: as Spoon decides
  }

  /** {@code java.lang.String}, resolved. */
  public static boolean isString(CtTypeReference<?> type) {
    return type != null && "java.lang.String".equals(type.getQualifiedName());
  }

  /**
   * {@code java.lang.String}, or a type named {@code String} that did not resolve (no-class-path
   * mode): where taking text for a string only costs precision.
   */
  public static boolean mayBeString(CtTypeReference<?> type) {
    return type != null && (type.getQualifiedName().equals("java.lang.String") || type.getSimpleName().equals("String"));
  }
}
