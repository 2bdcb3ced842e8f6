package dev.datawarden.analyzer.catalog;

import dev.datawarden.analyzer.api.Problem;
import dev.datawarden.analyzer.fact.Declaration;
import dev.datawarden.analyzer.fact.TargetKind;
import dev.datawarden.analyzer.model.SourceModel;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import spoon.reflect.declaration.CtField;
import spoon.reflect.declaration.CtType;
import spoon.reflect.reference.CtTypeReference;

/**
 * Finds the entries of the user's catalogs that name nothing: a type that is neither in the sources
 * nor on the class path, a field or method its type does not have. Such an entry is silently
 * ignored by the analysis, so each is reported at its catalog line. Only with a class path: without
 * one, library types are known by name only and nothing can be told missing. Library classes are
 * looked at through a class loader of the project's class path, never initialised (no code of theirs runs).
 */
public final class CatalogTargets {
  private CatalogTargets() {}

  public static List<Problem> check(List<Declaration> catalogDeclarations, SourceModel model, List<Path> classpath) {
    List<Problem> problems = new ArrayList<>();
    if (!model.classpathMode() || catalogDeclarations.isEmpty()) {
      return problems;
    }
    Map<String, CtType<?>> sourceTypes = new HashMap<>();
    for (CtType<?> t : model.index().all(CtType.class)) { // as Spoon's getElements lists them, without its walk
      sourceTypes.put(t.getQualifiedName().replace('$', '.'), t);
    }
    List<URL> urls = new ArrayList<>();
    for (Path entry : classpath) {
      if (Files.exists(entry)) {
        try {
          urls.add(entry.toAbsolutePath().toUri().toURL());
        } catch (MalformedURLException e) {
          // not an entry anything could be read from
        }
      }
    }
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      for (Declaration d : catalogDeclarations) {
        String type = d.target().typeName().replace('$', '.');
        String member = d.target().memberName();
        Optional<Missing> missing;
        CtType<?> source = sourceTypes.get(type);
        if (source != null) {
          missing = d.target().kind() == TargetKind.TYPE ? Optional.empty() : missingInSource(source, d, member);
        } else {
          missing = missingInLibrary(loader, type, d, member);
        }
        missing.ifPresent(m -> problems.add(Problem.of(Problem.Kind.CATALOG, d.location(), m.key(), m.args())));
      }
    } catch (java.io.IOException e) {
      // closing the loader failed: the problems found stand
    }
    return problems;
  }

  /** Why an entry applies to nothing: a text of the problems' bundle and its arguments. */
  private record Missing(String key, Object... args) {}

  private static Optional<Missing> missingInSource(CtType<?> type, Declaration d, String member) {
    for (CtType<?> t = type; t != null; ) {
      if (has(t, d.target().kind(), member)) {
        return Optional.empty();
      }
      CtTypeReference<?> superclass = t.getSuperclass();
      if (!t.getSuperInterfaces().isEmpty() && d.target().kind() != TargetKind.FIELD) {
        return Optional.empty(); // declared in an interface maybe outside the sources: not told missing
      }
      if (superclass == null) {
        break;
      }
      t = superclass.getTypeDeclaration();
      if (t == null || t.getPosition() == null || !t.getPosition().isValidPosition()) {
        return Optional.empty(); // a library superclass: not told missing
      }
    }
    return Optional.of(new Missing(kind(d), member, type.getQualifiedName()));
  }

  private static boolean has(CtType<?> t, TargetKind kind, String member) {
    if (kind == TargetKind.FIELD) {
      CtField<?> f = t.getField(member);
      return f != null;
    }
    return !t.getMethodsByName(member).isEmpty() || ("<init>".equals(member) || t.getSimpleName().equals(member));
  }

  private static Optional<Missing> missingInLibrary(ClassLoader loader, String type, Declaration d, String member) {
    Class<?> c = load(loader, type);
    if (c == null) {
      return Optional.of(new Missing("catalog.noType", type));
    }
    if (d.target().kind() == TargetKind.TYPE || member == null) {
      return Optional.empty();
    }
    try {
      if (d.target().kind() == TargetKind.FIELD) {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
          for (Field f : k.getDeclaredFields()) {
            if (f.getName().equals(member)) {
              return Optional.empty();
            }
          }
        }
        return Optional.of(new Missing("catalog.noField", member, type));
      }
      if ("<init>".equals(member) || c.getSimpleName().equals(member)) {
        return Optional.empty();
      }
      for (Method m : c.getMethods()) {
        if (m.getName().equals(member)) {
          return Optional.empty();
        }
      }
      for (Class<?> k = c; k != null; k = k.getSuperclass()) {
        for (Method m : k.getDeclaredMethods()) {
          if (m.getName().equals(member)) {
            return Optional.empty();
          }
        }
      }
      return Optional.of(new Missing("catalog.noMethod", member, type));
    } catch (LinkageError | RuntimeException e) {
      return Optional.empty(); // its members need classes the class path lacks: not told missing
    }
  }

  /** The class named {@code type} (nested classes written with dots too), not initialised; null when absent. */
  private static Class<?> load(ClassLoader loader, String type) {
    String name = type;
    while (true) {
      try {
        return Class.forName(name, false, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
          return null;
        }
        name = name.substring(0, dot) + '$' + name.substring(dot + 1);
      }
    }
  }

  private static String kind(Declaration d) {
    return d.target().kind() == TargetKind.FIELD ? "catalog.noField" : "catalog.noMethod";
  }
}
