package dev.datawarden.analyzer.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * javac, through its public {@code com.sun.source} API: sources and positions come from the trees,
 * diagnostics go through {@link Trees#printMessage} onto the tree at the finding's line, and a task
 * listener tells when the compilation is complete. javac does not show its class path to a
 * processor; {@link ClasspathDiscovery} rebuilds it.
 */
final class JavacSupport extends CompilerSupport {
  private static final String ENVIRONMENT = "com.sun.tools.javac.processing.JavacProcessingEnvironment";

  private final ProcessingEnvironment env;
  private final Trees trees;
  private final Map<String, CompilationUnitTree> units = new HashMap<>();
  private final Map<String, TreeLines> lines = new HashMap<>();
  private final Map<Element, CompilationUnitTree> unitOfRoot = new HashMap<>();

  JavacSupport(ProcessingEnvironment env) {
    this.env = env;
    this.trees = Trees.instance(env);
  }

  static boolean accepts(ProcessingEnvironment env) {
    return env.getClass().getName().equals(ENVIRONMENT);
  }

  @Override
  Optional<JavaSource> source(Element root) {
    TreePath path = trees.getPath(root);
    if (path == null) {
      return Optional.empty();
    }
    CompilationUnitTree unit = path.getCompilationUnit();
    unitOfRoot.put(root, unit);
    JavaFileObject file = unit.getSourceFile();
    URI uri = file.toUri();
    String key = uri.toString();
    units.putIfAbsent(key, unit);
    Optional<Path> onDisk = "file".equalsIgnoreCase(uri.getScheme()) ? Optional.of(Path.of(uri)) : Optional.empty();
    return Optional.of(new JavaSource(key, file.getName(), onDisk, () -> file.getCharContent(true)));
  }

  @Override
  Optional<Position> position(Element element, AnnotationMirror annotation) {
    TreePath path = annotation == null ? trees.getPath(element) : trees.getPath(element, annotation);
    if (path == null) {
      return Optional.empty();
    }
    CompilationUnitTree unit = path.getCompilationUnit();
    long start = trees.getSourcePositions().getStartPosition(unit, path.getLeaf());
    if (start < 0) {
      return Optional.empty();
    }
    LineMap map = unit.getLineMap();
    return Optional.of(new Position((int) map.getLineNumber(start), (int) map.getColumnNumber(start)));
  }

  @Override
  List<String> imports(Element root) {
    CompilationUnitTree unit = unitOfRoot.remove(root); // found by source(root) in this round
    if (unit == null) {
      TreePath path = trees.getPath(root);
      unit = path == null ? null : path.getCompilationUnit();
    }
    if (unit == null) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (ImportTree i : unit.getImports()) {
      String name = i.getQualifiedIdentifier().toString();
      // a static import names a member (or all of them): keep its type
      names.add(i.isStatic() ? name.substring(0, Math.max(0, name.lastIndexOf('.'))) : name);
    }
    return names;
  }

  @Override
  void prepare(Collection<String> keys) {
    for (String key : keys) {
      linesOf(key);
    }
  }

  @Override
  boolean print(Diagnostic.Kind kind, String message, String key, int line, int column) {
    Optional<TreeLines> index = linesOf(key);
    Optional<Tree> tree = index.flatMap(i -> i.at(line, column));
    if (tree.isEmpty()) {
      return false;
    }
    trees.printMessage(kind, message, tree.get(), units.get(key));
    return true;
  }

  @Override
  boolean onCompilationEnd(Runnable action) {
    JavacTask task;
    try {
      task = JavacTask.instance(env);
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      return false;
    }
    task.addTaskListener(new TaskListener() {
      @Override
      public void finished(TaskEvent event) {
        if (event.getKind() == TaskEvent.Kind.COMPILATION) {
          action.run();
        }
      }
    });
    return true;
  }

  private Optional<TreeLines> linesOf(String key) {
    CompilationUnitTree unit = units.get(key);
    if (unit == null) {
      return Optional.empty();
    }
    return Optional.of(lines.computeIfAbsent(key, k -> TreeLines.of(unit, trees)));
  }
}
