package dev.datawarden.analyzer.processor;

import java.io.File;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileManager;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/**
 * The Eclipse compiler (ecj, batch or inside the IDE). Its elements tell their file
 * ({@code IElementInfo.getFileName()}), and its messager computes where an element or annotation
 * is ({@code BaseMessagerImpl.createProblem}); both are public methods of its APT implementation,
 * called by reflection because the IDE loads them in another class loader than this processor's
 * copy of ecj. Diagnostics go through the {@link Messager} onto the element at the finding's line.
 */
final class EcjSupport extends CompilerSupport {
  private static final String ENVIRONMENT = "org.eclipse.jdt.internal.compiler.apt.dispatch.BaseProcessingEnvImpl";
  private static final String MESSAGER = "org.eclipse.jdt.internal.compiler.apt.dispatch.BaseMessagerImpl";

  /** An element, or one of its annotations, at a place in its file. */
  private record Entry(Position position, Element element, AnnotationMirror annotation) {}

  private final ProcessingEnvironment env;
  private final Messager messager;
  private final Map<String, List<Element>> roots = new HashMap<>();
  private final Map<String, List<Entry>> entries = new HashMap<>();

  EcjSupport(ProcessingEnvironment env) {
    this.env = env;
    this.messager = env.getMessager();
  }

  static boolean accepts(ProcessingEnvironment env) {
    for (Class<?> c = env.getClass(); c != null; c = c.getSuperclass()) {
      if (c.getName().equals(ENVIRONMENT)) {
        return true;
      }
    }
    return false;
  }

  @Override
  Optional<JavaSource> source(Element root) {
    Optional<Path> path = fileName(root);
    if (path.isEmpty()) {
      return Optional.empty();
    }
    Path file = path.get().toAbsolutePath().normalize();
    String key = file.toString();
    roots.computeIfAbsent(key, k -> new ArrayList<>()).add(root);
    entries.remove(key);
    Optional<Path> onDisk = Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    return Optional.of(new JavaSource(key, key, onDisk, () -> Files.readString(file)));
  }

  @Override
  Optional<Position> position(Element element, AnnotationMirror annotation) {
    try {
      Class<?> messagerType = Class.forName(MESSAGER, false, element.getClass().getClassLoader());
      Method create = messagerType.getMethod("createProblem", Diagnostic.Kind.class, CharSequence.class,
          Element.class, AnnotationMirror.class, javax.lang.model.element.AnnotationValue.class);
      Object problem = create.invoke(null, Diagnostic.Kind.NOTE, "", element, annotation, null);
      if (problem == null) {
        return Optional.empty();
      }
      int line = (Integer) problem.getClass().getMethod("getSourceLineNumber").invoke(problem);
      int column = (Integer) problem.getClass().getMethod("getSourceColumnNumber").invoke(problem);
      return line > 0 ? Optional.of(new Position(line, Math.max(column, 0))) : Optional.empty();
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return Optional.empty();
    }
  }

  @Override
  boolean print(Diagnostic.Kind kind, String message, String key, int line, int column) {
    List<Entry> onLine = entries.computeIfAbsent(key, this::index).stream()
        .filter(e -> e.position().line() == line)
        .toList();
    Comparator<Entry> nearest = Comparator.comparingInt(e -> Math.abs(e.position().column() - column));
    Optional<Entry> target = onLine.stream().filter(e -> e.annotation() != null).min(nearest)
        .or(() -> onLine.stream().filter(e -> e.annotation() == null).min(nearest));
    if (target.isEmpty()) {
      return false;
    }
    Entry e = target.get();
    if (e.annotation() == null) {
      messager.printMessage(kind, message, e.element());
    } else {
      messager.printMessage(kind, message, e.element(), e.annotation());
    }
    return true;
  }

  /** Eclipse reconciles through {@code IdeReconcileProcessingEnvImpl}; its builds use another environment. */
  @Override
  boolean reconciling() {
    return env.getClass().getSimpleName().contains("Reconcile");
  }

  @Override
  Optional<List<Path>> classpath() {
    try {
      Object manager = env.getClass().getMethod("getFileManager").invoke(env);
      if (!(manager instanceof JavaFileManager fileManager)) {
        return Optional.empty();
      }
      Iterable<? extends File> files = fileManager instanceof StandardJavaFileManager standard
          ? standard.getLocation(StandardLocation.CLASS_PATH) : null;
      if (files == null) {
        return Optional.empty();
      }
      List<Path> paths = new ArrayList<>();
      files.forEach(f -> paths.add(f.toPath().toAbsolutePath().normalize()));
      return Optional.of(paths);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return Optional.empty(); // the IDE's environment keeps its class path elsewhere
    }
  }

  /** Every element of the file's root elements with its name's and its annotations' positions, in source order. */
  private List<Entry> index(String key) {
    List<Entry> found = new ArrayList<>();
    for (Element root : roots.getOrDefault(key, List.of())) {
      add(root, found);
    }
    found.sort(Comparator.comparingInt((Entry e) -> e.position().line()).thenComparingInt(e -> e.position().column()));
    return found;
  }

  private void add(Element element, List<Entry> found) {
    position(element, null).ifPresent(p -> found.add(new Entry(p, element, null)));
    for (AnnotationMirror a : element.getAnnotationMirrors()) {
      position(element, a).ifPresent(p -> found.add(new Entry(p, element, a)));
    }
    if (element instanceof ExecutableElement executable) {
      for (VariableElement parameter : executable.getParameters()) {
        add(parameter, found);
      }
    }
    if (element instanceof TypeElement) {
      for (Element member : element.getEnclosedElements()) {
        add(member, found);
      }
    }
  }

  private static Optional<Path> fileName(Element root) {
    try {
      Object name = root.getClass().getMethod("getFileName").invoke(root);
      return name instanceof String s && !s.isEmpty() ? Optional.of(Path.of(s)) : Optional.empty();
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return Optional.empty();
    }
  }
}
