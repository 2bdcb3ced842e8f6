package dev.datawarden.analyzer.fact;

import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.model.SourceModel;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import spoon.reflect.code.CtExpression;
import spoon.reflect.code.CtFieldRead;
import spoon.reflect.code.CtLiteral;
import spoon.reflect.code.CtNewArray;
import spoon.reflect.code.CtTypeAccess;
import spoon.reflect.code.CtVariableAccess;
import spoon.reflect.declaration.CtAnnotation;
import spoon.reflect.declaration.CtAnnotationType;
import spoon.reflect.declaration.CtCompilationUnit;
import spoon.reflect.declaration.CtConstructor;
import spoon.reflect.declaration.CtElement;
import spoon.reflect.declaration.CtExecutable;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtImport;
import spoon.reflect.declaration.CtImportKind;
import spoon.reflect.declaration.CtMethod;
import spoon.reflect.declaration.CtParameter;
import spoon.reflect.declaration.CtRecordComponent;
import spoon.reflect.declaration.CtType;
import spoon.reflect.declaration.CtTypeMember;
import spoon.reflect.reference.CtTypeReference;

/**
 * Turns the vocabulary annotations of the model into {@link Declaration}s. Values are read from
 * the source (constants are folded), never through reflection, so the result is the same with or
 * without the annotations on the class path.
 */
public final class FactCollector {
  private static final String VOCABULARY_PACKAGE = "dev.datawarden.annotations";

  private final SourceModel model;
  private final List<Declaration> declarations = new ArrayList<>();
  private final List<Misuse> misuses = new ArrayList<>();
  private final IdentityHashMap<CtElement, List<Declaration>> byElement = new IdentityHashMap<>();

  private FactCollector(SourceModel model) {
    this.model = model;
  }

  /** Collects the source declarations of {@code model} and adds {@code catalogDeclarations} after them. */
  public static Facts collect(SourceModel model, List<Declaration> catalogDeclarations, List<Misuse> catalogMisuses) {
    FactCollector c = new FactCollector(model);
    for (CtAnnotation<?> a : model.index().all(CtAnnotation.class)) {
      c.annotation(a);
    }
    c.declarations.addAll(catalogDeclarations);
    c.misuses.addAll(catalogMisuses);
    for (Declaration d : catalogDeclarations) {
      if (d.origin() == Declaration.Origin.CATALOG) {
        c.bind(d);
      }
    }
    return new Facts(c.declarations, c.misuses, c.byElement);
  }

  /**
   * A user's catalog entry naming a method, a parameter or a type of the analysed sources is a
   * declaration on it, exactly as the annotation would be: whatever asks for the declarations on
   * that element (is this method a transfer, an anonymiser, a consent check?) gets it too. Fields
   * are asked for by their target everywhere already.
   */
  private void bind(Declaration d) {
    Target t = d.target();
    CtType<?> type = model.index().type(t.typeName()); // nested types written a.B$C, as catalogs name them
    if (type == null) {
      return; // a library's: matched by name at each call
    }
    switch (t.kind()) {
      case TYPE -> byElement.computeIfAbsent(type, k -> new ArrayList<>()).add(d);
      case METHOD, PARAMETER -> {
        for (CtMethod<?> m : type.getMethodsByName(t.memberName())) {
          if (!m.isImplicit() && t.matchesParameters(Target.parameterNames(
              m.getParameters().stream().map(p -> p.getType()).toList()))) {
            CtElement on = t.kind() == TargetKind.METHOD ? m
                : t.parameterIndex() < m.getParameters().size() ? m.getParameters().get(t.parameterIndex()) : null;
            if (on != null) {
              byElement.computeIfAbsent(on, k -> new ArrayList<>()).add(d);
            }
          }
        }
      }
      default -> { }
    }
  }

  private void annotation(CtAnnotation<?> annotation) {
    Optional<Role> role = roleOf(annotation);
    if (role.isEmpty()) {
      return;
    }
    CtElement element = annotation.getAnnotatedElement();
    // the compiler's copies (a record component's field and accessor) are implicit; the component is not
    if (element == null || (element.isImplicit() && !(element instanceof CtRecordComponent))) {
      return;
    }
    Location location = model.locate(annotation);
    Optional<Target> target = targetOf(element);
    if (target.isEmpty() || !role.get().targets().contains(target.get().kind())
        || role.get().onAnnotationTypesOnly() && element instanceof CtType<?> && !(element instanceof CtAnnotationType<?>)) {
      misuses.add(Misuse.of(location, "misuse.notAllowedOn", role.get().displayName(), describe(element)));
      return;
    }
    if (element instanceof CtMethod<?> method && returnsData(role.get()) && method.getType() != null
        && method.getType().getSimpleName().equals("void")) {
      misuses.add(Misuse.of(location, "misuse.voidMethod", role.get().displayName(), target.get().displayName()));
      return;
    }
    Map<String, Object> written = new LinkedHashMap<>();
    for (Map.Entry<String, CtExpression> e : annotation.getValues().entrySet()) {
      AttributeSpec spec = role.get().attributes().get(e.getKey());
      Object value = spec == null ? "" : read(e.getValue(), spec);
      if (value == null) {
        misuses.add(Misuse.of(location, "misuse.notConstant", role.get().displayName(), e.getKey(), e.getValue()));
        return;
      }
      written.put(e.getKey(), value);
    }
    Optional<Map<String, Object>> values =
        Attributes.complete(role.get(), written, m -> misuses.add(m.at(location)));
    values.ifPresent(v -> {
      Declaration d = new Declaration(role.get(), target.get(), v, written.keySet(), location, Declaration.Origin.SOURCE);
      declarations.add(d);
      byElement.computeIfAbsent(element, k -> new ArrayList<>()).add(d);
    });
  }

