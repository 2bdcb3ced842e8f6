package dev.datawarden.analyzer.processor;

import dev.datawarden.analyzer.Analyzer;
import dev.datawarden.analyzer.api.Finding;
import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.fact.AttributeSpec;
import dev.datawarden.analyzer.fact.Attributes;
import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.fact.Misuse;
import dev.datawarden.analyzer.fact.Role;
import dev.datawarden.analyzer.fact.Target;
import dev.datawarden.analyzer.processor.CompilerSupport.Position;
import dev.datawarden.analyzer.suppression.Suppression;
import dev.datawarden.annotations.PersonalInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * The {@code InvalidAnnotation} check of one round, made without a Spoon model so it costs next to
 * nothing and loads neither Spoon nor JDT into the compiler's JVM: the vocabulary annotations of the
 * round's elements are read from the compiler's own model into {@link Declaration}s, exactly as
 * {@code FactCollector} reads them from Spoon's (roles, attribute shapes and defaults from
 * {@link Role}, {@link AttributeSpec} and {@link Attributes}), and the {@code InvalidAnnotation}
 * rule runs over them as {@link Facts} of their own. Misplacements that javac accepts but the
 * analyzer rejects (a constructor parameter, a void method declared as data) are left to the full
 * analysis of the last round.
 */
final class VocabularyCheck {
  static final String RULE = Analyzer.VOCABULARY_RULE;
  private static final String VOCABULARY = PersonalInfo.class.getPackageName() + ".";

  private final CompilerSupport compiler;
  private final Elements elements;
  private final Path baseDirectory;

  VocabularyCheck(CompilerSupport compiler, Elements elements, Path baseDirectory) {
    this.compiler = compiler;
    this.elements = elements;
    this.baseDirectory = baseDirectory;
  }

  /** The declarations of one round, and the misuses met reading them. */
  record Declared(List<Declaration> declarations, List<Misuse> misuses) {
    Declared {
      declarations = List.copyOf(declarations);
      misuses = List.copyOf(misuses);
    }
  }

  /** Reads the vocabulary annotations on {@code root} and everything declared inside it. */
  Declared read(TypeElement root, Path file) {
    Reader reader = new Reader(Location.displayPath(baseDirectory, file));
    reader.type(root);
    return new Declared(reader.declarations, reader.misuses);
  }

  /**
   * Runs {@code InvalidAnnotation} over declarations read by {@link #read}, on the facts alone, as the
   * rule reads nothing else; nothing when the rule is disabled.
   */
  static List<Finding> findings(Declared declared, Set<String> disabled) {
    return findings(declared, disabled, java.util.Locale.ENGLISH);
  }

  /** As {@link #findings(Declared, Set)}, the messages in {@code locale}. */
  static List<Finding> findings(Declared declared, Set<String> disabled, java.util.Locale locale) {
    if (disabled.contains(RULE) || declared.declarations().isEmpty() && declared.misuses().isEmpty()) {
      return List.of();
    }
    return Analyzer.checkVocabulary(declared.declarations(), declared.misuses(), locale);
  }

  /** Reads one root element; an annotation met twice (a record component's, on its field and accessor) counts once. */
  private final class Reader {
    private final String file;
    private final List<Declaration> declarations = new ArrayList<>();
    private final List<Misuse> misuses = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    Reader(String file) {
      this.file = file;
    }

    void type(TypeElement type) {
      String typeName = elements.getBinaryName(type).toString();
      annotations(type, () -> Target.type(typeName));
      List<? extends Element> members = type.getEnclosedElements();
      for (Element member : members) {
        if (member.getKind().isField()) {
          annotations(member, () -> Target.field(typeName, member.getSimpleName().toString()));
        }
      }
      for (Element member : members) {
        if (member.getKind() == ElementKind.METHOD) {
          method((ExecutableElement) member, typeName);
        } else if (member instanceof TypeElement nested) {
          type(nested);
        }
      }
    }

