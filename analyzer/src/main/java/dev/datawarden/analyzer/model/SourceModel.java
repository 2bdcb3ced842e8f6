package dev.datawarden.analyzer.model;

import dev.datawarden.analyzer.api.Location;
import java.nio.file.Path;
import java.util.List;
import spoon.reflect.CtModel;
import spoon.reflect.cu.SourcePosition;
import spoon.reflect.declaration.CtElement;

/**
 * The Spoon model of the analysed sources, with the files that went into it, the MyBatis mapper
 * statements of the project's resources, and the way locations are written in findings (relative
 * to the base directory, with forward slashes).
 */
public final class SourceModel {
  private final CtModel model;
  private final List<Path> files;
  private final Path baseDirectory;
  private final boolean classpathMode;
  private final java.util.Map<java.io.File, String> displayPaths = new java.util.concurrent.ConcurrentHashMap<>();

  private final java.util.Set<String> contextFiles;
  private volatile ModelIndex index;

  SourceModel(CtModel model, List<Path> files, Path baseDirectory, boolean classpathMode, java.util.Set<Path> context) {
    this.contextFiles = context.stream().map(f -> Location.displayPath(baseDirectory, f)).collect(
        java.util.stream.Collectors.toUnmodifiableSet());
    this.model = model;
    this.files = List.copyOf(files);
    this.baseDirectory = baseDirectory;
    this.classpathMode = classpathMode;
  }

  public CtModel spoon() {
    return model;
  }

  /** The index of the model, built the first time it is asked for; the model must not change after. */
  public ModelIndex index() {
    ModelIndex built = index;
    if (built == null) {
      synchronized (this) {
        built = index;
        if (built == null) {
          built = ModelIndex.of(model);
          index = built;
        }
      }
    }
    return built;
  }

  /** The Java files that parsed and are part of the model. */
  public List<Path> files() {
    return files;
  }

  /** True for a file of another module, modelled for context: nothing is reported in it. */
  public boolean isContext(String displayedFile) {
    return contextFiles.contains(displayedFile);
  }

  /** True when the analysed project's class path was given; false in no-class-path mode. */
  public boolean classpathMode() {
    return classpathMode;
  }

  /** Where an element starts, or the fallback location of its file when Spoon has no position. */
  public Location locate(CtElement element) {
    SourcePosition p = element.getPosition();
    if (p == null || !p.isValidPosition() || p.getFile() == null) {
      CtElement parent = element.isParentInitialized() ? element.getParent() : null;
      return parent == null ? new Location("<unknown>", 0, 0) : locate(parent);
    }
    String shown = displayPaths.computeIfAbsent(p.getFile(), f -> displayPath(f.toPath()));
    return new Location(shown, p.getLine(), p.getColumn());
  }

  public String displayPath(Path file) {
    return Location.displayPath(baseDirectory, file);
  }

}