  private static boolean returnsData(Role role) {
    return role == Role.PERSONAL_INFO || role == Role.SENSITIVE || role == Role.IMPORTANT_DATA;
  }

  /** The role of an annotation, matching by qualified name, or by simple name under a wildcard import. */
  private static Optional<Role> roleOf(CtAnnotation<?> annotation) {
    CtTypeReference<?> type = annotation.getAnnotationType();
    if (type == null) {
      return Optional.empty();
    }
    Optional<Role> role = Role.byAnnotationName(type.getQualifiedName());
    if (role.isPresent() || type.getDeclaration() != null) {
      return role; // ours, or an annotation type declared in the analysed sources
    }
    // without a class path, a type imported on demand cannot be placed in its package (Spoon may
    // guess the current one): look at the imports
    Optional<Role> bySimpleName = Role.byAnnotationSimpleName(type.getSimpleName());
    if (bySimpleName.isPresent() && importsVocabulary(annotation)) {
      return bySimpleName;
    }
    return Optional.empty();
  }

  private static boolean importsVocabulary(CtElement element) {
    CtType<?> top = element.getParent(CtType.class);
    while (top != null && top.getDeclaringType() != null) {
      top = top.getDeclaringType();
    }
    if (top == null || top.getPosition() == null || !top.getPosition().isValidPosition()) {
      return false;
    }
    CtCompilationUnit unit = top.getPosition().getCompilationUnit();
    if (unit == null) {
      return false;
    }
    for (CtImport i : unit.getImports()) {
      if (i.getImportKind() == CtImportKind.ALL_TYPES && i.getReference() != null
          && VOCABULARY_PACKAGE.equals(i.getReference().toString())) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Target> targetOf(CtElement element) {
    if (element instanceof CtType<?> type) {
      return Optional.of(Target.type(type.getQualifiedName()));
    }
    if (element instanceof CtField<?> field && field.getDeclaringType() != null) {
      return Optional.of(Target.field(field.getDeclaringType().getQualifiedName(), field.getSimpleName()));
    }
    if (element instanceof CtRecordComponent component && component.getParent(CtType.class) != null) {
      return Optional.of(Target.field(component.getParent(CtType.class).getQualifiedName(), component.getSimpleName()));
    }
    if (element instanceof CtMethod<?> method && method.getDeclaringType() != null) {
      return Optional.of(Target.method(method.getDeclaringType().getQualifiedName(), method.getSimpleName(), signature(method)));
    }
    if (element instanceof CtParameter<?> parameter
        && parameter.getParent() instanceof CtMethod<?> method && method.getDeclaringType() != null) {
      return Optional.of(Target.parameter(method.getDeclaringType().getQualifiedName(), method.getSimpleName(),
          signature(method), method.getParameters().indexOf(parameter)));
    }
    return Optional.empty();
  }

  private static List<String> signature(CtExecutable<?> executable) {
    List<String> types = new ArrayList<>();
    for (CtParameter<?> p : executable.getParameters()) {
      types.add(p.getType() == null ? "?" : p.getType().getQualifiedName());
    }
    return types;
  }

  private static String describe(CtElement element) {
    if (element instanceof CtConstructor<?>) {
      return Misuse.text("misuse.on.constructor");
    }
    if (element instanceof CtParameter<?>) {
      return Misuse.text("misuse.on.parameter");
    }
    if (element instanceof CtTypeMember || element instanceof CtType<?>) {
      return Misuse.text("misuse.on.this",
          element.getClass().getSimpleName().replace("Ct", "").replace("Impl", "").toLowerCase());
    }
    return Misuse.text("misuse.on.a", element.getClass().getSimpleName().replace("Ct", "").replace("Impl", "")
        .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase());
  }

  /** Reads an attribute value as a String, Boolean or List of Strings; null when not constant. */
  private static Object read(CtExpression<?> expression, AttributeSpec spec) {
    if (expression instanceof CtNewArray<?> array) {
      List<String> items = new ArrayList<>();
      for (CtExpression<?> e : array.getElements()) {
        Object item = scalar(e, spec);
        if (!(item instanceof String s)) {
          return null;
        }
        items.add(s);
      }
      return items;
    }
    return scalar(expression, spec);
  }

  private static Object scalar(CtExpression<?> e, AttributeSpec spec) {
    boolean enumLike = spec.shape() == AttributeSpec.Shape.ENUM || spec.shape() == AttributeSpec.Shape.ENUM_ARRAY;
    if (e instanceof CtFieldRead<?> read && read.getVariable() != null) {
      if (read.getVariable().getSimpleName().equals("class") && read.getTarget() instanceof CtTypeAccess<?> t) {
        return t.getAccessedType().getQualifiedName();
      }
      if (enumLike) {
        return read.getVariable().getSimpleName();
      }
    }
    if (enumLike && e instanceof CtVariableAccess<?> access && access.getVariable() != null) {
      return access.getVariable().getSimpleName();
    }
    if (enumLike && e instanceof CtTypeAccess<?> access && access.getAccessedType() != null) {
      return access.getAccessedType().getSimpleName(); // a statically imported constant, unresolved
    }
    CtExpression<?> folded = e instanceof CtLiteral<?> ? e : e.partiallyEvaluate();
    if (folded instanceof CtLiteral<?> literal) {
      Object v = literal.getValue();
      return v instanceof String || v instanceof Boolean ? v : null;
    }
    return null;
  }
}
