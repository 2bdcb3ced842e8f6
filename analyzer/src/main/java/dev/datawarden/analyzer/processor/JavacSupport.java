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
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.util.LinkedHashSet;
import java.util.Set;
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
 * processor; {@link ClasspathDiscovery} rebuilds it. Its {@code -encoding} is read from its options
 * where the JDK lets a processor reach them, and otherwise recognised in the sources themselves:
 * the encoding that turns a file's bytes into the very text javac decoded from it.
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

  @Override
  Optional<Charset> encoding() {
    return optionsEncoding().or(this::recognisedEncoding);
  }

  /** javac's {@code -encoding} from the {@code Options} of its context; empty when not given or not reachable. */
  private Optional<Charset> optionsEncoding() {
    try {
      Object context = env.getClass().getMethod("getContext").invoke(env);
      Class<?> optionsType = Class.forName("com.sun.tools.javac.util.Options", false, env.getClass().getClassLoader());
      Object options = optionsType.getMethod("instance", context.getClass()).invoke(null, context);
      Object name = optionsType.getMethod("get", String.class).invoke(options, "-encoding");
      return name instanceof String s && !s.isBlank() ? Optional.of(Charset.forName(s.trim())) : Optional.empty();
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return Optional.empty(); // jdk.compiler does not export its options to processors (JDK 16 and later)
    }
  }

  /**
   * The encoding javac read the sources in, recognised from the first file on disk that is not
   * plain ASCII: the platform's default (javac's own when no {@code -encoding} is given), UTF-8
   * and then every other charset are tried until one decodes its bytes to javac's text. Empty when
   * every file is ASCII (any ASCII-compatible encoding reads them alike) or none fits.
   */
  private Optional<Charset> recognisedEncoding() {
    for (CompilationUnitTree unit : units.values()) {
      JavaFileObject file = unit.getSourceFile();
      URI uri = file.toUri();
      if (!"file".equalsIgnoreCase(uri.getScheme())) {
        continue;
      }
      byte[] bytes;
      String text;
      try {
        bytes = Files.readAllBytes(Path.of(uri));
        text = file.getCharContent(true).toString();
      } catch (IOException | RuntimeException e) {
        continue;
      }
      if (isAscii(bytes)) {
        continue;
      }
      Set<Charset> tried = new LinkedHashSet<>(List.of(Charset.defaultCharset(), StandardCharsets.UTF_8));
      for (Charset likely : tried) {
        if (decodes(likely, bytes, text)) {
          return Optional.of(likely);
        }
      }
      // every other charset only then: listing them all costs more than the rest of this
      for (Charset candidate : Charset.availableCharsets().values()) {
        if (!tried.contains(candidate) && decodes(candidate, bytes, text)) {
          return Optional.of(candidate);
        }
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean decodes(Charset charset, byte[] bytes, String text) {
    if (!charset.canEncode()) {
      return false; // pseudo charsets such as ISO-2022-CN decode only
    }
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String decoded = decoder.decode(ByteBuffer.wrap(bytes)).toString();
      // javac drops a UTF-8 byte-order mark, as the analyzer does
      return decoded.equals(text) || (decoded.startsWith("\uFEFF") && decoded.substring(1).equals(text));
    } catch (CharacterCodingException | RuntimeException e) {
      return false;
    }
  }

  private Optional<TreeLines> linesOf(String key) {
    CompilationUnitTree unit = units.get(key);
    if (unit == null) {
      return Optional.empty();
    }
    return Optional.of(lines.computeIfAbsent(key, k -> TreeLines.of(unit, trees)));
  }
}