    private void method(ExecutableElement method, String typeName) {
      boolean parameters = method.getParameters().stream().anyMatch(p -> !p.getAnnotationMirrors().isEmpty());
      if (method.getAnnotationMirrors().isEmpty() && !parameters
          || elements.getOrigin(method) != Elements.Origin.EXPLICIT) {
        return;
      }
      String name = method.getSimpleName().toString();
      List<String> signature = method.getParameters().stream().map(p -> typeName(p.asType())).toList();
      annotations(method, () -> Target.method(typeName, name, signature));
      for (int i = 0; i < method.getParameters().size(); i++) {
        int index = i;
        annotations(method.getParameters().get(i), () -> Target.parameter(typeName, name, signature, index));
      }
    }

    private void annotations(Element element, Supplier<Target> targetOf) {
      for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
        String annotationType = ((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName().toString();
        if (!annotationType.startsWith(VOCABULARY)) {
          continue;
        }
        Optional<Role> role = Role.byAnnotationName(annotationType);
        if (role.isEmpty()) {
          continue;
        }
        Target target = targetOf.get();
        if (!role.get().targets().contains(target.kind())) {
          continue; // misplaced: the compiler rejects what @Target forbids
        }
        Optional<Position> at = compiler.position(element, annotation);
        if (at.isEmpty() || !seen.add(role.get() + "@" + at.get()) || suppressed(element)) {
          continue;
        }
        Location location = new Location(file, at.get().line(), at.get().column());
        Optional<Map<String, Object>> written = written(role.get(), annotation);
        if (written.isEmpty()) {
          continue; // a value the compiler could not resolve: it reports that itself
        }
        Attributes.complete(role.get(), written.get(), m -> misuses.add(m.at(location)))
            .ifPresent(values -> declarations.add(new Declaration(
                role.get(), target, values, written.get().keySet(), location, Declaration.Origin.SOURCE)));
      }
    }
  }

  /** The attribute values written in an annotation, normalised as {@code FactCollector} does. */
  private Optional<Map<String, Object>> written(Role role, AnnotationMirror annotation) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : annotation.getElementValues().entrySet()) {
      String name = e.getKey().getSimpleName().toString();
      AttributeSpec spec = role.attributes().get(name);
      Object value = spec == null ? "" : value(e.getValue(), spec);
      if (value == null) {
        return Optional.empty();
      }
      values.put(name, value);
    }
    return Optional.of(values);
  }

  /** A value as a String, Boolean or list of Strings, of the kind {@code spec} expects; null otherwise. */
  private Object value(AnnotationValue value, AttributeSpec spec) {
    Object raw = value.getValue();
    if (raw instanceof List<?> items) {
      List<String> strings = new ArrayList<>();
      for (Object item : items) {
        Object scalar = item instanceof AnnotationValue v ? scalar(v.getValue(), spec) : null;
        if (!(scalar instanceof String s)) {
          return null;
        }
        strings.add(s);
      }
      return strings;
    }
    return scalar(raw, spec);
  }

  private Object scalar(Object raw, AttributeSpec spec) {
    return switch (spec.shape()) {
      case STRING, STRING_ARRAY -> raw instanceof String ? raw : null;
      case BOOLEAN -> raw instanceof Boolean ? raw : null;
      case ENUM, ENUM_ARRAY -> raw instanceof VariableElement constant ? constant.getSimpleName().toString() : null;
      case CLASS_ARRAY -> raw instanceof DeclaredType type && type.getKind() == TypeKind.DECLARED
          ? elements.getBinaryName((TypeElement) type.asElement()).toString() : null;
    };
  }

  /** True when the element, or one around it, carries {@code @SuppressWarnings("datawarden:InvalidAnnotation")}. */
  private static boolean suppressed(Element element) {
    for (Element e = element; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
      SuppressWarnings suppress = e.getAnnotation(SuppressWarnings.class);
      if (suppress != null && List.of(suppress.value()).stream()
          .anyMatch(v -> v.startsWith(Suppression.PREFIX) && v.substring(Suppression.PREFIX.length()).trim().equals(RULE))) {
        return true;
      }
    }
    return false;
  }

  /** A parameter type as Spoon names it in a signature: binary names for classes, {@code []} for arrays. */
  private String typeName(TypeMirror type) {
    if (type instanceof ArrayType array) {
      return typeName(array.getComponentType()) + "[]";
    }
    if (type instanceof DeclaredType declared && declared.asElement() instanceof TypeElement element) {
      return elements.getBinaryName(element).toString();
    }
    return type.toString();
  }
}
