package dev.datawarden.analyzer.processor;

import java.lang.reflect.Method;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;
import javax.tools.FileObject;

/**
 * Any other compiler, or javac behind a wrapper that cannot be looked through: sources come from
 * {@code Elements.getFileObjectOf} where the running JDK has it (18 and later); positions are
 * unknown, so every diagnostic names its file and line in its text.
 */
final class PlainSupport extends CompilerSupport {
  private final ProcessingEnvironment env;

  PlainSupport(ProcessingEnvironment env) {
    this.env = env;
  }

  @Override
  Optional<JavaSource> source(Element root) {
    try {
      Method fileObjectOf = Elements.class.getMethod("getFileObjectOf", Element.class);
      if (!(fileObjectOf.invoke(env.getElementUtils(), root) instanceof FileObject file)) {
        return Optional.empty();
      }
      URI uri = file.toUri();
      Optional<Path> onDisk = "file".equalsIgnoreCase(uri.getScheme()) ? Optional.of(Path.of(uri)) : Optional.empty();
      return Optional.of(new JavaSource(uri.toString(), file.getName(), onDisk, () -> file.getCharContent(true)));
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return Optional.empty();
    }
  }

  @Override
  Optional<Position> position(Element element, AnnotationMirror annotation) {
    return Optional.empty();
  }

  @Override
  boolean print(Diagnostic.Kind kind, String message, String key, int line, int column) {
    return false;
  }
}
