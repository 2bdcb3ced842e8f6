package dev.datawarden.analyzer.processor;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * What the processor needs from the compiler it runs in beyond {@code javax.annotation.processing}:
 * the source file of a root element, the line of an element or annotation, a way to put a
 * diagnostic on a line, the compile class path, and a hook for the end of the compilation. There
 * is one implementation per compiler; the plain one works with the standard API alone.
 */
abstract class CompilerSupport {

  /**
   * A source file of the compilation.
   *
   * @param key identifies the file to this support (its URI)
   * @param name how the compiler names the file, for messages
   * @param file the file on disk; empty for a source held in memory
   * @param content reads the source text
   */
  record JavaSource(String key, String name, Optional<Path> file, Callable<CharSequence> content) {}

  /** A place in a source file; lines and columns start at 1. */
  record Position(int line, int column) {}

  /** The support for the compiler behind {@code env}, looking through wrappers such as Gradle's. */
  static CompilerSupport of(ProcessingEnvironment env) {
    ProcessingEnvironment compilers = unwrap(env);
    if (JavacSupport.accepts(compilers)) {
      return new JavacSupport(compilers);
    }
    if (EcjSupport.accepts(compilers)) {
      return new EcjSupport(compilers);
    }
    return new PlainSupport(env);
  }

  /** The source a root element was read from; empty when the compiler does not tell. */
  abstract Optional<JavaSource> source(Element root);

  /** Where an element's name, or one of its annotations, is; empty for elements not written in a source. */
  abstract Optional<Position> position(Element element, AnnotationMirror annotation);

  /**
   * Puts a diagnostic on the element, annotation or statement at a line of a source returned by
   * {@link #source}; false when nothing there can carry it.
   */
  abstract boolean print(Diagnostic.Kind kind, String message, String key, int line, int column);

  /** The qualified names a root element's compilation unit imports ({@code a.b.C}, {@code a.b.*}); empty when unknown. */
  List<String> imports(Element root) {
    return List.of();
  }

  /**
   * Called on the last round with every source of the compilation; from then on {@link #print} must
   * keep working after the compiler has moved on to code generation. Does nothing by default.
   */
  void prepare(Collection<String> keys) {}

  /**
   * Registers {@code action} to run on the compiler's thread once the compilation is complete but
   * its diagnostics are still collected; false when the compiler offers no such hook (the default).
   */
  boolean onCompilationEnd(Runnable action) {
    return false;
  }

  /**
   * True when the compiler only reconciles an editor's content, as Eclipse does while one types:
   * the full analysis then waits for a build. False by default.
   */
  boolean reconciling() {
    return false;
  }

  /**
   * The encoding the compiler reads the sources in ({@code -encoding}), asked on the last round,
   * once every source is known; empty when it does not tell (the default).
   */
  Optional<Charset> encoding() {
    return Optional.empty();
  }

  /** The compile class path as the compiler holds it; empty when it does not tell (the default). */
  Optional<List<Path>> classpath() {
    return Optional.empty();
  }

  /** Looks through processing environments that wrap the compiler's own, up to a few levels. */
  private static ProcessingEnvironment unwrap(ProcessingEnvironment env) {
    ProcessingEnvironment current = env;
    for (int depth = 0; depth < 5 && !JavacSupport.accepts(current) && !EcjSupport.accepts(current); depth++) {
      Optional<ProcessingEnvironment> inner = delegateOf(current);
      if (inner.isEmpty()) {
        return env;
      }
      current = inner.get();
    }
    return current;
  }

  private static Optional<ProcessingEnvironment> delegateOf(ProcessingEnvironment wrapper) {
    for (Class<?> c = wrapper.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers()) && ProcessingEnvironment.class.isAssignableFrom(f.getType())) {
          try {
            f.setAccessible(true);
            if (f.get(wrapper) instanceof ProcessingEnvironment inner && inner != wrapper) {
              return Optional.of(inner);
            }
          } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
          }
        }
      }
    }
    return Optional.empty();
  }
}
