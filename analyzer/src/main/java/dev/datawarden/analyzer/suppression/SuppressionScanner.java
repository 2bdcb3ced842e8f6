package dev.datawarden.analyzer.suppression;

import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.model.SourceModel;
import java.util.ArrayList;
import java.util.List;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtLiteral;
import spoon.reflect.code.CtLocalVariable;
import spoon.reflect.code.CtNewArray;
import spoon.reflect.cu.SourcePosition;
import spoon.reflect.declaration.CtAnnotation;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtNamedElement;
import spoon.reflect.declaration.CtParameter;
import spoon.reflect.declaration.CtType;
import spoon.reflect.declaration.CtTypeMember;
import spoon.reflect.reference.CtTypeReference;

/**
 * Finds the {@code @SuppressWarnings("datawarden:RuleKey")} annotations of a model, each with the
 * lines of the declaration it is on. Keys of other tools in the same annotation are ignored.
 */
public final class SuppressionScanner {
  private SuppressionScanner() {}

  /** Every DataWarden suppression in {@code model}, in source order; none has findings yet. */
  public static List<Suppression> scan(SourceModel model) {
    List<Suppression> found = new ArrayList<>();
    for (CtAnnotation<?> a : model.index().all(CtAnnotation.class)) {
      if (!isSuppressWarnings(a.getAnnotationType())) {
        continue;
      }
      CtElement element = a.getAnnotatedElement();
      SourcePosition position = element == null ? null : element.getPosition();
      if (position == null || !position.isValidPosition()) {
        continue;
      }
      Location at = model.locate(a);
      int first = Math.min(at.line(), position.getLine());
      for (CtAnnotation<?> other : element.getAnnotations()) {
        SourcePosition p = other.getPosition();
        if (p != null && p.isValidPosition()) {
          first = Math.min(first, p.getLine());
        }
      }
      for (String key : keys(a)) {
        if (key.startsWith(Suppression.PREFIX)) {
          found.add(new Suppression(key.substring(Suppression.PREFIX.length()).trim(), at, name(element), first,
              position.getEndLine(), List.of()));
        }
      }
    }
    return found.stream().sorted().toList();
  }

  private static boolean isSuppressWarnings(CtTypeReference<?> type) {
    return type != null && (type.getQualifiedName().equals("java.lang.SuppressWarnings")
        || type.getSimpleName().equals("SuppressWarnings") && type.getDeclaration() == null);
  }

  /** The string values of the annotation, whether written as one literal, an array or constants. */
  private static List<String> keys(CtAnnotation<?> annotation) {
    CtExpression<?> value = annotation.getValues().get("value");
    List<CtExpression<?>> items = new ArrayList<>();
    if (value instanceof CtNewArray<?> array) {
      items.addAll(array.getElements());
    } else if (value != null) {
      items.add(value);
    }
    List<String> keys = new ArrayList<>();
    for (CtExpression<?> item : items) {
      CtExpression<?> folded = item instanceof CtLiteral<?> ? item : item.partiallyEvaluate();
      if (folded instanceof CtLiteral<?> literal && literal.getValue() instanceof String s) {
        keys.add(s);
      }
    }
    return keys;
  }

  /** How users name a declaration: {@code Member}, {@code Member.email}, {@code Member.rename()}. */
  static String name(CtElement element) {
    if (element instanceof CtType<?> type) {
      return type.getQualifiedName().substring(type.getQualifiedName().lastIndexOf('.') + 1).replace('$', '.');
    }
    CtType<?> owner = element.getParent(CtType.class);
    String prefix = owner == null ? "" : name(owner) + ".";
    if (element instanceof CtField<?> field) {
      return prefix + field.getSimpleName();
    }
    if (element instanceof CtExecutable<?> executable && element instanceof CtTypeMember) {
      String simple = executable.getSimpleName().equals("<init>") && owner != null
          ? owner.getSimpleName() : executable.getSimpleName();
      return prefix + simple + "()";
    }
    if (element instanceof CtParameter<?> || element instanceof CtLocalVariable<?>) {
      CtExecutable<?> in = element.getParent(CtExecutable.class);
      String where = in == null ? prefix : name(in);
      return ((CtNamedElement) element).getSimpleName() + " in " + where;
    }
    return element instanceof CtNamedElement named ? prefix + named.getSimpleName() : prefix.replaceAll("\\.$", "");
  }
}
