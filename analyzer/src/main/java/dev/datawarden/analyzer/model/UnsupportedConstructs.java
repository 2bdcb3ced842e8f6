package dev.datawarden.analyzer.model;

import dev.datawarden.analyzer.api.Location;
import dev.datawarden.analyzer.api.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import spoon.reflect.CtModel;
import spoon.reflect.code.CtRecordPattern;
import spoon.reflect.cu.SourcePosition;
import spoon.reflect.visitor.filter.TypeFilter;

/**
 * Constructs the model holds but the flow engine does not follow, each reported as a problem at its
 * line so that what they hide is a known gap rather than a silent miss: a record pattern
 * ({@code o instanceof Point(int x, int y)}, {@code case Point(var x, var y) ->}) binds its
 * variables to the record's components, and values reaching them are not traced.
 */
final class UnsupportedConstructs {
  private UnsupportedConstructs() {}

  /** Reports each outermost record pattern in the analysed files, once a line. */
  static void report(CtModel model, List<Path> analysed, Path baseDirectory, Consumer<Problem> problems) {
    Set<Path> files = Set.copyOf(analysed);
    Set<String> reported = new TreeSet<>();
    for (CtRecordPattern pattern : model.getElements(new TypeFilter<>(CtRecordPattern.class))) {
      if (pattern.getParent() instanceof CtRecordPattern) {
        continue; // a nested pattern is part of its outer one
      }
      SourcePosition position = pattern.getPosition();
      if (!position.isValidPosition() || position.getFile() == null) {
        continue;
      }
      Path file = position.getFile().toPath().toAbsolutePath().normalize();
      if (!files.contains(file)) {
        continue; // another module's sources, whose own analysis reports it
      }
      String display = Location.displayPath(baseDirectory, file);
      if (reported.add(display + ":" + position.getLine())) {
        problems.accept(Problem.of(Problem.Kind.UNSUPPORTED, new Location(display, position.getLine(), 0),
            "unsupported.recordPattern", pattern));
      }
    }
  }
}
